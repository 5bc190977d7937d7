"""Evaluating the rules: outputs, the decision trace and the missing facts.

For each output the rules of :data:`~.rules.DECISIONS` are tried in order. The first rule that
is definitely true decides, unless an earlier rule was unknown (a fact missing) and would have
decided differently: then the output is undetermined, the possible values are listed, and the
missing facts are named. A rule may instead plan for the worse case of a fact that is not
recorded (pathway.md §11 S2, S3, S5): the output is then decided, and the fact is listed as one
that could change it (:attr:`Decision.assumed`). Advice rules fire independently.

Lesions are judged one by one (S4). Surgery, radiotherapy and embolisation are decided for each
lesion with its own facts; the patient's neurological deficit is attributed to the lesions that
can explain it (the highest ESCC grade, and every lesion whose grade is not recorded). The
patient's outputs (imaging, spine centre, immobilisation, biopsy, safety net) are evaluated with
each lesion's facts too. Each output then takes the most urgent or most invasive answer over the
lesions (:data:`~.rules.VALUE_ORDER`) and names the lesion it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from spinemet_desktop.clinical.pathway.facts import (
    FACT_LABELS,
    LESION_KEYS,
    RECORDED_ONLY,
    FactView,
)
from spinemet_desktop.clinical.pathway.rules import (
    DECISIONS,
    LESION_SLOTS,
    RULES,
    RULES_BY_ID,
    URGENCY_TIERS,
    VALUE_ORDER,
    Effect,
    Rule,
    Timing,
)
from spinemet_desktop.clinical.scores import escc
from spinemet_desktop.model.text import N_, Text, fmt, join

#: The patient facts that describe the neurological deficit; a lesion that cannot explain the
#: deficit is judged without them (S4).
DEFICIT_KEYS: tuple[str, ...] = (
    "deficit", "deficit_onset_hours", "rapidly_progressive", "bladder_bowel_disturbed",
    "deteriorating", "motor_finding", "completeness_unknown",
)
_NO_DEFICIT: dict[str, Any] = {
    "deficit": "none", "deficit_onset_hours": None, "rapidly_progressive": False,
    "bladder_bowel_disturbed": False, "deteriorating": False, "motor_finding": False,
    "completeness_unknown": False,
}


@dataclass(frozen=True)
class LesionDecision:
    """One lesion's answer for an output that is decided lesion by lesion."""

    lesion: str
    value: Any
    rule_id: str | None
    text: str
    possible: tuple[Any, ...] = ()
    missing: tuple[str, ...] = ()
    assumed: tuple[str, ...] = ()
    assumed_why: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    slot: str
    value: Any
    rule_id: str | None
    text: str
    possible: tuple[Any, ...] = ()
    missing: tuple[str, ...] = ()
    #: Facts that are not recorded and whose worse case was planned for (S2, S3, S5): recording
    #: them could change this output. The reasons are in :attr:`assumed_why`.
    assumed: tuple[str, ...] = ()
    assumed_why: tuple[str, ...] = ()
    #: The lesion the value comes from (S4), when the case has more than one.
    lesion: str | None = None
    #: Each lesion's own answer, when the case has more than one lesion.
    per_lesion: tuple[LesionDecision, ...] = ()
    #: Rules of other lesions that give the same value (S4, S10), e.g. ("B25 at T6",).
    also: tuple[tuple[str, str], ...] = ()

    @property
    def determined(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Fired:
    rule: Rule
    effect: Effect
    #: The facts the rule looked at, with their values.
    facts: dict[str, Any]
    #: The lesion the rule fired for ("" for the patient as a whole).
    lesion: str = ""


@dataclass(frozen=True)
class AdviceLine:
    """One piece of advice as a reader sees it: rules giving the same advice printed once (S10)."""

    text: str
    timing: Timing
    rule_ids: tuple[str, ...]
    refs: tuple[str, ...]
    lesions: tuple[str, ...]
    inferred: bool
    #: The fired rules behind the line, for a "why?" with the facts each one used.
    fired: tuple[Fired, ...] = ()


class UrgencyLevel(StrEnum):
    """The urgency of the whole case, first on the summary and on page 1 of the referral (levels as
    in shared/testdata/scenarios/README.md; see :func:`urgency`)."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    PROMPT = "prompt"
    ROUTINE = "routine"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True)
class Urgency:
    level: UrgencyLevel
    headline: str
    #: False while missing facts could still change the level ("Emergency until excluded").
    determined: bool


@dataclass(frozen=True)
class LesionFacts:
    """The facts of one lesion as the pathway saw them."""

    label: str
    facts: dict[str, Any]
    #: Whether the patient's deficit was attributed to this lesion (S4).
    explains_deficit: bool


@dataclass(frozen=True)
class PathwayResult:
    facts: dict[str, Any]
    decisions: dict[str, Decision]
    fired: tuple[Fired, ...]
    missing_facts: tuple[str, ...]
    urgency: Urgency
    provenance: dict[str, Any] = field(default_factory=dict)
    lesions: tuple[LesionFacts, ...] = ()
    #: Facts whose worse case was planned for, over all outputs (they could lower an output).
    assumed_facts: tuple[str, ...] = ()
    #: Each lesion's facts with their provenance, in the order of :attr:`lesions` (from a case).
    lesion_provenance: tuple[dict[str, Any], ...] = ()

    def output(self, slot: str) -> Any:
        return self.decisions[slot].value

    def provenance_of(self, name: str) -> Any:
        """The provenance of a fact named in :attr:`missing_facts` ("sins@T10" for a lesion's)."""
        key, lesion = split_fact(name)
        if lesion is None:
            return self.provenance.get(key)
        for facts, provenance in zip(self.lesions, self.lesion_provenance, strict=False):
            if facts.label == lesion:
                return provenance.get(key)
        return None

    def cited(self) -> set[str]:
        return {ref for f in self.fired for ref in f.rule.refs}

    def advice(self, timing: Timing | None = None) -> tuple[AdviceLine, ...]:
        """Fired rules grouped by their advice text: the same advice is printed once (S10)."""
        groups: dict[tuple[str, Timing], list[Fired]] = {}
        for fired in self.fired:
            if timing is not None and fired.effect.timing != timing:
                continue
            groups.setdefault((fired.effect.text, fired.effect.timing), []).append(fired)
        lines = []
        for (text, when), members in groups.items():
            ids = tuple(dict.fromkeys(f.rule.id for f in members))
            refs = tuple(dict.fromkeys(r for f in members for r in f.rule.refs))
            lesions = tuple(dict.fromkeys(f.lesion for f in members if f.lesion))
            inferred = all(f.rule.origin == "inference" for f in members)
            lines.append(AdviceLine(text, when, ids, refs, lesions, inferred, tuple(members)))
        return tuple(lines)


class _RecordingView(FactView):
    def __init__(self, facts: Mapping[str, Any], decisions: Mapping[str, Any]) -> None:
        super().__init__(facts, decisions)
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        value = super().get(key)
        self.used[key] = value
        return value

    def peek(self, key: str) -> Any:
        value = super().peek(key)
        self.used[key] = value
        return value

    def used_escalator(self, key: str, value: Any) -> None:
        self.used[key] = value

    def decided(self, slot: str, values: Any) -> Any:
        result = super().decided(slot, values)
        self.used[f"output:{slot}"] = self._decisions.get(slot)
        return result

    def decided_value(self, slot: str) -> Any:
        value = super().decided_value(slot)
        self.used[f"output:{slot}"] = value
        return value


def split_fact(name: str) -> tuple[str, str | None]:
    """A fact name and the lesion it belongs to: "sins@T10" -> ("sins", "T10")."""
    key, _, lesion = name.partition("@")
    return key, (lesion or None)


def fact_label(name: str) -> Text:
    """The fact's label, with its lesion when it is one lesion's ("SINS of the lesion (T10)")."""
    key, lesion = split_fact(name)
    label = FACT_LABELS.get(key, key)
    return fmt(N_("%1 (%2)"), label, lesion) if lesion else fmt(label)


def _named(decision: Decision, label: str) -> Decision:
    """Name the lesion of each lesion fact a decision of that lesion lacks or assumes (S4)."""
    def name(key: str) -> str:
        return f"{key}@{label}" if key in LESION_KEYS and "@" not in key else key
    return replace(decision, missing=tuple(sorted({name(m) for m in decision.missing})),
                   assumed=tuple(name(a) for a in decision.assumed))


def _effects_for(rule: Rule, slot: str) -> tuple[Effect, ...]:
    effects = _EFFECTS_FOR.get((rule.id, slot))
    if effects is None:
        effects = tuple(e for e in rule.effects if e.slot == slot and not e.qualifies)
        if not effects:
            raise KeyError(f"rule {rule.id} does not set {slot}")
        _EFFECTS_FOR[(rule.id, slot)] = effects
    return effects


#: The effects of each rule on each output, looked up once (the rules are fixed at import).
_EFFECTS_FOR: dict[tuple[str, str], tuple[Effect, ...]] = {}
#: The qualifiers (S3) of each output, in the order of :data:`RULES`.
_QUALIFIERS: dict[str | None, tuple[tuple[Rule, Effect], ...]] = {}
for _rule in RULES:
    for _effect in _rule.effects:
        if _effect.qualifies:
            _QUALIFIERS[_effect.slot] = (*_QUALIFIERS.get(_effect.slot, ()), (_rule, _effect))
#: The advice effects (no output slot), in the order of :data:`RULES`.
_ADVICE: tuple[tuple[Rule, Effect], ...] = tuple(
    (rule, effect) for rule in RULES for effect in rule.effects if effect.slot is None)
_RULE_ORDER: dict[str, int] = {rule.id: i for i, rule in enumerate(RULES)}


def _expand(needed: Iterable[str], decisions: Mapping[str, Any]) -> set[str]:
    """Replace 'output:<slot>' by the facts that left that output undetermined."""
    facts: set[str] = set()
    for name in needed:
        if name.startswith("output:"):
            decision = decisions.get(name[7:])
            if decision is not None:
                facts.update(decision.missing)
        else:
            facts.add(name)
    return facts


@dataclass
class _Context:
    """One lesion (or the patient without a recorded lesion) as the rules see it."""

    label: str
    facts: dict[str, Any]  # patient + lesion facts
    masked: dict[str, Any]  # the same without the deficit when the lesion cannot explain it
    explains_deficit: bool
    #: While it is not known whether the lesion explains the deficit: the facts of the other
    #: reading (without the deficit when it is attributed, with it when it is not), and the
    #: lesion facts that would settle it.
    other_reading: dict[str, Any] | None = None
    unsettled_by: tuple[str, ...] = ()
    decisions: dict[str, Decision] = field(default_factory=dict)  # this lesion's own answers


def _decide(slot: str, order: Sequence[str], default: Any, default_text: str,
            facts: Mapping[str, Any], chosen: Mapping[str, Any],
            known: Mapping[str, Decision]) -> tuple[Decision, list[Fired]]:
    unknown: list[tuple[Rule, Effect, set[str]]] = []
    assumed: dict[str, str] = {}
    fired: list[Fired] = []
    for rule_id in order:
        rule = RULES_BY_ID[rule_id]
        for effect in _effects_for(rule, slot):
            view = _RecordingView(facts, chosen)
            outcome = effect.when(view)
            assumed.update(view.assumed)
            if outcome is True:
                possible = {u[1].value for u in unknown} | {effect.value}
                if len(possible) == 1:
                    fired.append(Fired(rule, effect, dict(view.used)))
                    return Decision(slot, effect.value, rule.id, effect.text,
                                    assumed=tuple(assumed), assumed_why=tuple(assumed.values())), fired
                missing = set().union(*(u[2] for u in unknown))
                return Decision(slot, None, None, "", tuple(sorted(possible, key=str)),
                                tuple(sorted(_expand(missing, known)))), fired
            if outcome is None:
                unknown.append((rule, effect, set(view.needed)))
    possible = {u[1].value for u in unknown}
    if default is not None:
        possible.add(default)
    if len(possible) == 1 and not unknown:
        return Decision(slot, default, None, default_text), fired
    if len(possible) == 1:
        value = possible.pop()
        return Decision(slot, value, unknown[0][0].id, unknown[0][1].text), fired
    missing = set().union(*(u[2] for u in unknown)) if unknown else set()
    return Decision(slot, None, None, "", tuple(sorted(possible, key=str)),
                    tuple(sorted(_expand(missing, known)))), fired


def _qualify(decision: Decision, facts: Mapping[str, Any], chosen: Mapping[str, Any]) -> tuple[Decision, list[Fired]]:
    """Apply the qualifiers of a decided output (S3)."""
    fired: list[Fired] = []
    if decision.value is None:
        return decision, fired
    assumed = dict(zip(decision.assumed, decision.assumed_why, strict=True))
    for rule, effect in _QUALIFIERS.get(decision.slot, ()):
        view = _RecordingView(facts, {**chosen, decision.slot: decision.value})
        if effect.when(view) is True:
            assumed.update(view.assumed)
            fired.append(Fired(rule, effect, dict(view.used)))
    if not fired:
        return decision, fired
    return replace(decision, assumed=tuple(assumed), assumed_why=tuple(assumed.values())), fired


def _rank(slot: str, value: Any) -> int:
    order = VALUE_ORDER[slot]
    return order.index(value) if value in order else len(order)


def _combine(slot: str, answers: Sequence[tuple[_Context, Decision]], named: bool) -> Decision:
    """The most urgent or most invasive answer over the lesions (S4), naming its lesion."""
    if len(answers) == 1:
        return answers[0][1]
    per_lesion = tuple(
        LesionDecision(ctx.label, d.value, d.rule_id, d.text, d.possible, d.missing, d.assumed, d.assumed_why)
        for ctx, d in answers
    ) if named else ()
    determined = [(ctx, d) for ctx, d in answers if d.value is not None]
    best = min(determined, key=lambda pair: _rank(slot, pair[1].value)) if determined else None
    best_rank = _rank(slot, best[1].value) if best else len(VALUE_ORDER[slot]) + 1
    higher: set[Any] = set()
    missing: set[str] = set()
    for _ctx, d in answers:
        if d.value is None:
            above = {p for p in d.possible if _rank(slot, p) < best_rank}
            if above or best is None:
                higher |= above if best is not None else set(d.possible)
                missing |= set(d.missing)
    if best is None or higher:
        possible = higher | ({best[1].value} if best else set())
        return Decision(slot, None, None, "", tuple(sorted(possible, key=str)), tuple(sorted(missing)),
                        per_lesion=per_lesion)
    ctx, chosen = best
    same = [(c, d) for c, d in determined if d.value == chosen.value]
    # What any lesion's answer assumes is kept, even when another lesion's answer is shown: each
    # lesion's own answer is listed too (S4), and its assumption must not disappear.
    assumed: dict[str, str] = {}
    for c, d in [(ctx, chosen)] + [(c, d) for c, d in answers if d is not chosen]:
        for key, why in zip(d.assumed, d.assumed_why, strict=True):
            assumed.setdefault(key, fmt(N_("%1: %2"), c.label, why) if named and "@" in key else why)
    also = tuple((d.rule_id, c.label) for c, d in same[1:] if d.rule_id and d.rule_id != chosen.rule_id)
    lesion = ctx.label if named and chosen.rule_id else None
    return replace(chosen, lesion=lesion, per_lesion=per_lesion, also=also,
                   assumed=tuple(assumed), assumed_why=tuple(assumed.values()))


def _split(facts: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Patient facts and one dictionary of facts per lesion (a flat dictionary is one lesion)."""
    patient = {k: v for k, v in facts.items() if k != "lesions" and k not in LESION_KEYS}
    for key, default in RECORDED_ONLY.items():
        if key not in LESION_KEYS and key not in facts:
            patient[key] = default
    if "lesions" in facts:
        lesions = [dict(lesion) for lesion in facts["lesions"]]
    else:
        flat = {k: v for k, v in facts.items() if k in LESION_KEYS}
        lesions = [flat]
    for lesion in lesions:
        if "previously_irradiated" not in lesion and patient.get("cord_tolerance_exhausted") is True:
            # A vignette that says only "cord tolerance exhausted" says the lesion was irradiated.
            lesion["previously_irradiated"] = True
        for key, default in RECORDED_ONLY.items():
            if key in LESION_KEYS and key not in lesion:
                lesion[key] = default
    return patient, lesions


@dataclass(frozen=True)
class _Attribution:
    explains: bool
    #: The lesion facts not recorded that could change the attribution (empty when it is certain).
    unsettled_by: tuple[str, ...]


def _attribute_deficit(lesions: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> list[_Attribution]:
    """The lesions the patient's deficit is attributed to: every lesion that compresses the cord
    (ESCC >= 2, or fragments in the canal), those with the highest known ESCC grade, and those
    whose grade is not recorded (they could be worse). When unsure, all candidates (S4).

    An attribution is unsettled while a fact that could change it is missing: the lesion's own
    grade, the grade of another lesion (it could be worse and take the deficit over), or whether
    a lesion below the highest grade has fragments in the canal (unknown is not "no", S13; that a
    lesion with fragments may explain the deficit is the engine's inference from E34)."""
    grades = [lesion.get("escc") for lesion in lesions]
    ranks = [escc.RANK.get(grade) if grade is not None else None for grade in grades]
    known = [r for r in ranks if r is not None]
    top = max(known) if known else None
    ungraded = [f"escc@{label}" for label, r in zip(labels, ranks, strict=True) if r is None]
    out = []
    for r, grade, lesion, label in zip(ranks, grades, lesions, labels, strict=True):
        others_ungraded = tuple(key for key in ungraded if key != f"escc@{label}")
        if len(lesions) == 1 or grade in escc.HIGH_GRADES or lesion.get("intraspinal_fragments") is True:
            out.append(_Attribution(True, ()))
        elif r is None:
            out.append(_Attribution(True, (f"escc@{label}",)))
        elif r == top:
            out.append(_Attribution(True, others_ungraded))
        elif lesion.get("intraspinal_fragments") is None:
            out.append(_Attribution(False, (f"intraspinal_fragments@{label}",)))
        else:
            out.append(_Attribution(False, ()))
    return out


def _either_reading(slot: str, decision: Decision, other: Decision, unsettled_by: Sequence[str]) -> Decision:
    """A lesion's answer while its attribution is unsettled: the answer of the reading taken,
    unless the other reading allows a more urgent one; then both stay possible until the facts
    that settle the attribution are recorded (a missing fact never lowers an urgency, S1-S4).
    Only the outputs with an urgency tier are read both ways (the lesion output among them is
    surgery); what either reading assumes (S3) is kept."""
    def most_urgent(d: Decision) -> int:
        values = [d.value] if d.value is not None else list(d.possible)
        return min((_rank(slot, v) for v in values), default=len(VALUE_ORDER[slot]))
    if most_urgent(other) >= most_urgent(decision):
        return decision
    values = {d.value for d in (decision, other) if d.value is not None}
    possible = values | set(decision.possible) | set(other.possible)
    missing = set(decision.missing) | set(other.missing) | set(unsettled_by)
    assumed = dict(zip(decision.assumed, decision.assumed_why, strict=True))
    for key, why in zip(other.assumed, other.assumed_why, strict=True):
        assumed.setdefault(key, why)
    return Decision(slot, None, None, "", tuple(sorted(possible, key=str)), tuple(sorted(missing)),
                    assumed=tuple(assumed), assumed_why=tuple(assumed.values()))


def _label(lesion: Mapping[str, Any], index: int, count: int) -> str:
    if count == 1:
        return str(lesion.get("level") or "")
    return str(lesion.get("level") or fmt(N_("lesion %1"), index + 1))


def evaluate(facts: Mapping[str, Any]) -> PathwayResult:
    """Run the pathway on facts in the canonical vocabulary (None or absent = not known)."""
    patient, lesion_facts = _split(facts)
    count = len(lesion_facts)
    labels = [_label(lesion, index, count) for index, lesion in enumerate(lesion_facts)]
    attributions = _attribute_deficit(lesion_facts, labels)
    contexts = []
    for label, lesion, attribution in zip(labels, lesion_facts, attributions, strict=True):
        merged = {**patient, **lesion}
        without = {**merged, **_NO_DEFICIT}
        masked = merged if attribution.explains else without
        other = (without if attribution.explains else merged) if attribution.unsettled_by else None
        contexts.append(_Context(label, merged, masked, attribution.explains,
                                 other, attribution.unsettled_by))
    named = count > 1

    decisions: dict[str, Decision] = {}
    chosen: dict[str, Any] = {}
    fired: list[Fired] = []
    for slot, order, default, default_text in DECISIONS:
        answers: list[tuple[_Context, Decision]] = []
        for ctx in contexts:
            if slot in LESION_SLOTS:
                own = {**chosen, **{s: d.value for s, d in ctx.decisions.items()}}
                known = {**decisions, **ctx.decisions}
                decision, why = _decide(slot, order, default, default_text, ctx.masked, own, known)
                decision, qualified = _qualify(decision, ctx.masked, own)
                if ctx.other_reading is not None and slot in URGENCY_TIERS:
                    alternative, _ = _decide(slot, order, default, default_text, ctx.other_reading, own, known)
                    alternative, _ = _qualify(alternative, ctx.other_reading, own)
                    widened = _either_reading(slot, decision, alternative, ctx.unsettled_by)
                    if widened is not decision:
                        # Neither reading's rule decides (the facts that would settle it are missing).
                        decision, why, qualified = widened, [], []
                ctx.decisions[slot] = decision
            else:
                decision, why = _decide(slot, order, default, default_text, ctx.facts, chosen, decisions)
                decision, qualified = _qualify(decision, ctx.facts, chosen)
            if named:
                decision = _named(decision, ctx.label)
                if slot in LESION_SLOTS:
                    ctx.decisions[slot] = decision
            label = ctx.label if named and slot in LESION_SLOTS else ""
            fired += [f if f.lesion == label else replace(f, lesion=label) for f in why + qualified]
            answers.append((ctx, decision))
        combined = _combine(slot, answers, named and slot in LESION_SLOTS)
        decisions[slot] = combined
        chosen[slot] = combined.value

    # Each lesion's outputs as its advice rules see them (all decided by now).
    owns = [{**chosen, **{s: d.value for s, d in ctx.decisions.items()}} for ctx in contexts]
    for rule, effect in _ADVICE:
        for ctx, own in zip(contexts, owns, strict=True):
            if rule.scope == "lesion":
                view = _RecordingView(ctx.masked, own)
                if effect.when(view) is True:
                    fired.append(Fired(rule, effect, dict(view.used), ctx.label if named else ""))
            else:
                # Patient advice: once, from the first lesion whose facts call for it.
                view = _RecordingView(ctx.facts, chosen)
                if effect.when(view) is True:
                    fired.append(Fired(rule, effect, dict(view.used)))
                    break

    fired = _unique(sorted(fired, key=lambda f: _RULE_ORDER[f.rule.id]))
    missing_facts = sorted({m for d in decisions.values() for m in d.missing})
    assumed_facts = sorted({a for d in decisions.values() for a in d.assumed})
    return PathwayResult(
        facts={**patient, **(lesion_facts[0] if count == 1 else {})},
        decisions=decisions,
        fired=tuple(fired),
        missing_facts=tuple(missing_facts),
        urgency=urgency(decisions),
        lesions=tuple(LesionFacts(ctx.label, {k: ctx.facts.get(k) for k in LESION_KEYS}, ctx.explains_deficit)
                      for ctx in contexts),
        assumed_facts=tuple(assumed_facts),
    )


def _unique(fired: Iterable[Fired]) -> list[Fired]:
    """The same rule and effect for the same lesion fires once (a slot rule may be tried twice)."""
    seen: set[tuple[str, int, str]] = set()
    out = []
    for f in fired:
        key = (f.rule.id, id(f.effect), f.lesion)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _labels(names: Iterable[str]) -> Text:
    return join(", ", (fact_label(n) for n in names))


def tier(slot: str, decision: Decision) -> int | None:
    """The urgency tier of an output (0 = most urgent): of its value, or of the most urgent value
    still possible while it is undetermined. None for outputs that carry no urgency tier
    (e.g. surgery 'not possible')."""
    tiers = URGENCY_TIERS[slot]
    values = [decision.value] if decision.value is not None else list(decision.possible)
    ranks = [tiers.index(v) for v in values if v in tiers]
    return min(ranks) if ranks else None


def urgency(decisions: Mapping[str, Decision]) -> Urgency:
    """The headline of the summary: what is asked of whom, how fast (text, not colour).

    Levels as in shared/testdata/scenarios/README.md: emergency = surgery within 6 h is or may be
    needed; urgent = immediate presentation without a 6-hour operation; prompt = prompt imaging or
    the tumour board; routine; undetermined = what would decide it is missing.
    """
    centre = decisions["spine_centre"]
    imaging = decisions["imaging"]
    surgery = decisions["surgery"]
    qualifier = _qualifier(surgery)
    if centre.value == "immediate":
        if surgery.value == "emergency_6h":
            return Urgency(UrgencyLevel.EMERGENCY,
                           _with(N_("Emergency: present at a spine centre now; surgery within 6 hours if operable."),
                                 qualifier), True)
        if surgery.value is None and "emergency_6h" in surgery.possible:
            return Urgency(UrgencyLevel.EMERGENCY,
                           fmt(N_("Emergency until excluded: present at a spine centre now; surgery within 6 hours "
                                  "may be needed — missing: %1."), _labels(surgery.missing)), False)
        if surgery.value == "urgent_24h":
            return Urgency(UrgencyLevel.URGENT,
                           _with(N_("Urgent: present at a spine centre now; surgery within 24 hours if operable."),
                                 qualifier), True)
        headline: str
        if surgery.value is None:
            headline = fmt(N_("Urgent: present at a spine centre now; immediate imaging. Surgery timing "
                              "undetermined — missing: %1."), _labels(surgery.missing))
        elif surgery.value == "not_possible" and decisions["radiotherapy"].value == "none":
            headline = N_("Urgent: present at a spine centre now; immediate imaging. Surgery not possible and no "
                          "safe radiotherapy: supportive care; discuss the options in the tumour board.")
        elif surgery.value == "not_possible":
            headline = N_("Urgent: present at a spine centre now; immediate imaging. Surgery not possible: "
                          "radiotherapy and supportive care.")
        else:
            headline = _with(N_("Urgent: present at a spine centre now; immediate imaging."), qualifier)
        return Urgency(UrgencyLevel.URGENT, headline, surgery.value is not None)
    if centre.value is None or imaging.value is None:
        missing = _labels(sorted(set(centre.missing) | set(imaging.missing)))
        if "immediate" in centre.possible or "immediate" in imaging.possible:
            headline = fmt(N_("Urgency cannot be determined yet — missing: %1. It may be an emergency: "
                              "check these first."), missing)
        else:
            headline = fmt(N_("Urgency cannot be determined yet — missing: %1."), missing)
        return Urgency(UrgencyLevel.UNDETERMINED, headline, False)
    if imaging.value == "prompt":
        return Urgency(UrgencyLevel.PROMPT, N_("Prompt: imaging soon (not necessarily immediately); present "
                                               "immediately if the deficit worsens."), True)
    if centre.value == "tumour_board":
        return Urgency(UrgencyLevel.PROMPT, N_("Discuss in the interdisciplinary tumour board; no emergency."), True)
    return Urgency(UrgencyLevel.ROUTINE, N_("Routine: no emergency; plan treatment with the tumour board."), True)


def _qualifier(surgery: Decision) -> str:
    """What the surgical tier assumes (S2, S3), as one sentence for the headline."""
    if surgery.value not in URGENCY_TIERS["surgery"] or not surgery.assumed:
        return ""
    return fmt(N_("Planned for the worse until recorded: %1."), _labels(surgery.assumed))


def _with(headline: str, qualifier: str) -> str:
    return join(" ", (headline, qualifier)) if qualifier else headline
