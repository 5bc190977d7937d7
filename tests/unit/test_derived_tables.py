"""The tables that turn case facts into score inputs, prognosis votes and pathway facts, pinned
against independent copies transcribed from ../shared/clinical/ (issue 29): the revised Tokuhashi
primary-site rows (scores-surgical.md §4), the default radiosensitivity per primary (pathway.md §2
and §7 item 6), the prognosis votes of pathway.md §11 S11, the pathway's numeric limits (§2, §11
S5, the scenarios' 48-hour rule) and the re-irradiation limits of §6.3 / §11 S5."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from spinemet_desktop.clinical import derive, findings, reirradiation
from spinemet_desktop.clinical.findings import find
from spinemet_desktop.clinical.pathway import facts
from spinemet_desktop.clinical.pathway.from_case import FLARE_WINDOW_MONTHS
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import LabResult, Lesion, PriorRadiotherapy
from spinemet_desktop.model.enums import PrimaryTumour

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
_P = PrimaryTumour

# scores-surgical.md §4, revised Tokuhashi, "Primary site of the cancer": lung, osteosarcoma,
# stomach, bladder, esophagus, pancreas 0; liver, gallbladder, unidentified 1; others 2; kidney,
# uterus 3; rectum 4; thyroid, breast, prostate, carcinoid tumour 5. "Unidentified" is a proven
# cancer of unknown primary (pathway.md §11 S13); a primary not yet known leaves the item missing.
TOKUHASHI_PRIMARY_POINTS: dict[PrimaryTumour, int | None] = {
    _P.LUNG_NSCLC: 0, _P.LUNG_SCLC: 0, _P.OSTEOSARCOMA: 0, _P.STOMACH: 0, _P.BLADDER: 0, _P.ESOPHAGUS: 0,
    _P.PANCREAS: 0,
    _P.LIVER: 1, _P.GALLBLADDER: 1, _P.CUP: 1,
    _P.COLON: 2, _P.MELANOMA: 2, _P.MYELOMA: 2, _P.LYMPHOMA: 2, _P.SARCOMA: 2, _P.GERM_CELL: 2, _P.OTHER: 2,
    _P.KIDNEY: 3, _P.UTERUS: 3,
    _P.RECTUM: 4,
    _P.THYROID: 5, _P.BREAST: 5, _P.PROSTATE: 5, _P.CARCINOID: 5,
    _P.UNKNOWN: None,
}

# pathway.md §2 "Tumour biology": low radiosensitivity named in the text — melanoma, sarcoma
# (osteosarcoma is one), renal cell, thyroid, gastrointestinal carcinoma (colon, rectum, stomach,
# oesophagus, pancreas, liver, gallbladder); §7 item 6: lymphoma, myeloma, SCLC, germ-cell, breast
# and prostate are radiosensitive per the NOMS literature. Every other primary has no default.
RADIOSENSITIVITY: dict[PrimaryTumour, str] = {
    **dict.fromkeys((_P.MELANOMA, _P.SARCOMA, _P.OSTEOSARCOMA, _P.KIDNEY, _P.THYROID, _P.COLON, _P.RECTUM,
                     _P.STOMACH, _P.ESOPHAGUS, _P.PANCREAS, _P.LIVER, _P.GALLBLADDER), "low"),
    **dict.fromkeys((_P.LYMPHOMA, _P.MYELOMA, _P.BREAST, _P.PROSTATE, _P.LUNG_SCLC, _P.GERM_CELL), "high"),
    **dict.fromkeys((_P.LUNG_NSCLC, _P.BLADDER, _P.UTERUS, _P.CARCINOID, _P.CUP, _P.UNKNOWN, _P.OTHER), "unknown"),
}


def _case(primary: PrimaryTumour) -> Case:
    case = Case()
    case.history.primary_tumour = primary
    case.history.known_cancer = True
    return case


def test_the_copies_cover_every_primary() -> None:
    assert set(TOKUHASHI_PRIMARY_POINTS) == set(PrimaryTumour) == set(RADIOSENSITIVITY)


@pytest.mark.parametrize(("primary", "points"), TOKUHASHI_PRIMARY_POINTS.items())
def test_revised_tokuhashi_primary_site_points_of_every_primary(primary: PrimaryTumour, points: int | None) -> None:
    score = find(_case(primary), AS_OF).scores["tokuhashi_revised"]
    item = next(i for i in score.items if i.id == "primary")
    assert item.points == points
    if points is None:
        assert item.value is None
    # primaries the 2005 table does not name are scored as "others", and say so
    named = primary in derive.TOKUHASHI_PRIMARY
    assert (item.value == "other") is (not named and points is not None)


@pytest.mark.parametrize(("primary", "expected"), RADIOSENSITIVITY.items())
def test_default_radiosensitivity_of_every_primary(primary: PrimaryTumour, expected: str) -> None:
    result = derive.radiosensitivity(_case(primary))
    assert result.value == expected
    why = str(result.derivation)
    if expected == "low":
        assert "named in the guideline" in why
    elif expected == "high":
        assert "NOMS literature" in why and "not the guideline" in why
    else:
        assert "no default" in why


def test_lung_is_both_lung_cancers_only() -> None:
    # Bauer's "no lung cancer" item (scores-surgical.md §5a) and Tokuhashi's lung row
    assert derive.LUNG == {_P.LUNG_NSCLC, _P.LUNG_SCLC}


# pathway.md §11 S11: revised Tokuhashi 0–8 ("< 6 months") {poor, very poor}, 9–15 {good}; van der
# Linden A {very poor}, B and C {good}; Rades death within 2 months >= 19 {very poor}, < 19 no vote;
# haematological primaries (myeloma, lymphoma) get no band from these solid-tumour scores.
def test_prognosis_votes_of_s11() -> None:
    assert findings.TOKUHASHI_BANDS == {"lt_6_months": {"poor", "very_poor"}, "gte_6_months": {"good"},
                                        "gte_1_year": {"good"}}
    assert findings.LINDEN_BANDS == {"A": {"very_poor"}, "B": {"good"}, "C": {"good"}}
    assert findings.RADES_BANDS == {"likely_death_2m": {"very_poor"}}
    assert findings.HAEMATOLOGICAL == {_P.MYELOMA, _P.LYMPHOMA}


def test_pathway_limits() -> None:
    # pathway.md §2 / E 25: SINS 7–12 potentially unstable, 13–18 unstable
    assert (facts.SINS_GREY_LOW, facts.SINS_GREY_HIGH, facts.SINS_UNSTABLE) == (7, 12, 13)
    # §11 S5: the smallest useful course 1 × 4 Gy = 4 × (1 + 4/2) = 12 Gy₂; the 11.8 figures come
    # from single re-irradiations (two or more courses at a level: none unless cleared)
    assert facts.SMALLEST_USEFUL_COURSE_BED_GY2 == 12.0 == reirradiation.bed(4, 1)
    assert facts.MAX_COURSES_FOR_FIGURES == 1
    # the 48-hour rule for a complete deficit (pathway.md §2 "deficit persisting > 48–72 h")
    assert facts.COMPLETE_DEFICIT_HOURS == 48
    # French text F4/F5: the flare window is the first 6 months of a systemic therapy
    assert FLARE_WINDOW_MONTHS == 6
    assert facts.NUCLEAR_MODALITIES == ("bone_scintigraphy", "fdg_pet", "psma_pet")
    assert facts.SURGERY_DONE == ("emergency_6h", "urgent_24h", "elective")
    assert facts.SURGERY_TIERS == ("emergency_6h", "urgent_24h", "elective", "consider")
    assert facts.MOTOR_DEFICITS == ("mild", "functionally_relevant", "complete")
    assert facts.NO_MOTOR_DEFICIT == ("none", "radicular_sensory")


def test_reirradiation_limits_of_11_8() -> None:
    # pathway.md §6.3 and §11 S5: α/β 2 Gy; cumulative BED ≤ 120 Gy₂, or ≤ 135.5 Gy₂ when every
    # course ≤ 98 Gy₂ and the interval ≥ 6 months; SBRT re-irradiation EQD2 20–25 Gy, cumulative ≲ 70 Gy
    r = reirradiation
    assert r.ALPHA_BETA_CORD_GY == 2.0
    assert (r.CUMULATIVE_BED_LIMIT_GY2, r.CUMULATIVE_BED_LIMIT_EXTENDED_GY2) == (120.0, 135.5)
    assert (r.EXTENDED_MAX_COURSE_BED_GY2, r.EXTENDED_MIN_INTERVAL_MONTHS) == (98.0, 6)
    assert r.SBRT_REIRRADIATION_EQD2_GY == (20.0, 25.0) and r.SBRT_CUMULATIVE_EQD2_LIMIT_GY == 70.0
    assert r.eqd2(120.0) == 60.0 and r.bed(24, 12) == 48.0  # 12 × 2 Gy: 24 × (1 + 2/2)


def _one_course(total: float, fractions: int, completed: date) -> tuple[Case, Lesion]:
    case = Case()
    case.history.prior_spine_radiotherapy = [PriorRadiotherapy(level_from="T6", level_to="T8", total_dose_gy=total,
                                                               fractions=fractions, completed_on=completed)]
    lesion = Lesion(level="T7")
    case.imaging.lesions = [lesion]
    return case, lesion


@pytest.mark.parametrize(("total", "fractions", "completed", "limit"), [
    # 14 × 3.5 Gy = 49 × 2.75 = 134.75 Gy₂ > 98: the 120 limit whatever the interval
    (49.0, 14, date(2025, 1, 1), 120.0),
    # 25 × 2 Gy = 50 × 2 = 100 Gy₂ > 98 → 120
    (50.0, 25, date(2025, 1, 1), 120.0),
    # 13 × 3 Gy = 39 × 2.5 = 97.5 Gy₂ ≤ 98 and 6 calendar months since (20 May → 20 Nov) → 135.5
    (39.0, 13, date(2026, 5, 20), 135.5),
    # the same course one day short of 6 calendar months → 120
    (39.0, 13, date(2026, 5, 21), 120.0),
])
def test_the_extended_limit_needs_every_course_at_most_98_and_6_months(total: float, fractions: int,
                                                                       completed: date, limit: float) -> None:
    case, lesion = _one_course(total, fractions, completed)
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None
    level = figures.governing
    assert level.limit_gy2 == limit
    assert level.cumulative_bed_gy2 == pytest.approx(reirradiation.bed(total, fractions))
    assert level.margin_bed_gy2 == pytest.approx(limit - reirradiation.bed(total, fractions))
    assert level.margin_sbrt_eqd2_gy == pytest.approx(70.0 - reirradiation.bed(total, fractions) / 2)


def test_a_course_of_exactly_98_gy2_still_allows_the_extended_limit() -> None:
    # 11.8.4: "every course ≤ 98 Gy₂". Two fractions of √99 − 1 Gy: 2d + d² = 98 Gy₂ exactly (the
    # dose below is that value rounded so that the BED is 98.0 in floating point as well).
    total = 17.8997487421324
    assert reirradiation.bed(total, 2) == 98.0
    case, lesion = _one_course(total, 2, date(2025, 1, 1))
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None and figures.governing.limit_gy2 == 135.5


@pytest.mark.parametrize(("level_from", "level_to", "label"), [
    ("T6", "T8", "T6–T8"), ("T8", "T6", "T6–T8"), ("T7", "T7", "T7"), (None, "T8", ""), ("T6", None, ""),
])
def test_a_previous_course_is_named_by_its_levels(level_from: str | None, level_to: str | None, label: str) -> None:
    course = PriorRadiotherapy(level_from=level_from, level_to=level_to, total_dose_gy=30.0, fractions=10)
    assert reirradiation.course_figures(1, course).levels == label


def test_what_a_course_lacks_for_the_figures_is_named() -> None:
    case, lesion = _one_course(30.0, 10, date(2026, 1, 1))
    course = case.history.prior_spine_radiotherapy[0]
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None and figures.governing.missing == ()
    course.completed_on = None
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None and figures.governing.missing == ("course 1: date not recorded",)
    course.completed_on, course.fractions = date(2026, 1, 1), None
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None and figures.governing.missing == ("course 1: total dose or fractions not recorded",)
    assert figures.governing.cumulative_bed_gy2 is None and figures.governing.limit_gy2 == 120.0


# §11 S5 plans for the worse: a level whose margin cannot be computed (a dose or the fractions not
# recorded) governs a lesion over several levels, whatever the margin at the other level.
# 5 × 4 Gy = 60 Gy₂, > 6 months ago and ≤ 98 Gy₂: 75.5 Gy₂ left to 135.5 at the other level.
@pytest.mark.parametrize(("t7_fractions", "t8_fractions", "governing"), [(None, 5, "T7"), (5, None, "T8")])
def test_a_level_whose_margin_cannot_be_computed_governs(t7_fractions: int | None, t8_fractions: int | None,
                                                         governing: str) -> None:
    case = Case()
    case.history.prior_spine_radiotherapy = [
        PriorRadiotherapy(level_from="T6", level_to="T7", total_dose_gy=20.0, fractions=t7_fractions,
                          completed_on=date(2025, 1, 1)),
        PriorRadiotherapy(level_from="T8", level_to="T9", total_dose_gy=20.0, fractions=t8_fractions,
                          completed_on=date(2025, 1, 1)),
    ]
    lesion = Lesion(level="T7", level_to="T8")
    case.imaging.lesions = [lesion]
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None
    other = "T8" if governing == "T7" else "T7"
    assert {x.level: x.margin_bed_gy2 for x in figures.levels} == {governing: None, other: 75.5}
    assert figures.governing.level == governing and figures.margin_bed_gy2 is None


# scores-surgical.md §5a Bauer: "No lung cancer" and "Primary tumour = breast, kidney, lymphoma or
# multiple myeloma"; a cancer of unknown primary could be any of them, so both stay missing (S13).
@pytest.mark.parametrize("primary", list(PrimaryTumour))
def test_bauer_lung_and_favourable_primary_items_of_every_primary(primary: PrimaryTumour) -> None:
    score = find(_case(primary), AS_OF).scores["bauer"]
    items = {i.id: i.value for i in score.items}
    if primary in (_P.CUP, _P.UNKNOWN):
        assert items["lung_cancer"] is None and items["favourable_primary"] is None
        return
    assert items["lung_cancer"] is (primary in (_P.LUNG_NSCLC, _P.LUNG_SCLC))
    assert items["favourable_primary"] is (primary in (_P.BREAST, _P.KIDNEY, _P.LYMPHOMA, _P.MYELOMA))


@pytest.mark.parametrize(("start", "end", "months"), [
    (date(2026, 1, 1), date(2026, 2, 15), 1.5),  # 45 / 30.4375 = 1.478
    (date(2026, 1, 1), date(2026, 1, 1), 0.0),
    (date(2025, 11, 20), date(2026, 11, 20), 12.0),  # 365 days
])
def test_months_between_is_shown_to_one_decimal(start: date, end: date, months: float) -> None:
    assert derive.months_between(start, end) == months


@pytest.mark.parametrize(("primary", "noted"), [(_P.BREAST, False), (_P.LUNG_NSCLC, False), (_P.MELANOMA, True)])
def test_only_a_primary_the_tokuhashi_table_does_not_name_carries_the_others_note(primary: PrimaryTumour,
                                                                                noted: bool) -> None:
    item = next(i for i in find(_case(primary), AS_OF).scores["tokuhashi_revised"].items if i.id == "primary")
    assert ("not named in the 2005 table" in str(item.derivation)) is noted


def test_albumin_says_whether_it_was_entered_in_g_per_l_or_converted() -> None:
    case = Case()
    case.labs.results = [LabResult(analyte="albumin", value=36, unit="g/L")]
    entered = derive.albumin_g_per_l(case)
    assert (entered.value, entered.source, str(entered.derivation)) == (36.0, Source.ENTERED, "entered")
    case.labs.results = [LabResult(analyte="albumin", value=3.6, unit="g/dL")]
    converted = derive.albumin_g_per_l(case)
    assert (converted.value, converted.source) == (36.0, Source.DERIVED)
    assert str(converted.derivation) == "converted from 3.6 g/dL"


# scores-radiotherapy.md: van der Linden's primary is breast / prostate / lung / other; Rades'
# death-within-2-months tumour type is breast / prostate / myeloma-lymphoma / lung / other. A cancer of
# unknown primary has no row in either table, so the item stays missing (S13).
_LUNG = (_P.LUNG_NSCLC, _P.LUNG_SCLC)


@pytest.mark.parametrize("primary", list(PrimaryTumour))
def test_van_der_linden_and_rades_tumour_categories_of_every_primary(primary: PrimaryTumour) -> None:
    scores = find(_case(primary), AS_OF).scores
    linden = next(i.value for i in scores["linden"].items if i.id == "primary")
    rades = next(i.value for i in scores["rades_death_2m"].items if i.id == "tumour")
    if primary in (_P.CUP, _P.UNKNOWN):
        assert linden is None and rades is None
        return
    named = {_P.BREAST: "breast", _P.PROSTATE: "prostate", **dict.fromkeys(_LUNG, "lung")}
    assert linden == named.get(primary, "other")
    named_rades = {**named, _P.MYELOMA: "myeloma_lymphoma", _P.LYMPHOMA: "myeloma_lymphoma"}
    assert rades == named_rades.get(primary, "other")


@pytest.mark.parametrize(("total", "fractions", "completed", "reason"), [
    # 13 × 3 Gy = 97.5 Gy₂; 5 Jan 2025 → 20 Nov 2026 = 22 calendar months and 15 of 30 days: 22.5
    (39.0, 13, date(2025, 1, 5), "every course ≤ 98.0 Gy₂ and 22.5 months since the last: 135.5 Gy₂ (11.8.4)"),
    # 1 Aug → 20 Nov 2026 = 3 calendar months and 19 of 30 days: 3.6, too recent
    (39.0, 13, date(2026, 8, 1), "3.6 months since the last course (< 6): 120.0 Gy₂ (11.8.4)"),
    # 21 May → 20 Nov 2026: 183 days, but the sixth calendar month ends on 21 Nov: 5.9, too recent
    (39.0, 13, date(2026, 5, 21), "5.9 months since the last course (< 6): 120.0 Gy₂ (11.8.4)"),
    (39.0, 13, date(2026, 5, 20), "every course ≤ 98.0 Gy₂ and 6.0 months since the last: 135.5 Gy₂ (11.8.4)"),
    # 25 × 2 Gy = 100 Gy₂
    (50.0, 25, date(2025, 1, 1), "a course above 98 Gy₂ or not fully recorded: 120.0 Gy₂ (11.8.4)"),
    (39.0, 13, None, "interval not known: 120.0 Gy₂ (11.8.4)"),
])
def test_the_limit_says_why_it_applies(total: float, fractions: int, completed: date | None, reason: str) -> None:
    # S5: the figures and their limit are shown with the reason (the interval in calendar months, to the tenth below).
    case, lesion = _one_course(total, fractions, completed)  # type: ignore[arg-type]
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None and str(figures.governing.limit_reason) == reason


def test_a_lesion_over_several_levels_is_governed_by_the_level_with_least_left() -> None:
    # S5: the figures are per level; for a lesion over T6-T8 the level with the least margin left
    # decides. 1 × 8 Gy at T6-T7 = 8 × (1 + 8/2) = 40 Gy₂; 5 × 4 Gy at T8 = 20 × 3 = 60 Gy₂; both
    # <= 98 Gy₂ and long ago: limit 135.5 Gy₂, so 95.5 left at T6 and T7 and 75.5 at T8.
    case = Case()
    case.history.prior_spine_radiotherapy = [
        PriorRadiotherapy(level_from="T6", level_to="T7", total_dose_gy=8, fractions=1, completed_on=date(2025, 1, 1)),
        PriorRadiotherapy(level_from="T8", level_to="T8", total_dose_gy=20, fractions=5, completed_on=date(2025, 1, 1)),
    ]
    lesion = Lesion(level="T6", level_to="T8")
    case.imaging.lesions = [lesion]
    figures = reirradiation.assess_lesion(case, lesion, AS_OF)
    assert figures is not None
    assert [(x.level, x.margin_bed_gy2) for x in figures.levels] == [("T6", 95.5), ("T7", 95.5), ("T8", 75.5)]
    assert figures.governing.level == "T8" and figures.governing.margin_bed_gy2 == 75.5
