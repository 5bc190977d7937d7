"""The store tests run against both implementations of the store interface.

``backend`` is parametrised: ``sqlite`` (the workstation's file in the test's data folder) and
``postgresql`` (a new database on the test server, see ``pg_server`` in tests/conftest.py).
``store`` is an open store of that backend; ``backend.open()`` opens another one on the same data,
as a second window or workstation would. ``backend.sql()`` reaches under the interface, for
tests that must damage or inspect what is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from spinemet_desktop.store import CaseStore, Store


@dataclass
class Backend:
    name: str
    open: Callable[[], Store]
    #: Run SQL on the backend's database directly (SQLite "?" / PostgreSQL "%s" placeholders).
    sql: Callable[..., list[tuple[Any, ...]]]
    #: Prefix of the store's tables ("" in SQLite, "spinemet." on the server).
    tables: str
    placeholder: str

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
        yield Backend("sqlite", CaseStore, _sqlite_sql, "", "?")
        return
    url = request.getfixturevalue("pg_url")
    from spinemet_desktop.store.postgres import PostgresStore

    yield Backend("postgresql", lambda: PostgresStore(url), _pg_sql(url), "spinemet.", "%s")


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
