"""Words about importing case files: the mark on a case imported as a copy of one already stored,
and how an existing case is named when the user is asked what to do. No Qt."""

from __future__ import annotations

from datetime import datetime

from spinemet_desktop.model import Case
from spinemet_desktop.model.caseio import case_from_dict, case_to_dict
from spinemet_desktop.present.render import Renderer


def who(case: Case, r: Renderer) -> str:
    """A case as the user recognises it: name, date of birth, record number."""
    p = case.patient
    name = ", ".join(x for x in (p.surname, p.given_name) if x) or r.translate("report", "(no name)")
    born = r.translate("report", "born %1").replace("%1", r.date(p.date_of_birth)) if p.date_of_birth else ""
    record = r.translate("report", "record %1").replace("%1", p.record_number) if p.record_number else ""
    return " · ".join(x for x in (name, born, record) if x)


def copy_mark(r: Renderer, source: str, when: datetime, others: int) -> str:
    """The line put at the top of the notes of a case imported as a copy, so that whoever opens
    it (and the referral's reader) knows the patient has another case."""
    return (r.translate("report", "[Imported as a copy on %1 from the file %2: %3 other case(s) of this patient "
                                  "are in the case list.]")
            .replace("%1", r.when(when)).replace("%2", source).replace("%3", str(others)))


def marked_copy(case: Case, r: Renderer, source: str, when: datetime, others: int) -> Case:
    """The case with the copy mark at the top of its notes (CaseFileError if the notes would
    become longer than a case allows)."""
    mark = copy_mark(r, source, when, others)
    return case_from_dict({**case_to_dict(case), "notes": f"{mark}\n{case.notes}" if case.notes else mark})


__all__ = ["copy_mark", "marked_copy", "who"]
