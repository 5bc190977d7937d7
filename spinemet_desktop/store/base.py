"""The store interface: everything the program asks of the place where cases are kept.

Two implementations: :class:`~spinemet_desktop.store.db.CaseStore`, the embedded SQLite file of
one workstation (the default), and :class:`~spinemet_desktop.store.postgres.PostgresStore`, a
PostgreSQL server shared by a clinic's workstations (clinic mode, docs/clinic-server.md).
:func:`~spinemet_desktop.store.select.open_configured_store` chooses one at start-up. The user
interface, the command line and the tests use only what is declared here.

Behaviour both implementations share is written here once: saving with a new ``updated_at``,
creating, duplicating, importing and exporting case files (the same validation as every other
way in, :mod:`spinemet_desktop.model.caseio`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.model.limits import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_SHORT_TEXT,
    forbidden_character,
    is_id,
    shown,
    without_forbidden_characters,
)
from spinemet_desktop.store.audit import AuditEntry
from spinemet_desktop.store.files import read_case_file, write_atomic
from spinemet_desktop.store.locks import LockHolder

if TYPE_CHECKING:
    from spinemet_desktop.model import Case
    from spinemet_desktop.store.backup import Backup


# The case-file functions are imported on first use: the first window needs no case model.
def case_to_json(case: Case) -> str:
    from spinemet_desktop.model.caseio import case_to_json as to_json

    return to_json(case)


def case_from_json(text: str | bytes) -> Case:
    from spinemet_desktop.model.caseio import case_from_json as from_json

    return from_json(text)



# hashlib (OpenSSL) and uuid (platform) are loaded when first needed, not at start-up (issue 26).
def _new_id() -> str:
    from uuid import uuid4

    return uuid4().hex


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_case(path: Path) -> Case:
    """Read and check a case file from outside (bounded read, then the case-file validation);
    CaseFileError if it cannot be read or is not a valid case."""
    return case_from_json(read_case_file(path))


class StoreError(RuntimeError):
    """A store operation failed; the message is meant for the user."""


class DamagedStoreError(StoreError):
    """The database file is not a readable, sound SQLite database."""


class NewerStoreError(StoreError):
    """The database was written by a newer program; it is left exactly as it is."""


class ServerUnreachableError(StoreError):
    """The clinic's server cannot be reached now; nothing was changed."""


class KeptOnThisComputer(StoreError):
    """The edit is safe in this computer's journal but NOT yet saved on the server.

    Raised by :meth:`Store.save` of an open case while the server cannot be reached. The journal
    is sent in order when the server is back (:meth:`Store.sync`); until then the program says so.
    """

    def __init__(self, message: str, case: Case | None = None) -> None:
        super().__init__(message)
        #: The case as kept (with the ``updated_at`` the save gave it).
        self.case = case


@dataclass(frozen=True)
class Conflict:
    """Edits kept on this computer that could not be written because the case changed meanwhile.

    They are never written over the other change: they are saved as a separate case
    (``copy_id``) and the user is told what happened to the original.
    """

    case_id: str
    copy_id: str
    display_name: str
    edits: int
    #: What happened to the case meanwhile: "changed", "opened" (held on another computer) or "deleted".
    what: str
    #: Who did it (operating-system user, computer, database role) and when, where known.
    user: str = ""
    host: str = ""
    role: str = ""
    at: datetime | None = None

    @property
    def changed_by(self) -> str:
        """What happened to the case, in English words (the UI words it in the user's language)."""
        when = f"{self.at.astimezone():%d.%m.%Y %H:%M}" if self.at else "an unknown time"
        if self.what == "deleted":
            return "deleted"
        if self.what == "opened":
            return f"opened by {self.user or 'someone'} on {self.host or 'another computer'} since {when}"
        role = f" (database role {self.role})" if self.role else ""
        return f"changed by {self.user or 'someone'} on {self.host or 'another computer'}{role} at {when}"

    def message(self) -> str:
        return (f"While this computer could not reach the server, the case {self.display_name or self.case_id} "
                f"was {self.changed_by}. Your {self.edits} edit(s) kept on this computer were NOT written over "
                f"that change: they were saved as a separate case (id {self.copy_id}) with the same patient. "
                "Compare the two and merge them by hand; both are in the case list.")


class CaseConflictError(StoreError):
    """The open case's edits became a separate case (see :class:`Conflict`)."""

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        super().__init__(conflict.message())


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
    """A row of the case list. Made defensively from whatever the store holds (:meth:`read`): a
    row that cannot be read is still listed, with its id and ``problem`` saying what is wrong, so
    that it can be exported or deleted."""

    id: str
    surname: str
    given_name: str
    record_number: str
    date_of_birth: date | None
    updated_at: datetime | None
    #: What is wrong with the stored row ("" if nothing is known to be wrong).
    problem: str = ""

    @property
    def display_name(self) -> str:
        return ", ".join(p for p in (self.surname, self.given_name) if p)

    @property
    def damaged(self) -> bool:
        return bool(self.problem)

    @classmethod
    def read(cls, case_id: object, surname: object, given_name: object, record_number: object,
             date_of_birth: object, updated_at: object) -> CaseSummary:
        """A summary from a store's columns, whatever they hold (text, dates or garbage)."""
        problems: list[str] = []

        def text(value: object, limit: int) -> str:
            if value is None:
                return ""
            if not isinstance(value, str):
                problems.append(f"a name column holds {type(value).__name__}")
                return ""
            if len(value) > limit or forbidden_character(value) is not None:
                problems.append("a name column holds text no case may hold")
                return without_forbidden_characters(value)[:limit]
            return value

        def moment(value: object, kind: type[date | datetime]) -> Any:
            if value is None or value == "":
                return None
            try:
                parsed: Any = value if isinstance(value, date) else kind.fromisoformat(str(value))
                day = parsed.date() if isinstance(parsed, datetime) else parsed
                if not EARLIEST_DATE <= day <= LATEST_DATE:
                    raise ValueError(f"{day} lies outside {EARLIEST_DATE} to {LATEST_DATE}")
                if isinstance(parsed, datetime) and parsed.tzinfo is None:
                    raise ValueError("a time without its UTC offset")
                if kind is date and isinstance(parsed, datetime):
                    parsed = parsed.date()
            except (TypeError, ValueError, OverflowError) as exc:
                problems.append(f"unreadable date {shown(value, 40)} ({exc})")
                return None
            return parsed

        identifier = case_id if isinstance(case_id, str) else str(case_id)
        if not is_id(identifier):
            problems.append(f"the id {shown(identifier, 40)} is not a case id")
        summary = cls(identifier, text(surname, MAX_SHORT_TEXT), text(given_name, MAX_SHORT_TEXT),
                      text(record_number, 64), moment(date_of_birth, date), moment(updated_at, datetime))
        if summary.updated_at is None and not problems:
            problems.append("no time of the last change")
        return replace(summary, problem="; ".join(problems)) if problems else summary


@dataclass(frozen=True)
class CaseRecord:
    """Everything a store holds about one case, for copying between stores (``store copy``)."""

    case_json: str  # the case file text exactly as stored
    case_id: str
    record_number: str
    audit: list[AuditEntry] = field(default_factory=list)
    reports: list[tuple[ReportRecord, bytes]] = field(default_factory=list)


class HeldCase(Protocol):
    """A case held open for editing by this program (see :meth:`Store.lock`)."""

    #: The holder recorded by a program that died with the case open, if there was one.
    stale: LockHolder | None

    def release(self) -> None: ...


def search_text(case: Case) -> str:
    """What a search looks in: name and record number, case-folded (the same for every store)."""
    p = case.patient
    return " ".join(x for x in (p.surname, p.given_name, p.record_number) if x).casefold()


def search_words(query: str) -> list[str]:
    return query.casefold().split()


class Store(ABC):
    """Where cases, their created reports and their audit trail are kept."""

    #: The operating-system user, as recorded in the audit trail and in locks.
    user: str
    #: True for a store shared by several workstations (a server).
    shared: bool = False
    #: Why edits kept on this computer could not be sent yet ("" when there is nothing to say).
    offline_reason: str = ""
    #: Edits kept on this computer that were sent to the store since it was opened.
    sent_edits: int = 0

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the cases are, in words for the user (a file, or a server and database)."""

    @property
    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def check(self) -> str | None:
        """None if the store is sound and reachable, else the problem in words."""

    # -- cases ------------------------------------------------------------------------------
    @abstractmethod
    def save_many(self, cases: list[Case], *, action: str = "changed", detail: str | None = None) -> None:
        """Insert or update several cases in one transaction (all or none), as given.

        A case not yet stored gets one audit entry ``action`` (``created`` for a plain save)
        with ``detail``; a stored one gets one ``changed`` entry per changed field.
        """

    def save(self, case: Case, *, touch: bool = True) -> Case:
        """Insert or update a case atomically (with its audit entries); returns the case as stored."""
        if touch:
            case = case.model_copy(update={"updated_at": now_utc()})
        self.save_many([case])
        return case

    def create(self, case: Case | None = None) -> Case:
        if case is None:
            from spinemet_desktop.model import Case

            case = Case()
        return self.save(case)

    @abstractmethod
    def get(self, case_id: str) -> Case:
        """The stored case; KeyError if there is none."""

    @abstractmethod
    def exists(self, case_id: str) -> bool: ...

    @abstractmethod
    def list_cases(self, query: str = "", limit: int | None = 500) -> list[CaseSummary]:
        """Cases whose name or record number contains every word of ``query``, newest first."""

    @abstractmethod
    def count(self) -> int: ...

    def duplicate(self, case_id: str) -> Case:
        original = self.get(case_id)
        now = now_utc()
        copy = original.model_copy(update={"id": _new_id(), "created_at": now, "updated_at": now})
        self.save_many([copy], action="duplicated", detail=f"copy of case {case_id}")
        return copy

    @abstractmethod
    def delete(self, case_id: str) -> None:
        """Delete a case with its reports and audit trail."""

    # -- created reports --------------------------------------------------------------------
    def add_report(self, case_id: str, pdf: bytes, *, created_at: datetime, language: str, pages: int,
                   created_by: str = "") -> ReportRecord:
        """Keep a created referral PDF with its case (the bytes are stored; the hash names them)."""
        record = ReportRecord(_new_id(), case_id, created_at, language, _sha256(pdf),
                              created_by, pages)
        self._insert_report(record, pdf, f"referral PDF ({language}, {pages} pages), SHA-256 {record.sha256}")
        return record

    @abstractmethod
    def _insert_report(self, record: ReportRecord, pdf: bytes, note: str) -> None:
        """Store a report and an audit entry ``report`` (``note``) for its case, in one transaction."""

    @abstractmethod
    def list_reports(self, case_id: str) -> list[ReportRecord]: ...

    def report_pdf(self, report_id: str) -> bytes:
        """The stored PDF; raises StoreError if its bytes no longer match the recorded hash."""
        data, sha256 = self._stored_report(report_id)
        if _sha256(data) != sha256:
            raise StoreError("The stored report does not match its recorded hash; it may be damaged.")
        return data

    @abstractmethod
    def _stored_report(self, report_id: str) -> tuple[bytes, str]:
        """A report's bytes and recorded SHA-256; KeyError if there is no such report."""

    # -- audit trail ------------------------------------------------------------------------
    @abstractmethod
    def audit(self, case_id: str) -> list[AuditEntry]:
        """Every recorded change of a case, oldest first."""

    # -- one writer per case, crash recovery ------------------------------------------------
    @abstractmethod
    def lock(self, case_id: str) -> HeldCase:
        """Hold a case for editing; raises CaseLockedError naming the holder if it is open elsewhere."""

    @abstractmethod
    def abandoned_cases(self) -> list[LockHolder]:
        """Stored cases this computer's user had open when their program died, newest first."""

    # -- edits not yet in the store (clinic mode) ---------------------------------------------
    def pending_edits(self) -> int:
        """How many saved edits are kept on this computer only, not yet in the store."""
        return 0

    def sync(self, *, wait: bool = False) -> bool:
        """Send edits kept on this computer (if the store can be reached); True if none are left.

        Without ``wait`` it does not block on an unreachable server: it tries in the background
        and sends on a later call.
        """
        return True

    def take_conflicts(self) -> list[Conflict]:
        """Conflicts found while sending kept edits since the last call (each is told once)."""
        return []

    def full_check(self) -> str | None:
        """The thorough check that would slow every start, for a background thread once the program
        is up (it must not use the store's own connection); None if sound or if there is nothing
        to check beyond the start's check (a server is checked by its administrators)."""
        return None

    # -- backups ------------------------------------------------------------------------------
    def backup_if_due(self, now: datetime | None = None, *, checked: bool = False) -> Backup | None:
        """Take the daily backup if one is due (``checked``: the full check has just passed); a
        server is backed up by its administrators."""
        return None

    # -- files ----------------------------------------------------------------------------------
    def import_file(self, path: Path) -> Case:
        """Import a case file as a new case; nothing changes if the file is bad."""
        return self.import_case(read_case(path), source=path.name)

    def holders(self, case: Case) -> list[str]:
        """The stored cases that a case read from a file would duplicate: the one with its id and
        those with its record number."""
        found = [case.id] if self.exists(case.id) else []
        if case.patient.record_number:
            found += [i for i in self.case_ids_with_record_number(case.patient.record_number) if i not in found]
        return found

    def import_case(self, case: Case, *, source: str, copy_of: list[str] | None = None) -> Case:
        """Store a case read from a file (:func:`read_case`) as a new case, with a new id if
        its id is taken. ``copy_of``: the cases it duplicates, when the user chose to import it as
        a copy of them (the audit trail says so)."""
        if self.exists(case.id):
            case = case.model_copy(update={"id": _new_id()})
        detail = f"from file {source}"
        if copy_of:
            detail += f", as a copy (the patient is also in case {', '.join(copy_of)})"
        self.save_many([case], action="imported", detail=detail)
        return case

    def export_file(self, case_id: str, path: Path) -> None:
        """Write a case's file exactly as it is stored (also a case that cannot be opened: its
        text is what IT needs to look into it); KeyError if there is no such case."""
        text = self.case_json(case_id)
        if text is None:
            raise KeyError(case_id)
        write_atomic(path, text)

    # -- copying between stores (store copy) -----------------------------------------------------
    @abstractmethod
    def records(self) -> Iterator[CaseRecord]:
        """Every case with its audit trail and reports, oldest first."""

    @abstractmethod
    def case_json(self, case_id: str) -> str | None:
        """The stored case file text, or None if there is no such case."""

    @abstractmethod
    def case_ids_with_record_number(self, record_number: str) -> list[str]: ...

    @abstractmethod
    def add_record(self, record: CaseRecord, *, note: str) -> None:
        """Store a copied case with its audit trail and reports as they were, plus one audit
        entry ``copied`` saying where from (``note``), in one transaction."""

    @abstractmethod
    def close(self) -> None: ...
