"""Score inputs derived from the case, each with its provenance.

Every derived value can be overridden by the clinician (``Case.overrides``, target
``"<score>.<item>"``); the override is used and shown as such. Nothing here guesses: a fact the
case does not contain comes back as missing, with the field to fill in.

Some entries have a default derived from another field until the clinician answers them: the
radiosensitivity and the Tomita growth category from the primary tumour, a lesion's SINS pain item
from the patient's pain character. The default is a DERIVED input that says where it comes from;
the clinician's own answer (the case field) replaces it. A default never stands in for a fact the
case does not establish (pathway.md §11 S13).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Any

from spinemet_desktop.clinical.result import Input, Source
from spinemet_desktop.model.address import every_lesion, lesion_field
from spinemet_desktop.model.case import Case, Lesion
from spinemet_desktop.model.enums import (
    Ambulatory,
    OrganMetastases,
    PainCharacter,
    PrimaryTumour,
    Radiosensitivity,
    SinsPain,
    TomitaGrowth,
)
from spinemet_desktop.model.levels import level_range
from spinemet_desktop.model.text import N_, Text, fmt
from spinemet_desktop.model.units import UnitError, to_canonical, unit_missing

_P = PrimaryTumour

#: Tokuhashi 2005 primary-site categories for our primaries (myeloma/lymphoma: unlisted -> other).
#: Only a histologically proven cancer of unknown primary is "unidentified" (pathway.md §11 S13).
TOKUHASHI_PRIMARY = {
    _P.LUNG_NSCLC: "lung", _P.LUNG_SCLC: "lung", _P.OSTEOSARCOMA: "osteosarcoma",
    _P.STOMACH: "stomach", _P.BLADDER: "bladder", _P.ESOPHAGUS: "esophagus",
    _P.PANCREAS: "pancreas", _P.LIVER: "liver", _P.GALLBLADDER: "gallbladder",
    _P.CUP: "unidentified", _P.KIDNEY: "kidney", _P.UTERUS: "uterus", _P.RECTUM: "rectum",
    _P.THYROID: "thyroid", _P.BREAST: "breast", _P.PROSTATE: "prostate",
    _P.CARCINOID: "carcinoid",
}
LUNG = frozenset({_P.LUNG_NSCLC, _P.LUNG_SCLC})

#: Default radiosensitivity by primary (scenarios README): low = guideline text (melanoma,
#: sarcoma, renal cell, thyroid, gastrointestinal); high = NOMS literature (pathway.md §7 item 6).
RADIOSENSITIVITY_DEFAULT: dict[PrimaryTumour, tuple[Radiosensitivity, str]] = {
    **{p: (Radiosensitivity.LOW, N_("low radiosensitivity named in the guideline (10.5.7)"))
       for p in (_P.MELANOMA, _P.SARCOMA, _P.OSTEOSARCOMA, _P.KIDNEY, _P.THYROID, _P.COLON,
                 _P.RECTUM, _P.STOMACH, _P.ESOPHAGUS, _P.PANCREAS, _P.LIVER, _P.GALLBLADDER)},
    **{p: (Radiosensitivity.HIGH, N_("radiosensitive per the NOMS literature (not the guideline's text)"))
       for p in (_P.LYMPHOMA, _P.MYELOMA, _P.BREAST, _P.PROSTATE, _P.LUNG_SCLC, _P.GERM_CELL)},
}


#: Default Tomita growth category by primary (Tomita K et al. Spine 2001;26(3):298-306; scores-surgical.md
#: §3a): the original figure gives breast and thyroid as slow, kidney and uterus as moderate, lung and
#: stomach as rapid growth; secondary implementations add prostate as slow. No other primary has a
#: default (other placements are unverified): the clinician chooses. ("Unknown primary: rapid" in
#: secondary sources is not used: an unknown primary leaves the item missing, S13.)
TOMITA_GROWTH_DEFAULT: dict[PrimaryTumour, tuple[TomitaGrowth, str]] = {
    **{p: (TomitaGrowth.SLOW, N_("slow growth in Tomita's figure (2001)")) for p in (_P.BREAST, _P.THYROID)},
    **{p: (TomitaGrowth.MODERATE, N_("moderate growth in Tomita's figure (2001)")) for p in (_P.KIDNEY, _P.UTERUS)},
    **{p: (TomitaGrowth.RAPID, N_("rapid growth in Tomita's figure (2001)"))
       for p in (_P.LUNG_NSCLC, _P.LUNG_SCLC, _P.STOMACH)},
    _P.PROSTATE: (TomitaGrowth.SLOW, N_("slow growth in secondary sources (not named in Tomita's figure)")),
}

#: The SINS pain item from the patient's pain character (SINS Tab. 4, pathway.md §8.4: mechanical pain
#: 3, non-mechanical pain 1, pain-free 0).
SINS_PAIN_FROM_CHARACTER: dict[PainCharacter, SinsPain] = {
    PainCharacter.MECHANICAL: SinsPain.MECHANICAL,
    PainCharacter.NON_MECHANICAL: SinsPain.OCCASIONAL_NON_MECHANICAL,
    PainCharacter.NONE: SinsPain.PAIN_FREE,
}


#: Every derived score input the clinician may override (``Case.overrides`` targets). The items
#: of modified Bauer share the targets of the Bauer score: they are the same facts.
OVERRIDABLE: frozenset[str] = frozenset({
    "bauer.pathological_fracture", "bauer.solitary_skeletal_metastasis", "bauer.visceral_metastases",
    "linden.primary", "linden.visceral_metastases", "nesms.independent_ambulation",
    "rades_death_2m.ambulatory", "rades_death_2m.interval_months", "rades_death_2m.motor_deficit_days",
    "rades_death_2m.other_bone_metastases", "rades_death_2m.tumour", "rades_death_2m.visceral_metastases",
    "tokuhashi_revised.frankel", "tokuhashi_revised.major_organ_metastases", "tokuhashi_revised.primary",
    "tokuhashi_revised.vertebral_body_metastases", "tomita.bone", "tomita.visceral",
})


def overridden(case: Case, target: str, derived: Input) -> Input:
    """The clinician's override of ``target`` if there is one, else the derived input."""
    if target not in OVERRIDABLE:
        raise ValueError(f"{target!r} is not an overridable score input")
    override = case.override_for(target)
    if override is None:
        return Input(derived.value, derived.source, derived.derivation, derived.field, target)
    who = override.set_by or N_("the clinician")
    why = fmt(N_("overridden by %1"), who)
    if override.reason:
        why = fmt(N_("overridden by %1: %2"), who, override.reason)
    if derived.value is not None:
        why = fmt(N_("%1 (derived value: %2)"), why, derived.value)
    return Input(override.value, Source.OVERRIDE, why, derived.field, target)


def entered(value: Any, field: str, label: str | None = None) -> Input:
    if value is None:
        return Input.missing(field, fmt(N_("%1 not recorded"), label) if label else None)
    return Input(value.value if hasattr(value, "value") else value, Source.ENTERED, None, field)


def primary(case: Case) -> PrimaryTumour | None:
    return case.history.primary_tumour


def established_primary(case: Case) -> tuple[PrimaryTumour | None, Text]:
    """The primary tumour as a score may use it, or None with the reason (pathway.md §11 S13):
    a primary not yet known, only suspected, or a lesion not yet diagnosed leaves every
    primary-dependent score item missing — never "no lung cancer" or "other"."""
    h = case.history
    p = h.primary_tumour
    if p is None:
        return None, fmt(N_("primary tumour not recorded"))
    if p is _P.UNKNOWN:
        return None, fmt(N_("primary tumour not yet known"))
    if h.diagnosis_unclear is True:
        return None, fmt(N_("the lesion is not yet diagnosed (diagnosis unclear)"))
    if h.known_cancer is False or (h.known_cancer is None and h.cancer_suspected is True):
        return None, fmt(N_("%1 only suspected: cancer not confirmed"), p)
    return p, fmt(N_("primary tumour: %1"), p)


def months_between(start: date, end: date) -> float:
    return round((end - start).days / 30.4375, 1)


def _add_months(since: date, months: int) -> date:
    """The day ``months`` calendar months after ``since`` (a month without the day ends on its
    last day: 31 Jan + 1 = 28 or 29 Feb, + 2 = 31 Mar)."""
    years, month = divmod(since.month - 1 + months, 12)
    year = since.year + years
    return date(year, month + 1, min(since.day, calendar.monthrange(year, month + 1)[1]))


def months_passed(since: date, until: date, months: int) -> bool:
    """Whether ``months`` calendar months have passed from ``since`` to ``until`` (20 Feb to
    20 Aug is six; a month without the day ends on its last day)."""
    return until >= _add_months(since, months)


def calendar_months(since: date, until: date) -> float:
    """Calendar months from ``since`` to ``until``, to the tenth below: the whole months as
    :func:`months_passed` counts them, then the part of the next month that has passed. So the
    figure reaches ``m`` exactly when ``months_passed(since, until, m)`` — a rule decided on
    calendar months is never worded with a figure that contradicts it (20 Feb to 20 Aug is 6.0;
    1 Jul to 31 Dec is 5.9). Negative when ``until`` is before ``since``."""
    if until < since:
        return -calendar_months(until, since)
    whole = (until.year - since.year) * 12 + until.month - since.month
    if not months_passed(since, until, whole):
        whole -= 1
    start, end = _add_months(since, whole), _add_months(since, whole + 1)
    tenths = whole * 10 + (until - start).days * 10 // (end - start).days
    return tenths / 10


def interval_months(case: Case, as_of: datetime) -> Input:
    field = "history.primary_diagnosis_date"
    start = case.history.primary_diagnosis_date
    if start is None:
        return Input.missing(field, N_("date of first diagnosis not recorded"))
    months = months_between(start, as_of.date())
    return Input(months, Source.DERIVED, fmt(N_("%1 to %2"), start, as_of.date()), field)


def organ_metastases(case: Case) -> Input:
    """Major-organ metastases (Tokuhashi: lungs, liver, kidneys, brain): the worse of visceral and brain."""
    field = "imaging.visceral_metastases"
    visceral, brain = case.imaging.visceral_metastases, case.imaging.brain_metastases
    order = [OrganMetastases.NONE, OrganMetastases.REMOVABLE, OrganMetastases.UNREMOVABLE]
    if OrganMetastases.UNREMOVABLE in (visceral, brain):
        return Input("unremovable", Source.DERIVED, N_("visceral/brain metastases unremovable"), field)
    if visceral is None or brain is None:
        if visceral is None:
            return Input.missing(field, N_("visceral metastases not recorded"))
        return Input.missing("imaging.brain_metastases", N_("brain metastases not recorded"))
    worst = max(visceral, brain, key=order.index)
    return Input(worst.value, Source.DERIVED, fmt(N_("visceral: %1, brain: %2"), visceral, brain), field)


def visceral_present(case: Case) -> Input:
    field = "imaging.visceral_metastases"
    visceral = case.imaging.visceral_metastases
    if visceral is None:
        return Input.missing(field, N_("visceral metastases not recorded"))
    return Input(visceral is not OrganMetastases.NONE, Source.DERIVED, fmt(N_("visceral: %1"), visceral), field)


def vertebral_count(case: Case) -> Input:
    field = "imaging.vertebral_metastases_count"
    count = case.imaging.vertebral_metastases_count
    if count is not None:
        return Input(count, Source.ENTERED, None, field)
    if case.imaging.staging_complete is not True:
        # The lesions entered are those described, not necessarily all (pathway.md §11 S13): one
        # entered lesion must not make a metastasis "solitary".
        return Input.missing(field, N_("number of vertebral metastases not recorded (the lesions entered count "
                                       "only once staging is marked complete)"))
    levels: set[str] = set()
    for lesion in case.imaging.lesions:
        if lesion.level is None:
            return Input.missing(field, N_("a lesion has no level"))
        levels.update(level_range(lesion.level, lesion.level_to or lesion.level))
    if not levels:
        return Input.missing(field, N_("number of vertebral metastases not recorded"))
    return Input(len(levels), Source.DERIVED,
                 fmt(N_("counted from the %1 lesion(s) entered; staging complete"), len(case.imaging.lesions)), field)


def bone_metastases_total(case: Case) -> tuple[int | None, Text]:
    vertebral = vertebral_count(case)
    foci = case.imaging.extraspinal_bone_foci
    if vertebral.value is None or foci is None:
        return None, fmt(N_("vertebral count and extraspinal bone foci needed"))
    return int(vertebral.value) + foci, fmt(N_("%1 vertebral + %2 extraspinal"), vertebral.value, foci)


def solitary_bone(case: Case) -> Input:
    total, why = bone_metastases_total(case)
    if total is None:
        return Input.missing("imaging.extraspinal_bone_foci", why)
    return Input(total == 1, Source.DERIVED, why, "imaging.extraspinal_bone_foci")


def other_bone_metastases(case: Case) -> Input:
    total, why = bone_metastases_total(case)
    if total is None:
        return Input.missing("imaging.extraspinal_bone_foci", why)
    return Input(total > 1, Source.DERIVED, why, "imaging.extraspinal_bone_foci")


def pathological_fracture(case: Case) -> Input:
    field = every_lesion("pathological_fracture")
    values = [lesion.pathological_fracture for lesion in case.imaging.lesions]
    if any(values):
        return Input(True, Source.DERIVED, N_("a lesion has a pathological fracture"), field)
    if not values or any(v is None for v in values):
        return Input.missing(field, N_("pathological fracture not recorded for every lesion"))
    return Input(False, Source.DERIVED, N_("no lesion has a pathological fracture"), field)


def primary_is(case: Case, members: frozenset[PrimaryTumour], label: str) -> Input:
    """Whether the primary is one of ``members``; a cancer of unknown primary could be any of
    them, so it leaves the item missing (S13)."""
    field = "history.primary_tumour"
    p, why = established_primary(case)
    if p is None:
        return Input.missing(field, why)
    if p is _P.CUP:
        return Input.missing(field, fmt(N_("cancer of unknown primary: %1 cannot be excluded"), label))
    return Input(p in members, Source.DERIVED, fmt(N_("primary tumour: %1 (%2)"), p, label), field)


def primary_category(case: Case, mapping: dict[PrimaryTumour, str], default: str, note: str = "") -> Input:
    """The score's tumour category; ``default`` for primaries the table does not name. A cancer of
    unknown primary has a category only where the table has one (S13)."""
    field = "history.primary_tumour"
    p, why = established_primary(case)
    if p is None:
        return Input.missing(field, why)
    if p is _P.CUP and p not in mapping:
        return Input.missing(field, N_("cancer of unknown primary: this score's table has no category for it"))
    value = mapping.get(p, default)
    why = fmt(N_("primary tumour: %1"), p)
    if note and p not in mapping:
        why = fmt(N_("primary tumour: %1; %2"), p, note)
    return Input(value, Source.DERIVED, why, field)


def radiosensitivity(case: Case) -> Input:
    field = "history.radiosensitivity_override"
    if case.history.radiosensitivity_override is not None:
        return Input(case.history.radiosensitivity_override.value, Source.OVERRIDE,
                     N_("set by the clinician"), field)
    p = primary(case)
    if p is None:
        return Input.missing("history.primary_tumour", N_("primary tumour not recorded"))
    value, why = RADIOSENSITIVITY_DEFAULT.get(
        p, (Radiosensitivity.UNKNOWN, N_("no default for this primary; set it if known"))
    )
    return Input(value.value, Source.DERIVED, fmt(N_("primary tumour: %1 — %2"), p, why), field)


def tomita_growth(case: Case) -> Input:
    """Tomita's growth category: the clinician's answer, else the default for the primary — both only
    while the primary is established (S13)."""
    field = "history.tomita_growth"
    chosen = case.history.tomita_growth
    p, why = established_primary(case)
    if p is None:
        if chosen is not None:
            return Input.missing(field, fmt(N_("%1: the growth category waits for the diagnosis"), why))
        return Input.missing(field, fmt(N_("%1: no growth category yet"), why))
    if chosen is not None:
        return Input(chosen.value, Source.ENTERED, None, field)
    default = TOMITA_GROWTH_DEFAULT.get(p)
    if default is None:
        return Input.missing(field, fmt(N_("no default for %1: choose the growth category"), p))
    value, basis = default
    return Input(value.value, Source.DERIVED, fmt(N_("default from the primary tumour: %1 — %2"), p, basis), field)


def sins_pain(case: Case, lesion: Lesion) -> Input:
    """A lesion's SINS pain item: as answered for the lesion, else from the patient's pain character
    when that pain belongs to this lesion — the only lesion, or no pain at all (S4: a fact of the
    patient is given to one of several lesions only when it cannot differ between them)."""
    field = lesion_field(lesion.id, "sins_pain")
    if lesion.sins_pain is not None:
        return Input(lesion.sins_pain.value, Source.ENTERED, None, field)
    character = case.history.pain_character
    if character is None:
        return Input.missing(field)
    if character is not PainCharacter.NONE and len(case.imaging.lesions) > 1:
        return Input.missing(field, N_("several lesions: the patient's pain is not given to one of them — "
                                       "choose the SINS pain item"))
    return Input(SINS_PAIN_FROM_CHARACTER[character].value, Source.DERIVED,
                 fmt(N_("from the patient's pain character: %1"), character), field)


def albumin_g_per_l(case: Case) -> Input:
    field = "labs.albumin"
    result = case.labs.latest("albumin")
    if result is None or result.value is None:
        return Input.missing(field, N_("albumin not measured"))
    if unit_missing("albumin", result.unit):
        # A value without its unit is not taken as g/L (3.6 g/dL read as 3.6 g/L is a false low).
        return Input.missing(field, N_("albumin unit not recorded"))
    try:
        value = to_canonical("albumin", result.value, result.unit)
    except UnitError as exc:
        return Input.missing(field, str(exc))
    how = N_("entered") if result.unit == "g/L" else fmt(N_("converted from %1 %2"), result.value, result.unit)
    return Input(round(value, 1), Source.DERIVED if result.unit != "g/L" else Source.ENTERED, how, field)


def ambulatory(case: Case, *, independent_only: bool) -> Input:
    """Ambulation for the scores: from the latest examination that recorded it, which is named when it
    is not the latest one (pathway.md §11 S1: an earlier finding of the episode counts while the
    latest examination did not test it)."""
    field = "neuro.ambulatory"
    exams = case.exams_latest_first()
    recorded = next((exam for exam in exams if exam.ambulatory is not None), None)
    if recorded is None or recorded.ambulatory is None:
        return Input.missing(field, N_("ambulatory status not recorded"))
    status = recorded.ambulatory
    where = fmt(N_("ambulatory: %1"), status)
    if recorded is not exams[0]:
        where = fmt(N_("ambulatory: %1 (examination of %2; the latest examination did not record it)"), status,
                    recorded.examined_at)
    if independent_only:
        if status is Ambulatory.WITH_AID:
            return Input.missing(
                field,
                N_("walks with an aid: whether that counts as 'independent ambulation' is unverified "
                   "for NESMS — override to decide"),
            )
        return Input(status is Ambulatory.INDEPENDENT, Source.DERIVED, where, field)
    return Input(status is not Ambulatory.NOT_AMBULATORY, Source.DERIVED, where, field)
