"""Test set-up: Qt runs offscreen, no network, and every test gets its own empty data directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = ROOT / "tests" / "offline"
# No network, in this process and in every Python process the tests start (tests/offline).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(OFFLINE))
import spinemet_offline  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled translation catalogues go to a throw-away cache, not the user's.
os.environ.setdefault("SPINEMET_CACHE_DIR", tempfile.mkdtemp(prefix="spinemet-test-cache-"))

EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(path))
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
