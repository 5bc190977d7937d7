"""Deficit class, Frankel grade, motor-deficit days and the serial-exam comparison
(clinical/neuro.py), each rule on both sides of its edge (issue 29).

Deficit classes as defined in shared/testdata/scenarios/README.md: complete = AIS A; functionally
relevant = not ambulatory, or any affected key muscle MRC/Janda 0-3, or bladder/bowel dysfunction;
mild = motor deficit with ambulation, all affected muscles > 3, bladder/bowel intact;
radicular/sensory = radicular pain or a purely sensory deficit.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from spinemet_desktop.clinical import neuro
from spinemet_desktop.clinical.isncsci import IsncsciClassification, classify
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.model import IsncsciValues
from spinemet_desktop.model.enums import Ambulatory, BladderBowel, DeficitClass, Frankel
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES

SENSORY = ("right_light_touch", "left_light_touch", "right_pin_prick", "left_pin_prick")


def _values(motor: dict[str, str] | None = None, sensory: dict[str, str] | None = None,
            drop: tuple[str, ...] = ()) -> IsncsciValues:
    """A normal worksheet with some cells changed ("right_motor.L2": "3") or left empty (drop)."""
    cells: dict[str, dict[str, str]] = {f"{s}_motor": dict.fromkeys(KEY_MUSCLES, "5") for s in ("right", "left")}
    for column in SENSORY:
        cells[column] = dict.fromkeys(DERMATOMES, "2")
    for key, value in {**(motor or {}), **(sensory or {})}.items():
        column, level = key.split(".")
        cells[column][level] = value
    for key in drop:
        column, level = key.split(".")
        del cells[column][level]
    return IsncsciValues(**cells, vac="Yes", dap="Yes")


def _exam(values: IsncsciValues | None = None, **facts: object) -> NeuroExam:
    defaults = {"ambulatory": Ambulatory.INDEPENDENT, "bladder_bowel": BladderBowel.INTACT, "radicular_pain": False}
    return NeuroExam(isncsci=values or _values(), **{**defaults, **facts})


def _deficit(exam: NeuroExam | None, ais: str | None = None):  # type: ignore[no-untyped-def]
    classification = classify(exam.isncsci) if exam is not None else None
    if ais is not None:
        assert classification is not None and classification.result is not None
        classification = IsncsciClassification(dataclasses.replace(classification.result, asia_impairment_scale=ais))
    return neuro.deficit_class(exam, classification)


def test_no_exam_no_class() -> None:
    result = _deficit(None)
    assert result.value is None and result.source is Source.MISSING and result.field == "neuro.deficit_class_override"


def test_the_clinicians_class_wins() -> None:
    exam = _exam(deficit_class_override=DeficitClass.MILD, ambulatory=Ambulatory.NOT_AMBULATORY)
    result = _deficit(exam, ais="A")
    assert (result.value, result.source) == ("mild", Source.OVERRIDE)


@pytest.mark.parametrize(("ais", "expected"), [("A", "complete"), ("A*", "complete"), ("B", "none"),
                                               ("A,B", "none"), ("E", "none")])
def test_ais_a_is_a_complete_deficit(ais: str, expected: str) -> None:
    result = _deficit(_exam(), ais=ais)
    assert result.value == expected
    if expected == "complete":
        assert result.derivation == f"AIS {ais}" and result.source is Source.DERIVED


@pytest.mark.parametrize(("grade", "expected"), [
    ("0", "functionally_relevant"), ("1", "functionally_relevant"), ("2", "functionally_relevant"),
    ("3", "functionally_relevant"), ("4", "mild"), ("5", "none"),
    ("3*", "none"), ("0*", "none"), ("4**", "none"),  # a non-SCI cause is not a cord deficit
])
def test_key_muscle_grade_0_to_3_is_functionally_relevant_4_is_mild(grade: str, expected: str) -> None:
    result = _deficit(_exam(_values({"right_motor.L3": grade})))
    assert result.value == expected
    if expected == "functionally_relevant":
        assert result.derivation == f"key muscle(s) graded {grade}/5 (≤ 3)"


def test_the_weakest_muscle_is_named() -> None:
    result = _deficit(_exam(_values({"right_motor.L3": "3", "left_motor.C5": "1", "left_motor.C6": "2"})))
    assert result.derivation == "key muscle(s) graded 1/5 (≤ 3)"


@pytest.mark.parametrize(("facts", "reasons"), [
    ({"ambulatory": Ambulatory.NOT_AMBULATORY}, "not ambulatory"),
    ({"bladder_bowel": BladderBowel.DISTURBED}, "bladder/bowel dysfunction"),
    ({"ambulatory": Ambulatory.NOT_AMBULATORY, "bladder_bowel": BladderBowel.DISTURBED},
     "not ambulatory; bladder/bowel dysfunction"),
])
def test_not_ambulatory_or_bladder_bowel_dysfunction_is_functionally_relevant(facts: dict, reasons: str) -> None:  # type: ignore[type-arg]
    result = _deficit(_exam(_values({"left_motor.S1": "2"}), **facts))
    assert result.value == "functionally_relevant"
    assert result.derivation == f"{reasons}; key muscle(s) graded 2/5 (≤ 3)"
    assert _deficit(_exam(**facts)).derivation == reasons


def test_walking_with_an_aid_alone_is_not_functionally_relevant() -> None:
    assert _deficit(_exam(ambulatory=Ambulatory.WITH_AID)).value == "none"
    assert _deficit(_exam(_values({"right_motor.C7": "4"}), ambulatory=Ambulatory.WITH_AID)).value == "mild"


@pytest.mark.parametrize(("facts", "drop", "missing"), [
    ({"ambulatory": None}, (), "ambulatory status"),
    ({"bladder_bowel": None}, (), "bladder/bowel function"),
    ({}, ("right_motor.L4",), "key-muscle grades"),
    ({"ambulatory": None, "bladder_bowel": None}, ("left_motor.C8",),
     "ambulatory status, bladder/bowel function, key-muscle grades"),
])
def test_without_the_facts_that_could_make_it_relevant_the_class_is_missing(facts: dict, drop: tuple,  # type: ignore[type-arg]
                                                                              missing: str) -> None:
    result = neuro.deficit_class(_exam(_values({"right_motor.C5": "4"}, drop=drop), **facts), None)
    assert result.value is None and result.source is Source.MISSING
    assert result.derivation == f"cannot classify the deficit: missing {missing}"


def test_an_nt_key_muscle_is_unknown() -> None:
    result = _deficit(_exam(_values({"right_motor.C5": "NT"})))
    assert result.value is None and "key-muscle grades" in result.derivation
    assert _deficit(_exam(_values({"right_motor.C5": "NT*"}))).value is None


@pytest.mark.parametrize(("value", "expected"), [
    ("0", "radicular_sensory"), ("1", "radicular_sensory"), ("0*", "none"), ("1**", "none"), ("2", "none"),
])
def test_a_purely_sensory_deficit(value: str, expected: str) -> None:
    result = _deficit(_exam(_values(sensory={"left_pin_prick.T10": value})))
    assert result.value == expected
    if expected == "radicular_sensory":
        assert result.derivation == "sensory deficit without motor deficit"


def test_radicular_pain() -> None:
    result = _deficit(_exam(radicular_pain=True))
    assert (result.value, result.derivation) == ("radicular_sensory", "radicular pain")
    assert _deficit(_exam(_values(sensory={"right_light_touch.C6": "1"}), radicular_pain=True)).derivation == (
        "radicular pain")


@pytest.mark.parametrize(("sensory", "drop", "radicular", "expected", "missing"), [
    ({}, (), False, "none", None),
    ({}, ("left_light_touch.S4_5",), False, None, "sensory examination"),  # one of 112 cells empty
    ({"right_pin_prick.L1": "NT"}, (), False, None, "sensory examination"),
    ({"right_pin_prick.L1": "NT**"}, (), False, None, "sensory examination"),
    ({"right_pin_prick.L1": "NT"}, (), True, "radicular_sensory", None),
    ({"right_pin_prick.L1": "0"}, ("left_light_touch.S4_5",), False, "radicular_sensory", None),
    ({}, (), None, None, "radicular pain (yes/no)"),
    ({}, ("right_light_touch.C2",), None, None, "sensory examination"),
])
def test_no_deficit_needs_a_complete_sensory_exam_and_the_radicular_answer(
        sensory: dict, drop: tuple, radicular: bool | None, expected: str | None, missing: str | None) -> None:  # type: ignore[type-arg]
    exam = _exam(_values(sensory=sensory, drop=drop), radicular_pain=radicular)
    result = neuro.deficit_class(exam, None)  # an incomplete worksheet has no classification
    assert result.value == expected
    if missing:
        assert result.derivation == f"cannot classify the deficit: missing {missing}"
    if expected == "none":
        assert result.derivation == "all key muscles 5/5, sensation intact, no radicular pain"


# -- Frankel -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("ais", "frankel"), [("A", "A"), ("B", "B"), ("C*", "C"), ("D", "D"), ("E*", "E"),
                                              ("A,B", None), ("C,D", None)])
def test_frankel_from_the_ais_grade(ais: str, frankel: str | None) -> None:
    exam = _exam()
    classification = IsncsciClassification(dataclasses.replace(classify(exam.isncsci).result, asia_impairment_scale=ais))  # type: ignore[arg-type]
    result = neuro.frankel(exam, classification)
    assert result.value == frankel and result.field == "neuro.frankel_override"
    if frankel:
        assert (result.source, result.derivation) == (Source.DERIVED, f"from AIS {ais}")
    else:
        assert result.derivation == f"AIS {ais} is undetermined; enter the Frankel grade"


def test_frankel_missing_or_entered() -> None:
    assert neuro.frankel(None, None).value is None
    exam = _exam(frankel_override=Frankel.D)
    assert (neuro.frankel(exam, None).value, neuro.frankel(exam, None).source) == ("D", Source.OVERRIDE)
    assert neuro.frankel(_exam(), None).value is None
    assert neuro.frankel(_exam(), IsncsciClassification(None)).value is None


# -- time developing motor deficits ------------------------------------------------------------

AS_OF = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("hours", "days"), [(0, 0.0), (1, 0.0), (3, 0.1), (36, 1.5), (168, 7.0), (170, 7.1),
                                             (-5, 0.0), (100.0495 * 24, 100.0), (100.0505 * 24, 100.1)])
def test_motor_deficit_days_from_the_onset(hours: float, days: float) -> None:
    exam = _exam(deficit_onset_at=AS_OF - timedelta(hours=hours)) if hours >= 0 else _exam()
    if hours < 0:  # an onset after the assessment time counts as 0 days
        exam = exam.model_copy(update={"deficit_onset_at": AS_OF + timedelta(hours=-hours)})
    result = neuro.motor_deficit_days(exam, AS_OF)
    assert result.value == days and result.source is Source.DERIVED
    assert str(result.value) == str(days)  # never "-0.0" days


def test_motor_deficit_days_without_an_onset() -> None:
    assert neuro.motor_deficit_days(None, AS_OF).value is None
    result = neuro.motor_deficit_days(_exam(), AS_OF)
    assert result.value is None and result.field == "neuro.deficit_onset_at"


# -- serial exams ------------------------------------------------------------------------------


def _classified(right_motor: str = "50", left_motor: str = "50", nli: str = "INT", ais: str = "E") -> IsncsciClassification:
    base = classify(_values()).result
    assert base is not None
    return IsncsciClassification(dataclasses.replace(base, right_motor_total=right_motor, left_motor_total=left_motor,
                                                     neurological_level_of_injury=nli, asia_impairment_scale=ais))


@pytest.mark.parametrize(("before", "after", "change", "deteriorated", "reason"), [
    (("50", "50"), ("50", "49"), -1, True, "motor score fell by 1 points (100 → 99)"),
    (("40", "40"), ("40", "40"), 0, False, None),
    (("40", "40"), ("41", "40"), 1, False, None),
    (("ND", "40"), ("30", "30"), None, False, None),  # the levels and grades are still compared
    (("40", "ND"), ("30", "30"), None, False, None),
    (("40", "40"), ("30", "ND"), None, False, None),
])
def test_motor_score_change(before: tuple[str, str], after: tuple[str, str], change: int | None,
                            deteriorated: bool, reason: str | None) -> None:
    result = neuro.compare(_classified(*before), _classified(*after))
    assert result.motor_change == change and result.deteriorated is deteriorated
    assert result.reasons == ((reason,) if reason else ())
    assert result.motor_total_before == ("ND" if "ND" in before else str(sum(map(int, before))))
    assert result.motor_total_after == ("ND" if "ND" in after else str(sum(map(int, after))))


@pytest.mark.parametrize(("nli_before", "nli_after", "rose"), [
    ("T10", "T9", True), ("T10", "T10", False), ("T10", "T11", False), ("INT", "S3", True), ("S3", "INT", False),
    ("C5,C6", "C4*", True), ("C5*", "C5", False), ("C1", "C1", False), ("T1", "C8", True),
    ("T4,T10", "T6", False), ("T6", "T4,T10", True),  # the most rostral candidate counts
])
def test_neurological_level_rising(nli_before: str, nli_after: str, rose: bool) -> None:
    result = neuro.compare(_classified(nli=nli_before), _classified(nli=nli_after))
    assert any("neurological level rose" in r for r in result.reasons) is rose
    assert result.deteriorated is rose


@pytest.mark.parametrize(("ais_before", "ais_after", "worse"), [
    ("D", "C", True), ("D", "D", False), ("C", "D", False), ("B,C", "A", True), ("B,C", "B", False),
    ("E*", "D*", True), ("A", "A,B", False), ("B", "A,B", True),
])
def test_ais_worsening(ais_before: str, ais_after: str, worse: bool) -> None:
    result = neuro.compare(_classified(ais=ais_before), _classified(ais=ais_after))
    assert (f"AIS worsened ({ais_before} → {ais_after})" in result.reasons) is worse
    assert result.deteriorated is worse


def test_comparison_of_unclassified_exams_is_undetermined() -> None:
    result = neuro.compare(IsncsciClassification(None), IsncsciClassification(None))
    assert (result.motor_change, result.deteriorated, result.reasons) == (None, None, ())
    assert (result.nli_before, result.ais_after, result.motor_total_after) == (None, None, None)
    half = neuro.compare(_classified(), IsncsciClassification(None))
    assert half.deteriorated is None and half.nli_before == "INT" and half.ais_before == "E"
    first_unclassified = neuro.compare(IsncsciClassification(None), _classified())
    assert (first_unclassified.motor_change, first_unclassified.deteriorated) == (None, None)
    assert first_unclassified.motor_total_after == "100"


# -- S1: a documented motor or autonomic finding; S2: completeness of a plegic pattern unknown -----


def _case(*exams: NeuroExam):  # type: ignore[no-untyped-def]
    from spinemet_desktop.model import Case

    case = Case()
    case.neuro_exams = list(exams)
    return case


def test_no_motor_finding_needs_the_latest_exam_complete_and_normal() -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    normal = _exam(examined_at=now)
    assert neuro.motor_finding(_case(normal)).value is False
    # An earlier exam that recorded nothing does not make the normal latest exam incomplete ...
    earlier = NeuroExam(examined_at=now - timedelta(days=1))
    assert neuro.motor_finding(_case(earlier, normal)).value is False
    # ... but "no finding" needs the latest exam to have graded every key muscle itself.
    later = NeuroExam(examined_at=now + timedelta(hours=1), isncsci=_values(drop=("right_motor.L3",)),
                      ambulatory=Ambulatory.INDEPENDENT, bladder_bowel=BladderBowel.INTACT)
    assert neuro.motor_finding(_case(normal, later)).value is None
    untested = _exam(_values(motor={"right_motor.L3": "NT"}))
    assert neuro.motor_finding(_case(untested)).value is None  # a key muscle not testable: no "no finding"


def _plegic_exam() -> NeuroExam:
    return _exam(_values(motor={f"right_motor.{m}": "0" for m in KEY_MUSCLES[5:]}),
                 ambulatory=Ambulatory.NOT_AMBULATORY)


@pytest.mark.parametrize(("ais", "unknown"), [
    ("A", False),      # complete, and known to be
    ("A,B", True),     # complete or not: the sacral examination decides (S2)
    ("A*,B", True),
    ("B", False),
    ("B,C", False),    # incomplete either way
])
def test_completeness_of_a_plegic_pattern_is_unknown_only_when_a_is_one_of_several_grades(
        ais: str, unknown: bool) -> None:
    exam = _plegic_exam()
    classification = classify(exam.isncsci)
    assert classification.result is not None
    classification = IsncsciClassification(dataclasses.replace(classification.result, asia_impairment_scale=ais))
    assert neuro.completeness_unknown(exam, classification).value is unknown
