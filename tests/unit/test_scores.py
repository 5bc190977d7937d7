"""Score tables: exhaustive where the space is small, hand-checked vectors, and properties."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinemet_desktop.clinical.result import FROM_AIS, Input, Source, Status
from spinemet_desktop.clinical.scores import CALCULATORS, escc, scales, sins
from spinemet_desktop.clinical.scores.not_computed import reference_results

# The SINS table written out once more, independently of the module (Fisher 2010, Tab. 4).
SINS_TABLE = {
    "location": {"junctional": 3, "mobile": 2, "semi_rigid": 1, "rigid": 0},
    "pain": {"mechanical": 3, "occasional_non_mechanical": 1, "pain_free": 0},
    "bone_lesion": {"lytic": 2, "mixed": 1, "blastic": 0},
    "alignment": {"subluxation_translation": 4, "de_novo_deformity": 2, "normal": 0},
    "collapse": {"gt50": 3, "lt50": 2, "no_collapse_gt50_involved": 1, "none": 0},
    "posterolateral": {"bilateral": 3, "unilateral": 1, "none": 0},
}


@pytest.mark.covers("E25")
def test_all_1296_sins_combinations() -> None:
    keys = list(SINS_TABLE)
    combos = list(itertools.product(*(SINS_TABLE[k].items() for k in keys)))
    assert len(combos) == 1296
    for combo in combos:
        inputs = {k: answer for k, (answer, _) in zip(keys, combo, strict=True)}
        expected = sum(points for _, points in combo)
        result = sins.compute(inputs)
        assert result.total == expected
        assert result.band == ("stable" if expected <= 6 else "potentially_unstable" if expected <= 12 else "unstable")
        assert [i.points for i in result.items] == [p for _, p in combo]


@pytest.mark.parametrize(("level", "location"), [
    ("C0", "junctional"), ("C2", "junctional"), ("C3", "mobile"), ("C6", "mobile"), ("C7", "junctional"),
    ("T2", "junctional"), ("T3", "semi_rigid"), ("T10", "semi_rigid"), ("T11", "junctional"),
    ("L1", "junctional"), ("L2", "mobile"), ("L4", "mobile"), ("L5", "junctional"), ("S1", "junctional"),
    ("S2", "rigid"), ("S5", "rigid"),
])
@pytest.mark.covers("E25")
def test_sins_location_from_level(level: str, location: str) -> None:
    assert sins.location_for_levels(level)[0] == location


def test_sins_location_of_a_lesion_spanning_two_regions_is_left_to_the_clinician() -> None:
    value, why = sins.location_for_levels("T10", "T11")
    assert value is None and "choose" in why


@st.composite
def partial_inputs(draw, table):  # type: ignore[no-untyped-def]
    keys = list(table)
    chosen = {k: draw(st.sampled_from(list(table[k]))) for k in keys}
    drop = draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))
    for k in drop:
        chosen[k] = None
    return chosen, set(drop)


@settings(max_examples=200, deadline=None)
@given(partial_inputs(SINS_TABLE))
def test_missing_inputs_never_give_a_number(case) -> None:  # type: ignore[no-untyped-def]
    inputs, dropped = case
    result = sins.compute(inputs)
    assert result.total is None and result.band is None
    assert set(result.missing) == dropped


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["tokuhashi_revised", "tomita", "bauer", "bauer_modified", "nesms", "linden",
                        "rades_death_2m"]), st.data())
def test_every_points_score_reports_missing_items(score_id: str, data) -> None:  # type: ignore[no-untyped-def]
    calc = CALCULATORS[score_id]
    items = [i.id for i in calc({}).items]
    present = data.draw(st.lists(st.sampled_from(items), unique=True, max_size=len(items) - 1))
    result = calc({k: None for k in items if k not in present})
    assert result.total is None
    assert set(result.missing) == set(items)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["kps", "extraspinal_bone_foci", "vertebral_body_metastases",
                                        "major_organ_metastases", "primary", "frankel"]),
                       st.one_of(st.none(), st.integers(-5, 120), st.text(max_size=8), st.booleans(),
                                 st.floats(allow_nan=True))))
def test_hostile_inputs_only_make_results_incomplete(inputs) -> None:  # type: ignore[no-untyped-def]
    result = CALCULATORS["tokuhashi_revised"](inputs)
    if result.total is not None:
        assert 0 <= result.total <= 15
    else:
        assert result.missing


def test_tokuhashi_range_and_bands() -> None:
    best = CALCULATORS["tokuhashi_revised"]({"kps": 100, "extraspinal_bone_foci": 0, "vertebral_body_metastases": 1,
                                             "major_organ_metastases": "none", "primary": "thyroid", "frankel": "E"})
    worst = CALCULATORS["tokuhashi_revised"]({"kps": 10, "extraspinal_bone_foci": 3, "vertebral_body_metastases": 3,
                                              "major_organ_metastases": "unremovable", "primary": "lung", "frankel": "A"})
    assert (best.total, best.band) == (15, "gte_1_year")
    assert (worst.total, worst.band) == (0, "lt_6_months")
    assert CALCULATORS["tokuhashi_revised"]({"kps": 0}).missing  # KPS 0 is outside the published 10-40 band


def test_tomita_range() -> None:
    assert CALCULATORS["tomita"]({"growth": "slow", "visceral": "none", "bone": "solitary"}).total == 2
    assert CALCULATORS["tomita"]({"growth": "rapid", "visceral": "untreatable", "bone": "multiple"}).total == 10


def test_nesms_ceiling_is_three() -> None:
    r = CALCULATORS["nesms"]({"bauer_modified": 4, "independent_ambulation": True, "albumin_g_per_l": 40})
    assert r.total == 3
    assert CALCULATORS["nesms"]({"bauer_modified": 3, "independent_ambulation": False, "albumin_g_per_l": 34.9}).total == 2


def test_linden_groups_and_kps_below_20() -> None:
    assert CALCULATORS["linden"]({"kps": 80, "primary": "breast", "visceral_metastases": False}).band == "C"
    assert CALCULATORS["linden"]({"kps": 50, "primary": "prostate", "visceral_metastases": False}).band == "B"
    low = CALCULATORS["linden"]({"kps": 10, "primary": "breast", "visceral_metastases": False})
    assert low.total is None and "kps" in low.missing


def test_rades_two_month_score_extremes_match_the_published_range() -> None:
    low = {"ecog": 2, "tumour": "breast", "other_bone_metastases": False, "visceral_metastases": False,
           "interval_months": 20, "ambulatory": True, "motor_deficit_days": 10}
    high = {"ecog": 4, "tumour": "lung", "other_bone_metastases": True, "visceral_metastases": True,
            "interval_months": 3, "ambulatory": False, "motor_deficit_days": 2}
    assert CALCULATORS["rades_death_2m"](low).total == 6
    result = CALCULATORS["rades_death_2m"](high)
    assert (result.total, result.band) == (25, "likely_death_2m")
    assert any("1–2" in n for n in result.verification) and not result.notes  # for whoever checks the table, not the clinician


def test_constants_read_from_the_tables_have_the_published_values() -> None:
    # Other modules take these from the score modules instead of repeating them (Bilsky 2010;
    # Fisher 2010, E 25).
    assert escc.GRADES == ("0", "1a", "1b", "1c", "2", "3") and escc.HIGH_GRADES == ("2", "3")
    assert sins.UNSTABLE_FROM == 13 and sins.SCORE_RANGE == (0, 18)


def test_escc_1c_is_borderline_and_2_is_high_grade() -> None:
    assert escc.compute("1c").band == "borderline"
    assert escc.compute("1b").band == "low_grade"
    assert escc.compute("2").band == "high_grade"
    assert escc.compute(None).missing == ("grade",)


def test_frankel_note_follows_where_the_grade_came_from_not_its_wording() -> None:
    note = "AIS C/D are defined by key-muscle grades"
    from_ais = scales.frankel(Input("C", Source.DERIVED, "from AIS C", derived_from=FROM_AIS))
    assert any(note in n for n in from_ais.notes)
    # A clinician's reason that happens to name the AIS does not make the grade read from it.
    entered = scales.frankel(Input("C", Source.OVERRIDE, "entered: AIS and Frankel agree"))
    assert not any(note in n for n in entered.notes)


def test_scst_is_marked_provisional() -> None:
    result = scales.scst(4)
    assert result.status is Status.PROVISIONAL and result.band == "extracompartmental"
    assert "provisional" in result.status_text


def test_kps_ecog_are_never_converted_but_inconsistency_is_flagged() -> None:
    assert scales.kps_ecog_consistency(90, 0) is None
    assert "do not match" in scales.kps_ecog_consistency(30, 0)
    assert scales.kps_ecog_consistency(None, 2) is None


def test_unverified_scores_are_listed_but_never_computed() -> None:
    refs = {r.score_id: r for r in reference_results()}
    assert {"rades_mscc_2008", "westhoff", "bollen", "rades_bone_2019"} <= set(refs)
    for r in refs.values():
        assert r.status is Status.NOT_COMPUTED and r.total is None and not r.complete
        assert r.meaning  # the published groups as reference text
    assert "48 %" in refs["rades_mscc_2008"].meaning


def test_every_result_carries_citation_and_status() -> None:
    for calc in CALCULATORS.values():
        result = calc({})
        assert result.citation and result.status in Status


def test_every_computed_score_says_which_version_of_its_table_it_is() -> None:
    """scores-surgical.md: store the version with each result (Tokuhashi 2005 vs 1990, Bauer vs
    modified Bauer, ISNCSCI 2019) — complete or not."""
    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.model import case_from_json
    from tests.conftest import EXAMPLES

    cases = [case_from_json(path.read_bytes()) for path in EXAMPLES]
    results = [r for case in cases
               for r in assess(case, reference_time(case, case.encounter.assessed_at)).all_scores()]
    assert {r.score_id for r in results} >= {"sins", "escc", "tokuhashi_revised", "bauer", "bauer_modified", "kps"}
    assert all(r.version for r in results), [r.score_id for r in results if not r.version]
    versions = {r.score_id: r.version for r in results}
    assert "2005" in versions["tokuhashi_revised"] and "1990" in versions["tokuhashi_revised"]
    assert versions["bauer"] != versions["bauer_modified"]
    assert scales.kps(None).version == "1949" and not scales.kps(None).complete
