"""The ISNCSCI worksheet page: range fill, non-SCI reasons, and the body chart, driven by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spinemet_desktop.clinical.isncsci.sensory_map import (
    ABSENT,
    IMPAIRED,
    INTACT,
    NOT_EXAMINED,
    NOT_TESTABLE,
    dermatome_state,
    level_candidates,
)
from spinemet_desktop.model.levels import DERMATOMES
from tests.ui.conftest import example

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _neurology(window):  # type: ignore[no-untyped-def]
    window.editor.go_to("neurology")
    return window.editor.current_page()


def test_shift_arrow_selection_then_a_digit_fills_the_range(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    page = _neurology(window)
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(DERMATOMES.index("T2"), 1)  # right light touch, T2
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)  # and right pin prick
    qtbot.keyClick(grid, "1")
    case = window.editor.case
    exam = case.latest_exam()
    for level in ("T2", "T3", "T4", "T5", "T6"):
        assert exam.isncsci.right_light_touch[level] == "1"
        assert exam.isncsci.right_pin_prick[level] == "1"
    assert "T7" not in exam.isncsci.right_light_touch
    assert exam.isncsci.left_light_touch == {}


def test_fill_rest_of_column_as_normal_leaves_entered_values(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    page = _neurology(window)
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(DERMATOMES.index("T10"), 1)
    qtbot.keyClick(grid, "0")
    grid.setCurrentCell(DERMATOMES.index("C2"), 1)
    qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | SHIFT)
    column = window.editor.case.latest_exam().isncsci.right_light_touch
    assert len(column) == len(DERMATOMES)
    assert column["T10"] == "0"
    assert {v for k, v in column.items() if k != "T10"} == {"2"}


def test_a_starred_value_asks_for_its_reason_and_keeps_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    page = _neurology(window)
    grid = page.grid
    grid.setFocus()
    row = DERMATOMES.index("C5")
    grid.setCurrentCell(row, 0)
    qtbot.keyClick(grid, "3")
    assert not page.reason_field.isEnabled()
    grid.setCurrentCell(row, 0)
    qtbot.keyClick(grid, "*")
    assert page.reason_field.isEnabled()
    assert "C5" in page.reason_label.text()
    qtbot.waitUntil(lambda: "Starred values without a reason: Right motor C5" in page.results.text(),
                    timeout=2000)
    page.reason_field.line.setFocus()
    qtbot.keyClicks(page.reason_field.line, "brachial plexus lesion")
    exam = window.editor.case.latest_exam()
    assert exam.isncsci.non_sci_reasons == {"right_motor.C5": "brachial plexus lesion"}
    qtbot.waitUntil(lambda: "without a reason" not in page.results.text(), timeout=2000)
    # Moving away and back shows the stored reason; a plain cell disables the field.
    grid.setCurrentCell(row + 1, 0)
    assert not page.reason_field.isEnabled() and page.reason_field.value() is None
    grid.setCurrentCell(row, 0)
    assert page.reason_field.value() == "brachial plexus lesion"


def test_body_chart_follows_the_sensory_level(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    page = _neurology(window)
    chart = page.body_chart
    qtbot.waitUntil(lambda: chart.levels["right"] == "T10", timeout=2000)
    assert "Right sensory level: T10." in chart.accessibleDescription()
    assert chart.states[("right", "T4")] == INTACT
    # Pin prick and light touch absent at T10 on the right: the level moves up to T9.
    grid = page.grid
    grid.setFocus()
    row = DERMATOMES.index("T10")
    grid.setCurrentCell(row, 1)
    qtbot.keyClick(grid, "0")
    grid.setCurrentCell(row, 2)
    qtbot.keyClick(grid, "0")
    qtbot.waitUntil(lambda: chart.levels["right"] == "T9", timeout=2000)
    assert chart.states[("right", "T10")] == ABSENT
    assert chart.levels["left"] == "T10"
    assert chart.grab().width() > 0  # paints without error


def test_dermatome_state_from_both_modalities() -> None:
    assert dermatome_state("2", "2") == INTACT
    assert dermatome_state("0**", "2") == INTACT  # non-SCI, consider normal
    assert dermatome_state("0*", "0") == ABSENT  # non-SCI, consider not normal
    assert dermatome_state("1", "2") == IMPAIRED
    assert dermatome_state("0", "2") == IMPAIRED
    assert dermatome_state("NT", "NT*") == NOT_TESTABLE
    assert dermatome_state("NT", "2") == NOT_TESTABLE
    assert dermatome_state("NT", "0") == IMPAIRED
    assert dermatome_state(None, "2") == NOT_EXAMINED
    assert dermatome_state(None, None) == NOT_EXAMINED


def test_level_candidates_parse_multi_candidate_and_starred_levels() -> None:
    assert level_candidates("C5,C6*") == {"C5", "C6"}
    assert level_candidates("INT") == {"INT"}
    assert level_candidates(None) == set()


def test_missing_list_links_jump_to_the_cell_and_to_vac(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    page = _neurology(window)
    grid = page.grid
    grid.setFocus()
    qtbot.keyClick(grid, "5")  # right C5; the rest is missing
    qtbot.waitUntil(lambda: "Missing (select to go there):" in page.results.text(), timeout=2000)
    assert '<a href="#right_motor.C6">Right motor C6</a>' in page.results.text()
    page.results.linkActivated.emit("#left_pin_prick.T4")
    assert (grid.currentRow(), grid.currentColumn()) == (DERMATOMES.index("T4"), 4)
    page.go_to_missing("#vac")
    vac = page.fields["neuro.isncsci.vac"]
    assert vac.combo.hasFocus()
