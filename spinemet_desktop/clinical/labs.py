"""Laboratory flags with their reasons (guideline Empfehlung 14 and §6.4).

Values are compared with the reference range stored with each result (the hospital laboratory's
range); without a range a value is shown but not flagged. The only formula is the albumin
correction of calcium (Payne RB et al. BMJ 1973;4:643-646):
corrected Ca [mmol/L] = Ca + 0.02 × (40 − albumin [g/L]).
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.model.case import Labs
from spinemet_desktop.model.text import N_, fmt, join
from spinemet_desktop.model.units import UnitError, to_canonical

MINIMUM_PANEL: tuple[str, ...] = ("haemoglobin", "leukocytes", "platelets", "crp", "calcium", "inr", "ptt")
MINIMUM_PANEL_CITATION = "S2k-Leitlinie Wirbelsäulenmetastasen, Empfehlung 14 (sollte)"
PAYNE_CITATION = "Payne RB et al. BMJ 1973;4:643-646"


def corrected_calcium(calcium_mmol_l: float, albumin_g_l: float) -> float:
    """Albumin-corrected calcium in mmol/L (Payne 1973)."""
    return calcium_mmol_l + 0.02 * (40.0 - albumin_g_l)


@dataclass(frozen=True)
class LabValue:
    analyte: str
    value: float
    unit: str
    canonical_value: float | None
    reference_low: float | None
    reference_high: float | None
    flag: str | None  # "high" / "low" / None
    note: str = ""


@dataclass(frozen=True)
class LabFlag:
    id: str
    severity: str  # "urgent" / "warning" / "info"
    text: str
    reason: str


@dataclass(frozen=True)
class LabAssessment:
    values: dict[str, LabValue]
    corrected_calcium: float | None
    flags: tuple[LabFlag, ...]
    missing_minimum: tuple[str, ...]


def _flag(value: float, low: float | None, high: float | None) -> str | None:
    if high is not None and value > high:
        return "high"
    if low is not None and value < low:
        return "low"
    return None


def assess_labs(labs: Labs) -> LabAssessment:
    values: dict[str, LabValue] = {}
    for analyte in sorted({r.analyte for r in labs.results}):
        result = labs.latest(analyte)
        if result is None or result.value is None:
            continue
        unit = result.unit or ""
        try:
            canonical: float | None = to_canonical(analyte, result.value, result.unit)
            note = ""
        except UnitError as exc:
            canonical, note = None, str(exc)
        values[analyte] = LabValue(
            analyte, result.value, unit, canonical, result.reference_low, result.reference_high,
            _flag(result.value, result.reference_low, result.reference_high), note,
        )
    flags: list[LabFlag] = []
    ca, alb = values.get("calcium"), values.get("albumin")
    corrected = None
    if ca is not None and ca.canonical_value is not None and alb is not None and alb.canonical_value is not None:
        corrected = round(corrected_calcium(ca.canonical_value, alb.canonical_value), 2)
    if ca is not None and ca.reference_high is not None:
        high_in_unit = ca.reference_high
        try:
            high = to_canonical("calcium", high_in_unit, ca.unit or None)
        except UnitError:
            high = None
        measured = corrected if corrected is not None else ca.canonical_value
        if high is not None and measured is not None and measured > high:
            reason = (fmt(N_("albumin-corrected calcium %1 mmol/L above the reference range"), corrected)
                      if corrected is not None else
                      fmt(N_("calcium %1 %2 above the reference range"), ca.value, ca.unit))
            flags.append(LabFlag("hypercalcaemia", "urgent",
                                 N_("Hypercalcaemia: treat malignant hypercalcaemia urgently."), reason))
    inr, plt = values.get("inr"), values.get("platelets")
    bleeding = []
    if inr is not None and inr.flag == "high":
        bleeding.append(fmt(N_("INR %1 above the reference range"), inr.value))
    if plt is not None and plt.flag == "low":
        bleeding.append(fmt(N_("platelets %1 %2 below the reference range"), plt.value, plt.unit))
    ptt = values.get("ptt")
    if ptt is not None and ptt.flag == "high":
        bleeding.append(fmt(N_("PTT %1 %2 above the reference range"), ptt.value, ptt.unit))
    if bleeding:
        flags.append(LabFlag("bleeding_risk", "warning",
                             N_("Bleeding risk before surgery or biopsy: correct or plan accordingly."),
                             join("; ", bleeding)))
    crp, leuko = values.get("crp"), values.get("leukocytes")
    if crp is not None and crp.flag == "high" and leuko is not None and leuko.flag == "high":
        flags.append(LabFlag("infection", "warning",
                             N_("Raised CRP and leukocytes: consider infection (e.g. spondylodiscitis) "
                                "as the differential diagnosis."),
                             fmt(N_("CRP %1 %2, leukocytes %3 %4"), crp.value, crp.unit, leuko.value, leuko.unit)))
    missing = tuple(a for a in MINIMUM_PANEL if a not in values)
    return LabAssessment(values, corrected, tuple(flags), missing)
