"""The local case store: one SQLite file, cases as versioned JSON plus indexed search columns.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed save survives a crash or
power loss. The schema is versioned (table ``schema_version``) and migrated forward on open.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from uuid import uuid4

from spinemet_desktop.model import Case, CaseFileError, case_from_json, case_to_json
from spinemet_desktop.model.base import now_utc
from spinemet_desktop.model.caseio import MAX_CASE_FILE_BYTES
from spinemet_desktop.store.paths import database_path

#: Forward migrations; index i brings the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
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
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """A store operation failed; the message is meant for the user."""


@dataclass(frozen=True)
class ReportRecord:
    """A referral PDF as it was created and sent: kept with the case, identified by its hash."""

    id: str
    case_id: str
    created_at: datetime
    language: str
    sha256: str
    created_by: str
    pages: int


@dataclass(frozen=True)
class CaseSummary:
    id: str
    surname: str
    given_name: str
    record_number: str
    date_of_birth: date | None
    updated_at: datetime

    @property
    def display_name(self) -> str:
        return ", ".join(p for p in (self.surname, self.given_name) if p)


def _search_text(case: Case) -> str:
    p = case.patient
    return " ".join(x for x in (p.surname, p.given_name, p.record_number) if x).casefold()


class CaseStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else database_path()
        new = not self.path.exists()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"The case database {self.path} cannot be opened: {exc}") from exc
        if new and os.name == "posix":
            self.path.chmod(0o600)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                self._db.execute("INSERT INTO schema_version VALUES (0)")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"The case database was written by a newer program (schema {version}); "
                    "update spinemet-desktop."
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                    self._db.execute(statement)
                self._db.execute("UPDATE schema_version SET version = ?", (step + 1,))

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT version FROM schema_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    # -- cases ----------------------------------------------------------------------------
    _UPSERT = """INSERT INTO cases (id, created_at, updated_at, surname, given_name,
                     record_number, date_of_birth, search_text, data)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT(id) DO UPDATE SET updated_at=excluded.updated_at,
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
            _search_text(case),
            case_to_json(case),
        )

    def save(self, case: Case, *, touch: bool = True) -> Case:
        """Insert or update a case atomically; returns the case as stored."""
        if touch:
            case = case.model_copy(update={"updated_at": now_utc()})
        self.save_many([case])
        return case

    def save_many(self, cases: list[Case]) -> None:
        """Insert or update several cases in one transaction (all or none), as given."""
        rows = [self._row(case) for case in cases]
        try:
            with self._transaction():
                self._db.executemany(self._UPSERT, rows)
        except sqlite3.Error as exc:
            raise StoreError(f"The case could not be saved: {exc}") from exc

    def create(self, case: Case | None = None) -> Case:
        return self.save(case or Case())

    def get(self, case_id: str) -> Case:
        row = self._db.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        return case_from_json(row[0])

    def exists(self, case_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def list_cases(self, query: str = "", limit: int = 500) -> list[CaseSummary]:
        """Cases whose name or record number contains every word of ``query``, newest first."""
        sql = "SELECT id, surname, given_name, record_number, date_of_birth, updated_at FROM cases"
        words = query.casefold().split()
        params: list[object] = []
        if words:
            sql += " WHERE " + " AND ".join("instr(search_text, ?) > 0" for _ in words)
            params.extend(words)
        sql += " ORDER BY updated_at DESC LIMIT ?"
        params.append(limit)
        return [
            CaseSummary(
                id=r[0], surname=r[1], given_name=r[2], record_number=r[3],
                date_of_birth=date.fromisoformat(r[4]) if r[4] else None,
                updated_at=datetime.fromisoformat(r[5]),
            )
            for r in self._db.execute(sql, params)
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM cases").fetchone()[0])

    def duplicate(self, case_id: str) -> Case:
        original = self.get(case_id)
        now = now_utc()
        copy = original.model_copy(update={"id": uuid4().hex, "created_at": now, "updated_at": now})
        return self.save(copy, touch=False)

    def delete(self, case_id: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    # -- created reports ------------------------------------------------------------------
    def add_report(self, case_id: str, pdf: bytes, *, created_at: datetime, language: str, pages: int,
                   created_by: str = "") -> ReportRecord:
        """Keep a created referral PDF with its case (the bytes are stored; the hash names them)."""
        record = ReportRecord(uuid4().hex, case_id, created_at, language, hashlib.sha256(pdf).hexdigest(),
                              created_by, pages)
        try:
            with self._transaction():
                self._db.execute(
                    "INSERT INTO reports (id, case_id, created_at, language, sha256, created_by, pages, pdf) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.id, case_id, created_at.isoformat(), language, record.sha256, created_by, pages, pdf),
                )
        except sqlite3.Error as exc:
            raise StoreError(f"The report could not be stored: {exc}") from exc
        return record

    def list_reports(self, case_id: str) -> list[ReportRecord]:
        rows = self._db.execute(
            "SELECT id, case_id, created_at, language, sha256, created_by, pages FROM reports "
            "WHERE case_id = ? ORDER BY created_at DESC", (case_id,))
        return [ReportRecord(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def report_pdf(self, report_id: str) -> bytes:
        """The stored PDF; raises StoreError if its bytes no longer match the recorded hash."""
        row = self._db.execute("SELECT pdf, sha256 FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise KeyError(report_id)
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != row[1]:
            raise StoreError("The stored report does not match its recorded hash; it may be damaged.")
        return data

    # -- files ----------------------------------------------------------------------------
    def import_file(self, path: Path) -> Case:
        """Import a case file as a new case; nothing changes if the file is bad."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise CaseFileError(f"The file cannot be read: {exc.strerror}") from None
        if size > MAX_CASE_FILE_BYTES:
            raise CaseFileError(
                f"The file is too large for a case file ({size:,} bytes; at most {MAX_CASE_FILE_BYTES:,})."
            )
        try:
            text = path.read_bytes()
        except OSError as exc:
            raise CaseFileError(f"The file cannot be read: {exc.strerror}") from None
        case = case_from_json(text)
        if self.exists(case.id):
            case = case.model_copy(update={"id": uuid4().hex})
        return self.save(case, touch=False)

    def export_file(self, case_id: str, path: Path) -> None:
        write_atomic(path, case_to_json(self.get(case_id)))

    def close(self) -> None:
        self._db.close()


def write_atomic(path: Path, text: str) -> None:
    """Write a text file (UTF-8) so that it is either complete or absent."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write a file so that it is either complete or absent (temp file + fsync + os.replace)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
