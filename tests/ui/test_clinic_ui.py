"""The main window on a clinic server: what the user sees when the server goes away and comes back,
and when edits kept meanwhile meet a colleague's change (tests/clinic.py cuts one role off)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from spinemet_desktop.model import Case, Patient
from spinemet_desktop.ui import editor as editor_module
from spinemet_desktop.ui.main_window import MainWindow


def _window(qtbot, store):  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _type(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    line = window.editor.page("history").fields["patient.given_name"].line
    line.setFocus()
    qtbot.keyClicks(line, text)
    window.editor.flush()


def test_the_header_says_edits_are_kept_on_this_computer_until_the_server_takes_them(
        qtbot, clinic, roles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(editor_module, "SAVE_RETRY_MS", 200)
    ward, store = clinic()
    case = store.create(Case(patient=Patient(surname="Station")))
    window = _window(qtbot, store)
    window.open_case(case.id)
    roles.cut_off(ward)
    _type(qtbot, window, "Ida")
    state = window.editor.save_state.text()
    assert "NOT SAVED on the server — kept on this computer" in state and "cannot be reached" in state
    assert window.editor.case is not None and store.pending_edits() >= 1
    _type(qtbot, window, " Maria")  # typing goes on, still kept here
    assert window.editor.case.patient.given_name == "Ida Maria"
    roles.reconnect(ward)
    qtbot.waitUntil(lambda: window.editor.save_state.text().startswith("Saved"), timeout=15000)
    assert store.pending_edits() == 0
    _name, colleague = clinic()
    assert colleague.get(case.id).patient.given_name == "Ida Maria"
    window.editor.close_case()


def test_kept_edits_that_meet_a_colleagues_change_are_shown_and_kept_as_a_separate_case(
        qtbot, clinic, roles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(editor_module, "SAVE_RETRY_MS", 200)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    ward, store = clinic()
    _board, colleague = clinic()
    case = store.create(Case(patient=Patient(surname="Zweifach", record_number="PID-42")))
    window = _window(qtbot, store)
    window.open_case(case.id)
    roles.cut_off(ward)
    _type(qtbot, window, "Ward")
    theirs = colleague.get(case.id)
    lock = colleague.lock(case.id)
    theirs.patient.given_name = "Board"
    colleague.save(theirs)
    lock.release()
    roles.reconnect(ward)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert window.open_case_id is None and window.stack.currentWidget() is window.case_list  # closed, back to list
    [box] = shown
    conflict_copy = next(c for c in colleague.list_cases() if c.id != case.id)
    assert "Zweifach" in box.text() and conflict_copy.id in box.text() and "separate case" in box.text()
    assert colleague.get(case.id).patient.given_name == "Board"
    assert colleague.get(conflict_copy.id).patient.given_name == "Ward"
    assert window.case_list.model.rowCount() == 2
