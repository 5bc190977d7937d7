"""Performance and grading scales: KPS, ECOG, ASA, Frankel, MRC/Janda, and the SCST types.

Descriptions are paraphrases of the standard wordings in shared/clinical/scores-surgical.md §7-§9
and §3b. These are scales, not sums: each result shows the grade and its meaning. KPS and ECOG
are never converted silently; :func:`kps_ecog_consistency` only warns when both are entered.
"""

from __future__ import annotations

from spinemet_desktop.clinical.result import Input, ItemResult, ScoreResult, Status, as_input

KPS_CITATION = "Karnofsky DA, Burchenal JH 1949"
ECOG_CITATION = "Oken MM et al. Am J Clin Oncol 1982;5(6):649-655"
ASA_CITATION = "American Society of Anesthesiologists, ASA Physical Status Classification System"
FRANKEL_CITATION = "Frankel HL et al. Paraplegia 1969;7:179-192"
MRC_CITATION = "Medical Research Council, Aids to the examination of the peripheral nervous system (1976)"
SCST_CITATION = "Tomita K et al. Spine 1997;22:324-333 (surgical classification of spinal tumours)"
KPS_ECOG_CITATION = "Ma C et al. Eur J Cancer 2010;46:3175 (empirical KPS-ECOG mapping)"

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
ECOG = {
    0: "Fully active; able to carry on all pre-disease performance without restriction",
    1: "Restricted in physically strenuous activity but ambulatory and able to do light work",
    2: "Ambulatory and capable of all self-care but unable to work; up and about > 50 % of waking hours",
    3: "Capable of only limited self-care; confined to bed or chair > 50 % of waking hours",
    4: "Completely disabled; no self-care; totally confined to bed or chair",
    5: "Dead",
}
ASA = {
    "I": "A normal healthy patient",
    "II": "A patient with mild systemic disease",
    "III": "A patient with severe systemic disease",
    "IV": "A patient with severe systemic disease that is a constant threat to life",
    "V": "A moribund patient who is not expected to survive without the operation",
    "VI": "A declared brain-dead patient whose organs are being removed for donor purposes",
}
FRANKEL = {
    "A": "Complete: no motor or sensory function below the lesion",
    "B": "Sensory only: some sensation preserved below the lesion, no motor function",
    "C": "Motor useless: some voluntary motor function, too weak for useful purpose",
    "D": "Motor useful: functionally useful voluntary motor function below the lesion",
    "E": "Normal motor and sensory function",
}
MRC = {
    0: "No contraction",
    1: "Flicker or trace of contraction",
    2: "Active movement, with gravity eliminated",
    3: "Active movement against gravity",
    4: "Active movement against gravity and resistance",
    5: "Normal power",
}
#: Tomita SCST types — PROVISIONAL (scores-surgical.md §3b and verification round 2).
SCST = {
    1: ("intracompartmental", "Vertebral body only"),
    2: ("intracompartmental", "Pedicle extension"),
    3: ("intracompartmental", "Body–lamina extension"),
    4: ("extracompartmental", "Spinal canal (epidural) extension"),
    5: ("extracompartmental", "Paravertebral extension"),
    6: ("extracompartmental", "Adjacent vertebral involvement"),
    7: ("multiple", "Multiple / skip lesions"),
}
#: Ma 2010 empirical mapping ECOG -> KPS range, used only to warn about inconsistency.
ECOG_TO_KPS_RANGE = {0: (100, 100), 1: (80, 90), 2: (60, 70), 3: (40, 50), 4: (10, 30), 5: (0, 0)}


def _scale(
    score_id: str,
    name: str,
    value: object,
    table: dict,  # type: ignore[type-arg]
    citation: str,
    status: Status,
    display: str,
    band: str | None = None,
    notes: tuple[str, ...] = (),
    item_label: str = "Grade",
    subject: str = "",
) -> ScoreResult:
    given = as_input(value)
    item = ItemResult("grade", item_label, given.value, None, given.source, given.derivation, given.field)
    if given.value is None:
        return ScoreResult(score_id, name, None, None, None, None, None, (item,), ("grade",),
                           citation, status, notes, None, subject)
    return ScoreResult(
        score_id, name, given.value if isinstance(given.value, int) else None, display,
        band if band is not None else str(given.value), display, table[given.value], (item,), (),
        citation, status, notes, None, subject,
    )


def kps(value: int | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("kps", "Karnofsky performance status", given, KPS, KPS_CITATION,
                  Status.VERIFIED, f"{given.value} %", item_label="Karnofsky index")


def ecog(value: int | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("ecog", "ECOG performance status", given, ECOG, ECOG_CITATION,
                  Status.VERIFIED, f"ECOG {given.value}", item_label="ECOG grade")


def asa(value: str | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("asa", "ASA physical status", given, ASA, ASA_CITATION, Status.VERIFIED,
                  f"ASA {given.value}", item_label="ASA class")


def frankel(value: str | None | Input) -> ScoreResult:
    given = as_input(value)
    notes = ()
    if given.derivation and "AIS" in given.derivation:
        notes = (("Derived from the AIS grade; AIS C/D are defined by key-muscle grades, Frankel "
                 "C/D by usefulness of motor function — enter the Frankel grade if they differ."),)
    return _scale("frankel", "Frankel grade", given, FRANKEL, FRANKEL_CITATION,
                  Status.VERIFIED_SECONDARY, f"Frankel {given.value}", notes=notes)


def mrc_weakest(grade: int | None | Input, muscles: str = "") -> ScoreResult:
    """The weakest key-muscle grade of the latest exam, on the MRC/Janda 0-5 scale."""
    given = as_input(grade)
    return _scale("mrc", "MRC / Janda muscle grade (weakest key muscle)", given, MRC, MRC_CITATION,
                  Status.VERIFIED, f"{given.value}/5" + (f" ({muscles})" if muscles else ""),
                  item_label="Weakest key muscle")


def scst(value: int | None | Input, *, subject: str = "") -> ScoreResult:
    given = as_input(value)
    table = {k: f"{desc} ({group})" for k, (group, desc) in SCST.items()}
    band = SCST[given.value][0] if given.value in SCST else None
    return _scale(
        "scst", "Tomita surgical classification (SCST)", given, table, SCST_CITATION,
        Status.PROVISIONAL, f"Type {given.value}", band=band,
        notes=(("Provisional — type wording not yet verified against Tomita 1997. A descriptive "
               "anatomical classification, not a score."),),
        item_label="SCST type", subject=subject,
    )


def kps_ecog_consistency(kps_value: int | None, ecog_value: int | None) -> str | None:
    """A warning when KPS and ECOG disagree by the Ma 2010 mapping (never a conversion)."""
    if kps_value is None or ecog_value is None:
        return None
    low, high = ECOG_TO_KPS_RANGE[ecog_value]
    if low - 10 <= kps_value <= high + 10:
        return None
    return (
        f"Karnofsky {kps_value} % and ECOG {ecog_value} do not match (ECOG {ecog_value} corresponds "
        f"to roughly KPS {low}–{high} % by {KPS_ECOG_CITATION}); check both entries."
    )
