"""Autosave, undo/redo, save failures, case locks and the audit trail, driven as a user would."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from spinemet_desktop.store import CaseStore
from spinemet_desktop.store.locks import host_name
from spinemet_desktop.ui.audit_dialog import AuditDialog
from spinemet_desktop.ui.editor import AUTOSAVE_MAX_DELAY_MS
from spinemet_desktop.ui.main_window import MainWindow
from tests.ui.conftest import example


def _surname(window):  # type: ignore[no-untyped-def]
    return window.editor.page("history").fields["patient.surname"].line


def test_continuous_typing_is_saved_while_it_goes_on(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    line = _surname(window)
    line.setFocus()
    case_id = window.editor.case.id
    saved_while_typing = []
    started = time.monotonic()
    # A key every 100 ms never leaves the 400 ms pause after which the autosave would run;
    # the one-second ceiling must still put the text on disk while the typing goes on.
    while time.monotonic() - started < 2.5 * AUTOSAVE_MAX_DELAY_MS / 1000:
        qtbot.keyClick(line, "a")
        qtbot.wait(100)
        saved_while_typing.append(window.store.get(case_id).patient.surname or "")
    assert max(map(len, saved_while_typing)) >= 5


def test_undo_and_redo_restore_the_fields_and_the_results(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    line = _surname(window)
    line.setFocus()
    qtbot.keyClicks(line, "Meier")  # one word is one undo step
    pain = window.editor.page("history").fields["history.pain_nrs"]
    pain.setFocus()
    window.editor.apply(lambda c: setattr(c.history, "pain_nrs", 7))
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.undo_action.trigger()
    assert window.editor.case.history.pain_nrs is None and window.editor.case.patient.surname == "Meier"
    window.undo_action.trigger()
    assert window.editor.case.patient.surname is None and line.text() == ""
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert (window.editor.case.patient.surname, window.editor.case.history.pain_nrs) == ("Meier", 7)
    assert line.text() == "Meier"
    window.editor.flush()
    assert window.store.get(window.editor.case.id).history.pain_nrs == 7


def test_undo_of_the_isncsci_grid_changes_the_classification_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    ais = window.editor.assessment.isncsci.result.asia_impairment_scale
    window.editor.go_to("neurology")
    grid = window.editor.current_page().grid
    grid.setFocus()
    grid.setCurrentCell(3, 0)
    before = grid.item(3, 0).text()
    qtbot.keyClick(grid, "0")
    qtbot.waitUntil(lambda: grid.item(3, 0).text() == "0")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: grid.item(3, 0).text() == before)
    qtbot.waitUntil(lambda: window.editor.assessment.isncsci.result.asia_impairment_scale == ais)


def test_a_refused_value_leaves_the_case_unchanged(window) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    before = window.editor.case.model_copy(deep=True)

    def half_valid(case) -> None:  # type: ignore[no-untyped-def]
        case.patient.surname = "Changed"
        case.history.pain_nrs = 11  # refused by the model

    changes = window.editor.apply(half_valid)
    assert changes.error and not changes.applied and window.editor.case == before
    assert not window.undo_action.isEnabled()


def test_a_failing_save_is_shown_and_the_edits_stay_in_memory(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    store = window.store
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    window.editor.apply(lambda c: setattr(c.encounter, "question", "Bitte Übernahme " + "x" * 19_000))
    assert not window.editor.flush()
    state = window.editor.save_state.text()
    assert "NOT SAVED" in state and "full" in state and "kept in memory" in state
    assert window.editor.case.encounter.question.startswith("Bitte Übernahme")
    store._db.execute("PRAGMA max_page_count = 1073741823")  # space again: the retry succeeds
    assert window.editor.flush()
    assert window.editor.save_state.text().startswith("Saved")
    assert store.get(window.editor.case.id).encounter.question.startswith("Bitte Übernahme")


def test_a_case_open_in_another_window_is_not_opened_twice(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    case_id = window.editor.case.id
    other_store = CaseStore(window.store.path)
    other = MainWindow(other_store)
    qtbot.addWidget(other)
    warnings = []
    # The warning is a plain-text message box (ui/plain.py), waited for: answered here at once.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or QMessageBox.StandardButton.Ok)
    other.open_case(case_id)
    assert other.editor.case is None and "already open" in warnings[0]
    window.show_list()  # closing the case in the first window releases it
    other.open_case(case_id)
    assert other.editor.case is not None and other.editor.case.id == case_id
    other.editor.close_case()
    other_store.close()


def test_the_audit_trail_lists_the_edits_and_exports_them(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    line = _surname(window)
    line.setFocus()
    qtbot.keyClicks(line, "Audit")
    from spinemet_desktop.session import ops

    window.editor.apply(ops.set_field("history.complaint_bladder_bowel", True))
    assert window.editor.ensure_saved()
    window.show_audit()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.isVisible()
    rows = [[dialog.table.item(r, c).text() for c in range(8)] for r in range(dialog.table.rowCount())]
    assert rows[0][4] == "created"
    # Issue 22: the field by the label the form gives it, yes/no instead of true/false.
    assert [host_name(), "—", "changed", "Surname", "—", "Audit"] in [row[2:] for row in rows]
    assert [host_name(), "—", "changed", "Bladder or bowel complaints", "—", "yes"] in [row[2:] for row in rows]
    assert not any(cell in ("true", "false") or "." in cell and "_" in cell for row in rows for cell in row[4:])
    target = tmp_path / "audit.csv"
    dialog.export_csv(str(target))
    assert "patient.surname,,Audit" in target.read_text(encoding="utf-8")  # the export keeps the stored form
    dialog.close()


def test_the_daily_backup_is_taken_once(window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.take_daily_backup()
    window.take_daily_backup()
    assert len(list((data_dir / "backups").glob("cases-*.sqlite3"))) == 1
    assert "backup" in window.statusBar().currentMessage().lower()


def test_going_back_to_the_list_saves_and_releases_the_case(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_case()
    case_id = window.editor.case.id
    qtbot.keyClicks(_surname(window), "X")
    window.show_list()
    assert window.store.get(case_id).patient.surname == "X"
    assert window.editor.lock is None
    lock = window.store.lock(case_id)
    lock.release()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no case: nothing happens


def test_the_full_check_after_start_takes_the_backup_of_a_sound_store(window, qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.store.create()
    window.check_store_then_back_up()
    qtbot.waitUntil(lambda: len(list((data_dir / "backups").glob("cases-*.sqlite3"))) == 1, timeout=10000)


def test_damage_found_by_the_full_check_after_start_is_told_and_not_backed_up(qtbot, data_dir: Path,  # type: ignore[no-untyped-def]
                                                                               monkeypatch) -> None:
    import shutil

    from spinemet_desktop.store import open_store
    from tests.unit.test_store_safety import damage_in_the_middle

    damage_in_the_middle(data_dir)
    shutil.rmtree(data_dir / "backups")  # so that a backup would be due
    opened = open_store()
    assert opened.damaged is None  # the start's check does not read the damaged page
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    window = MainWindow(opened.store)
    qtbot.addWidget(window)
    window.show()
    window.check_store_then_back_up()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert shown[0].icon() == QMessageBox.Icon.Critical
    assert "found damage" in shown[0].text() and "next start the damaged file is put aside" in shown[0].text()
    assert "damaged" in window.statusBar().currentMessage()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").glob("cases-*.sqlite3"))
    assert (data_dir / "cases.sqlite3.check-failed").exists()  # the next start checks fully
    opened.store.close()
