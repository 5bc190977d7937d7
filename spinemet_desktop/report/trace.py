"""The decision trace as Markdown, for clinicians: outputs, every rule that fired, missing facts.

The clinical texts (advice, reasons, derivations, assumptions, fact names) are worded by the
English renderer of ``present``, as the side panel and the referral word them ("98 Gy₂", not the
plain string's "98.0 Gy₂").
"""

from __future__ import annotations

from typing import Any

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway import fact_label
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.model import Case
from spinemet_desktop.present.render import renderer

#: The English wording of the panel and the referral.
_EN = renderer("en")
_words = _EN.clinical


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return f"{value[0]}–{value[1]}"  # a range of totals
    if isinstance(value, (frozenset, set, tuple, list)):
        return " or ".join(_value(v) for v in sorted(value, key=str))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("_", " ")


def _facts_table(provenance: dict[str, Any]) -> list[str]:
    lines = ["| fact | value | from |", "|---|---|---|"]
    for key, given in provenance.items():
        source = given.source.value + (f": {_words(given.derivation)}" if given.derivation else "")
        lines.append(f"| {_words(FACT_LABELS.get(key, key))} | {_value(given.value)} | {source} |")
    return lines


def _reirradiation(assessment: Assessment) -> list[str]:
    rows = assessment.reirradiation
    if not rows:
        return []
    lines = ["", "### Re-irradiation (prescribed doses, α/β = 2 Gy; not cord doses)", "",
             ("| lesion | level | courses | largest course BED | cumulative BED | cumulative EQD2 | "
              "months since last | limit | BED left | EQD2 left to 70 Gy |"),
             "|---|---|---|---|---|---|---|---|---|---|"]

    def gy(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    for la in rows:
        figures = la.reirradiation
        assert figures is not None
        for level in figures.levels:
            courses = "; ".join(
                f"{c.number}: {_value(c.fractions)} × {_value(None if not c.fractions or c.total_dose_gy is None else round(c.total_dose_gy / c.fractions, 2))} Gy"
                + (f" ({c.completed_on})" if c.completed_on else "")
                for c in level.courses)
            lines.append(
                f"| {la.label} | {level.level} | {courses} | {gy(level.largest_course_bed_gy2)} Gy₂ | "
                f"{gy(level.cumulative_bed_gy2)} Gy₂ | {gy(level.cumulative_eqd2_gy)} Gy | "
                f"{gy(level.interval_months)} | {level.limit_gy2:g} Gy₂ | {gy(level.margin_bed_gy2)} Gy₂ | "
                f"{gy(level.margin_sbrt_eqd2_gy)} Gy |")
    return lines


def trace_markdown(case: Case, assessment: Assessment) -> str:
    p = assessment.pathway
    name = case.patient.display_name or case.id
    lines = [
        f"## {name} ({case.patient.record_number or 'no record number'})",
        "",
        f"As of {assessment.as_of:%Y-%m-%d %H:%M %z}. **{_words(p.urgency.headline)}**",
        "",
        "### Facts",
        "",
        *_facts_table(p.provenance),
    ]
    if len(p.lesion_provenance) > 1:
        for lesion, provenance in zip(p.lesions, p.lesion_provenance, strict=True):
            deficit = p.provenance.get("deficit")
            has_deficit = deficit is not None and deficit.value not in (None, "none")
            because = "" if lesion.explains_deficit or not has_deficit else " (the deficit is not attributed to this lesion)"
            lines += ["", f"#### Lesion {lesion.label}{because}", "", *_facts_table(provenance)]
    if assessment.lesion_for_instability is not None:
        compression = assessment.lesion_for_compression.label if assessment.lesion_for_compression else "—"
        lines += ["", f"Lesion for instability: **{assessment.lesion_for_instability.label}** — "
                      + f"{_words(assessment.instability_reason)}.",
                  f"Lesion for compression: **{compression}** — {_words(assessment.compression_reason)}."]
    lines += _reirradiation(assessment)
    lines += ["", "### Outputs", "", "| output | value | decided by |", "|---|---|---|"]
    for slot, d in p.decisions.items():
        if d.value is None:
            missing = ", ".join(_words(fact_label(m)) for m in d.missing)
            how = f"undetermined; possible {', '.join(map(_value, d.possible))}; missing {missing}"
        else:
            how = f"{d.rule_id}: {_words(d.text)}" if d.rule_id else f"default: {_words(d.text)}"
            if d.lesion:
                how = f"{how} ({d.lesion})"
            if d.also:
                how += " Also " + ", ".join(f"{rule} at {lesion}" for rule, lesion in d.also) + "."
            if d.assumed:
                how += " Assumes: " + "; ".join(map(_words, d.assumed_why)) + "."
        lines.append(f"| {slot.replace('_', ' ')} | {_value(d.value)} | {how} |")
        if d.per_lesion and len({(x.value, x.rule_id) for x in d.per_lesion}) > 1:
            for x in d.per_lesion:
                lines.append(f"| — at {x.lesion} | {_value(x.value)} | "
                             f"{x.rule_id + ': ' + _words(x.text) if x.rule_id else 'undetermined' if x.value is None else 'default'} |")
    lines += ["", "### Rules that fired", ""]
    for f in p.fired:
        refs = ", ".join(f.rule.refs)
        strength = f", {f.rule.strength}" if f.rule.strength else ""
        origin = ", inferred" if f.rule.origin == "inference" else ""
        where = f" [{f.lesion}]" if f.lesion else ""
        facts = "; ".join(f"{_words(FACT_LABELS.get(k, k))} = {_value(v)}" for k, v in f.facts.items()
                          if not k.startswith("output:"))
        outputs = "; ".join(f"{k[7:]} = {_value(v)}" for k, v in f.facts.items() if k.startswith("output:"))
        because = "; ".join(x for x in (facts, outputs) if x)
        lines.append(f"- **{f.rule.id}**{where} ({refs}{strength}{origin}) — {_words(f.effect.text)}"
                     + (f" *Because:* {because}." if because else " *Applies to every patient.*"))
        if f.rule.note:
            lines.append(f"  - Note: {_words(f.rule.note)}")
    lines += ["", "### Missing facts that would change the result", ""]
    lines += [f"- {_words(fact_label(m))}" for m in p.missing_facts] or ["- none"]
    if p.assumed_facts:
        lines += ["", "### Not recorded; the worse case was planned for", ""]
        lines += [f"- {_words(fact_label(m))}" for m in p.assumed_facts]
    return "\n".join(lines) + "\n"

