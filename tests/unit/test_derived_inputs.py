"""How the case's facts become score items (clinical.derive and their use in findings.find), case by
case: bone metastases counted for Bauer, Tomita and Rades, the worse of visceral and brain
metastases for Tokuhashi, the pathological fracture over every lesion, ambulation for NESMS and
Rades, albumin in g/L, calendar months (issue 29).

Expected values come from ../shared/clinical/: Tomita bone metastases "solitary or isolated" 1,
"multiple" 2 and visceral none 0 / treatable 2 / untreatable 4 (scores-surgical.md §3a); NESMS
"independent ambulation" 1 point (§6); Rades "ambulatory" means able to walk, with or without an aid
(scores-radiotherapy.md §2); revised Tokuhashi major-organ metastases unremovable 0 / removable 1 /
none 2 (scores-surgical.md §4); albumin 1 g/dL = 10 g/L. A missing fact is never read as no
(pathway.md §11 S13): it leaves the item missing, and the missing item names the field to fill in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from spinemet_desktop.clinical import derive
from spinemet_desktop.clinical.findings import find
from spinemet_desktop.clinical.result import ScoreResult, Source
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import LabResult, Lesion
from spinemet_desktop.model.enums import OrganMetastases
from spinemet_desktop.model.isncsci import NeuroExam

_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
_O = OrganMetastases


def _item(result: ScoreResult, item_id: str):  # type: ignore[no-untyped-def]
    return next(i for i in result.items if i.id == item_id)


def test_a_missing_entry_says_what_is_not_recorded() -> None:
    labelled = derive.entered(None, "history.karnofsky", "Karnofsky index")
    assert (labelled.value, labelled.source, labelled.field) == (None, Source.MISSING, "history.karnofsky")
    assert str(labelled.derivation) == "Karnofsky index not recorded"
    assert derive.entered(None, "history.ecog").derivation is None
    assert derive.entered(70, "history.karnofsky", "Karnofsky index").derivation is None


@pytest.mark.parametrize(("since", "until", "months", "passed"), [
    (date(2026, 2, 20), date(2026, 8, 20), 6, True),    # the docstring's example: 20 Feb to 20 Aug is six
    (date(2026, 2, 20), date(2026, 8, 19), 6, False),
    (date(2025, 11, 15), date(2026, 5, 15), 6, True),   # across the turn of the year
    (date(2025, 11, 15), date(2026, 5, 14), 6, False),
    (date(2025, 12, 1), date(2026, 12, 1), 12, True),
    (date(2025, 12, 1), date(2026, 11, 30), 12, False),
    (date(2025, 8, 31), date(2026, 2, 28), 6, True),    # February has no 31st: its last day ends the months
    (date(2025, 8, 31), date(2026, 2, 27), 6, False),
    (date(2027, 8, 31), date(2028, 2, 29), 6, True),    # leap year
    (date(2027, 8, 31), date(2028, 2, 28), 6, False),
])
def test_calendar_months_passed(since: date, until: date, months: int, passed: bool) -> None:
    assert derive.months_passed(since, until, months) is passed


@pytest.mark.parametrize(("since", "until", "months"), [
    (date(2026, 2, 20), date(2026, 8, 20), 6.0),   # six calendar months, though only 181 days
    (date(2026, 2, 20), date(2026, 8, 19), 5.9),   # 5 months to 20 Jul, 30 of the 31 days to 20 Aug
    (date(2026, 7, 1), date(2026, 12, 31), 5.9),   # 183 days, yet the sixth month ends on 1 Jan
    (date(2026, 7, 1), date(2027, 1, 1), 6.0),
    (date(2025, 8, 31), date(2026, 2, 28), 6.0),   # February's last day ends the sixth month
    (date(2025, 8, 31), date(2026, 2, 27), 5.9),   # 5 months to 31 Jan, 27 of the 28 days
    (date(2026, 8, 1), date(2026, 11, 20), 3.6),   # 3 months to 1 Nov, 19 of the 30 days: 3.63
    (date(2025, 1, 5), date(2026, 11, 20), 22.5),  # 22 months to 5 Nov, 15 of the 30 days
    (date(2026, 5, 3), date(2026, 5, 3), 0.0),
    (date(2026, 5, 3), date(2026, 4, 3), -1.0),    # a date after today counts backwards
])
def test_calendar_months_to_the_tenth_below(since: date, until: date, months: float) -> None:
    assert derive.calendar_months(since, until) == months


def test_calendar_months_never_contradict_months_passed() -> None:
    # The figure shown reaches m exactly when m calendar months have passed (the decision of
    # 11.8.4 is made with months_passed and worded with calendar_months).
    start = date(2023, 1, 1)
    for offset in range(0, 1200, 7):
        since = date.fromordinal(start.toordinal() + offset)
        for days in range(0, 800, 3):
            until = date.fromordinal(since.toordinal() + days)
            shown = derive.calendar_months(since, until)
            for m in range(27):
                assert (shown >= m) is derive.months_passed(since, until, m), (since, until, m, shown)


@pytest.mark.parametrize(("visceral", "brain", "value", "field"), [
    (_O.UNREMOVABLE, None, "unremovable", "imaging.visceral_metastases"),  # already the worst: no need to wait
    (None, _O.UNREMOVABLE, "unremovable", "imaging.visceral_metastases"),
    (_O.REMOVABLE, _O.NONE, "removable", "imaging.visceral_metastases"),
    (_O.NONE, _O.REMOVABLE, "removable", "imaging.visceral_metastases"),
    (_O.NONE, _O.NONE, "none", "imaging.visceral_metastases"),
    (None, _O.NONE, None, "imaging.visceral_metastases"),   # the field to fill in is the missing one
    (None, None, None, "imaging.visceral_metastases"),
    (_O.NONE, None, None, "imaging.brain_metastases"),
    (_O.REMOVABLE, None, None, "imaging.brain_metastases"),
])
def test_major_organ_metastases_are_the_worse_of_visceral_and_brain(
        visceral: OrganMetastases | None, brain: OrganMetastases | None, value: str | None, field: str) -> None:
    case = Case()
    case.imaging.visceral_metastases, case.imaging.brain_metastases = visceral, brain
    given = derive.organ_metastases(case)
    assert (given.value, given.field) == (value, field)
    item = _item(find(case, _NOW).scores["tokuhashi_revised"], "major_organ_metastases")
    assert item.points == {"unremovable": 0, "removable": 1, "none": 2, None: None}[value]


# vertebral metastases (entered), extraspinal bone foci -> solitary (Bauer, Tomita), other bone
# metastases besides the one (Rades), Tomita's bone item.
@pytest.mark.parametrize(("vertebral", "extraspinal", "solitary", "others", "tomita"), [
    (1, 0, True, False, ("solitary", 1)),
    (1, 1, False, True, ("multiple", 2)),
    (2, 0, False, True, ("multiple", 2)),
    (3, 4, False, True, ("multiple", 2)),
    (None, 0, None, None, (None, None)),
    (1, None, None, None, (None, None)),
])
def test_bone_metastases_are_counted_over_the_spine_and_the_rest_of_the_skeleton(
        vertebral: int | None, extraspinal: int | None, solitary: bool | None, others: bool | None,
        tomita: tuple[str | None, int | None]) -> None:
    case = Case()
    case.imaging.vertebral_metastases_count, case.imaging.extraspinal_bone_foci = vertebral, extraspinal
    assert derive.solitary_bone(case).value is solitary
    assert derive.other_bone_metastases(case).value is others
    scores = find(case, _NOW).scores
    bone = _item(scores["tomita"], "bone")
    assert (bone.value, bone.points) == tomita
    assert _item(scores["bauer"], "solitary_skeletal_metastasis").value is solitary
    assert _item(scores["rades_death_2m"], "other_bone_metastases").value is others


@pytest.mark.parametrize(("fractures", "expected"), [
    ((), None),                 # no lesion entered: nothing to say
    ((None,), None),
    ((False, None), None),      # one lesion not assessed: the fracture may be there
    ((False, False), False),
    ((None, True), True),       # one fracture is enough
    ((False, True), True),
    ((True,), True),
])
def test_a_pathological_fracture_of_any_lesion_counts_and_none_needs_every_lesion(
        fractures: tuple[bool | None, ...], expected: bool | None) -> None:
    case = Case()
    case.imaging.lesions = [Lesion(level="T7", pathological_fracture=f) for f in fractures]
    assert derive.pathological_fracture(case).value is expected
    assert _item(find(case, _NOW).scores["bauer"], "pathological_fracture").value is expected


def test_a_growth_category_chosen_before_the_diagnosis_is_named_as_waiting() -> None:
    case = Case()
    case.history.primary_tumour = "breast"
    case.history.known_cancer = False
    assert "no growth category yet" in str(derive.tomita_growth(case).derivation)
    case.history.tomita_growth = "slow"
    waiting = derive.tomita_growth(case)
    assert waiting.value is None and "the growth category waits for the diagnosis" in str(waiting.derivation)


def test_albumin_is_converted_to_g_per_l_and_shown_to_one_decimal() -> None:
    case = Case()
    case.labs.results = [LabResult(analyte="albumin", value=3.456, unit="g/dL")]
    assert derive.albumin_g_per_l(case).value == 34.6  # 3.456 g/dL = 34.56 g/L


# NESMS scores *independent* ambulation (1 point); walking with an aid is not decided for it. Rades'
# "ambulatory" is walking with or without an aid.
@pytest.mark.parametrize(("status", "nesms", "rades"), [
    ("independent", True, True),
    ("with_aid", None, True),
    ("not_ambulatory", False, False),
    (None, None, None),
])
def test_ambulation_for_nesms_and_for_rades(status: str | None, nesms: bool | None, rades: bool | None) -> None:
    case = Case()
    case.neuro_exams.append(NeuroExam(ambulatory=status))
    assert derive.ambulatory(case, independent_only=True).value is nesms
    assert derive.ambulatory(case, independent_only=False).value is rades
    scores = find(case, _NOW).scores
    assert _item(scores["nesms"], "independent_ambulation").value is nesms
    assert _item(scores["rades_death_2m"], "ambulatory").value is rades
