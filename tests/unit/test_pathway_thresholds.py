"""Every numeric condition of the pathway on both sides (issue 29), with the expected outputs taken
from the normative decision rules of ../shared/testdata/scenarios/README.md (rules 1–3) and
../shared/clinical/pathway.md (§2 SINS bands, E 58 "lesion ≤ 3 cm", §11 S5): SINS 6/7 and 12/13,
the 48-hour onset of a complete deficit, ESCC 1c/2, the prognosis bands of the radiotherapy
regimens and the 3-cm limit of ablation.

The baseline is vignette V2 of test_pathway_rules (prostate, L2, no deficit, SINS 5, ESCC 0, good
prognosis, operable, mechanical pain); each row changes only what its boundary needs.
"""

from __future__ import annotations

from typing import Any

import pytest

from spinemet_desktop.clinical.pathway import evaluate
from tests.unit.test_pathway_rules import BASE


def decide(facts: dict[str, Any], slot: str) -> Any:
    return evaluate({**BASE, **facts}).decisions[slot].value


def fired(facts: dict[str, Any]) -> set[str]:
    return {f.rule.id for f in evaluate({**BASE, **facts}).fired}


# rule 1: without a deficit, SINS ≥ 13 → imaging and spine centre immediate, immobilise;
# SINS 7–12 or ESCC ≥ 2 → spine centre tumour_board; else routine.
@pytest.mark.parametrize(("facts", "imaging", "spine_centre", "immobilise"), [
    ({"sins": 6}, "routine", "routine", False),
    ({"sins": 7}, "routine", "tumour_board", False),
    ({"sins": 12}, "routine", "tumour_board", False),
    ({"sins": 13}, "immediate", "immediate", True),
    ({"escc": "1c"}, "routine", "routine", False),
    ({"escc": "2"}, "routine", "tumour_board", False),
])
@pytest.mark.covers("B1", "B2", "B17", "C7")
def test_presentation_on_both_sides_of_sins_7_and_13_and_escc_2(facts: dict[str, Any], imaging: str,
                                                                spine_centre: str, immobilise: bool) -> None:
    assert decide(facts, "imaging") == imaging
    assert decide(facts, "spine_centre") == spine_centre
    assert decide(facts, "immobilise") is immobilise


# An incomplete SINS decides once the items recorded do (§2 bands: > 12 unstable): a total known
# only to lie in 10–12 is not unstable; 10–13 may be, so immobilisation stays open.
@pytest.mark.parametrize(("sins_range", "immobilise", "possible"), [
    ((10, 12), False, ()),
    ((10, 13), None, (False, True)),
    ((13, 15), True, ()),
])
def test_an_incomplete_sins_on_both_sides_of_13(sins_range: tuple[int, int], immobilise: bool | None,
                                                possible: tuple[bool, ...]) -> None:
    decision = evaluate({**BASE, "sins": None, "sins_range": sins_range}).decisions["immobilise"]
    assert (decision.value, decision.possible) == (immobilise, possible)


# 7.2.2 (B9): for painful lesions of low SINS (< 7, stable by E 25) radiotherapy rather than
# stabilisation; SINS 7 is potentially unstable.
@pytest.mark.parametrize(("sins", "fires"), [(6, True), (7, False)])
def test_b9_low_sins_is_below_7(sins: int, fires: bool) -> None:
    assert ("B9" in fired({"sins": sins})) is fires


# rule 2: complete deficit with onset ≤ 48 h → emergency_6h, > 48 h → consider; no deficit and
# SINS ≥ 13 → elective; SINS 7–12 → consider; else not_indicated; ESCC ≥ 2 with low
# radiosensitivity → elective (separation surgery).
@pytest.mark.parametrize(("facts", "surgery"), [
    ({"deficit": "complete", "deficit_onset_hours": 47.5}, "emergency_6h"),
    ({"deficit": "complete", "deficit_onset_hours": 48}, "emergency_6h"),
    ({"deficit": "complete", "deficit_onset_hours": 48.5}, "consider"),
    ({"deficit": "complete", "deficit_onset_hours": 49}, "consider"),
    ({"deficit": "functionally_relevant", "deficit_onset_hours": 100}, "emergency_6h"),
    ({"deficit": "mild", "deficit_onset_hours": 100}, "urgent_24h"),
    ({"sins": 6}, "not_indicated"),
    ({"sins": 7}, "consider"),
    ({"sins": 12}, "consider"),
    ({"sins": 13}, "elective"),
    ({"sins": 18}, "elective"),
    ({"escc": "2", "radiosensitivity": "low"}, "elective"),
    ({"escc": "1c", "radiosensitivity": "low"}, "not_indicated"),
])
@pytest.mark.covers("A9", "A15", "B15", "B16", "B17")
def test_surgery_on_both_sides_of_each_limit(facts: dict[str, Any], surgery: str) -> None:
    assert decide(facts, "surgery") == surgery


@pytest.mark.parametrize(("hours", "fires"), [(48, False), (49, True), (72, True)])
@pytest.mark.covers("A15")
def test_a15_worse_outcome_after_more_than_48_hours(hours: float, fires: bool) -> None:
    # pathway.md A15: a deficit lasting > 48–72 h means a worse outcome even after surgery.
    assert ("A15" in fired({"deficit": "complete", "deficit_onset_hours": hours})) is fires


# rule 3: without surgery and with MESCC (ESCC ≥ 2 or a motor deficit): very poor → single_8gy
# (E47), poor → short_course (E46), good → fractionated (E48). Without surgery and without MESCC
# (painful uncomplicated): very poor or poor → single_8gy (E40); good and low radiosensitivity →
# sbrt (E37); good → fractionated (E39).
@pytest.mark.parametrize(("facts", "radiotherapy"), [
    ({"operable": False, "escc": "2", "prognosis": "very_poor"}, "single_8gy"),
    ({"operable": False, "escc": "2", "prognosis": "poor"}, "short_course"),
    ({"operable": False, "escc": "2", "prognosis": "good"}, "fractionated"),
    ({"prognosis": "very_poor"}, "single_8gy"),
    ({"prognosis": "poor"}, "single_8gy"),
    ({"prognosis": "good"}, "fractionated"),
    ({"prognosis": "good", "radiosensitivity": "low"}, "sbrt"),
    ({"oligometastatic": True}, "sbrt"),
])
@pytest.mark.covers("A17", "A18", "A19", "B11", "B12", "B13", "B23")
def test_radiotherapy_regimen_by_prognosis_band(facts: dict[str, Any], radiotherapy: str) -> None:
    assert decide(facts, "radiotherapy") == radiotherapy


@pytest.mark.parametrize(("diameter", "fires"), [(2.9, True), (3.0, True), (3.1, False)])
@pytest.mark.covers("B21")
def test_b21_ablation_for_a_lesion_of_at_most_3_cm(diameter: float, fires: bool) -> None:
    # E 58: radiotherapy no longer safely possible and a lesion ≤ 3 cm
    facts = {"cord_tolerance_exhausted": True, "lesion_diameter_cm": diameter}
    assert ("B21" in fired(facts)) is fires
    assert decide(facts, "radiotherapy") == "none"


def test_radiotherapy_waits_for_an_undetermined_surgery() -> None:
    # rule 3: after surgery postoperative (E 35), without it (painful, uncomplicated, good
    # prognosis) fractionated (E 39). SINS not known: surgery may be elective (SINS >= 13) or not,
    # so radiotherapy stays open between the two, and the SINS is what decides it.
    radiotherapy = evaluate({**BASE, "sins": None}).decisions["radiotherapy"]
    assert (radiotherapy.value, set(radiotherapy.possible)) == (None, {"postoperative", "fractionated"})
    assert radiotherapy.missing == ("sins",)


@pytest.mark.parametrize("sins", [0, 1, 18])
def test_b7_every_sins_is_read_by_its_bands_even_the_lowest(sins: int) -> None:
    # E 25 / scores-surgical.md §1: SINS runs from 0 (a pain-free blastic lesion of the rigid
    # sacrum, S2-S5, every item 0) to 18; stability is assessed by its bands whatever the total.
    assert "B7" in fired({"sins": sins, "level": "S3"})
