"""The guideline pathway: named rules, their evaluation, and the facts taken from a case."""

from spinemet_desktop.clinical.pathway.engine import (
    AdviceLine,
    Decision,
    Fired,
    LesionDecision,
    PathwayResult,
    Urgency,
    evaluate,
    fact_label,
    split_fact,
    tier,
)
from spinemet_desktop.clinical.pathway.from_case import evaluate_case, facts_from_case, lesion_facts
from spinemet_desktop.clinical.pathway.rules import (
    DECISIONS,
    RULES,
    RULES_BY_ID,
    URGENCY_TIERS,
    VALUE_ORDER,
    Rule,
)

__all__ = [
    "DECISIONS",
    "RULES",
    "RULES_BY_ID",
    "URGENCY_TIERS",
    "VALUE_ORDER",
    "AdviceLine",
    "Decision",
    "Fired",
    "LesionDecision",
    "PathwayResult",
    "Rule",
    "Urgency",
    "evaluate",
    "evaluate_case",
    "fact_label",
    "facts_from_case",
    "lesion_facts",
    "split_fact",
    "tier",
]
