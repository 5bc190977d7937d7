"""ESCC — Epidural Spinal Cord Compression scale (Bilsky grade).

Bilsky MH, Laufer I, Fourney DR, et al. Reliability analysis of the epidural spinal cord
compression scale. J Neurosurg Spine 2010;13(3):324-328. Grades VERIFIED (scores-surgical.md §2).
Grades 2-3 are high-grade (all sources agree). Where 1c belongs is disputed: it is shown as its
own "borderline" state and never binned automatically.
"""

from __future__ import annotations

from spinemet_desktop.clinical.result import Input, ItemResult, ScoreResult, Status, as_input
from spinemet_desktop.model.enums import EsccGrade
from spinemet_desktop.model.text import N_, fmt

CITATION = "Bilsky MH et al. J Neurosurg Spine 2010;13(3):324-328"
VERSION = "2010"
NAME = N_("ESCC (Bilsky grade)")

#: The grades in order of severity (the case model's vocabulary).
GRADES: tuple[str, ...] = tuple(grade.value for grade in EsccGrade)
RANK = {grade: i for i, grade in enumerate(GRADES)}
DEFINITIONS = {
    "0": N_("Bone-only disease"),
    "1a": N_("Epidural impingement, no deformation of the thecal sac"),
    "1b": N_("Thecal sac deformed, spinal cord not abutted"),
    "1c": N_("Thecal sac deformed and spinal cord abutted, but not compressed"),
    "2": N_("Spinal cord compressed, CSF still visible around the cord"),
    "3": N_("Spinal cord compressed, no CSF visible around the cord"),
}
_BANDS = {
    "0": ("low_grade", N_("low-grade")),
    "1a": ("low_grade", N_("low-grade")),
    "1b": ("low_grade", N_("low-grade")),
    "1c": ("borderline", N_("borderline (1c) — discuss")),
    "2": ("high_grade", N_("high-grade")),
    "3": ("high_grade", N_("high-grade")),
}
_MEANING = {
    "low_grade": N_("Low-grade compression (0–1b)."),
    "borderline": N_("1c: sources disagree whether 1c is low- or high-grade; discuss in the tumour board."),
    "high_grade": N_("High-grade epidural spinal cord compression (2–3)."),
}


def is_high_grade(grade: str | None) -> bool | None:
    return None if grade is None else RANK[grade] >= RANK["2"]


#: The grades that compress the cord (2 and 3).
HIGH_GRADES: tuple[str, ...] = tuple(grade for grade in GRADES if is_high_grade(grade))


def compute(grade: str | None | Input, *, subject: str = "") -> ScoreResult:
    given = as_input(grade)
    item = ItemResult(id="grade", label=N_("ESCC grade"), value=given.value, points=None, source=given.source,
                      derivation=given.derivation, field=given.field)
    if given.value is None:
        return ScoreResult(score_id="escc", name=NAME, total=None, display=None, band=None, band_label=None,
                           meaning=None, items=(item,), missing=("grade",), citation=CITATION,
                           status=Status.VERIFIED, subject=subject, version=VERSION)
    value = str(given.value)
    band, label = _BANDS[value]
    notes = (N_("Grade 1c is shown as borderline; the sources disagree on its binning."),) if value == "1c" else ()
    return ScoreResult(
        score_id="escc", name=NAME, total=None, display=value, band=band, band_label=label,
        meaning=fmt("%1. %2", DEFINITIONS[value], _MEANING[band]), items=(item,), missing=(), citation=CITATION,
        status=Status.VERIFIED, notes=notes, subject=subject, version=VERSION,
    )


__all__ = ["CITATION", "DEFINITIONS", "GRADES", "HIGH_GRADES", "RANK", "compute", "is_high_grade"]
