"""Issue 21: start-up never dies on stored data, the program keeps its files private and removes
what it no longer needs, and it never changes folders it did not create."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, CaseFileError, Patient
from spinemet_desktop.store import CaseStore, CaseSummary, StoreError, data_dir
from spinemet_desktop.store import backup as backups
from spinemet_desktop.store.recovery import GIVE_UP_AFTER, RecoveryLog
from spinemet_desktop.store.report_files import (
    clear_opened,
    remove_report_files,
    write_opened_copy,
    write_report,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _corrupt(store: CaseStore, case_id: str, **columns: str) -> None:
    """Write into a stored row what an older version, a hand edit or a damaged import left."""
    for column, value in columns.items():
        store._db.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", (value, case_id))


@pytest.mark.parametrize("columns", [
    {"updated_at": "9999-12-31T23:59:59+00:00"},   # imported fine once; the list then overflowed
    {"updated_at": "not a time"},
    {"date_of_birth": "0000-00-00"},
    {"surname": "Meier\x00\x07" + "x" * 5000},
])
def test_a_row_that_cannot_be_shown_is_listed_as_damaged_and_can_be_exported_and_deleted(
        tmp_path: Path, columns: dict[str, str]) -> None:
    store = CaseStore()
    sound = store.create(Case(patient=Patient(surname="Gesund")))
    bad = store.create(Case(patient=Patient(surname="Kaputt")))
    _corrupt(store, bad.id, **columns)
    listed = {s.id: s for s in store.list_cases()}
    assert set(listed) == {sound.id, bad.id}
    assert not listed[sound.id].damaged
    assert listed[bad.id].damaged and listed[bad.id].problem
    assert len(listed[bad.id].surname) <= 200
    store.export_file(bad.id, tmp_path / "bad.json")  # as stored, for IT
    assert json.loads((tmp_path / "bad.json").read_text(encoding="utf-8"))["id"] == bad.id
    store.delete(bad.id)
    assert [s.id for s in store.list_cases()] == [sound.id]
    store.close()


def test_a_stored_case_that_does_not_pass_the_checks_is_refused_clearly_on_opening() -> None:
    store = CaseStore()
    case = store.create(Case())
    text = store.case_json(case.id)
    assert text is not None
    _corrupt(store, case.id, data=text.replace('"schema_version": 1', '"schema_version": 1, "schema_version": 1'))
    with pytest.raises(CaseFileError, match="appears twice"):
        store.get(case.id)
    store.close()


def test_summaries_are_made_from_whatever_a_column_holds() -> None:
    summary = CaseSummary.read(b"\xff", 42, None, ["x"], "1899-01-01", "2026-06-01T10:00:00")
    assert summary.damaged
    assert summary.surname == "" and summary.date_of_birth is None and summary.updated_at is None
    fine = CaseSummary.read("abc", "Meier", "Anna", "R1", "1950-02-03", "2026-06-01T10:00:00+00:00")
    assert not fine.damaged and fine.updated_at == datetime(2026, 6, 1, 10, tzinfo=UTC)


def test_a_case_that_ended_the_program_twice_in_a_row_is_not_reopened(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    log = RecoveryLog(data_dir)
    for _ in range(GIVE_UP_AFTER):
        assert log.should_reopen("abc")
        log.reopening("abc")  # ... and the program ended before the case settled
    assert not log.should_reopen("abc")
    assert log.should_reopen("other")
    log.settled("abc")
    assert log.should_reopen("abc")
    (data_dir / "recovery.json").write_text('{"abc": 5, "../x": 9, "y": true', encoding="utf-8")
    assert log.should_reopen("abc")  # a damaged log is read as "nothing known"


# -- backups: nothing outside the rotation --------------------------------------------------------------

def test_a_backup_leaves_no_side_files_and_a_killed_one_is_cleaned_up(sqlite_store: CaseStore,
                                                                     data_dir: Path) -> None:
    sqlite_store.create(Case())
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    stem = sqlite_store.path.stem
    leftovers = [folder / f".{stem}-20260101T000000Z.sqlite3.tmp", folder / f"{stem}-20260101T000000Z.sqlite3-wal",
                 folder / f"{stem}-20260101T000000Z.sqlite3-shm", folder / f"{stem}-20260101T000000Z.sqlite3-journal"]
    for path in leftovers:  # what a backup killed half-way leaves
        path.write_bytes(b"x")
    unrelated = folder / "notes.txt"
    unrelated.write_text("mine", encoding="utf-8")
    backup = sqlite_store.backup_if_due()
    assert backup is not None
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([backup.path.name, unrelated.name]), names
    # checking the backup (as a restore does) writes nothing beside it
    assert backups.check(backup.path) is None
    assert sorted(p.name for p in folder.iterdir()) == names


# -- the data folder -----------------------------------------------------------------------------------

@posix_only
def test_a_folder_named_by_the_user_is_never_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(shared))
    store = CaseStore()
    store.create(Case())
    store.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "cases.sqlite3").stat().st_mode) == 0o600


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_data_folder_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(folder))
    with pytest.raises(StoreError, match="cannot be written"):
        data_dir()


def test_a_read_only_data_folder_is_refused_before_anything_is_written(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The check does not rely on the permission bits alone (root ignores them): what os.access says.
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(folder))
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with pytest.raises(StoreError, match="read-only"):
        data_dir()
    assert list(folder.iterdir()) == []


def test_a_missing_data_folder_on_a_missing_drive_is_not_created(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(tmp_path / "not-mounted" / "spinemet"))
    with pytest.raises(StoreError, match="does not exist"):
        data_dir()
    assert not (tmp_path / "not-mounted").exists()


# -- referral files ------------------------------------------------------------------------------------

def test_a_deleted_cases_referral_files_go_with_it_and_opened_copies_are_removed() -> None:
    kept = write_report("referral-a.pdf", b"%PDF-a")
    gone = write_report("referral-b.pdf", b"%PDF-b")
    copy = write_opened_copy("referral-b-copy.pdf", b"%PDF-b")
    import hashlib

    removed = remove_report_files([hashlib.sha256(b"%PDF-b").hexdigest()])
    assert sorted(removed) == sorted([gone, copy])
    assert kept.exists() and not gone.exists() and not copy.exists()
    write_opened_copy("x.pdf", b"%PDF-x")
    clear_opened()
    assert not (data_dir() / "opened").exists()


@posix_only
def test_every_file_the_store_and_the_reports_write_is_private_whatever_the_umask(data_dir: Path) -> None:
    # In a child process: the umask is the process's own, and the program must not rely on it.
    code = (
        "import os; os.umask(0o022)\n"
        "from spinemet_desktop.model import Case\n"
        "from spinemet_desktop.store import CaseStore\n"
        "from spinemet_desktop.store.report_files import write_report, write_opened_copy\n"
        "from spinemet_desktop.store.recovery import RecoveryLog\n"
        "s = CaseStore(); c = s.create(Case()); lock = s.lock(c.id); s.backup_if_due()\n"
        "s.add_report(c.id, b'%PDF-1', created_at=c.updated_at, language='de', pages=1, created_by='me')\n"
        "write_report('r.pdf', b'%PDF-1'); write_opened_copy('o.pdf', b'%PDF-1')\n"
        "RecoveryLog(s.path.parent).reopening(c.id)\n"
        "s.export_file(c.id, s.path.parent / 'export.json')\n"
        "lock.release(); s.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SPINEMET_DATA_DIR": str(data_dir)}, check=False)
    assert result.returncode == 0, result.stderr
    found = [data_dir, *data_dir.rglob("*")]
    assert len(found) > 6
    for path in found:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(data_dir)} is {oct(mode)}"
