"""The store interface, against both implementations (tests/unit/conftest.py: ``backend``)."""

from __future__ import annotations

import os
import random
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, CaseFileError, Patient, case_from_json, case_to_json
from spinemet_desktop.store import CaseStore, Store, StoreError, data_dir
from tests.conftest import EXAMPLES, Backend


def _schema_version(backend: Backend) -> int:
    if backend.name == "sqlite":
        from spinemet_desktop.store.db import SCHEMA_VERSION
    else:
        from spinemet_desktop.store.postgres import SCHEMA_VERSION
    return SCHEMA_VERSION


def test_database_round_trip_of_every_example(store: Store) -> None:
    for path in EXAMPLES:
        case = case_from_json(path.read_text(encoding="utf-8"))
        store.save(case, touch=False)
        assert store.get(case.id) == case


def test_save_is_durable_and_visible_to_a_second_connection(store: Store, backend: Backend) -> None:
    case = store.create(Case(patient=Patient(surname="Muster")))
    case.history.karnofsky = 60
    store.save(case)
    other = backend.open()
    assert other.get(case.id).history.karnofsky == 60
    other.close()


def test_search_by_name_and_record_number(store: Store) -> None:
    store.create(Case(patient=Patient(surname="Müller", given_name="Anna", record_number="PID-1")))
    store.create(Case(patient=Patient(surname="Schmidt", record_number="PID-22")))
    assert [s.surname for s in store.list_cases("müll")] == ["Müller"]
    assert [s.surname for s in store.list_cases("MÜLLER")] == ["Müller"]
    assert [s.surname for s in store.list_cases("pid-22")] == ["Schmidt"]
    assert [s.surname for s in store.list_cases("anna müller")] == ["Müller"]
    assert len(store.list_cases("")) == 2
    assert store.list_cases("nobody") == []
    assert store.list_cases("%") == [] and store.list_cases("_") == []  # no wildcards from the user


def _scan(cases: dict[str, Case], query: str) -> set[str]:
    words = query.casefold().split()
    return {c.id for c in cases.values()
            if all(w in " ".join(x for x in (c.patient.surname, c.patient.given_name, c.patient.record_number)
                                 if x).casefold() for w in words)}


def _random_search_rounds(store: Store, seed: int) -> None:
    """Random names, searches compared with a plain scan, then renames and deletions, and again."""
    rng = random.Random(seed)
    alphabet = "abcdeüßø-_%'\" "

    def word(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n)).strip() or "x"

    def patient() -> Patient:
        return Patient(surname=word(rng.randint(1, 9)), given_name=word(rng.randint(0, 5)) or None,
                       record_number=f"R{rng.randint(0, 99)}-{word(2)}")

    cases = {c.id: c for c in (Case(patient=patient()) for _ in range(120))}
    store.save_many(list(cases.values()))
    for _round in range(3):
        for _ in range(40):
            query = " ".join(rng.choice(["", "ab", "ü", "SS", "r1", "-", "%", "_", "c d", "e'", "ø", "abc", "b-",
                                         'a"b', "ßa", "r1-", "%_a", "d e", "ddd", "AND", "b*", word(3), word(4)])
                             for _ in range(rng.randint(1, 2)))
            found = store.list_cases(query, limit=None)
            assert {s.id for s in found} == _scan(cases, query), query
            assert [s.updated_at for s in found] == sorted((s.updated_at for s in found), reverse=True)
        for case_id in rng.sample(sorted(cases), 15):  # renamed (or only otherwise changed)
            changed = cases[case_id].model_copy(update={"patient": patient()} if rng.random() < 0.7 else
                                                 {"notes": word(5)})
            cases[case_id] = store.save(changed)
        for case_id in rng.sample(sorted(cases), 10):
            store.delete(case_id)
            del cases[case_id]


def test_search_results_equal_a_plain_scan_on_random_data(store: Store) -> None:
    """Whatever index a store uses, a search finds exactly the cases whose name or record number
    contain every word (case-insensitively), newest first, also after renames and deletions."""
    _random_search_rounds(store, 25)


def test_renamed_and_deleted_cases_are_found_only_under_their_names_whatever_their_ids(store: Store) -> None:
    cases = [Case(id=case_id, patient=Patient(surname="Altname")) for case_id in ("ab", "x-y_Z", "0" * 32)]
    store.save_many(cases)
    assert len(store.list_cases("altname")) == 3
    for case in cases[:2]:
        store.save(case.model_copy(update={"patient": Patient(surname="Neuname")}))
    store.delete(cases[2].id)
    assert store.list_cases("altname") == []
    assert sorted(s.id for s in store.list_cases("neuname")) == sorted(c.id for c in cases[:2])


def test_frequent_words_walk_the_newest_cases_with_the_same_answers(sqlite_store: CaseStore,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from spinemet_desktop.store import db

    monkeypatch.setattr(db, "candidate_limit", lambda cases: 3)  # most words are frequent among these 120
    _random_search_rounds(sqlite_store, 27)


def test_the_workstation_search_uses_its_trigram_index_and_scans_without_it(sqlite_store: CaseStore) -> None:
    assert sqlite_store._search_indexed  # this Python's SQLite has FTS5 with the trigram tokenizer
    plan = " ".join(str(r) for r in sqlite_store._db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE id IN (SELECT case_id FROM cases_search WHERE "
        "cases_search MATCH ?) ORDER BY updated_at DESC", ('"abc"',)))
    assert "cases_search VIRTUAL TABLE" in plan
    # An SQLite without the trigram tokenizer has no index (schema 5 then skips it): the same answers.
    for name in ("cases_search_insert", "cases_search_delete", "cases_search_update"):
        sqlite_store._db.execute(f"DROP TRIGGER {name}")
    sqlite_store._db.execute("DROP TABLE cases_search")
    sqlite_store.close()
    unindexed = CaseStore(sqlite_store.path)
    assert not unindexed._search_indexed
    _random_search_rounds(unindexed, 26)
    unindexed.close()


def test_list_limit(store: Store) -> None:
    store.save_many([Case(patient=Patient(surname=f"L{i}")) for i in range(7)])
    assert len(store.list_cases(limit=3)) == 3
    assert len(store.list_cases(limit=None)) == store.count() == 7


def test_duplicate_and_delete(store: Store) -> None:
    case = store.create(Case(patient=Patient(surname="A")))
    copy = store.duplicate(case.id)
    assert copy.id != case.id and copy.patient == case.patient
    store.delete(case.id)
    assert not store.exists(case.id) and store.exists(copy.id)
    with pytest.raises(KeyError):
        store.get(case.id)


def test_export_then_import_gives_an_equal_case_under_a_new_id(store: Store, tmp_path: Path) -> None:
    case = store.create(Case(patient=Patient(surname="Export")))
    target = tmp_path / "case.json"
    store.export_file(case.id, target)
    imported = store.import_file(target)
    assert imported.id != case.id
    assert imported.patient == case.patient


def test_bad_import_changes_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "history": {"ecog": 9}}', encoding="utf-8")
    before = store.count()
    with pytest.raises(CaseFileError, match="history.ecog"):
        store.import_file(bad)
    assert store.count() == before


def test_schema_version_is_recorded(store: Store, backend: Backend) -> None:
    assert store.schema_version == _schema_version(backend)
    assert store.check() is None


def test_case_json_in_the_database_is_the_case_file_format(store: Store, backend: Backend) -> None:
    case = store.create(Case())
    raw = backend.sql(backend.q("SELECT data FROM {t}cases WHERE id = ?"), (case.id,))[0][0]
    assert raw == case_to_json(store.get(case.id)) == store.case_json(case.id)


def test_save_many_is_all_or_nothing(store: Store, backend: Backend) -> None:
    cases = [Case(patient={"surname": f"Bulk{i}"}) for i in range(5)]
    store.save_many(cases)
    assert store.count() == 5
    assert [s.surname for s in store.list_cases("bulk3")] == ["Bulk3"]
    broken = [Case(patient={"surname": "Fine"}), Case(patient={"surname": "Broken"})]
    if backend.name == "sqlite":
        backend.sql("CREATE TRIGGER refuse BEFORE INSERT ON cases WHEN NEW.surname = 'Broken' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    else:
        backend.sql("CREATE FUNCTION spinemet.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF NEW.surname = 'Broken' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$; "
                    "CREATE TRIGGER refuse BEFORE INSERT ON spinemet.cases FOR EACH ROW EXECUTE FUNCTION "
                    "spinemet.refuse()")
    with pytest.raises(StoreError, match="refused"):
        store.save_many(broken)
    assert store.count() == 5 and not store.list_cases("fine")
    assert all(not store.audit(c.id) for c in broken)


def test_reports_are_kept_with_their_hash_and_deleted_with_the_case(store: Store, backend: Backend) -> None:
    import hashlib

    case = store.create(Case(patient={"surname": "Report"}))
    when = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    record = store.add_report(case.id, b"%PDF-1.4 test", created_at=when, language="de", pages=3, created_by="dr.x")
    assert record.sha256 == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    assert store.list_reports(case.id) == [record]
    assert store.report_pdf(record.id) == b"%PDF-1.4 test"
    backend.sql(backend.q("UPDATE {t}reports SET pdf = ? WHERE id = ?"), (b"tampered", record.id))
    with pytest.raises(StoreError, match="does not match"):
        store.report_pdf(record.id)
    store.delete(case.id)
    assert store.list_reports(case.id) == []


def test_copying_every_record_to_another_store_keeps_audit_and_reports(store: Store, backend: Backend,
                                                                       tmp_path: Path) -> None:
    from spinemet_desktop.store.copy import copy_cases

    case = store.create(Case(patient=Patient(surname="Kopie", record_number="PID-7")))
    case.history.karnofsky = 70
    store.save(case)
    report = store.add_report(case.id, b"%PDF-1.4 copy", created_at=datetime(2026, 11, 21, tzinfo=UTC),
                              language="en", pages=1)
    other = CaseStore(tmp_path / "other.sqlite3")
    result = copy_cases(store, other)
    assert result.copied == [case.id] and not result.refused
    assert other.case_json(case.id) == store.case_json(case.id)
    assert other.report_pdf(report.id) == b"%PDF-1.4 copy"
    source, copied = store.audit(case.id), other.audit(case.id)
    assert [(e.at, e.user, e.host, e.action, e.field, e.old, e.new) for e in copied[:-1]] == \
        [(e.at, e.user, e.host, e.action, e.field, e.old, e.new) for e in source]
    assert copied[-1].action == "copied" and store.location in (copied[-1].new or "")
    again = copy_cases(store, other)  # idempotent
    assert again.copied == [] and again.unchanged == [case.id] and len(other.audit(case.id)) == len(copied)
    other.close()


# -- only a workstation's file ---------------------------------------------------------------------------
def test_store_lives_in_spinemet_data_dir(sqlite_store: CaseStore, data_dir: Path) -> None:
    assert sqlite_store.path.parent == data_dir
    assert sqlite_store.location == str(data_dir / "cases.sqlite3")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_is_private_to_the_user(sqlite_store: CaseStore) -> None:
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(sqlite_store.path.stat().st_mode) == 0o600


def test_a_version_1_database_is_migrated_keeping_its_cases(tmp_path: Path) -> None:
    import sqlite3

    from spinemet_desktop.store.db import MIGRATIONS, SCHEMA_VERSION

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
    assert store.schema_version == SCHEMA_VERSION == 5
    assert store.get(case.id).patient.surname == "Alt"
    assert store.list_reports(case.id) == []
    assert store.audit(case.id) == []
    store.close()


def test_a_version_4_database_gets_its_search_index_built_from_the_cases_it_holds(tmp_path: Path) -> None:
    import sqlite3

    from spinemet_desktop.store.db import MIGRATIONS

    path = tmp_path / "v4.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(";".join(m for m in MIGRATIONS[:4] if isinstance(m, str))
                     + ";CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (4);")
    case = Case(patient={"surname": "Vierer", "record_number": "PID-4"})
    db.execute("INSERT INTO cases (id, created_at, updated_at, surname, record_number, search_text, data) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", (case.id, case.created_at.isoformat(), case.updated_at.isoformat(),
                                                "Vierer", "PID-4", "vierer pid-4", case_to_json(case)))
    db.commit()
    db.close()
    store = CaseStore(path)
    assert store.schema_version == 5 and store._search_indexed
    assert [s.id for s in store.list_cases("ierer")] == [case.id]
    assert store._db.execute("SELECT case_id FROM cases_search WHERE cases_search MATCH '\"ierer\"'").fetchall() \
        == [(case.id,)]
    store.close()


def test_a_version_3_audit_trail_is_kept_and_new_entries_name_the_computer(tmp_path: Path) -> None:
    import sqlite3

    from spinemet_desktop.store.db import MIGRATIONS
    from spinemet_desktop.store.locks import host_name

    path = tmp_path / "v3.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(";".join(MIGRATIONS[:3]) + ";CREATE TABLE schema_version (version INTEGER NOT NULL);"
                     "INSERT INTO schema_version VALUES (3);")
    case = Case(patient={"surname": "Drei"})
    db.execute("INSERT INTO cases (id, created_at, updated_at, surname, search_text, data) VALUES (?, ?, ?, ?, ?, ?)",
               (case.id, case.created_at.isoformat(), case.updated_at.isoformat(), "Drei", "drei", case_to_json(case)))
    db.execute("INSERT INTO audit (case_id, at, user, action) VALUES (?, ?, 'old.user', 'created')",
               (case.id, case.created_at.isoformat()))
    db.commit()
    db.close()
    store = CaseStore(path)
    case.history.ecog = 1
    store.save(case)
    entries = store.audit(case.id)
    assert [(e.user, e.host, e.action) for e in entries] == [("old.user", "", "created"),
                                                              (store.user, host_name(), "changed")]
    store.close()
