"""Rades score for death within 2 months in metastatic spinal cord compression (2013).

Cancer 2013, doi:10.1002/cncr.27849 (Lübeck / Mayo Clinic Scottsdale). Points VERIFIED
(secondary; medicalalgorithms.com, cross-checked by Bollen's thesis) — scores-radiotherapy.md §13.
Higher is worse; >= 19 points flags likely death within 2 months (sens 81 %, spec 84 %; the
abstract also reports >= 24 with specificity 99.8 %).
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

CITATION = "Rades D et al. Cancer 2013, doi:10.1002/cncr.27849"
CUT_OFF = 19


def _ecog_points(ecog: Any) -> int | None:
    if not isinstance(ecog, int) or isinstance(ecog, bool):
        return None
    if 0 <= ecog <= 2:
        return 0
    if ecog in (3, 4):
        return 4
    return None


def _interval_points(months: Any) -> int | None:
    if isinstance(months, bool) or not isinstance(months, (int, float)) or months < 0:
        return None
    return 3 if months <= 15 else 1


def _motor_days_points(days: Any) -> int | None:
    if isinstance(days, bool) or not isinstance(days, (int, float)) or days < 0:
        return None
    return 4 if days <= 7 else 1


SPEC = ScoreSpec(
    id="rades_death_2m",
    name=N_("Rades score: death within 2 months (MSCC)"),
    citation=CITATION,
    status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("ecog", N_("ECOG performance status"), _ecog_points, "history.ecog"),
        ItemSpec("tumour", N_("Tumour type"),
                 {"breast": 1, "prostate": 2, "myeloma_lymphoma": 1, "lung": 3, "other": 3},
                 "history.primary_tumour"),
        ItemSpec("other_bone_metastases", N_("Other bone metastases"), {False: 1, True: 3},
                 "imaging.extraspinal_bone_foci"),
        ItemSpec("visceral_metastases", N_("Visceral metastases"), {False: 1, True: 4},
                 "imaging.visceral_metastases"),
        ItemSpec("interval_months", N_("Interval from cancer diagnosis to MSCC (months)"),
                 _interval_points, "history.primary_diagnosis_date"),
        ItemSpec("ambulatory", N_("Ambulatory before radiotherapy"), {True: 1, False: 4}),
        ItemSpec("motor_deficit_days", N_("Time developing motor deficits (days)"), _motor_days_points),
    ),
    bands=(
        Band("below_cut_off", 6, CUT_OFF - 1, "< 19",
             N_("Below the cut-off for likely death within 2 months.")),
        Band("likely_death_2m", CUT_OFF, 25, "≥ 19",
             N_("Likely death within 2 months (cut-off 19: sensitivity 81 %, specificity 84 %); "
             "candidates for best supportive care may be discussed.")),
    ),
    score_range=(6, 25),
    verification=(
        (N_("The paper's lowest ECOG group may be '1–2' rather than '2'; ECOG 0–1 lies outside the "
        "derivation data.")),
    ),
    version="2013",
)


def compute(inputs: Mapping[str, Any]) -> ScoreResult:
    return score_points(SPEC, inputs)
