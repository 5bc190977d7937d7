"""The main window driven with real key presses, offscreen; assertions on what the user sees."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spinemet_desktop.store import CaseStore
from tests.ui.conftest import example as _example
from tests.ui.conftest import set_lesion_choice


def test_opening_a_case_shows_urgency_and_pages(window) -> None:  # type: ignore[no-untyped-def]
    window.show_case(_example("breast"))
    assert window.editor.isVisible()
    assert "Emergency" in window.editor.side_panel.urgency.text()
    assert "Musterfrau, Erika" in window.editor.header.text()
    titles = [window.editor.nav.item(i).text() for i in range(window.editor.nav.count())]
    assert titles[0].startswith("Triage") and titles[1].startswith("Patient & history")
    assert titles[5].startswith("Summary & referral")
    assert "AIS C, NLI T10" in window.editor.side_panel.details.text()


def test_keyboard_page_navigation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(_example("prostate"))
    editor = window.editor
    editor.nav.setFocus()
    qtbot.keyClick(editor.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 1
    qtbot.keyClick(editor.current_page(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 0


def test_typing_a_whole_exam_with_the_keyboard_updates_the_classification(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    editor = window.editor
    editor.go_to("neurology")
    page = editor.current_page()
    grid = page.grid
    grid.setFocus()
    assert (grid.currentRow(), grid.currentColumn()) == (3, 0)  # the worksheet starts at right C5
    # Worksheet order by auto-advance alone: down each column, then on to the next column.
    # Motor columns: 5 on the ten key muscles; sensory columns: 2 on the 28 dermatomes.
    for column in range(6):
        for _ in range(10 if column in (0, 5) else 28):
            qtbot.keyClick(grid, "5" if column in (0, 5) else "2")
    qtbot.waitUntil(lambda: "Incomplete: 2 " in page.results.text(), timeout=2000)  # VAC and DAP
    vac = page.fields["neuro.isncsci.vac"]
    dap = page.fields["neuro.isncsci.dap"]
    for field in (vac, dap):
        field.combo.setFocus()
        qtbot.keyClick(field.combo, Qt.Key.Key_Down)  # "Yes"
    qtbot.waitUntil(lambda: "AIS: E" in page.results.text(), timeout=2000)
    assert "NLI: INT" in page.results.text()
    # One key press changes the result live: right C5 to 2 -> motor level and AIS change.
    grid.setCurrentCell(3, 0)
    qtbot.keyClick(grid, "2")
    qtbot.waitUntil(lambda: "NLI: C4" in page.results.text(), timeout=2000)
    assert grid.item(3, 0).text() == "2"
    assert "value 2" in grid.item(3, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_star_nt_and_delete_keys(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    window.editor.go_to("neurology")
    grid = window.editor.current_page().grid
    grid.setCurrentCell(3, 0)
    qtbot.keyClick(grid, "3")
    grid.setCurrentCell(3, 0)
    qtbot.keyClick(grid, "*")
    assert grid.item(3, 0).text() == "3*"
    qtbot.keyClick(grid, "*")
    assert grid.item(3, 0).text() == "3**"
    qtbot.keyClick(grid, "*")
    assert grid.item(3, 0).text() == "3"
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.item(3, 0).text() == ""
    qtbot.keyClick(grid, "n")
    assert grid.item(3, 0).text() == "NT"
    grid.setCurrentCell(0, 1)
    qtbot.keyClick(grid, "4")  # not a sensory value
    assert grid.item(0, 1).text() == ""
    assert "not a valid" in window.editor.current_page().grid_message.text()


def test_edits_are_autosaved_within_a_second(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    editor = window.editor
    page = editor.page("history")
    surname = page.fields["patient.surname"]
    surname.line.setFocus()
    qtbot.keyClicks(surname.line, "Testfrau")
    case_id = editor.case.id
    other = CaseStore(editor.store.path)
    qtbot.waitUntil(lambda: other.get(case_id).patient.surname == "Testfrau", timeout=1000)
    other.close()


def test_out_of_range_number_shows_a_message_and_changes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    window.editor.go_to("history")
    page = window.editor.page("history")
    nrs = page.fields["history.pain_nrs"]
    qtbot.keyClicks(nrs.line, "12")
    assert nrs.error.isVisible() and "0–10" in nrs.error.text()
    assert window.editor.case.history.pain_nrs is None
    nrs.line.clear()
    qtbot.keyClicks(nrs.line, "7")
    assert not nrs.error.isVisible()
    assert window.editor.case.history.pain_nrs == 7


def test_changing_the_deficit_changes_the_banner(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = _example("prostate")
    window.show_case(case)
    assert "Routine" in window.editor.side_panel.urgency.text()
    summary = window.editor.page("summary").browser  # built now, with the routine answer
    window.editor.go_to("neurology")
    page = window.editor.current_page()
    override = page.fields["neuro.deficit_class_override"]
    index = override.combo.findData("functionally_relevant")
    override.combo.setCurrentIndex(index)
    override.combo.activated.emit(index)
    qtbot.waitUntil(lambda: "Emergency" in window.editor.side_panel.urgency.text(), timeout=2000)
    assert "Emergency operation" not in summary.toPlainText()  # a hidden page is brought up to date when shown
    window.editor.go_to("summary")
    assert "Emergency operation within 6 hours if operable" in summary.toPlainText()
    assert "Transfer to specialised neurological rehabilitation" in summary.toPlainText().replace(
        "Rehabilitation: transfer", "Transfer")
    window.editor.go_to("neurology")
    mild = override.combo.findData("mild")
    override.combo.setCurrentIndex(mild)
    override.combo.activated.emit(mild)
    qtbot.waitUntil(lambda: "24 hours" in window.editor.side_panel.urgency.text(), timeout=2000)
    window.editor.go_to("summary")
    text = summary.toPlainText()
    assert "Early operation within 24 hours if operable" in text
    assert "Emergency operation within 6 hours" not in text


def test_imaging_page_two_lesions_and_the_worst_drives_the_panel(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    editor = window.editor
    editor.go_to("imaging")
    page = editor.current_page()

    def set_field(attr: str, value: object) -> None:
        set_lesion_choice(page, attr, value)

    def fill(level: str, pain: str, escc_grade: str) -> None:
        page.add_lesion()
        set_field("level", level)
        for attr, value in (("sins_pain", pain), ("sins_bone_lesion", "lytic"), ("sins_alignment", "normal"),
                            ("sins_collapse", "none"), ("sins_posterolateral", "none"), ("escc", escc_grade)):
            set_field(attr, value)

    def panel() -> str:
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(editor.side_panel.details.text())
        return document.toPlainText()

    fill("T5", "pain_free", "1a")       # semi-rigid 1 + lytic 2 = 3
    fill("L1", "mechanical", "2")       # junctional 3 + 3 + 2 = 8
    qtbot.waitUntil(lambda: "Lesion for instability and compression: L1 — SINS 8" in panel(), timeout=2000)
    assert "ESCC 2" in panel()
    # Make the first lesion the worst: subluxation adds 4 -> 7, and ESCC 3.
    page.lesion_list.setCurrentRow(0)
    set_field("sins_alignment", "subluxation_translation")
    set_field("sins_collapse", "gt50")
    set_field("escc", "3")
    qtbot.waitUntil(lambda: "Lesion for instability and compression: T5 — SINS 10" in panel(), timeout=2000)
    assert "ESCC 3" in panel()
    # Instability at one level, compression at another: both are named (pathway.md §11 S4).
    set_field("escc", "1a")
    qtbot.waitUntil(lambda: "Lesion for compression: L1 — ESCC 2" in panel(), timeout=2000)
    assert "Lesion for instability: T5 — SINS 10" in panel()


def test_lab_flag_appears_and_disappears(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(_example("rcc"))  # calcium 2.72 mmol/L, reference 2.15-2.6
    editor = window.editor
    qtbot.waitUntil(lambda: "Hypercalcaemia" in editor.side_panel.details.text(), timeout=2000)
    editor.go_to("labs")
    page = editor.current_page()
    assert "Hypercalcaemia" in page.missing_label.text()
    value = page.rows["calcium"].value
    value.line.clear()
    qtbot.keyClicks(value.line, "2.4")
    qtbot.waitUntil(lambda: "Hypercalcaemia" not in editor.side_panel.details.text(), timeout=2000)
    assert "Hypercalcaemia" not in page.missing_label.text()


def test_summary_why_expands_to_rule_and_facts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    window.show_case(_example("breast"))
    window.editor.go_to("summary")
    page = window.editor.current_page()
    text = page.browser.toPlainText()
    assert text.startswith("‼ Emergency")
    assert "Why?" in text and "Because" not in text
    page.browser.anchorClicked.emit(QUrl("why:A9:surgery"))
    expanded = page.browser.toPlainText()
    assert "Functionally relevant deficit: emergency operation within 6 hours" in expanded
    assert "neurological deficit class = functionally relevant deficit" in expanded


def test_summary_lists_missing_facts_when_the_deficit_is_unknown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    window.editor.go_to("summary")
    text = window.editor.current_page().browser.toPlainText()
    assert text.startswith("? Urgency cannot be determined yet")
    assert "Missing facts that would change the result" in text
    assert "neurological deficit class" in text


def test_every_score_band_says_what_it_means(window) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: not "Tomita 3 — 2–3" alone but with the band's meaning from the score's table."""
    from html import escape

    from spinemet_desktop.ui.labels import clinical

    window.show_case(_example("breast"))
    shown = window.editor.side_panel.details.text()
    scores = [s for s in window.editor.assessment.scores.values() if s.display is not None and s.meaning]
    assert {"tomita", "rades_death_2m", "kps", "ecog"} <= {s.score_id for s in scores}
    for result in scores:
        assert escape(clinical(result.meaning)) in shown, result.score_id


def test_the_side_panel_shows_each_new_result_in_place(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The panel's text is replaced on every edit: what it shows equals the results freshly set
    (nothing left over, nothing merged), the reader's place in it stays, and no undo history grows."""
    from PySide6.QtGui import QTextDocument

    window.resize(1366, 768)
    window.show_case(_example("breast"))
    editor = window.editor
    editor.go_to("neurology")
    grid = editor.current_page().grid
    grid.setFocus()
    details = editor.side_panel.details
    bar = details.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    qtbot.wait(50)
    assert bar.value() == 0, "a case opens with its results at the top"
    before = details.text()
    for place, key in ((0, Qt.Key.Key_2), (0, Qt.Key.Key_5), (bar.maximum() // 2, Qt.Key.Key_0),
                       (bar.maximum() // 2, Qt.Key.Key_4)):
        bar.setValue(place)
        grid.setCurrentCell(3, 0)  # right C5
        shown = details.text()
        qtbot.keyClick(grid, key)
        qtbot.waitUntil(lambda shown=shown: details.text() != shown, timeout=2000)  # type: ignore[misc]
        qtbot.wait(50)  # anything the view would do later (scrolling to its own cursor) has happened
        fresh = QTextDocument()
        fresh.setHtml(details.text())
        assert details.toPlainText() == fresh.toPlainText()
        assert bar.value() == place, "the reader's place in the results moved"
        assert not details.textCursor().hasSelection(), "nothing is shown selected"
        assert _formats(details.document()) == _formats(fresh)
    assert details.text() != before and not details.document().isUndoAvailable()


def _formats(document):  # type: ignore[no-untyped-def]
    """Each run of text with its weight, slant, size and link: what the reader sees of the markup."""
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            fmt = f.charFormat()
            runs.append((f.text(), fmt.fontWeight(), fmt.fontItalic(), fmt.fontPointSize(), fmt.anchorHref()))
            it += 1
        block = block.next()
    return runs
