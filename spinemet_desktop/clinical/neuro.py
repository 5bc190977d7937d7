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
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model.enums import Ambulatory, BladderBowel, DeficitClass
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import ISNCSCI_SEGMENT_INDEX, KEY_MUSCLES
from spinemet_desktop.model.text import N_, fmt, join

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
    field = "neuro.deficit_class"
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


def frankel(exam: NeuroExam | None, classification: IsncsciClassification | None) -> Input:
    field = "neuro.frankel"
    if exam is None:
        return Input.missing(field, N_("no neurological examination recorded"))
    if exam.frankel_override is not None:
        return Input(exam.frankel_override.value, Source.OVERRIDE, N_("entered by the clinician"), field)
    if classification is None or classification.result is None:
        return Input.missing(field, N_("enter the Frankel grade or complete the ISNCSCI worksheet"))
    ais = classification.result.asia_impairment_scale
    grades = ais.replace("*", "").split(",")
    if len(grades) != 1:
        return Input.missing(field, fmt(N_("AIS %1 is undetermined; enter the Frankel grade"), ais))
    return Input(grades[0], Source.DERIVED, fmt(N_("from AIS %1"), ais), field)


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


__all__ = ["ExamComparison", "compare", "deficit_class", "frankel", "motor_deficit_days"]
