"""Every numeric cut-off of the computed scores, tested on both sides (issue 29).

Each table lists the published categories (shared/clinical/scores-surgical.md and
scores-radiotherapy.md) as ranges; every value around each edge must score the points of the range
it falls in, and a value in no published range is outside the table: the item is reported missing
and the score has no total. Values of the wrong type (a yes/no for a number, text) are outside too.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from spinemet_desktop.clinical.scores import CALCULATORS

Range = tuple[float, float, int]  # low, high (inclusive), points

# scores-surgical.md §4: KPS "Poor (PS 10-40%)" 0, "Moderate (50-70%)" 1, "Good (80-100%)" 2.
TOKUHASHI_KPS: list[Range] = [(10, 40, 0), (50, 70, 1), (80, 100, 2)]
# §4: extraspinal bone foci ">=3" 0, "1-2" 1, "0" 2.
TOKUHASHI_FOCI: list[Range] = [(3, math.inf, 0), (1, 2, 1), (0, 0, 2)]
# §4: vertebral-body metastases ">=3" 0, "2" 1, "1" 2 (a patient has at least one).
TOKUHASHI_VERTEBRAL: list[Range] = [(3, math.inf, 0), (2, 2, 1), (1, 1, 2)]
# scores-radiotherapy.md §3: KPS 80-100 2, 50-70 1, 20-40 0 (below 20 not covered).
LINDEN_KPS: list[Range] = [(80, 100, 2), (50, 70, 1), (20, 40, 0)]
# §13 and README: ECOG <= 2 -> 0 (the paper's row is "2"; 0-1 only noted), 3-4 -> 4; 5 is death.
RADES_ECOG: list[Range] = [(0, 2, 0), (3, 4, 4)]
# §13: interval cancer diagnosis -> MSCC <= 15 months 3, > 15 months 1.
RADES_INTERVAL: list[Range] = [(0, 15, 3), (15, math.inf, 1)]
# §13: time developing motor deficits <= 7 days 4, > 7 days 1.
RADES_MOTOR_DAYS: list[Range] = [(0, 7, 4), (7, math.inf, 1)]
# scores-surgical.md §6: modified Bauer >= 3 -> 2 points, <= 2 -> 0 (the modified Bauer is 0-4).
NESMS_BAUER: list[Range] = [(3, 4, 2), (0, 2, 0)]
# §6: albumin >= 3.5 g/dL (= 35 g/L) 1, below 0.
NESMS_ALBUMIN: list[Range] = [(35, math.inf, 1), (0, 35, 0)]


def expected_points(value: float, ranges: list[Range]) -> int | None:
    """Points of the first range holding value (so "<= 15" before "> 15" decides 15 itself)."""
    return next((points for low, high, points in ranges if low <= value <= high), None)


def item_points(score: str, base: dict[str, Any], item: str, value: Any) -> int | None:
    result = CALCULATORS[score]({**base, item: value})
    points = {i.id: i.points for i in result.items}[item]
    assert (item in result.missing) is (points is None)
    assert (result.total is None) is (points is None)
    return points


TOKUHASHI_BASE = {"kps": 50, "extraspinal_bone_foci": 1, "vertebral_body_metastases": 2,
                  "major_organ_metastases": "removable", "primary": "other", "frankel": "C"}
LINDEN_BASE = {"kps": 50, "primary": "other", "visceral_metastases": True}
RADES_BASE = {"ecog": 2, "tumour": "other", "other_bone_metastases": True, "visceral_metastases": True,
              "interval_months": 6, "ambulatory": True, "motor_deficit_days": 3}
NESMS_BASE = {"bauer_modified": 2, "independent_ambulation": False, "albumin_g_per_l": 30.0}

WRONG_TYPES = [True, False, "50", "x", 50.0, [50]]


# -- Karnofsky rows ---------------------------------------------------------------------------


@pytest.mark.parametrize("kps", range(-5, 111))
def test_tokuhashi_general_condition_karnofsky_rows(kps: int) -> None:
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "kps", kps) == expected_points(kps, TOKUHASHI_KPS)


@pytest.mark.parametrize("kps", range(-5, 111))
def test_linden_karnofsky_rows(kps: int) -> None:
    assert item_points("linden", LINDEN_BASE, "kps", kps) == expected_points(kps, LINDEN_KPS)


@pytest.mark.parametrize("value", WRONG_TYPES)
def test_karnofsky_of_the_wrong_type_is_outside_the_table(value: Any) -> None:
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "kps", value) is None
    assert item_points("linden", LINDEN_BASE, "kps", value) is None


# -- Tokuhashi counts -------------------------------------------------------------------------


@pytest.mark.parametrize("foci", range(-2, 12))
def test_tokuhashi_extraspinal_bone_foci_rows(foci: int) -> None:
    expected = expected_points(foci, TOKUHASHI_FOCI)
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "extraspinal_bone_foci", foci) == expected


@pytest.mark.parametrize("count", range(-2, 12))
def test_tokuhashi_vertebral_body_metastases_rows(count: int) -> None:
    expected = expected_points(count, TOKUHASHI_VERTEBRAL)
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "vertebral_body_metastases", count) == expected


@pytest.mark.parametrize("value", [True, False, "2", 2.0, 1.5])
def test_tokuhashi_counts_of_the_wrong_type_are_outside_the_table(value: Any) -> None:
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "extraspinal_bone_foci", value) is None
    assert item_points("tokuhashi_revised", TOKUHASHI_BASE, "vertebral_body_metastases", value) is None


# -- Rades: ECOG and the two intervals -------------------------------------------------------


@pytest.mark.parametrize("ecog", range(-2, 8))
def test_rades_ecog_rows(ecog: int) -> None:
    assert item_points("rades_death_2m", RADES_BASE, "ecog", ecog) == expected_points(ecog, RADES_ECOG)


@pytest.mark.parametrize("value", WRONG_TYPES)
def test_rades_ecog_of_the_wrong_type_is_outside_the_table(value: Any) -> None:
    assert item_points("rades_death_2m", RADES_BASE, "ecog", value) is None


INTERVALS = [-3, -0.5, -0.01, 0, 0.01, 0.5, 1, 7, 13.9, 14, 14.5, 14.99, 15, 15.01, 15.5, 16, 16.5, 40, 240]


@pytest.mark.parametrize("months", INTERVALS)
def test_rades_interval_from_diagnosis_to_mscc_cut_off_15_months(months: float) -> None:
    expected = expected_points(months, RADES_INTERVAL)
    assert item_points("rades_death_2m", RADES_BASE, "interval_months", months) == expected


DAYS = [-2, -0.5, -0.01, 0, 0.01, 0.5, 1, 5.9, 6, 6.5, 6.99, 7, 7.01, 7.5, 8, 8.5, 14, 30]


@pytest.mark.parametrize("days", DAYS)
def test_rades_time_developing_motor_deficits_cut_off_7_days(days: float) -> None:
    expected = expected_points(days, RADES_MOTOR_DAYS)
    assert item_points("rades_death_2m", RADES_BASE, "motor_deficit_days", days) == expected


@pytest.mark.parametrize("value", [True, False, "7", None])
def test_rades_intervals_of_the_wrong_type_are_outside_the_table(value: Any) -> None:
    assert item_points("rades_death_2m", RADES_BASE, "interval_months", value) is None
    assert item_points("rades_death_2m", RADES_BASE, "motor_deficit_days", value) is None


@pytest.mark.parametrize(("total_parts", "band"), [
    # ECOG 3-4 (4) + lung (3) + bone yes (3) + visceral no (1) + interval <= 15 (3) + ambulatory (1)
    # + motor > 7 days (1) = 16; then one step at a time across the cut-off of 19.
    ({"visceral_metastases": False, "motor_deficit_days": 10}, "below_cut_off"),  # 16
    ({"visceral_metastases": False, "motor_deficit_days": 10, "ambulatory": False}, "likely_death_2m"),  # 19
    ({"visceral_metastases": False, "motor_deficit_days": 10, "other_bone_metastases": False}, "below_cut_off"),  # 14
    ({"motor_deficit_days": 10, "other_bone_metastases": False, "interval_months": 20}, "below_cut_off"),  # 15
    ({"motor_deficit_days": 10}, "likely_death_2m"),  # 19
    ({"motor_deficit_days": 10, "tumour": "prostate"}, "below_cut_off"),  # 18
])
def test_rades_cut_off_19_on_both_sides(total_parts: dict[str, Any], band: str) -> None:
    inputs = {**RADES_BASE, "ecog": 3, "tumour": "lung", **total_parts}
    result = CALCULATORS["rades_death_2m"](inputs)
    assert result.total is not None
    assert result.band == ("likely_death_2m" if result.total >= 19 else "below_cut_off") == band


# -- NESMS ------------------------------------------------------------------------------------


@pytest.mark.parametrize("bauer_modified", range(-2, 7))
def test_nesms_modified_bauer_at_least_3(bauer_modified: int) -> None:
    expected = expected_points(bauer_modified, NESMS_BAUER)
    assert item_points("nesms", NESMS_BASE, "bauer_modified", bauer_modified) == expected


@pytest.mark.parametrize("value", WRONG_TYPES)
def test_nesms_modified_bauer_of_the_wrong_type_is_outside_the_table(value: Any) -> None:
    assert item_points("nesms", NESMS_BASE, "bauer_modified", value) is None


@pytest.mark.parametrize("albumin", [-1, -0.01, 0, 0.01, 20, 33.9, 34, 34.5, 34.99, 35, 35.0, 35.01, 35.5, 36, 50])
def test_nesms_albumin_at_least_35_g_per_l(albumin: float) -> None:
    expected = expected_points(albumin, NESMS_ALBUMIN)
    assert item_points("nesms", NESMS_BASE, "albumin_g_per_l", albumin) == expected


@pytest.mark.parametrize("value", [True, False, "35", None])
def test_nesms_albumin_of_the_wrong_type_is_outside_the_table(value: Any) -> None:
    assert item_points("nesms", NESMS_BASE, "albumin_g_per_l", value) is None


@pytest.mark.parametrize(("bauer_modified", "ambulation", "albumin", "total"), [
    (0, False, 30, 0), (2, True, 30, 1), (2, False, 35, 1), (2, True, 35, 2), (3, False, 30, 2),
    (3, True, 30, 3), (3, False, 35, 3), (4, True, 35, 3), (3, True, 40, 3),  # 4 capped at 3
])
def test_nesms_sum_is_capped_at_3(bauer_modified: int, ambulation: bool, albumin: float, total: int) -> None:
    result = CALCULATORS["nesms"]({"bauer_modified": bauer_modified, "independent_ambulation": ambulation,
                                   "albumin_g_per_l": albumin})
    assert (result.total, result.band, result.display) == (total, str(total), str(total))


def test_nesms_each_score_is_its_own_band() -> None:
    from spinemet_desktop.clinical.scores import SPECS

    bands = SPECS["nesms"].bands
    assert [(b.id, b.low, b.high) for b in bands] == [(str(i), i, i) for i in range(4)]
    # Schoenfeld 2021: odds of 1-year mortality vs NESMS 3 -> score 2: 7.04, score 1: 31.30.
    assert "7.0" in bands[2].meaning and "31.3" in bands[1].meaning and "reference" in bands[3].meaning
    assert SPECS["nesms"].cap == 3 and SPECS["nesms"].score_range == (0, 3)
    assert item_points("nesms", NESMS_BASE, "independent_ambulation", True) == 1
    assert item_points("nesms", NESMS_BASE, "independent_ambulation", False) == 0
