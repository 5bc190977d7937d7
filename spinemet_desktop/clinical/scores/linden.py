"""van der Linden survival score (Dutch Bone Metastasis Study).

van der Linden YM, Dijkstra SPDS, Vonk EJA, et al. Prediction of survival in patients with
metastases in the spinal column: results based on a randomized trial of radiotherapy. Cancer
2005;103(2):320-328. Points VERIFIED (secondary), groups and medians VERIFIED
(scores-radiotherapy.md §3). Group A median survival is 3.0 months (not 3.9). Developed in
patients with painful spinal metastases without neurological impairment; KPS < 20 is outside
the published categories.
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

CITATION = "van der Linden YM et al. Cancer 2005;103(2):320-328"


def _kps_points(kps: Any) -> int | None:
    if not isinstance(kps, int) or isinstance(kps, bool):
        return None
    if 80 <= kps <= 100:
        return 2
    if 50 <= kps <= 70:
        return 1
    if 20 <= kps <= 40:
        return 0
    return None


SPEC = ScoreSpec(
    id="linden",
    name=N_("van der Linden survival score"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("kps", N_("Karnofsky performance status"), _kps_points, "history.karnofsky"),
        ItemSpec("primary", N_("Primary tumour"), {"breast": 3, "prostate": 2, "lung": 1, "other": 0},
                 "history.primary_tumour"),
        ItemSpec("visceral_metastases", N_("Visceral metastases"), {False: 1, True: 0},
                 "imaging.visceral_metastases"),
    ),
    bands=(
        Band("A", 0, 3, N_("A (0–3)"), N_("Median survival 3.0 months.")),
        Band("B", 4, 5, N_("B (4–5)"), N_("Median survival 9.0 months.")),
        Band("C", 6, 6, N_("C (6)"), N_("Median survival 18.7 months.")),
    ),
    score_range=(0, 6),
    notes=(N_("Derived in patients with painful spinal metastases without neurological deficit."),),
    version="2005",
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)
