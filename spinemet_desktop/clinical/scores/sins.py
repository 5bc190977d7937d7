"""SINS — Spinal Instability Neoplastic Score.

Fisher CG, DiPaola CP, Ryken TC, et al. A novel classification system for spinal instability in
neoplastic disease. Spine 2010;35(22):E1221-E1229. Table as in shared/clinical/scores-surgical.md §1
(VERIFIED (secondary), four concordant sources); guideline Tab. 4 and Empfehlung 25.
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
from spinemet_desktop.model.levels import level_range
from spinemet_desktop.model.text import N_, fmt, join

CITATION = (
    "Fisher CG et al. Spine 2010;35(22):E1221-E1229 (SOSG); S2k-Leitlinie Wirbelsäulenmetastasen "
    "Tab. 4, Empfehlung 25"
)

#: Location by level (scores-surgical.md §1 "Level coverage check"); the coccyx is not covered.
_LOCATION_BY_LEVEL: dict[str, str] = {}
for _first, _last, _location in (
    ("C0", "C2", "junctional"),
    ("C3", "C6", "mobile"),
    ("C7", "T2", "junctional"),
    ("T3", "T10", "semi_rigid"),
    ("T11", "L1", "junctional"),
    ("L2", "L4", "mobile"),
    ("L5", "S1", "junctional"),
    ("S2", "S5", "rigid"),
):
    for _level in level_range(_first, _last):
        _LOCATION_BY_LEVEL[_level] = _location

#: The lowest and highest possible total.
SCORE_RANGE: tuple[int, int] = (0, 18)

SPEC = ScoreSpec(
    id="sins",
    name=N_("SINS (Spinal Instability Neoplastic Score)"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("location", N_("Location"),
                 {"junctional": 3, "mobile": 2, "semi_rigid": 1, "rigid": 0}),
        ItemSpec("pain", N_("Pain"),
                 {"mechanical": 3, "occasional_non_mechanical": 1, "pain_free": 0}),
        ItemSpec("bone_lesion", N_("Bone lesion"), {"lytic": 2, "mixed": 1, "blastic": 0}),
        ItemSpec("alignment", N_("Radiographic spinal alignment"),
                 {"subluxation_translation": 4, "de_novo_deformity": 2, "normal": 0}),
        ItemSpec("collapse", N_("Vertebral body collapse"),
                 {"gt50": 3, "lt50": 2, "no_collapse_gt50_involved": 1, "none": 0}),
        ItemSpec("posterolateral", N_("Posterolateral involvement of spinal elements"),
                 {"bilateral": 3, "unilateral": 1, "none": 0}),
    ),
    bands=(
        Band("stable", 0, 6, N_("stable"), N_("Stable (0–6).")),
        Band("potentially_unstable", 7, 12, N_("potentially unstable (indeterminate)"),
             N_("Indeterminate, possibly impending instability (7–12): surgical consultation.")),
        Band("unstable", 13, 18, N_("unstable"), N_("Unstable (13–18): surgical consultation.")),
    ),
    score_range=SCORE_RANGE,
    version="2010",
)
#: The bands by id: the thresholds other modules use are read from the table above, not repeated.
BANDS: dict[str, Band] = {band.id: band for band in SPEC.bands}
#: A total at or above this is unstable (13; E 25).
UNSTABLE_FROM: int = BANDS["unstable"].low


LOCATION_WORDS = {"junctional": N_("junctional"), "mobile": N_("mobile"), "semi_rigid": N_("semi-rigid"),
                  "rigid": N_("rigid")}


def location_for_levels(first: str, last: str | None = None) -> tuple[str | None, str]:
    """SINS location of a lesion from its level(s), with the reason.

    A lesion spanning two location categories has no published rule (scores-surgical.md §1,
    UNVERIFIED): the clinician must choose, so None is returned.
    """
    levels = level_range(first, last or first)
    locations = {_LOCATION_BY_LEVEL[level] for level in levels}
    label = first if not last or last == first else f"{first}–{last}"
    if len(locations) > 1:
        return None, fmt(N_("lesion %1 spans %2 segments; no published rule — choose the location"),
                         label, join(" + ", (LOCATION_WORDS[x] for x in sorted(locations))))
    return locations.pop(), fmt(N_("from lesion level %1"), label)


def compute(inputs: Mapping[str, Any], *, subject: str = "") -> ScoreResult:
    return score_points(SPEC, inputs, subject=subject)


__all__ = ["BANDS", "CITATION", "SCORE_RANGE", "SPEC", "UNSTABLE_FROM", "compute", "location_for_levels"]
