"""Every pathway rule on its own: facts that make it fire, and facts that do not.

The baseline is vignette V2 (prostate, L2, no deficit, stable, ESCC 0, good prognosis). Each entry
changes only what the rule needs, so a broken predicate, a wrong rule order or a deleted rule
shows up here by name.
"""

from __future__ import annotations

import pytest

from spinemet_desktop.clinical.pathway import DECISIONS, RULES, RULES_BY_ID, evaluate
from spinemet_desktop.clinical.pathway.engine import UrgencyLevel
from spinemet_desktop.clinical.pathway.rules import Timing
from spinemet_desktop.present.vocabulary import TIMING_MARK, URGENCY_MARK

BASE = {
    "primary": "prostate", "radiosensitivity": "high", "level": "L2", "deficit": "none",
    "rapidly_progressive": False, "sins": 5, "escc": "0", "unstable_fracture": False,
    "intraspinal_fragments": False, "operable": True, "consents_to_surgery": True, "prognosis": "good",
    "oligometastatic": False, "hypervascular": False, "diagnosis_unclear": False,
    "cord_tolerance_exhausted": False, "lesion_diameter_cm": 2.0, "pain": "mechanical",
}
MILD = {"deficit": "mild", "deficit_onset_hours": 20}
FR = {"deficit": "functionally_relevant", "deficit_onset_hours": 12}
UNSTABLE = {"sins": 14}
NO_SURGERY_MILD = {**MILD, "operable": False}
ALWAYS = None  # rules that apply to every patient have no negative case

# rule id: (facts that make it fire, facts that keep it silent)
CASES: dict[str, tuple[dict, dict | None]] = {
    "C1": ({}, ALWAYS), "C2": (MILD, {}), "C3": (MILD, {}), "C4": ({}, FR), "C5": ({}, MILD),
    "C6": ({}, {"pain": "none"}), "C7": (UNSTABLE, {}), "C8": ({}, ALWAYS), "C9": ({}, ALWAYS),
    "C10": ({"diagnosis_unclear": True}, {}), "C11": ({"diagnosis_unclear": True}, {}),
    "A1": (MILD, {}), "A2": (MILD, {}), "A3": ({"deficit": "radicular_sensory"}, {}),
    "A4": (MILD, {}), "A5": (MILD, {}), "A6": ({"escc": "2"}, {}), "A7": (MILD, {}),
    "A8": ({"escc": "2"}, {}), "A9": (FR, MILD), "A10": (MILD, FR),
    "A11": ({**MILD, **UNSTABLE}, MILD), "A12": ({**MILD, "unstable_fracture": True}, MILD),
    "A13": ({**MILD, "escc": "2", "radiosensitivity": "low"}, {**MILD, "escc": "2"}),
    "A14": ({"operable": False}, {}),
    "A15": ({"deficit": "complete", "deficit_onset_hours": 72}, {"deficit": "complete", "deficit_onset_hours": 12}),
    "A16": (NO_SURGERY_MILD, {"operable": False}),
    "A17": ({**NO_SURGERY_MILD, "prognosis": "very_poor"}, NO_SURGERY_MILD),
    "A18": ({**NO_SURGERY_MILD, "prognosis": "poor"}, NO_SURGERY_MILD),
    "A19": (NO_SURGERY_MILD, {**NO_SURGERY_MILD, "prognosis": "poor"}),
    "A20": ({**NO_SURGERY_MILD, "radiosensitivity": "low"}, NO_SURGERY_MILD),
    "A21": (MILD, {}), "A22": ({**MILD, "radiosensitivity": "low"}, MILD), "A23": (MILD, {}),
    "A24": ({**MILD, "hypervascular": True}, MILD), "A25": (FR, MILD),
    "A26": (NO_SURGERY_MILD, {"operable": False}), "A27": (MILD, {}), "A28": (FR, MILD),
    "A29": ({"deficit": "complete", "deficit_onset_hours": 12}, FR), "A30": (MILD, {}), "A31": (MILD, {}),
    "B1": (UNSTABLE, {}), "B2": (UNSTABLE, {}), "B3": ({}, {"deficit": "radicular_sensory"}),
    "B4": ({}, ALWAYS), "B5": ({}, MILD), "B6": ({"sins": 9}, {}), "B7": ({}, {"sins": None}),
    "B8": ({}, {"sins": 9}), "B9": ({}, {"pain": "none"}), "B10": ({}, {"escc": "2"}),
    "B11": ({"prognosis": "poor"}, {}), "B12": ({}, {"prognosis": "poor"}),
    "B13": ({"radiosensitivity": "low"}, {}), "B14": ({"sins": 9}, {}), "B15": (UNSTABLE, {}),
    "B16": (UNSTABLE, {}), "B17": ({"sins": 9}, {}), "B18": ({}, {"pain": "non_mechanical"}),
    "B19": ({}, {"pain": "non_mechanical"}), "B20": ({"unstable_fracture": True, "operable": False}, {}),
    "B21": ({"cord_tolerance_exhausted": True}, {}),
    "B22": ({"cord_tolerance_exhausted": True, "lesion_diameter_cm": 2.5},
            {"cord_tolerance_exhausted": True, "lesion_diameter_cm": 4.0}),
    "B23": ({"oligometastatic": True}, {}), "B24": ({"escc": "2"}, {}),
    "B25": ({"escc": "2", "radiosensitivity": "low"}, {"escc": "2"}),
    "B26": ({"isolated_lesion": False}, {"primary": "breast", "isolated_lesion": False}),
    "B27": (UNSTABLE, {}), "B28": (UNSTABLE, {}),
    "M1": ({}, ALWAYS), "M2": ({}, ALWAYS), "M3": ({}, ALWAYS), "M4": ({}, MILD), "M5": ({}, MILD),
    "M6": ({"escc": "2"}, {}),
    # §6.2 surgical-technique notes: only where an operation is planned or considered, at their levels.
    "M7": (UNSTABLE, {}), "M8": ({**UNSTABLE, "level": "C1"}, UNSTABLE),
    "M9": ({**UNSTABLE, "level": "C5"}, {**UNSTABLE, "level": "C2"}),
    "M10": ({**UNSTABLE, "level": "T4"}, {**UNSTABLE, "level": "T6"}),
    "M11": (UNSTABLE, {**UNSTABLE, "level": "T5"}),
    "M12": ({**UNSTABLE, "osteoporosis": True}, {**UNSTABLE, "osteoporosis": False}),
    "M13": ({"sins": 9}, {}),
    "F1": ({"primary": "lung", "pet_done": True}, {"primary": "lung", "pet_done": False}),
    "F2": ({"primary": "lung", "pet_done": True}, {"primary": "lung", "pet_done": False}),
    # S9: only a single lesion found on a bone scan or PET whose nature is not established.
    "F3": ({"isolated_lesion": True, "found_on": "bone_scintigraphy", "diagnosis_unclear": True},
           {"isolated_lesion": True, "found_on": "mri", "diagnosis_unclear": True}),
    "F4": ({"early_uptake_after_treatment": True}, {}), "F5": ({"early_uptake_after_treatment": True}, {}),
    "F6": ({"early_uptake_after_treatment": True}, {}),
    "F7": ({"early_uptake_after_treatment": True, "pet_done": True}, {"early_uptake_after_treatment": True}),
    "F8": ({"primary": "lung"}, {}),
    "S1": ({"deficit": None, "motor_finding": True}, {"motor_finding": True}),
    "S2": ({"deficit": None, "motor_finding": True}, MILD),
    "S3": ({**FR, "operable": None}, FR),
    "S5": ({"previously_irradiated": True}, {}),
    "S6": ({"pain": "none"}, {}),
    "S7": ({"diagnosis_unclear": True}, {}),
    "S8": ({"flare_suspected": True, "pain": "none"}, {"flare_suspected": True}),
}


def fired(facts: dict) -> set[str]:
    return {f.rule.id for f in evaluate({**BASE, **facts}).fired}


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES_BY_ID)
    for family, count in (("C", 11), ("A", 31), ("B", 28), ("F", 8), ("M", 13)):
        assert {f"{family}{i}" for i in range(1, count + 1)} <= set(RULES_BY_ID)


@pytest.mark.parametrize("rule_id", [pytest.param(r, marks=pytest.mark.covers(r), id=r)
                                     for r in sorted(CASES, key=lambda r: (r[0], int(r[1:])))])
def test_rule(rule_id: str) -> None:
    fire, silent = CASES[rule_id]
    assert rule_id in fired(fire), f"{rule_id} should fire with {fire}"
    if silent is not None:
        assert rule_id not in fired(silent), f"{rule_id} should not fire with {silent}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_metadata(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.refs and rule.title and rule.effects
    assert rule.strength in ("soll", "sollte", "kann", "")
    assert rule.origin in ("stated", "inference")
    if rule.strength:
        assert rule.recommendations, f"{rule.id} has a strength but no Empfehlung"
    # A bare string would compare equal but escape the checks that enumerate the timings.
    assert all(type(effect.timing) is Timing for effect in rule.effects), rule.id


def test_every_timing_and_urgency_level_has_its_text_mark() -> None:
    assert set(TIMING_MARK) == set(Timing)
    assert set(URGENCY_MARK) == set(UrgencyLevel)
    levels = [evaluate({**BASE, **facts}).urgency.level for facts in ({}, FR, {"deficit": None})]
    assert levels == [UrgencyLevel.ROUTINE, UrgencyLevel.EMERGENCY, UrgencyLevel.UNDETERMINED]
    assert all(type(level) is UrgencyLevel for level in levels)


@pytest.mark.covers("B1", "B2")
def test_missing_deficit_leaves_urgency_undetermined_but_instability_still_decides() -> None:
    result = evaluate({**BASE, "deficit": None})
    assert result.decisions["spine_centre"].value is None
    assert "deficit" in result.decisions["spine_centre"].missing
    assert result.urgency.level == "undetermined"
    unstable = evaluate({**BASE, "deficit": None, "sins": 15})
    assert unstable.decisions["imaging"].value == "immediate"
    assert unstable.decisions["spine_centre"].value == "immediate"


@pytest.mark.covers("S3", "A9")
def test_missing_operability_keeps_the_tier_and_is_named() -> None:
    # pathway.md §11 S3 overrides the older rule (undetermined between not possible and < 6 h).
    result = evaluate({**BASE, **FR, "operable": None})
    surgery = result.decisions["surgery"]
    assert surgery.value == "emergency_6h"
    assert "operable" in surgery.assumed and "operable" in result.assumed_facts
    assert result.urgency.level == "emergency"


@pytest.mark.covers("A1")
def test_deterioration_raises_urgency() -> None:
    assert evaluate({**BASE, "deteriorating": True}).decisions["imaging"].value == "immediate"
    assert evaluate({**BASE, "deteriorating": False}).decisions["imaging"].value == "routine"


TECHNIQUE_NOTES = ("M7", "M8", "M9", "M10", "M11", "M12", "M13")


@pytest.mark.parametrize("rule_id", [pytest.param(r, marks=pytest.mark.covers(r), id=r) for r in TECHNIQUE_NOTES])
def test_surgical_technique_notes_are_information_never_a_decision(rule_id: str) -> None:
    rule = RULES_BY_ID[rule_id]
    assert all(e.slot is None and not e.qualifies and e.timing == "info" for e in rule.effects)
    assert rule.strength in ("kann", "sollte") and rule.scope == "lesion"
    assert all(rule_id not in order for _slot, order, *_ in DECISIONS)


@pytest.mark.covers("M9", "M10", "M12")
def test_technique_notes_follow_the_levels_of_a_lesion_spanning_the_cervicothoracic_junction() -> None:
    notes = fired({**UNSTABLE, "level": "C7–T2"}) & set(TECHNIQUE_NOTES)
    assert notes == {"M7", "M9", "M10", "M12", "M13"}


@pytest.mark.covers(*TECHNIQUE_NOTES)
def test_no_technique_note_without_an_operation_or_without_a_level() -> None:
    assert not fired({**UNSTABLE, "operable": False}) & set(TECHNIQUE_NOTES)
    assert not fired({"sins": 3}) & set(TECHNIQUE_NOTES)
    unlevelled = fired({**UNSTABLE, "level": None})
    assert unlevelled & set(TECHNIQUE_NOTES) == {"M7", "M13"}


@pytest.mark.covers("M12")
def test_osteoporosis_not_recorded_says_so_and_recorded_says_should() -> None:
    texts = {f.effect.text for f in evaluate({**BASE, **UNSTABLE}).fired if f.rule.id == "M12"}
    assert len(texts) == 1 and "not recorded" in texts.pop()
    texts = {f.effect.text for f in evaluate({**BASE, **UNSTABLE, "osteoporosis": True}).fired if f.rule.id == "M12"}
    assert len(texts) == 1 and "not recorded" not in texts.pop()
    assert "M12" not in fired({**UNSTABLE, "osteoporosis": True, "level": "C5"})


def test_three_valued_and_or_over_every_combination() -> None:
    """t_and / t_or (written as loops for speed) against their definition: False (True) wins,
    else unknown if anything is unknown."""
    from itertools import product

    from spinemet_desktop.clinical.pathway.facts import t_and, t_or

    for size in range(5):
        for values in product((True, False, None), repeat=size):
            expected_and = False if False in values else (None if None in values else True)
            expected_or = True if True in values else (None if None in values else False)
            assert t_and(*values) is expected_and, values
            assert t_or(*values) is expected_or, values
