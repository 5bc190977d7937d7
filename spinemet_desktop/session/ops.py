"""The operations the entry pages apply to a case (:meth:`CaseSession.apply`). No Qt.

Each function returns an operation: a function that changes a case in place and raises
``ValueError`` (or pydantic's ``ValidationError``) to refuse. Fields are named by their
:class:`~spinemet_desktop.model.address.FieldAddress`, the same address the form declarations, the
clinical code's missing facts and the referral use. ``neuro.*`` names a field of the examination
being edited (the first edit of a case without one starts its first examination — an undoable
edit like any other); ``imaging.lesion.*`` a field of the lesion being edited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from spinemet_desktop.model import Case, LabResult, Lesion, NeuroExam, Override
from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.model.enums import Analyte, Sex
from spinemet_desktop.model.text import N_, fmt
from spinemet_desktop.model.units import UnitError, convert_bound

Op = Callable[[Case], Any]
#: The reference range a laboratory gives by default: (analyte, sex, unit) -> (low, high) or None.
DefaultRange = Callable[[str, Sex | None, str], tuple[float | None, float | None] | None]


def exam_to_edit(case: Case, exam_id: str | None) -> NeuroExam:
    """The examination with this id; else the latest; a case without one gets its first."""
    for exam in case.neuro_exams:
        if exam.id == exam_id:
            return exam
    latest = case.latest_exam()
    if latest is None:
        latest = NeuroExam()
        case.neuro_exams.append(latest)
    return latest


def lesion_to_edit(case: Case, lesion_id: str | None) -> Lesion:
    for lesion in case.imaging.lesions:
        if lesion.id == lesion_id:
            return lesion
    raise ValueError(fmt(N_("Add a lesion first.")))


def owner(case: Case, address: FieldAddress, *, exam_id: str | None = None,
          lesion_id: str | None = None) -> tuple[object, str]:
    """The object that holds the field at an address, and the field's attribute name."""
    if address.lesion is not None:
        obj: object = lesion_to_edit(case, lesion_id if address.lesion == "*" else address.lesion)
    elif address.section == "neuro":
        obj = exam_to_edit(case, exam_id)
    elif address.section == "labs":
        raise ValueError(f"{address}: laboratory results are recorded with record_lab")
    else:
        obj = getattr(case, address.section)
    *parents, attr = address.name.split(".")
    for part in parents:
        obj = getattr(obj, part)
    if not attr or not hasattr(obj, attr):
        raise ValueError(f"{address} names no field")
    return obj, attr


def read(case: Case, address: str, *, exam: NeuroExam | None = None, lesion: Lesion | None = None) -> Any:
    """The value at an address without changing anything (None where the exam or lesion is absent)."""
    where = FieldAddress.parse(address)
    if where.lesion is not None:
        obj: object = lesion
    elif where.section == "neuro":
        obj = exam
    else:
        obj = getattr(case, where.section)
    for part in where.name.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def set_field(address: str, value: Any, *, exam_id: str | None = None, lesion_id: str | None = None,
              new_lesion: bool = False) -> Op:
    """Set one field (validated by the model on assignment). ``new_lesion``: a lesion field written
    while no lesion is chosen adds the lesion (one undo step with the value); the operation then
    returns the new lesion's id."""
    where = FieldAddress.parse(address)

    def op(case: Case) -> str | None:
        if new_lesion and where.lesion is not None and lesion_id is None:
            if value is None:
                return None
            lesion = Lesion()
            setattr(lesion, where.name, value)
            case.imaging.lesions.append(lesion)
            return lesion.id
        obj, attr = owner(case, where, exam_id=exam_id, lesion_id=lesion_id)
        setattr(obj, attr, value)
        return None

    return op


def set_fields(values: list[tuple[str, Any]], *, exam_id: str | None = None, lesion_id: str | None = None) -> Op:
    """Set several fields at once, each explicitly (an "all normal" shortcut): one undo step; all or
    none (a refused value leaves the case as it was)."""
    ops = [set_field(address, value, exam_id=exam_id, lesion_id=lesion_id) for address, value in values]

    def op(case: Case) -> None:
        for one in ops:
            one(case)

    return op


def set_case_notes(text: str | None) -> Op:
    """The notes on the case as a whole (printed at the end of the referral)."""
    def op(case: Case) -> None:
        case.notes = text

    return op


def add_lesion() -> Op:
    """Add an empty lesion; the operation returns its id."""
    def op(case: Case) -> str:
        lesion = Lesion()
        case.imaging.lesions.append(lesion)
        return lesion.id

    return op


def remove_lesion(lesion_id: str) -> Op:
    def op(case: Case) -> None:
        case.imaging.lesions = [x for x in case.imaging.lesions if x.id != lesion_id]

    return op


def add_exam(examined_at: datetime) -> Op:
    """Start a new examination (the earlier ones stay for the comparison); returns its id."""
    def op(case: Case) -> str:
        exam = NeuroExam(examined_at=examined_at)
        case.neuro_exams.append(exam)
        return exam.id

    return op


def edit_cells(exam_id: str | None, changes: list[tuple[str, str, str | None]]) -> Op:
    """Set worksheet cells: (column, level, value or None to clear) each."""
    def op(case: Case) -> str:
        exam = exam_to_edit(case, exam_id)
        values = exam.isncsci
        for column, level, value in changes:
            cells = dict(getattr(values, column))
            if value is None:
                cells.pop(level, None)
            else:
                cells[level] = value
            setattr(values, column, cells)
        return exam.id

    return op


def set_non_sci_reason(exam_id: str | None, cell: str, text: str | None) -> Op:
    """The reason for a starred (non-SCI) value in a worksheet cell ("right_motor.C5")."""
    def op(case: Case) -> str:
        exam = exam_to_edit(case, exam_id)
        reasons = dict(exam.isncsci.non_sci_reasons)
        if text:
            reasons[cell] = text
        else:
            reasons.pop(cell, None)
        exam.isncsci.non_sci_reasons = reasons
        return exam.id

    return op


def shown_result(case: Case, analyte: str) -> LabResult | None:
    """The result of an analyte the labs page shows and edits: the latest with a value, else the
    first recorded."""
    return case.labs.latest(analyte) or next((r for r in case.labs.results if r.analyte == analyte), None)


def record_lab(analyte: str, *, value: float | None = None, text: str | None = None, unit: str | None = None,
               measured_at: datetime | None = None, low: float | None = None, high: float | None = None,
               unit_changed: bool = False, default_range: DefaultRange | None = None) -> Op:
    """Record the result of an analyte as the labs page shows it (one result per analyte).

    A changed unit converts the reference range already entered into the new unit; a first value
    without a range takes the laboratory's default range for the patient's sex and the unit. A
    result with nothing left in it is removed.
    """
    def op(case: Case) -> None:
        previous = shown_result(case, analyte)
        lower, upper = low, high
        if unit_changed and previous is not None and (lower is not None or upper is not None):
            try:
                lower, upper = (convert_bound(analyte, b, previous.unit, unit) for b in (lower, upper))
            except UnitError:
                pass
        fresh = previous is None or (previous.value is None and previous.text is None)
        if value is not None and fresh and lower is None and upper is None and default_range is not None:
            default = default_range(analyte, case.patient.sex, unit or "")
            if default is not None:
                lower, upper = default
        kept = [r for r in case.labs.results if r.analyte != analyte]
        if value is not None or text is not None or measured_at is not None:
            kept.append(LabResult(analyte=Analyte(analyte), value=value, text=text, unit=unit, measured_at=measured_at,
                                  reference_low=lower, reference_high=upper))
        case.labs.results = kept

    return op


def set_sampling_time(measured_at: datetime | None, previous: datetime | None) -> Op:
    """The sampling time of the whole laboratory panel: every result without a time of its own, and
    every result that had the panel's previous time, takes the new one (a result sampled at another
    time keeps it). One undo step."""
    def op(case: Case) -> None:
        for result in case.labs.results:
            if result.measured_at is None or (previous is not None and result.measured_at == previous):
                result.measured_at = measured_at  # validated on assignment (not in the future)

    return op


def panel_sampling_time(case: Case) -> datetime | None:
    """The sampling time most results of the panel share (the panel's time as the labs page shows it)."""
    times = [r.measured_at for r in case.labs.results if r.measured_at is not None]
    if not times:
        return None
    return max(set(times), key=lambda t: (times.count(t), t))


def add_override(override: Override) -> Op:
    """Record a clinician's override of a derived value (shown with its reason wherever it is used)."""
    def op(case: Case) -> None:
        case.overrides.append(override)

    return op


def remove_override(target: str) -> Op:
    def op(case: Case) -> None:
        case.overrides = [o for o in case.overrides if o.target != target]

    return op


__all__ = ["DefaultRange", "Op", "add_exam", "add_lesion", "add_override", "edit_cells", "exam_to_edit",
           "lesion_to_edit", "owner", "panel_sampling_time", "read", "record_lab", "remove_lesion", "remove_override",
           "set_case_notes", "set_field", "set_fields", "set_non_sci_reason", "set_sampling_time", "shown_result"]
