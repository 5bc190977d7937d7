"""assess() on the example cases and on targeted changes: derivations, provenance, prognosis."""

from __future__ import annotations

from datetime import timedelta

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.model import Case, Override, case_from_json
from tests.conftest import EXAMPLES


def _case(name: str) -> Case:
    return case_from_json(next(p for p in EXAMPLES if name in p.name).read_text(encoding="utf-8"))


def _assess(case: Case):  # type: ignore[no-untyped-def]
    assert case.encounter.assessed_at is not None
    return assess(case, reference_time(case, case.encounter.assessed_at))


def test_prognosis_is_derived_only_when_the_scores_agree() -> None:
    breast = _assess(_case("breast"))
    assert breast.prognosis.value == "good" and breast.prognosis.source is Source.DERIVED
    # Renal cell: van der Linden scores it 'other', so its group A carries no information and does
    # not vote (pathway.md §11 S11, which overrides the older rule that made this a disagreement);
    # the revised Tokuhashi 12 (>= 1 year) decides alone.
    rcc = _assess(_case("rcc"))
    assert rcc.prognosis.value == "good" and rcc.prognosis_bands == {"good"}
    assert "does not vote" in " ".join(rcc.scores["linden"].notes)
    # Lung, Karnofsky 40: van der Linden A (very poor) and Tokuhashi < 6 months (poor or very poor)
    # share one band. The older rule counted this as a disagreement, so E47 could not be reached.
    lung = _case("rcc")
    lung.history.primary_tumour = "lung_nsclc"
    lung.history.karnofsky = 40
    result = _assess(lung)
    assert result.prognosis.value == "very_poor" and result.prognosis_bands == {"very_poor"}
    # Breast, Karnofsky 60, visceral metastases: van der Linden 1 + 3 + 0 = 4 (B, good), but the
    # revised Tokuhashi is 8 (< 6 months: poor or very poor): no band is common.
    breast = _case("rcc")
    breast.history.primary_tumour = "breast"
    breast.history.karnofsky = 60
    breast.imaging.visceral_metastases = "unremovable"
    breast.imaging.extraspinal_bone_foci = 5
    breast.imaging.vertebral_metastases_count = 3  # Tokuhashi 1 + 0 + 0 + 0 + 5 + 2 = 8
    result = _assess(breast)
    assert result.scores["linden"].band == "B" and result.scores["tokuhashi_revised"].band == "lt_6_months"
    assert result.prognosis.value is None and "disagree" in (result.prognosis.derivation or "")
    assert result.prognosis_bands == {"very_poor", "poor", "good"}
    case = _case("rcc")
    case.history.prognosis_override = "good"
    assert _assess(case).prognosis.source is Source.OVERRIDE


def test_derived_items_show_their_source_and_overrides_are_used() -> None:
    case = _case("breast")
    tok = _assess(case).scores["tokuhashi_revised"]
    frankel = next(i for i in tok.items if i.id == "frankel")
    assert (frankel.value, frankel.source, frankel.derivation) == ("C", Source.DERIVED, "from AIS C")
    case.overrides.append(Override(target="tokuhashi_revised.frankel", value="D", reason="clinical exam",
                                   set_by="Dr. W."))
    tok2 = _assess(case).scores["tokuhashi_revised"]
    frankel2 = next(i for i in tok2.items if i.id == "frankel")
    assert frankel2.source is Source.OVERRIDE and "Dr. W." in (frankel2.derivation or "")
    assert tok2.total == tok.total  # C and D both score 1


def test_frankel_read_from_the_ais_says_that_ais_and_frankel_c_d_differ() -> None:
    case = _case("breast")
    derived = _assess(case).scores["frankel"]
    assert derived.display == "Frankel C" and derived.items[0].derivation == "from AIS C"
    assert any("AIS C/D are defined by key-muscle grades" in note for note in derived.notes)
    exam = case.latest_exam()
    assert exam is not None
    exam.frankel_override = "D"
    entered = _assess(case).scores["frankel"]
    assert entered.display == "Frankel D" and entered.items[0].source is Source.OVERRIDE
    assert not any("AIS" in note for note in entered.notes)


def test_missing_facts_make_scores_incomplete_not_zero() -> None:
    case = _case("breast")
    case.history.karnofsky = None
    a = _assess(case)
    assert a.scores["tokuhashi_revised"].total is None
    assert "kps" in a.scores["tokuhashi_revised"].missing
    assert a.scores["linden"].total is None


def test_deficit_onset_over_48h_with_complete_deficit_is_consider() -> None:
    case = _case("breast")
    exam = case.latest_exam()
    assert exam is not None
    exam.deficit_class_override = "complete"
    exam.deficit_onset_at = case.encounter.assessed_at - timedelta(hours=72)
    case.neuro_exams = [exam]
    assert _assess(case).pathway.output("surgery") == "consider"


def test_the_worst_lesion_is_named_with_the_reason() -> None:
    a = _assess(_case("breast"))
    assert a.worst_lesion is not None and a.worst_lesion.label == "T10"
    assert a.worst_lesion_reason == "highest SINS 13 and ESCC 3 of 2 lesions"


def test_every_overridable_input_is_offered_with_its_table_answers() -> None:
    from spinemet_desktop.clinical.derive import OVERRIDABLE
    from spinemet_desktop.clinical.scores import answer_options

    targets = set()
    for path in EXAMPLES:
        a = _assess(case_from_json(path.read_text(encoding="utf-8")))
        targets |= {item.target for r in a.all_scores() for item in r.items if item.target}
    assert targets == OVERRIDABLE
    assert answer_options("tomita.bone") == ["solitary", "multiple"]
    assert answer_options("rades_death_2m.interval_months") is None  # a number
    for target in OVERRIDABLE:
        answer_options(target)


def test_override_keeps_the_derived_value_visible_and_applies_to_both_bauer_scores() -> None:
    case = _case("prostate")
    before = _assess(case)
    derived = next(i for i in before.scores["bauer"].items if i.id == "visceral_metastases")
    case.overrides.append(Override(target="bauer.visceral_metastases", value=not derived.value,
                                   reason="liver lesion on CT", set_by="dr.weber"))
    after = _assess(case)
    for score in ("bauer", "bauer_modified"):
        item = next(i for i in after.scores[score].items if i.id == "visceral_metastases")
        assert item.source is Source.OVERRIDE and item.value is (not derived.value)
        assert "dr.weber: liver lesion on CT" in item.derivation
        assert f"derived value: {derived.value}" in item.derivation
    assert after.scores["bauer"].total != before.scores["bauer"].total
