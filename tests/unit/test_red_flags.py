"""Red flags of back pain and the related warning features (guideline 6.1.2; clinical/history.py).

A red flag that is not yet known stays unknown; "no red flag" needs every flag known to be absent.
"""

from __future__ import annotations

import pytest

from spinemet_desktop.clinical.history import CITATION, red_flags
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model import Case
from spinemet_desktop.model.enums import DeficitClass, PainCourse

COMPLAINTS = ("complaint_weakness", "complaint_sensory", "complaint_bladder_bowel", "complaint_radicular_pain")


def _case(**history: object) -> Case:
    case = Case()
    for key, value in history.items():
        setattr(case.history, key, value)
    return case


def _deficit(value: DeficitClass | None) -> Input:
    return Input(value.value, Source.DERIVED) if value is not None else Input.missing("neuro")


def _flags(case: Case, deficit: DeficitClass | None = None) -> dict[str, bool | None]:
    return {f.id: f.present for f in red_flags(case, _deficit(deficit)).flags}


def test_the_three_red_flags_with_their_fields() -> None:
    result = red_flags(_case(), _deficit(None))
    assert [(f.id, f.fields[0]) for f in result.flags] == [
        ("known_cancer", "history.known_cancer"), ("cancer_suspected", "history.cancer_suspected"),
        ("neurological_deficit", "history.complaint_weakness")]
    assert result.flags[2].fields == (*(f"history.{c}" for c in COMPLAINTS), "neuro")
    assert "6.1.2" in result.citation == CITATION


@pytest.mark.parametrize(("value", "basis"), [(None, "not recorded"), (True, "recorded"), (False, "recorded")])
def test_a_yes_no_flag_says_whether_it_was_recorded(value: bool | None, basis: str) -> None:
    flag = red_flags(_case(known_cancer=value), _deficit(None)).flags[0]
    assert (flag.present, flag.basis) == (value, basis)


@pytest.mark.parametrize("deficit", [DeficitClass.RADICULAR_SENSORY, DeficitClass.MILD,
                                     DeficitClass.FUNCTIONALLY_RELEVANT, DeficitClass.COMPLETE])
def test_any_deficit_on_examination_is_a_red_flag(deficit: DeficitClass) -> None:
    finding = red_flags(_case(), _deficit(deficit)).flags[2]
    assert finding.present is True
    assert finding.basis == f"deficit class from the exam: {deficit.value.replace('_', ' ')}"


@pytest.mark.parametrize("complaint", COMPLAINTS)
def test_any_reported_complaint_is_a_red_flag(complaint: str) -> None:
    for deficit in (None, DeficitClass.NONE):
        finding = red_flags(_case(**{complaint: True}), _deficit(deficit)).flags[2]
        assert finding.present is True and finding.basis == "reported by the patient"


@pytest.mark.parametrize(("complaints", "deficit", "present"), [
    (dict.fromkeys(COMPLAINTS, False), DeficitClass.NONE, False),
    (dict.fromkeys(COMPLAINTS, False), None, None),  # not examined
    ({**dict.fromkeys(COMPLAINTS, False), "complaint_sensory": None}, DeficitClass.NONE, None),  # not asked
    ({}, DeficitClass.NONE, None),
])
def test_no_neurological_red_flag_needs_exam_and_every_complaint(complaints: dict, deficit: DeficitClass | None,  # type: ignore[type-arg]
                                                                  present: bool | None) -> None:
    finding = red_flags(_case(**complaints), _deficit(deficit)).flags[2]
    assert finding.present is present
    assert finding.basis == ("no deficit on examination and none reported" if present is False
                             else "neither the examination nor the complaints are complete")


@pytest.mark.parametrize(("history", "deficit", "any_present"), [
    ({}, None, None),
    ({"known_cancer": True}, None, True),
    ({"cancer_suspected": True}, None, True),
    ({"known_cancer": False, "cancer_suspected": False}, None, None),
    ({"known_cancer": False, "cancer_suspected": False, **dict.fromkeys(COMPLAINTS, False)}, DeficitClass.NONE, False),
    ({"known_cancer": False, "cancer_suspected": None, **dict.fromkeys(COMPLAINTS, False)}, DeficitClass.NONE, None),
    ({"known_cancer": False, "cancer_suspected": False}, DeficitClass.MILD, True),
])
def test_any_red_flag(history: dict, deficit: DeficitClass | None, any_present: bool | None) -> None:  # type: ignore[type-arg]
    assert red_flags(_case(**history), _deficit(deficit)).any_present is any_present


@pytest.mark.parametrize(("history", "sudden", "progressive"), [
    ({}, None, None),
    ({"sudden_severe_pain": True}, True, None),
    ({"sudden_severe_pain": False}, False, None),
    ({"pain_course": PainCourse.SUDDEN}, True, False),
    ({"pain_course": PainCourse.PROGRESSIVE}, False, True),
    ({"pain_course": PainCourse.PROGRESSIVE, "sudden_severe_pain": True}, True, True),
    ({"pain_course": PainCourse.SUDDEN, "sudden_severe_pain": False}, True, False),
])
def test_sudden_and_progressive_pain(history: dict, sudden: bool | None, progressive: bool | None) -> None:  # type: ignore[type-arg]
    features = {f.id: f for f in red_flags(_case(**history), _deficit(None)).features}
    assert list(features) == ["night_pain", "sudden_severe_pain", "progressive_pain"]
    assert features["sudden_severe_pain"].present is sudden
    assert features["progressive_pain"].present is progressive
    assert features["sudden_severe_pain"].basis == ("not recorded" if sudden is None else "recorded")
    assert features["progressive_pain"].basis == ("not recorded" if progressive is None else "recorded")
    assert features["sudden_severe_pain"].fields == ("history.sudden_severe_pain", "history.pain_course")


@pytest.mark.parametrize("night_pain", [None, True, False])
def test_night_pain(night_pain: bool | None) -> None:
    feature = red_flags(_case(night_pain=night_pain), _deficit(None)).features[0]
    assert (feature.id, feature.present, feature.fields) == ("night_pain", night_pain, ("history.night_pain",))
