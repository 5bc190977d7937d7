"""Pathway facts taken from a case and its assessment, each with its provenance."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from spinemet_desktop.clinical import derive
from spinemet_desktop.clinical.pathway.engine import evaluate
from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.clinical.scores.escc import RANK
from spinemet_desktop.model.case import Case
from spinemet_desktop.model.enums import BladderBowel, Modality, PrimaryTumour
from spinemet_desktop.model.text import N_, fmt, join

if TYPE_CHECKING:
    from spinemet_desktop.clinical.assess import Assessment

_P = PrimaryTumour
PATHWAY_PRIMARY = {
    _P.BREAST: "breast", _P.PROSTATE: "prostate", _P.LUNG_NSCLC: "lung", _P.LUNG_SCLC: "lung",
    _P.KIDNEY: "kidney", _P.THYROID: "thyroid", _P.COLON: "colorectal", _P.RECTUM: "colorectal",
    _P.MELANOMA: "melanoma", _P.MYELOMA: "myeloma", _P.LYMPHOMA: "lymphoma",
    _P.SARCOMA: "sarcoma", _P.OSTEOSARCOMA: "sarcoma", _P.UNKNOWN: "unknown",
}


def _any_lesion(case: Case, attribute: str, label: str) -> Input:
    values = [getattr(lesion, attribute) for lesion in case.imaging.lesions]
    field = f"imaging.lesions.{attribute}"
    if any(values):
        return Input(True, Source.DERIVED, fmt(N_("%1: yes (at least one lesion)"), label), field)
    if values and all(v is False for v in values):
        return Input(False, Source.DERIVED, fmt(N_("%1: no lesion"), label), field)
    return Input.missing(field, fmt(N_("%1 not recorded for every lesion"), label))


def facts_from_case(case: Case, assessment: Assessment) -> dict[str, Input]:
    h = case.history
    exam = case.latest_exam()
    facts: dict[str, Input] = {}
    p = h.primary_tumour
    facts["primary"] = (
        Input(PATHWAY_PRIMARY.get(p, "other"), Source.DERIVED, fmt(N_("primary tumour: %1"), p), "history.primary_tumour")
        if p is not None else Input.missing("history.primary_tumour")
    )
    facts["radiosensitivity"] = derive.radiosensitivity(case)
    worst = assessment.worst_lesion
    facts["level"] = (
        Input(worst.lesion.level, Source.DERIVED, fmt(N_("worst lesion (%1)"), assessment.worst_lesion_reason),
              "imaging.lesions")
        if worst is not None and worst.lesion.level else Input.missing("imaging.lesions", N_("no lesion level"))
    )
    facts["deficit"] = assessment.deficit_class
    if exam is not None and exam.deficit_onset_at is not None:
        hours = (assessment.as_of.astimezone() - exam.deficit_onset_at.astimezone()) / timedelta(hours=1)
        facts["deficit_onset_hours"] = Input(round(max(hours, 0.0), 1), Source.DERIVED,
                                             fmt(N_("since %1"), exam.deficit_onset_at),
                                             "neuro.deficit_onset_at")
    else:
        facts["deficit_onset_hours"] = Input.missing("neuro.deficit_onset_at")
    comparison = assessment.comparison
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
    facts["sins"] = _worst_sins(assessment)
    facts["escc"] = _worst_escc(assessment)
    facts["unstable_fracture"] = _any_lesion(case, "unstable_fracture", N_("unstable fracture"))
    facts["intraspinal_fragments"] = _any_lesion(case, "fragments_in_canal", N_("fragments in the canal"))
    facts["operable"] = derive.entered(h.operable_per_anaesthesia, "history.operable_per_anaesthesia",
                                       N_("operability by anaesthesia"))
    if h.operable_per_anaesthesia is None and h.asa_class is not None:
        # ASA alone does not decide operability; it is shown so the anaesthetist can judge.
        facts["operable"] = Input.missing("history.operable_per_anaesthesia",
                                          fmt(N_("ASA %1 recorded; anaesthesia's judgement needed"),
                                              h.asa_class.value))
    facts["consents_to_surgery"] = derive.entered(h.consents_to_surgery, "history.consents_to_surgery")
    facts["prognosis"] = assessment.prognosis
    facts["oligometastatic"] = derive.entered(h.oligometastatic_board_confirmed,
                                              "history.oligometastatic_board_confirmed")
    facts["hypervascular"] = (
        derive.entered(worst.lesion.hypervascular, f"imaging.lesion.{worst.lesion.id}.hypervascular")
        if worst is not None else Input.missing("imaging.lesions")
    )
    if h.diagnosis_unclear is not None:
        facts["diagnosis_unclear"] = derive.entered(h.diagnosis_unclear, "history.diagnosis_unclear")
    elif p is PrimaryTumour.UNKNOWN or h.known_cancer is False:
        facts["diagnosis_unclear"] = Input(True, Source.DERIVED, N_("primary tumour unknown"),
                                           "history.diagnosis_unclear")
    else:
        facts["diagnosis_unclear"] = Input.missing("history.diagnosis_unclear")
    facts["cord_tolerance_exhausted"] = derive.entered(h.cord_tolerance_exhausted,
                                                       "history.cord_tolerance_exhausted")
    facts["lesion_diameter_cm"] = (
        Input(worst.lesion.largest_diameter_mm / 10, Source.DERIVED, N_("worst lesion"), "imaging.lesions")
        if worst is not None and worst.lesion.largest_diameter_mm else Input.missing("imaging.lesions")
    )
    facts["pain"] = derive.entered(h.pain_character, "history.pain_character")
    facts["bladder_bowel_disturbed"] = (
        Input(exam.bladder_bowel is BladderBowel.DISTURBED, Source.ENTERED, None, "neuro.bladder_bowel")
        if exam is not None and exam.bladder_bowel is not None else Input.missing("neuro.bladder_bowel")
    )
    facts.update(_nuclear_medicine(case))
    return facts


def _worst_sins(assessment: Assessment) -> Input:
    results = [la.sins for la in assessment.lesions]
    if not results:
        return Input.missing("imaging.lesions", N_("no lesion recorded"))
    complete = [r.total for r in results if r.total is not None]
    # An incomplete lesion could still score higher, unless a complete one is already unstable.
    if complete and (len(complete) == len(results) or max(complete) >= 13):
        best = max(complete)
        return Input(best, Source.DERIVED, N_("highest SINS of the lesions"), "imaging.lesions")
    return Input.missing("imaging.lesions", N_("SINS incomplete for a lesion"))


def _worst_escc(assessment: Assessment) -> Input:
    grades = [la.escc.display for la in assessment.lesions]
    if not grades:
        return Input.missing("imaging.lesions", N_("no lesion recorded"))
    known = [g for g in grades if g is not None]
    if known and (len(known) == len(grades) or max(RANK[g] for g in known) == RANK["3"]):
        worst = max(known, key=RANK.__getitem__)
        return Input(worst, Source.DERIVED, N_("highest ESCC grade of the lesions"), "imaging.lesions")
    return Input.missing("imaging.lesions", N_("ESCC grade missing for a lesion"))


def _nuclear_medicine(case: Case) -> dict[str, Input]:
    lesions = case.imaging.lesions
    pet = any(lesion.modality is Modality.FDG_PET for lesion in lesions)
    out: dict[str, Input] = {
        "pet_done": Input(pet, Source.DERIVED, N_("FDG-PET among the lesion findings"), "imaging.lesions")
        if pet else Input.missing("imaging.lesions"),
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
        if lesion.modality in (Modality.BONE_SCINTIGRAPHY, Modality.FDG_PET) and lesion.new_or_increased_uptake:
            if lesion.imaging_date and start:
                months = derive.months_between(start, lesion.imaging_date)
                if 0 <= months < 6:
                    early = fmt(N_("new uptake %1 months after treatment start (%2)"), months, lesion.level_label)
            else:
                undatable.append(lesion.level_label)
    if early:
        out["early_uptake_after_treatment"] = Input(True, Source.DERIVED, early, "imaging.lesions")
    elif undatable:
        where = join(", ", undatable)
        out["early_uptake_after_treatment"] = (
            Input.missing("imaging.lesions", fmt(N_("new uptake at %1: date of imaging not recorded, so a "
                                                    "flare cannot be judged"), where))
            if start else
            Input.missing("history.systemic_therapy_started_on",
                          fmt(N_("new uptake at %1: start of systemic therapy not recorded, so a flare "
                                 "cannot be judged"), where)))
    else:
        out["early_uptake_after_treatment"] = Input.missing("imaging.lesions")
    return out


def evaluate_case(case: Case, assessment: Assessment) -> Assessment:
    provenance = facts_from_case(case, assessment)
    values: dict[str, Any] = {k: v.value for k, v in provenance.items()}
    result = evaluate(values)
    result = replace(result, provenance=provenance)
    return replace(assessment, pathway=result)
