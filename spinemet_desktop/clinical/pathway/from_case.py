"""Pathway facts taken from a case and its assessment, each with its provenance.

Patient facts are keyed by their fact name; each lesion's facts are kept apart (pathway.md §11
S4), so that no derived fact combines items of different lesions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from spinemet_desktop.clinical import derive, neuro
from spinemet_desktop.clinical.findings import Findings, LesionAssessment
from spinemet_desktop.clinical.pathway.engine import PathwayResult, evaluate
from spinemet_desktop.clinical.pathway.facts import NUCLEAR_MODALITIES
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model.address import every_lesion, lesion_field
from spinemet_desktop.model.case import Case, Lesion
from spinemet_desktop.model.enums import (
    BladderBowel,
    ClinicalCourse,
    Modality,
    PainCourse,
    PrimaryTumour,
    SinsBoneLesion,
    SinsPain,
)
from spinemet_desktop.model.text import N_, fmt, join

_P = PrimaryTumour
PATHWAY_PRIMARY = {
    _P.BREAST: "breast", _P.PROSTATE: "prostate", _P.LUNG_NSCLC: "lung", _P.LUNG_SCLC: "lung",
    _P.KIDNEY: "kidney", _P.THYROID: "thyroid", _P.COLON: "colorectal", _P.RECTUM: "colorectal",
    _P.MELANOMA: "melanoma", _P.MYELOMA: "myeloma", _P.LYMPHOMA: "lymphoma",
    _P.SARCOMA: "sarcoma", _P.OSTEOSARCOMA: "sarcoma", _P.UNKNOWN: "unknown", _P.CUP: "unknown",
}
#: The SINS pain item as the lesion's own pain (the pathway's pain vocabulary).
_LESION_PAIN = {SinsPain.MECHANICAL: "mechanical", SinsPain.OCCASIONAL_NON_MECHANICAL: "non_mechanical",
                SinsPain.PAIN_FREE: "none"}
#: A flare is judged within 6 months of starting a systemic therapy (French text F4, F5).
FLARE_WINDOW_MONTHS = 6


def facts_from_case(case: Case, findings: Findings) -> dict[str, Input]:
    """The patient facts (not those of a lesion; see :func:`lesion_facts`)."""
    h = case.history
    exam = case.latest_exam()
    facts: dict[str, Input] = {}
    p = h.primary_tumour
    facts["primary"] = (
        Input(PATHWAY_PRIMARY.get(p, "other"), Source.DERIVED, fmt(N_("primary tumour: %1"), p), "history.primary_tumour")
        if p is not None else Input.missing("history.primary_tumour")
    )
    facts["radiosensitivity"] = derive.radiosensitivity(case)
    facts["deficit"] = findings.deficit_class
    facts["motor_finding"] = neuro.motor_finding(case)
    facts["completeness_unknown"] = neuro.completeness_unknown(exam, findings.isncsci)
    if exam is not None and exam.deficit_onset_at is not None:
        hours = (findings.as_of - exam.deficit_onset_at) / timedelta(hours=1)
        facts["deficit_onset_hours"] = Input(round(max(hours, 0.0), 1), Source.DERIVED,
                                             fmt(N_("since %1"), exam.deficit_onset_at),
                                             "neuro.deficit_onset_at")
    else:
        facts["deficit_onset_hours"] = Input.missing("neuro.deficit_onset_at")
    comparison = findings.comparison
    if comparison is not None and comparison.deteriorated:
        facts["deteriorating"] = Input(True, Source.DERIVED, join("; ", comparison.reasons), "neuro")
    elif comparison is not None and comparison.deteriorated is False:
        facts["deteriorating"] = Input(False, Source.DERIVED, N_("no deterioration since the previous exam"), "neuro")
    else:
        facts["deteriorating"] = Input.missing("neuro", N_("fewer than two comparable exams"))
    progressive = exam.rapidly_progressive if exam else None
    if progressive is None and facts["deteriorating"].value:
        facts["rapidly_progressive"] = Input(True, Source.DERIVED, facts["deteriorating"].derivation,
                                             "neuro.rapidly_progressive")
    else:
        facts["rapidly_progressive"] = derive.entered(progressive, "neuro.rapidly_progressive")
    facts["operable"] = derive.entered(h.operable_per_anaesthesia, "history.operable_per_anaesthesia",
                                       N_("operability by anaesthesia"))
    if h.operable_per_anaesthesia is None and h.asa_class is not None:
        # ASA alone does not decide operability; it is shown so the anaesthetist can judge.
        facts["operable"] = Input.missing("history.operable_per_anaesthesia",
                                          fmt(N_("ASA %1 recorded; anaesthesia's judgement needed"),
                                              h.asa_class.value))
    facts["consents_to_surgery"] = derive.entered(h.consents_to_surgery, "history.consents_to_surgery")
    prognosis = findings.prognosis
    if prognosis.value is None and findings.prognosis_bands:
        # The bands the scores leave possible (S11): decides rules whose answer is the same for them.
        prognosis = replace(prognosis, value=findings.prognosis_bands)
    facts["prognosis"] = prognosis
    facts["oligometastatic"] = derive.entered(h.oligometastatic_board_confirmed,
                                              "history.oligometastatic_board_confirmed")
    if h.diagnosis_unclear is not None:
        facts["diagnosis_unclear"] = derive.entered(h.diagnosis_unclear, "history.diagnosis_unclear")
    elif p is PrimaryTumour.UNKNOWN or h.known_cancer is False:
        facts["diagnosis_unclear"] = Input(True, Source.DERIVED, N_("primary tumour unknown"),
                                           "history.diagnosis_unclear")
    else:
        facts["diagnosis_unclear"] = Input.missing("history.diagnosis_unclear")
    facts["cord_tolerance_exhausted"] = derive.entered(h.cord_tolerance_exhausted,
                                                       "history.cord_tolerance_exhausted")
    facts["osteoporosis"] = derive.entered(h.osteoporosis, "history.osteoporosis")
    if h.prior_spine_radiotherapy:
        facts["reirradiation_cleared"] = derive.entered(h.further_reirradiation_cleared,
                                                        "history.further_reirradiation_cleared")
    facts["pain"] = derive.entered(h.pain_character, "history.pain_character")
    facts["pain_improving"] = (
        Input(h.pain_course is PainCourse.IMPROVING, Source.DERIVED, fmt(N_("pain course: %1"), h.pain_course),
              "history.pain_course")
        if h.pain_course is not None else Input.missing("history.pain_course")
    )
    facts["bladder_bowel_disturbed"] = (
        Input(exam.bladder_bowel is BladderBowel.DISTURBED, Source.ENTERED, None, "neuro.bladder_bowel")
        if exam is not None and exam.bladder_bowel is not None else Input.missing("neuro.bladder_bowel")
    )
    facts.update(_nuclear_medicine(case))
    return facts


def _lesion_pain(case: Case, lesion: Lesion) -> Input:
    """A lesion's pain: its SINS pain item, else the patient's pain when that is one lesion or none."""
    field = lesion_field(lesion.id, "sins_pain")
    if lesion.sins_pain is not None:
        return Input(_LESION_PAIN[lesion.sins_pain], Source.DERIVED,
                     fmt(N_("SINS pain item: %1"), lesion.sins_pain), field)
    patient = case.history.pain_character
    if patient is not None and (len(case.imaging.lesions) == 1 or patient.value == "none"):
        return Input(patient.value, Source.DERIVED, fmt(N_("the patient's pain: %1"), patient),
                     "history.pain_character")
    return Input.missing(field, N_("pain at this lesion not recorded (SINS pain item)"))


def _flare(case: Case, lesion: Lesion) -> Input:
    """S8: new or increased uptake on a bone scan or PET < 6 months after starting a systemic
    therapy, with the patient clinically stable or improving."""
    field = lesion_field(lesion.id, "new_or_increased_uptake")
    h = case.history
    if lesion.modality is None or lesion.modality.value not in NUCLEAR_MODALITIES \
            or lesion.new_or_increased_uptake is not True:
        return Input(False, Source.DERIVED, None, field)
    start = h.systemic_therapy_started_on
    if start is None or lesion.imaging_date is None:
        what = "history.systemic_therapy_started_on" if start is None else lesion_field(lesion.id, "imaging_date")
        return Input.missing(what, N_("new uptake: the start of systemic therapy or the date of imaging is not "
                                      "recorded, so a flare cannot be judged"))
    months = derive.months_between(start, lesion.imaging_date)
    if lesion.imaging_date < start or derive.months_passed(start, lesion.imaging_date, FLARE_WINDOW_MONTHS):
        return Input(False, Source.DERIVED, fmt(N_("new uptake %1 months after treatment start"), months), field)
    course = h.systemic_therapy_course
    if course is None:
        return Input.missing("history.systemic_therapy_course",
                             fmt(N_("new uptake %1 months after treatment start: is the patient stable or "
                                    "improving?"), months))
    if course is ClinicalCourse.WORSENING:
        return Input(False, Source.DERIVED, fmt(N_("new uptake %1 months after treatment start, patient worsening: "
                                                   "may be progression (F6)"), months), field)
    return Input(True, Source.DERIVED, fmt(N_("new uptake %1 months after treatment start, patient %2"),
                                           months, course), field)


def lesion_facts(case: Case, la: LesionAssessment) -> dict[str, Input]:
    """The facts of one lesion, judged on its own (S4)."""
    lesion = la.lesion
    def at(name: str) -> str:
        return lesion_field(lesion.id, name)

    # A missing SINS takes the user to its first missing item.
    first_missing = next((item.field for item in la.sins.items if item.value is None and item.field), at("sins_pain"))
    facts: dict[str, Input] = {}
    facts["level"] = (Input(lesion.level_label, Source.ENTERED, None, at("level"))
                      if lesion.level else Input.missing(at("level"), N_("no lesion level")))
    facts["sins"] = (Input(la.sins.total, Source.DERIVED, N_("SINS of this lesion"), first_missing)
                     if la.sins.total is not None else
                     Input.missing(first_missing, fmt(N_("SINS incomplete (missing: %1)"),
                                                      join(", ", la.sins.missing))))
    if la.sins.total is None and la.sins_range is not None:
        facts["sins_range"] = Input(la.sins_range, Source.DERIVED, N_("from the SINS items recorded"), first_missing)
    facts["escc"] = derive.entered(la.escc.display, at("escc"))
    facts["unstable_fracture"] = derive.entered(lesion.unstable_fracture, at("unstable_fracture"))
    facts["intraspinal_fragments"] = derive.entered(lesion.fragments_in_canal, at("fragments_in_canal"))
    facts["hypervascular"] = derive.entered(lesion.hypervascular, at("hypervascular"))
    facts["lesion_diameter_cm"] = (
        Input(lesion.largest_diameter_mm / 10, Source.DERIVED, N_("largest diameter"), at("largest_diameter_mm"))
        if lesion.largest_diameter_mm else Input.missing(at("largest_diameter_mm"))
    )
    facts["lesion_pain"] = _lesion_pain(case, lesion)
    facts["osteolytic"] = (
        Input(lesion.sins_bone_lesion in (SinsBoneLesion.LYTIC, SinsBoneLesion.MIXED), Source.DERIVED,
              fmt(N_("bone lesion: %1"), lesion.sins_bone_lesion), at("sins_bone_lesion"))
        if lesion.sins_bone_lesion is not None else Input.missing(at("sins_bone_lesion"))
    )
    facts["found_on"] = derive.entered(lesion.modality, at("modality"))
    facts["flare_suspected"] = _flare(case, lesion)
    facts.update(_reirradiation_facts(case, la))
    return facts


def _reirradiation_facts(case: Case, la: LesionAssessment) -> dict[str, Input]:
    courses = case.history.prior_spine_radiotherapy
    field = "history.prior_spine_radiotherapy"
    if not courses:
        return {"previously_irradiated": Input(False, Source.DERIVED, N_("no previous spine radiotherapy recorded"),
                                               field)}
    if la.lesion.level is None:
        return {"previously_irradiated": Input.missing(lesion_field(la.lesion.id, "level"),
                                                       N_("lesion level not recorded: cannot tell whether it "
                                                          "lies in a previous radiotherapy field"))}
    figures = la.reirradiation
    if figures is None:
        return {"previously_irradiated": Input(False, Source.DERIVED,
                                               N_("outside the recorded radiotherapy fields"), field)}
    why = fmt(N_("%1 previous course(s) at %2"), figures.courses_at_level, figures.governing.level)
    if figures.assumed_in_field:
        why = fmt(N_("%1; the levels of course %2 are not recorded, so it is assumed to include this lesion"),
                  why, join(", ", figures.assumed_in_field))
    out = {
        "previously_irradiated": Input(True, Source.DERIVED, why, field),
        "prior_rt_courses": Input(figures.courses_at_level, Source.DERIVED, why, field),
    }
    margin = figures.margin_bed_gy2
    out["reirradiation_margin_gy2"] = (
        Input(round(margin, 1), Source.DERIVED, figures.governing.limit_reason, field)
        if margin is not None else Input.missing(field, join("; ", figures.governing.missing))
    )
    return out


def _nuclear_medicine(case: Case) -> dict[str, Input]:
    lesions = case.imaging.lesions
    pet = any(lesion.modality is Modality.FDG_PET for lesion in lesions)
    out: dict[str, Input] = {
        "pet_done": Input(pet, Source.DERIVED, N_("FDG-PET among the lesion findings"), every_lesion())
        if pet else Input.missing(every_lesion()),
    }
    total, why = derive.bone_metastases_total(case)
    out["isolated_lesion"] = (
        Input(total == 1, Source.DERIVED, why, "imaging.extraspinal_bone_foci")
        if total is not None else Input.missing("imaging.extraspinal_bone_foci", why)
    )
    start = case.history.systemic_therapy_started_on
    early = None
    undatable = []
    for lesion in lesions:
        if lesion.modality is not None and lesion.modality.value in NUCLEAR_MODALITIES and lesion.new_or_increased_uptake:
            if lesion.imaging_date and start:
                months = derive.months_between(start, lesion.imaging_date)
                if start <= lesion.imaging_date and not derive.months_passed(start, lesion.imaging_date,
                                                                             FLARE_WINDOW_MONTHS):
                    early = fmt(N_("new uptake %1 months after treatment start (%2)"), months, lesion.level_label)
            else:
                undatable.append(lesion.level_label)
    if early:
        out["early_uptake_after_treatment"] = Input(True, Source.DERIVED, early, every_lesion())
    elif undatable:
        where = join(", ", undatable)
        out["early_uptake_after_treatment"] = (
            Input.missing(every_lesion(), fmt(N_("new uptake at %1: date of imaging not recorded, so a "
                                                    "flare cannot be judged"), where))
            if start else
            Input.missing("history.systemic_therapy_started_on",
                          fmt(N_("new uptake at %1: start of systemic therapy not recorded, so a flare "
                                 "cannot be judged"), where)))
    else:
        out["early_uptake_after_treatment"] = Input.missing(every_lesion())
    return out


def evaluate_case(case: Case, findings: Findings) -> PathwayResult:
    """The pathway for a case, from its findings (each fact with its provenance)."""
    patient = facts_from_case(case, findings)
    per_lesion = [lesion_facts(case, la) for la in findings.lesions]
    values: dict[str, Any] = {k: v.value for k, v in patient.items()}
    if per_lesion:
        values["lesions"] = [{k: v.value for k, v in lesion.items()} for lesion in per_lesion]
    elif case.history.prior_spine_radiotherapy:
        # No lesion recorded yet: whether it will lie in a previous field cannot be told.
        values["previously_irradiated"] = None
    result = evaluate(values)
    provenance = dict(patient)
    if len(per_lesion) == 1:
        provenance.update(per_lesion[0])
    return replace(result, provenance=provenance, lesion_provenance=tuple(per_lesion))
