from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from spinemet_desktop.clinical.history import red_flags
from spinemet_desktop.clinical.labs import (
    RangeFlag,
    assess_labs,
    corrected_calcium,
    lab_indications,
)
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model import Case, LabResult, Labs, Lesion
from spinemet_desktop.model.enums import Analyte, DeficitClass, PainCourse, SinsBoneLesion
from spinemet_desktop.model.units import (
    _FACTORS,
    CANONICAL_UNIT,
    UnitError,
    accepted_units,
    convert,
    from_canonical,
    to_canonical,
)
from spinemet_desktop.present.vocabulary import VOCABULARY


@pytest.mark.parametrize(("analyte", "value", "unit", "expected"), [
    ("calcium", 10.0, "mg/dL", 2.495),
    ("calcium", 2.5, "mmol/L", 2.5),
    ("albumin", 3.5, "g/dL", 35.0),
    ("haemoglobin", 7.45, "mmol/L", 12.0),
    ("haemoglobin", 120, "g/L", 12.0),
    ("creatinine", 88.42, "µmol/L", 1.0),
])
def test_unit_conversion_table(analyte: str, value: float, unit: str, expected: float) -> None:
    assert to_canonical(analyte, value, unit) == pytest.approx(expected, abs=0.01)


def test_every_analyte_and_only_those_have_a_canonical_unit_and_a_label() -> None:
    assert set(CANONICAL_UNIT) == set(Analyte)
    assert {analyte for analyte, _unit in _FACTORS} <= set(Analyte)
    assert [value for value, _label in VOCABULARY["lab"]] == [a.value for a in Analyte]
    # The case model takes its analytes from the same list, and no other.
    assert all(LabResult(analyte=a.value).analyte is a for a in Analyte)
    with pytest.raises(ValidationError):
        LabResult(analyte="sodium")


def test_unknown_unit_is_an_error_not_a_guess() -> None:
    with pytest.raises(UnitError):
        to_canonical("calcium", 2.5, "mEq/L")


@given(st.sampled_from([("calcium", "mg/dL"), ("albumin", "g/dL"), ("haemoglobin", "mmol/L"),
                        ("creatinine", "µmol/L")]), st.floats(0.01, 1e4))
def test_conversion_round_trips(pair, value) -> None:  # type: ignore[no-untyped-def]
    analyte, unit = pair
    assert from_canonical(analyte, to_canonical(analyte, value, unit), unit) == pytest.approx(value)


@pytest.mark.parametrize(("ca", "alb", "expected"), [(2.40, 40, 2.40), (2.20, 30, 2.40), (2.60, 45, 2.50)])
def test_corrected_calcium_payne(ca: float, alb: float, expected: float) -> None:
    assert corrected_calcium(ca, alb) == pytest.approx(expected)


@given(st.floats(1.0, 4.0), st.floats(10, 60), st.floats(10, 60))
def test_corrected_calcium_falls_as_albumin_rises(ca, a1, a2) -> None:  # type: ignore[no-untyped-def]
    if a2 - a1 > 0.01:
        assert corrected_calcium(ca, a1) > corrected_calcium(ca, a2)


def _labs(**values: tuple[float, str, float | None, float | None]) -> Labs:
    return Labs(results=[LabResult(analyte=a, value=v, unit=u, reference_low=lo, reference_high=hi)
                         for a, (v, u, lo, hi) in values.items()])


def test_hypercalcaemia_uses_the_corrected_value() -> None:
    normal_total_low_albumin = _labs(calcium=(2.55, "mmol/L", 2.15, 2.6), albumin=(25, "g/L", 35, 52))
    flags = {f.id for f in assess_labs(normal_total_low_albumin).flags}
    assert "hypercalcaemia" in flags  # 2.55 + 0.3 = 2.85
    assert assess_labs(_labs(calcium=(2.45, "mmol/L", 2.15, 2.6), albumin=(40, "g/L", 35, 52))).flags == ()


def test_bleeding_risk_and_infection_flags_appear_and_disappear() -> None:
    risky = assess_labs(_labs(inr=(1.8, "", 0.85, 1.15), platelets=(60, "/nL", 150, 400)))
    assert [f.id for f in risky.flags] == ["bleeding_risk"]
    assert "INR 1.8" in risky.flags[0].reason
    assert risky.values["inr"].flag is RangeFlag.HIGH and risky.values["platelets"].flag is RangeFlag.LOW
    assert assess_labs(_labs(inr=(1.0, "", 0.85, 1.15), platelets=(200, "/nL", 150, 400))).flags == ()
    infection = assess_labs(_labs(crp=(80, "mg/L", None, 5), leukocytes=(15, "/nL", 4, 10)))
    assert [f.id for f in infection.flags] == ["infection"]
    assert assess_labs(_labs(crp=(80, "mg/L", None, 5), leukocytes=(7, "/nL", 4, 10))).flags == ()


@pytest.mark.covers("E14")
def test_without_a_reference_range_only_the_absolute_grades_flag_and_minimum_panel_is_listed() -> None:
    result = assess_labs(_labs(calcium=(2.7, "mmol/L", None, None)))
    assert result.flags == ()
    assert "haemoglobin" in result.missing_minimum and "calcium" not in result.missing_minimum
    # pathway.md §11 S12 grades by the value itself: 3.0 mmol/L or more is flagged without a range
    # (the older rule judged nothing without a range).
    [flag] = assess_labs(_labs(calcium=(3.5, "mmol/L", None, None))).flags
    assert flag.id == "hypercalcaemia" and flag.grade == "moderate"


# -- issue 5: every accepted unit, the optional labs' triggers, the red flags ----------------------

ALL_UNITS = sorted(_FACTORS)


@pytest.mark.parametrize(("analyte", "value", "unit", "target", "expected"), [
    ("calcium", 2.5, "mmol/L", "mg/dL", 10.02),
    ("calcium", 8.0, "mg/dL", "mmol/L", 1.996),
    ("albumin", 35, "g/L", "g/dL", 3.5),
    ("albumin", 4.2, "g/dL", "g/L", 42.0),
    ("haemoglobin", 12.0, "g/dL", "mmol/L", 7.447),
    ("haemoglobin", 8.0, "mmol/L", "g/dL", 12.891),
    ("vitamin_d", 20, "ng/mL", "nmol/L", 49.92),
    ("pth", 65, "pg/mL", "pmol/L", 6.89),
    ("alkaline_phosphatase", 2.0, "µkat/L", "U/L", 120.0),
    ("creatinine", 1.0, "mg/dL", "µmol/L", 88.42),
    ("platelets", 250_000, "/µL", "/nL", 250.0),
])
def test_conversion_between_units_table(analyte: str, value: float, unit: str, target: str, expected: float) -> None:
    assert convert(analyte, value, unit, target) == pytest.approx(expected, abs=0.005)


@given(st.data(), st.floats(0.001, 1e5))
def test_every_pair_of_units_round_trips(data, value) -> None:  # type: ignore[no-untyped-def]
    analyte = data.draw(st.sampled_from(sorted({a for a, _ in ALL_UNITS})))
    unit, other = (data.draw(st.sampled_from(accepted_units(analyte))) for _ in range(2))
    there = convert(analyte, value, unit, other)
    assert there > 0
    assert convert(analyte, there, other, unit) == pytest.approx(value, rel=1e-9)


@given(st.sampled_from(ALL_UNITS), st.floats(0, 1e4), st.floats(0, 1e4))
def test_conversion_keeps_the_order_of_values(pair, x, y) -> None:  # type: ignore[no-untyped-def]
    analyte, unit = pair
    if x < y:
        assert to_canonical(analyte, x, unit) <= to_canonical(analyte, y, unit)


@pytest.mark.parametrize(("ca", "alb", "expected"), [
    (2.10, 20, 2.50), (2.50, 50, 2.30), (1.90, 40, 1.90), (2.72, 40, 2.72), (2.30, 25, 2.60),
])
def test_corrected_calcium_more_vectors(ca: float, alb: float, expected: float) -> None:
    assert corrected_calcium(ca, alb) == pytest.approx(expected)


@given(st.floats(0.5, 6), st.floats(5, 80), st.floats(0.1, 10))
def test_corrected_calcium_is_linear_in_albumin(ca, alb, step) -> None:  # type: ignore[no-untyped-def]
    # 0.02 mmol/L of calcium per g/L of albumin below 40 g/L, and no correction at 40 g/L
    assert corrected_calcium(ca, 40) == pytest.approx(ca)
    assert corrected_calcium(ca, alb) - corrected_calcium(ca, alb + step) == pytest.approx(0.02 * step)


@given(st.floats(0.5, 6), st.sampled_from(["mmol/L", "mg/dL"]), st.floats(5, 80), st.sampled_from(["g/L", "g/dL"]))
def test_the_corrected_calcium_does_not_depend_on_the_units_entered(ca, ca_unit, alb, alb_unit) -> None:  # type: ignore[no-untyped-def]
    labs = _labs(calcium=(convert("calcium", ca, "mmol/L", ca_unit), ca_unit, None, None),
                 albumin=(convert("albumin", alb, "g/L", alb_unit), alb_unit, None, None))
    assert assess_labs(labs).corrected_calcium == pytest.approx(round(corrected_calcium(ca, alb), 2), abs=0.0051)


def test_a_value_without_reference_range_is_shown_but_said_to_be_unjudged() -> None:
    result = assess_labs(_labs(crp=(80.0, "mg/L", None, None)))
    assert result.values["crp"].flag is None and result.unjudged == ("crp",)
    assert "not judged" in result.values["crp"].flag_reason


def _case(**history) -> Case:  # type: ignore[no-untyped-def]
    case = Case()
    differentials = history.pop("differentials", {})
    lesions = history.pop("lesions", [])
    for key, value in history.items():
        setattr(case.history, key, value)
    for key, value in differentials.items():
        setattr(case.history.differentials, key, value)
    case.imaging.lesions = [Lesion(level="L1", sins_bone_lesion=kind) for kind in lesions]
    return case


LYTIC, BLASTIC = SinsBoneLesion.LYTIC, SinsBoneLesion.BLASTIC


@pytest.mark.parametrize(("history", "analyte", "indicated"), [
    ({}, "vitamin_d", None),
    ({"differentials": {"metabolic": True}}, "vitamin_d", True),
    ({"differentials": {"metabolic": False}}, "vitamin_d", False),
    ({}, "pth", None),
    ({"differentials": {"brown_tumour": True}}, "pth", True),
    ({"hyperparathyroidism_or_esrd": True, "lesions": [LYTIC]}, "pth", True),
    ({"hyperparathyroidism_or_esrd": True, "lesions": [BLASTIC]}, "pth", False),
    ({"hyperparathyroidism_or_esrd": True, "lesions": [None]}, "pth", None),
    ({"hyperparathyroidism_or_esrd": False}, "pth", False),
    ({"differentials": {"haematological": True}, "lesions": [LYTIC]}, "protein_electrophoresis", True),
    ({"differentials": {"haematological": True}, "lesions": [BLASTIC]}, "protein_electrophoresis", False),
    ({"differentials": {"haematological": True}}, "protein_electrophoresis", None),
    ({"differentials": {"haematological": False}, "lesions": [LYTIC]}, "protein_electrophoresis", False),
    ({}, "alkaline_phosphatase", None),
    ({"lesions": [BLASTIC]}, "alkaline_phosphatase", True),
    ({"bone_metabolism_disease": False}, "alkaline_phosphatase", False),
])
@pytest.mark.covers("E14")
def test_optional_lab_triggers(history: dict, analyte: str, indicated: bool | None) -> None:  # type: ignore[type-arg]
    found = {i.analyte: i for i in lab_indications(_case(**history))}[analyte]
    assert found.indicated is indicated, found.reason
    assert bool(found.missing) == (indicated is None)  # an undecided trigger names what it needs


@pytest.mark.parametrize(("history", "deficit", "expected"), [
    ({}, None, None),
    ({"known_cancer": True}, None, True),
    ({"known_cancer": False, "cancer_suspected": False}, DeficitClass.MILD, True),
    ({"known_cancer": False, "cancer_suspected": False, "complaint_weakness": True}, None, True),
    ({"known_cancer": False, "cancer_suspected": False, "complaint_weakness": False, "complaint_sensory": False,
      "complaint_bladder_bowel": False, "complaint_radicular_pain": False}, DeficitClass.NONE, False),
    ({"known_cancer": False, "cancer_suspected": False}, DeficitClass.NONE, None),  # complaints not asked
])
def test_red_flags(history: dict, deficit: DeficitClass | None, expected: bool | None) -> None:  # type: ignore[type-arg]
    value = Input(deficit.value, Source.DERIVED) if deficit is not None else Input.missing("neuro")
    assert red_flags(_case(**history), value).any_present is expected


def test_warning_features_of_the_pain_history() -> None:
    flags = red_flags(_case(pain_course=PainCourse.SUDDEN, night_pain=True), Input.missing("neuro"))
    features = {f.id: f.present for f in flags.features}
    assert features == {"night_pain": True, "sudden_severe_pain": True, "progressive_pain": False}
