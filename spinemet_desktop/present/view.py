"""The referral's content as words: one case and its assessment, sections of labelled rows.

:func:`build_referral_view` gives everything the referral says, in one language; the PDF lays it
out, the FHIR narratives list it, and the side panel and the summary page show their parts of it
(each part has its own builder, so the side panel builds only what it shows on every edit).
Labels of case fields come from the form declarations (:mod:`spinemet_desktop.present.fields`),
values from :class:`~spinemet_desktop.present.render.Renderer`. No Qt, no reportlab.

Page 1 answers the receiving surgeon's questions: urgency, what is asked, each decision with its
lesion and what it assumes, neurology and its trend, tumour, the lesions for instability and for
compression, performance status, key labs, the warnings that change the handling (right after
the decisions), the re-irradiation figures, and the recommendations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from spinemet_desktop import GUIDELINE_VERSION_SHORT, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.isncsci import IsncsciClassification, classify
from spinemet_desktop.clinical.labs import FLAG_NAMES, LabValue, RangeFlag, Severity
from spinemet_desktop.clinical.pathway import Decision, Fired, fact_label
from spinemet_desktop.clinical.pathway.engine import UrgencyLevel
from spinemet_desktop.clinical.pathway.rules import Timing
from spinemet_desktop.clinical.result import ScoreResult, Source, Status
from spinemet_desktop.model import Case, NeuroExam
from spinemet_desktop.model.address import every_lesion
from spinemet_desktop.model.enums import DeficitClass
from spinemet_desktop.model.isncsci import GRID_COLUMNS
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLE_NAMES, KEY_MUSCLES
from spinemet_desktop.present import pathway as words
from spinemet_desktop.present.fields import WORKSHEET_COLUMNS, field_label, labels
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.missing import missing_items
from spinemet_desktop.present.render import Renderer
from spinemet_desktop.present.vocabulary import (
    DEFICIT,
    ITEM_VOCABULARY,
    QT_TRANSLATE_NOOP,
    TIMING_MARK,
    URGENCY_MARK,
    label_template,
)

#: The outputs on page 1, in the order a receiving surgeon reads them.
REQUEST_SLOTS = ("spine_centre", "surgery", "radiotherapy", "imaging", "immobilise", "biopsy", "embolisation")
#: The labs page 1 shows.
KEY_LABS = ("haemoglobin", "platelets", "leukocytes", "inr", "calcium", "crp", "creatinine", "albumin")
#: Advice shown with the urgent part of page 1; the rest is the further plan or background.
NOW = (Timing.NOW, Timing.WITHIN_24H, Timing.WARNING)
#: Lab flags among the warnings of page 1; a mild hypercalcaemia is named only with the values (S12).
PAGE_ONE_LAB_FLAGS = (Severity.URGENT, Severity.WARNING)
#: The grade of a hypercalcaemia, named with the key labs (pathway.md §11 S12).
HYPERCALCAEMIA_GRADES = {
    "mild": QT_TRANSLATE_NOOP("report", "mild hypercalcaemia"),
    "moderate": QT_TRANSLATE_NOOP("report", "moderate hypercalcaemia"),
    "severe": QT_TRANSLATE_NOOP("report", "severe hypercalcaemia"),
}


@dataclass(frozen=True)
class Row:
    """A labelled value; ``fields`` are the case fields whose labels make the label (a field's
    details may follow in the value)."""

    label: str
    value: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Grid:
    """A table with a header row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class UrgencyView:
    level: UrgencyLevel
    mark: str
    headline: str
    determined: bool


@dataclass(frozen=True)
class DecisionView:
    slot: str
    label: str
    value: str
    determined: bool
    #: The rules behind the value with their lesions ("B15 (L1), B25 (T6)") and the advice.
    rules: str
    text: str
    #: What the value plans for until it is recorded (S2, S3, S5), and each lesion's own answer
    #: where the lesions differ (S4); for an undetermined output what is possible and missing.
    assumption: str
    per_lesion: str
    open_question: str

    @property
    def short(self) -> str:
        """Value, rules, each lesion's answer and what is assumed: for page 1."""
        parts = [self.value + (f" [{self.rules}]" if self.rules else "")]
        if self.per_lesion:
            parts.append(self.per_lesion)
        if self.open_question:
            parts.append(self.open_question)
        return " — ".join(parts) + (f" {self.assumption}" if self.assumption else "")

    @property
    def reason(self) -> str:
        """Why: the advice and rules, what is assumed, each lesion's answer (the decision trace)."""
        if not self.determined:
            return self.open_question + (f" — {self.per_lesion}" if self.per_lesion else "")
        text = self.text + (f" [{self.rules}]" if self.rules else "")
        text += f" {self.assumption}" if self.assumption else ""
        return text + (f" — {self.per_lesion}" if self.per_lesion else "")


@dataclass(frozen=True)
class AdviceView:
    mark: str
    text: str
    timing: Timing
    #: The rule ids ("C3, A2"), the guideline references, the lesions it is about.
    rules: str
    refs: str
    strengths: str
    lesions: str
    inferred: bool
    #: A key naming the rules (for a "why?" link) and the reasons: each rule's title and facts.
    key: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ItemView:
    label: str
    value: str
    points: str
    source: str
    target: str | None
    overridden: bool


@dataclass(frozen=True)
class ScoreView:
    key: str
    title: str
    value: str
    band: str
    meaning: str
    status: str
    citation: str
    notes: str
    #: How the table was checked, and what is still doubtful (shown on demand, not on the PDF).
    verification: str
    provisional: bool
    overridden: bool
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class MissingView:
    label: str
    detail: str
    field: str | None


@dataclass(frozen=True)
class LesionView:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ExamView:
    title: str
    worksheet: Grid
    #: Cells of the worksheet that belong to no muscle (row, column), greyed in print.
    blank_cells: tuple[tuple[int, int], ...]
    rows: tuple[Row, ...]
    classification: tuple[Row, ...]
    comparison_title: str
    comparison: tuple[Row, ...]


@dataclass(frozen=True)
class ShortReferral:
    """The short referral (one page, from the triage page): the decisions so far, the facts recorded,
    and what was not yet assessed — a field with nothing recorded is named there, not printed empty."""

    request: tuple[Row, ...]
    patient: tuple[Row, ...]
    neurology: tuple[Row, ...]
    tumour: tuple[Row, ...]
    not_assessed: tuple[Row, ...]


@dataclass(frozen=True)
class ReferralView:
    language: str
    title: str
    header: str
    footer: str
    notice: str
    page_label: str
    urgency: UrgencyView
    request: tuple[Row, ...]
    handling: tuple[Row, ...]
    patient: tuple[Row, ...]
    neurology: tuple[Row, ...]
    tumour: tuple[Row, ...]
    reirradiation: Grid | None
    reirradiation_title: str
    reirradiation_note: str
    advice_now: tuple[AdviceView, ...]
    advice_plan: tuple[AdviceView, ...]
    exam: ExamView | None
    imaging: tuple[Row, ...]
    lesions: tuple[LesionView, ...]
    scores: tuple[ScoreView, ...]
    not_computed: tuple[str, ...]
    decisions: Grid
    fired: tuple[str, ...]
    missing: str
    warnings: tuple[str, ...]
    advice_background: tuple[AdviceView, ...]
    labs: Grid | None
    history: tuple[Row, ...]
    notes: str
    signature: tuple[Row, ...]
    headings: dict[str, str] = field(default_factory=dict)
    #: What was not yet assessed (empty when the forms are complete).
    not_assessed: tuple[Row, ...] = ()
    short: ShortReferral | None = None


# -- small words ------------------------------------------------------------------------------

def patient_name(case: Case) -> str:
    p = case.patient
    return ", ".join(x for x in (p.surname, p.given_name) if x) or "—"


def age_on(born: object, day: datetime) -> int | None:
    from datetime import date

    if not isinstance(born, date):
        return None
    today = day.date()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def urgency(a: Assessment, r: Renderer) -> UrgencyView:
    u = a.pathway.urgency
    return UrgencyView(u.level, URGENCY_MARK.get(u.level, ""), r.clinical(u.headline), u.determined)


def decision(slot: str, d: Decision, r: Renderer) -> DecisionView:
    """An output's value and why, with its lesion and what it assumes (pathway.md §11 S2-S4)."""
    open_question = ""
    if d.value is None:
        open_question = r.translate("report", "possible: %1; missing: %2").replace(
            "%1", ", ".join(r.output(v, slot) for v in d.possible)).replace(
            "%2", ", ".join(r.clinical(fact_label(m)) for m in d.missing))
    assumed = words.assumption(d)
    per_lesion = ("; ".join(f"{x.lesion}: {r.output(x.value, slot)}" for x in d.per_lesion)
                  if words.lesions_differ(d) else "")
    return DecisionView(slot, r.slot(slot), r.output(d.value, slot), d.value is not None, words.decided_by(d),
                        r.clinical(d.text), r.clinical(assumed) if assumed is not None else "", per_lesion,
                        open_question)


def decisions(a: Assessment, r: Renderer, slots: tuple[str, ...] | None = None) -> tuple[DecisionView, ...]:
    chosen = a.pathway.decisions
    return tuple(decision(slot, chosen[slot], r) for slot in (slots or tuple(chosen)) if slot in chosen)


def _because(f: Fired, r: Renderer) -> str:
    """The facts a fired rule used, then the outputs it read ("Surgery = emergency operation < 6 h")."""
    facts = [f"{r.clinical(fact_label(k))} = {r.fact_value(k, v)}" for k, v in f.facts.items()
             if not k.startswith("output:")]
    outputs = [f"{r.slot(k[7:])} = {r.output(v, k[7:])}" for k, v in f.facts.items() if k.startswith("output:")]
    return "; ".join(facts + outputs)


def advice(a: Assessment, r: Renderer, timings: tuple[Timing, ...]) -> tuple[AdviceView, ...]:
    """The fired rules' advice; the same advice from two rules once, with both ids (S10)."""
    out = []
    for line in a.pathway.advice():
        if line.timing not in timings:
            continue
        reasons = []
        for f in line.fired:
            because = _because(f, r)
            reasons.append(f"{f.rule.id}: {r.clinical(f.rule.title)}" + (f" — {because}" if because else "")
                           + (f" ({r.clinical(f.rule.note)})" if f.rule.note else ""))
        strengths = ", ".join(dict.fromkeys(f.rule.strength for f in line.fired if f.rule.strength))
        key = "|".join(dict.fromkeys(f"{f.rule.id}:{f.effect.slot or ''}" for f in line.fired))
        out.append(AdviceView(TIMING_MARK[line.timing], r.clinical(line.text), line.timing, ", ".join(line.rule_ids),
                              ", ".join(line.refs), strengths, ", ".join(line.lesions), line.inferred, key,
                              tuple(dict.fromkeys(reasons))))
    return tuple(out)


# -- scores ------------------------------------------------------------------------------------

def score_value(result: ScoreResult, r: Renderer) -> str:
    if result.display is not None:
        band = f" — {r.clinical(result.band_label)}" if result.band_label and result.band_label != result.display else ""
        return r.clinical(result.display) + band
    if not result.applicable:
        return r.not_applicable
    names = {item.id: item.label for item in result.items}
    missing = ", ".join(r.clinical(names.get(m, m)) for m in result.missing)
    return r.translate("report", "incomplete — missing: %1").replace("%1", missing)


def status(result: ScoreResult, r: Renderer) -> str:
    """The verification status in one short phrase (the details are in the citation and notes)."""
    return {
        Status.VERIFIED: r.translate("report", "verified"),
        Status.VERIFIED_SECONDARY: r.translate("report", "verified (secondary sources)"),
        Status.PROVISIONAL: r.translate("report", "PROVISIONAL — table not yet verified against the primary paper"),
        Status.NOT_COMPUTED: r.translate("report", "not available — table not verified"),
    }[result.status]


def item_value(result: ScoreResult, item_id: str, value: object, r: Renderer) -> str:
    """A score item's answer by its label (SINS answers, tumour growth), else the value itself."""
    if isinstance(value, bool) or value is None:
        return r.yes_no(value)
    for kind in (ITEM_VOCABULARY.get((result.score_id, item_id)), "answer"):
        if kind is not None and label_template(kind, value) is not None:
            return r.vocabulary(kind, value)
    return r.clinical(value if isinstance(value, float) else str(value).replace("_", " "))


def score(result: ScoreResult, r: Renderer) -> ScoreView:
    items = tuple(
        ItemView(r.clinical(item.label), item_value(result, item.id, item.value, r),
                 "–" if item.points is None else str(item.points),
                 r.vocabulary("source", item.source.value) + (f": {r.clinical(item.derivation)}" if item.derivation else ""),
                 item.target, item.source is Source.OVERRIDE)
        for item in result.items
    )
    return ScoreView(f"{result.score_id}|{result.subject}",
                     r.clinical(result.name) + (f" — {r.clinical(result.subject)}" if result.subject else ""),
                     score_value(result, r), r.clinical(result.band_label or ""), r.clinical(result.meaning or ""),
                     status(result, r), result.citation, "; ".join(r.clinical(n) for n in result.notes),
                     " ".join(r.clinical(n) for n in result.verification), result.status is Status.PROVISIONAL, any(i.overridden for i in items), items)


def scores(a: Assessment, r: Renderer) -> tuple[ScoreView, ...]:
    return tuple(score(result, r) for result in a.all_scores())


def not_computed(a: Assessment, r: Renderer) -> tuple[str, ...]:
    return tuple(f"{r.clinical(x.name)}: {r.clinical(x.meaning or '')} ({x.citation})" for x in a.reference_scores)


# -- what is missing ---------------------------------------------------------------------------

def missing_facts(a: Assessment, r: Renderer, names: tuple[str, ...] | None = None) -> tuple[MissingView, ...]:
    """The facts that could change the result (or those planned for the worse), with where to enter them."""
    p = a.pathway
    out = []
    for name in p.missing_facts if names is None else names:
        given = p.provenance_of(name)
        detail = r.clinical(given.derivation) if given is not None and given.derivation else ""
        out.append(MissingView(r.clinical(fact_label(name)), detail, given.field if given is not None else None))
    return tuple(out)


# -- page 1 ------------------------------------------------------------------------------------

def request(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    rows = []
    if case.encounter.question:
        rows.append(Row(field_label("encounter.question", r), case.encounter.question, ("encounter.question",)))
    rows += [Row(view.label, view.short) for view in decisions(a, r, REQUEST_SLOTS)]
    return tuple(rows)


def patient(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    p, enc = case.patient, case.encounter
    age = age_on(p.date_of_birth, a.as_of)
    years = r.translate("report", "%1 years")
    born = r.date(p.date_of_birth) + (f" ({years.replace('%1', str(age))})" if age is not None else "")
    referrer = ", ".join(x for x in (enc.referring_ward, enc.referring_physician) if x) or r.not_recorded
    return (
        Row(labels(r, "patient.surname", "patient.given_name"), patient_name(case), ("patient.surname", "patient.given_name")),
        Row(labels(r, "patient.date_of_birth", "patient.sex"),
            f"{born} / {r.vocabulary('sex', p.sex)}", ("patient.date_of_birth", "patient.sex")),
        Row(field_label("patient.record_number", r), p.record_number or r.not_recorded, ("patient.record_number",)),
        Row(labels(r, "encounter.referring_ward", "encounter.referring_physician"), referrer,
            ("encounter.referring_ward", "encounter.referring_physician")),
        Row(field_label("encounter.phone", r), enc.phone or r.not_recorded, ("encounter.phone",)),
        Row(field_label("encounter.assessed_at", r), r.when(enc.assessed_at or a.as_of), ("encounter.assessed_at",)),
    )


def _no_deficit(a: Assessment) -> bool:
    """No deficit documented: the onset of a deficit does not apply."""
    motor = a.pathway.provenance.get("motor_finding")
    return a.deficit_class.value in (DeficitClass.NONE.value, DeficitClass.RADICULAR_SENSORY.value) and not (
        motor is not None and motor.value)


def _ais(classification: IsncsciClassification, had_injury: bool, r: Renderer) -> str:
    """The AIS, which grades a spinal cord injury: "E" only after a documented one (ISNCSCI 2019)."""
    assert classification.result is not None
    ais = classification.result.asia_impairment_scale
    if ais.replace("*", "") == "E" and not had_injury:
        return r.translate("report", "AIS not applicable: no spinal cord injury documented (all segments normal)")
    return f"AIS {ais}"


def _injury_before(case: Case) -> bool:
    """Whether an earlier examination of the episode found a spinal cord injury (AIS A-D)."""
    for exam in case.exams_latest_first()[1:]:
        c = classify(exam.isncsci)
        if c.result is not None and c.result.asia_impairment_scale.replace("*", "")[:1] in "ABCD":
            return True
    return False


def isncsci_summary(case: Case, a: Assessment, r: Renderer) -> str:
    """The latest classification in one line: AIS (where it applies), NLI, UEMS, LEMS."""
    c = a.isncsci
    if c is None:
        return r.translate("report", "no examination recorded")
    if c.result is None:
        return r.translate("report", "worksheet incomplete (%1 cells/fields missing)").replace("%1", str(len(c.missing)))
    res = c.result
    return r.translate("report", "%1, NLI %2, UEMS %3, LEMS %4").replace(
        "%1", _ais(c, _injury_before(case), r)).replace("%2", res.neurological_level_of_injury).replace(
        "%3", res.upper_motor_total).replace("%4", res.lower_motor_total)


def neurology(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    exam = case.latest_exam()
    d = a.deficit_class
    deficit = r.label(DEFICIT[d.value]) if d.value else r.translate("report", "not determined")
    rows = [Row(r.translate("report", "Deficit"), deficit + (f" ({r.clinical(d.derivation)})" if d.derivation else "")),
            Row("ISNCSCI", isncsci_summary(case, a, r))]
    comparison = a.comparison
    if comparison is not None:
        trend = (r.translate("report", "DETERIORATION: %1").replace("%1", "; ".join(r.clinical(x) for x in comparison.reasons))
                 if comparison.deteriorated else r.translate("report", "no deterioration since the previous exam"))
        if comparison.motor_change is not None:
            trend += " — " + r.translate("report", "motor score %1 → %2").replace(
                "%1", str(comparison.motor_total_before)).replace("%2", str(comparison.motor_total_after))
        rows.append(Row(r.translate("report", "Trend"), trend))
    if exam is not None:
        if _no_deficit(a):
            onset = r.not_applicable
        else:
            progress = (r.translate("report", "rapidly progressive") if exam.rapidly_progressive
                        else r.translate("report", "not rapidly progressive") if exam.rapidly_progressive is False
                        else r.translate("report", "progression not recorded"))
            onset = f"{r.when(exam.deficit_onset_at)} — {progress}"
        rows += [
            Row(labels(r, "neuro.examined_at", "neuro.examiner"),
                r.when(exam.examined_at) + (f" — {exam.examiner}" if exam.examiner else ""),
                ("neuro.examined_at", "neuro.examiner")),
            Row(field_label("neuro.deficit_onset_at", r), onset, ("neuro.deficit_onset_at",)),
            Row(field_label("neuro.ambulatory", r), r.vocabulary("ambulatory", exam.ambulatory), ("neuro.ambulatory",)),
            Row(field_label("neuro.bladder_bowel", r), r.vocabulary("bladder_bowel", exam.bladder_bowel),
                ("neuro.bladder_bowel",)),
        ]
    return tuple(rows)


def treatment_facts(case: Case, r: Renderer) -> tuple[Row, ...]:
    """What changes the handling of an operation: anticoagulation and its last dose, steroids."""
    h = case.history
    anticoagulants = r.yes_no(h.anticoagulants) + (f" — {h.anticoagulant_details}" if h.anticoagulants and
                                                   h.anticoagulant_details else "")
    steroids = r.yes_no(h.steroids_given)
    if h.steroids_given:
        steroids += f" — {r.quantity(h.steroid_dose_mg, 'mg')}" if h.steroid_dose_mg is not None else ""
        steroids += f", {r.when(h.steroids_given_at)}" if h.steroids_given_at else ""
    return (
        Row(labels(r, "history.anticoagulants", "history.anticoagulant_details"), anticoagulants,
            ("history.anticoagulants", "history.anticoagulant_details")),
        Row(field_label("history.steroids_given", r), steroids, ("history.steroids_given",)),
    )


def tumour(case: Case, r: Renderer) -> tuple[Row, ...]:
    h, im = case.history, case.imaging
    therapy = (h.systemic_therapy_current or r.not_recorded) + (
        " — " + r.translate("report", "since %1").replace("%1", r.date(h.systemic_therapy_started_on))
        if h.systemic_therapy_started_on else "")
    return (
        Row(labels(r, "history.primary_tumour", "history.histology"),
            r.vocabulary("primary", h.primary_tumour) + (f" — {h.histology}" if h.histology else ""),
            ("history.primary_tumour", "history.histology")),
        Row(field_label("history.primary_diagnosis_date", r), r.date(h.primary_diagnosis_date),
            ("history.primary_diagnosis_date",)),
        Row(field_label("history.systemic_therapy_current", r), therapy, ("history.systemic_therapy_current",)),
        Row(labels(r, "imaging.visceral_metastases", "imaging.brain_metastases"),
            f"{r.vocabulary('organ', im.visceral_metastases)} / {r.vocabulary('organ', im.brain_metastases)}",
            ("imaging.visceral_metastases", "imaging.brain_metastases")),
    )


def lesion_lines(a: Assessment, r: Renderer) -> tuple[Row, ...]:
    """The lesion for instability and the one for compression, named apart when they differ (S4)."""
    roles = words.lesion_roles(a)
    if not roles:
        return (Row(r.translate("report", "Lesion"), r.translate("report", "no lesion recorded")),)
    rows = [Row(r.clinical(role.title), f"{role.lesion} — {r.clinical(role.reason)}") for role in roles]
    if len(a.lesions) > 1:
        rows.append(Row(r.translate("report", "All lesions"),
                        "; ".join(f"{la.label}: SINS {la.sins.display or '–'}, ESCC {la.escc.display or '–'}"
                                  for la in a.lesions)))
    return tuple(rows)


def performance(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    h = case.history
    prognosis = a.prognosis
    rows = [
        Row(labels(r, "history.karnofsky", "history.ecog", "history.asa_class"), " / ".join((
            r.vocabulary("kps", h.karnofsky), r.vocabulary("ecog", h.ecog), r.vocabulary("asa", h.asa_class))),
            ("history.karnofsky", "history.ecog", "history.asa_class")),
        Row(labels(r, "history.operable_per_anaesthesia", "history.consents_to_surgery"),
            f"{r.yes_no(h.operable_per_anaesthesia)} / {r.yes_no(h.consents_to_surgery)}",
            ("history.operable_per_anaesthesia", "history.consents_to_surgery")),
        Row(r.translate("report", "Prognosis band"), r.vocabulary("prognosis", prognosis.value)
            + (f" ({r.clinical(prognosis.derivation)})" if prognosis.derivation else "")),
    ]
    return tuple(rows)


def disagreements(a: Assessment, r: Renderer) -> tuple[Row, ...]:
    """Where the history and the latest examination contradict each other, one row each."""
    label = r.translate("report", "History and examination")
    return tuple(Row(label, f"⚠ {r.clinical(d.text)}", (d.history_field, d.exam_field)) for d in a.disagreements)


def handling(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    """The warnings that change the handling, for page 1 (empty when there is none): Karnofsky and
    ECOG that do not match, hypercalcaemia of a grade that needs treatment (S12), a bleeding risk,
    an infection, and history and examination that contradict each other."""
    rows = []
    if a.kps_ecog_warning:
        rows.append(Row(labels(r, "history.karnofsky", "history.ecog"), f"⚠ {r.clinical(a.kps_ecog_warning)}",
                        ("history.karnofsky", "history.ecog")))
    for lab_flag in a.labs.flags if a.labs else ():
        if lab_flag.severity in PAGE_ONE_LAB_FLAGS:
            name = r.clinical(FLAG_NAMES[lab_flag.id])
            rows.append(Row(name[:1].upper() + name[1:], f"⚠ {r.clinical(lab_flag.text)} — {r.clinical(lab_flag.reason)}"))
    if case.history.infection:
        rows.append(Row(field_label("history.infection", r), f"⚠ {r.yes_no(True)}", ("history.infection",)))
    return tuple(rows) + disagreements(a, r)


def key_labs(a: Assessment, r: Renderer) -> tuple[Row, ...]:
    labs = a.labs
    if labs is None or not labs.values:
        return (Row(r.translate("report", "Labs"), r.translate("report", "none recorded")),)
    parts = []
    for analyte in KEY_LABS:
        v = labs.values.get(analyte)
        if v is not None:
            flag = {RangeFlag.HIGH: " ↑", RangeFlag.LOW: " ↓", None: ""}[v.flag]
            if v.reference_low is None and v.reference_high is None:
                flag = " (" + r.translate("report", "no reference range") + ")"
            parts.append(f"{r.vocabulary('lab', analyte)} {r.quantity(v.value, v.unit, 2)}{flag}")
    if labs.corrected_calcium is not None:
        parts.append(r.translate("report", "corrected calcium %1").replace(
            "%1", r.quantity(labs.corrected_calcium, "mmol/L", 2)))
    # The grade of a hypercalcaemia with the values; one that needs treatment is also a warning
    # (handling()), a mild one is not (S12).
    grades = [r.translate("report", HYPERCALCAEMIA_GRADES[f.grade]) for f in labs.flags if f.grade]
    if grades:
        parts.append(", ".join(grades))
    rows = [Row(r.translate("report", "Key labs"), "; ".join(parts) or r.translate("report", "none recorded"))]
    if labs.missing_minimum:
        rows.append(Row(r.translate("report", "Minimum panel missing"),
                        ", ".join(r.vocabulary("lab", m) for m in labs.missing_minimum)))
    return tuple(rows)


def reirradiation(a: Assessment, r: Renderer) -> Grid | None:
    """The re-irradiation figures of every lesion in a previous field (S5)."""
    rows = words.reirradiation_rows(a)
    if not rows:
        return None

    unknown = r.translate("report", "not known")

    def one(value: float | None) -> str:  # figures are shown to one decimal
        return unknown if value is None else r.decimal(round(value, 1))

    def gy(value: float | None, unit: str) -> str:
        return unknown if value is None else f"{one(value)} {unit}"

    return Grid(
        tuple(r.clinical(h) for h in words.REIRRADIATION_HEADERS),
        tuple((f"{x.lesion} / {x.figures.level}", r.clinical(x.courses), gy(x.figures.largest_course_bed_gy2, "Gy₂"),
               f"{gy(x.figures.cumulative_bed_gy2, 'Gy₂')} / {gy(x.figures.cumulative_eqd2_gy, 'Gy')}",
               one(x.figures.interval_months), f"{r.decimal(x.figures.limit_gy2)} Gy₂",
               gy(x.figures.margin_bed_gy2, "Gy₂"), gy(x.figures.margin_sbrt_eqd2_gy, "Gy"))
              for x in rows),
    )


# -- the following pages ---------------------------------------------------------------------------

def _injury_complete(value: str, r: Renderer) -> str:
    words_ = {"C": r.translate("report", "complete"), "I": r.translate("report", "incomplete")}
    return " / ".join(words_.get(part.replace("*", ""), part) + ("*" if "*" in part else "") for part in value.split(","))


#: The totals of an incomplete worksheet (clinical.isncsci.classify), in the worksheet's words.
PARTIAL_TOTALS = {
    "right_upper_motor_total": QT_TRANSLATE_NOOP("report", "right upper-limb motor"),
    "left_upper_motor_total": QT_TRANSLATE_NOOP("report", "left upper-limb motor"),
    "right_lower_motor_total": QT_TRANSLATE_NOOP("report", "right lower-limb motor"),
    "left_lower_motor_total": QT_TRANSLATE_NOOP("report", "left lower-limb motor"),
    "right_touch_total": QT_TRANSLATE_NOOP("report", "right light touch"),
    "left_touch_total": QT_TRANSLATE_NOOP("report", "left light touch"),
    "right_prick_total": QT_TRANSLATE_NOOP("report", "right pin prick"),
    "left_prick_total": QT_TRANSLATE_NOOP("report", "left pin prick"),
}


def partial_totals(c: IsncsciClassification, r: Renderer) -> str:
    """The totals an incomplete worksheet already gives ("right upper-limb motor 25, …")."""
    return ", ".join(f"{r.translate('report', PARTIAL_TOTALS[k])} {v}" for k, v in c.partial_totals.items())


def classification_rows(exam: NeuroExam, case: Case, r: Renderer) -> tuple[Row, ...]:
    c = classify(exam.isncsci)
    if c.result is None:
        rows = [Row(r.translate("report", "Classification"), r.translate(
            "report", "not possible: %1 cells/fields missing").replace("%1", str(len(c.missing))))]
        if c.partial_totals:
            rows.append(Row(r.translate("report", "Partial totals"), partial_totals(c, r)))
        return tuple(rows)
    res = c.result
    return (
        Row(r.translate("report", "AIS / complete or incomplete"),
            f"{_ais(c, _injury_before(case), r)} / {_injury_complete(res.injury_complete, r)}"),
        Row(r.translate("report", "Neurological level of injury"), res.neurological_level_of_injury),
        Row(r.translate("report", "Sensory level R / L"), f"{res.right_sensory} / {res.left_sensory}"),
        Row(r.translate("report", "Motor level R / L"), f"{res.right_motor} / {res.left_motor}"),
        Row(r.translate("report", "Motor totals R / L; UEMS; LEMS"),
            f"{res.right_motor_total} / {res.left_motor_total}; {res.upper_motor_total}; {res.lower_motor_total}"),
        Row(r.translate("report", "Light touch / pin prick totals"), f"{res.touch_total} / {res.prick_total}"),
        Row(r.translate("report", "Sensory ZPP R / L"), f"{res.right_sensory_zpp} / {res.left_sensory_zpp}"),
        Row(r.translate("report", "Motor ZPP R / L"), f"{res.right_motor_zpp} / {res.left_motor_zpp}"),
    )


def exam_view(case: Case, a: Assessment, r: Renderer) -> ExamView | None:
    exam = case.latest_exam()
    if exam is None:
        return None
    values = exam.isncsci
    header = (r.translate("report", "Level"), *(r.translate("report", WORKSHEET_COLUMNS[c]) for c in GRID_COLUMNS))
    rows: list[tuple[str, ...]] = []
    blank: list[tuple[int, int]] = []
    for i, level in enumerate(DERMATOMES, start=1):
        name = level.replace("S4_5", "S4-5")
        label = f"{name} {r.clinical(KEY_MUSCLE_NAMES[level])}" if level in KEY_MUSCLES else name
        row = [label]
        for j, column in enumerate(GRID_COLUMNS, start=1):
            if column.endswith("motor") and level not in KEY_MUSCLES:
                row.append("")
                blank.append((i, j))
            else:
                row.append(getattr(values, column).get(level) or "·")
        rows.append(tuple(row))
    extra = [
        Row(labels(r, "neuro.isncsci.vac", "neuro.isncsci.dap"),
            f"{r.vocabulary('anal', values.vac)} / {r.vocabulary('anal', values.dap)}",
            ("neuro.isncsci.vac", "neuro.isncsci.dap")),
        Row(labels(r, "neuro.isncsci.right_lowest_non_key_muscle", "neuro.isncsci.left_lowest_non_key_muscle"),
            f"{values.right_lowest_non_key_muscle or '—'} / {values.left_lowest_non_key_muscle or '—'}",
            ("neuro.isncsci.right_lowest_non_key_muscle", "neuro.isncsci.left_lowest_non_key_muscle")),
    ]
    starred = [f"{k.replace('_', ' ')}: {v}" for k, v in values.non_sci_reasons.items()]
    if starred:
        extra.append(Row(r.translate("report", "Reasons for starred values"), "; ".join(starred)))
    unexplained = values.starred_without_reason()
    if unexplained:
        extra.append(Row(r.translate("report", "Starred values without a reason"), ", ".join(unexplained)))
    if values.comments:
        extra.append(Row(field_label("neuro.isncsci.comments", r), values.comments, ("neuro.isncsci.comments",)))
    comparison_title = ""
    comparison: tuple[Row, ...] = ()
    previous = case.previous_exam()
    if previous is not None and a.comparison is not None:
        c = a.comparison
        comparison_title = r.translate("report", "Compared with the previous exam (%1)").replace("%1", r.when(previous.examined_at))
        comparison = (
            Row(r.translate("report", "Motor score"), f"{c.motor_total_before} → {c.motor_total_after}"
                + (f" ({c.motor_change:+d})" if c.motor_change is not None else "")),
            Row(r.translate("report", "Deterioration"),
                "; ".join(r.clinical(x) for x in c.reasons) if c.deteriorated else r.translate("report", "no")),
        )
    return ExamView(r.translate("report", "Examination of %1").replace("%1", r.when(exam.examined_at)),
                    Grid(header, tuple(rows)), tuple(blank), tuple(extra), classification_rows(exam, case, r),
                    comparison_title, comparison)


def imaging_rows(case: Case, r: Renderer) -> tuple[Row, ...]:
    im = case.imaging
    return (
        Row(labels(r, "imaging.vertebral_metastases_count", "imaging.extraspinal_bone_foci"),
            f"{r.number(im.vertebral_metastases_count)} / {r.number(im.extraspinal_bone_foci)}",
            ("imaging.vertebral_metastases_count", "imaging.extraspinal_bone_foci")),
        Row(field_label("imaging.staging_complete", r), r.yes_no(im.staging_complete), ("imaging.staging_complete",)),
    )


def lesions(a: Assessment, r: Renderer) -> tuple[LesionView, ...]:
    roles = words.lesion_roles(a)
    out = []
    for la in a.lesions:
        les = la.lesion
        mine = [r.clinical(role.title) for role in roles if role.lesion == la.label]
        title = la.label + (" — " + ", ".join(mine) if mine and len(a.lesions) > 1 else "")

        def row(*names: str, value: str) -> Row:
            keys = tuple(every_lesion(n) for n in names)
            return Row(labels(r, *keys), value, keys)

        rows = [
            row("modality", "imaging_date", value=f"{r.vocabulary('modality', les.modality)}, {r.date(les.imaging_date)}"),
            Row("SINS", score_value(la.sins, r)),
            Row(field_label(every_lesion("escc"), r), score_value(la.escc, r), (every_lesion("escc"),)),
            Row(field_label(every_lesion("scst_type"), r), score_value(la.scst, r), (every_lesion("scst_type"),)),
            row("pathological_fracture", "unstable_fracture",
                value=f"{r.yes_no(les.pathological_fracture)} / {r.yes_no(les.unstable_fracture)}"),
            row("fragments_in_canal", "hypervascular",
                value=f"{r.yes_no(les.fragments_in_canal)} / {r.yes_no(les.hypervascular)}"),
            row("largest_diameter_mm", value=r.quantity(les.largest_diameter_mm, "mm")
                if les.largest_diameter_mm else r.not_recorded),
            row("new_or_increased_uptake", value=r.yes_no(les.new_or_increased_uptake)),
        ]
        if les.notes:
            rows.append(row("notes", value=les.notes))
        out.append(LesionView(title, tuple(rows)))
    return tuple(out)


def decision_table(a: Assessment, r: Renderer) -> Grid:
    rows = []
    for view in decisions(a, r):
        rows.append((view.label, view.value, view.reason))
    return Grid((r.translate("report", "Decision"), r.translate("report", "Result"),
                 r.translate("report", "Rule / reason")), tuple(rows))


def fired_lines(a: Assessment, r: Renderer) -> tuple[str, ...]:
    out = []
    for f in a.pathway.fired:
        facts = _because(f, r)
        where = f" [{f.lesion}]" if f.lesion else ""
        out.append(f"{f.rule.id}{where} ({', '.join(f.rule.refs)}): {r.clinical(f.rule.title)}" + (f" — {facts}" if facts else ""))
    return tuple(out)


def _flag_text(value: LabValue, r: Renderer) -> str:
    """High/low against the stored reference range; without one the value is not judged."""
    if value.reference_low is None and value.reference_high is None:
        return r.translate("report", "no reference range")
    return {RangeFlag.HIGH: r.translate("report", "high"), RangeFlag.LOW: r.translate("report", "low"),
            None: ""}[value.flag]


def lab_table(case: Case, a: Assessment, r: Renderer) -> Grid | None:
    if not case.labs.results:
        return None
    rows = []
    for res in case.labs.results:
        low, high = res.reference_low, res.reference_high
        unit = r.unit(res.unit)
        ref = (f"{r.number(low, 2)}–{r.number(high, 2)} {unit}" if low is not None and high is not None
               else f"≥ {r.number(low, 2)} {unit}" if low is not None
               else f"≤ {r.number(high, 2)} {unit}" if high is not None else "").strip()
        judged = a.labs.values.get(res.analyte) if a.labs else None
        flag = _flag_text(judged, r) if judged else ""
        value = res.text or (r.quantity(res.value, res.unit, 2) if res.value is not None else r.not_recorded)
        rows.append((r.vocabulary("lab", res.analyte), value, ref, flag, r.when(res.measured_at)))
    for lab_flag in a.labs.flags if a.labs else ():
        if lab_flag.severity not in PAGE_ONE_LAB_FLAGS:
            rows.append((r.translate("report", "Lab flag"), r.clinical(lab_flag.text), "", "",
                         r.clinical(lab_flag.reason)))
    return Grid((r.translate("report", "Analyte"), r.translate("report", "Value"), r.translate("report", "Reference"),
                 r.translate("report", "Flag"), r.translate("report", "Measured")), tuple(rows))


def history(case: Case, a: Assessment, r: Renderer) -> tuple[Row, ...]:
    """The history checklist of Empfehlung 8, worded as the history page words it."""
    h = case.history

    def one(name: str, value: str) -> Row:
        return Row(field_label(f"history.{name}", r), value, (f"history.{name}",))

    def answers(*names: str) -> Row:
        keys = tuple(f"history.{n}" for n in names)
        return Row(labels(r, *keys), " / ".join(r.yes_no(getattr(h, n)) for n in names), keys)

    def with_details(answer: str, details: str) -> Row:
        given = getattr(h, answer)
        value = r.yes_no(given) + (f" — {getattr(h, details)}" if given and getattr(h, details) else "")
        return Row(field_label(f"history.{answer}", r), value, (f"history.{answer}",))

    rows = [
        one("pain_nrs", r.number(h.pain_nrs)),
        Row(labels(r, "history.pain_character", "history.pain_location"),
            r.vocabulary("pain_character", h.pain_character) + (f" — {h.pain_location}" if h.pain_location else ""),
            ("history.pain_character", "history.pain_location")),
        Row(labels(r, "history.pain_type", "history.pain_course", "history.pain_quality"),
            f"{r.vocabulary('pain_type', h.pain_type)} / {r.vocabulary('pain_course', h.pain_course)}"
            + (f" / {h.pain_quality}" if h.pain_quality else "")
            + (" — " + r.translate("report", "since %1").replace("%1", r.date(h.pain_onset)) if h.pain_onset else ""),
            ("history.pain_type", "history.pain_course", "history.pain_quality")),
        answers("night_pain", "rest_pain", "sudden_severe_pain"),
        answers("complaint_weakness", "complaint_sensory", "complaint_radicular_pain", "complaint_bladder_bowel"),
        answers("trauma", "inflammation_signs", "systemic_inflammation_signs", "infection"),
        with_details("bone_metabolism_disease", "bone_metabolism_details"),
        one("hyperparathyroidism_or_esrd", r.yes_no(h.hyperparathyroidism_or_esrd)),
        with_details("previous_spinal_intervention", "previous_spinal_intervention_details"),
        one("weight_loss", r.yes_no(h.weight_loss)),
    ]
    for name in ("known_metastases", "systemic_therapy_previous", "medication_plan"):
        if getattr(h, name):
            rows.append(one(name, getattr(h, name)))
    d = h.differentials
    considered = [field_label(f"history.differentials.{name}", r) for name, value in d.model_dump().items() if value]
    unanswered = sum(value is None for value in d.model_dump().values())
    text = "; ".join(considered) or r.translate("report", "none")
    if unanswered:
        text += " — " + r.translate("report", "%1 not assessed").replace("%1", str(unanswered))
    rows.append(Row(r.translate("report", "Differential diagnoses still to exclude"), text))
    flags = a.red_flags
    if flags is not None:
        present = [r.clinical(f.label) for f in flags.flags if f.present]
        unknown = [r.clinical(f.label) for f in flags.flags if f.present is None]
        text = "; ".join(present) if present else r.translate("report", "none") if not unknown else ""
        if unknown:
            text += (" — " if text else "") + r.translate("report", "not assessed: %1").replace("%1", "; ".join(unknown))
        rows.append(Row(r.translate("report", "Red flags (6.1.2)"), text))
    for rt in h.prior_spine_radiotherapy:
        levels_ = "–".join(x for x in (rt.level_from, rt.level_to) if x) or r.translate("report", "level not recorded")
        dose = r.quantity(rt.total_dose_gy, "Gy") if rt.total_dose_gy else r.translate("report", "dose not recorded")
        fractions = (r.translate("report", "%1 fractions").replace("%1", str(rt.fractions)) if rt.fractions
                     else r.translate("report", "fractions not recorded"))
        rows.append(Row(field_label("history.prior_spine_radiotherapy", r),
                        f"{levels_}: {dose}, {fractions}, {r.date(rt.completed_on)}",
                        ("history.prior_spine_radiotherapy",)))
    return tuple(rows)


def not_assessed(case: Case, a: Assessment, r: Renderer, short: bool = False) -> tuple[Row, ...]:
    """What was not yet assessed, part by part, for a referral made before the forms are complete
    (the short referral of the triage page): the facts the pathway lacks or planned for the worse,
    the examination, the imaging and staging, the laboratory, the general condition, the history
    checklist of Empfehlung 8 and the scores (``short``: how many scores, without their names)."""
    rows: list[Row] = []
    p = a.pathway

    def facts(names: tuple[str, ...]) -> str:
        return ", ".join(r.clinical(fact_label(name)) for name in names)

    if p.missing_facts:
        rows.append(Row(r.translate("report", "Facts that would change the result"), facts(p.missing_facts)))
    if p.assumed_facts:
        rows.append(Row(r.translate("report", "Planned for the worse until recorded"), facts(p.assumed_facts)))
    if a.isncsci is None or a.isncsci.result is None:
        rows.append(Row(r.translate("report", "Neurological examination (ISNCSCI worksheet)"),
                        isncsci_summary(case, a, r)))
    if not case.imaging.lesions:
        rows.append(Row(r.translate("report", "Imaging findings"), r.translate("report", "no lesion recorded")))
    for la in a.lesions:
        open_items = [score_value(result, r) for result in (la.sins, la.escc) if result.display is None]
        if open_items:
            rows.append(Row(r.translate("report", "Lesion %1").replace("%1", la.label),
                            "; ".join(f"{name} {text}" for name, text in zip(
                                ("SINS", "ESCC"), open_items, strict=False))))
    staging = [f"imaging.{name}" for name in ("vertebral_metastases_count", "extraspinal_bone_foci",
                                              "visceral_metastases", "brain_metastases")
               if getattr(case.imaging, name) is None]
    if staging:
        rows.append(Row(r.translate("report", "Staging"), r.translate("report", "not recorded: %1").replace(
            "%1", labels(r, *staging)), tuple(staging)))
    labs_ = a.labs
    if labs_ is None or not labs_.values:
        rows.append(Row(r.translate("report", "Labs"), r.translate("report", "none recorded")))
    elif labs_.missing_minimum:
        rows.append(Row(r.translate("report", "Minimum panel missing"),
                        ", ".join(r.vocabulary("lab", m) for m in labs_.missing_minimum)))
    h = case.history
    condition = (["history.karnofsky", "history.ecog"] if h.karnofsky is None and h.ecog is None else []) + (
        ["history.asa_class"] if h.asa_class is None else [])
    if condition:
        rows.append(Row(labels(r, *condition), r.not_recorded, tuple(condition)))
    history_form = forms().history
    open_history = len(missing_items(history_form, case))
    if open_history:
        required = sum(1 for item in history_form.items() if item.required or item.required_if)
        rows.append(Row(r.translate("report", "History (Empfehlung 8)"),
                        r.translate("report", "%1 of %2 required answers not recorded").replace(
                            "%1", str(open_history)).replace("%2", str(required))))
    scored = [result for result in a.scores.values() if result.applicable and result.status is not Status.NOT_COMPUTED]
    incomplete = [r.clinical(result.name) for result in scored if result.display is None]
    if incomplete:
        count = r.translate("report", "%1 of %2").replace("%1", str(len(incomplete))).replace("%2", str(len(scored)))
        rows.append(Row(r.translate("report", "Scores not yet complete"),
                        count if short else f"{count}: {', '.join(incomplete)}"))
    return tuple(rows)


#: The decisions the short referral always shows (the others once they are determined).
SHORT_SLOTS = ("spine_centre", "surgery", "imaging", "immobilise")


def _recorded(rows: tuple[Row, ...], r: Renderer) -> tuple[tuple[Row, ...], list[Row]]:
    """The rows with something recorded, and those with nothing (a value that is "not recorded", or
    begins with it and says why)."""
    kept, empty = [], []
    nothing = (r.not_recorded, r.translate("report", "none recorded"))
    for row in rows:
        if all(part.strip().startswith(nothing) for part in row.value.split(" / ")):
            empty.append(row)
        else:
            kept.append(row)
    return tuple(kept), empty


def short_referral(case: Case, a: Assessment, r: Renderer) -> ShortReferral:
    chosen = a.pathway.decisions
    slots = [slot for slot in REQUEST_SLOTS if slot in SHORT_SLOTS or chosen[slot].value is not None]
    request_ = tuple(row for row in request(case, a, r) if row.fields) + tuple(
        Row(view.label, view.short) for view in decisions(a, r, tuple(slots)))
    parts = page_one(case, a, r)
    patient_, empty = _recorded(parts["patient"], r)
    neurology_, more = _recorded(parts["neurology"], r)
    tumour_, rest = _recorded(parts["tumour"], r)
    missing = not_assessed(case, a, r, short=True)
    named = {row.label for row in missing} | {name for row in missing for name in row.fields}
    unrecorded = [row.label for row in empty + more + rest
                  if row.label not in named and not (row.fields and set(row.fields) <= named)]
    if unrecorded:
        missing += (Row(r.translate("report", "Not recorded"), "; ".join(unrecorded)),)
    return ShortReferral(request_, patient_, neurology_, tumour_, missing)


def signature(case: Case, r: Renderer) -> tuple[Row, ...]:
    """The signature block: the signing physician, else the referring one (with the contact)."""
    sig, enc = case.signature, case.encounter
    name = (sig.name if sig and sig.name else "") or enc.referring_physician or ""
    function = sig.function if sig and sig.function else (enc.referring_ward or "")
    contact = enc.phone or ""
    return (
        Row(r.translate("report", "Name"), name),
        Row(r.translate("report", "Function"), function + (f" — {contact}" if contact else "")),
        Row(r.translate("report", "Date and time"), ""),
        Row(r.translate("report", "Signature"), "\n\n"),
    )


def headings(r: Renderer) -> dict[str, str]:
    return {
        "handling": r.translate("report", "Warnings that change the handling"),
        "patient": r.translate("report", "Patient and referrer"),
        "neurology": r.translate("report", "Neurology now"),
        "tumour": r.translate("report", "Tumour, lesion and general condition"),
        "now": r.translate("report", "Recommendations now and within 24 h (guideline numbers in brackets)"),
        "plan": r.translate("report", "Further plan"),
        "exam": r.translate("report", "Neurological examination (ISNCSCI worksheet)"),
        "no_exam": r.translate("report", "No examination recorded."),
        "imaging": r.translate("report", "Imaging findings"),
        "no_lesion": r.translate("report", "No lesion recorded."),
        "scores": r.translate("report", "Scores"),
        "not_computed": r.translate("report", "Not available — table not verified"),
        "trace": r.translate("report", "Decision trace of the guideline pathway"),
        "fired": r.translate("report", "Rules that fired, with the facts they used:"),
        "warnings": r.translate("report", "Warnings"),
        "labs": r.translate("report", "Laboratory values"),
        "no_labs": r.translate("report", "No lab values recorded."),
        "history": r.translate("report", "History"),
        "notes": r.translate("report", "Notes"),
        "signature": r.translate("report", "Signature"),
        "item": r.translate("report", "Item"), "value": r.translate("report", "Value"), "points": r.translate("report", "Points"),
        "source": r.translate("report", "Source"),
        "inferred": r.translate("report", "inferred, not stated in the guideline"),
        "short_title": r.translate("report", "Short referral — spinal metastases (triage)"),
        "not_assessed": r.translate("report", "Not yet assessed"),
        "short_note": r.translate("report", "Made from the facts known at triage; the full referral follows when "
                                            "the forms are complete."),
    }


def page_one(case: Case, a: Assessment, r: Renderer) -> dict[str, tuple[Row, ...]]:
    """The facts of page 1 under their headings (:func:`headings`): the warnings that change the
    handling (none: empty), the patient with the treatment facts a surgeon needs first, the
    neurology now, the tumour, lesions, general condition and key labs. The summary page shows
    the same rows."""
    return {
        "handling": handling(case, a, r),
        "patient": patient(case, a, r) + treatment_facts(case, r),
        "neurology": neurology(case, a, r),
        "tumour": tumour(case, r) + lesion_lines(a, r) + performance(case, a, r) + key_labs(a, r),
    }


def build_referral_view(case: Case, a: Assessment, r: Renderer, created: datetime) -> ReferralView:
    p = case.patient
    born = r.translate("report", "born")
    record = r.translate("report", "record")
    header = (f"{patient_name(case)} · {born} {r.date(p.date_of_birth) if p.date_of_birth else '—'}"
              f" · {record} {p.record_number or '—'}")
    made = r.translate("report", "Created %1").replace("%1", r.when(created))
    footer = f"{made} · spinemet-desktop {__version__} · {GUIDELINE_VERSION_SHORT}"
    p1 = a.pathway
    missing = ", ".join(r.clinical(fact_label(m)) for m in p1.missing_facts)
    return ReferralView(
        language=r.language,
        title=r.translate("report", "Referral summary — spinal metastases"),
        header=header,
        footer=footer,
        notice=r.translate("report", "Decision support — verify clinically. The treating physician decides."),
        page_label=r.translate("report", "Page %1 of %2"),
        urgency=urgency(a, r),
        request=request(case, a, r),
        **page_one(case, a, r),
        reirradiation=reirradiation(a, r),
        reirradiation_title=r.clinical(words.REIRRADIATION_TITLE),
        reirradiation_note=r.clinical(words.REIRRADIATION_NOTE),
        advice_now=advice(a, r, NOW),
        advice_plan=advice(a, r, (Timing.PLAN,)),
        exam=exam_view(case, a, r),
        imaging=imaging_rows(case, r),
        lesions=lesions(a, r),
        scores=scores(a, r),
        not_computed=not_computed(a, r),
        decisions=decision_table(a, r),
        fired=fired_lines(a, r),
        missing=r.translate("report", "Missing facts that would change the result: %1").replace("%1", missing)
        if missing else "",
        warnings=tuple(f"⚠ {r.clinical(w)}" for w in a.warnings),
        advice_background=advice(a, r, (Timing.INFO,)),
        labs=lab_table(case, a, r),
        history=history(case, a, r),
        notes=case.notes or "",
        signature=signature(case, r),
        headings=headings(r),
        not_assessed=not_assessed(case, a, r),
        short=short_referral(case, a, r),
    )


__all__ = ["AdviceView", "DecisionView", "ExamView", "Grid", "ItemView", "LesionView", "MissingView", "ReferralView",
           "Row", "ScoreView", "UrgencyView", "build_referral_view"]
