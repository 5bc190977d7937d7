"""Evaluating the rules: outputs, the decision trace and the missing facts.

For each output the rules of :data:`~.rules.DECISIONS` are tried in order. The first rule that
is definitely true decides, unless an earlier rule was unknown (a fact missing) and would have
decided differently: then the output is undetermined, the possible values are listed, and the
missing facts are named. Advice rules fire independently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spinemet_desktop.clinical.pathway.facts import FACT_LABELS, FactView
from spinemet_desktop.clinical.pathway.rules import DECISIONS, RULES, RULES_BY_ID, Effect, Rule
from spinemet_desktop.model.text import N_, Text, fmt, join


@dataclass(frozen=True)
class Decision:
    slot: str
    value: Any
    rule_id: str | None
    text: str
    possible: tuple[Any, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fired:
    rule: Rule
    effect: Effect
    #: The facts the rule looked at, with their values.
    facts: dict[str, Any]


@dataclass(frozen=True)
class Urgency:
    level: str  # emergency / urgent / prompt / routine / undetermined
    headline: str
    determined: bool


@dataclass(frozen=True)
class PathwayResult:
    facts: dict[str, Any]
    decisions: dict[str, Decision]
    fired: tuple[Fired, ...]
    missing_facts: tuple[str, ...]
    urgency: Urgency
    provenance: dict[str, Any] = field(default_factory=dict)

    def output(self, slot: str) -> Any:
        return self.decisions[slot].value

    def cited(self) -> set[str]:
        return {ref for f in self.fired for ref in f.rule.refs}


class _RecordingView(FactView):
    def __init__(self, facts: Mapping[str, Any], decisions: Mapping[str, Any]) -> None:
        super().__init__(facts, decisions)
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        value = super().get(key)
        self.used[key] = value
        return value

    def used_escalator(self, key: str, value: Any) -> None:
        self.used[key] = value

    def decided(self, slot: str, values: Any) -> Any:
        result = super().decided(slot, values)
        self.used[f"output:{slot}"] = self._decisions.get(slot)
        return result


def _effect_for(rule: Rule, slot: str) -> Effect:
    for effect in rule.effects:
        if effect.slot == slot:
            return effect
    raise KeyError(f"rule {rule.id} does not set {slot}")


def _expand(needed: set[str], decisions: Mapping[str, Decision]) -> set[str]:
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


def evaluate(facts: Mapping[str, Any]) -> PathwayResult:
    """Run the pathway on facts in the canonical vocabulary (None or absent = not known)."""
    values: dict[str, Any] = dict(facts)
    decisions: dict[str, Decision] = {}
    chosen: dict[str, Any] = {}
    fired: list[Fired] = []
    for slot, order, default, default_text in DECISIONS:
        unknown: list[tuple[Rule, Effect, set[str]]] = []
        decision: Decision | None = None
        for rule_id in order:
            rule = RULES_BY_ID[rule_id]
            effect = _effect_for(rule, slot)
            view = _RecordingView(values, chosen)
            outcome = effect.when(view)
            if outcome is True:
                possible = {u[1].value for u in unknown} | {effect.value}
                if len(possible) == 1:
                    decision = Decision(slot, effect.value, rule.id, effect.text)
                    fired.append(Fired(rule, effect, dict(view.used)))
                else:
                    missing = set().union(*(u[2] for u in unknown))
                    decision = Decision(
                        slot, None, None, "", tuple(sorted(possible, key=str)),
                        tuple(sorted(_expand(missing, decisions))),
                    )
                break
            if outcome is None:
                unknown.append((rule, effect, set(view.needed)))
        if decision is None:
            possible = {u[1].value for u in unknown}
            if default is not None:
                possible.add(default)
            if len(possible) == 1 and not unknown:
                decision = Decision(slot, default, None, default_text)
            elif len(possible) == 1:
                value = possible.pop()
                decision = Decision(slot, value, unknown[0][0].id, unknown[0][1].text)
            else:
                missing = set().union(*(u[2] for u in unknown)) if unknown else set()
                decision = Decision(slot, None, None, "", tuple(sorted(possible, key=str)),
                                    tuple(sorted(_expand(missing, decisions))))
        decisions[slot] = decision
        chosen[slot] = decision.value

    for rule in RULES:
        for effect in rule.effects:
            if effect.slot is not None:
                continue
            view = _RecordingView(values, chosen)
            if effect.when(view) is True:
                fired.append(Fired(rule, effect, dict(view.used)))

    order = {rule.id: i for i, rule in enumerate(RULES)}
    fired.sort(key=lambda f: order[f.rule.id])
    missing_facts = sorted({m for d in decisions.values() for m in d.missing})
    return PathwayResult(
        facts=values,
        decisions=decisions,
        fired=tuple(fired),
        missing_facts=tuple(missing_facts),
        urgency=urgency(decisions),
    )


def _labels(names: tuple[str, ...]) -> Text:
    return join(", ", (FACT_LABELS.get(n, n) for n in names))


def urgency(decisions: Mapping[str, Decision]) -> Urgency:
    """The headline of the summary: what is asked of whom, how fast (text, not colour)."""
    centre = decisions["spine_centre"]
    imaging = decisions["imaging"]
    surgery = decisions["surgery"]
    if centre.value == "immediate":
        if surgery.value == "emergency_6h":
            return Urgency("emergency", N_("Emergency: present at a spine centre now; surgery within "
                                          "6 hours if operable."), True)
        if surgery.value == "urgent_24h":
            return Urgency("emergency", N_("Urgent: present at a spine centre now; surgery within "
                                          "24 hours if operable."), True)
        if surgery.value is None:
            headline = fmt(N_("Urgent: present at a spine centre now; immediate imaging. Surgery timing "
                              "undetermined — missing: %1."), _labels(surgery.missing))
        elif surgery.value == "not_possible":
            headline = N_("Urgent: present at a spine centre now; immediate imaging. Surgery not possible: "
                          "radiotherapy and supportive care.")
        else:
            headline = N_("Urgent: present at a spine centre now; immediate imaging.")
        return Urgency("urgent", headline, surgery.value is not None)
    if centre.value is None or imaging.value is None:
        missing = _labels(tuple(sorted(set(centre.missing) | set(imaging.missing))))
        if "immediate" in centre.possible or "immediate" in imaging.possible:
            headline = fmt(N_("Urgency cannot be determined yet — missing: %1. It may be an emergency: "
                              "check these first."), missing)
        else:
            headline = fmt(N_("Urgency cannot be determined yet — missing: %1."), missing)
        return Urgency("undetermined", headline, False)
    if imaging.value == "prompt":
        return Urgency("prompt", N_("Prompt: imaging soon (not necessarily immediately); present "
                                    "immediately if the deficit worsens."), True)
    if centre.value == "tumour_board":
        return Urgency("prompt", N_("Discuss in the interdisciplinary tumour board; no emergency."), True)
    return Urgency("routine", N_("Routine: no emergency; plan treatment with the tumour board."), True)
