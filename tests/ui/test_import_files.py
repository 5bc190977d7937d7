"""Importing case files from the window (issue 22): several at once; a patient already in the list
is never imported silently again — the user opens the existing case, imports a marked copy, or
cancels."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import EXAMPLES


def _example(name: str) -> Path:
    return next(p for p in EXAMPLES if name in p.name)


def _answer(button: str, seen: list[str]) -> None:
    """Click the button of the next dialog whose text starts with ``button`` (and keep its text)."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(dialog.text() + "\n" + dialog.informativeText())
        target = next(b for b in dialog.buttons() if b.text().replace("&", "").startswith(button))
        target.click()

    QTimer.singleShot(0, click)


def _count(window) -> int:  # type: ignore[no-untyped-def]
    return window.store.count()


def test_several_files_at_once_and_duplicates_are_asked_about(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    breast, prostate = _example("breast"), _example("prostate")
    window.import_files([breast, prostate])
    assert _count(window) == 2
    assert window.stack.currentWidget() is window.case_list and window.case_list.model.rowCount() == 2
    assert "Imported 2 case file(s)" in window.statusBar().currentMessage()
    stored = {s.record_number: s.id for s in window.store.list_cases()}

    # The same file again: open the existing case instead — nothing is added.
    seen: list[str] = []
    _answer("Open the existing case", seen)
    window.import_files([breast])
    assert _count(window) == 2
    assert window.editor.case is not None and window.editor.case.id == stored["PID-100231"]
    assert "Musterfrau" in seen[0] and "PID-100231" in seen[0]  # says whom it is about

    # Again: cancel — nothing is added, the open case stays.
    _answer("Cancel", seen)
    window.import_files([breast])
    assert _count(window) == 2

    # Again: import as a copy — a new case, marked as a copy in its notes and its audit trail.
    _answer("Import as a copy", seen)
    window.import_files([breast])
    assert _count(window) == 3
    copy = window.editor.case
    assert copy is not None and copy.id != stored["PID-100231"] and copy.patient.record_number == "PID-100231"
    assert copy.notes is not None and copy.notes.startswith("[Imported as a copy")
    assert breast.name in copy.notes
    entry = next(e for e in window.store.audit(copy.id) if e.action == "imported")
    assert "as a copy" in (entry.new or "") + entry.field

    # Another record number but the same case id (a file exported and edited elsewhere): asked too.
    data = json.loads(prostate.read_text(encoding="utf-8"))
    data["patient"]["record_number"] = "PID-999999"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    _answer("Cancel", seen)
    window.import_files([edited])
    assert _count(window) == 3 and "PID-999999" in seen[-1]


def test_a_bad_file_among_several_is_reported_and_the_others_are_imported(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    seen: list[str] = []
    _answer("OK", seen)
    window.import_files([_example("breast"), bad, _example("rcc")])
    assert _count(window) == 2
    assert "1 of 3" in seen[0] and "bad.json" in seen[0]
    assert "Imported 2 case file(s); 1 not imported." in window.statusBar().currentMessage()


def test_several_duplicates_can_each_be_skipped(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    files = [_example("breast"), _example("lung")]
    window.import_files(files)
    seen: list[str] = []
    _answer("Skip this file", seen)
    window.import_files(files[:1] + [_example("rcc")])  # one duplicate, one new
    assert _count(window) == 3 and len(seen) == 1
