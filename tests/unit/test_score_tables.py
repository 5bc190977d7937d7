"""Every points table, band and band meaning of the computed scores, pinned (issue 29).

The expected values are transcribed once more from shared/clinical/scores-surgical.md and
scores-radiotherapy.md (section named at each table), independently of the score modules, in the
canonical vocabulary of shared/clinical/README.md. Where the answer space is small every
combination is computed, as the SINS test in test_scores.py does with its 1,296.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import pytest

from spinemet_desktop.clinical.result import Status
from spinemet_desktop.clinical.scores import CALCULATORS, SPECS, answer_options, escc, sins

# -- transcriptions ------------------------------------------------------------------------------

# scores-surgical.md §4 (revised Tokuhashi 2005): "Primary site of the cancer".
TOKUHASHI_PRIMARY = {
    **dict.fromkeys(["lung", "osteosarcoma", "stomach", "bladder", "esophagus", "pancreas"], 0),
    **dict.fromkeys(["liver", "gallbladder", "unidentified"], 1),
    "other": 2,
    **dict.fromkeys(["kidney", "uterus"], 3),
    "rectum": 4,
    **dict.fromkeys(["thyroid", "breast", "prostate", "carcinoid"], 5),
}
# §4: "Metastases to the major internal organs" and "Palsy" (Frankel A, B complete; C, D
# incomplete; E none).
TOKUHASHI_ORGANS = {"unremovable": 0, "removable": 1, "none": 2}
TOKUHASHI_PALSY = {"A": 0, "B": 0, "C": 1, "D": 1, "E": 2}
# §4 bands: 0-8 < 6 months; 9-11 >= 6 months; 12-15 >= 1 year.
TOKUHASHI_BANDS = {"lt_6_months": (0, 8), "gte_6_months": (9, 11), "gte_1_year": (12, 15)}

# §3a Tomita 2001.
TOMITA = {
    "growth": {"slow": 1, "moderate": 2, "rapid": 4},
    "visceral": {"none": 0, "treatable": 2, "untreatable": 4},
    "bone": {"solitary": 1, "multiple": 2},
}
# §3a bands: score -> (treatment goal, surgical strategy).
TOMITA_BANDS = {
    "2_3": (2, 3, "long-term local control", "wide or marginal excision"),
    "4_5": (4, 5, "middle-term local control", "marginal or intralesional excision"),
    "6_7": (6, 7, "short-term palliation", "palliative surgery"),
    "8_10": (8, 10, "terminal care", "supportive care"),
}

# §5a Bauer: one point per favourable factor. The inputs are the facts (True = present).
BAUER_POINT_IF = {
    "pathological_fracture": False,  # "No pathological fracture"
    "visceral_metastases": False,  # "No visceral metastases"
    "solitary_skeletal_metastasis": True,  # "Solitary skeletal metastasis"
    "lung_cancer": False,  # "No lung cancer"
    "favourable_primary": True,  # "Primary tumour = breast, kidney, lymphoma or multiple myeloma"
}
BAUER_BANDS = {"0_1": (0, 1, "died within 6 months"), "2_3": (2, 3, "25"), "4_5": (4, 5, "50")}
# §5b modified Bauer: Bauer without the fracture item.
BAUER_MODIFIED_BANDS = {
    "0_1": (0, 1, "supportive care"),
    "2": (2, 2, "short-term palliation"),
    "3_4": (3, 4, "middle-term local control"),
}
# README "bauer ... favourable_primary (breast, kidney, lymphoma, myeloma)".
BAUER_FAVOURABLE = {"breast", "kidney", "lymphoma", "myeloma"}

# scores-radiotherapy.md §3 van der Linden.
LINDEN_PRIMARY = {"breast": 3, "prostate": 2, "lung": 1, "other": 0}
LINDEN_VISCERAL = {False: 1, True: 0}  # absent 1, present 0
LINDEN_BANDS = {"A": (0, 3, "3.0 months"), "B": (4, 5, "9.0 months"), "C": (6, 6, "18.7 months")}

# scores-radiotherapy.md §13 Rades 2013 (death within 2 months); the ECOG and the two intervals
# are numbers whose cut-offs test_score_thresholds.py checks.
RADES_TUMOUR = {"breast": 1, "prostate": 2, "myeloma_lymphoma": 1, "lung": 3, "other": 3}
RADES_OTHER_BONE = {False: 1, True: 3}
RADES_VISCERAL = {False: 1, True: 4}
RADES_AMBULATORY = {True: 1, False: 4}
RADES_ECOG = {2: 0, 3: 4, 4: 4}  # "ECOG <=2 -> 0 points, ECOG 3-4 -> 4 points"
RADES_INTERVAL = {6: 3, 30: 1}  # <= 15 months 3, > 15 months 1
RADES_MOTOR_DAYS = {3: 4, 10: 1}  # <= 7 days 4, > 7 days 1

# scores-surgical.md §2 ESCC (Bilsky) grades and their binning (README: 2-3 high-grade; 1c shown
# as borderline).
ESCC = {
    "0": ("low_grade", "bone-only disease"),
    "1a": ("low_grade", "no deformation of the thecal sac"),
    "1b": ("low_grade", "spinal cord not abutted"),
    "1c": ("borderline", "spinal cord abutted"),
    "2": ("high_grade", "csf still visible"),
    "3": ("high_grade", "no csf visible"),
}


def _band(total: int, bands: Mapping[str, tuple[Any, ...]]) -> str:
    return next(band for band, (low, high, *_) in bands.items() if low <= total <= high)


# -- revised Tokuhashi ----------------------------------------------------------------------------

TOKUHASHI_BASE = {"kps": 50, "extraspinal_bone_foci": 1, "vertebral_body_metastases": 2,
                  "major_organ_metastases": "removable", "primary": "other", "frankel": "C"}


@pytest.mark.parametrize(("item", "table"), [
    ("primary", TOKUHASHI_PRIMARY), ("major_organ_metastases", TOKUHASHI_ORGANS), ("frankel", TOKUHASHI_PALSY),
])
def test_tokuhashi_every_answer_scores_its_published_points(item: str, table: dict[str, int]) -> None:
    assert set(answer_options(f"tokuhashi_revised.{item}") or []) == set(table)
    for answer, points in table.items():
        result = CALCULATORS["tokuhashi_revised"]({**TOKUHASHI_BASE, item: answer})
        assert {i.id: i.points for i in result.items}[item] == points, answer
        # the base scores 1 + 1 + 1 + 1 + 2 + 1 = 7 with "other" as primary
        base = {"primary": 2, "major_organ_metastases": 1, "frankel": 1}[item]
        assert result.total == 7 - base + points, answer


def test_tokuhashi_every_total_has_its_published_band() -> None:
    """Walk the primary (0-5) and the five 0-2 items through every total 0-15."""
    seen = set()
    zero_primary = "lung"
    for levels in itertools.product(range(3), repeat=5):
        kps = {0: 10, 1: 50, 2: 80}[levels[0]]
        foci = {0: 3, 1: 1, 2: 0}[levels[1]]
        vertebral = {0: 3, 1: 2, 2: 1}[levels[2]]
        organs = {0: "unremovable", 1: "removable", 2: "none"}[levels[3]]
        frankel = {0: "A", 1: "C", 2: "E"}[levels[4]]
        for primary, primary_points in (("breast", 5), (zero_primary, 0), ("rectum", 4)):
            inputs = {"kps": kps, "extraspinal_bone_foci": foci, "vertebral_body_metastases": vertebral,
                      "major_organ_metastases": organs, "primary": primary, "frankel": frankel}
            result = CALCULATORS["tokuhashi_revised"](inputs)
            expected = sum(levels) + primary_points
            assert result.total == expected
            assert result.band == _band(expected, TOKUHASHI_BANDS)
            seen.add(expected)
    assert seen == set(range(16))


def test_tokuhashi_band_meanings() -> None:
    meanings = {b.id: (b.low, b.high, b.meaning.lower()) for b in SPECS["tokuhashi_revised"].bands}
    assert {k: v[:2] for k, v in meanings.items()} == TOKUHASHI_BANDS
    assert "< 6 months" in meanings["lt_6_months"][2] and "palliative surgery" in meanings["lt_6_months"][2]
    assert "≥ 6 months" in meanings["gte_6_months"][2] and "excisional surgery" in meanings["gte_6_months"][2]
    assert "≥ 1 year" in meanings["gte_1_year"][2] and "excisional surgery" in meanings["gte_1_year"][2]
    assert SPECS["tokuhashi_revised"].score_range == (0, 15)
    assert SPECS["tokuhashi_revised"].status is Status.VERIFIED


# -- Tomita -------------------------------------------------------------------------------------


def test_tomita_all_18_combinations() -> None:
    keys = list(TOMITA)
    for combo in itertools.product(*(TOMITA[k].items() for k in keys)):
        inputs = {k: answer for k, (answer, _) in zip(keys, combo, strict=True)}
        expected = sum(points for _, points in combo)
        result = CALCULATORS["tomita"](inputs)
        assert result.total == expected, inputs
        assert [i.points for i in result.items] == [p for _, p in combo]
        assert result.band == _band(expected, TOMITA_BANDS)


def test_tomita_bands_and_their_treatment_goals() -> None:
    spec = SPECS["tomita"]
    assert [(b.id, b.low, b.high) for b in spec.bands] == [(k, v[0], v[1]) for k, v in TOMITA_BANDS.items()]
    for band in spec.bands:
        _, _, goal, strategy = TOMITA_BANDS[band.id]
        assert goal in band.meaning.lower() and strategy in band.meaning.lower()
    assert spec.score_range == (2, 10)
    for item in spec.items:
        assert answer_options(f"tomita.{item.id}") == list(TOMITA[item.id])


def test_tomita_growth_examples_are_those_of_the_original_figure() -> None:
    # §3a: slow "breast, thyroid, etc.", moderate "kidney, uterus, etc.", rapid "lung, stomach,
    # etc."; secondary implementations add prostate (slow) and unknown primary (rapid).
    from spinemet_desktop.clinical.scores.tomita import GROWTH_EXAMPLES

    assert list(GROWTH_EXAMPLES) == list(TOMITA["growth"])
    for growth, words in {"slow": ("breast", "thyroid", "prostate"), "moderate": ("kidney", "uterus"),
                          "rapid": ("lung", "stomach", "unknown primary")}.items():
        assert all(w in GROWTH_EXAMPLES[growth] for w in words), growth


# -- Bauer and modified Bauer --------------------------------------------------------------------


def test_bauer_all_32_combinations() -> None:
    keys = list(BAUER_POINT_IF)
    for facts in itertools.product((False, True), repeat=len(keys)):
        inputs = dict(zip(keys, facts, strict=True))
        points = [int(inputs[k] == BAUER_POINT_IF[k]) for k in keys]
        result = CALCULATORS["bauer"](inputs)
        assert [i.points for i in result.items] == points, inputs
        assert result.total == sum(points)
        assert result.band == _band(sum(points), BAUER_BANDS)


def test_modified_bauer_all_16_combinations_leave_out_the_fracture() -> None:
    keys = [k for k in BAUER_POINT_IF if k != "pathological_fracture"]
    for facts in itertools.product((False, True), repeat=len(keys)):
        inputs = dict(zip(keys, facts, strict=True))
        expected = sum(int(inputs[k] == BAUER_POINT_IF[k]) for k in keys)
        for fracture in (False, True):  # not an item of the modified score
            result = CALCULATORS["bauer_modified"]({**inputs, "pathological_fracture": fracture})
            assert result.total == expected, inputs
            assert result.band == _band(expected, BAUER_MODIFIED_BANDS)
    assert {i.id for i in SPECS["bauer_modified"].items} == set(keys)


def test_bauer_band_meanings_and_favourable_primaries() -> None:
    for spec, bands in ((SPECS["bauer"], BAUER_BANDS), (SPECS["bauer_modified"], BAUER_MODIFIED_BANDS)):
        assert [(b.id, b.low, b.high) for b in spec.bands] == [(k, v[0], v[1]) for k, v in bands.items()]
        for band in spec.bands:
            assert bands[band.id][2] in band.meaning.lower()
    assert SPECS["bauer"].score_range == (0, 5) and SPECS["bauer_modified"].score_range == (0, 4)
    from spinemet_desktop.clinical.scores.bauer import FAVOURABLE_PRIMARIES

    assert FAVOURABLE_PRIMARIES == BAUER_FAVOURABLE


# -- van der Linden -------------------------------------------------------------------------------


def test_linden_all_combinations_of_the_published_categories() -> None:
    kps_rows = {90: 2, 60: 1, 30: 0}  # 80-100 / 50-70 / 20-40
    for (kps, k_pts), (primary, p_pts), (visceral, v_pts) in itertools.product(
            kps_rows.items(), LINDEN_PRIMARY.items(), LINDEN_VISCERAL.items()):
        result = CALCULATORS["linden"]({"kps": kps, "primary": primary, "visceral_metastases": visceral})
        expected = k_pts + p_pts + v_pts
        assert [i.points for i in result.items] == [k_pts, p_pts, v_pts]
        assert (result.total, result.band) == (expected, _band(expected, LINDEN_BANDS))


def test_linden_groups_and_median_survival() -> None:
    spec = SPECS["linden"]
    assert [(b.id, b.low, b.high) for b in spec.bands] == [(k, v[0], v[1]) for k, v in LINDEN_BANDS.items()]
    for band in spec.bands:
        assert LINDEN_BANDS[band.id][2] in band.meaning
    assert "3.9" not in " ".join(b.meaning for b in spec.bands)  # the earlier summary's error
    assert answer_options("linden.primary") == list(LINDEN_PRIMARY)
    assert spec.score_range == (0, 6)


# -- Rades: death within 2 months ----------------------------------------------------------------


def test_rades_death_2m_all_combinations_of_the_categories() -> None:
    tables = {
        "ecog": RADES_ECOG, "tumour": RADES_TUMOUR, "other_bone_metastases": RADES_OTHER_BONE,
        "visceral_metastases": RADES_VISCERAL, "interval_months": RADES_INTERVAL, "ambulatory": RADES_AMBULATORY,
        "motor_deficit_days": RADES_MOTOR_DAYS,
    }
    keys = list(tables)
    totals = set()
    for combo in itertools.product(*(tables[k].items() for k in keys)):
        inputs = {k: answer for k, (answer, _) in zip(keys, combo, strict=True)}
        expected = sum(points for _, points in combo)
        result = CALCULATORS["rades_death_2m"](inputs)
        assert [i.points for i in result.items] == [p for _, p in combo], inputs
        assert result.total == expected
        assert result.band == ("likely_death_2m" if expected >= 19 else "below_cut_off")
        totals.add(expected)
    assert min(totals) == 6 and max(totals) == 25  # the published range


def test_rades_death_2m_cut_off_and_range() -> None:
    spec = SPECS["rades_death_2m"]
    assert [(b.id, b.low, b.high) for b in spec.bands] == [("below_cut_off", 6, 18), ("likely_death_2m", 19, 25)]
    likely = spec.bands[1].meaning
    assert "81 %" in likely and "84 %" in likely  # sensitivity and specificity at >= 19
    assert spec.score_range == (6, 25)
    assert answer_options("rades_death_2m.tumour") == list(RADES_TUMOUR)


# -- SINS: location by level, bands ------------------------------------------------------------

# scores-surgical.md §1 "Level coverage check".
SINS_LOCATION = {
    **dict.fromkeys(["C0", "C1", "C2"], "junctional"),
    **dict.fromkeys(["C3", "C4", "C5", "C6"], "mobile"),
    **dict.fromkeys(["C7", "T1", "T2"], "junctional"),
    **dict.fromkeys([f"T{i}" for i in range(3, 11)], "semi_rigid"),
    **dict.fromkeys(["T11", "T12", "L1"], "junctional"),
    **dict.fromkeys(["L2", "L3", "L4"], "mobile"),
    **dict.fromkeys(["L5", "S1"], "junctional"),
    **dict.fromkeys(["S2", "S3", "S4", "S5"], "rigid"),
}


@pytest.mark.parametrize(("level", "location"), SINS_LOCATION.items())
def test_sins_location_of_every_level(level: str, location: str) -> None:
    assert sins.location_for_levels(level) == (location, f"from lesion level {level}")
    assert sins.location_for_levels(level, level)[0] == location


def test_sins_lesion_within_one_region_takes_its_location() -> None:
    assert sins.location_for_levels("T3", "T10") == ("semi_rigid", "from lesion level T3–T10")
    assert sins.location_for_levels("C7", "T2")[0] == "junctional"


@pytest.mark.parametrize(("first", "last", "words"), [
    ("C2", "C3", "junctional + mobile"), ("T2", "T3", "junctional + semi-rigid"),
    ("T10", "T11", "junctional + semi-rigid"), ("L4", "L5", "junctional + mobile"),
    ("S1", "S2", "junctional + rigid"), ("C6", "C7", "junctional + mobile"),
])
def test_sins_lesion_across_a_region_border_is_left_to_the_clinician(first: str, last: str, words: str) -> None:
    location, why = sins.location_for_levels(first, last)
    assert location is None
    assert f"{first}–{last}" in why and words in why and "choose" in why


def test_sins_bands_and_their_meanings() -> None:
    spec = SPECS["sins"]
    assert [(b.id, b.low, b.high) for b in spec.bands] == [
        ("stable", 0, 6), ("potentially_unstable", 7, 12), ("unstable", 13, 18)]
    meanings = [b.meaning.lower() for b in spec.bands]
    assert "surgical consultation" not in meanings[0]
    assert all("surgical consultation" in m for m in meanings[1:])  # "7-18 warrants surgical consultation"
    assert spec.score_range == (0, 18)
    assert spec.status is Status.VERIFIED_SECONDARY


# -- ESCC -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("grade", "expected"), ESCC.items())
def test_escc_every_grade(grade: str, expected: tuple[str, str]) -> None:
    band, words = expected
    result = escc.compute(grade)
    assert (result.display, result.band, result.missing, result.total) == (grade, band, (), None)
    assert words in result.meaning.lower()
    assert escc.is_high_grade(grade) is (band == "high_grade")
    assert bool(result.notes) is (grade == "1c")  # the disputed binning is said
    assert result.status is Status.VERIFIED


def test_escc_grades_are_ordered_by_severity() -> None:
    assert escc.GRADES == tuple(ESCC)
    assert sorted(ESCC, key=escc.RANK.__getitem__) == list(ESCC)
    assert [escc.RANK[g] for g in ESCC] == list(range(6))
    assert escc.is_high_grade(None) is None


# -- the registries ------------------------------------------------------------------------------


def test_every_points_score_is_registered_with_its_table() -> None:
    ids = ["sins", "tokuhashi_revised", "tomita", "bauer", "bauer_modified", "nesms", "linden", "rades_death_2m"]
    assert list(CALCULATORS) == ids and list(SPECS) == ids
    for score_id in ids:
        assert SPECS[score_id].id == score_id
        assert CALCULATORS[score_id]({}).score_id == score_id


def test_answer_options_of_number_items_are_open() -> None:
    assert answer_options("tokuhashi_revised.kps") is None
    assert answer_options("nesms.albumin_g_per_l") is None
    assert answer_options("sins.pain") == ["mechanical", "occasional_non_mechanical", "pain_free"]
    assert answer_options("bauer.pathological_fracture") == [False, True]


# -- what each table says about itself ------------------------------------------------------------

# The cautions of the shared text that the results carry: scores-surgical.md §4 (Tokuhashi
# vertebral-body row), §5a (Bauer's visceral wording), §5b (Leithner's survival figures), §6
# (NESMS ambulation and albumin wording); scores-radiotherapy.md §3 (van der Linden's population),
# §13 (Rades' ECOG row).
NOTES = {
    "sins": [], "tomita": [],
    "tokuhashi_revised": ["≥3 / 2 / 1"],
    "bauer": ["no visceral or brain metastases"],
    "bauer_modified": ["unverified"],
    "nesms": ["independent ambulation", "albumin"],
    "linden": ["without neurological deficit"],
    "rades_death_2m": ["'1–2'", "ECOG 0–1"],
}


@pytest.mark.parametrize(("score_id", "words"), NOTES.items())
def test_each_score_carries_the_cautions_of_its_table(score_id: str, words: list[str]) -> None:
    result = CALCULATORS[score_id]({})
    # A caution about the population is a note (on the page and the referral); how the table was
    # checked is its verification (on demand on the summary page, in the results export).
    cautions = result.notes + result.verification
    assert len(cautions) == (1 if words else 0)
    assert all(w in cautions[0] for w in words)
    assert SPECS[score_id].citation and CALCULATORS[score_id]({}).citation == SPECS[score_id].citation
