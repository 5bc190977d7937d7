"""Details found by mutation testing (issue 29) in how results are worded and attributed: which
advice names a lesion (pathway.md §11 S4: only the outputs decided lesion by lesion, and only
when there is more than one lesion), and how many weak key muscles the S1 finding names; how a
missing lesion fact is labelled, advice by timing and marked as inferred, and which rule is named
when only rules with missing facts agree on an output; how the lesions' answers are combined and
to which lesion the deficit is attributed (S4), and the urgency tiers."""

from __future__ import annotations

from datetime import UTC, datetime

from spinemet_desktop.clinical import neuro
from spinemet_desktop.clinical.findings import find
from spinemet_desktop.clinical.pathway import URGENCY_TIERS, evaluate, fact_label
from spinemet_desktop.clinical.pathway.facts import LESION_KEYS, lesion_levels
from spinemet_desktop.clinical.pathway.rules import LESION_SLOTS, Timing
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import LabResult, Lesion
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.present.pathway import decided_by
from tests.unit.test_pathway_rules import BASE, FR


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


def test_a_missing_fact_names_its_lesion_and_a_patient_fact_names_none() -> None:
    # S4: a lesion fact is named with its lesion, so that the reader knows which level to examine.
    assert fact_label("sins@T10") == "SINS of the lesion (T10)"
    assert fact_label("escc@lesion 2") == "ESCC (Bilsky) grade (lesion 2)"
    assert fact_label("sins") == "SINS of the lesion"
    assert fact_label("operable") == "operability (anaesthesia)"


def test_advice_asked_for_one_timing_gives_exactly_the_lines_of_that_timing() -> None:
    result = evaluate({**BASE, **FR})
    every = result.advice()
    assert {line.timing for line in every} > {Timing.NOW}
    for timing in Timing:
        assert result.advice(timing) == tuple(line for line in every if line.timing == timing), timing
    # E 3: a functionally relevant deficit means presenting at a spine centre now.
    assert "Present immediately at a specialised spine centre." in {line.text for line in result.advice(Timing.NOW)}


def test_advice_from_an_inferred_rule_is_marked_inferred_and_stated_advice_is_not() -> None:
    # pathway.md §11 S1: which documented findings count before the deficit class is known is an
    # inference; C1 (red-flag back pain, 6.1.2) is stated in the guideline.
    result = evaluate({**BASE, "deficit": None, "motor_finding": True})
    by_rule = {line.rule_ids: line for line in result.advice()}
    assert by_rule[("S1",)].inferred is True
    assert by_rule[("C1",)].inferred is False


def test_a_result_from_plain_facts_has_no_provenance_for_a_lesion_fact() -> None:
    # The shared vignettes are plain facts: nothing says where a fact would be entered, and asking
    # must answer "unknown" rather than fail.
    patient = {k: v for k, v in BASE.items() if k not in LESION_KEYS}
    result = evaluate({**patient, "lesions": [{"level": "T6", "sins": None, "escc": "0"},
                                              {"level": "L2", "sins": 4, "escc": "0"}]})
    assert "sins@T6" in result.missing_facts
    assert result.provenance_of("sins@T6") is None
    assert result.provenance_of("sins@L2") is None


def test_radiotherapy_after_an_operation_planned_for_an_unclassified_motor_finding_follows_a21() -> None:
    # S1/S2: a documented motor finding whose class is not known is a neurological deficit, planned
    # for the worse (surgery < 6 h). After surgery E 35 asks for fractionated post-operative
    # radiotherapy; the rule is A21 of the figure WITH deficits (pathway.md §4.2), not B15 of the
    # figure without them, although the deficit class that separates the two is not recorded.
    result = evaluate({**BASE, "deficit": None, "motor_finding": True})
    assert result.output("surgery") == "emergency_6h"
    radiotherapy = result.decisions["radiotherapy"]
    assert radiotherapy.value == "postoperative"
    assert radiotherapy.rule_id == "A21"
    assert radiotherapy.text == "Post-operative radiotherapy, fractionated."


def test_a_patient_wide_output_of_several_lesions_names_no_lesion() -> None:
    # E 2, E 3 (A1, A2): the urgency of imaging and of the spine centre comes from the patient's
    # neurological complaints, not from one lesion; S4 names a lesion only for the answer that
    # comes from it.
    patient = {k: v for k, v in {**BASE, **FR}.items() if k not in LESION_KEYS}
    result = evaluate({**patient, "lesions": [{"level": "T6", "sins": 4, "escc": "3"},
                                              {"level": "L2", "sins": 4, "escc": "3"}]})
    for slot, rule in (("imaging", "A1"), ("spine_centre", "A2")):
        decision = result.decisions[slot]
        assert (decision.value, decision.rule_id, decision.lesion) == ("immediate", rule, None), slot
        assert decided_by(decision) == rule


def _two_lesions(first: dict, second: dict) -> dict:  # type: ignore[type-arg]
    """BASE's patient; the first lesion has BASE's lesion facts with ``first`` over them."""
    patient = {k: v for k, v in BASE.items() if k not in LESION_KEYS}
    lesion = {k: v for k, v in BASE.items() if k in LESION_KEYS}
    return {**patient, "lesions": [{**lesion, **first}, second]}


def test_a_lesion_with_the_most_urgent_answer_decides_although_another_lesion_is_not_assessed() -> None:
    # S4: a slot takes the most urgent answer over the lesions. T6 is unstable (SINS > 12, E 25):
    # immediate work-up (B1, E 2), immediate spine centre (B2, E 3), immobilise (C7). Nothing L2
    # could show is more urgent, so its missing SINS leaves these answers decided.
    result = evaluate(_two_lesions({"level": "T6", "sins": 14, "escc": "0"}, {"level": "L2"}))
    for slot, value, rule in (("imaging", "immediate", "B1"), ("spine_centre", "immediate", "B2"),
                              ("immobilise", True, "C7")):
        decision = result.decisions[slot]
        assert (decision.value, decision.rule_id, decision.possible) == (value, rule, ()), slot


def test_an_undetermined_lesion_leaves_open_only_answers_more_urgent_than_the_decided_one() -> None:
    # S4 with S1-S3: T6's SINS 7-12 asks for the tumour board (B17, §9); L2 without a SINS could be
    # unstable (immediate, B2) or not. The answer is tumour board or more urgent, never routine.
    result = evaluate(_two_lesions({"level": "T6", "sins": 9, "escc": "0"}, {"level": "L2"}))
    centre = result.decisions["spine_centre"]
    assert centre.value is None
    assert set(centre.possible) == {"immediate", "tumour_board"}
    assert "sins@L2" in centre.missing and "sins@T6" not in centre.missing


def test_a_single_lesion_is_labelled_by_its_level_and_gets_no_invented_number() -> None:
    # The JSON export lists each lesion's facts under its label. S4 numbers lesions ("lesion 2")
    # only to tell several apart; a single lesion is its level, or nothing while no level is recorded.
    assert [lesion.label for lesion in evaluate(BASE).lesions] == ["L2"]
    assert [lesion.label for lesion in evaluate({**BASE, "level": None}).lesions] == [""]
    patient = {k: v for k, v in BASE.items() if k not in LESION_KEYS}
    two = evaluate({**patient, "lesions": [{"level": "T6"}, {"sins": 4}]})
    assert [lesion.label for lesion in two.lesions] == ["T6", "lesion 2"]


COMPLETE_LATE = {"deficit": "complete", "deficit_onset_hours": 72}
UNSTABLE_T6 = {"level": "T6", "sins": 14, "escc": "1b", "unstable_fracture": True}


def _lesion_answer(result, label: str):  # type: ignore[no-untyped-def]
    [answer] = [x for x in result.decisions["surgery"].per_lesion if x.lesion == label]
    return answer


def test_the_only_lesion_explains_the_deficit_whatever_its_grade() -> None:
    # Scenario rule 2: a complete deficit with onset > 48 h -> consider (10.5.7), before the
    # instability of a lesion without a deficit. With one lesion (S4 is about several) the deficit
    # is that lesion's: its missing ESCC cannot take the deficit elsewhere.
    surgery = evaluate({**BASE, **COMPLETE_LATE, **UNSTABLE_T6, "escc": None}).decisions["surgery"]
    assert (surgery.value, surgery.rule_id, surgery.possible) == ("consider", "A15", ())


def test_a_lesion_of_the_highest_known_grade_may_lose_the_deficit_to_a_lesion_not_graded() -> None:
    # S4 with S1-S3: T6 (ESCC 1b, the highest grade recorded) explains the complete deficit
    # (consider, rule 2) unless L2, whose grade is not recorded, compresses the cord; then T6 is
    # judged without the deficit: unstable -> elective (E 34). Until L2's ESCC is recorded T6's
    # own answer stays open, and L2's ESCC is what settles it.
    result = evaluate({**_two_lesions(UNSTABLE_T6, {"level": "L2", "sins": 4}), **COMPLETE_LATE})
    t6 = _lesion_answer(result, "T6")
    assert (t6.value, set(t6.possible), t6.missing) == (None, {"consider", "elective"}, ("escc@L2",))


def test_a_lesion_gives_the_same_answer_whichever_lesion_the_deficit_belongs_to() -> None:
    # Radicular or sensory deficit only: surgery does not depend on it (scenario rule 2), so T6's
    # instability decides (elective, E 34) although L2's grade, which could take the deficit over,
    # is not recorded.
    result = evaluate({**_two_lesions(UNSTABLE_T6, {"level": "L2", "sins": 4}), "deficit": "radicular_sensory"})
    t6 = _lesion_answer(result, "T6")
    assert (t6.value, t6.rule_id, t6.possible) == ("elective", "B15", ())
    surgery = result.decisions["surgery"]
    assert (surgery.value, surgery.rule_id, surgery.lesion) == ("elective", "B15", "T6")


def test_a_lesion_label_that_names_no_range_of_levels_gives_none() -> None:
    # Plain facts (the shared vignettes) may carry any label: a range with one end that is no
    # spinal level names no levels (the rules then ask for the level), it does not fail.
    assert lesion_levels("C7–T2") == ("C7", "T1", "T2")
    assert lesion_levels("T12-L1") == ("T12", "L1")
    for label in ("lesion 2", "T4–T13", "X–T4", "L6"):
        assert lesion_levels(label) == (), label
    result = evaluate({**BASE, "level": "T4–T13"})
    assert result.output("surgery") == "not_indicated"


def test_embolisation_for_one_hypervascular_lesion_planned_for_surgery_is_kept_over_the_others() -> None:
    # E 65 (A24): a hypervascular lesion planned for open surgery is embolised first; S4: the slot
    # takes the most invasive answer over the lesions and names its lesion.
    result = evaluate(_two_lesions({"level": "T6", "sins": 14, "hypervascular": True},
                                   {"level": "L2", "sins": 4, "escc": "0", "unstable_fracture": False,
                                    "intraspinal_fragments": False, "hypervascular": False}))
    embolisation = result.decisions["embolisation"]
    assert (embolisation.value, embolisation.rule_id, embolisation.lesion) == (True, "A24", "T6")


def test_the_urgency_tiers_are_the_outputs_values_most_urgent_first() -> None:
    # shared/testdata/scenarios/README.md: imaging immediate > prompt > routine; spine centre
    # immediate > tumour board > routine; surgery < 6 h > < 24 h > elective > consider > not
    # indicated ("not possible" has no tier: S3). The property tests of S1-S3 compare these tiers.
    assert URGENCY_TIERS == {
        "imaging": ("immediate", "prompt", "routine"),
        "spine_centre": ("immediate", "tumour_board", "routine"),
        "surgery": ("emergency_6h", "urgent_24h", "elective", "consider", "not_indicated"),
    }
