"""Details of how a case becomes pathway facts and how the engine reports them, found by mutation
testing (issue 29): the lesion's diameter in centimetres (E 58 reads "≤ 3 cm"), a flare only
from nuclear-medicine imaging (pathway.md §11 S8), a confirmed cancer stays established when it
was also suspected (S13), every fact has the label the trace shows, and the facts of a single
lesion are the result's facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from spinemet_desktop.clinical import derive
from spinemet_desktop.clinical.findings import find
from spinemet_desktop.clinical.pathway import evaluate
from spinemet_desktop.clinical.pathway.facts import FACT_KEYS, FACT_LABELS, LESION_KEYS
from spinemet_desktop.clinical.pathway.from_case import evaluate_case, facts_from_case, lesion_facts
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import Lesion, NeuroExam, PriorRadiotherapy
from spinemet_desktop.model.enums import PrimaryTumour
from tests.unit.test_pathway_rules import BASE

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _facts(**lesion: object) -> dict:  # type: ignore[type-arg]
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.history.systemic_therapy_started_on = date(2026, 9, 1)
    case.imaging.lesions = [Lesion(level="T8", **lesion)]  # type: ignore[arg-type]
    [la] = find(case, AS_OF).lesions
    return lesion_facts(case, la)


@pytest.mark.parametrize(("mm", "cm"), [(30.0, 3.0), (31.0, 3.1), (5.0, 0.5)])
def test_the_lesion_diameter_is_read_in_centimetres(mm: float, cm: float) -> None:
    fact = _facts(largest_diameter_mm=mm)["lesion_diameter_cm"]
    assert fact.value == pytest.approx(cm) and fact.source is Source.DERIVED


def test_a_lesion_without_a_diameter_has_none() -> None:
    assert _facts()["lesion_diameter_cm"].value is None


@pytest.mark.parametrize("lesion", [
    {"modality": "mri", "new_or_increased_uptake": True, "imaging_date": date(2026, 10, 1)},
    {"modality": "ct", "new_or_increased_uptake": True, "imaging_date": date(2026, 10, 1)},
    {"new_or_increased_uptake": True, "imaging_date": date(2026, 10, 1)},
    {"modality": "fdg_pet", "imaging_date": date(2026, 10, 1)},
    {"modality": "bone_scintigraphy", "new_or_increased_uptake": False, "imaging_date": date(2026, 10, 1)},
])
def test_no_flare_without_new_uptake_on_a_bone_scan_or_pet(lesion: dict) -> None:  # type: ignore[type-arg]
    # S8: new or increased uptake on a bone scan or PET; uptake is no finding of MRI or CT
    fact = _facts(**lesion)["flare_suspected"]
    assert fact.value is False and fact.source is Source.DERIVED


def test_a_confirmed_cancer_that_was_also_suspected_is_established() -> None:
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.history.cancer_suspected = True
    assert derive.established_primary(case)[0] is PrimaryTumour.BREAST
    case.history.known_cancer = None
    assert derive.established_primary(case)[0] is None  # S13: only suspected


def test_every_fact_has_its_label() -> None:
    assert set(FACT_LABELS) == set(FACT_KEYS)
    assert all(str(label).strip() for label in FACT_LABELS.values())


def test_a_single_lesions_facts_are_the_results_facts_and_several_lesions_keep_theirs_apart() -> None:
    one = evaluate(BASE)
    assert one.facts["sins"] == BASE["sins"] and one.facts["level"] == BASE["level"]
    patient = {k: v for k, v in BASE.items() if k not in LESION_KEYS}
    two = evaluate({**patient, "lesions": [{"level": "T6", "sins": 4, "escc": "0"},
                                           {"level": "L2", "sins": 9, "escc": "0"}]})
    assert not set(LESION_KEYS) & set(two.facts)
    assert set(two.facts) <= set(FACT_KEYS)  # the lesions are in `lesions`, not among the facts
    assert [lesion.facts["sins"] for lesion in two.lesions] == [4, 9]


@pytest.mark.parametrize(("kind", "osteolytic"), [("lytic", True), ("mixed", True), ("blastic", False)])
def test_an_osteolytic_lesion_is_lytic_or_mixed(kind: str, osteolytic: bool) -> None:
    # glossary.md sins_bone_lesion: "Mixed (lytic/blastic)" has an osteolytic part (S6: E 36 for
    # osteolytic lesions at risk)
    assert _facts(sins_bone_lesion=kind)["osteolytic"].value is osteolytic
    assert _facts()["osteolytic"].value is None


def test_a_flare_cannot_be_judged_without_either_date() -> None:
    # S8: "< 6 months after starting a systemic therapy" needs both dates
    no_date = _facts(modality="fdg_pet", new_or_increased_uptake=True)["flare_suspected"]
    assert no_date.value is None and str(no_date.field).endswith("imaging_date")
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.imaging.lesions = [Lesion(level="T8", modality="fdg_pet", new_or_increased_uptake=True,
                                   imaging_date=date(2026, 10, 1))]
    [la] = find(case, AS_OF).lesions
    no_start = lesion_facts(case, la)["flare_suspected"]
    assert no_start.value is None and no_start.field == "history.systemic_therapy_started_on"


def test_the_provenance_of_a_lesions_missing_fact_is_that_lesions_field() -> None:
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    t10, l2 = Lesion(level="T10", escc="0"), Lesion(level="L2", escc="0")
    case.imaging.lesions = [t10, l2]
    result = evaluate_case(case, find(case, AS_OF))
    assert "sins@T10" in result.missing_facts and "sins@L2" in result.missing_facts
    for lesion, label in ((t10, "T10"), (l2, "L2")):
        provenance = result.provenance_of(f"sins@{label}")
        assert provenance is not None and provenance.value is None
        assert lesion.id in str(provenance.field)
    assert result.provenance_of("sins@C1") is None


@pytest.mark.parametrize(("onset", "hours"), [
    (AS_OF - timedelta(minutes=30), 0.5),  # within the first hour: not rounded up to an hour
    (AS_OF - timedelta(minutes=6), 0.1),
    (AS_OF - timedelta(minutes=10), 0.2),  # to a tenth of an hour, as the days since onset are to a tenth
    (AS_OF - timedelta(hours=5, minutes=27), 5.5),
    (AS_OF - timedelta(hours=47, minutes=54), 47.9),
    (AS_OF + timedelta(hours=2), 0.0),  # an onset after the assessment time: no negative duration
])
def test_hours_since_the_deficit_onset_are_taken_to_the_assessment_time(onset: datetime, hours: float) -> None:
    # S14: onset -> now on absolute times; the trace shows "hours since deficit onset = 0.5"
    case = Case()
    case.neuro_exams = [NeuroExam(examined_at=AS_OF, deficit_onset_at=onset)]
    fact = facts_from_case(case, find(case, AS_OF))["deficit_onset_hours"]
    assert fact.value == hours and fact.source is Source.DERIVED
    assert str(fact.value) == str(hours)  # never "-0.0" hours


def test_the_prognosis_fact_is_the_band_decided_or_missing_without_any_score() -> None:
    # S11: a band the scores agree on is the fact as it is; without any complete survival score
    # the prognosis is not known (never an empty set of bands, which every band test would pass)
    # and the outputs that depend on it say so.
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.imaging.lesions = [Lesion(level="T8", escc="2")]
    findings = find(case, AS_OF)
    assert findings.prognosis.value is None and not findings.prognosis_bands
    fact = facts_from_case(case, findings)["prognosis"]
    assert fact.value is None and fact.source is Source.MISSING
    assert "prognosis" in evaluate_case(case, findings).decisions["radiotherapy"].missing
    decided = find(case, AS_OF)
    decided = replace(decided, prognosis=Input("good", Source.DERIVED, "scores agree", "history.prognosis_override"),
                      prognosis_bands=frozenset({"good"}))
    assert facts_from_case(case, decided)["prognosis"].value == "good"


@pytest.mark.parametrize(("levels", "pain", "lesion_pain"), [
    (("T8",), "mechanical", "mechanical"),
    (("T8",), "none", "none"),
    (("T8", "L2"), "mechanical", None),  # whose pain? S4: never taken over to every lesion
    (("T8", "L2"), "none", "none"),  # no pain anywhere: every lesion is painless
])
def test_a_lesion_without_its_sins_pain_item_takes_the_patients_pain_only_when_it_must_be_its_own(
        levels: tuple[str, ...], pain: str, lesion_pain: str | None) -> None:
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.history.pain_character = pain  # type: ignore[assignment]
    case.imaging.lesions = [Lesion(level=level) for level in levels]  # type: ignore[arg-type]
    for la in find(case, AS_OF).lesions:
        assert lesion_facts(case, la)["lesion_pain"].value == lesion_pain, la.label


def test_an_incomplete_sins_gives_its_range_and_a_complete_one_its_total_only() -> None:
    # scores-surgical.md §1: T8 is semi-rigid (1), mechanical pain 3, lytic 2 = 6 recorded; alignment
    # (0-4), collapse (0-3) and posterolateral involvement (0-3) missing: 6 to 16.
    partial = _facts(sins_pain="mechanical", sins_bone_lesion="lytic")
    assert partial["sins"].value is None
    assert partial["sins_range"].value == (6, 16) and partial["sins_range"].source is Source.DERIVED
    complete = _facts(sins_pain="mechanical", sins_bone_lesion="lytic", sins_alignment="normal",
                      sins_collapse="none", sins_posterolateral="none")
    assert complete["sins"].value == 6
    assert "sins_range" not in complete  # nothing left open: the trace shows no range


def _case(*lesions: Lesion, **imaging: object) -> Case:
    case = Case()
    case.history.primary_tumour = PrimaryTumour.BREAST
    case.history.known_cancer = True
    case.imaging.lesions = list(lesions)
    for name, value in imaging.items():
        setattr(case.imaging, name, value)
    return case


@pytest.mark.parametrize(("vertebrae", "foci", "isolated"), [(1, 0, True), (1, 1, False), (2, 0, False)])
def test_an_isolated_lesion_is_the_only_bone_metastasis(vertebrae: int, foci: int, isolated: bool) -> None:
    # F3 / S9: an isolated (solitary) bone lesion is one bone metastasis in all, spine and elsewhere.
    case = _case(Lesion(level="T8"), vertebral_metastases_count=vertebrae, extraspinal_bone_foci=foci)
    fact = facts_from_case(case, find(case, AS_OF))["isolated_lesion"]
    assert fact.value is isolated and fact.source is Source.DERIVED


def test_pet_done_only_when_a_lesion_was_seen_on_fdg_pet() -> None:
    # F7: the flare problem of FDG-PET needs a PET; a lesion seen on MRI says nothing about one.
    pet = _case(Lesion(level="T8", modality="fdg_pet"))
    assert facts_from_case(pet, find(pet, AS_OF))["pet_done"].value is True
    mri = _case(Lesion(level="T8", modality="mri"))
    assert facts_from_case(mri, find(mri, AS_OF))["pet_done"].value is None


def test_a_course_without_levels_is_said_to_be_assumed_in_the_field() -> None:
    # S5: a previous course whose levels are not recorded is assumed to include the lesion, and
    # the reason says so; a course recorded at the level says only that.
    lesion = Lesion(level="T8")
    unknown = _case(lesion)
    unknown.history.prior_spine_radiotherapy = [PriorRadiotherapy(total_dose_gy=8, fractions=1)]
    why = str(lesion_facts(unknown, find(unknown, AS_OF).lesions[0])["previously_irradiated"].derivation)
    assert "assumed to include this lesion" in why
    known = _case(lesion)
    known.history.prior_spine_radiotherapy = [PriorRadiotherapy(level_from="T7", level_to="T9", total_dose_gy=8,
                                                                fractions=1)]
    fact = lesion_facts(known, find(known, AS_OF).lesions[0])["previously_irradiated"]
    assert fact.value is True and "assumed" not in str(fact.derivation)


def test_the_margin_left_is_given_to_a_tenth_of_a_gy2() -> None:
    # S5: 20 Gy in 6 fractions: BED = 20 × (1 + 3.33/2) = 53.33 Gy₂; a single course of <= 98 Gy₂
    # more than 6 months ago: limit 135.5 Gy₂ (11.8.4), so 82.17 Gy₂ are left, shown as 82.2.
    case = _case(Lesion(level="T8"))
    case.history.prior_spine_radiotherapy = [PriorRadiotherapy(level_from="T7", level_to="T9", total_dose_gy=20,
                                                               fractions=6, completed_on=date(2025, 1, 10))]
    assert lesion_facts(case, find(case, AS_OF).lesions[0])["reirradiation_margin_gy2"].value == 82.2


@pytest.mark.parametrize(("imaging_date", "therapy_start", "why"), [
    (None, date(2026, 9, 1), "date of imaging not recorded"),
    (date(2026, 10, 1), None, "start of systemic therapy not recorded"),
])
def test_new_uptake_that_cannot_be_dated_leaves_the_flare_open_and_says_why(
        imaging_date: date | None, therapy_start: date | None, why: str) -> None:
    # S8 / F4-F6: the 6-month window needs both dates; a missing one is named, never guessed.
    case = _case(Lesion(level="T8", modality="bone_scintigraphy", new_or_increased_uptake=True,
                        imaging_date=imaging_date))
    case.history.systemic_therapy_started_on = therapy_start
    fact = facts_from_case(case, find(case, AS_OF))["early_uptake_after_treatment"]
    assert fact.value is None and why in str(fact.derivation) and "T8" in str(fact.derivation)


def test_no_new_uptake_leaves_early_uptake_unknown_without_a_reason() -> None:
    case = _case(Lesion(level="T8", modality="mri"))
    fact = facts_from_case(case, find(case, AS_OF))["early_uptake_after_treatment"]
    assert fact.value is None and fact.derivation is None


def test_without_a_lesion_a_previous_course_leaves_the_field_open() -> None:
    # S5: with a previous spinal course and no lesion recorded yet, whether the lesion lies in the
    # field cannot be told, so no first-course regimen is given; without any course it cannot.
    case = _case()
    case.history.prior_spine_radiotherapy = [PriorRadiotherapy(level_from="T7", level_to="T9", total_dose_gy=8,
                                                               fractions=1)]
    result = evaluate_case(case, find(case, AS_OF))
    assert result.facts["previously_irradiated"] is None
    assert "previously_irradiated" in result.decisions["radiotherapy"].missing
    plain = _case()
    assert evaluate_case(plain, find(plain, AS_OF)).facts["previously_irradiated"] is False


def test_a_single_lesions_facts_are_among_the_results_provenance_and_several_are_kept_apart() -> None:
    one = _case(Lesion(level="T8", escc="2"))
    result = evaluate_case(one, find(one, AS_OF))
    assert result.provenance["escc"].value == "2" and result.provenance_of("escc").value == "2"
    two = _case(Lesion(level="T8", escc="2"), Lesion(level="L2", escc="0"))
    result = evaluate_case(two, find(two, AS_OF))
    assert "escc" not in result.provenance
    assert [p["escc"].value for p in result.lesion_provenance] == ["2", "0"]
