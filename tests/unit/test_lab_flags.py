"""Lab flags on both sides of every limit, the corrected calcium and the optional labs' triggers
(clinical/labs.py; guideline Empfehlung 14 as in shared/clinical/pathway.md §8.3; issue 29)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.labs import (
    FLAG_IDS,
    MINIMUM_PANEL,
    PAYNE_CITATION,
    TRIGGERS,
    LabFlag,
    assess_labs,
    corrected_calcium,
    lab_indications,
    range_text,
)
from spinemet_desktop.model import Case, LabResult, Labs, Lesion
from spinemet_desktop.model.enums import SinsBoneLesion
from spinemet_desktop.present.render import renderer
from spinemet_desktop.present.view import handling


def _labs(*results: LabResult) -> Labs:
    """The panel, validated as every way in validates it; a panel holding a value built by
    :func:`_unchecked` is taken as given."""
    try:
        return Labs(results=list(results))
    except ValidationError:
        return Labs().model_copy(update={"results": list(results)})


def _lab(analyte: str, value: float, unit: str | None = None, low: float | None = None,
         high: float | None = None, **extra: object) -> LabResult:
    return LabResult(analyte=analyte, value=value, unit=unit, reference_low=low, reference_high=high, **extra)


def _unchecked(analyte: str, value: float, unit: str | None = None, low: float | None = None,
               high: float | None = None, **extra: object) -> LabResult:
    """A lab value the model refuses at every way in (no or an unknown unit, an impossible value:
    issue 21), built without validation: the clinical code must still not misjudge it (a case
    stored before the limits, or a future way in that forgets them)."""
    return LabResult(analyte=analyte).model_copy(update={
        "value": value, "unit": unit, "reference_low": low, "reference_high": high, **extra})


# pathway.md §8.3, Empfehlung 14 [sollte]: full blood count (haemoglobin, leukocytes, platelets),
# C-reactive protein, calcium, Quick/INR, PTT.
def test_minimum_panel_of_empfehlung_14() -> None:
    assert set(MINIMUM_PANEL) == {"haemoglobin", "leukocytes", "platelets", "crp", "calcium", "inr", "ptt"}
    panel = [_unchecked(a, 1.0) for a in MINIMUM_PANEL]
    assert assess_labs(_labs(*panel)).missing_minimum == ()
    for left_out in MINIMUM_PANEL:
        rest = [r for r in panel if r.analyte != left_out]
        assert assess_labs(_labs(*rest)).missing_minimum == (left_out,)


# -- a value against its reference range -----------------------------------------------------


@pytest.mark.parametrize(("value", "low", "high", "flag"), [
    (3.9, 4.0, 10.0, "low"), (4.0, 4.0, 10.0, None), (4.01, 4.0, 10.0, None), (7.0, 4.0, 10.0, None),
    (9.99, 4.0, 10.0, None), (10.0, 4.0, 10.0, None), (10.01, 4.0, 10.0, "high"),
    (0.0, None, 5.0, None), (5.0, None, 5.0, None), (5.1, None, 5.0, "high"), (-1.0, None, 5.0, None),
    (150.0, 150.0, None, None), (149.0, 150.0, None, "low"), (1e6, 150.0, None, None),
])
def test_flag_on_both_sides_of_each_limit(value: float, low: float | None, high: float | None,
                                          flag: str | None) -> None:
    lab = assess_labs(_labs(_unchecked("leukocytes", value, "/nL", low, high))).values["leukocytes"]
    assert lab.flag == flag
    if flag is None:
        assert lab.flag_reason.startswith("within the reference range")
    else:
        assert lab.flag_reason.startswith("above" if flag == "high" else "below")


@pytest.mark.parametrize(("low", "high", "unit", "text"), [
    (2.15, 2.6, "mmol/L", "2.15–2.6 mmol/L"), (4, 10, "/nL", "4–10 /nL"), (4.0, 10.0, "/nL", "4–10 /nL"),
    (None, 5, "mg/L", "≤ 5 mg/L"), (None, 5.5, "mg/L", "≤ 5.5 mg/L"), (150, None, "/nL", "≥ 150 /nL"),
    (0.5, None, "", "≥ 0.5 "), (None, None, "mg/L", ""),
])
def test_reference_range_as_a_laboratory_prints_it(low: float | None, high: float | None, unit: str, text: str) -> None:
    assert str(range_text(low, high, unit)) == text


def test_value_keeps_unit_time_and_canonical_value() -> None:
    at = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    lab = assess_labs(_labs(_lab("calcium", 10.0, "mg/dL", 8.6, 10.3, measured_at=at))).values["calcium"]
    assert (lab.value, lab.unit, lab.canonical_unit, lab.measured_at) == (10.0, "mg/dL", "mmol/L", at)
    assert lab.canonical_value == pytest.approx(2.495, abs=0.001)
    assert lab.note == "" and lab.flag is None


def test_value_in_an_unknown_unit_is_kept_unconverted_with_the_reason() -> None:
    lab = assess_labs(_labs(_unchecked("calcium", 2.5, "mEq/L", 2.0, 3.0))).values["calcium"]
    assert lab.canonical_value is None and "not accepted" in lab.note


def test_latest_value_of_each_analyte_and_the_latest_report() -> None:
    early, late = datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 2, tzinfo=UTC)
    labs = _labs(_lab("crp", 50, "mg/L", None, 5, measured_at=late), _lab("crp", 2, "mg/L", None, 5, measured_at=early),
                 LabResult(analyte="protein_electrophoresis", text="first"),
                 LabResult(analyte="protein_electrophoresis", text="M-gradient"))
    result = assess_labs(labs)
    assert result.values["crp"].value == 50 and result.values["crp"].flag == "high"
    assert result.reports == {"protein_electrophoresis": "M-gradient"}
    assert "protein_electrophoresis" not in result.values


def test_values_without_a_range_are_shown_not_judged() -> None:
    result = assess_labs(_labs(_lab("crp", 80, "mg/L"), _lab("leukocytes", 15, "/nL", 4, 10),
                               _lab("platelets", 20, "/nL", None, None), _lab("inr", 1.0, None, None, 1.15),
                               _lab("haemoglobin", 12.0, "g/dL", 12.0, None)))
    assert result.unjudged == ("crp", "platelets")  # one limit is enough to judge
    assert result.flags == ()  # leukocytes high alone is no infection flag; CRP was not judged


# -- hypercalcaemia: the albumin-corrected calcium (Payne 1973) above the range ------------------


@pytest.mark.parametrize(("ca", "albumin", "corrected"), [
    (2.40, 40, 2.40), (2.20, 30, 2.40), (2.60, 45, 2.50), (2.50, 39, 2.52), (2.50, 41, 2.48), (2.0, 0, 2.80),
])
def test_corrected_calcium_is_calcium_plus_0_02_per_g_albumin_below_40(ca: float, albumin: float,
                                                                        corrected: float) -> None:
    assert corrected_calcium(ca, albumin) == pytest.approx(corrected)
    result = assess_labs(_labs(_lab("calcium", ca, "mmol/L"), _unchecked("albumin", albumin, "g/L")))
    assert result.corrected_calcium == pytest.approx(corrected)
    assert result.corrected_calcium_citation == PAYNE_CITATION and "Payne" in PAYNE_CITATION


def test_corrected_calcium_is_rounded_to_two_decimals_and_needs_both_values() -> None:
    result = assess_labs(_labs(_lab("calcium", 2.333, "mmol/L"), _lab("albumin", 40, "g/L")))
    assert result.corrected_calcium == 2.33
    assert assess_labs(_labs(_lab("calcium", 2.4, "mmol/L"))).corrected_calcium is None
    assert assess_labs(_labs(_lab("albumin", 40, "g/L"))).corrected_calcium is None
    assert assess_labs(_labs(_unchecked("calcium", 2.4, "mEq/L"), _lab("albumin", 40, "g/L"))).corrected_calcium is None
    assert assess_labs(_labs(_lab("calcium", 2.4, "mmol/L"), _unchecked("albumin", 4, "mg/L"))).corrected_calcium is None


def _hypercalcaemia(*results: LabResult) -> LabFlag | None:
    flags = [f for f in assess_labs(_labs(*results)).flags if f.id == "hypercalcaemia"]
    assert len(flags) <= 1
    return flags[0] if flags else None


_LESS_RELIABLE = "; albumin below its reference range makes the correction less reliable — measure ionised calcium"


@pytest.mark.parametrize(("ca", "albumin", "flagged"), [
    (2.30, 25, False),  # corrected 2.60 = the upper limit: not above
    (2.31, 25, True),  # 2.61
    (2.60, 40, False), (2.61, 40, True), (2.70, 45, False),  # 2.60
    (2.55, 44, False),  # 2.47: the measured total is within the range as well
    (2.65, 50, False),  # 2.45: corrected within although the total is above the range
])
def test_hypercalcaemia_is_judged_on_the_corrected_calcium(ca: float, albumin: float, flagged: bool) -> None:
    corrected = round(corrected_calcium(ca, albumin), 2)
    assert flagged is (corrected > 2.6)  # the table above is built on that
    flag = _hypercalcaemia(_lab("calcium", ca, "mmol/L", 2.15, 2.6), _lab("albumin", albumin, "g/L", 35, 52))
    assert (flag is not None) is flagged
    if flag is not None:
        # S12: every corrected value here is below 3.0 mmol/L, the mild grade
        assert (flag.grade, flag.severity) == ("mild", "info") and "Walsh" in flag.citation
        reason = f"albumin-corrected calcium {corrected} mmol/L (Payne) above the reference range"
        assert flag.reason == reason + (_LESS_RELIABLE if albumin < 35 else "")


@pytest.mark.parametrize(("ca", "albumin", "grade", "severity"), [
    (2.99, 40, "mild", "info"), (3.0, 40, "moderate", "warning"), (3.5, 40, "moderate", "warning"),
    (3.51, 40, "severe", "urgent"),
    (2.80, 30, "moderate", "warning"),  # corrected 2.80 + 0.02 × 10 = 3.00
    (3.29, 30, "moderate", "warning"), (3.30, 29, "severe", "urgent"),  # 3.49 and 3.52
])
def test_hypercalcaemia_grade_of_s12_follows_the_corrected_calcium(ca: float, albumin: float, grade: str,
                                                                   severity: str) -> None:
    flag = _hypercalcaemia(_lab("calcium", ca, "mmol/L", 2.15, 2.6), _lab("albumin", albumin, "g/L", 35, 52))
    assert flag is not None and (flag.grade, flag.severity) == (grade, severity)
    assert flag.text.startswith(f"Hypercalcaemia, {grade}")


@pytest.mark.parametrize(("ca", "flagged"), [(2.6, False), (2.61, True), (2.5, False)])
def test_hypercalcaemia_without_albumin_uses_the_total_calcium_and_is_not_graded_below_3(ca: float,
                                                                                         flagged: bool) -> None:
    flag = _hypercalcaemia(_lab("calcium", ca, "mmol/L", 2.15, 2.6))
    assert (flag is not None) is flagged
    if flag is not None:
        assert (flag.grade, flag.severity) == ("", "warning")
        assert flag.reason == (f"calcium {ca} mmol/L above the reference range, not corrected (albumin not measured): "
                               "the corrected value may be higher — measure albumin or ionised calcium")


@pytest.mark.parametrize(("ca", "grade"), [(3.0, "moderate"), (3.6, "severe")])
def test_uncorrected_calcium_of_3_or_more_is_at_least_its_grade(ca: float, grade: str) -> None:
    flag = _hypercalcaemia(_lab("calcium", ca, "mmol/L", 2.15, 2.6))
    assert flag is not None and flag.grade == grade
    assert flag.reason == (f"uncorrected calcium {ca} mmol/L (albumin not measured): at least this grade — "
                           "measure albumin or ionised calcium")


@pytest.mark.parametrize(("ca_mg_dl", "flagged"), [(10.4, False), (10.5, True)])
def test_hypercalcaemia_with_a_range_in_mg_per_dl(ca_mg_dl: float, flagged: bool) -> None:
    # 10.42 mg/dL = 2.60 mmol/L; the limit is converted into mmol/L before it is compared.
    flag = _hypercalcaemia(_lab("calcium", ca_mg_dl, "mg/dL", 8.6, 10.42))
    assert (flag is not None) is flagged


def test_without_an_upper_limit_hypercalcaemia_starts_at_3_mmol_per_l() -> None:
    assert _hypercalcaemia(_lab("calcium", 2.99, "mmol/L", 2.15, None)) is None
    flag = _hypercalcaemia(_lab("calcium", 3.0, "mmol/L", 2.15, None))
    assert flag is not None and flag.grade == "moderate"


def test_calcium_in_an_unknown_unit_is_said_to_be_unjudged() -> None:
    flag = _hypercalcaemia(_unchecked("calcium", 3.5, "mEq/L", 2.0, 2.6))
    assert flag is not None and flag.severity == "warning" and flag.grade == ""
    assert flag.text == "Calcium recorded without a usable unit: hypercalcaemia cannot be judged."
    assert flag.reason == "calcium 3.5 mEq/L"  # the unit as written, so the reader sees what is wrong with it
    unitless = _hypercalcaemia(_unchecked("calcium", 3.5, None, 2.0, 2.6))
    assert unitless is not None and unitless.reason == "calcium 3.5 ?"


# -- bleeding risk and infection ---------------------------------------------------------------


@pytest.mark.parametrize(("results", "reasons"), [
    ([_lab("inr", 1.16, None, 0.85, 1.15)], ["INR 1.16 above the reference range"]),
    ([_lab("inr", 1.15, None, 0.85, 1.15)], []),
    ([_lab("inr", 0.5, None, 0.85, 1.15)], []),  # low INR is no bleeding risk
    ([_lab("platelets", 149, "/nL", 150, 400)], ["platelets 149.0 /nL below the reference range"]),
    ([_lab("platelets", 150, "/nL", 150, 400)], []),
    ([_lab("platelets", 500, "/nL", 150, 400)], []),  # high platelets are not
    ([_lab("ptt", 41, "s", 25, 40)], ["PTT 41.0 s above the reference range"]),
    ([_lab("ptt", 40, "s", 25, 40)], []),
    ([_lab("ptt", 20, "s", 25, 40)], []),
    ([_lab("inr", 2.0, None, 0.85, 1.15), _lab("platelets", 50, "/nL", 150, 400), _lab("ptt", 60, "s", 25, 40)],
     ["INR 2.0 above the reference range", "platelets 50.0 /nL below the reference range",
      "PTT 60.0 s above the reference range"]),
])
def test_bleeding_risk_from_inr_platelets_and_ptt(results: list[LabResult], reasons: list[str]) -> None:
    flags = [f for f in assess_labs(_labs(*results)).flags if f.id == "bleeding_risk"]
    if not reasons:
        assert flags == []
    else:
        assert len(flags) == 1 and flags[0].severity == "warning"
        assert flags[0].reason == "; ".join(reasons)


@pytest.mark.parametrize(("crp", "leukocytes", "flagged"), [
    (6, 11, True), (5, 11, False), (6, 10, False), (1, 2, False), (6, 2, False), (1, 11, False),
])
def test_infection_needs_crp_and_leukocytes_both_above_the_range(crp: float, leukocytes: float, flagged: bool) -> None:
    result = assess_labs(_labs(_lab("crp", crp, "mg/L", None, 5), _lab("leukocytes", leukocytes, "/nL", 4, 10)))
    flags = [f for f in result.flags if f.id == "infection"]
    assert bool(flags) is flagged
    if flags:
        assert flags[0].severity == "warning" and "spondylodiscitis" in flags[0].text
        assert flags[0].reason == f"CRP {float(crp)} mg/L, leukocytes {float(leukocytes)} /nL"


def test_infection_needs_both_values() -> None:
    assert assess_labs(_labs(_lab("crp", 80, "mg/L", None, 5))).flags == ()
    assert assess_labs(_labs(_lab("leukocytes", 20, "/nL", 4, 10))).flags == ()


def test_flag_ids_in_order() -> None:
    assert FLAG_IDS == ("hypercalcaemia", "bleeding_risk", "infection")
    result = assess_labs(_labs(_lab("calcium", 3.0, "mmol/L", 2.15, 2.6), _lab("inr", 2.0, None, 0.85, 1.15),
                               _lab("crp", 80, "mg/L", None, 5), _lab("leukocytes", 20, "/nL", 4, 10)))
    assert tuple(f.id for f in result.flags) == FLAG_IDS


# -- optional labs of Empfehlung 14 and their triggers -----------------------------------------


def _case(lesions: list[SinsBoneLesion | None] | None = None, **history: object) -> Case:
    case = Case()
    for key, value in history.items():
        if key.startswith("dd_"):
            setattr(case.history.differentials, key[3:], value)
        else:
            setattr(case.history, key, value)
    case.imaging.lesions = [Lesion(level="T8", sins_bone_lesion=kind) for kind in (lesions or [])]
    return case


LYTIC, MIXED, BLASTIC = SinsBoneLesion.LYTIC, SinsBoneLesion.MIXED, SinsBoneLesion.BLASTIC


def test_the_four_optional_labs_and_their_triggers() -> None:
    # pathway.md §8.3: alkaline phosphatase, vitamin D, PTH, protein electrophoresis
    assert TRIGGERS.keys() == {"bone_metastases_or_metabolic_disease", "osteoporosis_differential",
                               "brown_tumour_suspected", "lytic_lesions_myeloma_suspected"}
    found = lab_indications(Case())
    assert [(i.analyte, i.trigger) for i in found] == [
        ("alkaline_phosphatase", "bone_metastases_or_metabolic_disease"), ("vitamin_d", "osteoporosis_differential"),
        ("pth", "brown_tumour_suspected"), ("protein_electrophoresis", "lytic_lesions_myeloma_suspected")]
    assert all("Empfehlung 14" in i.citation for i in found)


def _indication(case: Case, analyte: str):  # type: ignore[no-untyped-def]
    return {i.analyte: i for i in lab_indications(case)}[analyte]


@pytest.mark.parametrize(("case", "indicated", "missing"), [
    (_case(), None, ("imaging.lesion.*", "history.bone_metabolism_disease")),
    (_case([BLASTIC]), True, ()),
    (_case([None]), True, ()),  # any spinal lesion: bone metastases
    (_case(bone_metabolism_disease=True), True, ()),
    (_case(bone_metabolism_disease=False), False, ()),
    (_case([BLASTIC], bone_metabolism_disease=False), True, ()),
])
def test_alkaline_phosphatase(case: Case, indicated: bool | None, missing: tuple[str, ...]) -> None:
    found = _indication(case, "alkaline_phosphatase")
    assert (found.indicated, found.missing) == (indicated, missing)


@pytest.mark.parametrize(("case", "indicated", "missing"), [
    (_case(), None, ("history.differentials.metabolic",)),
    (_case(dd_metabolic=True), True, ()),
    (_case(dd_metabolic=False), False, ()),
])
def test_vitamin_d(case: Case, indicated: bool | None, missing: tuple[str, ...]) -> None:
    found = _indication(case, "vitamin_d")
    assert (found.indicated, found.missing) == (indicated, missing)
    assert ("not" in found.reason) is (indicated is not True)


@pytest.mark.parametrize(("case", "indicated", "missing"), [
    (_case(), None, ("history.differentials.brown_tumour", "history.hyperparathyroidism_or_esrd", "imaging.lesion.*")),
    (_case(dd_brown_tumour=True), True, ()),
    (_case([BLASTIC], dd_brown_tumour=True), True, ()),
    (_case(dd_brown_tumour=False, hyperparathyroidism_or_esrd=True), False, ()),
    (_case([LYTIC], hyperparathyroidism_or_esrd=True), True, ()),
    (_case([MIXED], hyperparathyroidism_or_esrd=True), True, ()),  # mixed counts as osteolytic
    (_case([BLASTIC, MIXED], hyperparathyroidism_or_esrd=True), True, ()),
    (_case([BLASTIC], hyperparathyroidism_or_esrd=True), False, ()),
    (_case([LYTIC], hyperparathyroidism_or_esrd=False), False, ()),
    (_case([LYTIC]), None, ("history.differentials.brown_tumour", "history.hyperparathyroidism_or_esrd")),
    (_case([BLASTIC, None], hyperparathyroidism_or_esrd=True), None, ("history.differentials.brown_tumour",
                                                                     "imaging.lesion.*")),
    (_case(hyperparathyroidism_or_esrd=True), None, ("history.differentials.brown_tumour", "imaging.lesion.*")),
])
def test_parathyroid_hormone(case: Case, indicated: bool | None, missing: tuple[str, ...]) -> None:
    found = _indication(case, "pth")
    assert (found.indicated, found.missing) == (indicated, missing), found.reason


def test_parathyroid_hormone_reasons() -> None:
    assert "brown tumour is a differential" in _indication(_case(dd_brown_tumour=True), "pth").reason
    assert "not a differential" in _indication(_case(dd_brown_tumour=False), "pth").reason
    assert "no hyperparathyroidism" in _indication(_case(hyperparathyroidism_or_esrd=False), "pth").reason
    assert "no lytic or mixed" in _indication(_case([BLASTIC], hyperparathyroidism_or_esrd=True), "pth").reason
    assert "lytic or mixed lesion recorded" in _indication(_case([LYTIC], hyperparathyroidism_or_esrd=True),
                                                           "pth").reason
    assert "not assessed" in _indication(_case([LYTIC]), "pth").reason
    assert "not recorded for every lesion" in _indication(_case(), "pth").reason


@pytest.mark.parametrize(("case", "indicated", "missing"), [
    (_case(), None, ("history.differentials.haematological", "imaging.lesion.*")),
    (_case([LYTIC], dd_haematological=True), True, ()),
    (_case([MIXED], dd_haematological=True), True, ()),
    (_case([BLASTIC], dd_haematological=True), False, ()),
    (_case([LYTIC], dd_haematological=False), False, ()),
    (_case(dd_haematological=False), False, ()),
    (_case([LYTIC]), None, ("history.differentials.haematological",)),
    (_case(dd_haematological=True), None, ("imaging.lesion.*",)),
    (_case([None], dd_haematological=True), None, ("imaging.lesion.*",)),
])
def test_protein_electrophoresis(case: Case, indicated: bool | None, missing: tuple[str, ...]) -> None:
    found = _indication(case, "protein_electrophoresis")
    assert (found.indicated, found.missing) == (indicated, missing), found.reason


def test_protein_electrophoresis_reasons() -> None:
    assert "myeloma is not" in _indication(_case([LYTIC], dd_haematological=False), "protein_electrophoresis").reason
    assert "no lytic or mixed" in _indication(_case([BLASTIC], dd_haematological=True),
                                              "protein_electrophoresis").reason
    assert "myeloma is a differential" in _indication(_case([LYTIC], dd_haematological=True),
                                                      "protein_electrophoresis").reason
    assert "not assessed" in _indication(_case([LYTIC]), "protein_electrophoresis").reason


def test_page_one_names_each_lab_flag() -> None:
    """The warnings that change the handling (page 1 of the referral) are headed by the flag's name."""
    case = Case()
    case.labs.results = [_lab("calcium", 3.6, "mmol/L", 2.15, 2.6), _lab("inr", 2.0, None, 0.85, 1.15),
                         _lab("crp", 80, "mg/L", None, 5), _lab("leukocytes", 20, "/nL", 4, 10)]
    rows = handling(case, assess(case, datetime(2026, 6, 1, 12, 0, tzinfo=UTC)), renderer("en"))
    assert [row.label for row in rows] == ["Hypercalcaemia", "Bleeding risk", "Infection as the differential diagnosis"]
