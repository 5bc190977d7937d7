"""The workstation's case store: one SQLite file, cases as versioned JSON plus indexed search columns.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed save survives a crash or
power loss. The schema is versioned (table ``schema_version``) and migrated forward on open.
Every save records what changed in the audit trail (``audit``), in the same transaction.
:func:`open_store` checks the file at start and puts a damaged one aside instead of failing;
:mod:`~spinemet_desktop.store.backup` keeps daily copies and :mod:`~spinemet_desktop.store.locks`
lets one window at a time edit a case. The interface is :class:`~spinemet_desktop.store.base.Store`;
a clinic's shared server is the other implementation (:mod:`~spinemet_desktop.store.postgres`).
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.store import backup as backups
from spinemet_desktop.store.audit import AuditEntry, changes
from spinemet_desktop.store.base import (
    CaseRecord,
    CaseSummary,
    DamagedStoreError,
    NewerStoreError,
    ReportRecord,
    Store,
    StoreError,
    case_from_json,
    case_to_json,
    search_text,
    search_words,
)
from spinemet_desktop.store.files import (
    PRIVATE_FILE,
    make_private,
    write_atomic,
    write_atomic_bytes,
)
from spinemet_desktop.store.locks import (
    CaseLock,
    LockHolder,
    abandoned,
    acquire,
    host_name,
    os_user,
)
from spinemet_desktop.store.paths import database_path

if TYPE_CHECKING:
    from spinemet_desktop.model import Case

__all__ = ["CaseStore", "CaseSummary", "DamagedStoreError", "NewerStoreError", "OpenedStore", "ReportRecord",
           "StoreError", "open_store", "restore_backup", "write_atomic", "write_atomic_bytes"]

LOCK_DIR = "locks"


def candidate_limit(cases: int) -> int:
    """Up to how many cases found in the trigram index a search reads them; beyond it walks the
    newest cases instead. Reading a found case costs about as much as walking 80 entries of the
    newest-first index, and with h of n cases matching a walk finds 500 after about 500·n/h
    entries: reading wins while h < √(500·n/80) ≈ 2.5·√n (250 at 10,000 cases, 790 at 100,000)."""
    return max(100, int(2.5 * math.sqrt(cases)))
#: Beside the database: the problem the last full check found (the next start then checks fully).
CHECK_FAILED = ".check-failed"

def _search_index(db: sqlite3.Connection) -> None:
    """Schema 5, for search at 100,000 cases (issue 26).

    * ``cases_recent``: the cases newest first with what the case list shows and the search text,
      in one index, so that listing and searching walk it without reading the cases themselves
      (whose JSON makes every row large). It replaces ``cases_updated``.
    * ``cases_search``: a trigram full-text index (FTS5) of the search text, kept by triggers, in a
      table of its own keyed by the case id (the cases' rowids may be renumbered by a VACUUM). The
      id is indexed too, so that the old entry of a renamed or deleted case is found at once; a
      case is re-indexed only when its search text changes, not on every save. Without FTS5's
      trigram tokenizer (SQLite before 3.34) there is no such index and search walks
      ``cases_recent``.
    """
    db.execute("DROP INDEX IF EXISTS cases_updated")
    db.execute("CREATE INDEX cases_recent ON cases (updated_at DESC, search_text, id, surname, given_name, "
               "record_number, date_of_birth)")
    try:
        db.execute("CREATE VIRTUAL TABLE cases_search USING fts5(case_id, search_text, "
                   "tokenize = 'trigram case_sensitive 1')")
    except sqlite3.OperationalError:  # no such module: fts5 / no such tokenizer: trigram
        return
    forget = ("DELETE FROM cases_search WHERE rowid IN (SELECT rowid FROM cases_search WHERE cases_search MATCH "
              "'{case_id} : \"' || replace(old.id, '\"', '\"\"') || '\"' AND case_id = old.id);")
    remember = "INSERT INTO cases_search (case_id, search_text) VALUES (new.id, new.search_text);"
    db.execute(f"CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN {remember} END")
    db.execute(f"CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN {forget} END")
    db.execute("CREATE TRIGGER cases_search_update AFTER UPDATE OF id, search_text ON cases "
               f"WHEN old.search_text IS NOT new.search_text OR old.id IS NOT new.id BEGIN {forget} {remember} END")
    db.execute("INSERT INTO cases_search (case_id, search_text) SELECT id, search_text FROM cases")


#: Forward migrations; index i brings the schema from version i to i + 1.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    """
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        surname TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        record_number TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL
    );
    CREATE INDEX cases_updated ON cases(updated_at DESC);
    CREATE INDEX cases_record ON cases(record_number);
    """,
    """
    CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        language TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL,
        pdf BLOB NOT NULL
    );
    CREATE INDEX reports_case ON reports(case_id, created_at DESC);
    """,
    """
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old TEXT,
        new TEXT
    );
    CREATE INDEX audit_case ON audit(case_id, seq);
    """,
    # 4: the computer a change was made on, and (in copies from a clinic server) the database role.
    """
    ALTER TABLE audit ADD COLUMN host TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit ADD COLUMN role TEXT NOT NULL DEFAULT '';
    """,
    # 5: search through a trigram index (issue 26)
    _search_index,
)
SCHEMA_VERSION = len(MIGRATIONS)


class CaseStore(Store):
    """The embedded SQLite store of one workstation (the default)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else database_path()
        if not self.path.exists():
            try:  # created private before SQLite writes anything into it
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            except OSError as exc:
                raise StoreError(f"The case database {self.path} cannot be created: {exc.strerror}.") from None
        for suffix in ("", *backups.SIDE_FILES):  # also files of older versions or copied in by hand
            make_private(self.path.with_name(self.path.name + suffix))
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"The case database {self.path} cannot be opened: {exc}") from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            # Up to 64 MiB of pages in memory (taken as needed): repeated searches of a large store
            # read from here instead of asking the operating system for each page.
            self._db.execute("PRAGMA cache_size=-65536")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if isinstance(exc, sqlite3.OperationalError) and not _damage(exc):
                raise StoreError(f"The case database {self.path} cannot be opened: {exc}.") from exc
            raise DamagedStoreError(str(exc)) from exc
        except StoreError:
            self._db.close()
            raise
        self.user = os_user()
        self.host = host_name()

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                self._db.execute("INSERT INTO schema_version VALUES (0)")
            if version > SCHEMA_VERSION:
                raise NewerStoreError(
                    f"The case database was written by a newer program (schema {version}); "
                    "update spinemet-desktop."
                )
            for step in range(version, SCHEMA_VERSION):
                migration = MIGRATIONS[step]
                if callable(migration):
                    migration(self._db)
                else:
                    for statement in filter(str.strip, migration.split(";")):
                        self._db.execute(statement)
                self._db.execute("UPDATE schema_version SET version = ?", (step + 1,))
        self._search_indexed = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'cases_search'").fetchone() is not None

    def check(self) -> str | None:
        """None if SQLite finds the open database sound, else the problem in SQLite's words
        (``PRAGMA quick_check``: reads every page, about 4 ms per 1,000 cases)."""
        try:
            rows = self._db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return str(exc)
        result = "; ".join(str(r[0]) for r in rows[:5])
        return None if result == "ok" else result

    def start_check(self) -> str | None:
        """The check at every start, cheap at any size (well under a millisecond; the full check
        runs later, :meth:`full_check`): the schema has been read (opening did), and every table
        and index answers for its first and last entry, so that the root and the pages along its
        edges are sound. It finds a file that is no database, truncated or overwritten at the start
        or end; damage in the middle is found by the full check."""
        try:
            trees = self._db.execute(
                "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('table', 'index') "
                "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'").fetchall()
            for kind, name, table, sql in trees:
                # The first key column is enough to make SQLite read the tree's first and last entry.
                if kind == "index":
                    key, hint = self._db.execute(f'PRAGMA index_info("{name}")').fetchone()[2], f' INDEXED BY "{name}"'
                elif "WITHOUT ROWID" in sql.upper():
                    info = self._db.execute(f'PRAGMA table_info("{name}")').fetchall()
                    key, hint = next(r[1] for r in info if r[5] == 1), ""
                else:
                    key, hint = "rowid", ""
                if key is None:
                    continue  # an index on an expression: the full check reads it
                column = key if key == "rowid" else f'"{key}"'
                for order in ("ASC", "DESC"):
                    self._db.execute(f'SELECT 1 FROM "{table}"{hint} ORDER BY {column} {order} LIMIT 1').fetchall()
            pages, free = (self._db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count"))
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return None if 0 <= free < max(pages, 1) else f"{free} free pages of {pages}"

    @property
    def _check_failed_marker(self) -> Path:
        return self.path.with_name(self.path.name + CHECK_FAILED)

    def full_check(self) -> str | None:
        """The full check (``PRAGMA quick_check``) on a connection of its own, so that it can run in
        a background thread while the program works. A problem is also written beside the
        database, so that the next start checks fully and puts a damaged file aside."""
        problem = backups.check(self.path)
        if problem is not None:
            write_atomic(self._check_failed_marker, problem + "\n")  # user-only, as every file it writes
        else:
            self._check_failed_marker.unlink(missing_ok=True)
        return problem

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT version FROM schema_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:  # SQLite has already rolled back after e.g. a full disk
                self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    # -- cases ----------------------------------------------------------------------------
    _INSERT_AUDIT = ("INSERT INTO audit (case_id, at, user, host, role, action, field, old, new) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    _INSERT = """INSERT INTO cases (id, created_at, updated_at, surname, given_name,
                     record_number, date_of_birth, search_text, data)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
    _UPSERT = _INSERT + """ ON CONFLICT(id) DO UPDATE SET updated_at=excluded.updated_at,
                     surname=excluded.surname, given_name=excluded.given_name,
                     record_number=excluded.record_number,
                     date_of_birth=excluded.date_of_birth,
                     search_text=excluded.search_text, data=excluded.data"""

    @staticmethod
    def _row(case: Case) -> tuple[object, ...]:
        p = case.patient
        return (
            case.id,
            case.created_at.isoformat(),
            case.updated_at.isoformat(),
            p.surname or "",
            p.given_name or "",
            p.record_number or "",
            p.date_of_birth.isoformat() if p.date_of_birth else None,
            search_text(case),
            case_to_json(case),
        )

    def save_many(self, cases: list[Case], *, action: str = "changed", detail: str | None = None) -> None:
        rows = [self._row(case) for case in cases]
        at = now_utc().isoformat()
        try:
            with self._transaction():
                audit = [(case.id, at, self.user, self.host, "", *entry)
                         for case in cases for entry in self._audit_entries(case, action, detail)]
                self._db.executemany(self._UPSERT, rows)
                self._db.executemany(self._INSERT_AUDIT, audit)
        except sqlite3.Error as exc:
            raise StoreError(f"The case could not be saved: {exc}") from exc

    def _audit_entries(self, case: Case, action: str, detail: str | None) -> list[tuple[str, str, str | None, str | None]]:
        row = self._db.execute("SELECT data FROM cases WHERE id = ?", (case.id,)).fetchone()
        if row is None:
            return [("created" if action == "changed" else action, "", None, detail)]
        return [("changed", path, old, new)
                for path, old, new in changes(json.loads(row[0]), case.model_dump(mode="json"))]

    def get(self, case_id: str) -> Case:
        row = self._db.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        return case_from_json(row[0])

    def exists(self, case_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def list_cases(self, query: str = "", limit: int | None = 500) -> list[CaseSummary]:
        """Words of three or more characters are looked up in the trigram index; if they are rare
        the cases found there are read, if frequent (or short, or there is no index) the newest
        cases are walked until enough are found. Either way each word is checked in the search
        text itself, so the answer is exactly that of a plain scan."""
        columns = "id, surname, given_name, record_number, date_of_birth, updated_at"
        words = search_words(query)
        conditions = [f"instr(search_text, ?{i}) > 0" for i in range(2, len(words) + 2)]  # ?1 is the limit
        params: list[object] = [-1 if limit is None else limit, *words]
        indexed = [w for w in words if len(w) >= 3] if self._search_indexed else []
        if indexed:
            match = " AND ".join('{search_text} : "' + w.replace('"', '""') + '"' for w in indexed)
            most = candidate_limit(self._db.execute("SELECT coalesce(max(rowid), 0) FROM cases").fetchone()[0])
            found = [r[0] for r in self._db.execute(
                "SELECT rowid FROM cases_search WHERE cases_search MATCH ? LIMIT ?", (match, most + 1))]
            if not found:
                return []
            if len(found) <= most:
                first = len(params) + 1
                entries = ", ".join(f"?{i}" for i in range(first, first + len(found)))
                conditions.insert(0, f"id IN (SELECT case_id FROM cases_search WHERE rowid IN ({entries}))")
                params.extend(found)
        sql = f"SELECT {columns} FROM cases"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY updated_at DESC LIMIT ?1"
        return [CaseSummary.read(*r) for r in self._db.execute(sql, params)]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM cases").fetchone()[0])

    def delete(self, case_id: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    # -- created reports ------------------------------------------------------------------
    def _insert_report(self, record: ReportRecord, pdf: bytes, note: str) -> None:
        try:
            with self._transaction():
                self._db.execute(
                    "INSERT INTO reports (id, case_id, created_at, language, sha256, created_by, pages, pdf) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.id, record.case_id, record.created_at.isoformat(), record.language, record.sha256,
                     record.created_by, record.pages, pdf),
                )
                self._db.execute(self._INSERT_AUDIT, (record.case_id, now_utc().isoformat(), self.user, self.host,
                                                      "", "report", "", None, note))
        except sqlite3.Error as exc:
            raise StoreError(f"The report could not be stored: {exc}") from exc

    def list_reports(self, case_id: str) -> list[ReportRecord]:
        rows = self._db.execute(
            "SELECT id, case_id, created_at, language, sha256, created_by, pages FROM reports "
            "WHERE case_id = ? ORDER BY created_at DESC", (case_id,))
        return [ReportRecord(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def _stored_report(self, report_id: str) -> tuple[bytes, str]:
        row = self._db.execute("SELECT pdf, sha256 FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise KeyError(report_id)
        return bytes(row[0]), str(row[1])

    # -- audit trail ----------------------------------------------------------------------
    def audit(self, case_id: str) -> list[AuditEntry]:
        rows = self._db.execute(
            "SELECT case_id, at, user, action, field, old, new, host, role FROM audit WHERE case_id = ? "
            "ORDER BY seq", (case_id,))
        return [AuditEntry(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]

    # -- one writer per case, crash recovery ---------------------------------------------
    @property
    def lock_dir(self) -> Path:
        return self.path.parent / LOCK_DIR

    def lock(self, case_id: str) -> CaseLock:
        return acquire(self.lock_dir, case_id)

    def abandoned_cases(self) -> list[LockHolder]:
        return [h for h in abandoned(self.lock_dir) if self.exists(h.case_id)]

    # -- backups --------------------------------------------------------------------------
    def backup_if_due(self, now: datetime | None = None, *, checked: bool = False) -> backups.Backup | None:
        """Take the daily backup if the newest is a day old (only of a database that checks sound;
        ``checked``: the full check has just passed)."""
        if not backups.backup_due(self.path, now):
            return None
        problem = None if checked else self.check()
        if problem:
            raise DamagedStoreError(problem)
        try:
            return backups.take_backup(self._db, self.path, now)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"The daily backup could not be written: {exc}") from exc

    # -- copying between stores ---------------------------------------------------------------
    def records(self) -> Iterator[CaseRecord]:
        ids = [r[0] for r in self._db.execute("SELECT id FROM cases ORDER BY created_at, id")]
        for case_id in ids:
            row = self._db.execute("SELECT data, record_number FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                continue  # deleted meanwhile
            reports = [(r, self.report_pdf(r.id)) for r in self.list_reports(case_id)]
            yield CaseRecord(row[0], case_id, row[1], self.audit(case_id), reports)

    def case_json(self, case_id: str) -> str | None:
        row = self._db.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
        return None if row is None else str(row[0])

    def case_ids_with_record_number(self, record_number: str) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM cases WHERE record_number = ?", (record_number,))]

    def add_record(self, record: CaseRecord, *, note: str) -> None:
        case = case_from_json(record.case_json)
        row = (*self._row(case)[:-1], record.case_json)
        audit = [(e.case_id, e.at.isoformat(), e.user, e.host, e.role, e.action, e.field, e.old, e.new)
                 for e in record.audit]
        audit.append((case.id, now_utc().isoformat(), self.user, self.host, "", "copied", "", None, note))
        try:
            with self._transaction():
                self._db.execute(self._INSERT, row)
                self._db.executemany(self._INSERT_AUDIT, audit)
                self._db.executemany(
                    "INSERT INTO reports (id, case_id, created_at, language, sha256, created_by, pages, pdf) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r.id, r.case_id, r.created_at.isoformat(), r.language, r.sha256, r.created_by, r.pages, pdf)
                     for r, pdf in record.reports])
        except sqlite3.Error as exc:
            raise StoreError(f"The case {case.id} could not be copied: {exc}") from exc

    def close(self) -> None:
        self._db.close()


def _damage(exc: sqlite3.Error) -> bool:
    """Whether an SQLite error says the file is damaged (rather than busy, locked or read-only)."""
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "disk image"))


@dataclass(frozen=True)
class OpenedStore:
    """The store as opened at start, and what happened to a damaged database on the way."""

    store: Store
    damaged: Path | None = None  # where the damaged file was moved
    problem: str = ""  # SQLite's words for the damage

    @property
    def backups(self) -> list[backups.Backup]:
        """The workstation store's daily backups (a server has its administrators' backups)."""
        return backups.list_backups(self.store.path) if isinstance(self.store, CaseStore) else []


def open_store(path: Path | None = None) -> OpenedStore:
    """Open the case store, checking it; a damaged file is moved aside and a new store started.

    The damaged file is kept (see :func:`~spinemet_desktop.store.backup.move_aside`); the caller
    tells the user and can offer :func:`restore_backup`. Other errors (a newer schema, a folder
    that cannot be written) are raised as StoreError with the file left untouched.
    """
    path = Path(path) if path is not None else database_path()
    try:
        backups.clean(path)  # what a backup ended half-way left behind
    except OSError:
        pass  # the store's own opening says what is wrong with the folder
    try:
        store = CaseStore(path)
        # Cheap at every start; the full check runs in the background after start. Only if that
        # found damage last time (the marker) is it repeated here, before anything is shown.
        problem = store.full_check() if store._check_failed_marker.exists() else store.start_check()
        if problem is None:
            return OpenedStore(store)
        store.close()
    except DamagedStoreError as exc:
        problem = str(exc)
    try:
        damaged = backups.move_aside(path)
        path.with_name(path.name + CHECK_FAILED).unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"The case database {path} is damaged ({problem}) and could not be moved "
                         f"aside: {exc.strerror}.") from None
    return OpenedStore(CaseStore(path), damaged, problem)


def restore_backup(store: CaseStore, backup: Path) -> CaseStore:
    """Close the store, make ``backup`` its database (keeping the current file aside), reopen it.

    On failure StoreError is raised and the store stays closed; reopen ``store.path``.
    """
    store.close()
    try:
        backups.restore(backup, store.path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"The backup {backup.name} could not be restored: {exc}") from exc
    return CaseStore(store.path)
