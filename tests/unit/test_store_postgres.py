"""What only the clinic's server store has: roles and grants, migrations, the trigram index, the
connection-loss journal and conflicts, store selection. (Everything both stores do is tested on
both in test_store.py and test_store_safety.py.)

A lost connection is made by the test server itself: the workstation's login role is refused
(``NOLOGIN``) and its session ended, so that its program cannot reach the server while a
colleague's role still can. Stopping the real server in the middle of typing is in
tests/e2e/test_clinic_server.py.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from spinemet_desktop.model import Case, Patient
from spinemet_desktop.store import (
    CaseConflictError,
    CaseLockedError,
    CaseStore,
    KeptOnThisComputer,
    NewerStoreError,
    ServerUnreachableError,
    StoreError,
)
from spinemet_desktop.store.locks import host_name, os_user
from spinemet_desktop.store.postgres import MIGRATIONS, SCHEMA_VERSION, PostgresStore
from spinemet_desktop.store.select import (
    ENV_STORE_URL,
    configured_url,
    open_configured_store,
    url_problem,
)
from tests.clinic import Roles, as_role
from tests.conftest import PgServer


# -- schema, roles, grants ---------------------------------------------------------------------------
def test_a_clinician_role_cannot_create_the_schema_and_is_told_who_can(roles: Roles) -> None:
    _name, url = roles.clinician()
    with pytest.raises(StoreError, match="store upgrade"):
        PostgresStore(url)


def test_the_owner_sets_up_the_schema_and_clinicians_get_only_what_they_need(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles) -> None:
    import psycopg

    name, store = clinic()
    case = store.create(Case(patient=Patient(surname="Grant", record_number="PID-9")))
    case.history.karnofsky = 60
    store.save(case)
    store.add_report(case.id, b"%PDF-1.4 x", created_at=case.created_at, language="de", pages=1)
    entries = store.audit(case.id)
    assert {(e.user, e.host, e.role) for e in entries} == {(os_user(), host_name(), name)}
    with psycopg.connect(as_role(roles.url, name), autocommit=True) as conn:
        for forbidden in (
            "UPDATE spinemet.audit SET new = 'forged'",
            "DELETE FROM spinemet.audit",
            ("INSERT INTO spinemet.audit (case_id, at, os_user, host, action, db_role) "
             f"VALUES ('{case.id}', now(), 'x', 'y', 'changed', 'someone_else')"),
            "UPDATE spinemet.reports SET pdf = 'x'",
            "DROP TABLE spinemet.cases",
            "UPDATE spinemet.schema_version SET version = 99",
            "UPDATE spinemet.case_locks SET db_role = 'someone_else'",
            "CREATE TABLE spinemet.mine (x int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forbidden)
    store.delete(case.id)  # deleting a case takes its reports and audit trail (as the owner's cascade)
    assert store.audit(case.id) == [] and store.list_reports(case.id) == []


def test_a_newer_schema_is_refused_and_left_alone(pg_url: str) -> None:
    PostgresStore(pg_url).close()
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE spinemet.schema_version SET version = 99")
    with pytest.raises(NewerStoreError, match="newer program"):
        PostgresStore(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM spinemet.schema_version").fetchone() == (99,)


def test_a_version_1_database_is_migrated_keeping_its_cases_and_search_uses_the_trigram_index(
        pg_url: str) -> None:
    import psycopg

    from spinemet_desktop.model import case_to_json

    case = Case(patient={"surname": "Altfall", "record_number": "PID-0001"})
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA spinemet; CREATE TABLE spinemet.schema_version (version integer NOT NULL);"
                     "INSERT INTO spinemet.schema_version VALUES (1);")
        conn.execute(MIGRATIONS[0])  # type: ignore[arg-type]
        conn.execute("INSERT INTO spinemet.cases (id, created_at, updated_at, surname, search_text, data) "
                     "VALUES (%s, %s, %s, %s, %s, %s)", (case.id, case.created_at, case.updated_at, "Altfall",
                                                         "altfall pid-0001", case_to_json(case)))
    store = PostgresStore(pg_url)
    assert store.schema_version == SCHEMA_VERSION == 4
    assert [s.id for s in store.list_cases("ltfal")] == [case.id]
    assert store.audit(case.id) == [] and store.list_reports(case.id) == []
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM spinemet.cases WHERE search_text LIKE '%ltfal%'").fetchall())
    assert "cases_search" in plan
    store.close()


def test_pg_trgm_installed_elsewhere_by_it_is_used(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_trgm SCHEMA public")
    store = PostgresStore(pg_url)
    store.create(Case(patient={"surname": "Trigramm"}))
    assert [s.surname for s in store.list_cases("igram")] == ["Trigramm"]
    store.close()


# -- addresses and configuration ------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "problem"), [
    ("postgresql://ward@db.klinik.local/spinemet?sslmode=verify-full", None),
    ("postgres://db/spinemet", None),
    ("postgresql://ward:secret@db/spinemet", "password"),
    ("postgresql://ward@db/spinemet?password=secret", "password"),
    ("mysql://db/x", "postgresql://"),
    ("host=db dbname=spinemet", "postgresql://"),
])
def test_store_addresses(url: str, problem: str | None) -> None:
    found = url_problem(url)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_sslmode_in_the_address_is_honoured(pg_server: PgServer, pg_url: str) -> None:
    if pg_server.tcp_url is None:
        pytest.skip("SPINEMET_TEST_PG_TCP_URL is not set (TLS needs TCP; Unix sockets never use it)")
    database = urlsplit(pg_url).path
    tcp = urlunsplit(urlsplit(pg_server.tcp_url)._replace(path=database))
    PostgresStore(tcp + "?sslmode=disable").close()
    with pytest.raises(ServerUnreachableError, match="SSL"):
        PostgresStore(tcp + "?sslmode=require")  # the test server speaks no TLS: refused, not downgraded


def test_the_store_is_chosen_by_environment_then_site_configuration(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site.yaml"
    monkeypatch.setenv("SPINEMET_SITE_CONFIG", str(site))
    monkeypatch.delenv(ENV_STORE_URL, raising=False)
    assert configured_url()[0] is None  # no file: the workstation's store
    site.write_text("laboratory: Zentrallabor\n", encoding="utf-8")
    opened = open_configured_store()
    assert isinstance(opened.store, CaseStore)
    opened.store.close()
    site.write_text(f"laboratory: Zentrallabor\nstore: {pg_url}\n", encoding="utf-8")
    opened = open_configured_store()
    assert isinstance(opened.store, PostgresStore) and opened.store.url == pg_url
    opened.store.close()
    monkeypatch.setenv(ENV_STORE_URL, "postgresql://elsewhere@/nothing?host=/nonexistent")
    assert configured_url()[1] == ENV_STORE_URL
    with pytest.raises(ServerUnreachableError):
        open_configured_store()
    monkeypatch.delenv(ENV_STORE_URL)
    site.write_bytes(b"laboratory: M\xfcnchen\nstore: " + pg_url.encode() + b"\n")  # Latin-1: unreadable
    with pytest.raises(StoreError, match="does not start with a local store"):
        open_configured_store()
    site.write_text("store: postgresql://ward:pw@db/spinemet\n", encoding="utf-8")
    with pytest.raises(StoreError, match="never stores passwords"):
        open_configured_store()


def test_the_site_configuration_schema_accepts_a_store_address(pg_url: str) -> None:
    from spinemet_desktop.present.forms.load import load_forms, parse_site
    from spinemet_desktop.store.select import open_url

    labs = load_forms(find_site=False).labs
    assert parse_site(f"store: {pg_url}\n", labs).store == pg_url
    # The store refuses an address with a password when it is read at start-up.
    with pytest.raises(StoreError, match="password"):
        open_url("postgresql://a:b@db/x")


# -- connection loss: the journal -----------------------------------------------------------------------
def _kept_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "journal").glob("*.jsonl")) if (data_dir / "journal").is_dir() else []


def test_edits_while_the_server_is_unreachable_are_kept_here_and_sent_in_order(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles, data_dir: Path) -> None:
    name, store = clinic()
    case = store.create(Case(patient=Patient(surname="Offline")))
    lock = store.lock(case.id)
    roles.cut_off(name)
    typed = []
    for text in ("K", "Ka", "Kar", "Karl"):
        case.patient.given_name = text
        with pytest.raises(KeptOnThisComputer, match="cannot be reached") as kept:
            store.save(case)
        assert kept.value.case is not None and kept.value.case.patient.given_name == text
        typed.append(text)
    assert store.pending_edits() == 4
    files = _kept_files(data_dir)
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(files[0].parent.stat().st_mode) == 0o700
    header = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert "NOT SAVED on the server" in header["journal"]
    with pytest.raises(ServerUnreachableError):
        store.list_cases()
    assert store.sync() is False and store.sync(wait=True) is False
    roles.reconnect(name)
    assert store.sync(wait=True) is True
    assert store.pending_edits() == 0 and _kept_files(data_dir) == []
    assert store.get(case.id).patient.given_name == "Karl"
    entries = store.audit(case.id)
    assert [e.new for e in entries if e.field == "patient.given_name"] == typed  # every state, in order
    assert entries[-1].action == "synchronised" and "4 saved state(s)" in (entries[-1].new or "")
    case.patient.given_name = "Karla"  # and saving goes on as before, under the same lock
    store.save(case)
    assert store.get(case.id).patient.given_name == "Karla"
    lock.release()


def test_a_save_after_the_connection_was_cut_while_idle_goes_through(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles) -> None:
    name, store = clinic()
    case = store.create(Case(patient=Patient(surname="Idle")))
    lock = store.lock(case.id)
    with roles.server.admin() as conn:  # e.g. a restarted server or a firewall's idle timeout
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,))
    case.history.ecog = 2
    store.save(case)  # no KeptOnThisComputer: a new connection, the lock taken back
    assert store.pending_edits() == 0 and store.get(case.id).history.ecog == 2
    _other_name, other = clinic()
    with pytest.raises(CaseLockedError):
        other.lock(case.id)
    lock.release()


def test_kept_edits_never_overwrite_a_colleagues_change_made_meanwhile(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles) -> None:
    ward, store = clinic()
    board, colleague = clinic()
    case = store.create(Case(patient=Patient(surname="Konflikt", record_number="PID-5")))
    lock = store.lock(case.id)  # noqa: F841 - held while the test runs
    roles.cut_off(ward)  # the ward PC loses the server; its lock goes with its session
    case.history.karnofsky = 40
    with pytest.raises(KeptOnThisComputer):
        store.save(case)
    theirs = colleague.get(case.id)
    their_lock = colleague.lock(case.id)
    theirs.history.karnofsky = 80
    colleague.save(theirs)
    their_lock.release()
    roles.reconnect(ward)
    assert store.sync(wait=True) is True
    [conflict] = store.take_conflicts()
    assert conflict.case_id == case.id and conflict.edits == 1
    assert f"changed by {os_user()} on {host_name()} (database role {board})" in conflict.changed_by
    assert colleague.get(case.id).history.karnofsky == 80  # their change stands
    copy = colleague.get(conflict.copy_id)
    assert copy.history.karnofsky == 40 and copy.patient == case.patient  # ours is kept beside it
    assert [e.action for e in colleague.audit(conflict.copy_id)] == ["conflict copy"]
    case.history.karnofsky = 30  # the open case's later edits go to the separate case too
    with pytest.raises(CaseConflictError):
        store.save(case)
    assert colleague.get(conflict.copy_id).history.karnofsky == 30
    assert colleague.get(case.id).history.karnofsky == 80
    assert store.take_conflicts() == []  # told once


def test_kept_edits_of_a_case_now_open_elsewhere_become_a_separate_case(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles) -> None:
    ward, store = clinic()
    _board, colleague = clinic()
    case = store.create(Case(patient=Patient(surname="Belegt")))
    lock = store.lock(case.id)  # noqa: F841 - held while the test runs
    roles.cut_off(ward)
    case.history.ecog = 3
    with pytest.raises(KeptOnThisComputer):
        store.save(case)
    their_lock = colleague.lock(case.id)  # noqa: F841 - opened (not changed) on the tumour board's PC
    roles.reconnect(ward)
    assert store.sync(wait=True) is True
    [conflict] = store.take_conflicts()
    assert conflict.changed_by.startswith(f"opened by {os_user()} on {host_name()}")
    assert colleague.get(case.id).history.ecog is None and colleague.get(conflict.copy_id).history.ecog == 3


def test_the_journal_outlives_its_program_and_the_next_start_sends_it(
        clinic: Callable[[], tuple[str, PostgresStore]], roles: Roles, data_dir: Path) -> None:
    ward, store = clinic()
    case = store.create(Case(patient=Patient(surname="Absturz")))
    lock = store.lock(case.id)  # noqa: F841 - held while the test runs
    roles.cut_off(ward)
    for ecog in (1, 2):
        case.history.ecog = ecog
        with pytest.raises(KeptOnThisComputer):
            store.save(case)
    store._journal.close()  # the program dies: its files stay, unlocked, nothing is sent
    store.closed = True
    assert len(_kept_files(data_dir)) == 1
    roles.reconnect(ward)
    url = as_role(roles.url, ward)
    again = PostgresStore(url)  # the next start on this computer
    assert again.sent_edits == 2 and again.pending_edits() == 0 and _kept_files(data_dir) == []
    assert again.get(case.id).history.ecog == 2
    assert [e.new for e in again.audit(case.id) if e.field == "history.ecog"] == ["1", "2"]
    assert [h.case_id for h in again.abandoned_cases()] == [case.id]  # and it reopens the case
    again.close()


def test_a_cut_off_journal_line_is_ignored(tmp_path: Path) -> None:
    from spinemet_desktop.store.journal import Journal

    journal = Journal(tmp_path / "journal", "k", "server")
    journal.append(case_id="a", base=1, data="{}", user="u", host="h")
    path = next((tmp_path / "journal").glob("k-*.jsonl"))
    journal.close()
    with open(path, "ab") as handle:
        handle.write(b'{"seq": 2, "case_id": "a", "ba')  # the write a power cut interrupted
    adopter = Journal(tmp_path / "journal", "k", "server")
    assert adopter.adopt() == 1 and [e.seq for e in adopter.pending()] == [1]
    adopter.mark_done(adopter.pending())
    assert not path.exists()


@pytest.mark.skipif(os.name != "posix", reason="uses fork semantics of the lock")
def test_a_running_programs_journal_is_not_adopted(tmp_path: Path) -> None:
    import subprocess
    import sys
    import textwrap

    child = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from spinemet_desktop.store.journal import Journal
        j = Journal(Path(sys.argv[1]), "k", "server")
        j.append(case_id="a", base=None, data="{}", user="u", host="h")
        print("kept", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", child, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "kept"
        from spinemet_desktop.store.journal import Journal

        assert Journal(tmp_path, "k", "server").adopt() == 0
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert Journal(tmp_path, "k", "server").adopt() == 1
