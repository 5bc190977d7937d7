"""Clinic mode: the case store on a PostgreSQL server shared by the workstations (psycopg 3).

It behaves as the workstation's SQLite store does (:class:`~spinemet_desktop.store.base.Store`):
cases as case-file JSON plus search columns, forward schema migrations (table
``spinemet.schema_version``), referral PDFs with their SHA-256, and the field-level audit trail
written in the save's own transaction. What a shared server adds:

* **One workstation per case.** Opening a case takes a session-level advisory lock on the
  server, which the server releases by itself when the program ends or loses its connection,
  however that happens. ``spinemet.case_locks`` records who holds it, for the "opened by user X
  on host Y since …" message, and, like the SQLite store's lock files, tells the next start on
  this computer which case was open when the program died.
* **Identity.** Every audit entry records the operating-system user and computer (sent by the
  program) and the database role that wrote it (``session_user``, filled in by the server:
  clinicians' roles may not write that column). Passwords are never stored: libpq's own
  mechanisms (a pgpass file, Kerberos/GSSAPI, client certificates) authenticate, and the URL's
  ``sslmode`` and other parameters are honoured as given.
* **No edit lost when the server cannot be reached.** A save of an open case that cannot reach
  the server is kept in this computer's journal (:mod:`~spinemet_desktop.store.journal`) and
  :class:`~spinemet_desktop.store.base.KeptOnThisComputer` says so. When the server is back the
  journal is sent in order, each kept state in its own transaction with its audit entries. Every
  case has a version that each save increments; a kept state is written only if the case is
  still the version it followed and this program holds the case's lock, otherwise the kept edits
  become a separate case and the user is told (:class:`~spinemet_desktop.store.base.Conflict`):
  never is another person's change silently written over.
* **Search at clinic scale** through a trigram index (pg_trgm) on the search column.

Which server is used is decided in :mod:`~spinemet_desktop.store.select`; the hospital set-up
(TLS, one role per user, grants, backups) is in docs/clinic-server.md.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import NAMESPACE_URL, uuid4, uuid5

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.store.audit import AuditEntry, changes
from spinemet_desktop.store.base import (
    CaseConflictError,
    CaseRecord,
    CaseSummary,
    Conflict,
    KeptOnThisComputer,
    NewerStoreError,
    ReportRecord,
    ServerUnreachableError,
    Store,
    StoreError,
    case_from_json,
    case_to_json,
    search_text,
    search_words,
)
from spinemet_desktop.store.journal import Journal, JournalEntry
from spinemet_desktop.store.locks import CaseLockedError, LockHolder, _safe_name, host_name, os_user
from spinemet_desktop.store.paths import data_dir

if TYPE_CHECKING:
    from spinemet_desktop.model import Case

T = TypeVar("T")

SCHEMA = "spinemet"
#: The group role of the clinicians' login roles; the program grants it what it needs.
USER_ROLE = "spinemet_user"
MIN_SERVER_VERSION = 130000  # pg_trgm is a trusted extension from PostgreSQL 13
#: libpq settings used unless the URL gives its own: notice a dead server or network in seconds.
CONNECTION_DEFAULTS = {
    "application_name": "spinemet-desktop", "connect_timeout": "5", "keepalives": "1",
    "keepalives_idle": "10", "keepalives_interval": "5", "keepalives_count": "3", "tcp_user_timeout": "10000",
}
JOURNAL_DIR = "journal"
_MIGRATION_LOCK = 0x5370_6E4D_6554_0001  # advisory transaction lock: one upgrade at a time


def _unlock(conn: psycopg.Connection[Any], case_id: str) -> object:
    return conn.execute("SELECT pg_advisory_unlock(%s)", (_lock_key(case_id),))


def _data_and_record_number(conn: psycopg.Connection[Any], case_id: str) -> tuple[Any, ...] | None:
    return conn.execute(f"SELECT data, record_number FROM {SCHEMA}.cases WHERE id = %s", (case_id,)).fetchone()


def _lock_key(case_id: str) -> int:
    """The advisory lock key of a case: 64 bits of a hash of its id (signed, as bigint)."""
    return int.from_bytes(hashlib.sha256(f"spinemet-desktop case {case_id}".encode()).digest()[:8], "big",
                          signed=True)


def _trigram_index(conn: psycopg.Connection[Any]) -> None:
    conn.execute(f"CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA {SCHEMA}")
    row = conn.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                       "WHERE e.extname = 'pg_trgm'").fetchone()
    opclass = f'"{row[0]}".gin_trgm_ops' if row else "gin_trgm_ops"
    conn.execute(f"CREATE INDEX cases_search ON {SCHEMA}.cases USING gin (search_text {opclass})")


#: Forward migrations; index i brings the schema from version i to i + 1.
MIGRATIONS: tuple[str | Callable[[psycopg.Connection[Any]], None], ...] = (
    f"""
    CREATE TABLE {SCHEMA}.cases (
        id text PRIMARY KEY,
        version bigint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        surname text NOT NULL DEFAULT '',
        given_name text NOT NULL DEFAULT '',
        record_number text NOT NULL DEFAULT '',
        date_of_birth date,
        search_text text NOT NULL DEFAULT '',
        data text NOT NULL
    );
    CREATE INDEX cases_updated ON {SCHEMA}.cases (updated_at DESC);
    CREATE INDEX cases_record ON {SCHEMA}.cases (record_number);
    CREATE TABLE {SCHEMA}.case_locks (
        case_id text PRIMARY KEY,
        pid integer NOT NULL,
        os_user text NOT NULL,
        host text NOT NULL,
        db_role text NOT NULL DEFAULT session_user,
        since timestamptz NOT NULL
    );
    """,
    f"""
    CREATE TABLE {SCHEMA}.reports (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES {SCHEMA}.cases(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        language text NOT NULL,
        sha256 text NOT NULL,
        created_by text NOT NULL DEFAULT '',
        pages integer NOT NULL,
        pdf bytea NOT NULL
    );
    CREATE INDEX reports_case ON {SCHEMA}.reports (case_id, created_at DESC);
    """,
    f"""
    CREATE TABLE {SCHEMA}.audit (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id text NOT NULL REFERENCES {SCHEMA}.cases(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        os_user text NOT NULL,
        host text NOT NULL,
        db_role text NOT NULL DEFAULT session_user,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        field text NOT NULL DEFAULT '',
        old text,
        new text
    );
    CREATE INDEX audit_case ON {SCHEMA}.audit (case_id, seq);
    """,
    _trigram_index,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: What the clinicians' group role may do (minimal: the audit trail is append-only for them, and
#: they may not choose the database role an entry records). Applied after every upgrade.
GRANTS = f"""
    GRANT USAGE ON SCHEMA {SCHEMA} TO {USER_ROLE};
    GRANT SELECT ON {SCHEMA}.schema_version TO {USER_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON {SCHEMA}.cases TO {USER_ROLE};
    GRANT SELECT, DELETE ON {SCHEMA}.case_locks TO {USER_ROLE};
    GRANT INSERT (case_id, pid, os_user, host, since), UPDATE (pid, os_user, host, since)
        ON {SCHEMA}.case_locks TO {USER_ROLE};
    GRANT SELECT, INSERT ON {SCHEMA}.reports TO {USER_ROLE};
    GRANT SELECT ON {SCHEMA}.audit TO {USER_ROLE};
    GRANT INSERT (case_id, at, os_user, host, action, field, old, new) ON {SCHEMA}.audit TO {USER_ROLE};
"""


def _message(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


@dataclass(frozen=True)
class _Meanwhile:
    """What happened to a case while this program could not write to it (see Conflict)."""

    what: str  # changed | opened | deleted
    user: str = ""
    host: str = ""
    role: str = ""
    at: datetime | None = None


class _Conflicted(Exception):
    """Inside a save: the case is not what the kept edits followed (rolled back, then a copy)."""

    def __init__(self, meanwhile: _Meanwhile) -> None:
        self.meanwhile = meanwhile
        super().__init__(meanwhile.what)


class _CommitUnknown(ServerUnreachableError):
    """The connection broke while a commit was on its way: the change may or may not be stored."""


@dataclass
class _Held:
    """A case this program holds open."""

    holder: LockHolder
    #: The connection that held the lock broke and the lock could not be taken back (yet).
    lost: bool = False
    #: The kept edits of this case became a separate case (its id); later saves go there too.
    conflict: Conflict | None = None


class ServerCaseLock:
    """A case held open on the server (:meth:`PostgresStore.lock`)."""

    def __init__(self, store: PostgresStore, case_id: str, stale: LockHolder | None) -> None:
        self._store: PostgresStore | None = store
        self.case_id = case_id
        self.stale = stale

    def release(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store._release(self.case_id)

    def __del__(self) -> None:
        if self._store is not None and not self._store.closed:
            self.release()


class PostgresStore(Store):
    """The case store on a clinic's PostgreSQL server."""

    shared = True

    def __init__(self, url: str, *, journal_dir: Path | None = None) -> None:
        self.url = url  # as configured (it holds no password: store/select.py refuses those)
        try:
            params = conninfo_to_dict(url)
        except psycopg.Error as exc:
            raise StoreError(f"The case store address cannot be used: {_message(exc)}.") from None
        for key, value in CONNECTION_DEFAULTS.items():
            params.setdefault(key, value)
        self._conninfo = make_conninfo("", **params)
        host = str(params.get("host") or params.get("hostaddr") or "localhost")
        self._server = f"{host}:{params.get('port') or 5432}/{params.get('dbname') or params.get('user') or ''}"
        key = hashlib.sha256(self._server.encode()).hexdigest()[:16]
        self.user = os_user()
        self.host = host_name()
        self.closed = False
        self._held: dict[str, _Held] = {}
        self._versions: dict[str, int | None] = {}  # of the held cases: the version this program wrote last
        self._seen: dict[str, int] = {}  # version of each case when it was last read
        self._conflicts: list[Conflict] = []
        self._resuming = False
        self._background: threading.Thread | None = None
        self._background_result: psycopg.Connection[Any] | None = None
        self._background_lock = threading.Lock()
        self.offline_reason = ""
        self._conn: psycopg.Connection[Any] | None = None
        # Edits kept by a program that ended while the server could not be reached are adopted
        # first, so that an unreachable server is reported with them.
        self._journal = Journal((journal_dir or data_dir()) / JOURNAL_DIR, key, self._server)
        self._journal.adopt()
        try:
            try:
                self._conn = self._connect()
            except psycopg.Error as exc:
                raise ServerUnreachableError(self._unreachable_text(exc)) from None
            self.role = str(self._conn.execute("SELECT session_user").fetchone()[0])  # type: ignore[index]
            self._migrate()
            self._send_journal()
        except BaseException:
            if self._conn is not None:
                self._conn.close()
            self._journal.close()
            raise

    # -- connection ---------------------------------------------------------------------------
    @property
    def location(self) -> str:
        return f"PostgreSQL server {self._server}"

    def _unreachable_text(self, exc: BaseException) -> str:
        kept = len(self._journal)
        text = f"The clinic's case server {self._server} cannot be reached: {_message(exc)}"
        if kept:
            text += (f" {kept} saved edit(s) are kept on this computer and will be sent when the server can "
                     "be reached.")
        return text

    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self._conninfo, autocommit=True)
        try:
            if conn.info.server_version < MIN_SERVER_VERSION:
                raise StoreError(f"The server {self._server} runs PostgreSQL {conn.info.server_version // 10000}; "
                                 "clinic mode needs PostgreSQL 13 or newer.")
            if conn.info.parameter_status("server_encoding") != "UTF8":
                raise StoreError(f"The database {self._server} is not UTF8-encoded; create it with "
                                 "ENCODING 'UTF8' (docs/clinic-server.md).")
            conn.execute("SET TIME ZONE 'UTC'")
            conn.execute("SET client_encoding TO 'UTF8'")
        except BaseException:
            conn.close()
            raise
        return conn

    def _connected(self) -> bool:
        conn = self._conn
        return conn is not None and not conn.closed and not conn.broken

    def _ensure_connected(self, *, wait: bool = True) -> psycopg.Connection[Any]:
        """A live connection; after a broken one, a new one with the session restored (locks
        taken back, kept edits sent). ServerUnreachableError if the server cannot be reached;
        without ``wait`` a new connection is only tried in the background (the user does not
        wait for a dead network), and used by a later call."""
        if self.closed:
            raise StoreError("The case store is closed.")
        if self._connected():
            assert self._conn is not None
            return self._conn
        if self._resuming:  # the connection broke again while the session was being restored
            raise ServerUnreachableError(self._unreachable_text(Exception("the connection was lost again")))
        conn = self._take_background_connection()
        if conn is None and not wait:
            self._start_background_connect()
            raise ServerUnreachableError(self._unreachable_text(Exception(self.offline_reason or "no connection")))
        if conn is None:
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                self.offline_reason = _message(exc)
                raise ServerUnreachableError(self._unreachable_text(exc)) from None
        self._resume(conn)
        assert self._conn is not None
        return self._conn

    def _take_background_connection(self) -> psycopg.Connection[Any] | None:
        with self._background_lock:
            conn, self._background_result = self._background_result, None
        return conn

    def _start_background_connect(self) -> None:
        """Try to reach the server without making the user wait (a later call uses the result)."""
        with self._background_lock:
            if self._background is not None or self._background_result is not None:
                return
            self._background = threading.Thread(target=self._connect_in_background, daemon=True,
                                                name="spinemet-store-reconnect")
            self._background.start()

    def _connect_in_background(self) -> None:
        try:
            conn: psycopg.Connection[Any] | None = self._connect()
        except (psycopg.Error, StoreError) as exc:
            conn = None
            self.offline_reason = _message(exc)
        with self._background_lock:
            self._background = None
            if conn is not None and self.closed:
                conn.close()
            elif conn is not None:
                self._background_result = conn

    def _resume(self, conn: psycopg.Connection[Any]) -> None:
        """A new connection replaces a broken one: take back the held locks, send kept edits."""
        old, self._conn = self._conn, conn
        if old is not None and not old.closed:
            old.close()
        self._resuming = True
        try:
            for case_id, held in self._held.items():
                held.lost = self._try_lock(conn, case_id, held.holder) is not None
            self._send_journal()
        except psycopg.Error as exc:
            if self._broken():
                raise ServerUnreachableError(self._unreachable_text(exc)) from None
            raise StoreError(f"The session on the server could not be restored: {_message(exc)}") from None
        finally:
            self._resuming = False
        self.offline_reason = ""

    def _broken(self) -> bool:
        return not self._connected()

    def _read(self, fn: Callable[[psycopg.Connection[Any]], T], what: str) -> T:
        """Run a query; once more on a new connection if the old one had broken."""
        for attempt in (1, 2):
            conn = self._ensure_connected()
            try:
                return fn(conn)
            except psycopg.OperationalError as exc:
                if self._broken() and attempt == 1:
                    continue
                if self._broken():
                    raise ServerUnreachableError(self._unreachable_text(exc)) from None
                raise StoreError(f"{what}: {_message(exc)}") from None
            except psycopg.Error as exc:
                raise StoreError(f"{what}: {_message(exc)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _write(self, fn: Callable[[psycopg.Connection[Any]], T], what: str, *, wait: bool = True) -> T:
        """Run ``fn`` in one transaction. If the connection broke before the commit was sent
        (nothing can have been stored) it is tried once more on a new connection; if it broke
        during the commit, :class:`_CommitUnknown` is raised. ``wait``: see _ensure_connected."""
        for attempt in (1, 2):
            # A second try always connects (the server that just dropped us is usually back at once).
            conn = self._ensure_connected(wait=wait or attempt == 2)
            committing = False
            try:
                with conn.transaction():
                    result = fn(conn)
                    committing = True
                return result
            except psycopg.OperationalError as exc:
                if not self._broken():
                    raise StoreError(f"{what}: {_message(exc)}") from None
                if committing:
                    raise _CommitUnknown(self._unreachable_text(exc)) from None
                if attempt == 2:
                    raise ServerUnreachableError(self._unreachable_text(exc)) from None
            except psycopg.Error as exc:
                raise StoreError(f"{what}: {_message(exc)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    # -- schema -------------------------------------------------------------------------------
    def _version(self, conn: psycopg.Connection[Any]) -> int:
        row = conn.execute(f"SELECT to_regclass('{SCHEMA}.schema_version') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return 0
        found = conn.execute(f"SELECT version FROM {SCHEMA}.schema_version").fetchone()
        return int(found[0]) if found else 0

    def _migrate(self) -> None:
        assert self._conn is not None
        try:
            version = self._version(self._conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(f"The database role {self.role} may not read the case store on {self._server} "
                             f"({_message(exc)}). Ask IT to make it a member of {USER_ROLE} "
                             "(docs/clinic-server.md).") from None
        if version > SCHEMA_VERSION:
            raise NewerStoreError(f"The clinic's case database was written by a newer program (schema {version}); "
                                  "update spinemet-desktop.")
        if version < SCHEMA_VERSION:
            self.upgrade()

    def upgrade(self) -> int:
        """Create or migrate the schema and grant the clinicians' role what it needs; the new
        version. Needs the database owner's role (``spinemet-desktop store upgrade``)."""
        conn = self._ensure_connected()
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                version = self._version(conn)
                if version > SCHEMA_VERSION:
                    raise NewerStoreError(f"The clinic's case database was written by a newer program (schema "
                                          f"{version}); update spinemet-desktop.")
                if version == 0:
                    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                    conn.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version (version integer NOT NULL)")
                    conn.execute(f"INSERT INTO {SCHEMA}.schema_version SELECT 0 WHERE NOT EXISTS "
                                 f"(SELECT 1 FROM {SCHEMA}.schema_version)")
                for step in range(version, SCHEMA_VERSION):
                    migration = MIGRATIONS[step]
                    if callable(migration):
                        migration(conn)
                    else:
                        conn.execute(migration)
                    conn.execute(f"UPDATE {SCHEMA}.schema_version SET version = %s", (step + 1,))
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (USER_ROLE,)).fetchone()
                if exists:
                    conn.execute(GRANTS)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(
                f"The clinic's case database on {self._server} has schema version {self._safe_version()}; this "
                f"program needs {SCHEMA_VERSION}, and the database role {self.role} may not change it "
                f"({_message(exc)}). Ask IT to run 'spinemet-desktop store upgrade' as the database's owner "
                "(docs/clinic-server.md).") from None
        except psycopg.Error as exc:
            raise StoreError(f"The case database on {self._server} could not be upgraded: {_message(exc)}") from None
        return SCHEMA_VERSION

    def _safe_version(self) -> int | str:
        try:
            return self._version(self._ensure_connected())
        except (psycopg.Error, StoreError):
            return "unknown"

    @property
    def schema_version(self) -> int:
        return self._read(self._version, "The schema version could not be read")

    def check(self) -> str | None:
        try:
            version = self.schema_version
        except StoreError as exc:
            return str(exc)
        return None if version == SCHEMA_VERSION else f"schema version {version}, expected {SCHEMA_VERSION}"

    # -- cases ----------------------------------------------------------------------------------
    _INSERT = f"""INSERT INTO {SCHEMA}.cases AS c (id, created_at, updated_at, surname, given_name,
                      record_number, date_of_birth, search_text, data)
                  VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"""
    _UPSERT = _INSERT + """ ON CONFLICT (id) DO UPDATE SET version = c.version + 1, updated_at = excluded.updated_at,
                      surname = excluded.surname, given_name = excluded.given_name,
                      record_number = excluded.record_number, date_of_birth = excluded.date_of_birth,
                      search_text = excluded.search_text, data = excluded.data"""
    _INSERT_AUDIT = (f"INSERT INTO {SCHEMA}.audit (case_id, at, os_user, host, action, field, old, new) "
                     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)")

    @staticmethod
    def _row(case: Case, data: str) -> tuple[object, ...]:
        p = case.patient
        return (case.id, case.created_at, case.updated_at, p.surname or "", p.given_name or "",
                p.record_number or "", p.date_of_birth, search_text(case), data)

    def _audit_rows(self, case_id: str, old: str | None, new: str, action: str, detail: str | None,
                    at: datetime, user: str, host: str) -> list[tuple[object, ...]]:
        if old is None:
            entries: list[tuple[str, str, str | None, str | None]] = [
                ("created" if action == "changed" else action, "", None, detail)]
        else:
            entries = [("changed", path, a, b) for path, a, b in changes(json.loads(old), json.loads(new))]
        return [(case_id, at, user, host, *entry) for entry in entries]

    def save_many(self, cases: list[Case], *, action: str = "changed", detail: str | None = None) -> None:
        texts = [case_to_json(case) for case in cases]
        ids = [case.id for case in cases]

        def write(conn: psycopg.Connection[Any]) -> dict[str, int]:
            stored = dict(conn.execute(f"SELECT id, data FROM {SCHEMA}.cases WHERE id = ANY(%s) FOR UPDATE",
                                       (ids,)).fetchall())
            at = now_utc()
            audit = [row for case, text in zip(cases, texts, strict=True)
                     for row in self._audit_rows(case.id, stored.get(case.id), text, action, detail, at,
                                                 self.user, self.host)]
            with conn.cursor() as cur:
                cur.executemany(self._UPSERT, [self._row(case, text) for case, text in zip(cases, texts, strict=True)])
                cur.executemany(self._INSERT_AUDIT, audit)
            held = [i for i in ids if i in self._held]
            return dict(conn.execute(f"SELECT id, version FROM {SCHEMA}.cases WHERE id = ANY(%s)",
                                     (held,)).fetchall()) if held else {}

        self._versions.update(self._write(write, "The case could not be saved"))

    def save(self, case: Case, *, touch: bool = True) -> Case:
        """Save a case; an open case's save is kept on this computer if the server cannot be
        reached (:class:`KeptOnThisComputer`) and never written over someone else's change
        (:class:`CaseConflictError`)."""
        if touch:
            case = case.model_copy(update={"updated_at": now_utc()})
        held = self._held.get(case.id)
        if held is None:
            self.save_many([case])
            return case
        data = case_to_json(case)
        if held.conflict is None and len(self._journal) and not self.sync():
            self._keep(case, data, self.offline_reason)  # nothing may overtake what is kept
        if held.conflict is None:
            try:
                self._versions[case.id] = self._write(
                    lambda conn: self._save_held(conn, case.id, data, case, self._versions.get(case.id)),
                    "The case could not be saved", wait=False)
                return case
            except _Conflicted as exc:
                self._conflict_copy(case.id, [data], exc.meanwhile, self.host, self.user)
            except ServerUnreachableError as exc:  # including a commit whose outcome is unknown
                self._keep(case, data, self.offline_reason or str(exc))
        assert held.conflict is not None
        self._save_to_copy(held.conflict, data)
        raise CaseConflictError(held.conflict)

    def _keep(self, case: Case, data: str, reason: str) -> None:
        """Put a save of an open case into the journal, then say it is not on the server."""
        base = self._versions.get(case.id)
        self._journal.append(case_id=case.id, base=base, data=data, user=self.user, host=self.host)
        self._versions[case.id] = 1 if base is None else base + 1
        self._start_background_connect()
        raise KeptOnThisComputer(f"The server cannot be reached ({reason or 'no connection'}).", case) from None

    def _save_held(self, conn: psycopg.Connection[Any], case_id: str, data: str, case: Case | None,
                   expected: int | None, *, at: datetime | None = None, user: str | None = None,
                   host: str | None = None) -> int:
        """Write one saved state of an open case if the server still has the version it follows;
        the new version. Raises _Conflicted (nothing written) if someone else changed the case."""
        held = self._held.get(case_id)
        if held is not None and held.lost:
            holder = self._try_lock(conn, case_id, held.holder)
            if holder is not None:
                raise _Conflicted(_Meanwhile("opened", holder.user, holder.host, "", holder.since))
            held.lost = False
        row = conn.execute(f"SELECT version, data FROM {SCHEMA}.cases WHERE id = %s FOR UPDATE",
                           (case_id,)).fetchone()
        if row is not None and row[1] == data:
            return int(row[0])  # already there (a commit whose answer was lost, sent again)
        if row is None and expected is not None:
            raise _Conflicted(_Meanwhile("deleted"))
        if row is not None and row[0] != expected:
            raise _Conflicted(self._changed_by(conn, case_id))
        if case is None:
            case = case_from_json(data)
        conn.execute(self._UPSERT, self._row(case, data))
        with conn.cursor() as cur:
            cur.executemany(self._INSERT_AUDIT, self._audit_rows(
                case_id, None if row is None else row[1], data, "changed", None, at or now_utc(),
                user or self.user, host or self.host))
        return 1 if row is None else int(row[0]) + 1

    @staticmethod
    def _changed_by(conn: psycopg.Connection[Any], case_id: str) -> _Meanwhile:
        last = conn.execute(f"SELECT os_user, host, db_role, at FROM {SCHEMA}.audit WHERE case_id = %s "
                            "ORDER BY seq DESC LIMIT 1", (case_id,)).fetchone()
        return _Meanwhile("changed", *last) if last else _Meanwhile("changed")

    def _conflict_copy(self, case_id: str, datas: list[str], meanwhile: _Meanwhile, host: str, user: str,
                       copy_id: str | None = None, since: datetime | None = None) -> Conflict:
        """Save kept edits that cannot go into their case as a new case; the conflict to tell."""
        case = case_from_json(datas[-1])
        copy_id = copy_id or uuid4().hex
        copy = case.model_copy(update={"id": copy_id})
        text = case_to_json(copy)
        conflict = Conflict(case_id, copy_id, case.patient.display_name, len(datas), meanwhile.what, meanwhile.user,
                            meanwhile.host, meanwhile.role, meanwhile.at)
        note = (f"edits of case {case_id} made on {host} by {user}"
                + (f" from {since.astimezone():%d.%m.%Y %H:%M}" if since else "")
                + f" that could not be written to it: it was {conflict.changed_by}")

        def write(conn: psycopg.Connection[Any]) -> None:
            inserted = conn.execute(self._INSERT + " ON CONFLICT (id) DO NOTHING RETURNING 1",
                                    self._row(copy, text)).fetchone()
            if inserted:
                conn.execute(self._INSERT_AUDIT, (copy_id, now_utc(), user, host, "conflict copy", "", None, note))

        self._write(write, "The conflicting edits could not be saved as a separate case")
        self._conflicts.append(conflict)  # told once (take_conflicts)
        held = self._held.get(case_id)
        if held is not None:
            held.conflict = conflict
        return conflict

    def _save_to_copy(self, conflict: Conflict, data: str) -> None:
        """Later edits of a case whose kept edits became a separate case go to that case too."""
        copy = case_from_json(data).model_copy(update={"id": conflict.copy_id})
        self.save_many([copy])

    def take_conflicts(self) -> list[Conflict]:
        conflicts, self._conflicts = self._conflicts, []
        return conflicts

    def get(self, case_id: str) -> Case:
        row = self._read(lambda conn: conn.execute(f"SELECT version, data FROM {SCHEMA}.cases WHERE id = %s",
                                                   (case_id,)).fetchone(), "The case could not be read")
        if row is None:
            raise KeyError(case_id)
        self._seen[case_id] = int(row[0])
        return case_from_json(row[1])

    def exists(self, case_id: str) -> bool:
        return self.case_json(case_id) is not None

    def case_json(self, case_id: str) -> str | None:
        row = self._read(lambda conn: conn.execute(f"SELECT data FROM {SCHEMA}.cases WHERE id = %s",
                                                   (case_id,)).fetchone(), "The case could not be read")
        return None if row is None else str(row[0])

    def list_cases(self, query: str = "", limit: int | None = 500) -> list[CaseSummary]:
        sql = f"SELECT id, surname, given_name, record_number, date_of_birth, updated_at FROM {SCHEMA}.cases"
        words = search_words(query)
        if words:
            sql += " WHERE " + " AND ".join("search_text LIKE %s" for _ in words)
        sql += " ORDER BY updated_at DESC LIMIT %s"
        params = [f"%{_like_escape(w)}%" for w in words] + [limit]
        # Planned for these very words each time (never a prepared generic plan): whether walking
        # the newest cases or the trigram index is faster depends on how often the words occur
        # (a generic plan walked all 100,000 cases for a word that matches none: 124 ms).
        rows = self._read(lambda conn: conn.execute(sql, params, prepare=False).fetchall(),
                          "The cases could not be listed")
        return [CaseSummary.read(*r) for r in rows]

    def count(self) -> int:
        row = self._read(lambda conn: conn.execute(f"SELECT count(*) FROM {SCHEMA}.cases").fetchone(),
                         "The cases could not be counted")
        return int(row[0])  # type: ignore[index]

    def case_ids_with_record_number(self, record_number: str) -> list[str]:
        rows = self._read(lambda conn: conn.execute(f"SELECT id FROM {SCHEMA}.cases WHERE record_number = %s",
                                                    (record_number,)).fetchall(), "The cases could not be read")
        return [r[0] for r in rows]

    def delete(self, case_id: str) -> None:
        self._write(lambda conn: conn.execute(f"DELETE FROM {SCHEMA}.cases WHERE id = %s", (case_id,)),
                    "The case could not be deleted")
        self._seen.pop(case_id, None)

    # -- created reports --------------------------------------------------------------------------
    def _insert_report(self, record: ReportRecord, pdf: bytes, note: str) -> None:
        def write(conn: psycopg.Connection[Any]) -> None:
            conn.execute(f"INSERT INTO {SCHEMA}.reports (id, case_id, created_at, language, sha256, created_by, "
                         "pages, pdf) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                         (record.id, record.case_id, record.created_at, record.language, record.sha256,
                          record.created_by, record.pages, pdf))
            conn.execute(self._INSERT_AUDIT, (record.case_id, now_utc(), self.user, self.host, "report", "", None,
                                              note))

        self._write(write, "The report could not be stored")

    def list_reports(self, case_id: str) -> list[ReportRecord]:
        rows = self._read(lambda conn: conn.execute(
            f"SELECT id, case_id, created_at, language, sha256, created_by, pages FROM {SCHEMA}.reports "
            "WHERE case_id = %s ORDER BY created_at DESC", (case_id,)).fetchall(), "The reports could not be read")
        return [ReportRecord(*r) for r in rows]

    def _stored_report(self, report_id: str) -> tuple[bytes, str]:
        row = self._read(lambda conn: conn.execute(f"SELECT pdf, sha256 FROM {SCHEMA}.reports WHERE id = %s",
                                                   (report_id,)).fetchone(), "The report could not be read")
        if row is None:
            raise KeyError(report_id)
        return bytes(row[0]), str(row[1])

    # -- audit trail ------------------------------------------------------------------------------
    def audit(self, case_id: str) -> list[AuditEntry]:
        rows = self._read(lambda conn: conn.execute(
            f"SELECT case_id, at, os_user, action, field, old, new, host, db_role FROM {SCHEMA}.audit "
            "WHERE case_id = %s ORDER BY seq", (case_id,)).fetchall(), "The audit trail could not be read")
        return [AuditEntry(*r) for r in rows]

    # -- locks ------------------------------------------------------------------------------------
    def _try_lock(self, conn: psycopg.Connection[Any], case_id: str, me: LockHolder | None) -> LockHolder | None:
        """Take a case's advisory lock for this session and record ``me`` as its holder (None:
        record nothing, e.g. while sending another program's kept edits, whose record must stay
        for crash recovery); None if taken, else who holds it (empty user if unknown)."""
        key = _lock_key(case_id)
        got = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
        if not (got and got[0]):
            holder = conn.execute(f"SELECT pid, os_user, host, since FROM {SCHEMA}.case_locks WHERE case_id = %s",
                                  (case_id,)).fetchone()
            if holder is None:
                return LockHolder(case_id, 0, "", "", now_utc())
            return LockHolder(case_id, holder[0], holder[1], holder[2], holder[3])
        if me is None:
            return None
        conn.execute(f"INSERT INTO {SCHEMA}.case_locks (case_id, pid, os_user, host, since) "
                     "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (case_id) DO UPDATE SET pid = excluded.pid, "
                     "os_user = excluded.os_user, host = excluded.host, since = excluded.since",
                     (case_id, me.pid, me.user, me.host, me.since))
        return None

    def lock(self, case_id: str) -> ServerCaseLock:
        _safe_name(case_id)  # the same ids as the workstation store accepts
        if case_id in self._held:
            raise CaseLockedError(self._held[case_id].holder)
        me = LockHolder.me(case_id)

        def take(conn: psycopg.Connection[Any]) -> tuple[LockHolder | None, int | None]:
            previous = conn.execute(f"SELECT pid, os_user, host, since FROM {SCHEMA}.case_locks WHERE case_id = %s",
                                    (case_id,)).fetchone()
            holder = self._try_lock(conn, case_id, me)
            if holder is not None:
                raise CaseLockedError(holder if holder.user else None)
            version = conn.execute(f"SELECT version FROM {SCHEMA}.cases WHERE id = %s", (case_id,)).fetchone()
            stale = None if previous is None else LockHolder(case_id, previous[0], previous[1], previous[2],
                                                              previous[3])
            return stale, None if version is None else int(version[0])

        stale, version = self._read(take, "The case could not be opened")
        seen = self._seen.pop(case_id, None)
        self._held[case_id] = _Held(me)
        if seen is not None and version != seen:
            self._release(case_id)
            raise StoreError("This case was changed on another computer a moment ago. Open it again to see "
                             "the newest version.")
        self._versions[case_id] = version
        return ServerCaseLock(self, case_id, stale)

    def _release(self, case_id: str) -> None:
        held = self._held.pop(case_id, None)
        self._versions.pop(case_id, None)
        if held is None or held.lost or not self._connected():
            return  # the server let go of the lock with the broken connection
        assert self._conn is not None
        try:
            self._conn.execute(f"DELETE FROM {SCHEMA}.case_locks WHERE case_id = %s AND host = %s AND pid = %s",
                               (case_id, held.holder.host, held.holder.pid))
            self._conn.execute("SELECT pg_advisory_unlock(%s)", (_lock_key(case_id),))
        except psycopg.Error:
            pass  # a broken connection has released the lock already

    def abandoned_cases(self) -> list[LockHolder]:
        def find(conn: psycopg.Connection[Any]) -> list[LockHolder]:
            rows = conn.execute(
                f"SELECT l.case_id, l.pid, l.os_user, l.host, l.since FROM {SCHEMA}.case_locks l "
                f"JOIN {SCHEMA}.cases c ON c.id = l.case_id WHERE l.host = %s AND l.os_user = %s "
                "ORDER BY l.since DESC", (self.host, self.user)).fetchall()
            found = []
            for row in rows:
                if row[0] in self._held:
                    continue
                key = _lock_key(row[0])
                free = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
                if free and free[0]:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
                    found.append(LockHolder(*row))
            return found

        return self._read(find, "The cases left open could not be read")

    # -- edits kept on this computer ----------------------------------------------------------------
    def pending_edits(self) -> int:
        return len(self._journal)

    def sync(self, *, wait: bool = False) -> bool:
        if not len(self._journal):
            return True
        try:
            self._ensure_connected(wait=wait)  # a new connection sends the kept edits itself
            self._send_journal()
        except ServerUnreachableError:
            return False
        return not len(self._journal)

    def _send_journal(self) -> None:
        """Send the kept edits in order, each case under its lock; conflicts become copies."""
        self._journal.adopt()
        entries = self._journal.pending()
        if not entries:
            return
        assert self._conn is not None
        by_case: dict[str, list[JournalEntry]] = {}
        for entry in entries:
            by_case.setdefault(entry.case_id, []).append(entry)
        for case_id, kept in by_case.items():
            held = self._held.get(case_id)
            taken_here = False
            if held is None:
                holder = self._read(partial(self._try_lock, case_id=case_id, me=None),
                                    "The case could not be locked")
                if holder is not None:
                    self._kept_conflict(case_id, kept, _Meanwhile("opened", holder.user, holder.host, "",
                                                                  holder.since if holder.user else None))
                    continue
                taken_here = True
            try:
                self._send_case(case_id, kept, held)
            finally:
                if taken_here:
                    self._read(partial(_unlock, case_id=case_id),
                               "The case could not be unlocked")

    def _send_case(self, case_id: str, kept: list[JournalEntry], held: _Held | None) -> None:
        expected = kept[0].base
        sent: list[JournalEntry] = []
        for entry in kept:
            try:
                expected = self._write(partial(
                    self._save_held, case_id=case_id, data=entry.data, case=None, expected=expected, at=entry.at,
                    user=entry.user, host=entry.host),
                    "A kept edit could not be sent")
            except _Conflicted as exc:
                self._kept_conflict(case_id, kept[len(sent):], exc.meanwhile)
                return
            self._journal.mark_done([entry])
            sent.append(entry)
            self.sent_edits += 1
        first, last = kept[0], kept[-1]
        note = (f"{len(kept)} saved state(s) made on {first.host} by {first.user} between "
                f"{first.at.astimezone():%d.%m.%Y %H:%M:%S} and {last.at.astimezone():%H:%M:%S} UTC, while the "
                "server could not be reached, were sent to the server")
        self._write(lambda conn: conn.execute(self._INSERT_AUDIT, (case_id, now_utc(), self.user, self.host,
                                                                   "synchronised", "", None, note)),
                    "The audit trail could not be written")
        if held is not None:
            self._versions[case_id] = expected

    def _kept_conflict(self, case_id: str, kept: list[JournalEntry], meanwhile: _Meanwhile) -> None:
        """Kept edits that cannot be written to their case become a separate case."""
        first = kept[0]
        copy_id = uuid5(NAMESPACE_URL, f"spinemet-desktop conflict {first.file.name} {first.seq}").hex
        self._conflict_copy(case_id, [e.data for e in kept], meanwhile, first.host, first.user,
                            copy_id=copy_id, since=first.at)
        self._journal.mark_done(kept)

    # -- copying between stores ----------------------------------------------------------------------
    def records(self) -> Iterator[CaseRecord]:
        ids = self._read(lambda conn: [r[0] for r in conn.execute(
            f"SELECT id FROM {SCHEMA}.cases ORDER BY created_at, id").fetchall()], "The cases could not be listed")
        for case_id in ids:
            row = self._read(partial(_data_and_record_number, case_id=case_id),
                "The case could not be read")
            if row is None:
                continue
            reports = [(r, self.report_pdf(r.id)) for r in self.list_reports(case_id)]
            yield CaseRecord(row[0], case_id, row[1], self.audit(case_id), reports)

    def add_record(self, record: CaseRecord, *, note: str) -> None:
        case = case_from_json(record.case_json)

        def write(conn: psycopg.Connection[Any]) -> None:
            conn.execute(self._INSERT, self._row(case, record.case_json))
            with conn.cursor() as cur:
                cur.executemany(self._INSERT_AUDIT, [(e.case_id, e.at, e.user, e.host, e.action, e.field, e.old, e.new)
                                                     for e in record.audit])
                cur.executemany(f"INSERT INTO {SCHEMA}.reports (id, case_id, created_at, language, sha256, "
                                "created_by, pages, pdf) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                                [(r.id, r.case_id, r.created_at, r.language, r.sha256, r.created_by, r.pages, pdf)
                                 for r, pdf in record.reports])
            conn.execute(self._INSERT_AUDIT, (case.id, now_utc(), self.user, self.host, "copied", "", None, note))

        self._write(write, f"The case {case.id} could not be copied")

    def close(self) -> None:
        if self.closed:
            return
        for case_id in list(self._held):
            self._release(case_id)
        self.closed = True
        self._journal.close()
        with self._background_lock:
            if self._background_result is not None:
                self._background_result.close()
                self._background_result = None
        if self._conn is not None:
            self._conn.close()


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
