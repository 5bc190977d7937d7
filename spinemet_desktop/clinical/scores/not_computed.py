"""Scores the guideline cites whose point tables are not verified: named, never computed.

The published groups and outcomes are shown as reference text so the clinician knows the scores
exist (shared/clinical/scores-radiotherapy.md §4-§12, scores-surgical.md §12-§13). Computing any
of them needs the paper's table transcribed and checked by two people first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.clinical.result import ScoreResult, Status
from spinemet_desktop.model.text import N_


@dataclass(frozen=True, slots=True)
class ReferenceScore:
    id: str
    name: str
    citation: str
    reason: str
    reference: str


REFERENCE_SCORES: tuple[ReferenceScore, ...] = (
    ReferenceScore(
        "rades_mscc_2008",
        N_("Rades MSCC survival score (2008) and its 2010 simplification"),
        "Rades D, Dunst J, Schild SE. Cancer 2008;112(1):157-161; Rades D et al. Cancer 2010",
        N_("Two recalled versions of the point table differ in two cells (visceral metastases 'no' "
        "8 or 7; motor deficits > 14 days 7 or 8); a total near a group boundary cannot be trusted."),
        N_("Factors: tumour type, interval tumour diagnosis → MSCC, other bone metastases, visceral "
        "metastases, ambulatory status, time developing motor deficits (20–45 points). 6-month "
        "survival: 20–25 4 %, 26–30 11 %, 31–35 48 %, 36–40 87 %, 41–45 99 %. Simplified (2010): "
        "20–30 14 %, 31–35 56 %, 36–45 80 %."),
    ),
    ReferenceScore(
        "rades_ambulatory_2008",
        N_("Rades post-radiotherapy ambulatory-status score (2008, validated 2011)"),
        "Rades D et al. Int J Radiat Oncol Biol Phys 2008;72(3):905-908",
        N_("Point values per category not retrieved."),
        N_("21–44 points. Ambulatory after RT: ≤28 6 %, 29–31 44 %, 32–34 70 %, 35–37 86 %, "
        "≥38 99 %. Authors: ≤28 short-course RT or best supportive care; 29–37 consider surgery; "
        "≥38 RT alone is sufficient."),
    ),
    ReferenceScore(
        "rades_mescc_2022",
        N_("Rades MESCC survival score (2022)"),
        "Rades D et al. Pract Radiat Oncol 2022;12(4)",
        N_("Point values per category not retrieved."),
        N_("Tumour type, other distant lesions, ambulatory status (version A: 8–18 points). 6-month "
        "survival: 8–9 12.8 %, 10–13 34.7 %, 14–17 62.8 %, 18 90.0 %."),
    ),
    ReferenceScore(
        "rades_ambulatory_2022",
        N_("Rades ambulatory-status instrument (2022)"),
        "Rades D et al. Cancers 2022;14(15):3827",
        N_("Point values per category not retrieved."),
        N_("Primary tumour type, sensory deficits, sphincter dysfunction, pre-RT ambulatory status "
        "(17–37 points). Ambulatory after RT: 17–21 10 %, 22–31 65 %, 32–37 97 %."),
    ),
    ReferenceScore(
        "rades_bone_2019",
        N_("Rades survival score for irradiated bone metastases (2019)"),
        "Rades D et al. BMC Cancer 2019;19:1156",
        N_("Point values, groups and rates unverified."),
        N_("Karnofsky, primary tumour type, age. Reported groups 8–9 / 10–14 / 15–17 points with "
        "12-month survival 9 / 38 / 72 % (unverified)."),
    ),
    ReferenceScore(
        "westhoff",
        N_("Westhoff 'easy tool' survival table (2014)"),
        "Westhoff PG et al. Int J Radiat Oncol Biol Phys 2014;90(4):739-747",
        N_("The survival-probability table was not retrieved."),
        N_("Karnofsky × primary tumour (breast / prostate / lung / other), survival probabilities at "
        "3, 6, 9, 12 and 18 months."),
    ),
    ReferenceScore(
        "bollen",
        N_("Bollen risk-stratification model (2014)"),
        "Bollen L et al. Neuro-Oncology 2014;16(7):991-998",
        N_("Tumour-to-profile lists and several leaf assignments unverified."),
        N_("Clinical profile of the primary, KPS 80–100 vs 10–70, visceral/brain metastases → "
        "categories A–D, median survival 31.2 / 15.4 / 4.8 / 1.6 months."),
    ),
    ReferenceScore(
        "rades_tumour_specific",
        N_("Tumour-specific MSCC survival scores (myeloma, prostate, CUP, NSCLC, breast)"),
        "Douglas S, Rades D et al. 2012-2013 (BMC Cancer; Strahlenther Onkol)",
        N_("Point values per category not retrieved."),
        N_("Myeloma 19–24 points (12-month survival 49 / 74 / 93 %); prostate 20–39 (6-month 6.5 / "
        "44.6 / 95.8 %); CUP 5–20 (5 / 41 / 92 %); NSCLC 6–19 (6 / 29 / 78 %); breast: unverified."),
    ),
    ReferenceScore(
        "sorg",
        N_("SORG nomogram and SORG machine-learning algorithms"),
        "Paulino Pereira NR et al. J Bone Joint Surg Am 2016;98(21):1767-1776; Karhade AV et al. "
        "Neurosurgery 2019;85(4):E671-E681",
        N_("Not reproducible offline (boosted-tree ensemble hosted online; nomogram points unseen)."),
        N_("Predicts 30/90/365-day survival from clinical and laboratory inputs."),
    ),
    ReferenceScore(
        "taneichi",
        N_("Taneichi criteria for impending vertebral collapse"),
        "Taneichi H et al. Spine 1997;22(3):239-245",
        N_("Thresholds unverified."),
        N_("Percentage of vertebral body involvement with or without costovertebral / pedicle "
        "destruction (thoracic vs thoracolumbar spine)."),
    ),
)


def reference_results() -> tuple[ScoreResult, ...]:
    return tuple(
        ScoreResult(
            score_id=ref.id, name=ref.name, total=None, display=None, band=None, band_label=None,
            meaning=ref.reference, items=(), missing=(), citation=ref.citation,
            status=Status.NOT_COMPUTED, notes=(ref.reason,),
        )
        for ref in REFERENCE_SCORES
    )
