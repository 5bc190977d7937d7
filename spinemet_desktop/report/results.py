"""Computed results as JSON-ready data: the ``scores`` command and the JSON export for the record."""

from __future__ import annotations

import dataclasses
from typing import Any

from spinemet_desktop import GUIDELINE_VERSION, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.result import Input
from spinemet_desktop.model import Case, case_to_dict


def _input(value: Input) -> dict[str, Any]:
    return {
        "value": value.value,
        "source": value.source.value,
        "derivation": value.derivation,
        "field": value.field,
    }


def _labs(assessment: Assessment) -> dict[str, Any] | None:
    labs = assessment.labs
    if labs is None:
        return None
    return {
        "values": {k: dataclasses.asdict(v) for k, v in labs.values.items()},
        "reports": dict(labs.reports or {}),
        "corrected_calcium_mmol_l": labs.corrected_calcium,
        "corrected_calcium_citation": labs.corrected_calcium_citation,
        "flags": [dataclasses.asdict(f) for f in labs.flags],
        "missing_minimum": list(labs.missing_minimum),
        "not_judged": list(labs.unjudged),
        "optional_tests": [dataclasses.asdict(i) for i in labs.indications],
    }


def _red_flags(assessment: Assessment) -> dict[str, Any] | None:
    flags = assessment.red_flags
    if flags is None:
        return None
    return {
        "any_present": flags.any_present,
        "flags": [dataclasses.asdict(f) for f in flags.flags],
        "warning_features": [dataclasses.asdict(f) for f in flags.features],
        "citation": flags.citation,
    }


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    worst = assessment.worst_lesion
    scores: dict[str, Any] = {}
    if worst is not None:
        scores["sins"] = worst.sins.to_dict()
        scores["escc"] = worst.escc.to_dict()
        scores["scst"] = worst.scst.to_dict()
    scores.update({k: v.to_dict() for k, v in assessment.scores.items()})
    isncsci = None
    if assessment.isncsci is not None:
        c = assessment.isncsci
        isncsci = {
            "complete": c.complete,
            "result": dataclasses.asdict(c.result) if c.result else None,
            "partial_totals": c.partial_totals,
            "missing": list(c.missing),
            "citation": c.citation,
        }
    comparison = dataclasses.asdict(assessment.comparison) if assessment.comparison else None
    pathway = assessment.pathway
    return {
        "as_of": assessment.as_of.isoformat(),
        "program_version": __version__,
        "guideline": GUIDELINE_VERSION,
        "urgency": {
            "level": pathway.urgency.level,
            "headline": pathway.urgency.headline,
            "determined": pathway.urgency.determined,
        },
        "scores": scores,
        "not_computed": [r.to_dict() for r in assessment.reference_scores],
        "lesions": [
            {
                "id": la.lesion.id,
                "level": la.label,
                "is_worst": worst is la,
                "sins": la.sins.to_dict(),
                "escc": la.escc.to_dict(),
                "scst": la.scst.to_dict(),
            }
            for la in assessment.lesions
        ],
        "worst_lesion": {"id": worst.lesion.id, "level": worst.label,
                         "reason": assessment.worst_lesion_reason} if worst else None,
        "isncsci": isncsci,
        "serial_comparison": comparison,
        "deficit_class": _input(assessment.deficit_class),
        "prognosis": {**_input(assessment.prognosis), "basis": list(assessment.prognosis_basis)},
        "warnings": list(assessment.warnings),
        "labs": _labs(assessment),
        "red_flags": _red_flags(assessment),
        "pathway": {
            "facts": {k: _input(v) for k, v in pathway.provenance.items()},
            "outputs": {
                slot: {
                    "value": d.value,
                    "rule": d.rule_id,
                    "text": d.text,
                    "possible": list(d.possible),
                    "missing": list(d.missing),
                }
                for slot, d in pathway.decisions.items()
            },
            "missing_facts": list(pathway.missing_facts),
            "trace": [
                {
                    "rule": f.rule.id,
                    "title": f.rule.title,
                    "refs": list(f.rule.refs),
                    "strength": f.rule.strength,
                    "origin": f.rule.origin,
                    "slot": f.effect.slot,
                    "value": f.effect.value,
                    "text": f.effect.text,
                    "timing": f.effect.timing,
                    "facts": f.facts,
                    "note": f.rule.note,
                }
                for f in pathway.fired
            ],
        },
    }


def export_record(case: Case, assessment: Assessment) -> dict[str, Any]:
    """The case together with all computed results, for the patient record."""
    return {"case": case_to_dict(case), "results": assessment_to_dict(assessment)}
