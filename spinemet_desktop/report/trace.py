"""The decision trace as Markdown, for clinicians: outputs, every rule that fired, missing facts."""

from __future__ import annotations

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.model import Case


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", " ")


def trace_markdown(case: Case, assessment: Assessment) -> str:
    p = assessment.pathway
    name = case.patient.display_name or case.id
    lines = [
        f"## {name} ({case.patient.record_number or 'no record number'})",
        "",
        f"As of {assessment.as_of:%Y-%m-%d %H:%M %z}. **{p.urgency.headline}**",
        "",
        "### Facts",
        "",
        "| fact | value | from |",
        "|---|---|---|",
    ]
    for key, given in p.provenance.items():
        source = given.source.value + (f": {given.derivation}" if given.derivation else "")
        lines.append(f"| {FACT_LABELS.get(key, key)} | {_value(given.value)} | {source} |")
    lines += ["", "### Outputs", "", "| output | value | decided by |", "|---|---|---|"]
    for slot, d in p.decisions.items():
        if d.value is None:
            how = f"undetermined; possible {', '.join(map(_value, d.possible))}; missing {', '.join(d.missing)}"
        else:
            how = f"{d.rule_id}: {d.text}" if d.rule_id else f"default: {d.text}"
        lines.append(f"| {slot.replace('_', ' ')} | {_value(d.value)} | {how} |")
    lines += ["", "### Rules that fired", ""]
    for f in p.fired:
        refs = ", ".join(f.rule.refs)
        strength = f", {f.rule.strength}" if f.rule.strength else ""
        origin = ", inferred" if f.rule.origin == "inference" else ""
        facts = "; ".join(f"{FACT_LABELS.get(k, k)} = {_value(v)}" for k, v in f.facts.items()
                          if not k.startswith("output:"))
        outputs = "; ".join(f"{k[7:]} = {_value(v)}" for k, v in f.facts.items() if k.startswith("output:"))
        because = "; ".join(x for x in (facts, outputs) if x)
        lines.append(f"- **{f.rule.id}** ({refs}{strength}{origin}) — {f.effect.text}"
                     + (f" *Because:* {because}." if because else " *Applies to every patient.*"))
        if f.rule.note:
            lines.append(f"  - Note: {f.rule.note}")
    lines += ["", "### Missing facts that would change the result", ""]
    lines += [f"- {FACT_LABELS.get(m, m)}" for m in p.missing_facts] or ["- none"]
    return "\n".join(lines) + "\n"
