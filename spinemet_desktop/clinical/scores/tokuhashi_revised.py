"""Revised Tokuhashi score (2005).

Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J. A revised scoring system for preoperative
evaluation of metastatic spine tumor prognosis. Spine 2005;30(19):2186-2191. VERIFIED
(scores-surgical.md §4; NICE CG75 appendix reproduction). The vertebral-body row is
>=3 / 2 / 1 -> 0 / 1 / 2 (two reproductions print 1-2 / 0; flagged for a final check).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spinemet_desktop.clinical.result import (
    Band,
    ItemSpec,
    ScoreResult,
    ScoreSpec,
    Status,
    score_points,
)
from spinemet_desktop.model.text import N_

CITATION = "Tokuhashi Y et al. Spine 2005;30(19):2186-2191"

PRIMARY_POINTS = {
    "lung": 0, "osteosarcoma": 0, "stomach": 0, "bladder": 0, "esophagus": 0, "pancreas": 0,
    "liver": 1, "gallbladder": 1, "unidentified": 1,
    "other": 2,
    "kidney": 3, "uterus": 3,
    "rectum": 4,
    "thyroid": 5, "breast": 5, "prostate": 5, "carcinoid": 5,
}


def _kps_points(kps: Any) -> int | None:
    if not isinstance(kps, int) or isinstance(kps, bool):
        return None
    if 10 <= kps <= 40:
        return 0
    if 50 <= kps <= 70:
        return 1
    if 80 <= kps <= 100:
        return 2
    return None


def _count(thresholds: tuple[tuple[int, int], ...], minimum: int) -> Any:
    def points(value: Any) -> int | None:
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            return None
        for at_least, pts in thresholds:
            if value >= at_least:
                return pts
        return None

    return points


SPEC = ScoreSpec(
    id="tokuhashi_revised",
    name=N_("Revised Tokuhashi score"),
    citation=CITATION,
    status=Status.VERIFIED,
    items=(
        ItemSpec("kps", N_("General condition (Karnofsky)"), _kps_points, "history.karnofsky"),
        ItemSpec("extraspinal_bone_foci", N_("Extraspinal bone metastasis foci"),
                 _count(((3, 0), (1, 1), (0, 2)), 0), "imaging.extraspinal_bone_foci"),
        ItemSpec("vertebral_body_metastases", N_("Metastases in the vertebral body"),
                 _count(((3, 0), (2, 1), (1, 2)), 1), "imaging.vertebral_metastases_count"),
        ItemSpec("major_organ_metastases", N_("Metastases to major internal organs"),
                 {"unremovable": 0, "removable": 1, "none": 2}, "imaging.visceral_metastases"),
        ItemSpec("primary", N_("Primary site"), PRIMARY_POINTS, "history.primary_tumour"),
        ItemSpec("frankel", N_("Palsy (Frankel)"), {"A": 0, "B": 0, "C": 1, "D": 1, "E": 2}),
    ),
    bands=(
        Band("lt_6_months", 0, 8, N_("< 6 months"),
             N_("Predicted survival < 6 months: conservative treatment or palliative surgery.")),
        Band("gte_6_months", 9, 11, N_("≥ 6 months"),
             N_("Predicted survival ≥ 6 months: palliative surgery; excisional surgery if a single "
             "spinal lesion and no major-organ metastases.")),
        Band("gte_1_year", 12, 15, N_("≥ 1 year"), N_("Predicted survival ≥ 1 year: excisional surgery.")),
    ),
    score_range=(0, 15),
    verification=(
        (N_("Vertebral-body row as ≥3 / 2 / 1 → 0 / 1 / 2; two reproductions differ — check against "
        "the 2005 paper.")),
    ),
    version=N_("2005 revision (not the 1990 score)"),
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)
