"""The open case: every edit, undo and redo, whether it is saved, and its assessment. No Qt.

A :class:`CaseSession` owns one case while it is being edited. Every change goes through
:meth:`CaseSession.apply` with an operation (a function that changes the case; the ready-made
ones are in :mod:`spinemet_desktop.session.ops`) and comes back as :class:`Changes`: applied, or
refused with the reason and the case exactly as it was. The session keeps the undo and redo
history, knows since when the case has had unsaved edits, saves it through the store, and assesses
it (cached until the next change). The desktop editor is a view of a session — it decides *when*
to save and recompute (timers), the session decides *what* happens — and the command line opens a
session on a case file the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from pydantic import ValidationError

from spinemet_desktop.clinical.assess import Assessment, assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import Case
from spinemet_desktop.model.caseio import check_case, describe_validation_error
from spinemet_desktop.model.text import Text
from spinemet_desktop.store import KeptOnThisComputer

#: An operation: changes the case in place, may return something for the caller (a new id).
Op = Callable[[Case], Any]

UNDO_LIMIT = 500
#: Successive edits of the same field within this time are one undo step (typing a word).
UNDO_MERGE_SECONDS = 1.5


class Lock(Protocol):
    def release(self) -> None: ...


class Store(Protocol):
    """What a session needs of a case store (:class:`spinemet_desktop.store.Store`)."""

    def save(self, case: Case) -> Case: ...

    def exists(self, case_id: str) -> bool: ...

    def lock(self, case_id: str) -> Lock: ...


@dataclass(frozen=True)
class Changes:
    """What an operation did."""

    #: The case changed (False: refused, or nothing to undo/redo).
    applied: bool
    #: Why the edit was refused, in words for the user (a model.text.Text where it can be
    #: translated); the case is as it was before.
    error: str | None = None
    #: The case may now differ from what the views show anywhere (undo, redo, a refused edit that
    #: had to be rolled back): views re-read every field.
    reload: bool = False
    #: What the operation returned (the id of a lesion or an examination it created).
    result: Any = None


class CaseSession:
    """One case being edited (see the module's description)."""

    def __init__(self, case: Case, store: Store | None = None, lock: Lock | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.case = case
        self.store = store
        self.lock = lock
        self._clock = clock
        self._undo: list[Case] = []
        self._redo: list[Case] = []
        self._last_edit: tuple[str | None, float] = (None, 0.0)
        #: The clock's time of the oldest edit not yet saved (None: everything is saved).
        self.unsaved_since: float | None = None
        self._assessment: Assessment | None = None

    @classmethod
    def open(cls, store: Store, case: Case) -> CaseSession:
        """Lock a case for editing (raises the store's CaseLockedError if it is open elsewhere)."""
        return cls(case, store, store.lock(case.id))

    # -- edits ------------------------------------------------------------------------------------
    def apply(self, op: Op, key: str | None = None) -> Changes:
        """Run an operation on the case. A refused value (pydantic validation, ValueError) leaves
        the case exactly as it was. ``key`` names the field being edited: successive edits of one
        field merge into one undo step while the user keeps typing."""
        before = self.case.model_copy(deep=True)
        try:
            result = op(self.case)
            check_case(self.case)  # the limits an operation could pass by appending (model/limits.py)
        except (ValidationError, ValueError) as exc:
            reload = self.case != before  # refused half-way: never leave half an edit
            if reload:
                self.case = before
            return Changes(False, refusal(exc), reload)
        if self.case == before:
            return Changes(False, result=result)
        now = self._clock()
        last_key, last_at = self._last_edit
        if key is None or key != last_key or now - last_at > UNDO_MERGE_SECONDS or not self._undo:
            self._undo.append(before)
            del self._undo[:-UNDO_LIMIT]
        self._last_edit = (key, now)
        self._redo.clear()
        self._touched()
        return Changes(True, result=result)

    def undo(self) -> Changes:
        return self._step(self._undo, self._redo)

    def redo(self) -> Changes:
        return self._step(self._redo, self._undo)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _step(self, source: list[Case], target: list[Case]) -> Changes:
        if not source:
            return Changes(False)
        target.append(self.case)
        self.case = source.pop()
        self._last_edit = (None, 0.0)
        self._touched()
        return Changes(True, reload=True)

    def _touched(self) -> None:
        self._assessment = None
        if self.unsaved_since is None:
            self.unsaved_since = self._clock()

    # -- saving -----------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """The case has edits the store does not hold yet."""
        return self.unsaved_since is not None

    def mark_unsaved(self) -> None:
        """Count the case as unsaved (an example or import not yet in the store)."""
        if self.unsaved_since is None:
            self.unsaved_since = self._clock()

    def save(self) -> bool:
        """Write the case if it has unsaved edits; True if anything was written. Raises the
        store's StoreError (the edits stay, still unsaved)."""
        if not self.dirty:
            return False
        if self.store is None:
            raise RuntimeError("this session has no store to save to")
        try:
            saved = self.store.save(self.case)
        except KeptOnThisComputer as exc:  # safe on this computer; the store sends it later
            if exc.case is not None:
                self.case.updated_at = exc.case.updated_at
            self.unsaved_since = None
            raise
        self.case.updated_at = saved.updated_at
        self.unsaved_since = None
        return True

    def close(self) -> None:
        """Save and release the lock. Raises StoreError if the edits could not be saved (the
        session stays open and locked; KeptOnThisComputer: saved on this computer, still open)."""
        self.save()
        self.release()

    def release(self) -> None:
        """Release the lock without saving (the case is saved, or the store kept the edits as a
        separate case after a conflict)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- results ----------------------------------------------------------------------------------
    def assess(self, now: datetime | None = None, *, as_of: datetime | None = None) -> Assessment:
        """The assessment of the case as it is, as of ``as_of`` if given, else its reference time
        (the assessment time if recorded, else ``now``); recomputed after every change."""
        as_of = as_of or reference_time(self.case, now or datetime.now().astimezone())
        if self._assessment is None or self._assessment.as_of != as_of:
            self._assessment = assess(self.case, as_of)
        return self._assessment

    @property
    def assessment(self) -> Assessment | None:
        """The last assessment, if it is still current."""
        return self._assessment


def refusal(exc: ValueError) -> str:
    """Why an edit was refused, in words for the user: the model's own words (a Text, which the
    screen translates) where it gave them, else pydantic's description."""
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        error = errors[0].get("ctx", {}).get("error") if len(errors) == 1 else None
        if isinstance(error, ValueError) and error.args and isinstance(error.args[0], Text):
            return error.args[0]
        return describe_validation_error(exc).split("\n", 1)[-1]
    # a Text (translatable) when an operation refuses in words of its own
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


__all__ = ["UNDO_LIMIT", "UNDO_MERGE_SECONDS", "CaseSession", "Changes", "Lock", "Op", "Store"]
