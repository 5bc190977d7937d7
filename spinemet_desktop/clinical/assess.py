"""Everything the program computes about a case, in one deterministic call.

:func:`assess` is the only entry point the side panel, the summary page, the PDF, the exports and
the command line use, so they always agree: the :class:`~spinemet_desktop.clinical.findings.Findings`
(scores, ISNCSCI, lesions, labs …) and the guideline pathway evaluated on them. It is pure: the
reference time ``as_of`` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from spinemet_desktop.clinical.findings import Findings, LesionAssessment, find
from spinemet_desktop.clinical.pathway import PathwayResult, evaluate_case
from spinemet_desktop.model.case import Case


@dataclass(frozen=True, kw_only=True)
class Assessment(Findings):
    """The findings together with the pathway evaluated on them."""

    pathway: PathwayResult


def assess(case: Case, as_of: datetime) -> Assessment:
    findings = find(case, as_of)
    values = {f.name: getattr(findings, f.name) for f in fields(Findings)}
    return Assessment(**values, pathway=evaluate_case(case, findings))


__all__ = ["Assessment", "LesionAssessment", "assess"]
