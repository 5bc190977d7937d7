"""Laboratory values, flags with their reasons and the optional labs' triggers (guideline
Empfehlung 14 and §6.4; pathway.md §8.3).

Each value is compared with the reference range stored with its result, in the result's unit
(the hospital laboratory's range, which the labs page fills in from the site configuration);
without a range a value is shown but not judged, and the assessment says so. The only formula is
the albumin correction of calcium (Payne RB et al. BMJ 1973;4:643-646):
corrected Ca [mmol/L] = Ca + 0.02 × (40 − albumin [g/L]).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

from spinemet_desktop.model.address import every_lesion
from spinemet_desktop.model.case import Case, LabResult, Labs
from spinemet_desktop.model.enums import SinsBoneLesion
from spinemet_desktop.model.text import N_, Text, fmt, join
from spinemet_desktop.model.units import (
    CANONICAL_UNIT,
    UnitError,
    convert,
    to_canonical,
    unit_missing,
)

#: Empfehlung 14 [sollte]: full blood count, CRP, calcium, Quick/INR, PTT. "Quick/INR" is one
#: item; the INR is the value the program judges (Quick alone is accepted as recorded).
MINIMUM_PANEL: tuple[str, ...] = ("haemoglobin", "leukocytes", "platelets", "crp", "calcium", "inr", "ptt")
MINIMUM_PANEL_CITATION = "S2k-Leitlinie Wirbelsäulenmetastasen, Empfehlung 14 (sollte)"
OPTIONAL_CITATION = "S2k-Leitlinie Wirbelsäulenmetastasen, Empfehlung 14 (kann)"
PAYNE_CITATION = "Payne RB et al. BMJ 1973;4:643-646"
#: Grades of hypercalcaemia by the albumin-corrected calcium (pathway.md §11 S12; the guideline
#: gives none): < 3.0 mmol/L often asymptomatic, 3.0–3.5 prompt treatment usually indicated,
#: > 3.5 urgent correction.
HYPERCALCAEMIA_CITATION = ("Walsh J, Gittoes N, Selby P; Society for Endocrinology Clinical Committee. "
                           "Endocr Connect 2016;5(5):G9-G11")
HYPERCALCAEMIA_MODERATE_MMOL_L = 3.0
HYPERCALCAEMIA_SEVERE_MMOL_L = 3.5


class LabFlagId(StrEnum):
    """The flags :func:`assess_labs` can raise (forms/labs.yaml names them in ``used_by``)."""

    HYPERCALCAEMIA = "hypercalcaemia"
    BLEEDING_RISK = "bleeding_risk"
    INFECTION = "infection"


FLAG_NAMES: dict[str, str] = {
    LabFlagId.HYPERCALCAEMIA: N_("hypercalcaemia"),
    LabFlagId.BLEEDING_RISK: N_("bleeding risk"),
    LabFlagId.INFECTION: N_("infection as the differential diagnosis"),
}
FLAG_IDS: tuple[str, ...] = tuple(LabFlagId)


class RangeFlag(StrEnum):
    """A value above or below the reference range recorded with it."""

    HIGH = "high"
    LOW = "low"


class Severity(StrEnum):
    """How much a lab flag matters: urgent and warning flags go on page 1 of the referral."""

    URGENT = "urgent"
    WARNING = "warning"
    INFO = "info"


class HypercalcaemiaGrade(StrEnum):
    """S12, by the albumin-corrected calcium."""

    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


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
    flag: RangeFlag | None
    note: str = ""
    measured_at: datetime | None = None
    canonical_unit: str = ""
    #: Why the value is flagged, or that it cannot be judged (no reference range).
    flag_reason: Text | str = ""


@dataclass(frozen=True)
class LabFlag:
    id: LabFlagId
    severity: Severity
    text: str
    reason: str
    #: For graded flags (hypercalcaemia); "" for the others.
    grade: HypercalcaemiaGrade | Literal[""] = ""
    citation: str = ""


def _hypercalcaemia(ca: LabValue, alb: LabValue | None, corrected: float | None) -> LabFlag | None:
    """S12: a calcium above its reference range, or at 3.0 mmol/L or more whatever the range, graded
    by the albumin-corrected value. Without albumin the grade is never lowered (the corrected value
    may be higher); a calcium without its unit is said to be unjudged."""
    if ca.canonical_value is None:
        return LabFlag(LabFlagId.HYPERCALCAEMIA, Severity.WARNING,
                       N_("Calcium recorded without a usable unit: hypercalcaemia cannot be judged."),
                       fmt(N_("calcium %1 %2"), ca.value, ca.unit or "?"), "", HYPERCALCAEMIA_CITATION)
    measured = corrected if corrected is not None else ca.canonical_value
    high = None
    if ca.reference_high is not None:
        try:
            high = convert("calcium", ca.reference_high, ca.unit or None, "mmol/L")
        except UnitError:
            high = None
    if not ((high is not None and measured > high) or measured >= HYPERCALCAEMIA_MODERATE_MMOL_L):
        return None
    grade = hypercalcaemia_grade(measured)
    if corrected is None:
        if grade is HypercalcaemiaGrade.MILD:
            return LabFlag(LabFlagId.HYPERCALCAEMIA, Severity.WARNING,
                           N_("Hypercalcaemia, not graded: the calcium is not albumin-corrected."),
                           fmt(N_("calcium %1 %2 above the reference range, not corrected (albumin not measured): "
                                  "the corrected value may be higher — measure albumin or ionised calcium"),
                               ca.value, ca.unit), "", HYPERCALCAEMIA_CITATION)
        severity, text = _HYPERCALCAEMIA[grade]
        return LabFlag(LabFlagId.HYPERCALCAEMIA, severity, text,
                       fmt(N_("uncorrected calcium %1 %2 (albumin not measured): at least this grade — measure albumin "
                              "or ionised calcium"), ca.value, ca.unit), grade, HYPERCALCAEMIA_CITATION)
    severity, text = _HYPERCALCAEMIA[grade]
    reason = fmt(N_("albumin-corrected calcium %1 mmol/L (Payne) above the reference range"), corrected)
    if high is None:
        reason = fmt(N_("albumin-corrected calcium %1 mmol/L (Payne); no reference range recorded"), corrected)
    if alb is not None and alb.flag is RangeFlag.LOW:
        reason = fmt(N_("%1; albumin below its reference range makes the correction less reliable "
                        "— measure ionised calcium"), reason)
    return LabFlag(LabFlagId.HYPERCALCAEMIA, severity, text, reason, grade, HYPERCALCAEMIA_CITATION)


def hypercalcaemia_grade(calcium_mmol_l: float) -> HypercalcaemiaGrade:
    """S12: mild (< 3.0), moderate (3.0–3.5) or severe (> 3.5 mmol/L)."""
    if calcium_mmol_l > HYPERCALCAEMIA_SEVERE_MMOL_L:
        return HypercalcaemiaGrade.SEVERE
    if calcium_mmol_l >= HYPERCALCAEMIA_MODERATE_MMOL_L:
        return HypercalcaemiaGrade.MODERATE
    return HypercalcaemiaGrade.MILD


_HYPERCALCAEMIA: dict[HypercalcaemiaGrade, tuple[Severity, str]] = {
    HypercalcaemiaGrade.SEVERE: (
        Severity.URGENT,
        N_("Hypercalcaemia, severe (corrected calcium > 3.5 mmol/L): urgent correction — risk of arrhythmia and "
           "coma.")),
    HypercalcaemiaGrade.MODERATE: (
        Severity.WARNING,
        N_("Hypercalcaemia, moderate (corrected calcium 3.0–3.5 mmol/L): prompt treatment is usually indicated.")),
    HypercalcaemiaGrade.MILD: (
        Severity.INFO,
        N_("Hypercalcaemia, mild (corrected calcium < 3.0 mmol/L): often asymptomatic; no urgent correction.")),
}


@dataclass(frozen=True)
class LabIndication:
    """Whether an optional lab of Empfehlung 14 is indicated for this patient, and why."""

    analyte: str
    trigger: str
    indicated: bool | None  # None: cannot tell yet (see missing)
    reason: Text
    missing: tuple[str, ...]
    citation: str = OPTIONAL_CITATION


@dataclass(frozen=True)
class LabAssessment:
    values: dict[str, LabValue]
    corrected_calcium: float | None
    flags: tuple[LabFlag, ...]
    missing_minimum: tuple[str, ...]
    #: Values without a reference range (shown, not judged).
    unjudged: tuple[str, ...] = ()
    #: Free-text results (e.g. the protein electrophoresis report), latest per analyte.
    reports: dict[str, str] | None = None
    indications: tuple[LabIndication, ...] = ()
    corrected_calcium_citation: str = PAYNE_CITATION


def _flag(value: float, low: float | None, high: float | None) -> RangeFlag | None:
    if high is not None and value > high:
        return RangeFlag.HIGH
    if low is not None and value < low:
        return RangeFlag.LOW
    return None


def _bound(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


def range_text(low: float | None, high: float | None, unit: str) -> Text:
    """A reference range as written on a lab report ("2.15–2.6 mmol/L", "≤ 5 mg/L")."""
    if low is not None and high is not None:
        return fmt(N_("%1–%2 %3"), _bound(low), _bound(high), unit)
    if high is not None:
        return fmt(N_("≤ %1 %2"), _bound(high), unit)
    return fmt(N_("≥ %1 %2"), _bound(low), unit) if low is not None else Text("")


def _value(analyte: str, result: LabResult) -> LabValue:
    assert result.value is not None
    unit = result.unit or ""
    canonical: float | None = None
    if unit_missing(analyte, result.unit):
        # Never taken as the canonical unit: albumin 3.6 "g/L" meant g/dL (pathway.md §11 S13).
        note = N_("unit not recorded: not converted or used in calculations")
    else:
        try:
            canonical, note = to_canonical(analyte, result.value, result.unit), ""
        except UnitError as exc:
            note = str(exc)
    flag = _flag(result.value, result.reference_low, result.reference_high)
    if result.reference_low is None and result.reference_high is None:
        reason = fmt(N_("no reference range recorded: not judged"))
    elif flag is not None:
        reason = fmt(N_("above the reference range %1") if flag is RangeFlag.HIGH else N_("below the reference range %1"),
                     range_text(result.reference_low, result.reference_high, unit))
    else:
        reason = fmt(N_("within the reference range %1"),
                     range_text(result.reference_low, result.reference_high, unit))
    return LabValue(analyte, result.value, unit, canonical, result.reference_low, result.reference_high, flag,
                    note, result.measured_at, CANONICAL_UNIT.get(analyte, ""), reason)


def assess_labs(labs: Labs, indications: tuple[LabIndication, ...] = ()) -> LabAssessment:
    values: dict[str, LabValue] = {}
    reports: dict[str, str] = {}
    for analyte in sorted({r.analyte for r in labs.results}):
        result = labs.latest(analyte)
        if result is not None:
            values[analyte] = _value(analyte, result)
        texts = [r for r in labs.results if r.analyte == analyte and r.text]
        if texts:
            reports[analyte] = texts[-1].text or ""
    flags: list[LabFlag] = []
    ca, alb = values.get("calcium"), values.get("albumin")
    corrected = None
    if ca is not None and ca.canonical_value is not None and alb is not None and alb.canonical_value is not None:
        corrected = round(corrected_calcium(ca.canonical_value, alb.canonical_value), 2)
    if ca is not None:
        flag = _hypercalcaemia(ca, alb, corrected)
        if flag is not None:
            flags.append(flag)
    inr, plt = values.get("inr"), values.get("platelets")
    bleeding = []
    if inr is not None and inr.flag is RangeFlag.HIGH:
        bleeding.append(fmt(N_("INR %1 above the reference range"), inr.value))
    if plt is not None and plt.flag is RangeFlag.LOW:
        bleeding.append(fmt(N_("platelets %1 %2 below the reference range"), plt.value, plt.unit))
    ptt = values.get("ptt")
    if ptt is not None and ptt.flag is RangeFlag.HIGH:
        bleeding.append(fmt(N_("PTT %1 %2 above the reference range"), ptt.value, ptt.unit))
    if bleeding:
        flags.append(LabFlag(LabFlagId.BLEEDING_RISK, Severity.WARNING,
                             N_("Bleeding risk before surgery or biopsy: correct or plan accordingly."),
                             join("; ", bleeding)))
    crp, leuko = values.get("crp"), values.get("leukocytes")
    if crp is not None and crp.flag is RangeFlag.HIGH and leuko is not None and leuko.flag is RangeFlag.HIGH:
        flags.append(LabFlag(LabFlagId.INFECTION, Severity.WARNING,
                             N_("Raised CRP and leukocytes: consider infection (e.g. spondylodiscitis) "
                                "as the differential diagnosis."),
                             fmt(N_("CRP %1 %2, leukocytes %3 %4"), crp.value, crp.unit, leuko.value, leuko.unit)))
    missing = tuple(a for a in MINIMUM_PANEL if a not in values)
    unjudged = tuple(a for a, v in values.items() if v.reference_low is None and v.reference_high is None)
    return LabAssessment(values, corrected, tuple(flags), missing, unjudged, reports, indications)


# -- optional labs of Empfehlung 14 and what triggers them -----------------------------------------

def _osteolytic(case: Case) -> tuple[bool | None, Text]:
    """Any lesion with an osteolytic component (lytic or mixed; reading 'mixed' as osteolytic is
    our inference, so that no trigger is missed)."""
    kinds = [lesion.sins_bone_lesion for lesion in case.imaging.lesions]
    if any(k in (SinsBoneLesion.LYTIC, SinsBoneLesion.MIXED) for k in kinds):
        return True, fmt(N_("lytic or mixed lesion recorded"))
    if kinds and all(k is not None for k in kinds):
        return False, fmt(N_("no lytic or mixed lesion"))
    return None, fmt(N_("bone-lesion type not recorded for every lesion"))


def _alkaline_phosphatase(case: Case) -> LabIndication:
    h = case.history
    if case.imaging.lesions:
        return LabIndication("alkaline_phosphatase", "bone_metastases_or_metabolic_disease", True,
                             fmt(N_("spinal lesion recorded (bone metastases, course)")), ())
    if h.bone_metabolism_disease:
        return LabIndication("alkaline_phosphatase", "bone_metastases_or_metabolic_disease", True,
                             fmt(N_("bone-metabolism disease recorded")), ())
    if h.bone_metabolism_disease is False:
        return LabIndication("alkaline_phosphatase", "bone_metastases_or_metabolic_disease", False,
                             fmt(N_("no lesion and no bone-metabolism disease recorded")), ())
    return LabIndication("alkaline_phosphatase", "bone_metastases_or_metabolic_disease", None,
                         fmt(N_("no lesion recorded; bone-metabolism disease not assessed")),
                         (every_lesion(), "history.bone_metabolism_disease"))


def _vitamin_d(case: Case) -> LabIndication:
    considered = case.history.differentials.metabolic
    if considered is None:
        return LabIndication("vitamin_d", "osteoporosis_differential", None,
                             fmt(N_("osteoporosis as a differential diagnosis not assessed")),
                             ("history.differentials.metabolic",))
    return LabIndication("vitamin_d", "osteoporosis_differential", considered,
                         fmt(N_("osteoporosis is a differential diagnosis") if considered
                             else N_("osteoporosis is not a differential diagnosis")), ())


def _pth(case: Case) -> LabIndication:
    """Brown tumour suspected: named as a differential, or a lytic lesion with known
    hyperparathyroidism or end-stage renal disease (pathway.md §8.3)."""
    named = case.history.differentials.brown_tumour
    risk = case.history.hyperparathyroidism_or_esrd
    lytic, why = _osteolytic(case)
    trigger = "brown_tumour_suspected"
    if named:
        return LabIndication("pth", trigger, True, fmt(N_("brown tumour is a differential diagnosis")), ())
    if risk and lytic:
        return LabIndication("pth", trigger, True,
                             fmt(N_("brown tumour possible: %1 and hyperparathyroidism or end-stage renal "
                                    "disease"), why), ())
    if named is False or risk is False or lytic is False:
        reason = (fmt(N_("brown tumour is not a differential diagnosis")) if named is False
                  else fmt(N_("no hyperparathyroidism or end-stage renal disease")) if risk is False else why)
        return LabIndication("pth", trigger, False, reason, ())
    missing = tuple(f for f, known in (("history.differentials.brown_tumour", named is not None),
                                       ("history.hyperparathyroidism_or_esrd", risk is not None),
                                       (every_lesion(), lytic is not None)) if not known)
    return LabIndication("pth", trigger, None, fmt(N_("brown tumour cannot be judged yet: %1"), why if lytic is None
                         else fmt(N_("hyperparathyroidism or end-stage renal disease not assessed"))), missing)


def _electrophoresis(case: Case) -> LabIndication:
    suspected = case.history.differentials.haematological
    lytic, why = _osteolytic(case)
    if suspected is False or lytic is False:
        reason = fmt(N_("myeloma is not a differential diagnosis")) if suspected is False else why
        return LabIndication("protein_electrophoresis", "lytic_lesions_myeloma_suspected", False, reason, ())
    if suspected and lytic:
        return LabIndication("protein_electrophoresis", "lytic_lesions_myeloma_suspected", True,
                             fmt(N_("%1 and myeloma is a differential diagnosis"), why), ())
    missing = tuple(f for f, known in (("history.differentials.haematological", suspected is not None),
                                       (every_lesion(), lytic is not None)) if not known)
    return LabIndication("protein_electrophoresis", "lytic_lesions_myeloma_suspected", None,
                         fmt(N_("cannot be judged yet: %1"), why if lytic is None
                             else fmt(N_("myeloma as a differential diagnosis not assessed"))), missing)


#: Trigger id (as named in forms/labs.yaml) → the function that judges it.
TRIGGERS: dict[str, Callable[[Case], LabIndication]] = {
    "bone_metastases_or_metabolic_disease": _alkaline_phosphatase,
    "osteoporosis_differential": _vitamin_d,
    "brown_tumour_suspected": _pth,
    "lytic_lesions_myeloma_suspected": _electrophoresis,
}


def lab_indications(case: Case) -> tuple[LabIndication, ...]:
    return tuple(judge(case) for judge in TRIGGERS.values())
