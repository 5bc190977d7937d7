"""A missing fact never lowers an urgency (pathway.md §11 S1-S3): property tests.

The property, precisely: for any facts F and any fact k recorded in F, let F' be F with k not
known. For imaging, spine centre and surgery, take the tier of F's answer (URGENCY_TIERS, most
urgent first; surgery "not possible" has no tier and is left out) and the most urgent tier F'
still allows (its answer, or the most urgent of its possible answers while it is undetermined).
F' must allow a tier at least as urgent as F's. Likewise the overall urgency level of F', when it
is determined, is at least as urgent as that of F.

The one exception is a fact that can only raise urgency when it is recorded, and only when it was
recorded with the value that raises (:func:`_raised_by`): a documented motor finding, a
deterioration between exams, a previous course at the lesion's level, an exhausted cord tolerance,
a margin below the smallest useful course or more than one course at the level, a plegic pattern
of unknown completeness, a suspected flare. Removing it removes the reason for the higher tier,
which is the point of recording it.

The same is checked on the example cases by clearing each recorded field in turn.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.pathway import URGENCY_TIERS, evaluate, tier
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import CaseFileError, case_from_json
from tests.conftest import EXAMPLES

#: The facts that raise urgency only when recorded, each with the values that raise.
ESCALATORS: dict[str, Any] = {
    "motor_finding": lambda v: v is True, "deteriorating": lambda v: v is True,
    "previously_irradiated": lambda v: v is True, "cord_tolerance_exhausted": lambda v: v is True,
    "reirradiation_margin_gy2": lambda v: v is not None and v < 12,
    "prior_rt_courses": lambda v: v is not None and v > 1,
    "completeness_unknown": lambda v: v is True, "flare_suspected": lambda v: v is True,
}
LEVELS = ("emergency", "urgent", "prompt", "routine")

_bool = st.booleans()
PATIENT = {
    "primary": st.sampled_from(["breast", "prostate", "lung", "kidney", "myeloma", "unknown", "other"]),
    "radiosensitivity": st.sampled_from(["high", "low", "unknown"]),
    "deficit": st.sampled_from(["none", "radicular_sensory", "mild", "functionally_relevant", "complete"]),
    "deficit_onset_hours": st.sampled_from([2.0, 30.0, 47.9, 48.0, 48.1, 200.0]),
    "rapidly_progressive": _bool, "operable": _bool, "consents_to_surgery": _bool,
    "prognosis": st.sampled_from(["very_poor", "poor", "good", ("poor", "very_poor"), ("very_poor", "good")]),
    "oligometastatic": _bool, "diagnosis_unclear": _bool, "cord_tolerance_exhausted": _bool,
    "pain": st.sampled_from(["none", "non_mechanical", "mechanical"]),
    "deteriorating": _bool, "bladder_bowel_disturbed": _bool, "motor_finding": _bool,
    "completeness_unknown": _bool, "pain_improving": _bool, "reirradiation_cleared": _bool,
    "isolated_lesion": _bool, "early_uptake_after_treatment": _bool, "pet_done": _bool,
}
LESION = {
    "level": st.sampled_from(["C5", "T4", "T10", "L2"]),
    "sins": st.integers(0, 18),
    "escc": st.sampled_from(["0", "1a", "1b", "1c", "2", "3"]),
    "unstable_fracture": _bool, "intraspinal_fragments": _bool, "hypervascular": _bool,
    "lesion_diameter_cm": st.sampled_from([1.0, 3.0, 4.5]),
    "previously_irradiated": _bool, "prior_rt_courses": st.integers(1, 3),
    "reirradiation_margin_gy2": st.sampled_from([-10.0, 11.9, 12.0, 60.0]),
    "flare_suspected": _bool, "found_on": st.sampled_from(["mri", "ct", "bone_scintigraphy", "fdg_pet"]),
    "osteolytic": _bool, "lesion_pain": st.sampled_from(["none", "non_mechanical", "mechanical"]),
}


def _some(fields: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A dictionary holding any subset of the fields (absent = not known)."""
    return st.fixed_dictionaries({}, optional=fields)


@st.composite
def _sins_range(draw: st.DrawFn) -> tuple[int, int]:
    low = draw(st.integers(0, 18))
    return low, draw(st.integers(low, 18))


@st.composite
def facts(draw: st.DrawFn) -> dict[str, Any]:
    patient = draw(_some(PATIENT))
    lesions = draw(st.lists(_some(LESION), min_size=1, max_size=2))
    for lesion in lesions:
        if "sins" not in lesion and draw(_bool):
            lesion["sins_range"] = draw(_sins_range())
    if "prognosis" in patient and isinstance(patient["prognosis"], tuple):
        patient["prognosis"] = frozenset(patient["prognosis"])
    if len(lesions) == 1:
        return {**patient, **lesions[0]}
    return {**patient, "lesions": lesions}


def _removals(f: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each recorded fact with the facts that do not know it."""
    out = []
    for key in f:
        if key == "lesions":
            continue
        out.append((key, {k: v for k, v in f.items() if k != key}))
    for index, lesion in enumerate(f.get("lesions", ())):
        for key in lesion:
            lesions = [dict(x) for x in f["lesions"]]
            del lesions[index][key]
            out.append((key, {**f, "lesions": lesions}))
    return out


def _raised_by(key: str, f: dict[str, Any]) -> bool:
    """Whether k is an escalator recorded with a value that raises urgency."""
    raises = ESCALATORS.get(key)
    if raises is None:
        return False
    values = [f.get(key)] + [lesion.get(key) for lesion in f.get("lesions", ())]
    return any(raises(v) for v in values)


def check_never_lower(before_facts: dict[str, Any], after_facts: dict[str, Any], removed: str,
                      before: Any = None) -> None:
    if _raised_by(removed, before_facts):
        return
    before = before or evaluate(before_facts)
    after = evaluate(after_facts)
    for slot in URGENCY_TIERS:
        was = tier(slot, before.decisions[slot])
        if was is None:
            continue
        now = tier(slot, after.decisions[slot])
        assert now is not None and now <= was, (
            f"removing {removed} lowered {slot}: {before.decisions[slot].value} -> "
            f"{after.decisions[slot].value or after.decisions[slot].possible}")
    if after.urgency.level in LEVELS and before.urgency.level in LEVELS:
        assert LEVELS.index(after.urgency.level) <= LEVELS.index(before.urgency.level), (
            f"removing {removed} lowered the urgency: {before.urgency.level} -> {after.urgency.level}")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts())
@pytest.mark.covers("S1", "S2", "S3")
def test_removing_a_recorded_fact_never_lowers_urgency(f: dict[str, Any]) -> None:
    before = evaluate(f)
    for removed, without in _removals(f):
        check_never_lower(f, without, removed, before)


@settings(max_examples=150, deadline=None)
@given(facts())
@pytest.mark.covers("S5")
def test_an_irradiated_lesion_never_gets_a_first_course_regimen(f: dict[str, Any]) -> None:
    f = {**f, "previously_irradiated": True} if "lesions" not in f else {
        **f, "lesions": [{**lesion, "previously_irradiated": True} for lesion in f["lesions"]]}
    rt = evaluate(f).decisions["radiotherapy"]
    first_course = {"single_8gy", "short_course", "fractionated", "sbrt", "postoperative", "separation_sbrt"}
    assert rt.value not in first_course
    assert not first_course & set(rt.possible)


def test_the_property_can_fail() -> None:
    """The check rejects a lowered tier (so the property test above is not vacuous)."""
    import pytest

    before = {"deficit": "functionally_relevant", "deficit_onset_hours": 5, "operable": True, "consents_to_surgery": True}
    with pytest.raises(AssertionError):
        check_never_lower(before, {**before, "deficit": "none"}, "deficit")


# ---- the same property on the example cases, one recorded field cleared at a time ------------------

def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, (*path, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, (*path, i))]
    return [path] if data is not None else []


#: Case fields that only raise urgency when recorded (they feed the escalator facts above) or that
#: are not clinical facts at all.
CASE_ESCALATORS = ("complaint_weakness", "complaint_bladder_bowel", "new_or_increased_uptake")
NOT_FACTS = ("id", "kind", "schema_version", "created_at", "updated_at", "patient", "overrides", "signature",
             "notes", "examiner", "non_sci_reasons", "comments")


@pytest.mark.covers("S1", "S2", "S3")
def test_clearing_any_recorded_field_of_the_examples_never_lowers_urgency() -> None:
    from spinemet_desktop.model.caseio import case_to_dict

    checked = 0
    for path in EXAMPLES:
        case = case_from_json(path.read_bytes())
        as_of = reference_time(case, case.encounter.assessed_at)  # type: ignore[arg-type]
        before = assess(case, as_of).pathway
        data = case_to_dict(case)
        for leaf in _leaves(data):
            if any(part in NOT_FACTS or part in CASE_ESCALATORS for part in leaf if isinstance(part, str)):
                continue
            changed = _cleared(data, leaf)
            try:
                other = case_from_json(_json(changed))
            except CaseFileError:  # a field that may not be empty (e.g. an analyte)
                continue
            after = assess(other, as_of).pathway
            for slot in URGENCY_TIERS:
                was = tier(slot, before.decisions[slot])
                if was is None:
                    continue
                now = tier(slot, after.decisions[slot])
                assert now is not None and now <= was, (path.name, leaf, slot, before.decisions[slot].value,
                                                        after.decisions[slot].value, after.decisions[slot].possible)
            checked += 1
    assert checked > 300


def _cleared(data: dict[str, Any], leaf: tuple[Any, ...]) -> dict[str, Any]:
    import copy

    changed = copy.deepcopy(data)
    target = changed
    for part in leaf[:-1]:
        target = target[part]
    last = leaf[-1]
    if isinstance(target, dict):
        if isinstance(target[last], (dict, list)):
            return changed
        # A worksheet cell is cleared by removing it (absent = not yet examined).
        if isinstance(last, str) and any(part in ("right_motor", "left_motor", "right_light_touch", "left_light_touch",
                                                   "right_pin_prick", "left_pin_prick") for part in leaf):
            del target[last]
        else:
            target[last] = None
    return changed


def _json(data: dict[str, Any]) -> bytes:
    import json

    return json.dumps(data).encode("utf-8")
