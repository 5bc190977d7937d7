"""Performance and grading scales: KPS, ECOG, ASA, Frankel, MRC/Janda, and the SCST types.

Descriptions are paraphrases of the standard wordings in shared/clinical/scores-surgical.md §7-§9
and §3b. These are scales, not sums: each result shows the grade and its meaning. KPS and ECOG
are never converted silently; :func:`kps_ecog_consistency` only warns when both are entered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spinemet_desktop.clinical.result import (
    FROM_AIS,
    Input,
    ItemResult,
    ScoreResult,
    Status,
    as_input,
)
from spinemet_desktop.model.text import N_, fmt

KPS_CITATION = "Karnofsky DA, Burchenal JH 1949"
ECOG_CITATION = "Oken MM et al. Am J Clin Oncol 1982;5(6):649-655"
ASA_CITATION = "American Society of Anesthesiologists, ASA Physical Status Classification System"
FRANKEL_CITATION = "Frankel HL et al. Paraplegia 1969;7:179-192"
MRC_CITATION = "Medical Research Council, Aids to the examination of the peripheral nervous system (1976)"
SCST_CITATION = "Tomita K et al. Spine 1997;22:324-333 (surgical classification of spinal tumours)"
KPS_ECOG_CITATION = "Ma C et al. Eur J Cancer 2010;46:3175 (empirical KPS-ECOG mapping)"

KPS = {
    100: N_("Normal; no complaints; no evidence of disease"),
    90: N_("Able to carry on normal activity; minor signs or symptoms of disease"),
    80: N_("Normal activity with effort; some signs or symptoms of disease"),
    70: N_("Cares for self; unable to carry on normal activity or to do active work"),
    60: N_("Requires occasional assistance, but able to care for most personal needs"),
    50: N_("Requires considerable assistance and frequent medical care"),
    40: N_("Disabled; requires special care and assistance"),
    30: N_("Severely disabled; hospital admission indicated, although death not imminent"),
    20: N_("Very sick; hospital admission necessary; active supportive treatment necessary"),
    10: N_("Moribund; fatal processes progressing rapidly"),
    0: N_("Dead"),
}
ECOG = {
    0: N_("Fully active; able to carry on all pre-disease performance without restriction"),
    1: N_("Restricted in physically strenuous activity but ambulatory and able to do light work"),
    2: N_("Ambulatory and capable of all self-care but unable to work; up and about > 50 % of waking hours"),
    3: N_("Capable of only limited self-care; confined to bed or chair > 50 % of waking hours"),
    4: N_("Completely disabled; no self-care; totally confined to bed or chair"),
    5: N_("Dead"),
}
ASA = {
    "I": N_("A normal healthy patient"),
    "II": N_("A patient with mild systemic disease"),
    "III": N_("A patient with severe systemic disease"),
    "IV": N_("A patient with severe systemic disease that is a constant threat to life"),
    "V": N_("A moribund patient who is not expected to survive without the operation"),
    "VI": N_("A declared brain-dead patient whose organs are being removed for donor purposes"),
}
FRANKEL = {
    "A": N_("Complete: no motor or sensory function below the lesion"),
    "B": N_("Sensory only: some sensation preserved below the lesion, no motor function"),
    "C": N_("Motor useless: some voluntary motor function, too weak for useful purpose"),
    "D": N_("Motor useful: functionally useful voluntary motor function below the lesion"),
    "E": N_("Normal motor and sensory function"),
}
MRC = {
    0: N_("No contraction"),
    1: N_("Flicker or trace of contraction"),
    2: N_("Active movement, with gravity eliminated"),
    3: N_("Active movement against gravity"),
    4: N_("Active movement against gravity and resistance"),
    5: N_("Normal power"),
}
#: Tomita SCST types — PROVISIONAL (scores-surgical.md §3b and verification round 2).
SCST = {
    1: ("intracompartmental", N_("Vertebral body only")),
    2: ("intracompartmental", N_("Pedicle extension")),
    3: ("intracompartmental", N_("Body–lamina extension")),
    4: ("extracompartmental", N_("Spinal canal (epidural) extension")),
    5: ("extracompartmental", N_("Paravertebral extension")),
    6: ("extracompartmental", N_("Adjacent vertebral involvement")),
    7: ("multiple", N_("Multiple / skip lesions")),
}
SCST_GROUPS = {"intracompartmental": N_("intracompartmental"), "extracompartmental": N_("extracompartmental"),
               "multiple": N_("multiple")}
#: Ma 2010 empirical mapping ECOG -> KPS range, used only to warn about inconsistency.
ECOG_TO_KPS_RANGE = {0: (100, 100), 1: (80, 90), 2: (60, 70), 3: (40, 50), 4: (10, 30), 5: (0, 0)}


def _scale(
    score_id: str,
    name: str,
    value: object,
    table: Mapping[Any, str],
    citation: str,
    status: Status,
    display: str,
    band: str | None = None,
    notes: tuple[str, ...] = (),
    item_label: str = N_("Grade"),
    subject: str = "",
    version: str = "",
) -> ScoreResult:
    given = as_input(value)
    item = ItemResult(id="grade", label=item_label, value=given.value, points=None, source=given.source,
                      derivation=given.derivation, field=given.field)
    if given.value is None:
        return ScoreResult(score_id=score_id, name=name, total=None, display=None, band=None, band_label=None,
                           meaning=None, items=(item,), missing=("grade",), citation=citation, status=status,
                           notes=notes, subject=subject, version=version)
    return ScoreResult(
        score_id=score_id, name=name, total=given.value if isinstance(given.value, int) else None, display=display,
        band=band if band is not None else str(given.value), band_label=display, meaning=table[given.value],
        items=(item,), missing=(), citation=citation, status=status, notes=notes, subject=subject,
        version=version,
    )


def kps(value: int | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("kps", N_("Karnofsky performance status"), given, KPS, KPS_CITATION,
                  Status.VERIFIED, f"{given.value} %", item_label=N_("Karnofsky index"), version="1949")


def ecog(value: int | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("ecog", N_("ECOG performance status"), given, ECOG, ECOG_CITATION,
                  Status.VERIFIED, f"ECOG {given.value}", item_label=N_("ECOG grade"), version="1982")


def asa(value: str | None | Input) -> ScoreResult:
    given = as_input(value)
    return _scale("asa", N_("ASA physical status"), given, ASA, ASA_CITATION, Status.VERIFIED,
                  f"ASA {given.value}", item_label=N_("ASA class"),
                  version=N_("current ASA wording (last amended 2020)"))


def frankel(value: str | None | Input) -> ScoreResult:
    given = as_input(value)
    notes: tuple[str, ...] = ()
    if given.derived_from == FROM_AIS:
        notes = (N_("Derived from the AIS grade; AIS C/D are defined by key-muscle grades, Frankel "
                    "C/D by usefulness of motor function — enter the Frankel grade if they differ."),)
    return _scale("frankel", N_("Frankel grade"), given, FRANKEL, FRANKEL_CITATION,
                  Status.VERIFIED_SECONDARY, f"Frankel {given.value}", notes=notes, version="1969")


def mrc_weakest(grade: int | None | Input, muscles: str = "") -> ScoreResult:
    """The weakest key-muscle grade of the latest exam, on the MRC/Janda 0-5 scale."""
    given = as_input(grade)
    return _scale("mrc", N_("MRC / Janda muscle grade (weakest key muscle)"), given, MRC, MRC_CITATION,
                  Status.VERIFIED, f"{given.value}/5" + (f" ({muscles})" if muscles else ""),
                  item_label=N_("Weakest key muscle"), version="1976")


def scst(value: int | None | Input, *, subject: str = "") -> ScoreResult:
    given = as_input(value)
    table = {k: fmt("%1 (%2)", desc, SCST_GROUPS[group]) for k, (group, desc) in SCST.items()}
    band = SCST[given.value][0] if given.value in SCST else None
    return _scale(
        "scst", N_("Tomita surgical classification (SCST)"), given, table, SCST_CITATION,
        Status.PROVISIONAL, fmt(N_("Type %1"), given.value), band=band,
        notes=((N_("Provisional — type wording not yet verified against Tomita 1997. A descriptive "
               "anatomical classification, not a score.")),),
        item_label=N_("SCST type"), subject=subject, version="1997",
    )


def kps_ecog_consistency(kps_value: int | None, ecog_value: int | None) -> str | None:
    """A warning when KPS and ECOG disagree by the Ma 2010 mapping (never a conversion)."""
    if kps_value is None or ecog_value is None:
        return None
    low, high = ECOG_TO_KPS_RANGE[ecog_value]
    if low - 10 <= kps_value <= high + 10:
        return None
    return fmt(N_("Karnofsky %1 % and ECOG %2 do not match (ECOG %2 corresponds to roughly KPS %3–%4 % "
                  "by %5); check both entries."), kps_value, ecog_value, low, high, KPS_ECOG_CITATION)
