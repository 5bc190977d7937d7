"""'What is missing' links open the page of the field and put the focus on the field itself."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import Case
from spinemet_desktop.model.address import FieldAddress, lesion_field
from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.present.fields import page_of
from spinemet_desktop.ui.pages import page_index
from tests.conftest import EXAMPLES
from tests.ui.conftest import example


def _focused_in(window, key: str) -> bool:  # type: ignore[no-untyped-def]
    """The focus is on the page, and the focused field is scrolled into view (issue 22)."""
    page = window.editor.pages[page_index(key)]
    focus = QApplication.focusWidget()
    return window.editor.current_page() is page and focus is not None and page.isAncestorOf(focus) and _in_view(page, focus)


def _in_view(page, widget) -> bool:  # type: ignore[no-untyped-def]
    """Whether the widget's top is within the visible part of the page's scroll area."""
    if page.scroll is None:
        return True
    viewport = page.scroll.viewport()
    if hasattr(widget, "currentIndex") and hasattr(widget, "visualRect"):  # the worksheet: its current cell
        cell = widget.visualRect(widget.currentIndex())
        top = widget.viewport().mapTo(viewport, cell.topLeft()).y()
    else:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return 0 <= top < viewport.height()


def test_a_lesion_link_selects_that_lesion_and_focuses_its_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    editor = window.editor
    second = editor.case.imaging.lesions[1]
    editor.side_panel.field_requested.emit(lesion_field(second.id, "escc"))
    page = editor.current_page()
    assert page.key == "imaging" and page.lesion_id == second.id
    assert page.lesion_list.currentRow() == 1
    assert page.fields["imaging.lesion.*.escc"].combo.hasFocus()
    assert page.fields["imaging.lesion.*.level"].value() == second.level  # the form shows that lesion
    editor.go_to_field("imaging.lesion.*")
    assert page.lesion_list.hasFocus()


def test_deficit_class_frankel_labs_and_history_links_focus_the_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    editor = window.editor
    for address, key in (("neuro.deficit_class_override", "neurology"), ("neuro.frankel_override", "neurology"),
                         ("labs.calcium", "labs"), ("history.karnofsky", "history"),
                         ("imaging.visceral_metastases", "imaging")):
        editor.go_to_field(address)
        page = editor.current_page()
        assert page.key == key, address
        assert page.fields[address].input.hasFocus(), address


def test_a_worksheet_link_goes_to_the_first_empty_cell_and_changes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    editor = window.editor
    editor.go_to_field("neuro.isncsci")
    page = editor.current_page()
    assert page.key == "neurology" and page.grid.hasFocus()
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (DERMATOMES.index("C5"), 0)
    page.missing_button.click()
    # Looking for the first empty cell starts no examination, is no edit and no undo step.
    assert editor.case.neuro_exams == [] and not editor.session.dirty and not window.undo_action.isEnabled()


def test_every_field_the_clinical_code_names_can_be_reached(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each address behind a missing or assumed fact (an empty case and every example) opens a page
    and focuses something on it."""
    cases = [Case()] + [example(p.stem) for p in EXAMPLES]
    for case in cases:
        window.show_case(case)
        a = assess(case, datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
        addresses = {g.field for g in a.pathway.provenance.values() if g.field}
        for address in sorted(addresses):
            window.editor.go_to_field(address)
            page = window.editor.current_page()
            assert _focused_in(window, page.key), (case.patient.surname, address)


def _anchor_point(browser, href: str):  # type: ignore[no-untyped-def]
    """Where the link ``href`` of a text browser is drawn (viewport coordinates)."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_a_link_in_the_side_panel_is_followed_by_a_click(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The panel's links carry only an index; a real click opens the field behind it, and the
    case's own text never becomes a link target."""
    window.new_case()
    editor = window.editor
    editor.go_to("history")
    panel = editor.side_panel.details
    qtbot.waitUntil(lambda: bool(panel.links), timeout=2000)
    assert "href='#0'" in panel.text() and all(a not in panel.text() for a in panel.links if "." in a)
    _click_every_link(window, qtbot)


def test_the_side_panels_disagreement_links_are_followed_by_a_click(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))  # history and examination disagree on bladder/bowel
    panel = window.editor.side_panel.details
    qtbot.waitUntil(lambda: "bladder_bowel" in " ".join(panel.links), timeout=2000)
    _click_every_link(window, qtbot)


def _click_every_link(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    panel = editor.side_panel.details
    for i, target in enumerate(list(panel.links)):
        editor.go_to("summary")
        panel.verticalScrollBar().setValue(0)
        point = _anchor_point(panel, f"#{i}")
        while not panel.viewport().rect().contains(point):
            panel.verticalScrollBar().setValue(panel.verticalScrollBar().value() + point.y() - 20)
            point = _anchor_point(panel, f"#{i}")
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=point)
        page = editor.current_page()
        assert page.key == page_of(FieldAddress.parse(target)), target
        assert _focused_in(window, page.key), target
