"""Clinic-server test helpers: login roles on the test server, and a database set up as IT does.

Fixtures using them (``roles``, ``clinic``) are in tests/conftest.py.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit, urlunsplit

from spinemet_desktop.store.postgres import USER_ROLE
from tests.conftest import PgServer


def as_role(url: str, role: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{role}@{parts.netloc.split('@', 1)[-1]}"))


class Roles:
    """Login roles on the test server: the database's owner and clinicians (members of spinemet_user)."""

    def __init__(self, server: PgServer, url: str) -> None:
        self.server, self.url, self.made = server, url, []
        self.db = urlsplit(url).path.lstrip("/")
        with server.admin() as conn:
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (USER_ROLE,)).fetchone():
                conn.execute(f"CREATE ROLE {USER_ROLE} NOLOGIN")

    def _make(self, prefix: str, extra: str = "") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        with self.server.admin() as conn:
            conn.execute(f"CREATE ROLE {name} LOGIN {extra}")
        self.made.append(name)
        return name

    def owner(self) -> str:
        """A role that owns the database (as IT's schema owner does); its URL."""
        name = self._make("owner")
        with self.server.admin() as conn:
            conn.execute(f'ALTER DATABASE "{self.db}" OWNER TO {name}')
        return as_role(self.url, name)

    def clinician(self) -> tuple[str, str]:
        name = self._make("ward", f"IN ROLE {USER_ROLE}")
        return name, as_role(self.url, name)

    def cut_off(self, role: str) -> None:
        """The role's program loses the server: its sessions end and it cannot log in again."""
        with self.server.admin() as conn:
            conn.execute(f"ALTER ROLE {role} NOLOGIN")
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))

    def reconnect(self, role: str) -> None:
        with self.server.admin() as conn:
            conn.execute(f"ALTER ROLE {role} LOGIN")

    def drop(self) -> None:
        self.server.drop_database(self.db)  # first: the owner role owns it
        with self.server.admin() as conn:
            for name in self.made:
                conn.execute(f"DROP ROLE IF EXISTS {name}")
