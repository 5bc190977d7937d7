from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, CaseFileError, Patient, case_from_json, case_to_json
from spinemet_desktop.store import CaseStore, data_dir
from spinemet_desktop.store.db import SCHEMA_VERSION, StoreError
from tests.conftest import EXAMPLES


@pytest.fixture
def store() -> CaseStore:
    s = CaseStore()
    yield s
    s.close()


def test_store_lives_in_spinemet_data_dir(store: CaseStore, data_dir: Path) -> None:
    assert store.path.parent == data_dir


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_is_private_to_the_user(store: CaseStore) -> None:
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_database_round_trip_of_every_example(store: CaseStore) -> None:
    for path in EXAMPLES:
        case = case_from_json(path.read_text(encoding="utf-8"))
        store.save(case, touch=False)
        assert store.get(case.id) == case


def test_save_is_durable_and_visible_to_a_second_connection(store: CaseStore) -> None:
    case = store.create(Case(patient=Patient(surname="Muster")))
    case.history.karnofsky = 60
    store.save(case)
    other = CaseStore(store.path)
    assert other.get(case.id).history.karnofsky == 60
    other.close()
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_search_by_name_and_record_number(store: CaseStore) -> None:
    store.create(Case(patient=Patient(surname="Müller", given_name="Anna", record_number="PID-1")))
    store.create(Case(patient=Patient(surname="Schmidt", record_number="PID-22")))
    assert [s.surname for s in store.list_cases("müll")] == ["Müller"]
    assert [s.surname for s in store.list_cases("pid-22")] == ["Schmidt"]
    assert [s.surname for s in store.list_cases("anna müller")] == ["Müller"]
    assert len(store.list_cases("")) == 2
    assert store.list_cases("nobody") == []


def test_duplicate_and_delete(store: CaseStore) -> None:
    case = store.create(Case(patient=Patient(surname="A")))
    copy = store.duplicate(case.id)
    assert copy.id != case.id and copy.patient == case.patient
    store.delete(case.id)
    assert not store.exists(case.id) and store.exists(copy.id)


def test_export_then_import_gives_an_equal_case_under_a_new_id(store: CaseStore, tmp_path: Path) -> None:
    case = store.create(Case(patient=Patient(surname="Export")))
    target = tmp_path / "case.json"
    store.export_file(case.id, target)
    imported = store.import_file(target)
    assert imported.id != case.id
    assert imported.patient == case.patient


def test_bad_import_changes_nothing(store: CaseStore, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "history": {"ecog": 9}}', encoding="utf-8")
    before = store.count()
    with pytest.raises(CaseFileError, match="history.ecog"):
        store.import_file(bad)
    assert store.count() == before


def test_schema_version_is_recorded(store: CaseStore) -> None:
    assert store.schema_version == SCHEMA_VERSION


def test_case_json_in_the_database_is_the_case_file_format(store: CaseStore) -> None:
    case = store.create(Case())
    raw = sqlite3.connect(store.path).execute("SELECT data FROM cases WHERE id=?", (case.id,)).fetchone()[0]
    assert raw == case_to_json(store.get(case.id))


def test_save_many_is_all_or_nothing(store: CaseStore) -> None:
    cases = [Case(patient={"surname": f"Bulk{i}"}) for i in range(5)]
    store.save_many(cases)
    assert store.count() == 5
    assert [s.surname for s in store.list_cases("bulk3")] == ["Bulk3"]
    broken = [Case(patient={"surname": "Fine"}), Case(patient={"surname": "Broken"})]
    store._db.execute("CREATE TRIGGER refuse BEFORE INSERT ON cases WHEN NEW.surname = 'Broken' "
                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(StoreError):
        store.save_many(broken)
    assert store.count() == 5 and not store.list_cases("fine")


def test_reports_are_kept_with_their_hash_and_deleted_with_the_case(store: CaseStore) -> None:
    import hashlib
    from datetime import datetime

    case = store.create(Case(patient={"surname": "Report"}))
    when = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    record = store.add_report(case.id, b"%PDF-1.4 test", created_at=when, language="de", pages=3, created_by="dr.x")
    assert record.sha256 == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    assert store.list_reports(case.id) == [record]
    assert store.report_pdf(record.id) == b"%PDF-1.4 test"
    store._db.execute("UPDATE reports SET pdf = ? WHERE id = ?", (b"tampered", record.id))
    with pytest.raises(StoreError, match="does not match"):
        store.report_pdf(record.id)
    store.delete(case.id)
    assert store.list_reports(case.id) == []


def test_a_version_1_database_is_migrated_keeping_its_cases(tmp_path: Path) -> None:
    from spinemet_desktop.store.db import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "CREATE TABLE schema_version (version INTEGER NOT NULL);"
                     "INSERT INTO schema_version VALUES (1);")
    case = Case(patient={"surname": "Alt"})
    db.execute("INSERT INTO cases (id, created_at, updated_at, surname, search_text, data) VALUES (?, ?, ?, ?, ?, ?)",
               (case.id, case.created_at.isoformat(), case.updated_at.isoformat(), "Alt", "alt", case_to_json(case)))
    db.commit()
    db.close()
    store = CaseStore(path)
    assert store.schema_version == SCHEMA_VERSION == 3
    assert store.get(case.id).patient.surname == "Alt"
    assert store.list_reports(case.id) == []
    assert store.audit(case.id) == []
    store.close()
