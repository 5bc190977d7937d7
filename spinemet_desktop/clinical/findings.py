"""Everything the program computes about a case except the pathway: one deterministic call.

:func:`find` returns the :class:`Findings` (ISNCSCI, deficit class, lesions, scores, prognosis,
labs, red flags); :func:`spinemet_desktop.clinical.assess.assess` adds the pathway evaluated on
them. Pure: the reference time ``as_of`` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from spinemet_desktop.clinical import derive, neuro
from spinemet_desktop.clinical.conflicts import Disagreement, disagreements
from spinemet_desktop.clinical.history import RedFlags, red_flags
from spinemet_desktop.clinical.isncsci import IsncsciClassification, classify
from spinemet_desktop.clinical.labs import LabAssessment, assess_labs, lab_indications
from spinemet_desktop.clinical.neuro import ExamComparison
from spinemet_desktop.clinical.reirradiation import Reirradiation
from spinemet_desktop.clinical.reirradiation import assess_lesion as reirradiation_of
from spinemet_desktop.clinical.result import Input, ScoreResult, Source, total_bounds
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
from spinemet_desktop.model.address import lesion_field
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
    #: The lowest and highest SINS the recorded items allow (equal when complete; S4).
    sins_range: tuple[int, int] | None = None
    #: The re-irradiation figures when the lesion lies in a previous radiotherapy field (S5).
    reirradiation: Reirradiation | None = None

    @property
    def label(self) -> str:
        return self.lesion.level_label or N_("level not set")

    @property
    def instability(self) -> bool | None:
        """SINS >= 13 or a (threatening) unstable fracture, judged on this lesion alone (S4)."""
        low, high = self.sins_range or _SINS_SPAN
        fracture = self.lesion.unstable_fracture
        if low >= sins.UNSTABLE_FROM or fracture:
            return True
        if high < sins.UNSTABLE_FROM and fracture is False:
            return False
        return None

    @property
    def escc_rank(self) -> int | None:
        return escc.RANK[self.escc.display] if self.escc.display else None


@dataclass(frozen=True, kw_only=True)
class Findings:
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
    #: The lesion judged for instability and the one for compression, with why (S4); they are the
    #: same lesion when one lesion leads in both.
    lesion_for_instability: LesionAssessment | None = None
    instability_reason: Text = field(default_factory=lambda: Text(""))
    lesion_for_compression: LesionAssessment | None = None
    compression_reason: Text = field(default_factory=lambda: Text(""))
    #: The prognosis bands the complete survival scores leave possible (S11); empty: no information.
    prognosis_bands: frozenset[str] = frozenset()
    #: Karnofsky and ECOG recorded and not compatible (never converted; shown where both are).
    kps_ecog_warning: str | None = None
    #: The bands the clinician is offered for an estimate: when the scores disagree, only those at
    #: least one of them supports (S11); otherwise every band.
    prognosis_choices: frozenset[str] = frozenset(("very_poor", "poor", "good"))
    #: Where the history and the latest examination contradict each other (bladder/bowel, weakness,
    #: walking): flagged on both pages, the side panel and the referral.
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def reirradiation(self) -> tuple[LesionAssessment, ...]:
        """The lesions in a previous radiotherapy field (S5)."""
        return tuple(la for la in self.lesions if la.reirradiation is not None)

    def all_scores(self) -> list[ScoreResult]:
        per_lesion = [r for la in self.lesions for r in (la.sins, la.escc, la.scst)]
        return per_lesion + list(self.scores.values())


_SINS_SPAN = sins.SCORE_RANGE


def _lesion_assessment(case: Case, lesion: Lesion, as_of: datetime) -> LesionAssessment:
    subject = fmt(N_("lesion %1"), lesion.level_label or N_("(level not set)"))
    if lesion.sins_location_override is not None:
        location = Input(lesion.sins_location_override.value, Source.OVERRIDE, N_("set by the clinician"),
                         lesion_field(lesion.id, "sins_location_override"))
    elif lesion.level is None:
        location = Input.missing(lesion_field(lesion.id, "level"), N_("lesion level not set"))
    else:
        value, why = sins.location_for_levels(lesion.level, lesion.level_to)
        location = Input(value, Source.DERIVED if value else Source.MISSING, why,
                         lesion_field(lesion.id, "sins_location_override"))

    def item(name: str) -> Input:
        value = getattr(lesion, f"sins_{name}")
        return derive.entered(value, lesion_field(lesion.id, f"sins_{name}"))

    sins_result = sins.compute(
        {
            "location": location,
            "pain": derive.sins_pain(case, lesion),
            "bone_lesion": item("bone_lesion"),
            "alignment": item("alignment"),
            "collapse": item("collapse"),
            "posterolateral": item("posterolateral"),
        },
        subject=subject,
    )
    escc_result = escc.compute(
        derive.entered(lesion.escc, lesion_field(lesion.id, "escc")), subject=subject
    )
    scst_result = scales.scst(
        derive.entered(lesion.scst_type, lesion_field(lesion.id, "scst_type")), subject=subject
    )
    return LesionAssessment(lesion, sins_result, escc_result, scst_result,
                            total_bounds(sins.SPEC, sins_result), reirradiation_of(case, lesion, as_of))


def _missing_items(result: ScoreResult) -> Text:
    labels = {item.id: item.label for item in result.items}
    return join(", ", (labels.get(m, m) for m in result.missing))


def _instability_lesion(lesions: tuple[LesionAssessment, ...]) -> tuple[LesionAssessment | None, Text]:
    """The lesion for instability (S4): guaranteed instability first, then the SINS the recorded
    items already guarantee, then what they still allow — an incomplete SINS never ranks below a
    complete 'stable' one that it may exceed."""
    if not lesions:
        return None, fmt(N_("no lesion recorded"))
    state = {True: 2, None: 1, False: 0}

    def key(la: LesionAssessment) -> tuple[int, int, int]:
        low, high = la.sins_range or _SINS_SPAN
        return (state[la.instability], low, high)

    lead = max(lesions, key=key)
    low, high = lead.sins_range or _SINS_SPAN
    if lead.sins.total is not None:
        reason = fmt(N_("SINS %1 (%2)"), lead.sins.total, lead.sins.band_label or "")
    else:
        reason = fmt(N_("SINS at least %1 and at most %2 from the items recorded (missing: %3)"),
                     low, high, _missing_items(lead.sins))
    if lead.lesion.unstable_fracture:
        reason = fmt(N_("%1; unstable fracture"), reason)
    incomplete = [la.label for la in lesions if la is not lead and la.sins.total is None]
    if incomplete:
        reason = fmt(N_("%1; SINS incomplete for %2"), reason, join(", ", incomplete))
    return lead, reason


def _compression_lesion(lesions: tuple[LesionAssessment, ...]) -> tuple[LesionAssessment | None, Text]:
    """The lesion for compression (S4): the highest ESCC grade; lesions without one are named."""
    if not lesions:
        return None, fmt(N_("no lesion recorded"))
    graded = [la for la in lesions if la.escc_rank is not None]
    unknown = [la.label for la in lesions if la.escc_rank is None]
    if not graded:
        return lesions[0], fmt(N_("ESCC not recorded for %1"), join(", ", unknown))
    lead = max(graded, key=lambda la: la.escc_rank or 0)
    reason = fmt(N_("ESCC %1"), lead.escc.display)
    if unknown:
        reason = fmt(N_("%1; ESCC not recorded for %2"), reason, join(", ", unknown))
    return lead, reason


def _worst(lesions: tuple[LesionAssessment, ...], instability: LesionAssessment | None,
           compression: LesionAssessment | None) -> tuple[LesionAssessment | None, Text]:
    """The one lesion the short summaries name first: the lesion for compression when it compresses
    the cord (ESCC >= 2) and the instability lesion is not certainly unstable, else the lesion for
    instability. Both are always named separately where they differ."""
    if not lesions or instability is None:
        return None, fmt(N_("no lesion recorded"))
    if len(lesions) == 1:
        return instability, fmt(N_("the only lesion"))
    count = len(lesions)
    if (compression is not None and compression is not instability and compression.escc.display in escc.HIGH_GRADES
            and instability.instability is not True):
        return compression, fmt(N_("highest ESCC %1 of %2 lesions"), compression.escc.display, count)
    if instability.sins.total is not None and instability.escc.display:
        return instability, fmt(N_("highest SINS %1 and ESCC %2 of %3 lesions"), instability.sins.total,
                                instability.escc.display, count)
    if instability.sins.total is not None:
        return instability, fmt(N_("highest SINS %1 of %2 lesions"), instability.sins.total, count)
    return instability, fmt(N_("highest rank (SINS/ESCC incomplete) of %1 lesions"), count)


#: Which prognosis bands each complete survival score supports (pathway.md §11 S11; the mapping
#: of score groups to bands is an inference, §7 item 5). Scores not listed give no vote.
_BANDS = ("very_poor", "poor", "good")
_BAND_WORDS = {"very_poor": N_("very poor"), "poor": N_("poor"), "good": N_("good")}
TOKUHASHI_BANDS = {"lt_6_months": frozenset({"poor", "very_poor"}), "gte_6_months": frozenset({"good"}),
                   "gte_1_year": frozenset({"good"})}
LINDEN_BANDS = {"A": frozenset({"very_poor"}), "B": frozenset({"good"}), "C": frozenset({"good"})}
RADES_BANDS = {"likely_death_2m": frozenset({"very_poor"})}
HAEMATOLOGICAL = frozenset({_P.MYELOMA, _P.LYMPHOMA})


def _words(bands: frozenset[str]) -> Text:
    """The bands in words ("very poor or poor"); the template is translated as a whole."""
    words = [_BAND_WORDS[b] for b in _BANDS if b in bands]
    templates = {1: N_("%1"), 2: N_("%1 or %2"), 3: N_("%1, %2 or %3")}
    return fmt(templates[len(words)], *words)


def _prognosis(case: Case, scores: dict[str, ScoreResult]) -> tuple[Input, tuple[str, ...], frozenset[str], frozenset[str]]:
    """Prognosis band for the pathway: the clinician's estimate, else the band all complete survival
    scores support (S11).

    Each complete score supports a set of bands: revised Tokuhashi 0-8 ('< 6 months') poor or very
    poor, 9-15 good; van der Linden A very poor, B and C good — but no vote for an 'other' primary,
    which is group A whatever the KPS; Rades 2-month score >= 19 very poor, < 19 no vote. The band
    is the one band common to all voting scores. When two remain, or none is common, no band is
    chosen for the clinician (the worst would mean less treatment, the best more): the possible
    bands are returned for the pathway and an estimate is asked for. Haematological primaries get
    no band from these solid-tumour scores.

    Returns the band (or what is missing), the scores' votes as text, the possible bands, and the
    bands offered to the clinician (when the scores disagree: only those one of them supports).
    """
    every = frozenset(_BANDS)
    field_name = "history.prognosis_override"
    if case.history.prognosis_override is not None:
        value = case.history.prognosis_override.value
        return (Input(value, Source.OVERRIDE, N_("set by the clinician"), field_name),
                (N_("clinician's estimate"),), frozenset({value}), every)
    votes: list[tuple[frozenset[str], Text]] = []
    rades = scores["rades_death_2m"]
    if rades.complete and rades.band in RADES_BANDS:
        bands = RADES_BANDS[rades.band]
        votes.append((bands, fmt(N_("Rades 2-month score %1 (≥ 19) → %2"), rades.total, _words(bands))))
    lind = scores["linden"]
    if lind.complete and lind.band in LINDEN_BANDS:
        primary_item = next((item for item in lind.items if item.id == "primary"), None)
        if primary_item is None or primary_item.value != "other":
            bands = LINDEN_BANDS[lind.band]
            votes.append((bands, fmt(N_("van der Linden group %1 → %2"), lind.band, _words(bands))))
    tok = scores["tokuhashi_revised"]
    if tok.complete and tok.band in TOKUHASHI_BANDS:
        bands = TOKUHASHI_BANDS[tok.band]
        votes.append((bands, fmt(N_("revised Tokuhashi %1 (%2) → %3"), tok.total, tok.band_label, _words(bands))))
    basis = tuple(text for _, text in votes)
    primary, _ = derive.established_primary(case)
    if primary in HAEMATOLOGICAL:
        context = fmt(N_("; scores for context: %1"), join("; ", basis)) if basis else ""
        return (Input.missing(field_name, fmt(N_("haematological primary: the survival scores were built in "
                                                 "solid tumours, so no band is derived — estimate the "
                                                 "prognosis%1"), context)), basis, frozenset(), every)
    if not votes:
        return Input.missing(field_name, N_("no survival score complete; estimate the prognosis")), (), frozenset(), every
    common = frozenset(_BANDS).intersection(*(bands for bands, _ in votes))
    if len(common) == 1:
        value = next(iter(common))
        return (Input(value, Source.DERIVED, fmt(N_("%1 (mapping is an inference)"), join("; ", basis)), field_name),
                basis, common, every)
    if common:
        return (Input.missing(field_name, fmt(N_("the survival scores allow %1 (%2); estimate the prognosis"),
                                              _words(common), join("; ", basis))), basis, common, every)
    offered = frozenset().union(*(bands for bands, _ in votes))
    return (Input.missing(field_name, fmt(N_("the survival scores disagree (%1); estimate the prognosis: %2"),
                                          join("; ", basis), _words(offered))), basis, offered, offered)


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


def find(case: Case, as_of: datetime) -> Findings:
    latest, previous = case.latest_exam(), case.previous_exam()
    latest_c = classify(latest.isncsci) if latest else None
    previous_c = classify(previous.isncsci) if previous else None
    comparison = neuro.compare(previous_c, latest_c) if latest_c and previous_c else None
    deficit = neuro.deficit_class(latest, latest_c)
    frankel_input = neuro.frankel(latest, latest_c)
    h = case.history

    lesions = tuple(_lesion_assessment(case, lesion, as_of) for lesion in case.imaging.lesions)
    instability, instability_reason = _instability_lesion(lesions)
    compression, compression_reason = _compression_lesion(lesions)
    worst, worst_reason = _worst(lesions, instability, compression)

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
        "growth": derive.tomita_growth(case),
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
    linden_result = linden.compute({
        "kps": kps_in,
        "primary": ov("linden.primary", derive.primary_category(
            case, {_P.BREAST: "breast", _P.PROSTATE: "prostate", _P.LUNG_NSCLC: "lung",
                   _P.LUNG_SCLC: "lung"}, "other")),
        "visceral_metastases": ov("linden.visceral_metastases", visceral_bool),
    })
    if linden_result.band and any(i.id == "primary" and i.value == "other" for i in linden_result.items):
        linden_result = replace(linden_result, notes=linden_result.notes + (
            N_("For a primary scored 'other' the score reaches at most 3 points, so the group is A whatever the "
               "Karnofsky index: it says nothing about this patient and does not vote for the prognosis."),))
    scores["linden"] = linden_result
    motor_deficit = deficit.value in (DeficitClass.MILD, DeficitClass.FUNCTIONALLY_RELEVANT,
                                      DeficitClass.COMPLETE)
    rades_notes: tuple[str, ...] = ()
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

    prognosis, basis, bands, choices = _prognosis(case, scores)
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
    return Findings(
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
        lesion_for_instability=instability,
        instability_reason=instability_reason,
        lesion_for_compression=compression,
        compression_reason=compression_reason,
        prognosis_bands=bands,
        prognosis_choices=choices,
        kps_ecog_warning=consistency or None,
        disagreements=disagreements(case),
    )
