"""The ward doctor's shortcuts (issue 23): short dates and times, "now" as a key, Enter moving on to
the next field and down the laboratory panel. Driven with key presses; the clock of the date fields
is fixed at the prostate example's time of assessment, so that "today" and "now" are known."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spinemet_desktop.model import dates
from tests.ui.conftest import new_case_page

NOW = datetime(2026, 11, 18, 10, 15).astimezone()


@pytest.fixture(autouse=True)
def clock(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dates, "now", lambda: NOW)


_page = new_case_page


def _type(qtbot, field, text: str, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    field.input.setFocus()
    qtbot.keyClicks(field.input, text)
    if enter:
        qtbot.keyClick(field.input, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_short_dates_are_stored_and_shown_in_full(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    birth = page.fields["patient.date_of_birth"]
    _type(qtbot, birth, "2.9.50")
    assert editor.case.patient.date_of_birth == date(1950, 9, 2)
    assert birth.line.text() == "02.09.1950"
    onset = page.fields["history.pain_onset"]
    _type(qtbot, onset, "20.9.")
    assert editor.case.history.pain_onset == date(2026, 9, 20) and onset.line.text() == "20.09.2026"
    onset.line.clear()
    _type(qtbot, onset, "t-1")
    assert editor.case.history.pain_onset == date(2026, 11, 17) and onset.line.text() == "17.11.2026"
    onset.line.clear()
    _type(qtbot, onset, "t+1", enter=False)  # tomorrow: refused, said next to the field
    assert "future" in onset.error.text() and editor.case.history.pain_onset is None


def test_now_is_a_key_and_a_time_alone_is_today(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    assessed = page.fields["encounter.assessed_at"]
    _type(qtbot, assessed, "n")
    assert editor.case.encounter.assessed_at == NOW and assessed.line.text() == "18.11.2026 10:15"
    assessed.line.clear()
    _type(qtbot, assessed, "j")  # jetzt
    assert editor.case.encounter.assessed_at == NOW
    editor.go_to("neurology")
    examined = editor.current_page().fields["neuro.examined_at"]
    examined.line.clear()
    _type(qtbot, examined, "9:50")
    assert editor.case.latest_exam().examined_at == NOW.replace(hour=9, minute=50)
    assert examined.line.text() == "18.11.2026 09:50"


def test_enter_moves_to_the_next_field_skipping_buttons(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _editor, page = _page(window, qtbot, "history")
    _type(qtbot, page.fields["patient.surname"], "Beispiel")
    assert QApplication.focusWidget() is page.fields["patient.given_name"].input
    _type(qtbot, page.fields["encounter.assessed_at"], "n")  # the "Now" button beside it is passed over
    assert QApplication.focusWidget() is page.fields["encounter.referring_ward"].input


def test_enter_moves_down_the_laboratory_panel(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "labs")
    _type(qtbot, page.panel_time, "8:15")
    assert page.panel_time.line.text() == "18.11.2026 08:15"
    rows = list(page.rows.values())
    assert QApplication.focusWidget() is rows[0].value.input
    typed = {}
    for row, text in zip(rows[:3], ("13.1", "6.8", "250"), strict=True):
        assert QApplication.focusWidget() is row.value.input, row.analyte
        qtbot.keyClicks(row.value.input, text)
        qtbot.keyClick(row.value.input, Qt.Key.Key_Return)
        typed[row.analyte] = float(text)
    QApplication.processEvents()
    assert QApplication.focusWidget() is rows[3].value.input
    for analyte, value in typed.items():
        result = editor.case.labs.latest(analyte)
        assert result.value == value and result.measured_at == NOW.replace(hour=8, minute=15)
    # Enter in a row's range moves on to the next row's value too.
    _type(qtbot, rows[0].high, "")
    assert QApplication.focusWidget() is rows[1].value.input


def test_all_no_comes_before_its_questions_and_moves_on(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    button = next(b for b, g in page.shortcuts if g.all_no == "No neurological complaints")
    page.fields["encounter.question"].input.setFocus()
    qtbot.keyClick(page.fields["encounter.question"].input, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button, "Tab reaches the shortcut before the group's questions"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    QApplication.processEvents()
    h = editor.case.history
    assert (h.complaint_weakness, h.complaint_sensory, h.complaint_radicular_pain, h.complaint_bladder_bowel) == \
        (False, False, False, False)
    assert QApplication.focusWidget() is page.fields["history.known_cancer"].input, "on to the next group"
