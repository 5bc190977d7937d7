"""Tomita prognostic score (surgical strategy score, 2001).

Tomita K, Kawahara N, Kobayashi T, et al. Surgical strategy for spinal metastases. Spine
2001;26(3):298-306. VERIFIED (secondary) (scores-surgical.md §3a). Rapid growth scores 4 (a
circulating review's "3" cannot give the published 2-10 range). The growth category is chosen by
the clinician; the examples are those of the original figure.
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

CITATION = "Tomita K et al. Spine 2001;26(3):298-306"

GROWTH_EXAMPLES = {
    "slow": "e.g. breast, thyroid (secondary sources add prostate)",
    "moderate": "e.g. kidney, uterus",
    "rapid": "e.g. lung, stomach (secondary sources add unknown primary)",
}

SPEC = ScoreSpec(
    id="tomita",
    name=N_("Tomita prognostic score"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("growth", N_("Primary tumour growth"), {"slow": 1, "moderate": 2, "rapid": 4},
                 "history.tomita_growth"),
        ItemSpec("visceral", N_("Visceral metastases"), {"none": 0, "treatable": 2, "untreatable": 4},
                 "imaging.visceral_metastases"),
        ItemSpec("bone", N_("Bone metastases (including spine)"), {"solitary": 1, "multiple": 2},
                 "imaging.extraspinal_bone_foci"),
    ),
    bands=(
        Band("2_3", 2, 3, "2–3", N_("Long-term local control: wide or marginal excision.")),
        Band("4_5", 4, 5, "4–5", N_("Middle-term local control: marginal or intralesional excision.")),
        Band("6_7", 6, 7, "6–7", N_("Short-term palliation: palliative surgery.")),
        Band("8_10", 8, 10, "8–10", N_("Terminal care: non-operative supportive care.")),
    ),
    score_range=(2, 10),
    version="2001",
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)
