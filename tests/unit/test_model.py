from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from spinemet_desktop.model import (
    Case,
    CaseFileError,
    IsncsciValues,
    Lesion,
    NeuroExam,
    Patient,
    case_from_json,
    case_to_json,
)
from spinemet_desktop.model.isncsci import MOTOR_VALUES, SENSORY_VALUES
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_cases_round_trip_losslessly(path) -> None:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    assert case_from_json(case_to_json(case)) == case
    assert case.patient.record_number


def test_none_means_not_assessed_everywhere() -> None:
    case = Case()
    assert case.history.karnofsky is None and case.history.primary_tumour is None
    assert case_from_json(case_to_json(case)) == case


def test_partial_exam_round_trips_blank_nt_and_starred_cells() -> None:
    values = IsncsciValues(right_motor={"C5": "4*", "C6": "NT**"}, left_light_touch={"S4_5": "0*"},
                           vac="NT", non_sci_reasons={"right_motor.C5": "cast on the right arm"})
    case = Case(neuro_exams=[NeuroExam(isncsci=values)])
    again = case_from_json(case_to_json(case))
    assert again.neuro_exams[0].isncsci == values
    assert "C7" not in again.neuro_exams[0].isncsci.right_motor  # blank stays blank


@pytest.mark.parametrize("bad", ["5*", "5**", "6", "nt", "", "*", "NT***"])
def test_impossible_motor_values_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        IsncsciValues(right_motor={"C5": bad})


def test_sensory_two_star_is_refused() -> None:
    with pytest.raises(ValidationError):
        IsncsciValues(right_light_touch={"C5": "2*"})


def test_future_dates_are_refused() -> None:
    with pytest.raises(ValidationError):
        Patient(date_of_birth=date.today() + timedelta(days=2))
    with pytest.raises(ValidationError):
        NeuroExam(examined_at=datetime.now(UTC) + timedelta(days=1))


def test_lesion_levels_must_be_in_order() -> None:
    with pytest.raises(ValidationError):
        Lesion(level="L2", level_to="T12")
    assert Lesion(level="T12", level_to="L2").level_label == "T12–L2"


def test_assignment_is_validated_and_leaves_the_value_unchanged() -> None:
    case = Case()
    case.history.karnofsky = 70
    with pytest.raises(ValidationError):
        case.history.karnofsky = 75
    assert case.history.karnofsky == 70


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"id": "x"}', "no schema_version"),
        ('{"schema_version": 99}', "newer program"),
        ('{"schema_version": 1, "history": {"karnofsky": 500}}', "history.karnofsky"),
        ('{"schema_version": 1, "kind": "something else"}', "not a case file"),
    ],
)
def test_bad_case_files_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(CaseFileError, match=message):
        case_from_json(text)


def test_oversized_case_file_is_refused() -> None:
    with pytest.raises(CaseFileError, match="too large"):
        case_from_json(" " * (6 * 1024 * 1024))


cells = st.dictionaries(st.sampled_from(KEY_MUSCLES), st.sampled_from(MOTOR_VALUES))
sensory = st.dictionaries(st.sampled_from(DERMATOMES), st.sampled_from(SENSORY_VALUES))


# Any text but the control characters no case text may hold (model/limits.py).
names = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff"), max_size=50)


@settings(max_examples=60, deadline=None)
@given(motor=cells, touch=sensory, surname=names, kps=st.none() | st.sampled_from(range(0, 101, 10)))
def test_generated_cases_round_trip(motor, touch, surname, kps) -> None:  # type: ignore[no-untyped-def]
    case = Case(patient=Patient(surname=surname.strip() or None),
                neuro_exams=[NeuroExam(isncsci=IsncsciValues(right_motor=motor, left_light_touch=touch))])
    case.history.karnofsky = kps
    assert case_from_json(case_to_json(case)) == case


@settings(max_examples=80, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=10))
def test_hostile_json_gives_a_case_file_error_or_a_case(data) -> None:  # type: ignore[no-untyped-def]
    try:
        case = case_from_json(json.dumps(data))
    except CaseFileError:
        return
    assert isinstance(case, Case)
