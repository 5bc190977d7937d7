"""Neurological facts derived from the examinations: deficit class, Frankel, serial change.

The deficit classes are those of shared/testdata/scenarios/README.md (normative) and pathway.md §2:
complete = AIS A / plegia; functionally relevant = not ambulatory, or any affected key muscle
MRC/Janda 0-3, or bladder/bowel dysfunction (pathway.md §7 item 3: any one suffices — inference);
mild = motor deficit with ambulation, all affected muscles > 3 and bladder/bowel intact;
radicular/sensory = radicular pain or a purely sensory deficit. Starred ISNCSCI values mark a
non-SCI cause and do not count as a cord deficit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from spinemet_desktop.clinical.isncsci import IsncsciClassification
from spinemet_desktop.clinical.result import FROM_AIS, Input, Source
from spinemet_desktop.model.case import Case
from spinemet_desktop.model.enums import Ambulatory, BladderBowel, DeficitClass
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import ISNCSCI_SEGMENT_INDEX, KEY_MUSCLES
from spinemet_desktop.model.text import N_, Text, fmt, join

AIS_ORDER = "ABCDE"


def _motor_grades(exam: NeuroExam) -> tuple[list[str], bool]:
    """Unstarred key-muscle grades, and whether any key muscle is still unknown (blank/NT)."""
    grades: list[str] = []
    unknown = False
    for side in (exam.isncsci.right_motor, exam.isncsci.left_motor):
        for muscle in KEY_MUSCLES:
            value = side.get(muscle)
            if value is None or value.startswith("NT"):
                unknown = True
            elif "*" not in value:
                grades.append(value)
    return grades, unknown


def _sensory_abnormal(exam: NeuroExam) -> bool | None:
    values = exam.isncsci
    cells = [
        v
        for column in (values.right_light_touch, values.left_light_touch,
                       values.right_pin_prick, values.left_pin_prick)
        for v in column.values()
    ]
    if any(v in ("0", "1") for v in cells):
        return True
    if len(cells) < 4 * 28 or any(v.startswith("NT") for v in cells):
        return None
    return False


def deficit_class(exam: NeuroExam | None, classification: IsncsciClassification | None) -> Input:
    """The pathway's deficit class for one exam, with the reason."""
    field = "neuro.deficit_class_override"
    if exam is None:
        return Input.missing(field, N_("no neurological examination recorded"))
    if exam.deficit_class_override is not None:
        return Input(exam.deficit_class_override.value, Source.OVERRIDE,
                     N_("entered by the clinician"), field)
    result = classification.result if classification else None
    if result is not None and result.asia_impairment_scale.replace("*", "") == "A":
        return Input(DeficitClass.COMPLETE.value, Source.DERIVED,
                     fmt(N_("AIS %1"), result.asia_impairment_scale), field)
    grades, motor_unknown = _motor_grades(exam)
    weak = [g for g in grades if int(g) <= 3]
    reasons = []
    if exam.ambulatory is Ambulatory.NOT_AMBULATORY:
        reasons.append(N_("not ambulatory"))
    if exam.bladder_bowel is BladderBowel.DISTURBED:
        reasons.append(N_("bladder/bowel dysfunction"))
    if exam.isncsci.vac == "No":
        # No voluntary sphincter control: an autonomic finding (pathway.md §11 S1).
        reasons.append(N_("voluntary anal contraction absent"))
    if weak:
        reasons.append(fmt(N_("key muscle(s) graded %1/5 (≤ 3)"), min(weak, key=int)))
    if reasons:
        return Input(DeficitClass.FUNCTIONALLY_RELEVANT.value, Source.DERIVED,
                     join("; ", reasons), field)
    missing = []
    if exam.ambulatory is None:
        missing.append(N_("ambulatory status"))
    if exam.bladder_bowel is None:
        missing.append(N_("bladder/bowel function"))
    if motor_unknown:
        missing.append(N_("key-muscle grades"))
    if missing:
        return Input.missing(field, fmt(N_("cannot classify the deficit: missing %1"), join(", ", missing)))
    if any(int(g) == 4 for g in grades):
        return Input(DeficitClass.MILD.value, Source.DERIVED,
                     N_("motor deficit (key muscle 4/5), ambulatory, bladder/bowel intact"), field)
    sensory = _sensory_abnormal(exam)
    if exam.radicular_pain or sensory:
        why = N_("radicular pain") if exam.radicular_pain else N_("sensory deficit without motor deficit")
        return Input(DeficitClass.RADICULAR_SENSORY.value, Source.DERIVED, why, field)
    if sensory is None or exam.radicular_pain is None:
        what = N_("sensory examination") if sensory is None else N_("radicular pain (yes/no)")
        return Input.missing(field, fmt(N_("cannot classify the deficit: missing %1"), what))
    return Input(DeficitClass.NONE.value, Source.DERIVED,
                 N_("all key muscles 5/5, sensation intact, no radicular pain"), field)


def _latest_tested(exams: list[NeuroExam], read: object) -> tuple[object, NeuroExam | None]:
    """The newest value an exam recorded for an item (an earlier exam of the same episode counts
    when the latest did not test it, pathway.md §11 S1)."""
    for exam in exams:
        value = read(exam)  # type: ignore[operator]
        if value is not None and not (isinstance(value, str) and value.startswith("NT")):
            return value, exam
    return None, None


def motor_finding(case: Case) -> Input:
    """S1: a documented motor or autonomic finding — a key muscle graded below 5 (starred values
    do not count), voluntary anal contraction absent, bladder/bowel dysfunction, not ambulatory,
    or a new weakness or bladder/bowel complaint recorded in the history. True with what was
    found; False when the latest exam graded every key muscle and recorded ambulation and
    bladder/bowel function without a finding; None otherwise."""
    field = "neuro.isncsci"
    exams = case.exams_latest_first()
    found: list[Text] = []
    weak: list[tuple[int, str]] = []
    for side, column in (("R", "right_motor"), ("L", "left_motor")):
        for muscle in KEY_MUSCLES:
            value, _exam = _latest_tested(exams, lambda e, c=column, m=muscle: getattr(e.isncsci, c).get(m))
            if isinstance(value, str) and "*" not in value and int(value) < 5:
                weak.append((int(value), f"{side} {muscle}"))
    if weak:
        weakest = min(grade for grade, _ in weak)
        names = [name for grade, name in weak if grade == weakest]
        found.append(fmt(N_("%1 key muscle(s) below 5/5, weakest %2/5 (%3)"), len(weak), weakest,
                         ", ".join(names[:4]) + (" …" if len(names) > 4 else "")))
    vac, _ = _latest_tested(exams, lambda e: e.isncsci.vac)
    if vac == "No":
        found.append(fmt(N_("voluntary anal contraction absent")))
    bladder, _ = _latest_tested(exams, lambda e: e.bladder_bowel)
    if bladder is BladderBowel.DISTURBED:
        found.append(fmt(N_("bladder/bowel dysfunction")))
    walking, _ = _latest_tested(exams, lambda e: e.ambulatory)
    if walking is Ambulatory.NOT_AMBULATORY:
        found.append(fmt(N_("not ambulatory")))
    h = case.history
    if h.complaint_weakness:
        found.append(fmt(N_("weakness reported by the patient")))
    if h.complaint_bladder_bowel:
        found.append(fmt(N_("bladder/bowel complaints reported by the patient")))
    if found:
        return Input(True, Source.DERIVED, join("; ", found), field)
    latest = exams[0] if exams else None
    if latest is not None and latest.ambulatory is not None and latest.bladder_bowel is not None:
        _grades, unknown = _motor_grades(latest)
        if not unknown:
            return Input(False, Source.DERIVED, N_("all key muscles graded 5/5 (or non-SCI), ambulatory, "
                                                   "bladder/bowel intact"), field)
    return Input.missing(field, N_("no motor or autonomic finding recorded yet"))


def _plegic(exam: NeuroExam) -> bool:
    """A limb whose key muscles are all graded 0 (unstarred) on one side."""
    for values in (exam.isncsci.right_motor, exam.isncsci.left_motor):
        for muscles in (KEY_MUSCLES[:5], KEY_MUSCLES[5:]):
            if all(values.get(m) == "0" for m in muscles):
                return True
    return False


def completeness_unknown(exam: NeuroExam | None, classification: IsncsciClassification | None) -> Input:
    """S2: a plegic pattern whose completeness is unknown because the sacral examination (S4-5
    sensation, anal contraction, deep anal pressure) is missing or not testable."""
    field = "neuro.isncsci.vac"
    if exam is None or not _plegic(exam):
        return Input(False, Source.DERIVED, None, field)
    result = classification.result if classification else None
    if result is not None:
        grades = result.asia_impairment_scale.replace("*", "").split(",")
        unknown = "A" in grades and len(grades) > 1
    else:
        v = exam.isncsci
        sacral = [v.right_light_touch.get("S4_5"), v.left_light_touch.get("S4_5"),
                  v.right_pin_prick.get("S4_5"), v.left_pin_prick.get("S4_5"), v.vac, v.dap]
        unknown = any(x is None or x.startswith("NT") for x in sacral)
    if unknown:
        return Input(True, Source.DERIVED, N_("plegic pattern; sacral examination missing or not testable"),
                     field)
    return Input(False, Source.DERIVED, None, field)


def frankel(exam: NeuroExam | None, classification: IsncsciClassification | None) -> Input:
    field = "neuro.frankel_override"
    if exam is None:
        return Input.missing(field, N_("no neurological examination recorded"))
    if exam.frankel_override is not None:
        return Input(exam.frankel_override.value, Source.OVERRIDE, N_("entered by the clinician"), field)
    if classification is None or classification.result is None:
        return Input.missing(field, N_("enter the Frankel grade or complete the ISNCSCI worksheet"))
    ais = classification.result.asia_impairment_scale
    grades = ais.replace("*", "").split(",")
    if len(grades) != 1:
        return Input(None, Source.MISSING, fmt(N_("AIS %1 is undetermined; enter the Frankel grade"), ais), field,
                     derived_from=FROM_AIS)
    return Input(grades[0], Source.DERIVED, fmt(N_("from AIS %1"), ais), field, derived_from=FROM_AIS)


def motor_deficit_days(exam: NeuroExam | None, as_of: datetime) -> Input:
    field = "neuro.deficit_onset_at"
    if exam is None or exam.deficit_onset_at is None:
        return Input.missing(field, N_("time of deficit onset not recorded"))
    onset = exam.deficit_onset_at
    delta = as_of.astimezone() - onset.astimezone()
    days = max(delta.total_seconds(), 0) / 86400
    return Input(round(days, 1), Source.DERIVED, fmt(N_("from deficit onset %1"), onset), field)


@dataclass(frozen=True)
class ExamComparison:
    motor_total_before: str | None
    motor_total_after: str | None
    motor_change: int | None
    nli_before: str | None
    nli_after: str | None
    ais_before: str | None
    ais_after: str | None
    deteriorated: bool | None
    reasons: tuple[str, ...]


def _motor_total(c: IsncsciClassification) -> str | None:
    if c.result is None:
        return None
    r, l_ = c.result.right_motor_total, c.result.left_motor_total
    return "ND" if "ND" in (r, l_) else str(int(r) + int(l_))


def _first_level_index(level: str | None) -> int | None:
    if not level:
        return None
    first = level.split(",")[0].replace("*", "")
    return 29 if first == "INT" else ISNCSCI_SEGMENT_INDEX.get(first)


def compare(previous: IsncsciClassification, latest: IsncsciClassification) -> ExamComparison:
    """Latest exam against the previous one: motor score, NLI and AIS change."""
    before, after = _motor_total(previous), _motor_total(latest)
    change = int(after) - int(before) if before not in (None, "ND") and after not in (None, "ND") else None
    nli_b = previous.result.neurological_level_of_injury if previous.result else None
    nli_a = latest.result.neurological_level_of_injury if latest.result else None
    ais_b = previous.result.asia_impairment_scale if previous.result else None
    ais_a = latest.result.asia_impairment_scale if latest.result else None
    reasons = []
    if change is not None and change < 0:
        reasons.append(fmt(N_("motor score fell by %1 points (%2 → %3)"), -change, before, after))
    ib, ia = _first_level_index(nli_b), _first_level_index(nli_a)
    if ib is not None and ia is not None and ia < ib:
        reasons.append(fmt(N_("neurological level rose (%1 → %2)"), nli_b, nli_a))
    if ais_b and ais_a:
        rank_b = min(AIS_ORDER.index(g[0]) for g in ais_b.split(","))
        rank_a = min(AIS_ORDER.index(g[0]) for g in ais_a.split(","))
        if rank_a < rank_b:
            reasons.append(fmt(N_("AIS worsened (%1 → %2)"), ais_b, ais_a))
    known = change is not None or (ib is not None and ia is not None) or bool(ais_b and ais_a)
    deteriorated = True if reasons else (False if known else None)
    return ExamComparison(before, after, change, nli_b, nli_a, ais_b, ais_a, deteriorated, tuple(reasons))


__all__ = ["ExamComparison", "compare", "completeness_unknown", "deficit_class", "frankel", "motor_deficit_days",
           "motor_finding"]
