"""Issue 21 in the window: hostile values in every free-text field are shown as text, never as
markup, and no file named in them is opened; damaged cases and settings files stop nothing; every
file a full session writes is private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from spinemet_desktop.model import Case
from spinemet_desktop.model.case import LabResult
from spinemet_desktop.model.limits import MAX_SHORT_TEXT
from spinemet_desktop.ui import app as ui_app
from spinemet_desktop.ui import main_window as main_window_module
from spinemet_desktop.ui.pages import summary
from tests.ui.conftest import example

MARKUP = "<s>Hostile7"  # a tag the program never writes itself


def _is_text(annotation: Any) -> bool:
    """Whether a field's annotation is free text (str, possibly constrained or optional)."""
    if annotation is str:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _is_text(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return any(_is_text(a) for a in typing.get_args(annotation) if a is not type(None))
    return False


def _fill(model: BaseModel, value: str, filled: list[str], where: str = "") -> None:
    """Set every free-text field of ``model`` (and of the models in it) to ``value`` if it takes it."""
    for name, info in type(model).model_fields.items():
        current = getattr(model, name)
        if name == "id" or name.endswith("_id"):
            continue
        if _is_text(info.annotation) and not isinstance(current, bool | int | float):
            try:
                setattr(model, name, value)
            except ValueError:
                continue
            filled.append(f"{where}{name}")
        elif isinstance(current, BaseModel):
            _fill(current, value, filled, f"{where}{name}.")
        elif isinstance(current, list):
            for i, item in enumerate(current):
                if isinstance(item, BaseModel):
                    _fill(item, value, filled, f"{where}{name}.{i}.")


_WATCHER = """
import errno, os, sys, time
fifo, flag = sys.argv[1], sys.argv[2]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
        time.sleep(0.005)
        continue
    open(flag, "w").close()
    os.close(fd)  # the reader gets end of file at once
"""


class FifoWatch:
    """A named pipe that reports whether anything opened it for reading. A reader blocks until a
    writer comes; a watcher *process* (a thread would wait for the interpreter lock that the
    blocked GUI thread may hold) opens it for writing as soon as a reader waits, and notes it."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.flag = path, path.with_name(path.name + ".opened")
        self._process = subprocess.Popen([sys.executable, "-c", _WATCHER, str(path), str(self.flag)])

    def stop(self) -> bool:
        """Whether the pipe was opened."""
        self._process.kill()
        self._process.wait(10)
        return self.flag.exists()


@pytest.fixture
def canary(tmp_path: Path):  # type: ignore[no-untyped-def]
    watch = FifoWatch(tmp_path / "canary")
    yield watch
    watch.stop()


def _renders_markup(text: str, text_format: Qt.TextFormat) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))


def _markup_shown(widgets: list[QWidget], marker: str) -> list[str]:
    """Every place where text holding ``marker`` would be rendered as markup."""
    found: list[str] = []
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName() or w.accessibleName()[:30]})"
        if isinstance(w, QLabel) and marker in w.text() and _renders_markup(w.text(), w.textFormat()):
            found.append(f"{name} text {w.text()[:80]!r}")
        if marker in w.toolTip() and QtGui.mightBeRichText(w.toolTip()):
            found.append(f"{name} tooltip {w.toolTip()[:80]!r}")
        if isinstance(w, QTextEdit) and marker in w.toHtml():
            found.append(f"{name} document holds markup from the case")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found += [f"{name} item tooltip {t[:80]!r}" for t in _item_tooltips(w.model(), QModelIndex())
                      if marker in t and QtGui.mightBeRichText(t)]
    return found


def _item_tooltips(model: Any, parent: QModelIndex) -> list[str]:
    tips = []
    for row in range(min(model.rowCount(parent), 500)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                tips.append(tip)
            if not isinstance(model, QAbstractListModel) and _has_children(model, index):
                tips += _item_tooltips(model, index)
    return tips


def _has_children(model: Any, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))
    except TypeError:  # a flat model (PySide6 hides hasChildren there)
        return False


def _all_widgets(window: QWidget) -> list[QWidget]:
    return [window, *window.findChildren(QWidget), *QApplication.topLevelWidgets()]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_hostile_text_in_every_free_text_field_is_never_markup_and_opens_no_file(
        window, qtbot, canary: FifoWatch, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    fifo = canary
    hostile = f'<img src="{fifo.path}"><img src="file://{fifo.path}">{MARKUP}</s>Groß'
    assert len(hostile) <= MAX_SHORT_TEXT
    case = example("breast")
    case.labs.results.append(LabResult(analyte="protein_electrophoresis", text=hostile))
    filled: list[str] = []
    _fill(case, hostile, filled)
    assert {"patient.surname", "patient.given_name", "encounter.question", "notes"} <= set(filled), filled
    assert any(f.startswith("imaging.lesions.") for f in filled) and any(f.startswith("neuro_exams.") for f in filled)
    window.store.save(case)
    window.case_list.reload()
    shown = _markup_shown(_all_widgets(window), MARKUP)
    window.open_case(case.id)
    editor = window.editor
    assert editor.case is not None and editor.case.patient.surname == hostile
    for page in range(len(editor.pages)):  # every page, as a user walks through them
        editor.go_to_page(page)
        qtbot.wait(20)
        shown += _markup_shown(_all_widgets(window), MARKUP)
    # the dialogs that show case data
    window.show_audit()
    boxes: list[tuple[Qt.TextFormat, str]] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        boxes.append((box.textFormat(), box.text()))
        shown.extend(_markup_shown([box, *box.findChildren(QWidget)], MARKUP))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    main_window_module.warn(window, hostile, hostile * 20)
    qtbot.wait(50)
    shown += _markup_shown(_all_widgets(window), MARKUP)
    assert window.windowTitle().startswith("<img src=")  # the name is shown, as text (shortened)
    assert not fifo.stop(), "a file named in the case was opened"
    assert shown == [], "\n".join(sorted(set(shown)))
    [(text_format, text)] = boxes
    assert text_format == Qt.TextFormat.PlainText and len(text) <= 2100 < len(hostile * 20)  # shortened


def test_a_settings_file_in_latin_1_is_not_used_and_case_work_goes_on(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    from spinemet_desktop.present.forms.load import forms

    request.addfinalizer(forms.cache_clear)  # the forms read with this file must not outlive the test
    site = tmp_path / "site.yaml"
    site.write_bytes("laboratory: Zentrallabor Großhadern\n".encode("latin-1"))
    monkeypatch.setenv("SPINEMET_SITE_CONFIG", str(site))
    assert ui_app._check_forms(window, headless=True)
    assert "not UTF-8" in window.statusBar().currentMessage()
    assert window.site_warning.isVisibleTo(window) and "not used" in window.site_warning.text()
    window.new_case()  # Ctrl+N
    assert window.editor.case is not None
    assert window.store.count() == 1
    assert window.site_warning.isVisibleTo(window)  # stays while the program runs


def test_a_stored_case_that_cannot_be_opened_is_listed_and_offered_for_export_or_deletion(
        window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    bad = store.create(Case())
    text = store.case_json(bad.id)
    store._db.execute("UPDATE cases SET data = ?, updated_at = ? WHERE id = ?",
                      (text.replace('"schema_version": 1', '"schema_version": 1, "schema_version": 1'),
                       "9999-12-31T00:00:00+00:00", bad.id))
    window.case_list.reload()
    assert "Damaged case" in window.case_list.model.item(0, 0).text()
    answered: list[str] = []

    def answer(box: QMessageBox) -> int:
        answered.append(box.text())
        delete = [b for b in box.buttons() if "Delete" in b.text()]
        if delete:  # the offer: delete it …
            delete[0].click()
            return 0
        return QMessageBox.StandardButton.Yes  # … and yes, permanently

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.open_case(bad.id)
    assert "cannot be opened" in answered[0] and "appears twice" in answered[0]
    assert len(answered) == 2 and "Delete this case permanently" in answered[1]
    assert store.count() == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_of_a_full_session_is_private(window, qtbot, data_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    monkeypatch.setattr(summary.SummaryPage, "open_file", staticmethod(opened.append))
    source = tmp_path / "in.json"
    source.write_bytes(next(p for p in Path(__file__).parents[2].glob("resources/examples/*breast*.json")).read_bytes())
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    window.import_case()                                         # import
    editor = window.editor
    from spinemet_desktop.session import ops

    assert editor.apply(ops.set_field("encounter.question", "Übernahme?")).applied  # edit
    assert editor.flush()
    editor.go_to_page(len(editor.pages) - 1)
    page = editor.current_page()
    page.create_referral()                                       # report
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=60_000)
    page.open_report(editor.store.list_reports(editor.case.id)[0].id)  # a copy for the viewer
    export = data_dir / "exports" / "case.json"
    export.parent.mkdir(mode=0o700)
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(export), ""))
    window.export_current()                                      # export
    window.take_daily_backup()                                   # backup
    from spinemet_desktop.ui import language

    language.save_language("de")                                 # settings
    language.save_language(None)
    window.show_list()
    found = [data_dir, *data_dir.rglob("*")]
    assert {"reports", "opened", "backups", "exports", "settings.ini"} <= {p.name for p in found}
    for path in found:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(data_dir)} is {oct(mode)}"
    # Deleting the case deletes its referral files too.
    assert list((data_dir / "reports").glob("*.pdf"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.delete_case(window.store.list_cases()[0].id)
    assert window.store.count() == 0
    assert not list((data_dir / "reports").glob("*.pdf")) and not list((data_dir / "opened").glob("*.pdf"))
