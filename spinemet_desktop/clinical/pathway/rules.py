"""The guideline pathway as named rules (shared/clinical/pathway.md §3-§6, §9, §11).

Each rule carries the id of pathway.md (C = common entry, A = with neurological deficit,
B = without, F = French nuclear-medicine text, S = the safety rules of §11, M = the shared
treatment modules of §6, which have no id there; M7–M13 are the surgical-technique notes of §6.2
for the receiving surgeon, advice only), the recommendation numbers (``E nn``) or
sections it rests on, the strength (soll / sollte / kann, empty for text without a recommendation
box), and whether the rule is stated in the text or an inference (pathway.md §7, §11). A rule has
one or more effects: setting an output (``slot``), qualifying one (S3), or giving advice.
Predicates are three-valued (see :mod:`.facts`).

The safety rules S1–S14 refine §3–§6 and win where they differ. Where they changed an older rule,
the older rule says so in its ``note``; S4 (lesions one by one) lives in the engine, S11–S14 in
:mod:`spinemet_desktop.clinical.assess`, :mod:`~spinemet_desktop.clinical.labs`,
:mod:`~spinemet_desktop.clinical.derive` and the case model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from spinemet_desktop.clinical.pathway.facts import (
    COMPLETE_DEFICIT_HOURS,
    NUCLEAR_MODALITIES,
    SINS_GREY_HIGH,
    SINS_GREY_LOW,
    SURGERY_TIERS,
    FactView,
    Tri,
    t_and,
    t_not,
    t_or,
)
from spinemet_desktop.model.text import N_

Strength = Literal["soll", "sollte", "kann", ""]
Origin = Literal["stated", "inference"]
#: Whose advice: the patient's as a whole, or one lesion's (pathway.md §11 S4).
Scope = Literal["patient", "lesion"]
#: The outputs decided for each lesion on its own (S4); the others belong to the patient.
LESION_SLOTS: tuple[str, ...] = ("surgery", "radiotherapy", "embolisation")


class Timing(StrEnum):
    """When a piece of advice is due; warnings and background information are kept apart from
    what is to be done. The summary and the referral group the advice by it."""

    NOW = "now"
    WITHIN_24H = "24h"
    PLAN = "plan"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Effect:
    slot: str | None
    value: Any
    when: Callable[[FactView], Tri]
    text: str
    timing: Timing = Timing.PLAN
    #: A qualifier (S3): it does not choose the slot's value but adds what that value assumes.
    qualifies: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    refs: tuple[str, ...]
    strength: Strength
    origin: Origin
    effects: tuple[Effect, ...]
    note: str = ""
    #: For advice: about one lesion (named with it) or about the patient.
    scope: Scope = "patient"

    @property
    def recommendations(self) -> tuple[str, ...]:
        return tuple(r for r in self.refs if r.startswith("E"))


def always(_: FactView) -> Tri:
    return True


def advice(when: Callable[[FactView], Tri], text: str, timing: Timing = Timing.PLAN) -> Effect:
    return Effect(None, None, when, text, timing)


def sets(slot: str, value: Any, when: Callable[[FactView], Tri], text: str, timing: Timing = Timing.PLAN) -> Effect:
    return Effect(slot, value, when, text, timing)


def qualifies(slot: str, when: Callable[[FactView], Tri], text: str, timing: Timing = Timing.NOW) -> Effect:
    return Effect(slot, None, when, text, timing, qualifies=True)


def _no_surgery(f: FactView) -> Tri:
    return t_not(f.surgery_planned())


def _surgery(f: FactView) -> Tri:
    return f.surgery_planned()


def _lung(f: FactView) -> Tri:
    return f.is_("primary", "lung")


def _uncomplicated(f: FactView) -> Tri:
    """E 40: no (threatening) fracture, no fragments in the canal, no cord/cauda compression."""
    return t_not(t_or(f.mescc(), f.instability(), f.true("intraspinal_fragments")))


def _painful_uncomplicated(f: FactView) -> Tri:
    """The lesions of E 36–E 41 (painful, uncomplicated) without surgery (S6)."""
    return t_and(_no_surgery(f), _uncomplicated(f), f.painful())


def _s2_worse_case(f: FactView) -> Tri:
    """S2: plan for the worse when a motor deficit is documented but its class is not known, and
    when a complete deficit's onset is not recorded."""
    deficit = f.peek("deficit")
    if deficit is None and f.escalates("motor_finding"):
        f.assume("deficit", N_("mild or functionally relevant not yet known (ambulation, bladder/bowel "
                               "function, key-muscle grades): planned as functionally relevant"))
        return True
    if deficit == "complete" and f.peek("deficit_onset_hours") is None:
        f.get("deficit")
        f.assume("deficit_onset_hours", N_("onset of the complete deficit not recorded: planned as "
                                           "within 48 hours"))
        return True
    return False


def _a9(f: FactView) -> Tri:
    result = t_or(f.is_("deficit", "functionally_relevant"),
                  t_and(f.is_("deficit", "complete"), f.le("deficit_onset_hours", COMPLETE_DEFICIT_HOURS)))
    if result is True and f.peek("deficit") == "functionally_relevant" and f.peek("completeness_unknown"):
        f.assume("completeness_unknown", N_("plegic pattern with the sacral examination missing: treated "
                                            "as incomplete"))
    return result


def _s3_operability(f: FactView) -> Tri:
    """S3: a surgical tier whose operability or consent is not recorded keeps its tier, qualified."""
    if f.decided_value("surgery") not in SURGERY_TIERS:
        return False
    open_facts = False
    for key, why in (("operable", N_("operability not recorded: anaesthesia assesses at the spine centre")),
                     ("consents_to_surgery", N_("the patient's consent not recorded"))):
        if f.peek(key) is None:
            f.assume(key, why)
            open_facts = True
    return open_facts


def _surgery_considered(f: FactView) -> Tri:
    """An operation is planned or to be considered for this lesion (technique notes, §6.2)."""
    return f.decided("surgery", SURGERY_TIERS)


def _irradiated_with_safe_rt(f: FactView) -> Tri:
    """Re-irradiation: in a previous field and not recorded as unsafe; what is not recorded (the
    previous doses, the cord tolerance) is named with the answer."""
    safe = t_and(f.irradiated(), t_not(f.no_safe_radiotherapy()))
    if safe is True:
        f.radiotherapy_safety_assumed()
    return safe


def _radiotherapy_planned(f: FactView) -> Tri:
    """Radiotherapy is part of the plan for this lesion (not 'none', S10): advice about how to
    irradiate presupposes it."""
    return t_not(f.decided("radiotherapy", ("none",)))


def _first_course(f: FactView) -> Tri:
    """A first course of radiotherapy is planned (not none, not a re-irradiation; S5, S10)."""
    return t_not(f.decided("radiotherapy", ("none", "re_irradiation")))


def _separation(f: FactView) -> Tri:
    """E53's separation case, only while radiotherapy is still safe at this level (S5): separation
    surgery exists to make SBRT possible."""
    return t_and(f.separation_case(), t_not(f.no_safe_radiotherapy()))


def _flare_without_other_indication(f: FactView) -> Tri:
    """S8: a suspected flare and no MESCC, instability or pain that is not improving."""
    return t_and(
        f.true("flare_suspected"), _no_surgery(f), t_not(f.mescc()), t_not(f.instability()),
        t_or(f.painless(), f.true("pain_improving")),
    )


def _ablation(f: FactView) -> Tri:
    """E 58: radiotherapy no longer safely possible and a lesion of at most 3 cm."""
    return t_and(f.no_safe_radiotherapy(), f.le("lesion_diameter_cm", 3))


R = Rule
RULES: tuple[Rule, ...] = (
    # ---- §3 common entry and pre-hospital rules -----------------------------------------
    R("C1", N_("Back pain with known or suspected cancer, or with neurological deficits, is red-flag back pain"),
      ("6.1.2", "E8", "E9"), "soll", "stated",
      (advice(always, N_("Treat as red-flag back pain: full history (E8) and examination of the whole spine (E9)."), Timing.NOW),)),
    R("C2", N_("Suspected spinal metastasis with suspected instability or neurological complaints: immediate work-up"),
      ("E2",), "soll", "stated",
      (advice(lambda f: t_or(f.neurological_complaints(), f.instability()),
              N_("Immediate imaging: MRI and/or CT."), Timing.NOW),)),
    R("C3", N_("Confirmed instability or neurological complaints: immediate presentation at a spine centre"),
      ("E3",), "soll", "stated",
      (advice(lambda f: t_or(f.neurological_complaints(), f.instability()),
              N_("Present immediately at a specialised spine centre."), Timing.NOW),)),
    R("C4", N_("Safety net: present immediately on acute worsening or a new neurological deficit"),
      ("E4",), "soll", "stated",
      (sets("safety_net", True, lambda f: t_not(f.decided("surgery", ("emergency_6h", "urgent_24h"))),
            N_("Instruct the patient to present immediately at a spine centre if pain worsens acutely "
            "or a new or worse neurological deficit appears."), Timing.NOW),),
      note=N_("E4 is written for radicular or purely sensory symptoms; extending it to every patient "
           "not admitted for surgery within 24 h is an inference (pathway.md §7 item 13).")),
    R("C5", N_("No neurological deficit: imaging judges instability; SINS guides the urgency of referral"),
      ("5.1",), "", "stated",
      (sets("spine_centre", "routine", lambda f: f.no_motor_deficit(),
            N_("Routine presentation at a spine centre; the radiological scores guide its urgency.")),)),
    R("C6", N_("Pain: analgesia by the WHO ladder"), ("E5", "E29", "E30", "E31"), "soll", "stated",
      (advice(lambda f: f.is_("pain", "mechanical", "non_mechanical"),
              N_("Analgesia by the WHO ladder; neuropathic pain: consider amitriptyline, gabapentin or "
              "pregabalin (E30); breakthrough pain: rapid-release opioid (E31)."), Timing.NOW),)),
    R("C7", N_("Suspected or present mechanical instability: immobilise; transport as for a traumatic instability"),
      ("E6", "5.2"), "soll", "stated",
      (sets("immobilise", True, lambda f: f.instability(),
            N_("Immobilise the affected segment; transport as for a traumatic instability (cervical: "
            "rigid collar; otherwise spine board or vacuum mattress)."), Timing.NOW),),
      note=N_("E6 names instability with neurological complaints; immobilising for instability alone "
           "follows the body text of 5.2 (pathway.md §7 item 11).")),
    R("C8", N_("Referral documents and the ISNCSCI neurological status"), ("5.3", "E7"), "sollte", "stated",
      (advice(always, N_("Send current physician letters, the medication plan and prior imaging as "
                      "image files; document the neurological status on the ISNCSCI worksheet "
                      "with time stamps."), Timing.NOW),)),
    R("C9", N_("Interdisciplinary case discussion (tumour board) for every patient"), ("E28", "§9"), "soll", "stated",
      (advice(always, N_("Discuss in the interdisciplinary tumour board, before surgery where possible; "
                      "after an emergency operation, discuss afterwards (§9).")),)),
    R("C10", N_("Metastasis or primary bone tumour unclear: biopsy"), ("E1", "E15"), "soll", "stated",
      (sets("biopsy", True, lambda f: f.true("diagnosis_unclear"),
            N_("Biopsy: histological confirmation (E1, E15).")),)),
    R("C11", N_("Histology technique"), ("E15", "E16", "E17", "E18", "E19", "E20"), "sollte", "stated",
      (advice(lambda f: f.true("diagnosis_unclear"),
              N_("CT-guided or open biopsy with enough material; core needle ≥ 16 G, several cores, "
              "not fine-needle aspiration; no frozen section of bone-hard tissue; 4 % buffered "
              "formalin ≥ 12 h, then gentle (EDTA) decalcification; cryo-archive part if possible.")),)),
    # ---- §4.2 with neurological deficits --------------------------------------------------
    R("A1", N_("Neurological complaints and suspected spinal metastasis: immediate work-up"), ("E2",), "soll", "stated",
      (sets("imaging", "immediate", lambda f: t_or(f.neurological_complaints(), f.escalates("deteriorating")),
            N_("Immediate imaging: MRI and/or CT."), Timing.NOW),),
      note=N_("A documented motor or autonomic finding counts even before the deficit class is known "
              "(pathway.md §11 S1).")),
    R("A2", N_("Neurological complaints and spinal metastasis: immediate presentation at a spine centre"),
      ("E3",), "soll", "stated",
      (sets("spine_centre", "immediate", lambda f: t_or(f.neurological_complaints(), f.escalates("deteriorating")),
            N_("Present immediately at a specialised spine centre."), Timing.NOW),),
      note=N_("A documented motor or autonomic finding counts even before the deficit class is known "
              "(pathway.md §11 S1).")),
    R("A3", N_("Radicular pain or a purely sensory deficit: imaging promptly, with a safety net"),
      ("E4",), "sollte", "stated",
      (sets("imaging", "prompt", lambda f: f.is_("deficit", "radicular_sensory"),
            N_("Imaging promptly, not necessarily immediately."), Timing.WITHIN_24H),)),
    R("A4", N_("The functional relevance of the deficit is assessed first and sets the urgency"),
      ("5.1",), "", "stated",
      (advice(lambda f: f.neurological_complaints(), N_("Assess the functional relevance of the deficit first "
              "(Janda/MRC grades, ambulation, bladder and bowel)."), Timing.NOW),)),
    R("A5", N_("Acute deficit: high-resolution CT or MRI first; staging after acute treatment"), ("6.3",), "", "stated",
      (advice(lambda f: f.neurological_complaints(), N_("First a high-resolution MRI or CT chosen by the symptoms, "
              "with at least one modality covering the whole spine; complete staging usually after "
              "the acute treatment."), Timing.NOW),)),
    R("A6", N_("Suspected cord compression or soft-tissue involvement: MRI"), ("E13",), "soll", "stated",
      (advice(lambda f: t_or(f.neurological_complaints(), f.escc_high()), N_("MRI of the spine."), Timing.NOW),)),
    R("A7", N_("MRI absolutely contraindicated: CT myelography"), ("6.3.1.2",), "", "stated",
      (advice(lambda f: f.neurological_complaints(), N_("If MRI is absolutely contraindicated (e.g. pacemaker): "
              "CT myelography."), Timing.INFO),)),
    R("A8", N_("Suspected extra-osseous tumour: MRI T1 before and after contrast"), ("6.3.1.1.1",), "", "stated",
      (advice(lambda f: f.escc_high(), N_("Extra-osseous component suspected: MRI T1 before and after "
              "i.v. contrast; otherwise T2-Dixon suffices."), Timing.INFO),)),
    R("A9", N_("Functionally relevant deficit: emergency operation within 6 hours"), ("10.5.7",), "", "stated",
      (sets("surgery", "emergency_6h", _a9,
            N_("Emergency operation within 6 hours if operable: decompression ± stabilisation."), Timing.NOW),),
      note=N_("'Functionally relevant' taken as any one of: not ambulatory, Janda 0–3, bladder/bowel "
           "dysfunction (pathway.md §7 item 3, inference); a complete deficit of ≤ 48 h is "
           "treated alike (scenarios rule 2).")),
    R("A10", N_("Mild deficit with functional impairment: early operation within 24 hours"), ("10.5.7",), "", "stated",
      (sets("surgery", "urgent_24h", lambda f: f.is_("deficit", "mild"),
            N_("Early operation within 24 hours if operable."), Timing.WITHIN_24H),)),
    R("A11", N_("Acute deficit and/or unstable lesion: surgical indication exists"), ("10.5.4", "10.5.5"), "", "stated",
      (advice(lambda f: t_and(f.motor_deficit(), f.instability()),
              N_("Surgical indication from deficit and instability, depending on the overall concept.")),),
      scope="lesion"),
    R("A12", N_("Unstable fracture, fragments in the canal or bladder/bowel dysfunction: operate before RT"),
      ("E34",), "soll", "stated",
      (advice(lambda f: t_and(_surgery(f), f.motor_deficit(),
                              t_or(f.instability(), f.true("intraspinal_fragments"), f.true("bladder_bowel_disturbed"))),
              N_("Operation before radiotherapy, depending on the general condition.")),),
      note=N_("Given only when an operation is planned (pathway.md §11 S10)."), scope="lesion"),
    R("A13", N_("Bilsky ≥ 2 with low radiosensitivity: separation surgery followed by SBRT"), ("E53",), "sollte", "stated",
      (sets("radiotherapy", "separation_sbrt",
            lambda f: t_and(f.motor_deficit(), _surgery(f), _separation(f)),
            N_("Separation surgery followed by stereotactic body radiotherapy (SBRT).")),)),
    R("A14", N_("Timing weighs spinal factors against external variables (ASA, KPS, life expectancy, wish)"),
      ("10.5.7",), "", "stated",
      (sets("surgery", "not_possible",
            lambda f: f.recorded_no("operable") or f.recorded_no("consents_to_surgery"),
            N_("Surgery not possible: not operable or the patient declines."), Timing.NOW),),
      note=N_("Only a recorded 'not operable' or 'declines' makes surgery impossible; when they are not "
              "recorded the surgical tier stands, qualified (pathway.md §11 S3).")),
    R("A15", N_("Acute onset, deficit > 48–72 h or plegia: worse outcome even after surgery"), ("10.5.7",), "", "inference",
      (sets("surgery", "consider",
            lambda f: t_and(f.is_("deficit", "complete"), t_not(f.le("deficit_onset_hours", 48))),
            N_("Complete deficit for more than 48 h: consider surgery; the outcome is worse even after "
            "successful surgery — decide with the patient."), Timing.WITHIN_24H),),
      note=N_("Using the 10.5.7 prognosis factors as a decision input is an inference (pathway.md §7 item 4).")),
    R("A16", N_("MESCC without an indication for upstream surgery: radiotherapy alone"), ("E45",), "soll", "stated",
      (advice(lambda f: t_and(f.mescc(), _no_surgery(f), _radiotherapy_planned(f)), N_("Radiotherapy alone is effective for MESCC "
              "without an indication for surgery.")),), scope="lesion"),
    R("A17", N_("MESCC, very poor prognosis: 1 × 8 Gy"), ("E47",), "soll", "stated",
      (sets("radiotherapy", "single_8gy",
            lambda f: t_and(_no_surgery(f), f.mescc(), f.is_("prognosis", "very_poor")),
            N_("Radiotherapy 1 × 8 Gy.")),)),
    R("A18", N_("MESCC, poor prognosis, no surgery: hypofractionated short course"), ("E46",), "soll", "stated",
      (sets("radiotherapy", "short_course",
            lambda f: t_and(_no_surgery(f), f.mescc(), f.is_("prognosis", "poor")),
            N_("Hypofractionated short-course radiotherapy (e.g. 5 × 4 Gy).")),)),
    R("A19", N_("MESCC, good prognosis, radiotherapy alone: fractionated regimen"), ("E48",), "sollte", "stated",
      (sets("radiotherapy", "fractionated",
            lambda f: t_and(_no_surgery(f), f.mescc(), f.is_("prognosis", "good")),
            N_("Fractionated radiotherapy (e.g. 10 × 3 Gy or longer).")),)),
    R("A20", N_("Selected MESCC, not rapidly progressive, esp. low radiosensitivity: primary SBRT may be considered"),
      ("E51",), "kann", "stated",
      (advice(lambda f: t_and(_no_surgery(f), f.mescc(), f.false("rapidly_progressive"),
                              f.is_("radiosensitivity", "low"), _radiotherapy_planned(f)),
              N_("Primary SBRT may be considered (planning takes days; not for rapidly progressive deficits).")),),
      scope="lesion"),
    R("A21", N_("After surgery for instability, fragments or bladder/bowel risk: post-operative fractionated RT"),
      ("E35",), "soll", "stated",
      (sets("radiotherapy", "postoperative", lambda f: t_and(f.motor_deficit(), _surgery(f)),
            N_("Post-operative radiotherapy, fractionated.")),)),
    R("A22", N_("After surgery, selected patients, esp. low radiosensitivity: post-operative SBRT"), ("E52",), "kann", "stated",
      (advice(lambda f: t_and(_surgery(f), f.is_("radiosensitivity", "low"), _first_course(f)),
              N_("Post-operative SBRT may be used, especially for low radiosensitivity.")),), scope="lesion"),
    R("A23", N_("After spinal surgery: RT and systemic therapy timed against wound healing"), ("E71", "E72", "11.2"), "sollte", "stated",
      (advice(_surgery, N_("Decide together whether radiotherapy or systemic therapy waits for wound "
                        "healing (RT < 21 days after open stabilisation raises wound complications).")),),
      scope="lesion"),
    R("A24", N_("Hypervascular metastasis and open surgery: embolise first, operate within 48 h"),
      ("E65", "E66", "10.5.6"), "sollte", "stated",
      (sets("embolisation", True, lambda f: t_and(f.true("hypervascular"), _surgery(f)),
            N_("Pre-operative embolisation; operate within 48 hours of it (some authors: not on the same day)."), Timing.WITHIN_24H),),
      note=N_("Whether to embolise before an emergency operation within 6 h is not stated; decide case "
           "by case (pathway.md §7 item 12).")),
    R("A25", N_("Emergency: the full tumour board may be impossible; discuss after the operation"), ("§9",), "", "stated",
      (advice(lambda f: f.decided("surgery", ("emergency_6h",)),
              N_("Emergency: discuss in the tumour board after the operation."), Timing.INFO),)),
    R("A26", N_("Surgery not possible or refused with painful instability or compression: consider an orthosis"),
      ("E42", "10.1.4"), "kann", "stated",
      (advice(lambda f: t_and(f.decided("surgery", ("not_possible",)), t_or(f.instability(), f.mescc())),
              N_("Consider an orthosis for pain, with instruction of patient and carers; watch for pressure sores.")),),
      scope="lesion"),
    R("A27", N_("Surgically treated patients: pharmacological VTE prophylaxis"), ("E78",), "soll", "stated",
      (advice(_surgery, N_("Pharmacological VTE prophylaxis for the whole inpatient stay.")),)),
    R("A28", N_("Functionally relevant incomplete cord syndrome: specialised neurological rehabilitation"),
      ("E80",), "sollte", "stated",
      (advice(lambda f: f.is_("deficit", "functionally_relevant"),
              N_("Rehabilitation: transfer to specialised neurological rehabilitation.")),)),
    R("A29", N_("Complete cord syndrome: specialised spinal-cord-injury centre"), ("E81",), "sollte", "stated",
      (advice(lambda f: f.is_("deficit", "complete"),
              N_("Rehabilitation: transfer to a specialised spinal-cord-injury centre.")),)),
    R("A30", N_("Relevant neurological symptoms after surgery: early neurological rehabilitation"), ("11.3",), "", "stated",
      (advice(lambda f: t_and(_surgery(f), f.motor_deficit()),
              N_("Early post-operative neurological rehabilitation improves the outcome.")),)),
    R("A31", N_("New pain or deficit during rehabilitation: immediate diagnostics, suspend rehab"), ("E74",), "", "stated",
      (advice(lambda f: f.motor_deficit(), N_("During rehabilitation, new pain or a new deficit means "
              "immediate targeted diagnostics and suspending rehabilitation."), Timing.INFO),)),
    # ---- §5.2 without neurological deficits -----------------------------------------------
    R("B1", N_("Suspected instability: immediate work-up"), ("E2",), "soll", "stated",
      (sets("imaging", "immediate", lambda f: f.instability(),
            N_("Immediate imaging: MRI and/or CT."), Timing.NOW),)),
    R("B2", N_("Confirmed instability: immediate presentation at a spine centre"), ("E3",), "soll", "stated",
      (sets("spine_centre", "immediate", lambda f: f.instability(),
            N_("Present immediately at a specialised spine centre."), Timing.NOW),)),
    R("B3", N_("No neurological deficit: imaging to assess instability"), ("5.1", "E10"), "soll", "stated",
      (sets("imaging", "routine", lambda f: f.is_("deficit", "none"),
            N_("Current MRI and/or CT; work-up can be outpatient.")),)),
    R("B4", N_("Suspected symptomatic, new or progressive spinal metastasis: current MRI and/or CT"), ("E10",), "soll", "stated",
      (advice(always, N_("Current MRI and/or CT of the spine.")),)),
    R("B5", N_("No acute neurological symptoms: local imaging and whole-spine staging can be combined"), ("6.3",), "", "stated",
      (advice(lambda f: f.no_motor_deficit(), N_("Local imaging and staging of the whole spine can be combined.")),)),
    R("B6", N_("Biomechanical stability: standing radiograph in addition"), ("E11",), "kann", "stated",
      (advice(lambda f: f.sins_between(SINS_GREY_LOW, SINS_GREY_HIGH),
              N_("A standing radiograph may add to the stability assessment.")),), scope="lesion"),
    R("B7", N_("Stability by SINS: < 7 stable, > 12 unstable"), ("E25",), "soll", "stated",
      (advice(lambda f: f.sins_at_least(0), N_("Stability assessed with SINS (< 7 stable, 7–12 potentially "
              "unstable, > 12 unstable)."), Timing.INFO),), scope="lesion"),
    R("B8", N_("Stable lesion without relevant neural compression: primarily radiotherapy"), ("10.5.5",), "", "stated",
      (sets("surgery", "not_indicated", lambda f: t_and(f.sins_at_most(SINS_GREY_LOW - 1), t_not(f.escc_high())),
            N_("No surgical indication: stable lesion without relevant compression.")),)),
    R("B9", N_("Low-SINS painful lesions: radiotherapy rather than stabilisation"), ("7.2.2",), "", "stated",
      (advice(lambda f: t_and(f.sins_at_most(SINS_GREY_LOW - 1), f.painful(), _radiotherapy_planned(f)),
              N_("Painful stable lesion: radiotherapy rather than surgical stabilisation."), Timing.INFO),), scope="lesion"),
    R("B10", N_("Painful bone metastasis without an indication for upstream surgery: RT alone"), ("E41",), "soll", "stated",
      (advice(lambda f: t_and(_painful_uncomplicated(f), f.false("diagnosis_unclear"), _radiotherapy_planned(f)),
              N_("Radiotherapy alone, wherever possible.")),), scope="lesion"),
    R("B11", N_("Painful uncomplicated metastasis, limited life expectancy: 1 × 8 Gy"), ("E40",), "soll", "stated",
      (sets("radiotherapy", "single_8gy",
            lambda f: t_and(_painful_uncomplicated(f), f.is_("prognosis", "very_poor", "poor")),
            N_("Radiotherapy 1 × 8 Gy where possible (a hypofractionated regimen may be used).")),)),
    R("B12", N_("Painful uncomplicated metastasis, comparatively good prognosis: fractionated RT"), ("E39",), "sollte", "stated",
      (sets("radiotherapy", "fractionated",
            lambda f: t_and(_painful_uncomplicated(f), f.is_("prognosis", "good")),
            N_("Fractionated radiotherapy (fewer re-irradiations, better recalcification).")),),
      note=N_("E 39–E 41 are about painful uncomplicated metastases; a painless lesion gets none "
              "(pathway.md §11 S6).")),
    R("B13", N_("Painful uncomplicated metastasis, low radiosensitivity and good prognosis: check SBRT"), ("E37",), "soll", "stated",
      (sets("radiotherapy", "sbrt",
            lambda f: t_and(_painful_uncomplicated(f), f.is_("prognosis", "good"),
                            f.is_("radiosensitivity", "low")),
            N_("Stereotactic body radiotherapy (SBRT).")),)),
    R("B14", N_("Osteolytic metastasis needing stabilisation: radiotherapy recalcifies"), ("E36",), "kann", "stated",
      (advice(lambda f: t_and(f.sins_between(SINS_GREY_LOW, SINS_GREY_HIGH), _no_surgery(f), _first_course(f)),
              N_("Radiotherapy (mostly 10 × 3 Gy) can recalcify and stabilise an osteolytic lesion.")),),
      scope="lesion"),
    R("B15", N_("Unstable fracture, fragments or threatening bladder/bowel dysfunction: operate before RT"),
      ("E34", "E35"), "soll", "stated",
      (sets("surgery", "elective",
            lambda f: t_and(f.no_motor_deficit(), t_or(f.instability(), f.true("intraspinal_fragments"))),
            N_("Surgical stabilisation before radiotherapy, depending on the general condition; "
            "elective timing (no deficit, 10.5.7).")),
       sets("radiotherapy", "postoperative", lambda f: t_and(f.no_motor_deficit(), _surgery(f)),
            N_("Post-operative radiotherapy, fractionated (SBRT possible for low radiosensitivity, E52).")),
       sets("radiotherapy", "fractionated",
            lambda f: t_and(_no_surgery(f), t_not(f.mescc()),
                            t_or(f.instability(), f.true("intraspinal_fragments"))),
            N_("Radiotherapy alone, fractionated, with an orthosis for pain (E42): the unstable lesion is "
               "not operated on."))),
      note=N_("Radiotherapy alone for an unstable lesion that is not operated on follows E 35 and the "
              "decision tree of pathway.md §5.1.")),
    R("B16", N_("No neurological deficit and surgery indicated: elective timing"), ("10.5.7",), "", "stated",
      (advice(lambda f: t_and(f.no_motor_deficit(), f.decided("surgery", ("elective",))),
              N_("Elective operation, timed in the further course.")),), scope="lesion"),
    R("B17", N_("SINS 7–12 or MESCC–SINS combination without clear answer: tumour board"), ("§9", "E28"), "soll", "inference",
      (sets("spine_centre", "tumour_board",
            lambda f: t_and(f.no_motor_deficit(), t_or(f.sins_between(SINS_GREY_LOW, SINS_GREY_HIGH), f.escc_high())),
            N_("Present in the interdisciplinary tumour board (grey zone of SINS / ESCC).")),
       sets("surgery", "consider", lambda f: t_and(f.no_motor_deficit(), f.sins_between(SINS_GREY_LOW, SINS_GREY_HIGH)),
            N_("Consider stabilisation (percutaneous or open, elective, E55) or augmentation with RT (E57); "
            "SINS > 7 may increase the urgency (10.5.7)."))),
      note=N_("The handling of SINS 7–12 is inferred from §9, E36/E39, E57 and 10.5.7 (pathway.md §7 item 9).")),
    R("B18", N_("Painful, primarily stable destruction: cement augmentation possible"), ("10.5.2",), "", "stated",
      (advice(lambda f: t_and(f.sins_at_most(SINS_GREY_HIGH), f.pain_is("mechanical")),
              N_("Vertebro-/kyphoplasty may give short-term pain relief (max. 5 levels per session).")),),
      scope="lesion"),
    R("B19", N_("Before percutaneous augmentation: CT of the segment"), ("E56", "10.5.2"), "sollte", "stated",
      (advice(lambda f: t_and(f.sins_at_most(SINS_GREY_HIGH), f.pain_is("mechanical")),
              N_("Before augmentation: CT of the segment (posterior wall, leakage risk); venography only "
              "for hypervascular lesions."), Timing.INFO),), scope="lesion"),
    R("B20", N_("Fractured metastasis, selected: augmentation followed by RT"), ("E57",), "kann", "stated",
      (advice(lambda f: t_and(f.true("unstable_fracture"), _no_surgery(f), _radiotherapy_planned(f)),
              N_("Augmentation followed by radiotherapy (augmentation has no antitumour effect).")),),
      scope="lesion"),
    R("B21", N_("RT no longer safely possible, lesion ≤ 3 cm: local ablation"), ("E58", "E59"), "kann", "stated",
      (advice(_ablation, N_("Radiotherapy no longer safely possible: local ablation may be considered for "
                            "this lesion of at most 3 cm (E58); choose the method by image guidance and "
                            "experience (E59).")),),
      note=N_("Whether radiotherapy is still safe is decided by the re-irradiation rule (pathway.md §11 S5)."),
      scope="lesion"),
    R("B22", N_("Ablated osteolytic lesion: add cement augmentation; hypervascular: embolise first"), ("E60",), "kann", "stated",
      (advice(_ablation,
              N_("After ablation of an osteolytic lesion add cement augmentation; embolise a hypervascular "
              "lesion first."), Timing.INFO),),
      note=N_("Given only when ablation is recommended (pathway.md §11 S10)."), scope="lesion"),
    R("B23", N_("Oligometastatic disease with a board indication: SBRT with curative intent"), ("E49", "E50"), "soll", "stated",
      (sets("radiotherapy", "sbrt",
            lambda f: t_and(_no_surgery(f), _uncomplicated(f), f.true("oligometastatic")),
            N_("SBRT (single or fractionated) within a curative-intent concept.")),)),
    R("B24", N_("Epidural compression without deficit: MESCC radiotherapy recommendations apply"), ("10.4.2",), "", "stated",
      (advice(lambda f: t_and(f.no_motor_deficit(), f.escc_high()),
              N_("The radiotherapy recommendations for MESCC apply irrespective of deficits."), Timing.INFO),),
      scope="lesion"),
    R("B25", N_("Bilsky ≥ 2 with low radiosensitivity: separation surgery followed by SBRT"), ("E53",), "sollte", "stated",
      (sets("surgery", "elective",
            lambda f: t_and(f.no_motor_deficit(), f.escc_high(), f.is_("radiosensitivity", "low"),
                            t_not(f.no_safe_radiotherapy())),
            N_("Separation surgery (elective), followed by SBRT.")),
       sets("radiotherapy", "separation_sbrt",
            lambda f: t_and(f.no_motor_deficit(), _surgery(f), _separation(f)),
            N_("SBRT after separation surgery."))),
    ),
    R("B26", N_("Bone-seeking radiopharmaceuticals: check surgery or RT first"), ("E32", "E33", "10.1.2"), "kann", "stated",
      (advice(lambda f: t_and(f.is_("primary", "prostate"), t_not(f.true("isolated_lesion"))),
              N_("Before radium-223 or samarium-153, check the indication for surgery or radiotherapy."), Timing.INFO),)),
    R("B27", N_("Pre-operative radiotherapy: not outside trials"), ("E44",), "soll", "stated",
      (advice(_surgery, N_("No pre-operative radiotherapy outside trials."), Timing.INFO),), scope="lesion"),
    R("B28", N_("Intra-operative radiotherapy: experienced centres, preferably trials"), ("E54",), "sollte", "stated",
      (advice(_surgery, N_("Intra-operative radiotherapy only in experienced centres, preferably in trials."), Timing.INFO),),
      scope="lesion"),
    # ---- §11 safety rules -------------------------------------------------------------------
    R("S1", N_("A documented motor or autonomic finding: immediate imaging and spine centre, even before "
               "the deficit class is known"), ("E2", "E3"), "soll", "inference",
      (advice(lambda f: t_and(f.escalates("motor_finding"), f.peek("deficit") is None),
              N_("A motor or autonomic finding is documented: immediate imaging and presentation at a spine "
                 "centre; complete the examination (ambulation, bladder/bowel function, key muscles) to "
                 "classify the deficit."), Timing.NOW),),
      note=N_("E 2 and E 3 ask only for 'neurological complaints'; which documented findings count is an "
              "inference (pathway.md §11 S1).")),
    R("S2", N_("Deficit class or onset not recorded: plan for the worse"), ("10.5.7",), "", "inference",
      (sets("surgery", "emergency_6h", _s2_worse_case,
            N_("Emergency operation within 6 hours if operable: planned for the worse until the missing "
               "facts are recorded."), Timing.NOW),)),
    R("S3", N_("Operability or consent not recorded: the surgical tier stands, qualified"), ("10.5.7",), "",
      "inference",
      (qualifies("surgery", _s3_operability,
                 N_("If operable and consenting — anaesthesia assesses at the spine centre; operability and "
                    "consent are asked there.")),),
      note=N_("10.5.7: the external factors often cannot be assessed in an emergency.")),
    R("S5", N_("Lesion in a previous radiotherapy field: re-irradiation only after the cumulative dose is "
               "checked, or none"), ("E58", "E83", "E84", "E85", "E86", "11.8"), "sollte", "inference",
      (sets("radiotherapy", "none", lambda f: f.tolerance_exhausted(),
            N_("No further radiotherapy at this level: the spinal-cord tolerance is recorded as exhausted.")),
       sets("radiotherapy", "none", lambda f: f.margin_too_small(),
            N_("No further radiotherapy at this level: the cumulative dose leaves less than the smallest useful "
               "course (1 × 4 Gy = 12 Gy₂) to the conventional limit.")),
       sets("radiotherapy", "none", lambda f: f.too_many_courses(),
            N_("No further radiotherapy at this level: it had more than one course, and the published figures "
               "cover single re-irradiations — unless the radiation oncologist records that the cord dose "
               "allows another.")),
       sets("radiotherapy", "re_irradiation", _irradiated_with_safe_rt,
            N_("Re-irradiation (E83–E86), only after the radiation oncologist has checked the cumulative "
               "spinal-cord dose; SBRT may be used (E84, E85).")),
       sets("surgery", "consider",
            lambda f: t_and(f.mescc(), t_or(f.no_safe_radiotherapy(), f.radiotherapy_safety_assumed())),
            N_("Cord compression and no safe radiotherapy (or none known to be safe): consider surgery (E83, "
               "E85, E86 apply only without an indication for surgery)."))),
      note=N_("The figures use the prescribed doses of the recorded courses (BED with α/β = 2 Gy), not the "
              "cord dose; they are an upper bound after SBRT (pathway.md §11 S5)."), scope="lesion"),
    R("S6", N_("Painless uncomplicated lesion: no radiotherapy"), ("E36", "E41"), "", "inference",
      (sets("radiotherapy", "none",
            lambda f: t_and(_no_surgery(f), _uncomplicated(f), f.painless(), f.false("oligometastatic"),
                            f.false("diagnosis_unclear")),
            N_("No radiotherapy: the lesion is painless and uncomplicated (E36–E41 concern painful "
               "metastases).")),
       advice(lambda f: t_and(_no_surgery(f), _uncomplicated(f), f.painless(), f.true("osteolytic")),
              N_("Option to discuss in the tumour board: radiotherapy can recalcify an osteolytic lesion at "
                 "risk to stabilise it (E36, kann)."), Timing.INFO)),
      scope="lesion"),
    R("S7", N_("Diagnosis unclear: biopsy before radiotherapy"), ("E1", "E15", "E18"), "soll", "stated",
      (sets("radiotherapy", "after_histology",
            lambda f: t_and(f.true("diagnosis_unclear"), t_not(f.no_safe_radiotherapy())),
            N_("Radiotherapy only after histology (biopsy first).")),
       advice(lambda f: t_and(f.true("diagnosis_unclear"), _surgery(f)),
              N_("Diagnosis not established: take tissue for histology during the operation; an elective "
                 "operation waits for the histology (a suspected primary bone tumour is biopsied by the "
                 "centre that would resect it)."), Timing.WITHIN_24H)),
      scope="lesion"),
    R("S8", N_("Suspected flare: no treatment change on that finding alone"), ("FR F4", "FR F5", "FR F6"), "",
      "stated",
      (sets("radiotherapy", "none", _flare_without_other_indication,
            N_("No radiotherapy for the suspected flare: new uptake under effective therapy may be a flare, not "
               "progression (F4); radiotherapy only for another indication.")),),
      scope="lesion"),
    # ---- §6 shared treatment modules (no ids in pathway.md) -------------------------------
    R("M1", N_("Osteoprotection"), ("E43",), "soll", "stated",
      (advice(always, N_("Osteoprotection (bisphosphonate or denosumab) per the S3 supportive-care "
                      "guideline; watch for osteonecrosis of the jaw and hypocalcaemia.")),)),
    R("M2", N_("Systemic therapy reviewed in the tumour board"), ("E70",), "soll", "stated",
      (advice(always, N_("Review starting or changing systemic therapy in the tumour board.")),)),
    R("M3", N_("Psycho-oncological screening"), ("E77",), "soll", "stated",
      (advice(always, N_("Psycho-oncological screening; support and self-help contacts as needed.")),)),
    R("M4", N_("Rehabilitation after stabilising surgery or radiotherapy"), ("E73", "E75", "E76"), "sollte", "stated",
      (advice(lambda f: f.no_motor_deficit(), N_("Offer oncological rehabilitation after stabilising "
              "surgery or radiotherapy to every patient able to take part.")),)),
    R("M5", N_("VTE prophylaxis for outpatients with additional risk factors"), ("E79",), "kann", "stated",
      (advice(_no_surgery, N_("Outpatients with additional risk factors may receive VTE prophylaxis."), Timing.INFO),)),
    R("M6", N_("Steroids for MESCC are not covered by this guideline"), ("6.1",), "", "inference",
      (advice(lambda f: f.mescc(), N_("The guideline gives no recommendation on high-dose "
              "corticosteroids for MESCC; follow local or other guidelines."), Timing.INFO),),
      note=N_("pathway.md §7 item 14.")),
    # ---- §6.2 surgical technique: notes for the receiving surgeon, never a decision ---------
    R("M7", N_("Surgical technique: open or percutaneous"), ("E55", "10.5.1"), "kann", "stated",
      (advice(_surgery_considered,
              N_("Surgical technique (for the spine centre): open and percutaneous procedures may both be "
                 "used; the choice depends on time pressure, the oncological situation, the resources and "
                 "the aim of the operation."), Timing.INFO),), scope="lesion"),
    R("M8", N_("Surgical technique: occiput to C2"), ("E61", "10.5.4"), "sollte", "stated",
      (advice(lambda f: t_and(_surgery_considered(f), f.level_within("C0", "C2")),
              N_("Surgical technique (for the spine centre), occiput to C2: instability should be "
                 "stabilised from posterior with pedicle screws and rods, with an occipital plate if "
                 "needed."), Timing.INFO),), scope="lesion"),
    R("M9", N_("Surgical technique: subaxial cervical spine"), ("E62", "10.5.4"), "sollte", "stated",
      (advice(lambda f: t_and(_surgery_considered(f), f.level_within("C3", "C7")),
              N_("Surgical technique (for the spine centre), subaxial cervical spine (C3–C7): stabilisation "
                 "should use posterior screws and rods and/or an anterior vertebral body replacement; over "
                 "several segments add posterior fixation; at the cervicothoracic junction mostly "
                 "posterior."), Timing.INFO),), scope="lesion"),
    R("M10", N_("Surgical technique: upper thoracic spine T2–T5"), ("E63",), "sollte", "stated",
      (advice(lambda f: t_and(_surgery_considered(f), f.level_within("T2", "T5")),
              N_("Surgical technique (for the spine centre), T2–T5: a posterior approach should be used; "
                 "antero-lateral when an anterior decompression or stabilisation is needed."), Timing.INFO),),
      scope="lesion"),
    R("M11", N_("Surgical technique: T6 to L5"), ("E63",), "kann", "stated",
      (advice(lambda f: t_and(_surgery_considered(f), f.level_within("T6", "L5")),
              N_("Surgical technique (for the spine centre), T6–L5: an anterior, posterior or combined "
                 "approach may be used."), Timing.INFO),), scope="lesion"),
    R("M12", N_("Surgical technique: pedicle screws in osteoporotic bone"), ("E64",), "sollte", "stated",
      (advice(lambda f: t_and(_surgery_considered(f), f.level_within("T1", "L5"), f.true("osteoporosis")),
              N_("Surgical technique (for the spine centre): in osteoporotic bone, pedicle screws in the "
                 "thoracic and lumbar spine should be cement-augmented."), Timing.INFO),
       advice(lambda f: t_and(_surgery_considered(f), f.level_within("T1", "L5"), f.peek("osteoporosis") is None),
              N_("Surgical technique (for the spine centre): osteoporotic bone not recorded — if the bone is "
                 "osteoporotic, pedicle screws in the thoracic and lumbar spine should be "
                 "cement-augmented."), Timing.INFO)),
      scope="lesion"),
    R("M13", N_("Surgical technique: carbon-fibre (CF/PEEK) implants"), ("E67",), "kann", "stated",
      (advice(_surgery_considered,
              N_("Surgical technique (for the spine centre): carbon-fibre-reinforced PEEK implants may be "
                 "used; they cause fewer artefacts in radiotherapy planning and follow-up imaging."), Timing.INFO),),
      scope="lesion"),
    # ---- §9 French text: nuclear medicine ----------------------------------------------
    R("F1", N_("Lung cancer: no bone scan once an FDG-PET has been done"), ("FR F1", "6.3.3.3"), "", "stated",
      (advice(lambda f: t_and(_lung(f), f.true("pet_done")),
              N_("FDG-PET/CT done: no additional bone scintigraphy for staging."), Timing.INFO),)),
    R("F2", N_("FDG-PET field of view must include the femurs"), ("FR F2",), "", "stated",
      (advice(lambda f: t_and(_lung(f), f.true("pet_done")),
              N_("Check that the FDG-PET field of view includes at least the femurs."), Timing.INFO),)),
    R("F3", N_("Isolated lesion on PET or bone scan: targeted imaging and a specialist opinion"), ("FR F3",), "", "stated",
      (advice(lambda f: t_and(f.true("isolated_lesion"), f.is_("found_on", *NUCLEAR_MODALITIES),
                              f.true("diagnosis_unclear"), t_not(f.irradiated()),
                              not f.peek("oligometastatic")),
              N_("Isolated lesion: targeted imaging followed by a specialist opinion (differential "
              "diagnoses are frequent)."), Timing.WARNING),),
      note=N_("Only for a single lesion found on a bone scan or PET whose nature is not established; not "
              "for a lesion seen on CT or MRI alone, an irradiated recurrence or a board-confirmed "
              "oligometastasis (pathway.md §11 S9)."), scope="lesion"),
    R("F4", N_("Flare: new or increased uptake under effective treatment is not progression"), ("FR F4",), "", "stated",
      (advice(lambda f: f.true("early_uptake_after_treatment"),
              N_("New or increased uptake within 6 months of starting treatment may be a flare "
              "(15–30 % of patients), not progression: do not change treatment on this alone."), Timing.WARNING),)),
    R("F5", N_("Control bone scan after the 6th month of treatment"), ("FR F5",), "", "stated",
      (advice(lambda f: f.true("early_uptake_after_treatment"),
              N_("Schedule a control bone scan after the 6th month; beyond 6 months new foci do "
              "indicate progression."), Timing.INFO),)),
    R("F6", N_("Early scan: separate flare from progression with clinical and biochemical context"), ("FR F6",), "", "stated",
      (advice(lambda f: f.true("early_uptake_after_treatment"),
              N_("To separate flare from progression: clinical course, radiographs (recalcification), "
              "tumour markers, bone ALP and CTX kinetics, sometimes MRI."), Timing.INFO),)),
    R("F7", N_("FDG-PET has the same flare problem"), ("FR F7",), "", "stated",
      (advice(lambda f: t_and(f.true("early_uptake_after_treatment"), f.true("pet_done")),
              N_("FDG-PET can show the same flare: interpret early metabolic imaging in the full "
              "clinical context."), Timing.WARNING),)),
    R("F8", N_("Follow-up: no routine bone scans without new pain or a precise question"), ("FR F8",), "", "stated",
      (advice(_lung, N_("Without new bone pain or a precise question, routine bone scans are not indicated."), Timing.INFO),)),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

#: For each output: the rules that may set it, in order of precedence, and the default taken when
#: every one of them is definitely false (None: no default, the output stays undetermined).
DECISIONS: tuple[tuple[str, tuple[str, ...], Any, str], ...] = (
    ("imaging", ("A1", "B1", "A3", "B3"), None, ""),
    ("spine_centre", ("A2", "B2", "B17", "C5"), None, ""),
    ("immobilise", ("C7",), False, N_("No suspected instability (SINS < 13, no unstable fracture).")),
    ("surgery", ("A14", "S2", "A9", "A15", "A10", "B15", "B25", "S5", "B17", "B8"), "not_indicated",
     N_("No surgical indication found (10.5.5).")),
    ("radiotherapy", ("S7", "S5", "A13", "B25", "A21", "B15", "A17", "A18", "A19", "S8", "B23", "S6", "B11",
                      "B13", "B12"),
     None, ""),
    ("biopsy", ("C10",), False, N_("Diagnosis established; no biopsy needed for the decision.")),
    ("embolisation", ("A24",), False, N_("No hypervascular lesion planned for open surgery.")),
    ("safety_net", ("C4",), False, N_("Admitted for surgery within 24 hours.")),
)
SLOTS: tuple[str, ...] = tuple(slot for slot, *_ in DECISIONS)

#: For each output, its values from the most urgent or most invasive to the least: the order in which
#: the lesions' answers are combined (pathway.md §11 S4) and urgency tiers compared.
VALUE_ORDER: dict[str, tuple[Any, ...]] = {
    "imaging": ("immediate", "prompt", "routine"),
    "spine_centre": ("immediate", "tumour_board", "routine"),
    "immobilise": (True, False),
    # "not possible" is the patient's (operability, consent): the same for every lesion.
    "surgery": ("not_possible", "emergency_6h", "urgent_24h", "elective", "consider", "not_indicated"),
    "radiotherapy": ("separation_sbrt", "postoperative", "re_irradiation", "sbrt", "fractionated",
                     "short_course", "single_8gy", "after_histology", "none"),
    "biopsy": (True, False),
    "embolisation": (True, False),
    "safety_net": (True, False),
}
#: The urgency tiers of the outputs that carry urgency, most urgent first (for S1-S3 and the
#: property that a missing fact never lowers them).
URGENCY_TIERS: dict[str, tuple[Any, ...]] = {
    "imaging": ("immediate", "prompt", "routine"),
    "spine_centre": ("immediate", "tumour_board", "routine"),
    "surgery": ("emergency_6h", "urgent_24h", "elective", "consider", "not_indicated"),
}
