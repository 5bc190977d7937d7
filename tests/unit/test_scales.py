"""Performance and grading scales, the KPS-ECOG warning and the scores shown but never computed,
pinned against shared/clinical/ (issue 29).

The grade descriptions in the app are paraphrases; each grade is checked for the words that
identify it in the shared text, so a swapped row (as ganfyd.org swaps KPS 50 and 40) is caught.
"""

from __future__ import annotations

import pytest

from spinemet_desktop.clinical.result import FROM_AIS, Input, Source, Status
from spinemet_desktop.clinical.scores import scales
from spinemet_desktop.clinical.scores.not_computed import REFERENCE_SCORES, reference_results

# scores-surgical.md §7a (KPS, in steps of 10), word for word.
KPS = {
    100: "Normal; no complaints; no evidence of disease",
    90: "Able to carry on normal activity; minor signs or symptoms of disease",
    80: "Normal activity with effort; some signs or symptoms of disease",
    70: "Cares for self; unable to carry on normal activity or to do active work",
    60: "Requires occasional assistance, but able to care for most personal needs",
    50: "Requires considerable assistance and frequent medical care",
    40: "Disabled; requires special care and assistance",
    30: "Severely disabled; hospital admission indicated, although death not imminent",
    20: "Very sick; hospital admission necessary; active supportive treatment necessary",
    10: "Moribund; fatal processes progressing rapidly",
    0: "Dead",
}
# §7b (ECOG / WHO).
ECOG = {
    0: "fully active", 1: "restricted in physically strenuous activity", 2: "capable of all self-care",
    3: "limited self-care", 4: "completely disabled", 5: "dead",
}
# §8 (ASA), word for word.
ASA = {
    "I": "A normal healthy patient",
    "II": "A patient with mild systemic disease",
    "III": "A patient with severe systemic disease",
    "IV": "A patient with severe systemic disease that is a constant threat to life",
    "V": "A moribund patient who is not expected to survive without the operation",
    "VI": "A declared brain-dead patient whose organs are being removed for donor purposes",
}
# §9a (Frankel).
FRANKEL = {"A": "complete", "B": "sensory only", "C": "motor useless", "D": "motor useful", "E": "normal"}
# §9c (MRC), word for word.
MRC = {
    0: "No contraction", 1: "Flicker or trace of contraction", 2: "Active movement, with gravity eliminated",
    3: "Active movement against gravity", 4: "Active movement against gravity and resistance", 5: "Normal power",
}
# §3b and verification round 2 (SCST, provisional): type -> group, description.
SCST = {
    1: ("intracompartmental", "vertebral body only"), 2: ("intracompartmental", "pedicle"),
    3: ("intracompartmental", "lamina"), 4: ("extracompartmental", "spinal canal"),
    5: ("extracompartmental", "paravertebral"), 6: ("extracompartmental", "adjacent vertebra"),
    7: ("multiple", "multiple / skip"),
}
# §7c, Ma et al. 2010 (the mapping the shared text recommends): ECOG -> KPS range; ECOG 5 (dead)
# has no Ma row and corresponds to KPS 0 in every table.
MA_2010 = {0: (100, 100), 1: (80, 90), 2: (60, 70), 3: (40, 50), 4: (10, 30), 5: (0, 0)}


@pytest.mark.parametrize(("scale", "table", "status"), [
    (scales.kps, KPS, Status.VERIFIED), (scales.asa, ASA, Status.VERIFIED), (scales.mrc_weakest, MRC, Status.VERIFIED),
])
def test_every_grade_of_each_scale_has_its_published_wording(scale, table, status) -> None:  # type: ignore[no-untyped-def]
    for grade, wording in table.items():
        result = scale(grade)
        assert result.meaning == wording
        assert result.status is status and result.missing == () and result.band == str(grade)
        assert result.total == (grade if isinstance(grade, int) else None)
    missing = scale(None)
    assert missing.missing == ("grade",) and missing.meaning is None and missing.display is None


@pytest.mark.parametrize(("scale", "table", "status"), [
    (scales.ecog, ECOG, Status.VERIFIED), (scales.frankel, FRANKEL, Status.VERIFIED_SECONDARY),
])
def test_every_grade_of_each_paraphrased_scale_has_its_own_meaning(scale, table, status) -> None:  # type: ignore[no-untyped-def]
    for grade, words in table.items():
        result = scale(grade)
        assert words in result.meaning.lower(), (grade, result.meaning)
        others = [w for g, w in table.items() if g != grade and w not in words and words not in w]
        assert not any(w in result.meaning.lower() for w in others), (grade, result.meaning)
        assert result.status is status and result.missing == () and result.band == str(grade)
        assert result.total == (grade if isinstance(grade, int) else None)
    missing = scale(None)
    assert missing.missing == ("grade",) and missing.meaning is None and missing.display is None


def test_scale_tables_hold_exactly_the_published_grades() -> None:
    assert set(scales.KPS) == set(KPS) and set(scales.ECOG) == set(ECOG) and set(scales.ASA) == set(ASA)
    assert set(scales.FRANKEL) == set(FRANKEL) and set(scales.MRC) == set(MRC) and set(scales.SCST) == set(SCST)


def test_scale_displays() -> None:
    assert scales.kps(70).display == "70 %"
    assert scales.ecog(2).display == "ECOG 2"
    assert scales.asa("III").display == "ASA III"
    assert scales.frankel("C").display == "Frankel C"
    assert scales.mrc_weakest(3, "right L2").display == "3/5 (right L2)"
    assert scales.mrc_weakest(4).display == "4/5"


def test_frankel_derived_from_ais_says_the_two_scales_differ() -> None:
    derived = scales.frankel(Input("C", Source.DERIVED, "from AIS C", derived_from=FROM_AIS))
    assert derived.notes and "AIS" in derived.notes[0]
    assert scales.frankel("C").notes == ()
    # the note follows where the grade came from, not the wording of the derivation
    assert scales.frankel(Input("C", Source.DERIVED, "from AIS C")).notes == ()


@pytest.mark.parametrize(("type_", "expected"), SCST.items())
def test_scst_types_with_their_group(type_: int, expected: tuple[str, str]) -> None:
    group, words = expected
    result = scales.scst(type_, subject="lesion T12")
    assert result.band == group
    assert words in result.meaning.lower() and group in result.meaning.lower()
    assert result.status is Status.PROVISIONAL and result.subject == "lesion T12"
    assert result.display == f"Type {type_}"
    assert "not a score" in result.notes[0]


def test_scst_without_a_type_is_missing() -> None:
    result = scales.scst(None)
    assert result.missing == ("grade",) and result.band is None


def test_kps_ecog_mapping_is_that_of_ma_2010() -> None:
    assert scales.ECOG_TO_KPS_RANGE == MA_2010


@pytest.mark.parametrize("ecog", range(6))
@pytest.mark.parametrize("kps", range(0, 101, 10))
def test_kps_ecog_warning_allows_one_step_beside_the_ma_range(ecog: int, kps: int) -> None:
    low, high = MA_2010[ecog]
    warning = scales.kps_ecog_consistency(kps, ecog)
    assert (warning is None) is (low - 10 <= kps <= high + 10), (kps, ecog, warning)
    if warning is not None:
        assert f"Karnofsky {kps} %" in warning and f"ECOG {ecog}" in warning
        assert f"{low}–{high} %" in warning and "Ma C" in warning


def test_kps_ecog_warning_needs_both_values() -> None:
    assert scales.kps_ecog_consistency(None, 4) is None
    assert scales.kps_ecog_consistency(100, None) is None


# -- scores named but not computed (scores-radiotherapy.md §4-§12, scores-surgical.md §12-§13) --

REFERENCE = {
    "rades_mscc_2008": ["20–45", "20–25 4 %", "26–30 11 %", "31–35 48 %", "36–40 87 %", "41–45 99 %",
                        "20–30 14 %", "31–35 56 %", "36–45 80 %"],
    "rades_ambulatory_2008": ["21–44", "≤28 6 %", "29–31 44 %", "32–34 70 %", "35–37 86 %", "≥38 99 %"],
    "rades_mescc_2022": ["8–18", "8–9 12.8 %", "10–13 34.7 %", "14–17 62.8 %", "18 90.0 %"],
    "rades_ambulatory_2022": ["17–37", "17–21 10 %", "22–31 65 %", "32–37 97 %"],
    "rades_bone_2019": ["8–9 / 10–14 / 15–17", "9 / 38 / 72 %", "unverified"],
    "westhoff": ["3, 6, 9, 12 and 18 months"],
    "bollen": ["80–100 vs 10–70", "31.2 / 15.4 / 4.8 / 1.6 months"],
    "rades_tumour_specific": ["19–24", "49 / 74 / 93 %", "20–39", "6.5 / 44.6 / 95.8 %", "5–20",
                              "5 / 41 / 92 %", "6–19", "6 / 29 / 78 %"],
    "sorg": ["30/90/365-day"],
    "taneichi": ["costovertebral"],
}


def test_every_unverified_score_is_named_with_its_published_groups_and_never_computed() -> None:
    results = reference_results()
    assert [r.score_id for r in results] == list(REFERENCE) == [r.id for r in REFERENCE_SCORES]
    for result in results:
        for text in REFERENCE[result.score_id]:
            assert text in result.meaning, (result.score_id, text)
        assert result.status is Status.NOT_COMPUTED and not result.complete and result.total is None
        assert result.notes and result.citation
    mscc = next(r for r in results if r.score_id == "rades_mscc_2008")
    assert "38 %" not in mscc.meaning  # the guideline's unsupported figure (scores-radiotherapy.md §7)
    assert "8 or 7" in mscc.notes[0] and "7 or 8" in mscc.notes[0]  # the two disputed cells
