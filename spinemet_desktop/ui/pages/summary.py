"""Page 5: summary and referral — urgency first, then what to do, why, warnings and scores."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.model import Case
from spinemet_desktop.ui.editor import CaseEditor, Page
from spinemet_desktop.ui.labels import SLOTS, output_label, tr
from spinemet_desktop.ui.side_panel import URGENCY_MARK

TIMING = (("now", "Now"), ("24h", "Within 24 hours"), ("plan", "Plan"), ("warning", "Warnings"),
          ("info", "Background"))


def render_summary(a: Assessment, expanded: set[str] | frozenset[str] = frozenset()) -> str:
    p = a.pathway
    out = [f"<h2>{URGENCY_MARK[p.urgency.level]} {escape(p.urgency.headline)}</h2>",
           f"<p><i>{escape(tr('Decision support — verify clinically. The treating physician decides.'))}</i></p>",
           f"<h3>{escape(tr('Decisions'))}</h3><table border='1' cellpadding='4' cellspacing='0'>"]
    for slot, decision in p.decisions.items():
        if decision.value is None:
            why = tr("undetermined — possible: %1; missing: %2").replace(
                "%1", ", ".join(output_label(v) for v in decision.possible)).replace(
                "%2", ", ".join(FACT_LABELS.get(m, m) for m in decision.missing))
        else:
            why = decision.text + (f" [{decision.rule_id}]" if decision.rule_id else "")
        out.append(f"<tr><td><b>{escape(tr(SLOTS[slot]))}</b></td><td>{escape(output_label(decision.value))}</td>"
                   f"<td>{escape(why)}</td></tr>")
    out.append("</table>")
    if p.missing_facts:
        out.append(f"<h3>{escape(tr('Missing facts that would change the result'))}</h3><ul>")
        for name in p.missing_facts:
            given = p.provenance.get(name)
            detail = f" — {given.derivation}" if given is not None and given.derivation else ""
            out.append(f"<li>{escape(tr(FACT_LABELS.get(name, name)))}{escape(detail)}</li>")
        out.append("</ul>")
    if a.warnings:
        out.append(f"<h3>{escape(tr('Warnings'))}</h3><ul>" + "".join(f"<li>⚠ {escape(w)}</li>" for w in a.warnings) + "</ul>")
    for timing, title in TIMING:
        fired = [f for f in p.fired if f.effect.timing == timing]
        if not fired:
            continue
        out.append(f"<h3>{escape(tr(title))}</h3><ul>")
        for f in fired:
            refs = ", ".join(f.rule.refs)
            strength = f" — {f.rule.strength}" if f.rule.strength else ""
            origin = "" if f.rule.origin == "stated" else " — " + tr("inferred, not stated in the guideline")
            facts = "; ".join(f"{FACT_LABELS.get(k, k)} = {v}" for k, v in f.facts.items())
            key = f"{f.rule.id}:{f.effect.slot or ''}"
            why = ""
            if key in expanded:
                why = (f"<br>{escape(tr('Why'))}: {escape(f.rule.title)}" + (f" — {escape(facts)}" if facts else "")
                       + (f"<br><i>{escape(f.rule.note)}</i>" if f.rule.note else "")
                       + f" <a href='why:{escape(key)}'>{escape(tr('hide'))}</a>")
            else:
                why = f" <a href='why:{escape(key)}'>{escape(tr('Why?'))}</a>"
            out.append(f"<li>{escape(f.effect.text)} <small>({escape(f.rule.id)}: {escape(refs)}{escape(strength)}"
                       f"{escape(origin)}){why}</small></li>")
        out.append("</ul>")
    out.append(f"<h3>{escape(tr('Scores'))}</h3><table border='1' cellpadding='3' cellspacing='0'>")
    for r in a.all_scores():
        value = r.display or (tr("not applicable") if not r.applicable else tr("incomplete: %1").replace(
            "%1", ", ".join(r.missing)))
        out.append(f"<tr><td>{escape(r.name)}{escape(' — ' + r.subject if r.subject else '')}</td>"
                   f"<td>{escape(value)}</td><td>{escape(r.band_label or '')}</td>"
                   f"<td><small>{escape(r.status_text)}; {escape(r.citation)}</small></td></tr>")
    out.append("</table>")
    out.append(f"<h3>{escape(tr('Not available — table not verified'))}</h3><ul>")
    for r in a.reference_scores:
        out.append(f"<li><b>{escape(r.name)}</b>: {escape(r.meaning or '')} <small>({escape(r.citation)}; "
                   f"{escape(r.notes[0] if r.notes else '')})</small></li>")
    out.append("</ul>")
    return "".join(out)


class SummaryPage(Page):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = self.tr("Summary & referral")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Summary"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._toggle_why)
        self.expanded: set[str] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)

    def _toggle_why(self, url) -> None:  # type: ignore[no-untyped-def]
        text = url.toString()
        if text.startswith("why:"):
            self.expanded ^= {text[4:]}
            if self.editor.assessment is not None:
                self.update_results(self.editor.assessment)

    def update_results(self, assessment: Assessment) -> None:
        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(render_summary(assessment, self.expanded))
        self.browser.verticalScrollBar().setValue(bar)

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        return [FACT_LABELS.get(m, m) for m in assessment.pathway.missing_facts]
