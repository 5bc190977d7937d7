"""End to end: several real programs on one real PostgreSQL server, which the tests stop and restart.

The programs are the real application (tests/e2e/clinic_driver.py types into it key by key) and
the real command line. The server is a cluster of this module's own (tests/pgserver.py), because
the tests stop it in the middle of typing; each test has its own database on it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, Patient
from spinemet_desktop.present.pages import ENTRY_PAGES
from spinemet_desktop.store.locks import host_name, os_user
from spinemet_desktop.store.postgres import PostgresStore
from tests.conftest import ROOT, PgServer, start_own_cluster

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")]
DRIVER = ROOT / "tests" / "e2e" / "clinic_driver.py"


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    server, cluster = start_own_cluster()
    yield server
    cluster.remove()  # type: ignore[attr-defined]


@pytest.fixture
def server_url(own_server: PgServer) -> Iterator[str]:
    if not own_server.cluster.running():  # type: ignore[attr-defined]  # a test stopped half-way
        own_server.cluster.start()  # type: ignore[attr-defined]
    name, url = own_server.create_database()
    yield url
    own_server.drop_database(name)


def _env(data_dir: Path, url: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINEMET_DATA_DIR": str(data_dir),
            "SPINEMET_STORE_URL": url}


class Program:
    """The app, driven by clinic_driver.py, with its stdout read line by line."""

    def __init__(self, data_dir: Path, url: str, case_id: str, text: str, *, interval: float = 0.1,
                 then: str = "quit") -> None:
        self.text = text
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), case_id, text, "--interval", str(interval), "--then", then],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(data_dir, url))

    def until(self, wanted: str, timeout: float = 120) -> str:
        """Read until a line starting with ``wanted``; that line."""
        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"the program ended before {wanted!r}: {self.lines[-5:]} {err[-3000:]}")
            self.lines.append(line.rstrip("\n"))
            if line.startswith(wanted):
                return line.rstrip("\n")
        raise AssertionError(f"no {wanted!r} within {timeout} s: {self.lines[-5:]}")

    def finish(self) -> int:
        out, err = self.proc.communicate(timeout=120)
        self.lines += out.splitlines()
        assert self.proc.returncode == 0, err[-3000:]
        return self.proc.returncode

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


def _cli(data_dir: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spinemet_desktop", *args], capture_output=True, text=True,
                          env=_env(data_dir, url), timeout=120, check=False)


def _new_case(url: str, surname: str = "") -> str:
    store = PostgresStore(url)
    case = store.create(Case(patient=Patient(surname=surname or None, record_number=f"PID-{surname or 'x'}")))
    store.close()
    return case.id


def _stored_surname(url: str, case_id: str) -> str | None:
    store = PostgresStore(url)
    try:
        return store.get(case_id).patient.surname
    finally:
        store.close()


def test_two_programs_on_two_cases_save_concurrently_and_nothing_is_lost(server_url: str, tmp_path: Path) -> None:
    first, second = _new_case(server_url), _new_case(server_url)
    texts = ("Nothing-lost-on-ward-3 Müller", "Tumorboard-Schröder-Zweitmeinung")
    programs = [Program(tmp_path / f"pc{i}", server_url, case_id, text, interval=0.04)
                for i, (case_id, text) in enumerate(zip((first, second), texts, strict=True))]
    for program in programs:
        assert program.until("synced", timeout=180)
    for program in programs:
        program.finish()
    assert _stored_surname(server_url, first) == texts[0]
    assert _stored_surname(server_url, second) == texts[1]
    store = PostgresStore(server_url)
    for case_id, text in zip((first, second), texts, strict=True):
        surnames = [e.new for e in store.audit(case_id) if e.field == "patient.surname"]
        assert surnames and surnames[-1] == text and all(text.startswith(s or "") for s in surnames)
    assert store.abandoned_cases() == []  # both closed cleanly
    store.close()


def test_a_second_program_is_refused_with_the_holders_name_and_a_kill_releases_the_lock(
        server_url: str, tmp_path: Path) -> None:
    case_id = _new_case(server_url, "Gesperrt")
    holder = Program(tmp_path / "ward", server_url, case_id, "abc", interval=0.05, then="wait")
    try:
        holder.until("waiting")
        refused = _cli(tmp_path / "board", server_url, "--smoke-test", "--open", case_id)
        assert refused.returncode == 1
        assert f"user {os_user()} on {host_name()}, process {holder.proc.pid}" in refused.stderr
        assert "already open" in refused.stderr
    finally:
        holder.kill()
    deadline = time.monotonic() + 30  # the server ends the dead program's session, and its lock
    while True:
        opened = _cli(tmp_path / "board", server_url, "--smoke-test", "--open", case_id)
        if opened.returncode == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert opened.returncode == 0, opened.stderr
    assert f"opened case {case_id} and visited all {len(ENTRY_PAGES) + 1} pages" in opened.stdout
    assert _stored_surname(server_url, case_id) == "Gesperrtabc"


def test_stopping_the_server_while_typing_loses_no_keystroke(own_server: PgServer, server_url: str,
                                                             tmp_path: Path) -> None:
    case_id = _new_case(server_url)
    text = "Server-stopped-while-typing-and-started-again-Weiß"
    program = Program(tmp_path / "pc", server_url, case_id, text, interval=0.1)
    program.until("typed 12")
    own_server.cluster.stop("fast")  # type: ignore[attr-defined]
    program.until("state ‼ NOT SAVED on the server — kept on this computer", timeout=30)
    program.until("typed 30")
    own_server.cluster.start()  # type: ignore[attr-defined]
    program.until("synced", timeout=120)
    program.finish()
    assert _stored_surname(server_url, case_id) == text  # the store equals every keystroke
    store = PostgresStore(server_url)
    entries = store.audit(case_id)
    surnames = [e.new or "" for e in entries if e.field == "patient.surname"]
    assert surnames[-1] == text and all(text.startswith(s) for s in surnames)
    assert any(e.action == "synchronised" for e in entries)
    store.close()
    assert not list((tmp_path / "pc" / "journal").glob("*.jsonl"))


def test_the_journal_survives_a_kill_while_the_server_is_down(own_server: PgServer, server_url: str,
                                                              tmp_path: Path) -> None:
    case_id = _new_case(server_url)
    text = "Killed-while-the-server-was-down"
    program = Program(tmp_path / "pc", server_url, case_id, text, interval=0.08, then="wait")
    program.until("typed 8")
    own_server.cluster.stop("immediate")  # type: ignore[attr-defined]  # as a crash or power cut does
    program.until("waiting", timeout=60)
    kept_state = next(line for line in reversed(program.lines) if line.startswith("state "))
    assert "kept on this computer" in kept_state
    program.kill()
    journal = list((tmp_path / "pc" / "journal").glob("*.jsonl"))
    assert len(journal) == 1 and oct(journal[0].stat().st_mode & 0o777) == "0o600"
    assert text.encode() in journal[0].read_bytes()
    while_down = _cli(tmp_path / "pc", server_url, "--smoke-test")
    assert while_down.returncode == 1 and "kept on this computer" in while_down.stderr
    own_server.cluster.start()  # type: ignore[attr-defined]
    started = _cli(tmp_path / "pc", server_url, "--smoke-test")
    assert started.returncode == 0, started.stderr
    assert "kept on this computer were sent to the server" in started.stdout
    assert f"recovered case {case_id}" in started.stdout
    assert _stored_surname(server_url, case_id) == text
    assert not list((tmp_path / "pc" / "journal").glob("*.jsonl"))


def _doc_blocks(kind: str) -> list[str]:
    text = (ROOT / "docs" / "clinic-server.md").read_text(encoding="utf-8")
    return re.findall(rf"```{kind}\n(.+?)\n```", text, flags=re.DOTALL)


def test_the_documented_set_up_backup_and_restore_work(own_server: PgServer, tmp_path: Path) -> None:
    """docs/clinic-server.md: its SQL, `store upgrade`, a clinician's work, and its pg_dump/pg_restore
    commands, run as written (only the server's address is this test's)."""
    from urllib.parse import urlsplit

    import psycopg

    from tests.clinic import as_role
    from tests.pgserver import binaries

    setup = _doc_blocks("sql")[0]
    roles = re.findall(r"CREATE ROLE (\S+)", setup)
    server = urlsplit(own_server.url)
    socket_dir, port = re.search(r"host=([^&]+)&port=(\d+)", server.query).groups()  # type: ignore[union-attr]
    url = f"postgresql://postgres@/spinemet?host={socket_dir}&port={port}"
    owner, clinician = as_role(url, "spinemet_owner"), as_role(url, "dr.mueller")
    shell_env = {**os.environ, "PGHOST": socket_dir, "PGPORT": port, "PGUSER": "postgres",
                 "PATH": f"{binaries()}{os.pathsep}{os.environ['PATH']}"}
    with own_server.admin() as conn:
        for statement in filter(str.strip, setup.split(";")):
            conn.execute(statement)
    try:
        upgrade = next(line for block in _doc_blocks("sh") for line in block.splitlines()
                       if "store upgrade" in line)
        assert "spinemet_owner@" in upgrade
        done = _cli(tmp_path / "it", owner, "store", "upgrade", "--url", owner)
        assert done.returncode == 0 and "schema version 4" in done.stdout, done.stderr
        ward = tmp_path / "ward"
        imported = _cli(ward, clinician, "import", "--json", str(ROOT / "resources" / "examples" /
                                                                   "breast-t10-mscc.json"))
        assert imported.returncode == 0, imported.stderr
        [case_id] = json.loads(imported.stdout)
        store = PostgresStore(clinician)
        before = [(e.at, e.user, e.role, e.action, e.field, e.new) for e in store.audit(case_id)]
        assert {e[2] for e in before} == {"dr.mueller"}
        store.close()

        backup = next(block for block in _doc_blocks("sh") if "pg_dump " in block)
        restore = next(block for block in _doc_blocks("sh") if "pg_restore " in block)
        where = "postgresql://spinemet_owner@db.klinik.local/spinemet"
        for block in (backup, restore):
            assert where in block
        run_sh = lambda block: subprocess.run(
            ["bash", "-euc", block.replace(where, owner)], cwd=tmp_path, env=shell_env, capture_output=True,
            text=True, timeout=120, check=False)
        dumped = run_sh(backup)
        assert dumped.returncode == 0, dumped.stderr
        assert list(tmp_path.glob("spinemet-*.dump")) and list(tmp_path.glob("roles-*.sql"))
        with own_server.admin() as conn:
            conn.execute("DROP DATABASE spinemet WITH (FORCE)")
        dump = next(tmp_path.glob("spinemet-*.dump"))
        restored = run_sh(restore.replace("spinemet-2026-11-30.dump", dump.name))
        assert restored.returncode == 0, restored.stderr
        store = PostgresStore(clinician)  # the clinician's program works on the restored database
        assert [(e.at, e.user, e.role, e.action, e.field, e.new) for e in store.audit(case_id)] == before
        assert store.get(case_id).patient.record_number == "PID-100231"
        assert [s.id for s in store.list_cases("100231")] == [case_id]
        with psycopg.connect(clinician, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM spinemet.audit")  # the grants came back with the dump
        store.close()
    finally:
        with own_server.admin() as conn:
            conn.execute("DROP DATABASE IF EXISTS spinemet WITH (FORCE)")
            for role in reversed(roles):
                conn.execute(f"DROP ROLE IF EXISTS {role}")
