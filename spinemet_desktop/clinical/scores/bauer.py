"""Bauer score (1995) and modified Bauer score (Leithner 2008).

Bauer HC, Wedin R. Survival after surgery for spinal and extremity metastases. Acta Orthop Scand
1995;66(2):143-146. Leithner A, Radl R, Gruber G, et al. Predictive value of seven preoperative
prognostic scoring systems for spinal metastases. Eur Spine J 2008;17(11):1488-1495.
Both VERIFIED (secondary) (scores-surgical.md §5). One point per favourable factor; the inputs are
the facts as they are (a pathological fracture present = True scores 0 for that item). The
published factors are worded as the favourable state ("no pathological fracture"); the item labels
name the fact and say when it scores, so that "yes" next to a label reads as the fact.
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

CITATION = "Bauer HC, Wedin R. Acta Orthop Scand 1995;66(2):143-146"
CITATION_MODIFIED = "Leithner A et al. Eur Spine J 2008;17(11):1488-1495"

_ABSENT_SCORES = {False: 1, True: 0}
_PRESENT_SCORES = {True: 1, False: 0}

FRACTURE = ItemSpec("pathological_fracture", N_("Pathological fracture (point if absent)"), _ABSENT_SCORES)
VISCERAL = ItemSpec("visceral_metastases", N_("Visceral metastases (point if absent)"), _ABSENT_SCORES,
                    "imaging.visceral_metastases")
SOLITARY = ItemSpec("solitary_skeletal_metastasis", N_("Solitary skeletal metastasis"), _PRESENT_SCORES,
                    "imaging.extraspinal_bone_foci")
LUNG = ItemSpec("lung_cancer", N_("Lung cancer (point if absent)"), _ABSENT_SCORES, "history.primary_tumour")
FAVOURABLE = ItemSpec("favourable_primary", N_("Primary: breast, kidney, lymphoma or myeloma"),
                      _PRESENT_SCORES, "history.primary_tumour")

FAVOURABLE_PRIMARIES = frozenset({"breast", "kidney", "lymphoma", "myeloma"})

SPEC = ScoreSpec(
    id="bauer",
    name=N_("Bauer score"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(FRACTURE, VISCERAL, SOLITARY, LUNG, FAVOURABLE),
    bands=(
        Band("0_1", 0, 1, "0–1", N_("All patients died within 6 months.")),
        Band("2_3", 2, 3, "2–3", N_("1-year survival about 25 %.")),
        Band("4_5", 4, 5, "4–5", N_("1-year survival about 50 %.")),
    ),
    score_range=(0, 5),
    version=N_("1995 original (5 items)"),
    verification=(N_("One secondary source words the visceral item as 'no visceral or brain metastases'."),),
)

SPEC_MODIFIED = ScoreSpec(
    id="bauer_modified",
    name=N_("Modified Bauer score"),
    citation=CITATION_MODIFIED,
    status=Status.VERIFIED_SECONDARY,
    items=(VISCERAL, LUNG, FAVOURABLE, SOLITARY),
    bands=(
        Band("0_1", 0, 1, "0–1", N_("Supportive care, no surgery.")),
        Band("2", 2, 2, "2", N_("Short-term palliation: posterior (dorsal) surgery.")),
        Band("3_4", 3, 4, "3–4",
             N_("Middle-term local control: combined anterior-posterior (ventral-dorsal) surgery.")),
    ),
    score_range=(0, 4),
    version=N_("2008 modification (4 items, without the fracture item)"),
    verification=(N_("Per-band survival figures of Leithner 2008 are unverified and not shown."),),
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)


def compute_modified(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC_MODIFIED, inputs)
