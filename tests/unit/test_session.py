"""The case session without Qt: edits, refusals, undo/redo, the save state, the assessment, and
the operations the entry pages apply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.enums import Sex
from spinemet_desktop.session import UNDO_MERGE_SECONDS, CaseSession, Changes, ops
from spinemet_desktop.store import CaseStore, StoreError


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = CaseStore(tmp_path / "cases.db")
    yield s
    s.close()


def _session(store: CaseStore | None = None, clock: Clock | None = None) -> CaseSession:
    case = store.create() if store is not None else Case()
    return CaseSession(case, store, None, clock or Clock())


def test_an_edit_is_applied_marks_the_case_unsaved_and_can_be_undone_and_redone() -> None:
    clock = Clock()
    s = _session(clock=clock)
    assert not s.dirty and not s.can_undo
    changes = s.apply(ops.set_field("history.pain_nrs", 7))
    assert changes == Changes(True)
    assert s.case.history.pain_nrs == 7 and s.dirty and s.unsaved_since == 100.0 and s.can_undo
    undone = s.undo()
    assert undone.applied and undone.reload and s.case.history.pain_nrs is None and s.can_redo
    assert s.redo().applied and s.case.history.pain_nrs == 7 and not s.can_redo


def test_a_refused_value_leaves_the_case_exactly_as_it_was() -> None:
    s = _session()
    before = s.case.model_copy(deep=True)

    def half_valid(case: Case) -> None:
        case.patient.surname = "Changed"
        case.history.pain_nrs = 11  # outside 0-10: refused by the model

    changes = s.apply(half_valid)
    assert not changes.applied and changes.reload and changes.error and "10" in changes.error
    assert s.case == before and not s.dirty and not s.can_undo


def test_an_edit_that_changes_nothing_is_no_undo_step() -> None:
    s = _session()
    s.apply(ops.set_field("history.pain_nrs", None))
    assert not s.can_undo and not s.dirty


def test_typing_in_one_field_is_one_undo_step_until_a_pause() -> None:
    clock = Clock()
    s = _session(clock=clock)
    for value in (1, 2, 3):
        s.apply(ops.set_field("history.pain_nrs", value), key="nrs")
        clock.now += 0.2
    clock.now += UNDO_MERGE_SECONDS + 0.1
    s.apply(ops.set_field("history.pain_nrs", 4), key="nrs")
    s.undo()
    assert s.case.history.pain_nrs == 3
    s.undo()
    assert s.case.history.pain_nrs is None and not s.can_undo


def test_saving_writes_the_case_and_clears_the_unsaved_state(store: CaseStore) -> None:
    s = _session(store)
    assert s.save() is False  # nothing to write
    s.apply(ops.set_field("patient.surname", "Muster"))
    assert s.save() is True and not s.dirty
    assert store.get(s.case.id).patient.surname == "Muster"
    assert s.case.updated_at == store.get(s.case.id).updated_at


def test_a_failing_save_keeps_the_edits_unsaved(store: CaseStore) -> None:
    s = _session(store)
    s.apply(ops.set_field("patient.surname", "Muster"))
    store.close()  # the store is gone
    with pytest.raises(StoreError):
        s.save()
    assert s.dirty and s.case.patient.surname == "Muster"


def test_opening_locks_the_case_and_closing_saves_and_releases_it(store: CaseStore) -> None:
    case = store.create()
    s = CaseSession.open(store, case)
    assert store.lock_dir.exists() and any(store.lock_dir.iterdir())
    s.apply(ops.set_field("history.karnofsky", 60))
    s.close()
    assert s.lock is None and not s.dirty and store.get(case.id).history.karnofsky == 60
    CaseSession.open(store, case).close()  # free again


def test_the_assessment_follows_every_edit() -> None:
    s = _session()
    s.case.encounter.assessed_at = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    first = s.assess()
    assert s.assess() is first  # nothing changed: the same result
    s.apply(ops.set_field("history.karnofsky", 40))
    second = s.assess()
    assert second is not first and second.as_of == first.as_of


# -- operations ------------------------------------------------------------------------------------
def test_the_first_neurology_entry_starts_the_first_examination_as_one_undoable_edit() -> None:
    s = _session()
    s.apply(ops.set_field("neuro.isncsci.vac", "No"))
    assert len(s.case.neuro_exams) == 1 and s.case.neuro_exams[0].isncsci.vac == "No"
    s.undo()
    assert s.case.neuro_exams == []


def test_an_examination_field_is_written_to_the_examination_shown() -> None:
    s = _session()
    first = s.apply(ops.add_exam(datetime(2026, 11, 1, 8, 0, tzinfo=UTC))).result
    second = s.apply(ops.add_exam(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))).result
    assert s.apply(ops.set_field("neuro.ambulatory", "not_ambulatory", exam_id=first)).applied
    exams = {e.id: e for e in s.case.neuro_exams}
    assert exams[first].ambulatory == "not_ambulatory" and exams[second].ambulatory is None
    s.apply(ops.edit_cells(second, [("right_motor", "C5", "4"), ("right_motor", "C6", "5")]))
    s.apply(ops.edit_cells(second, [("right_motor", "C6", None)]))
    assert exams[second].isncsci.right_motor == {"C5": "4"} and exams[first].isncsci.right_motor == {}
    s.apply(ops.set_non_sci_reason(second, "right_motor.C5", "plexus injury"))
    assert s.case.neuro_exams[1].isncsci.non_sci_reasons == {"right_motor.C5": "plexus injury"}


def test_a_lesion_field_needs_a_lesion_and_goes_to_the_one_named() -> None:
    s = _session()
    refused = s.apply(ops.set_field("imaging.lesion.*.escc", "3", lesion_id=None))
    assert not refused.applied and refused.error == "Add a lesion first."
    one = s.apply(ops.add_lesion()).result
    two = s.apply(ops.add_lesion()).result
    s.apply(ops.set_field("imaging.lesion.*.escc", "2", lesion_id=two))
    s.apply(ops.set_field(f"imaging.lesion.{one}.level", "T10"))
    lesions = {x.id: x for x in s.case.imaging.lesions}
    assert lesions[two].escc == "2" and lesions[one].escc is None and lesions[one].level == "T10"
    assert ops.read(s.case, "imaging.lesion.*.escc", lesion=lesions[two]) == "2"
    assert ops.read(s.case, "imaging.lesion.*.escc", lesion=None) is None
    s.apply(ops.remove_lesion(one))
    assert [x.id for x in s.case.imaging.lesions] == [two]


def test_an_address_that_names_no_field_is_refused() -> None:
    s = _session()
    changes = s.apply(ops.set_field("history.no_such_field", 1))
    assert not changes.applied and "names no field" in (changes.error or "")


def test_a_first_lab_value_takes_the_default_range_and_a_new_unit_converts_the_range() -> None:
    s = _session()
    s.case.patient.sex = Sex.FEMALE
    asked: list[tuple] = []  # type: ignore[type-arg]

    def default(analyte, sex, unit):  # type: ignore[no-untyped-def]
        asked.append((analyte, sex, unit))
        return (2.15, 2.6)

    measured = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    s.apply(ops.record_lab("calcium", value=2.9, unit="mmol/L", measured_at=measured, default_range=default))
    result = ops.shown_result(s.case, "calcium")
    assert asked == [("calcium", Sex.FEMALE, "mmol/L")]
    assert result is not None and (result.value, result.reference_low, result.reference_high) == (2.9, 2.15, 2.6)
    # The laboratory reported mg/dL: the number stays as typed, the range converts (x 4.008).
    s.apply(ops.record_lab("calcium", value=11.6, unit="mg/dL", measured_at=measured, low=2.15, high=2.6,
                           unit_changed=True, default_range=default))
    result = ops.shown_result(s.case, "calcium")
    assert result is not None and result.unit == "mg/dL" and result.value == 11.6
    assert result.reference_low == pytest.approx(8.6172) and result.reference_high == pytest.approx(10.4208)
    assert len(asked) == 1  # not a first value: no default
    # Emptying every entry of the row removes the result.
    s.apply(ops.record_lab("calcium", unit="mg/dL"))
    assert ops.shown_result(s.case, "calcium") is None


def test_read_never_creates_anything() -> None:
    case = Case()
    assert ops.read(case, "neuro.isncsci.vac", exam=None) is None
    assert ops.read(case, "history.differentials.metabolic") is None
    assert case.neuro_exams == [] and case.imaging.lesions == []
    exam = NeuroExam(ambulatory="independent")
    lesion = Lesion(level="L2")
    assert ops.read(case, "neuro.ambulatory", exam=exam).value == "independent"
    assert ops.read(case, "imaging.lesion.*.level", lesion=lesion) == "L2"
    assert ops.read(case, "patient.date_of_birth") is None
