"""History and examination that contradict each other (clinical.conflicts, issue 22)."""

from __future__ import annotations

from datetime import datetime

import pytest

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.conflicts import disagreements
from spinemet_desktop.model import Case, NeuroExam
from spinemet_desktop.model.enums import Ambulatory, BladderBowel
from spinemet_desktop.model.levels import KEY_MUSCLES


def _case(*, weakness=None, bladder=None, exam_bladder=None, walking=None, motor=None) -> Case:  # type: ignore[no-untyped-def]
    case = Case()
    case.history.complaint_weakness = weakness
    case.history.complaint_bladder_bowel = bladder
    exam = NeuroExam(bladder_bowel=exam_bladder, ambulatory=walking)
    if motor is not None:
        exam.isncsci.right_motor = {m: motor.get(m, "5") for m in KEY_MUSCLES}
        exam.isncsci.left_motor = {m: "5" for m in KEY_MUSCLES}
    case.neuro_exams.append(exam)
    return case


def _ids(case: Case) -> list[str]:
    return [d.id for d in disagreements(case)]


@pytest.mark.parametrize(("history", "exam", "expected"), [
    (False, BladderBowel.DISTURBED, ["bladder_bowel"]),  # the case of issue 22
    (True, BladderBowel.INTACT, ["bladder_bowel"]),
    (False, BladderBowel.INTACT, []),
    (True, BladderBowel.DISTURBED, []),
    (None, BladderBowel.DISTURBED, []),  # not asked is no contradiction
    (False, None, []),
])
def test_bladder_and_bowel(history, exam, expected) -> None:  # type: ignore[no-untyped-def]
    assert _ids(_case(bladder=history, exam_bladder=exam)) == expected


def test_weakness_denied_but_key_muscles_weak() -> None:
    found = disagreements(_case(weakness=False, motor={"L3": "3", "L4": "2"}))
    assert [d.id for d in found] == ["weakness"]
    assert "R L3 3/5" in found[0].exam and "R L4 2/5" in found[0].exam
    assert (found[0].history_field, found[0].exam_field) == ("history.complaint_weakness", "neuro.isncsci")


def test_starred_and_not_testable_grades_are_no_weakness() -> None:
    assert _ids(_case(weakness=False, motor={"L3": "3*", "L4": "NT"})) == []


def test_weakness_reported_but_every_key_muscle_normal() -> None:
    assert _ids(_case(weakness=True, motor={})) == ["weakness"]
    assert _ids(_case(weakness=True, motor={"L4": "4"})) == []
    assert _ids(_case(weakness=True)) == []  # the motor examination not done: nothing to compare


def test_no_weakness_but_not_walking() -> None:
    assert _ids(_case(weakness=False, walking=Ambulatory.NOT_AMBULATORY)) == ["ambulation"]
    assert _ids(_case(weakness=False, walking=Ambulatory.WITH_AID)) == []
    assert _ids(_case(weakness=None, walking=Ambulatory.NOT_AMBULATORY)) == []


def test_only_the_latest_examination_is_compared() -> None:
    case = _case(bladder=False, exam_bladder=BladderBowel.DISTURBED)
    case.neuro_exams.append(NeuroExam(examined_at=datetime.now().astimezone(), bladder_bowel=BladderBowel.INTACT))
    assert _ids(case) == []


def test_no_examination_no_disagreement() -> None:
    case = Case()
    case.history.complaint_bladder_bowel = False
    assert disagreements(case) == ()


def test_the_assessment_carries_them() -> None:
    case = _case(bladder=False, exam_bladder=BladderBowel.DISTURBED, weakness=False,
                 walking=Ambulatory.NOT_AMBULATORY, motor={"L2": "1"})
    a = assess(case, datetime.now().astimezone())
    assert [d.id for d in a.disagreements] == ["bladder_bowel", "weakness", "ambulation"]
    assert all(d.text.startswith("History and examination disagree") for d in a.disagreements)


def test_a_key_muscle_graded_4_is_weakness() -> None:
    # MRC/Janda 4 is "movement against some resistance": below normal strength 5.
    found = disagreements(_case(weakness=False, motor={"L5": "4"}))
    assert [d.id for d in found] == ["weakness"]


@pytest.mark.parametrize(("weak", "shown", "more"), [
    ({"L2": "4", "L3": "3", "L4": "2", "L5": "1"}, ["R L2 4/5", "R L3 3/5", "R L4 2/5", "R L5 1/5"], False),
    ({"L2": "4", "L3": "3", "L4": "2", "L5": "1", "S1": "0"}, ["R L2 4/5", "R L3 3/5", "R L4 2/5", "R L5 1/5"], True),
])
def test_the_disagreement_names_at_most_four_weak_muscles(weak: dict[str, str], shown: list[str], more: bool) -> None:
    (found,) = disagreements(_case(weakness=False, motor=weak))
    assert f"({', '.join(shown)}{' …' if more else ''})" in found.exam
    assert "S1" not in found.exam
