"""What findings.find() says beside the scores themselves: the prognosis band the survival scores
leave (pathway.md §11 S11), the weakest key muscle (MRC/Janda), the inputs one score takes from
another, van der Linden's note for an 'other' primary, and the warnings (Karnofsky/ECOG, the
minimum labs of Empfehlung 14, values without a reference range) — issue 29.

Points are added up by hand from ../shared/clinical/scores-surgical.md §4 (revised Tokuhashi: KPS
10-40 0; >= 3 extraspinal bone foci 0; >= 3 vertebral metastases 0; unremovable major-organ
metastases 0; primary 'others' 2; no palsy (Frankel E) 2; 0-8 is '< 6 months') and
scores-radiotherapy.md §3 (van der Linden: KPS 80-100 2, breast 3, other 0, no visceral metastases
1; A 0-3, B 4-5, C 6).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spinemet_desktop.clinical.findings import Findings, find
from spinemet_desktop.model import Case, Override
from spinemet_desktop.model.case import LabResult, Lesion
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import KEY_MUSCLES

_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _find(case: Case) -> Findings:
    return find(case, _NOW)


def _poor_tokuhashi(primary: str) -> Case:
    """Revised Tokuhashi 0 + 0 + 0 + 0 + 2 + 2 = 4 (< 6 months) for a primary scored 'others'; van der
    Linden scores the primary 'other' (no vote) and the Rades score lacks ECOG (no vote)."""
    case = Case()
    case.history.primary_tumour = primary
    case.history.known_cancer = True
    case.history.karnofsky = 40
    case.imaging.extraspinal_bone_foci = 3
    case.imaging.vertebral_metastases_count = 3
    case.imaging.visceral_metastases = "unremovable"
    case.overrides.append(Override(target="tokuhashi_revised.frankel", value="E"))
    return case


def test_tokuhashi_below_6_months_alone_leaves_very_poor_or_poor_open() -> None:
    f = _find(_poor_tokuhashi("colon"))
    tok = f.scores["tokuhashi_revised"]
    assert (tok.total, tok.band) == (4, "lt_6_months")
    assert f.prognosis.value is None
    assert f.prognosis_bands == {"very_poor", "poor"}
    assert f.prognosis_choices == {"very_poor", "poor", "good"}
    assert str(f.prognosis.derivation) == (
        "the survival scores allow very poor or poor (revised Tokuhashi 4 (< 6 months) → very poor or poor); "
        "estimate the prognosis")


def test_disagreeing_scores_offer_every_band_one_of_them_supports_in_words() -> None:
    case = _poor_tokuhashi("breast")
    case.imaging.visceral_metastases = "none"
    case.imaging.brain_metastases = "unremovable"
    # Revised Tokuhashi 0 + 0 + 0 + 0 (brain unremovable) + 5 (breast) + 2 = 7: < 6 months, poor or
    # very poor. Van der Linden: KPS 40 → 0, breast 3, no visceral metastases 1 = 4: B, good.
    f = _find(case)
    assert (f.scores["tokuhashi_revised"].total, f.scores["linden"].band) == (7, "B")
    assert f.prognosis.value is None
    assert f.prognosis_bands == f.prognosis_choices == {"very_poor", "poor", "good"}
    assert str(f.prognosis.derivation).endswith("estimate the prognosis: very poor, poor or good")


def test_a_haematological_primary_gets_no_band_and_shows_the_scores_only_for_context() -> None:
    bare = Case()
    bare.history.primary_tumour, bare.history.known_cancer = "myeloma", True
    f = _find(bare)
    assert f.prognosis.value is None and f.prognosis_basis == ()
    assert str(f.prognosis.derivation).endswith("estimate the prognosis")
    scored = _find(_poor_tokuhashi("myeloma"))
    assert scored.prognosis.value is None and scored.prognosis_bands == frozenset()
    assert str(scored.prognosis.derivation).endswith(
        "estimate the prognosis; scores for context: revised Tokuhashi 4 (< 6 months) → very poor or poor")


# -- the weakest key muscle (MRC / Janda 0-5) ------------------------------------------------


def _exam(right: dict[str, str], left: dict[str, str] | None = None) -> Case:
    case = Case()
    case.neuro_exams.append(NeuroExam())
    exam = case.neuro_exams[0]
    exam.isncsci.right_motor = dict(right)  # type: ignore[arg-type]
    exam.isncsci.left_motor = dict(left if left is not None else {m: "5" for m in KEY_MUSCLES})  # type: ignore[arg-type]
    return case


_ALL5 = {m: "5" for m in KEY_MUSCLES}


@pytest.mark.parametrize(("right", "left", "display", "why"), [
    (_ALL5, None, "5/5 (R C5, R C6, R C7, R C8)", "latest ISNCSCI exam"),  # at most four named
    ({**_ALL5, "L3": "3"}, None, "3/5 (R L3)", "latest ISNCSCI exam"),
    ({**_ALL5, "L3": "2*"}, None, "5/5 (R C5, R C6, R C7, R C8)", "latest ISNCSCI exam"),   # starred: not from the cord lesion
    ({**_ALL5, "L3": "3", "L4": "NT"}, {}, "3/5 (R L3)", "latest ISNCSCI exam (other key muscles not yet graded)"),
    ({**_ALL5, "C5": "2", "C6": "2", "C7": "2", "C8": "2", "T1": "2"}, None, "2/5 (R C5, R C6, R C7, R C8)",
     "latest ISNCSCI exam"),
    ({"C5": "4", "C6": "4", "C7": "4", "C8": "4"}, {}, "4/5 (R C5, R C6, R C7, R C8)",
     "latest ISNCSCI exam (other key muscles not yet graded)"),
])
def test_the_weakest_key_muscle_of_the_latest_exam(right: dict[str, str], left: dict[str, str] | None,
                                                   display: str, why: str) -> None:
    mrc = _find(_exam(right, left)).scores["mrc"]
    assert mrc.display == display
    assert str(mrc.items[0].derivation) == why


@pytest.mark.parametrize(("right", "left"), [
    ({}, {}),                          # nothing graded
    ({**_ALL5}, {}),                   # every graded muscle 5, the other side blank: a weaker one may be missing
    ({**_ALL5, "L4": "NT"}, None),     # not testable is not 5
    ({**_ALL5, "L4": "3*"}, {}),       # starred grades do not count, the rest 5 and blanks
])
def test_the_weakest_key_muscle_is_not_guessed_from_an_incomplete_exam(right: dict[str, str],
                                                                       left: dict[str, str] | None) -> None:
    mrc = _find(_exam(right, left)).scores["mrc"]
    assert mrc.total is None and mrc.display is None
    assert str(mrc.items[0].derivation) == "key-muscle grades incomplete"


# -- inputs taken from another score ---------------------------------------------------------


def test_nesms_takes_the_modified_bauer_total() -> None:
    case = Case()
    case.history.primary_tumour, case.history.known_cancer = "breast", True
    case.imaging.visceral_metastases = "none"
    case.imaging.vertebral_metastases_count, case.imaging.extraspinal_bone_foci = 1, 0
    # Modified Bauer: no visceral metastases 1, solitary 1, no lung cancer 1, breast 1 = 4.
    f = _find(case)
    assert f.scores["bauer_modified"].total == 4
    item = next(i for i in f.scores["nesms"].items if i.id == "bauer_modified")
    assert item.value == 4
    case.imaging.visceral_metastases = None
    item = next(i for i in _find(case).scores["nesms"].items if i.id == "bauer_modified")
    assert item.value is None and str(item.derivation) == "modified Bauer score incomplete"


@pytest.mark.parametrize(("primary", "karnofsky", "group", "noted"), [
    ("colon", 80, "A", True),     # 2 + 0 + 1 = 3: group A whatever the KPS
    ("colon", None, None, False),  # incomplete: no group, nothing to explain
    ("breast", 80, "C", False),   # 2 + 3 + 1 = 6
    ("prostate", 40, "A", False),  # 0 + 2 + 1 = 3: group A, but the KPS decided it
])
def test_van_der_linden_explains_why_an_other_primary_says_nothing(primary: str, karnofsky: int | None,
                                                                   group: str | None, noted: bool) -> None:
    case = Case()
    case.history.primary_tumour, case.history.known_cancer = primary, True
    case.history.karnofsky = karnofsky
    case.imaging.visceral_metastases = "none"
    linden = _find(case).scores["linden"]
    assert linden.band == group
    assert any("does not vote for the prognosis" in note for note in linden.notes) is noted


# -- warnings ---------------------------------------------------------------------------------


def test_karnofsky_and_ecog_warn_only_when_they_do_not_match() -> None:
    case = Case()
    assert _find(case).kps_ecog_warning is None and _find(case).warnings.count(None) == 0  # type: ignore[arg-type]
    case.history.karnofsky, case.history.ecog = 90, 0
    f = _find(case)
    assert f.kps_ecog_warning is None and not any("do not match" in str(w) for w in f.warnings)
    case.history.karnofsky, case.history.ecog = 100, 4
    f = _find(case)
    assert f.kps_ecog_warning is not None and f.kps_ecog_warning in f.warnings


# Empfehlung 14 (pathway.md §8.3): full blood count, CRP, calcium, INR, PTT.
_PANEL = [
    LabResult(analyte="haemoglobin", value=13.0, unit="g/dL", reference_low=12.0, reference_high=16.0),
    LabResult(analyte="leukocytes", value=7.0, unit="/nL", reference_low=4.0, reference_high=10.0),
    LabResult(analyte="platelets", value=250.0, unit="/nL", reference_low=150.0, reference_high=400.0),
    LabResult(analyte="crp", value=3.0, unit="mg/L", reference_high=5.0),
    LabResult(analyte="calcium", value=2.3, unit="mmol/L", reference_low=2.15, reference_high=2.6),
    LabResult(analyte="inr", value=1.0, unit="", reference_low=0.8, reference_high=1.2),
    LabResult(analyte="ptt", value=30.0, unit="s", reference_low=25.0, reference_high=37.0),
]


def _lab_warnings(results: list[LabResult]) -> list[str]:
    case = Case()
    case.labs.results = results
    return [str(w) for w in _find(case).warnings]


def test_a_complete_judged_panel_gives_no_lab_warning() -> None:
    assert _lab_warnings(_PANEL) == []


def test_the_missing_minimum_labs_are_named() -> None:
    warnings = _lab_warnings(_PANEL[1:])
    assert [w.lower() for w in warnings] == ["minimum labs missing (empfehlung 14): haemoglobin."]


def test_values_without_a_reference_range_are_named_as_not_judged() -> None:
    crp = LabResult(analyte="crp", value=3.0, unit="mg/L")
    warnings = _lab_warnings([*_PANEL[:3], crp, *_PANEL[4:]])
    assert [w.lower() for w in warnings] == ["no reference range recorded, so not judged: crp."]


def test_each_lesions_scores_name_the_lesion() -> None:
    case = Case()
    case.imaging.lesions = [Lesion(level="T7"), Lesion()]
    first, second = _find(case).lesions
    assert (first.sins.subject, first.escc.subject) == ("lesion T7", "lesion T7")
    assert second.sins.subject == "lesion (level not set)"
