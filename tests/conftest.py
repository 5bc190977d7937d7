"""Test set-up: Qt runs offscreen, no network, and every test gets its own empty data directory."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = ROOT / "tests" / "offline"
# No network, in this process and in every Python process the tests start (tests/offline).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(OFFLINE))
import spinemet_offline  # noqa: F401

from spinemet_desktop.store import CaseStore, Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled translation catalogues go to a throw-away cache, not the user's.
os.environ.setdefault("SPINEMET_CACHE_DIR", tempfile.mkdtemp(prefix="spinemet-test-cache-"))

EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(path))
    monkeypatch.delenv("SPINEMET_STORE_URL", raising=False)  # the workstation's store unless a test says
    return path


# -- the clinic server (PostgreSQL) ------------------------------------------------------------------
# Tests of the server store read its address from SPINEMET_TEST_PG_URL (a superuser's URL on a
# server that only the tests use; .ci/run starts one and sets it, so in CI a missing server fails
# the tests). Without it they start a throwaway cluster themselves if PostgreSQL is installed, and
# are skipped (saying why) if it is not.
ENV_TEST_PG_URL = "SPINEMET_TEST_PG_URL"
#: The same server over TCP on the loopback interface (for what only TCP has: TLS).
ENV_TEST_PG_TCP_URL = "SPINEMET_TEST_PG_TCP_URL"


class PgServer:
    """A PostgreSQL server for the tests: a superuser URL (and over TCP), the cluster if ours."""

    def __init__(self, url: str, tcp_url: str | None, cluster: object | None = None) -> None:
        self.url = url
        self.tcp_url = tcp_url
        self.cluster = cluster

    def admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def database_url(self, name: str) -> str:
        """The server's URL with another database (a postgresql:// URL, as users configure it)."""
        from urllib.parse import urlsplit, urlunsplit

        return urlunsplit(urlsplit(self.url)._replace(path=f"/{name}"))

    def create_database(self) -> tuple[str, str]:
        """A new empty database; (its name, its URL)."""
        import uuid

        name = f"spinemet_test_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name, self.database_url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_own_cluster() -> tuple[PgServer, object]:
    """A throwaway cluster of this test run (skipped, or failed in CI, without PostgreSQL)."""
    from tests.pgserver import Cluster, binaries

    if binaries() is None:
        if os.environ.get(ENV_TEST_PG_URL):  # asked for the server tests (as CI does): they must run
            pytest.fail(f"{ENV_TEST_PG_URL} is set, but these tests need a cluster of their own (they stop "
                        "and restart it) and PostgreSQL's initdb/pg_ctl are not installed")
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl) and SPINEMET_TEST_PG_URL is not set: "
                    "the clinic-server tests need a PostgreSQL server")
    cluster = Cluster(Path(tempfile.mkdtemp(prefix="spinemet-test-pg-")))
    url = cluster.start()
    return PgServer(url, cluster.tcp_url, cluster), cluster


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    url = os.environ.get(ENV_TEST_PG_URL)
    if url:
        yield PgServer(url, os.environ.get(ENV_TEST_PG_TCP_URL))
        return
    server, cluster = start_own_cluster()
    yield server
    cluster.remove()  # type: ignore[attr-defined]


@pytest.fixture
def pg_url(pg_server: PgServer):  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name, url = pg_server.create_database()
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def roles(pg_server: PgServer, pg_url: str):  # type: ignore[no-untyped-def]
    """Login roles on the test server for one database (tests/clinic.py)."""
    from tests.clinic import Roles

    made = Roles(pg_server, pg_url)
    yield made
    made.drop()


@pytest.fixture
def clinic(roles):  # type: ignore[no-untyped-def]
    """Set the database up as IT does (the owner upgrades it), then open stores as clinicians:
    ``clinic()`` gives (role name, store)."""
    from spinemet_desktop.store.postgres import PostgresStore

    owner = PostgresStore(roles.owner())
    owner.close()
    opened: list[PostgresStore] = []

    def open_as_clinician():  # type: ignore[no-untyped-def]
        name, url = roles.clinician()
        store = PostgresStore(url)
        opened.append(store)
        return name, store

    yield open_as_clinician
    for store in opened:
        store.close()


# -- both stores ---------------------------------------------------------------------------------------
# ``backend`` is parametrised: ``sqlite`` (the workstation's file in the test's data folder) and
# ``postgresql`` (a new database on the test server). ``store`` is an open store of that backend;
# ``backend.open()`` opens another one on the same data, as a second window or workstation would;
# ``backend.sql()`` reaches under the interface, for tests that must damage or inspect what is stored.
@dataclass
class Backend:
    name: str
    open: Callable[[], Store]
    #: Run SQL on the backend's database directly (SQLite "?" / PostgreSQL "%s" placeholders).
    sql: Callable[..., list[tuple[Any, ...]]]
    #: Prefix of the store's tables ("" in SQLite, "spinemet." on the server).
    tables: str
    placeholder: str
    #: The environment that makes the program (a subprocess) use this store.
    env: dict[str, str]

    def q(self, statement: str) -> str:
        """A statement written with ``{t}`` for the table prefix and ``?`` for parameters."""
        return statement.replace("{t}", self.tables).replace("?", self.placeholder)


def _sqlite_sql(statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    from spinemet_desktop.store.paths import database_path

    db = sqlite3.connect(database_path(), isolation_level=None)
    try:
        return db.execute(statement, params).fetchall()
    finally:
        db.close()


def _pg_sql(url: str) -> Callable[..., list[tuple[Any, ...]]]:
    def run(statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            cur = conn.execute(statement, params or None)
            return cur.fetchall() if cur.description else []

    return run


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", CaseStore, _sqlite_sql, "", "?", {})
        return
    url = request.getfixturevalue("pg_url")
    from spinemet_desktop.store.postgres import PostgresStore

    yield Backend("postgresql", lambda: PostgresStore(url), _pg_sql(url), "spinemet.", "%s",
                  {"SPINEMET_STORE_URL": url})


@pytest.fixture
def store(backend: Backend) -> Iterator[Store]:
    s = backend.open()
    yield s
    s.close()


@pytest.fixture
def sqlite_store() -> Iterator[CaseStore]:
    """The workstation's store, for what only a file has (WAL, backups, damaged files, permissions)."""
    s = CaseStore()
    yield s
    s.close()
