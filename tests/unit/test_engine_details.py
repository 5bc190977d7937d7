"""Details found by mutation testing (issue 29) in how results are worded and attributed: which
advice names a lesion (pathway.md §11 S4: only the outputs decided lesion by lesion, and only
when there is more than one lesion), and how many weak key muscles the S1 finding names."""

from __future__ import annotations

from datetime import UTC, datetime

from spinemet_desktop.clinical import neuro
from spinemet_desktop.clinical.findings import find
from spinemet_desktop.clinical.pathway import evaluate
from spinemet_desktop.clinical.pathway.facts import LESION_KEYS
from spinemet_desktop.clinical.pathway.rules import LESION_SLOTS
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import LabResult, Lesion
from spinemet_desktop.model.isncsci import NeuroExam
from tests.unit.test_pathway_rules import BASE


def test_a_single_lesion_names_no_lesion_in_its_advice() -> None:
    assert {f.lesion for f in evaluate({**BASE, "sins": 14}).fired} == {""}


def test_with_two_lesions_only_the_lesion_outputs_name_their_lesion() -> None:
    patient = {k: v for k, v in BASE.items() if k not in LESION_KEYS}
    result = evaluate({**patient, "lesions": [{"level": "T6", "sins": 14, "escc": "0"},
                                              {"level": "L2", "sins": 4, "escc": "0"}]})
    by_slot: dict[str | None, set[str]] = {}
    for f in result.fired:
        by_slot.setdefault(f.effect.slot, set()).add(f.lesion)
    assert "T6" in by_slot["surgery"] and by_slot["surgery"] <= {"T6", "L2"}
    for slot in ("imaging", "spine_centre", "immobilise"):
        assert by_slot[slot] == {""}, slot
    assert set(LESION_SLOTS) == {"surgery", "radiotherapy", "embolisation"}


def test_the_motor_finding_names_at_most_four_of_the_weakest_muscles() -> None:
    grades = {muscle: "3" for muscle in ("C5", "C6", "C7", "C8", "T1")}
    finding = neuro.motor_finding(Case(neuro_exams=[NeuroExam(isncsci={"right_motor": grades})]))
    assert finding.value is True
    assert "5 key muscle(s) below 5/5, weakest 3/5 (R C5, R C6, R C7, R C8 …)" in str(finding.derivation)
    four = {muscle: "3" for muscle in ("C5", "C6", "C7", "C8")}
    finding = neuro.motor_finding(Case(neuro_exams=[NeuroExam(isncsci={"right_motor": four})]))
    assert "4 key muscle(s) below 5/5, weakest 3/5 (R C5, R C6, R C7, R C8)" in str(finding.derivation)


def test_an_indicated_optional_lab_is_no_longer_asked_for_once_its_report_is_recorded() -> None:
    case = Case()
    case.history.differentials.haematological = True
    case.imaging.lesions = [Lesion(level="T8", sins_bone_lesion="lytic")]
    as_of = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)

    def asked() -> bool:
        return any("Optional lab indicated" in str(w) and "electrophoresis" in str(w).lower()
                   for w in find(case, as_of).warnings)

    assert asked()
    case.labs.results = [LabResult(analyte="protein_electrophoresis", text="no monoclonal band")]
    assert not asked()
