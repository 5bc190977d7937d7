"""The guideline pathway: named rules, their evaluation, and the facts taken from a case."""

from spinemet_desktop.clinical.pathway.engine import (
    Decision,
    Fired,
    PathwayResult,
    Urgency,
    evaluate,
)
from spinemet_desktop.clinical.pathway.from_case import evaluate_case, facts_from_case
from spinemet_desktop.clinical.pathway.rules import DECISIONS, RULES, RULES_BY_ID, Rule

__all__ = [
    "DECISIONS",
    "RULES",
    "RULES_BY_ID",
    "Decision",
    "Fired",
    "PathwayResult",
    "Rule",
    "Urgency",
    "evaluate",
    "evaluate_case",
    "facts_from_case",
]
