"""Computed results as JSON-ready data: the ``scores`` command and the JSON export for the record."""

from __future__ import annotations

import dataclasses
from typing import Any

from spinemet_desktop import GUIDELINE_VERSION, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.result import Input
from spinemet_desktop.model import Case, case_to_dict


def _plain(value: Any) -> Any:
    """A fact's value as JSON: a set of possibilities (the prognosis bands) as a sorted list."""
    if isinstance(value, (frozenset, set)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    return value


def _input(value: Input) -> dict[str, Any]:
    return {
        "value": _plain(value.value),
        "source": value.source.value,
        "derivation": value.derivation,
        "field": value.field,
    }


def _lesion_ref(la: Any, reason: str) -> dict[str, Any] | None:
    return {"id": la.lesion.id, "level": la.label, "reason": reason} if la is not None else None


def _reirradiation(la: Any) -> dict[str, Any] | None:
    figures = la.reirradiation
    if figures is None:
        return None
    return {
        "citation": figures.citation,
        "courses_at_level": figures.courses_at_level,
        "governing_level": figures.governing.level,
        "margin_bed_gy2": figures.margin_bed_gy2,
        "courses_assumed_in_field": list(figures.assumed_in_field),
        "levels": [dataclasses.asdict(level) for level in figures.levels],
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
                "sins_range": list(la.sins_range) if la.sins_range else None,
                "instability": la.instability,
                "reirradiation": _reirradiation(la),
            }
            for la in assessment.lesions
        ],
        "worst_lesion": {
            "id": worst.lesion.id, "level": worst.label, "reason": assessment.worst_lesion_reason,
            "instability": _lesion_ref(assessment.lesion_for_instability, assessment.instability_reason),
            "compression": _lesion_ref(assessment.lesion_for_compression, assessment.compression_reason),
        } if worst else None,
        "isncsci": isncsci,
        "serial_comparison": comparison,
        "deficit_class": _input(assessment.deficit_class),
        "prognosis": {**_input(assessment.prognosis), "basis": list(assessment.prognosis_basis),
                      "possible_bands": sorted(assessment.prognosis_bands)},
        "warnings": list(assessment.warnings),
        "labs": _labs(assessment),
        "red_flags": _red_flags(assessment),
        "pathway": {
            "facts": {k: _input(v) for k, v in pathway.provenance.items()},
            "lesion_facts": [
                {"lesion": lesion.label, "deficit_attributed": lesion.explains_deficit,
                 "facts": {k: _input(v) for k, v in provenance.items()}}
                for lesion, provenance in zip(pathway.lesions, pathway.lesion_provenance, strict=False)
            ],
            "outputs": {
                slot: {
                    "value": d.value,
                    "rule": d.rule_id,
                    "text": d.text,
                    "possible": list(d.possible),
                    "missing": list(d.missing),
                    "assumed": [{"fact": f, "why": why} for f, why in zip(d.assumed, d.assumed_why, strict=True)],
                    "lesion": d.lesion,
                    "also": [{"rule": rule, "lesion": lesion} for rule, lesion in d.also],
                    "per_lesion": [
                        {"lesion": x.lesion, "value": x.value, "rule": x.rule_id, "text": x.text,
                         "possible": list(x.possible), "missing": list(x.missing)}
                        for x in d.per_lesion
                    ],
                }
                for slot, d in pathway.decisions.items()
            },
            "missing_facts": list(pathway.missing_facts),
            "assumed_facts": list(pathway.assumed_facts),
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
                    "facts": {k: _plain(v) for k, v in f.facts.items()},
                    "note": f.rule.note,
                    "lesion": f.lesion,
                }
                for f in pathway.fired
            ],
        },
    }


def export_record(case: Case, assessment: Assessment) -> dict[str, Any]:
    """The case together with all computed results, for the patient record."""
    return {"case": case_to_dict(case), "results": assessment_to_dict(assessment)}
