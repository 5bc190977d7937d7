"""The store's safety nets: audit trail, case locks (both stores, tests/unit/conftest.py), backups,
damaged and full databases, privacy (the workstation's file)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, Patient
from spinemet_desktop.model.base import now_utc
from spinemet_desktop.store import (
    CaseLockedError,
    CaseStore,
    NewerStoreError,
    Store,
    StoreError,
    open_store,
    restore_backup,
)
from spinemet_desktop.store import backup as backups
from spinemet_desktop.store.audit import changes, to_csv
from spinemet_desktop.store.locks import host_name, os_user
from tests.conftest import Backend


# -- audit trail ----------------------------------------------------------------------------
def test_every_saved_change_is_in_the_audit_trail_with_field_old_new_and_user(store: Store) -> None:
    case = store.create(Case(patient=Patient(surname="Alt")))
    case.patient.surname = "Neu"
    case.history.karnofsky = 60
    store.save(case)
    case.history.karnofsky = 50
    store.save(case)
    store.save(case)  # nothing changed: no entry
    entries = store.audit(case.id)
    assert [(e.action, e.field, e.old, e.new) for e in entries] == [
        ("created", "", None, None),
        ("changed", "patient.surname", "Alt", "Neu"),
        ("changed", "history.karnofsky", None, "60"),
        ("changed", "history.karnofsky", "60", "50"),
    ]
    assert {e.user for e in entries} == {os_user()}
    assert {e.host for e in entries} == {host_name()}
    assert {e.role for e in entries} == ({""} if isinstance(store, CaseStore) else {store.role})  # type: ignore[attr-defined]
    assert all(abs(e.at - now_utc()) < timedelta(minutes=1) for e in entries)


def test_imports_duplicates_and_reports_are_audited(store: Store, tmp_path: Path) -> None:
    case = store.create(Case(patient=Patient(surname="A")))
    copy = store.duplicate(case.id)
    store.export_file(case.id, tmp_path / "a.json")
    imported = store.import_file(tmp_path / "a.json")
    report = store.add_report(case.id, b"%PDF-1.4 test", created_at=now_utc(), language="de", pages=2)
    assert [(e.action, e.new) for e in store.audit(copy.id)] == [("duplicated", f"copy of case {case.id}")]
    assert [(e.action, e.new) for e in store.audit(imported.id)] == [("imported", "from file a.json")]
    last = store.audit(case.id)[-1]
    assert last.action == "report" and report.sha256 in (last.new or "")


def test_deleting_a_case_deletes_its_audit_trail(store: Store) -> None:
    case = store.create(Case(patient=Patient(surname="A")))
    store.delete(case.id)
    assert store.audit(case.id) == []


def test_audit_csv_has_a_header_and_one_row_per_entry(store: Store) -> None:
    case = store.create(Case())
    case.patient.surname = 'Quote "and", comma'
    store.save(case)
    text = to_csv(store.audit(case.id))
    lines = text.splitlines()
    assert lines[0] == "time (UTC),user,computer,database role,action,field,old value,new value"
    assert len(lines) == 3 and '"Quote ""and"", comma"' in lines[2] and f",{host_name()}," in lines[2]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ({"a": 1}, {"a": 1}, []),
    ({"a": 1}, {"a": 2}, [("a", "1", "2")]),
    ({"a": 1}, {"a": True}, [("a", "1", "true")]),
    ({"a": None}, {}, []),
    ({"l": [{"x": 1}]}, {"l": []}, [("l[0].x", "1", None)]),
    ({"l": []}, {"l": [{"x": "T10"}]}, [("l[0].x", None, "T10")]),
    ({"updated_at": "1"}, {"updated_at": "2"}, []),
    ({"d": {"k": [1, 2]}}, {"d": {"k": [1, 3]}}, [("d.k[1]", "2", "3")]),
])
def test_changes_are_leaf_level_paths(old: object, new: object, expected: list[tuple[str, str, str]]) -> None:
    assert list(changes(old, new)) == expected


# -- one writer per case --------------------------------------------------------------------
def test_a_case_can_be_held_by_one_window_only(store: Store, backend: Backend) -> None:
    case = store.create(Case())
    lock = store.lock(case.id)
    other = backend.open()  # another window or workstation
    for holder_store in (store, other):
        with pytest.raises(CaseLockedError) as err:
            holder_store.lock(case.id)
        assert err.value.holder is not None and err.value.holder.pid == os.getpid()
        assert "already open" in str(err.value) and f"user {os_user()} on {host_name()}" in str(err.value)
    lock.release()
    again = other.lock(case.id)
    assert again.stale is None  # released cleanly: not a crash
    again.release()
    assert store.abandoned_cases() == [] and other.abandoned_cases() == []
    other.close()


def test_a_lock_id_must_be_a_case_id(store: Store) -> None:
    with pytest.raises(ValueError):
        store.lock("../../etc/passwd")


_HOLDER = textwrap.dedent("""
    import sys, time
    from spinemet_desktop.store import CaseStore, open_url
    store = CaseStore() if sys.argv[1] == "sqlite" else open_url(sys.argv[1])
    lock = store.lock(sys.argv[2])
    print("locked", flush=True)
    time.sleep(60)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_lock_of_another_program_blocks_and_its_crash_releases_it(store: Store) -> None:
    import time

    case = store.create(Case(patient=Patient(surname="Held")))
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, _url_of(store), case.id], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        with pytest.raises(CaseLockedError) as err:
            store.lock(case.id)
        assert err.value.holder is not None and err.value.holder.pid == proc.pid
        assert store.abandoned_cases() == []  # held by a living program: not abandoned
    finally:
        proc.kill()
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10  # a server notices the closed connection within moments
    while not store.abandoned_cases() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [h.pid for h in store.abandoned_cases()] == [proc.pid]  # the crash is visible
    lock = store.lock(case.id)  # the stale lock is taken over
    assert lock.stale is not None and lock.stale.pid == proc.pid
    lock.release()
    assert store.abandoned_cases() == []


def _url_of(store: Store) -> str:
    """The address a second program uses for the same store ("sqlite": the data folder's file)."""
    return getattr(store, "url", "sqlite")


# -- backups ----------------------------------------------------------------------------------
def test_one_backup_a_day_and_the_newest_seven_are_kept(sqlite_store: CaseStore) -> None:
    sqlite_store.create(Case(patient=Patient(surname="Backed")))
    start = now_utc()
    assert sqlite_store.backup_if_due(start) is not None
    assert sqlite_store.backup_if_due(start + timedelta(hours=23)) is None
    for day in range(1, 10):
        assert sqlite_store.backup_if_due(start + timedelta(days=day)) is not None
    kept = backups.list_backups(sqlite_store.path)
    assert len(kept) == backups.KEEP
    assert kept[0].taken_at.date() == (start + timedelta(days=9)).date()
    copy = CaseStore(kept[0].path)
    assert [s.surname for s in copy.list_cases()] == ["Backed"]
    copy.close()


def test_restoring_a_backup_brings_back_its_cases_and_keeps_the_current_file(sqlite_store: CaseStore) -> None:
    case = sqlite_store.create(Case(patient=Patient(surname="Before")))
    backup = sqlite_store.backup_if_due()
    assert backup is not None
    sqlite_store.delete(case.id)
    restored = restore_backup(sqlite_store, backup.path)
    assert restored.get(case.id).patient.surname == "Before"
    assert len(list((restored.path.parent / backups.DAMAGED_DIR).glob("*.sqlite3"))) == 1
    restored.close()


# -- damaged, newer, full -------------------------------------------------------------------
def test_a_garbage_file_is_moved_aside_unchanged_and_a_new_store_opened(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "cases.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    opened = open_store(path)
    assert opened.damaged is not None and opened.damaged.read_bytes() == b"\x00garbage" * 1000
    assert "not a database" in opened.problem
    assert opened.store.count() == 0
    opened.store.create(Case())
    opened.store.close()


def damage_in_the_middle(data_dir: Path, cases: int = 300) -> str:
    """A store whose damage the start's cheap check does not reach: one page in the middle of the
    file, holding (as an overflow page) part of one case's long text, overwritten; its case id."""
    store = CaseStore()
    middle = ""
    for i in range(cases):
        case = store.create(Case(patient=Patient(surname=f"Patient {i}")))
        if i == cases // 2:
            case.encounter.question = "Q" * 9000
            store.save(case)
            middle = case.id
    assert store.backup_if_due() is not None
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / "cases.sqlite3"
    data = bytearray(path.read_bytes())
    page = 4096  # an overflow page: a 4-byte link to the next one, then 4092 bytes of the text
    start = next(n * page for n in range(len(data) // page) if data[n * page + 4:(n + 1) * page] == b"Q" * (page - 4))
    data[start:start + page] = os.urandom(page)
    path.write_bytes(bytes(data))
    return middle


def test_damage_the_start_check_does_not_reach_is_found_by_the_full_check_and_put_aside_next_start(
        data_dir: Path) -> None:
    damage_in_the_middle(data_dir)
    path = data_dir / "cases.sqlite3"
    damaged_bytes = path.read_bytes()
    opened = open_store(path)  # cheap: the damaged page is not read at start
    assert opened.damaged is None and opened.store.count() == 300
    problem = opened.store.full_check()  # what the program runs in the background after start
    assert problem
    marker = data_dir / "cases.sqlite3.check-failed"
    assert problem in marker.read_text(encoding="utf-8") and stat.S_IMODE(marker.stat().st_mode) == 0o600
    opened.store.close()
    opened = open_store(path)  # the next start checks fully, because the last full check failed
    assert opened.damaged is not None and opened.problem and not marker.exists()
    assert opened.damaged.read_bytes() == damaged_bytes  # kept, unchanged
    assert len(opened.backups) == 1
    restored = restore_backup(opened.store, opened.backups[0].path)
    assert restored.count() == 300 and restored.check() is None and restored.full_check() is None
    restored.close()


def test_the_start_check_finds_a_truncated_or_overwritten_file(data_dir: Path) -> None:
    store = CaseStore()
    for i in range(50):
        store.create(Case(patient=Patient(surname=f"Patient {i}")))
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / "cases.sqlite3"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # e.g. a copy cut off
    opened = open_store(path)
    assert opened.damaged is not None and opened.problem
    opened.store.close()


def test_a_database_of_a_newer_program_is_refused_and_left_alone(data_dir: Path) -> None:
    store = CaseStore()
    store.create(Case())
    store._db.execute("UPDATE schema_version SET version = 99")
    store.close()
    before = (data_dir / "cases.sqlite3").read_bytes()
    with pytest.raises(NewerStoreError, match="newer program"):
        open_store()
    assert (data_dir / "cases.sqlite3").read_bytes() == before
    assert not (data_dir / backups.DAMAGED_DIR).exists()


def test_a_full_disk_refuses_the_save_and_keeps_the_stored_case(sqlite_store: CaseStore) -> None:
    case = sqlite_store.create(Case(patient=Patient(surname="Stored")))
    pages = sqlite_store._db.execute("PRAGMA page_count").fetchone()[0]
    sqlite_store._db.execute(f"PRAGMA max_page_count = {pages}")
    case.encounter.question = "x" * 19_000
    with pytest.raises(StoreError, match="full"):
        sqlite_store.save(case)
    assert sqlite_store.get(case.id).encounter.question is None
    assert [e.action for e in sqlite_store.audit(case.id)] == ["created"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_and_folder_of_the_store_is_private(sqlite_store: CaseStore, data_dir: Path) -> None:
    case = sqlite_store.create(Case())
    lock = sqlite_store.lock(case.id)
    sqlite_store.backup_if_due()
    (data_dir / "extra.sqlite3").write_bytes(b"junk")
    open_store(data_dir / "extra.sqlite3").store.close()
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(data_dir)} is {oct(mode)}"
    lock.release()


def test_sqlite_runs_in_wal_mode_with_full_synchronous(sqlite_store: CaseStore) -> None:
    assert sqlite_store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_store._db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert sqlite3.connect(sqlite_store.path).execute("PRAGMA quick_check").fetchone()[0] == "ok"
