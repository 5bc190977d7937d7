"""Everything the editor shows belongs to the open case (issue 22).

After a referral was created for one patient, the summary pages of three other patients said
"Created …referral-PID-100231….pdf"; a new case opened scrolled to the previous case's position,
with the previous worksheet cursor, "Saved hh:mm" and window title. Here case A is worked on
(pages scrolled, a worksheet cell chosen, a referral created, a recommendation's reasons opened),
then case B is opened and every text of every widget is read for anything of A.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from spinemet_desktop.model import Case
from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.present import view
from spinemet_desktop.ui.labels import ui_renderer
from spinemet_desktop.ui.pages.summary import SummaryPage
from tests.ui.conftest import example


def visible_texts(window: QWidget) -> list[str]:
    """Every text the window's widgets hold, shown or announced: captions, values, list and table
    entries, headers, tool tips, accessible names and descriptions, the window title."""
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, (QPlainTextEdit, QTextBrowser)):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())] + [w.item(i).toolTip() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
    return [t for t in texts if t]


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def _own_words(a: Case, b: Case) -> set[str]:
    """A's names, numbers, dates and free texts that B's case file does not hold (not the units of
    its lab values, which every case is offered)."""
    b_file = b.model_dump_json()
    units = {result.unit for result in a.labs.results}
    words = {s for s in _strings(json.loads(a.model_dump_json(exclude={"id", "created_at", "updated_at"})))
             if len(s) >= 5 and s not in b_file and s not in units
             and not s.replace("_", "").isalpha()}  # not an answer code
    words |= {a.patient.surname, a.patient.given_name, a.patient.record_number, a.patient.date_of_birth.strftime("%d.%m.%Y")}
    return {w for w in words if w and w not in b_file}


def test_nothing_of_the_previous_patient_is_shown(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    monkeypatch.setattr(SummaryPage, "open_file", staticmethod(opened.append))
    window.resize(1366, 768)
    a, b = example("breast"), example("prostate")
    window.store.create(b)
    assert window.show_case(a)
    editor = window.editor
    # Work on A: scroll each page down, move the worksheet cursor, create a referral, open reasons.
    for index, page in enumerate(editor.pages):
        editor.go_to_page(index)
        QApplication.processEvents()
        for area in page.findChildren(QAbstractScrollArea):
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    neurology, summary = editor.page("neurology"), editor.page("summary")
    neurology.grid.setCurrentCell(DERMATOMES.index("S1"), 5)
    editor.go_to("summary")
    summary.create_referral()  # made in the background
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=60_000)
    path = opened[0]
    assert a.patient.record_number in path.name
    assert summary.reports.count() == 1 and a.patient.record_number in summary.report_message.text()
    why = view.advice(editor.assessment, ui_renderer(), view.NOW)[0].key
    summary.browser.anchorClicked.emit(QUrl(f"why:{why}"))  # "Why?" of the first recommendation
    assert summary.expanded
    words_of_a = _own_words(a, b) | {path.name}
    assert any(w in " ".join(visible_texts(window)) for w in words_of_a)  # the walk does see A while A is open

    window.open_case(b.id)
    QApplication.processEvents()
    assert editor.case is not None and editor.case.id == b.id
    for index in range(len(editor.pages)):  # every page once, as the user would look at them
        editor.go_to_page(index)
        QApplication.processEvents()
        for area in editor.pages[index].findChildren(QAbstractScrollArea):
            assert area.verticalScrollBar().value() == 0, (index, area.accessibleName())
    shown = visible_texts(window)
    leaks = sorted({w for w in words_of_a for text in shown if w in text})
    assert leaks == [], leaks
    assert b.patient.surname in window.windowTitle() and a.patient.surname not in window.windowTitle()
    assert summary.reports.count() == 0 and summary.report_message.text() == ""
    assert not summary.expanded
    assert editor.save_state.text() == ""
    assert (neurology.grid.currentRow(), neurology.grid.currentColumn()) == (DERMATOMES.index("C5"), 0)
    assert neurology.exam_combo.currentData() == b.latest_exam().id


def test_a_new_case_starts_empty_and_its_first_examination_is_listed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    a = example("breast")
    window.show_case(a)
    editor = window.editor
    editor.go_to("neurology")
    window.new_case()
    assert window.windowTitle().startswith("New case")
    neurology = editor.page("neurology")
    editor.go_to("neurology")
    assert neurology.exam_combo.count() == 1 and neurology.exam_combo.currentData() is None
    neurology.grid.setFocus()
    qtbot.keyClick(neurology.grid, Qt.Key.Key_5)  # the first entry starts the case's first examination
    assert len(editor.case.neuro_exams) == 1
    assert neurology.exam_combo.currentData() == editor.case.neuro_exams[0].id
    assert neurology.exam_combo.currentText().startswith("Examination 1")
    history = editor.page("history")
    history.fields["patient.surname"].line.setText("Neumann")
    history.fields["patient.surname"].line.textEdited.emit("Neumann")
    QApplication.processEvents()
    assert window.windowTitle().startswith("Neumann")  # the title follows the name as it is typed
    leaks = sorted({w for w in _own_words(a, editor.case) for text in visible_texts(window) if w in text})
    assert leaks == [], leaks
    window.show_list()
    assert "Neumann" not in window.windowTitle()
