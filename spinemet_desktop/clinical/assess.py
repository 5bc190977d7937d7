"""Everything the program computes about a case, in one deterministic call.

:func:`assess` is the only entry point the side panel, the summary page, the PDF, the exports and
the command line use, so they always agree. It is pure: the reference time ``as_of`` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from spinemet_desktop.clinical import derive, neuro
from spinemet_desktop.clinical.history import RedFlags, red_flags
from spinemet_desktop.clinical.isncsci import IsncsciClassification, classify
from spinemet_desktop.clinical.labs import LabAssessment, assess_labs, lab_indications
from spinemet_desktop.clinical.neuro import ExamComparison
from spinemet_desktop.clinical.result import Input, ScoreResult, Source
from spinemet_desktop.clinical.scores import (
    bauer,
    escc,
    linden,
    nesms,
    rades_death_2m,
    scales,
    sins,
    tokuhashi_revised,
    tomita,
)
from spinemet_desktop.clinical.scores.not_computed import reference_results
from spinemet_desktop.model.case import Case, Lesion
from spinemet_desktop.model.enums import Analyte, DeficitClass, OrganMetastases, PrimaryTumour
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import KEY_MUSCLES
from spinemet_desktop.model.text import N_, Text, fmt, join

_P = PrimaryTumour


@dataclass(frozen=True)
class LesionAssessment:
    lesion: Lesion
    sins: ScoreResult
    escc: ScoreResult
    scst: ScoreResult

    @property
    def label(self) -> str:
        return self.lesion.level_label or N_("level not set")


@dataclass(frozen=True)
class Assessment:
    as_of: datetime
    isncsci: IsncsciClassification | None
    previous_isncsci: IsncsciClassification | None
    comparison: ExamComparison | None
    deficit_class: Input
    lesions: tuple[LesionAssessment, ...]
    worst_lesion: LesionAssessment | None
    worst_lesion_reason: Text
    scores: dict[str, ScoreResult]
    reference_scores: tuple[ScoreResult, ...]
    prognosis: Input
    prognosis_basis: tuple[str, ...]
    warnings: tuple[str, ...]
    labs: LabAssessment | None = None
    red_flags: RedFlags | None = None
    pathway: Any = field(default=None)  # PathwayResult; typed loosely to avoid an import cycle

    def all_scores(self) -> list[ScoreResult]:
        per_lesion = [r for la in self.lesions for r in (la.sins, la.escc, la.scst)]
        return per_lesion + list(self.scores.values())


def _lesion_assessment(case: Case, lesion: Lesion) -> LesionAssessment:
    subject = fmt(N_("lesion %1"), lesion.level_label or N_("(level not set)"))
    if lesion.sins_location_override is not None:
        location = Input(lesion.sins_location_override.value, Source.OVERRIDE, N_("set by the clinician"),
                         f"imaging.lesion.{lesion.id}.sins_location")
    elif lesion.level is None:
        location = Input.missing(f"imaging.lesion.{lesion.id}.level", N_("lesion level not set"))
    else:
        value, why = sins.location_for_levels(lesion.level, lesion.level_to)
        location = Input(value, Source.DERIVED if value else Source.MISSING, why,
                         f"imaging.lesion.{lesion.id}.sins_location")

    def item(name: str) -> Input:
        value = getattr(lesion, f"sins_{name}")
        return derive.entered(value, f"imaging.lesion.{lesion.id}.sins_{name}")

    sins_result = sins.compute(
        {
            "location": location,
            "pain": item("pain"),
            "bone_lesion": item("bone_lesion"),
            "alignment": item("alignment"),
            "collapse": item("collapse"),
            "posterolateral": item("posterolateral"),
        },
        subject=subject,
    )
    escc_result = escc.compute(
        derive.entered(lesion.escc, f"imaging.lesion.{lesion.id}.escc"), subject=subject
    )
    scst_result = scales.scst(
        derive.entered(lesion.scst_type, f"imaging.lesion.{lesion.id}.scst_type"), subject=subject
    )
    return LesionAssessment(lesion, sins_result, escc_result, scst_result)


def _worst(lesions: tuple[LesionAssessment, ...]) -> tuple[LesionAssessment | None, Text]:
    """The lesion that drives the summary: highest SINS band, then highest ESCC, then SINS total."""
    if not lesions:
        return None, fmt(N_("no lesion recorded"))
    band_rank = {None: -1, "stable": 0, "potentially_unstable": 1, "unstable": 2}

    def key(la: LesionAssessment) -> tuple[int, int, int]:
        escc_rank = escc.RANK[la.escc.display] if la.escc.display else -1
        return (band_rank[la.sins.band], escc_rank, la.sins.total if la.sins.total is not None else -1)

    worst = max(lesions, key=key)
    if len(lesions) == 1:
        return worst, fmt(N_("the only lesion"))
    count = len(lesions)
    if worst.sins.total is not None and worst.escc.display:
        return worst, fmt(N_("highest SINS %1 and ESCC %2 of %3 lesions"), worst.sins.total, worst.escc.display, count)
    if worst.sins.total is not None:
        return worst, fmt(N_("highest SINS %1 of %2 lesions"), worst.sins.total, count)
    if worst.escc.display:
        return worst, fmt(N_("highest ESCC %1 of %2 lesions"), worst.escc.display, count)
    return worst, fmt(N_("highest rank (SINS/ESCC incomplete) of %1 lesions"), count)


def _prognosis(case: Case, scores: dict[str, ScoreResult]) -> tuple[Input, tuple[str, ...]]:
    """Prognosis band for the pathway: the clinician's estimate, else what the scores agree on.

    The mapping is an inference (pathway.md §7 item 5): very poor = weeks to ~3 months (van der
    Linden group A, median 3.0 months; Rades 2-month score >= 19); poor = <= 6 months (Tokuhashi
    0-8); good = > 6 months (Tokuhashi >= 9, van der Linden B/C). When the complete scores point to
    different bands, no band is chosen for the clinician: picking the worst would lead to less
    treatment, picking the best to more; the disagreement is shown and an estimate is asked for.
    """
    field_name = "history.prognosis_override"
    if case.history.prognosis_override is not None:
        return Input(case.history.prognosis_override.value, Source.OVERRIDE, N_("set by the clinician"),
                     field_name), (N_("clinician's estimate"),)
    votes: list[tuple[str, Text]] = []
    words = {"very_poor": N_("very poor"), "poor": N_("poor"), "good": N_("good")}
    rades = scores["rades_death_2m"]
    if rades.total is not None and rades.band == "likely_death_2m":
        votes.append(("very_poor", fmt(N_("Rades 2-month score %1 (≥ 19) → %2"), rades.total, words["very_poor"])))
    lind = scores["linden"]
    if lind.band:
        band = "very_poor" if lind.band == "A" else "good"
        votes.append((band, fmt(N_("van der Linden group %1 → %2"), lind.band, words[band])))
    tok = scores["tokuhashi_revised"]
    if tok.band:
        band = "poor" if tok.band == "lt_6_months" else "good"
        votes.append((band, fmt(N_("revised Tokuhashi %1 (%2) → %3"), tok.total, tok.band_label, words[band])))
    basis = tuple(text for _, text in votes)
    if not votes:
        return Input.missing(field_name, N_("no survival score complete; estimate the prognosis")), ()
    bands = {band for band, _ in votes}
    if len(bands) > 1:
        return Input.missing(field_name, fmt(N_("the survival scores disagree (%1); estimate the prognosis"),
                                             join("; ", basis))), basis
    value = bands.pop()
    return Input(value, Source.DERIVED, fmt(N_("%1 (mapping is an inference)"), join("; ", basis)),
                 field_name), basis


def _weakest_muscle(exam: NeuroExam | None) -> ScoreResult:
    """MRC/Janda: the weakest unstarred key-muscle grade of the latest exam."""
    field_name = "neuro.isncsci"
    if exam is None:
        return scales.mrc_weakest(Input.missing(field_name, N_("no neurological examination")))
    grades: dict[int, list[str]] = {}
    blank = False
    for side, values in (("R", exam.isncsci.right_motor), ("L", exam.isncsci.left_motor)):
        for muscle in KEY_MUSCLES:
            value = values.get(muscle)
            if value is None or value.startswith("NT"):
                blank = True
            elif "*" not in value:
                grades.setdefault(int(value), []).append(f"{side} {muscle}")
    if not grades or (blank and min(grades) == 5):
        return scales.mrc_weakest(Input.missing(field_name, N_("key-muscle grades incomplete")))
    weakest = min(grades)
    why = N_("latest ISNCSCI exam (other key muscles not yet graded)") if blank else N_("latest ISNCSCI exam")
    return scales.mrc_weakest(
        Input(weakest, Source.DERIVED, why, field_name),
        ", ".join(grades[weakest][:4]),
    )


def assess(case: Case, as_of: datetime) -> Assessment:
    from spinemet_desktop.clinical.pathway import evaluate_case

    latest, previous = case.latest_exam(), case.previous_exam()
    latest_c = classify(latest.isncsci) if latest else None
    previous_c = classify(previous.isncsci) if previous else None
    comparison = neuro.compare(previous_c, latest_c) if latest_c and previous_c else None
    deficit = neuro.deficit_class(latest, latest_c)
    frankel_input = neuro.frankel(latest, latest_c)
    h = case.history

    lesions = tuple(_lesion_assessment(case, lesion) for lesion in case.imaging.lesions)
    worst, worst_reason = _worst(lesions)

    def ov(target: str, value: Input) -> Input:
        return derive.overridden(case, target, value)

    kps_in = derive.entered(h.karnofsky, "history.karnofsky", N_("Karnofsky index"))
    scores: dict[str, ScoreResult] = {}
    scores["tokuhashi_revised"] = tokuhashi_revised.compute({
        "kps": kps_in,
        "extraspinal_bone_foci": derive.entered(case.imaging.extraspinal_bone_foci,
                                                "imaging.extraspinal_bone_foci"),
        "vertebral_body_metastases": ov("tokuhashi_revised.vertebral_body_metastases",
                                        derive.vertebral_count(case)),
        "major_organ_metastases": ov("tokuhashi_revised.major_organ_metastases",
                                     derive.organ_metastases(case)),
        "primary": ov("tokuhashi_revised.primary", derive.primary_category(
            case, derive.TOKUHASHI_PRIMARY, "other",
            N_("not named in the 2005 table, scored as 'others' — override if you judge otherwise"))),
        "frankel": ov("tokuhashi_revised.frankel", frankel_input),
    })
    visceral = case.imaging.visceral_metastases
    tomita_visceral = (
        Input({OrganMetastases.NONE: "none", OrganMetastases.REMOVABLE: "treatable",
               OrganMetastases.UNREMOVABLE: "untreatable"}[visceral], Source.DERIVED,
              fmt(N_("visceral metastases: %1 (removable read as treatable)"), visceral),
              "imaging.visceral_metastases")
        if visceral is not None else Input.missing("imaging.visceral_metastases")
    )
    solitary = derive.solitary_bone(case)
    scores["tomita"] = tomita.compute({
        "growth": derive.entered(h.tomita_growth, "history.tomita_growth", N_("Tumour growth category")),
        "visceral": ov("tomita.visceral", tomita_visceral),
        "bone": ov("tomita.bone", Input(
            None if solitary.value is None else ("solitary" if solitary.value else "multiple"),
            solitary.source, solitary.derivation, solitary.field)),
    })
    lung = derive.primary_is(case, derive.LUNG, N_("lung cancer"))
    favourable = derive.primary_is(case, frozenset({_P.BREAST, _P.KIDNEY, _P.LYMPHOMA, _P.MYELOMA}),
                                   N_("breast, kidney, lymphoma or myeloma"))
    visceral_bool = derive.visceral_present(case)
    scores["bauer"] = bauer.compute({
        "pathological_fracture": ov("bauer.pathological_fracture", derive.pathological_fracture(case)),
        "visceral_metastases": ov("bauer.visceral_metastases", visceral_bool),
        "solitary_skeletal_metastasis": ov("bauer.solitary_skeletal_metastasis", solitary),
        "lung_cancer": lung,
        "favourable_primary": favourable,
    })
    scores["bauer_modified"] = bauer.compute_modified({
        "visceral_metastases": ov("bauer.visceral_metastases", visceral_bool),
        "solitary_skeletal_metastasis": ov("bauer.solitary_skeletal_metastasis", solitary),
        "lung_cancer": lung,
        "favourable_primary": favourable,
    })
    mb = scores["bauer_modified"]
    scores["nesms"] = nesms.compute({
        "bauer_modified": Input(mb.total, Source.DERIVED, N_("modified Bauer score"), None)
        if mb.total is not None else Input.missing(None, N_("modified Bauer score incomplete")),
        "independent_ambulation": ov("nesms.independent_ambulation",
                                     derive.ambulatory(case, independent_only=True)),
        "albumin_g_per_l": derive.albumin_g_per_l(case),
    })
    scores["linden"] = linden.compute({
        "kps": kps_in,
        "primary": ov("linden.primary", derive.primary_category(
            case, {_P.BREAST: "breast", _P.PROSTATE: "prostate", _P.LUNG_NSCLC: "lung",
                   _P.LUNG_SCLC: "lung"}, "other")),
        "visceral_metastases": ov("linden.visceral_metastases", visceral_bool),
    })
    motor_deficit = deficit.value in (DeficitClass.MILD, DeficitClass.FUNCTIONALLY_RELEVANT,
                                      DeficitClass.COMPLETE)
    rades_notes = ()
    if deficit.value is not None and not motor_deficit:
        rades_notes = (N_("Derived in patients irradiated for MSCC with motor deficits; this patient "
                          "has no motor deficit recorded, so the score does not apply."),)
    rades_inputs = {
        "ecog": derive.entered(h.ecog, "history.ecog", N_("ECOG")),
        "tumour": ov("rades_death_2m.tumour", derive.primary_category(
            case, {_P.BREAST: "breast", _P.PROSTATE: "prostate", _P.MYELOMA: "myeloma_lymphoma",
                   _P.LYMPHOMA: "myeloma_lymphoma", _P.LUNG_NSCLC: "lung", _P.LUNG_SCLC: "lung"},
            "other")),
        "other_bone_metastases": ov("rades_death_2m.other_bone_metastases",
                                    derive.other_bone_metastases(case)),
        "visceral_metastases": ov("rades_death_2m.visceral_metastases", visceral_bool),
        "interval_months": ov("rades_death_2m.interval_months", derive.interval_months(case, as_of)),
        "ambulatory": ov("rades_death_2m.ambulatory", derive.ambulatory(case, independent_only=False)),
        "motor_deficit_days": ov("rades_death_2m.motor_deficit_days",
                                 neuro.motor_deficit_days(latest, as_of)),
    }
    rades = rades_death_2m.compute(rades_inputs)
    if rades_notes:
        rades = replace(rades, total=None, display=None, band=None, band_label=None, meaning=None,
                        applicable=False, missing=(), notes=rades.notes + rades_notes)
    scores["rades_death_2m"] = rades
    scores["kps"] = scales.kps(kps_in)
    scores["ecog"] = scales.ecog(derive.entered(h.ecog, "history.ecog", N_("ECOG")))
    scores["asa"] = scales.asa(derive.entered(h.asa_class, "history.asa_class", N_("ASA class")))
    scores["frankel"] = scales.frankel(frankel_input)
    scores["mrc"] = _weakest_muscle(latest)

    prognosis, basis = _prognosis(case, scores)
    warnings = []
    consistency = scales.kps_ecog_consistency(h.karnofsky, h.ecog)
    if consistency:
        warnings.append(consistency)
    labs = assess_labs(case.labs, lab_indications(case))
    warnings += [fmt(N_("%1 (%2)"), flag.text, flag.reason) for flag in labs.flags]
    if labs.missing_minimum:
        warnings.append(fmt(N_("Minimum labs missing (Empfehlung 14): %1."), join(", ", map(Analyte, labs.missing_minimum))))
    if labs.unjudged:
        warnings.append(fmt(N_("No reference range recorded, so not judged: %1."), join(", ", map(Analyte, labs.unjudged))))
    for indication in labs.indications:
        if indication.indicated and indication.analyte not in labs.values \
                and indication.analyte not in (labs.reports or {}):
            warnings.append(fmt(N_("Optional lab indicated (Empfehlung 14): %1 — %2."), Analyte(indication.analyte),
                                indication.reason))
    assessment = Assessment(
        as_of=as_of,
        isncsci=latest_c,
        previous_isncsci=previous_c,
        comparison=comparison,
        deficit_class=deficit,
        lesions=lesions,
        worst_lesion=worst,
        worst_lesion_reason=worst_reason,
        scores=scores,
        reference_scores=reference_results(),
        prognosis=prognosis,
        prognosis_basis=basis,
        warnings=tuple(warnings),
        labs=labs,
        red_flags=red_flags(case, deficit),
    )
    return evaluate_case(case, assessment)
