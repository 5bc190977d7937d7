"""Derived defaults of score inputs (issue 23): the Tomita growth category from the primary tumour,
a lesion's SINS pain item from the patient's pain character, ambulation from the latest examination
that recorded it. Each is DERIVED with its provenance and replaced by the clinician's answer; none
stands in for a fact the case does not establish (pathway.md §11 S4, S13).

Expected values are from ../shared/clinical/scores-surgical.md §3a (Tomita's figure: breast and thyroid
slow, kidney and uterus moderate, lung and stomach rapid; prostate slow in secondary sources) and the
SINS table (mechanical pain 3, occasional non-mechanical 1, pain-free 0), not from the program.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from spinemet_desktop.clinical import derive
from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.model import Case, case_from_json
from spinemet_desktop.model.case import Lesion
from spinemet_desktop.model.isncsci import NeuroExam
from tests.conftest import EXAMPLES


def _case(primary: str | None = "breast", known: bool | None = True) -> Case:
    case = Case()
    case.history.primary_tumour = primary
    case.history.known_cancer = known
    return case


@pytest.mark.parametrize(("primary", "growth", "points"), [
    ("breast", "slow", 1), ("thyroid", "slow", 1), ("prostate", "slow", 1), ("kidney", "moderate", 2),
    ("uterus", "moderate", 2), ("lung_nsclc", "rapid", 4), ("lung_sclc", "rapid", 4), ("stomach", "rapid", 4),
])
def test_tomita_growth_defaults_to_the_category_of_the_primary_with_its_source(
        primary: str, growth: str, points: int) -> None:
    case = _case(primary)
    given = derive.tomita_growth(case)
    assert (given.value, given.source) == (growth, Source.DERIVED)
    assert given.derivation and "Tomita" in str(given.derivation)
    if primary == "prostate":
        assert "secondary sources" in str(given.derivation)
    item = next(i for i in assess(case, _now()).scores["tomita"].items if i.id == "growth")
    assert (item.points, item.source) == (points, Source.DERIVED)


@pytest.mark.parametrize("primary", ["colon", "liver", "melanoma", "myeloma", "cup"])
def test_tomita_growth_has_no_default_where_the_figure_names_none(primary: str) -> None:
    given = derive.tomita_growth(_case(primary))
    assert given.value is None and "choose the growth category" in str(given.derivation)


@pytest.mark.parametrize(("primary", "known", "unclear"), [
    ("breast", False, None), ("breast", None, None), ("unknown", True, None), ("breast", True, True), (None, True, None),
])
def test_tomita_growth_waits_for_an_established_primary(primary: str | None, known: bool | None,
                                                        unclear: bool | None) -> None:
    case = _case(primary, known)
    case.history.cancer_suspected = True if known is None else None
    case.history.diagnosis_unclear = unclear
    assert derive.tomita_growth(case).value is None
    case.history.tomita_growth = "slow"  # a chosen category too waits for the diagnosis (S13)
    assert derive.tomita_growth(case).value is None


def test_the_clinicians_growth_category_replaces_the_default() -> None:
    case = _case("breast")
    case.history.tomita_growth = "rapid"
    given = derive.tomita_growth(case)
    assert (given.value, given.source) == ("rapid", Source.ENTERED)


@pytest.mark.parametrize(("character", "item", "points"), [
    ("mechanical", "mechanical", 3), ("non_mechanical", "occasional_non_mechanical", 1), ("none", "pain_free", 0),
])
def test_the_sins_pain_item_of_the_only_lesion_follows_the_pain_character(character: str, item: str,
                                                                         points: int) -> None:
    case = _case()
    case.history.pain_character = character
    lesion = Lesion(level="L2")
    case.imaging.lesions.append(lesion)
    given = derive.sins_pain(case, lesion)
    assert (given.value, given.source) == (item, Source.DERIVED)
    sins = assess(case, _now()).lesions[0].sins
    assert next(i for i in sins.items if i.id == "pain").points == points
    lesion.sins_pain = "pain_free"
    assert (derive.sins_pain(case, lesion).value, derive.sins_pain(case, lesion).source) == ("pain_free",
                                                                                             Source.ENTERED)


def test_the_patients_pain_is_not_given_to_one_of_several_lesions() -> None:
    case = _case()
    case.imaging.lesions += [Lesion(level="T4"), Lesion(level="L2")]
    case.history.pain_character = "mechanical"
    assert [derive.sins_pain(case, x).value for x in case.imaging.lesions] == [None, None]
    case.history.pain_character = "none"  # no pain anywhere: each lesion is pain-free
    assert [derive.sins_pain(case, x).value for x in case.imaging.lesions] == ["pain_free", "pain_free"]
    case.history.pain_character = None
    assert derive.sins_pain(case, case.imaging.lesions[0]).value is None


def test_ambulation_comes_from_the_latest_examination_that_recorded_it_and_says_which() -> None:
    case = _case()
    first = _now() - timedelta(hours=5)
    earlier = NeuroExam(ambulatory="with_aid", examined_at=first)
    later = NeuroExam(examined_at=first + timedelta(hours=3))
    case.neuro_exams += [earlier, later]
    given = derive.ambulatory(case, independent_only=False)
    assert given.value is True and "the latest examination did not record it" in str(given.derivation)
    later.ambulatory = "not_ambulatory"
    given = derive.ambulatory(case, independent_only=False)
    assert given.value is False and "latest" not in str(given.derivation)
    later.ambulatory = None
    earlier.ambulatory = None
    assert derive.ambulatory(case, independent_only=False).value is None


def test_the_examples_keep_their_urgency_with_the_defaults() -> None:
    """The defaults fill score items only: no example's urgency or surgery tier changes."""
    for path in EXAMPLES:
        case = case_from_json(path.read_text(encoding="utf-8"))
        a = assess(case, _now())
        bare = case.model_copy(deep=True)
        bare.history.pain_character = None
        b = assess(bare, _now())
        for slot in ("imaging", "spine_centre", "surgery", "immobilise"):
            if b.pathway.decisions[slot].value is not None:
                assert a.pathway.decisions[slot].value == b.pathway.decisions[slot].value, (path.name, slot)


def _now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.now().astimezone()
