"""History and examination that contradict each other are flagged on both pages, the side panel
and the summary, with links to both fields; correcting one answer removes the flag (issue 22)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import example

SAID = "the history records no bladder or bowel complaints, but the examination found bladder/bowel function disturbed"


def test_bladder_and_bowel_contradiction_is_flagged_everywhere(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example("breast")  # history: no bladder/bowel complaints; examination: disturbed
    assert case.history.complaint_bladder_bowel is False
    window.show_case(case)
    editor = window.editor
    history, neurology, summary = editor.page("history"), editor.page("neurology"), editor.page("summary")
    for key in ("history", "neurology", "summary"):
        editor.go_to(key)
        QApplication.processEvents()
    for page in (history, neurology):
        assert page.disagreements.isVisibleTo(page), page.title
        assert SAID in page.disagreements.text()
    assert SAID in editor.side_panel.details.text()
    assert SAID in summary.browser.toPlainText()

    # The link to the examination's field opens the examination page on that field.
    editor.go_to("history")
    history.disagreements.linkActivated.emit("neuro.bladder_bowel")
    assert editor.current_page() is neurology
    assert neurology.fields["neuro.bladder_bowel"].combo.hasFocus() or \
        QApplication.focusWidget() is neurology.fields["neuro.bladder_bowel"].combo

    # The history was wrong: the patient does report bladder/bowel complaints.
    field = history.fields["history.complaint_bladder_bowel"]
    index = field.combo.findData(True)
    field.combo.setCurrentIndex(index)
    field.combo.activated.emit(index)
    editor.recompute()
    for key in ("history", "neurology"):
        editor.go_to(key)
        QApplication.processEvents()
    assert not history.disagreements.isVisibleTo(history) and not neurology.disagreements.isVisibleTo(neurology)
    assert SAID not in editor.side_panel.details.text()


def test_no_banner_without_a_contradiction(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("prostate"))
    editor = window.editor
    for key in ("history", "neurology"):
        editor.go_to(key)
        QApplication.processEvents()
        page = editor.page(key)
        assert not page.disagreements.isVisibleTo(page)
