from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_desktop.clinical.labs import assess_labs, corrected_calcium
from spinemet_desktop.model import LabResult, Labs
from spinemet_desktop.model.units import UnitError, from_canonical, to_canonical


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
    assert assess_labs(_labs(inr=(1.0, "", 0.85, 1.15), platelets=(200, "/nL", 150, 400))).flags == ()
    infection = assess_labs(_labs(crp=(80, "mg/L", None, 5), leukocytes=(15, "/nL", 4, 10)))
    assert [f.id for f in infection.flags] == ["infection"]
    assert assess_labs(_labs(crp=(80, "mg/L", None, 5), leukocytes=(7, "/nL", 4, 10))).flags == ()


def test_without_a_reference_range_nothing_is_flagged_and_minimum_panel_is_listed() -> None:
    result = assess_labs(_labs(calcium=(3.5, "mmol/L", None, None)))
    assert result.flags == ()
    assert "haemoglobin" in result.missing_minimum and "calcium" not in result.missing_minimum
