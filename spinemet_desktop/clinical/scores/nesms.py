"""NESMS — New England Spinal Metastasis Score.

Ghori AK, Leonard DA, Schoenfeld AJ, et al. Modeling 1-year survival after surgery on the
metastatic spine. Spine J 2015;15(11):2345-2350; named in Schoenfeld AJ et al. Spine J
2016;16(4):482-490. Weights and ceiling VERIFIED (secondary) (scores-surgical.md §6).
Albumin >= 3.5 g/dL = 35 g/L. Per-score survival percentages are unverified and not shown.
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

CITATION = "Ghori AK et al. Spine J 2015;15(11):2345-2350; Schoenfeld AJ et al. Spine J 2016;16(4):482-490"
ALBUMIN_THRESHOLD_G_PER_L = 35.0


def _bauer_points(value: Any) -> int | None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 4:
        return None
    return 2 if value >= 3 else 0


def _albumin_points(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    return 1 if value >= ALBUMIN_THRESHOLD_G_PER_L else 0


SPEC = ScoreSpec(
    id="nesms",
    name=N_("NESMS (New England Spinal Metastasis Score)"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("bauer_modified", N_("Modified Bauer score ≥ 3"), _bauer_points),
        ItemSpec("independent_ambulation", N_("Independently ambulatory"), {True: 1, False: 0}),
        ItemSpec("albumin_g_per_l", N_("Serum albumin ≥ 35 g/L (3.5 g/dL)"), _albumin_points,
                 "labs.albumin"),
    ),
    bands=(
        Band("0", 0, 0, "0", N_("Lowest 1-year survival (worse than score 1).")),
        Band("1", 1, 1, "1", N_("Odds of 1-year mortality 31.3 × those of score 3 (Schoenfeld 2021).")),
        Band("2", 2, 2, "2", N_("Odds of 1-year mortality 7.0 × those of score 3 (Schoenfeld 2021).")),
        Band("3", 3, 3, "3", N_("Best 1-year survival (reference group).")),
    ),
    score_range=(0, 3),
    cap=3,
    verification=(
        (N_("The definition of 'independent ambulation' (with or without an aid) and the albumin "
        "cut-off wording are unverified against Ghori 2015.")),
    ),
    version="2015",
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)
