"""Pages are built when first needed (ui/editor.py PageList): opening a case builds the page shown,
the others follow when visited. A page built late must show exactly what it would have shown had it
been built when the case was opened and kept up to date through every edit since."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTextEdit, QWidget

from spinemet_desktop.session import ops
from spinemet_desktop.ui.pages import PAGE_KEYS, page_index
from tests.ui.conftest import example


def _snapshot(page: QWidget) -> list[tuple[str, object]]:
    """What the page shows: every label, text, choice and check mark, and whether it is visible."""
    out: list[tuple[str, object]] = []
    for w in page.findChildren(QWidget):
        shown = w.isVisibleTo(page)
        if isinstance(w, QLabel):
            out.append(("label", (w.text(), w.toolTip(), shown)))
        elif isinstance(w, QTextEdit):
            out.append(("text", (w.toPlainText(), shown)))
        elif isinstance(w, QLineEdit):
            out.append(("line", (w.text(), shown)))
        elif isinstance(w, QComboBox):
            out.append(("combo", (w.currentText(), shown)))
        elif isinstance(w, QAbstractButton):
            out.append(("button", (w.text(), w.isChecked(), w.isEnabled(), shown)))
    return out


#: Edits made while a page is not built yet: a history answer, a lesion's fact, a worksheet cell,
#: a lab value — each changes what several pages show.
EDITS = [
    ops.set_field("history.karnofsky", 70),
    ops.set_field("history.steroids_given", False),
    ops.record_lab("calcium", value=3.4, unit="mmol/L", measured_at=datetime(2026, 11, 20, 13, 30).astimezone()),
    ops.edit_cells(None, [("left_motor", "L3", "2")]),
]


def test_opening_a_case_builds_only_the_page_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    editor = window.editor
    assert [i for i, _page in editor.pages.built()] == [page_index("triage")]
    # The page list still says for every page whether it is complete.
    states = [editor.nav.item(i).text().splitlines()[-1] for i in range(len(PAGE_KEYS))]
    assert all(state in ("(complete)", "(incomplete)") for state in states), states
    editor.go_to("imaging")
    assert [i for i, _page in editor.pages.built()] == [page_index("triage"), page_index("imaging")]
    assert editor.current_page().isVisible()


@pytest.mark.parametrize("key", [k for k in PAGE_KEYS if k != "triage"])
def test_a_page_built_after_edits_shows_what_a_page_built_at_once_shows(window, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    early_editor = window.editor
    early = early_editor.page(key)  # built with the case as opened, then kept up to date
    for op in EDITS:
        assert early_editor.apply(op).applied
    early_editor.recompute()
    early_editor.go_to(key)
    expected = _snapshot(early)
    edited = early_editor.case
    window.editor.close_case()

    # Another editor: the same edits made before the page exists.
    from spinemet_desktop.ui.editor import CaseEditor

    late_editor = CaseEditor(window.store)
    qtbot.addWidget(late_editor)
    late_editor.resize(early_editor.size())
    late_editor.show()
    late_editor.open_case(example("breast"))
    assert page_index(key) not in [i for i, _page in late_editor.pages.built()]
    for op in EDITS:
        assert late_editor.apply(op).applied
    late_editor.recompute()
    assert late_editor.case.model_dump(exclude={"updated_at"}) == edited.model_dump(exclude={"updated_at"})
    late_editor.go_to(key)
    assert _snapshot(late_editor.current_page()) == expected
    late_editor.close_case()


def test_the_warm_up_builds_every_page_while_no_case_is_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    assert len(editor.pages.built()) == 1  # the page list's first page is shown at once
    editor.build_pages_while_idle()
    qtbot.waitUntil(lambda: len(editor.pages.built()) == len(PAGE_KEYS), timeout=10000)


def test_the_warm_up_stops_when_a_case_is_opened(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    window.show_case(example("breast"))
    built = len(editor.pages.built())
    editor.build_pages_while_idle()
    qtbot.wait(200)
    assert len(editor.pages.built()) == built  # a page build would hold up the typing
