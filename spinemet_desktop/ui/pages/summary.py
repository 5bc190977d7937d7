"""Page 5: summary and referral — urgency first, then what to do, why, warnings and scores."""

from __future__ import annotations

import getpass
import json
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway import fact_label
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.clinical.result import ScoreResult, Source
from spinemet_desktop.clinical.scores import answer_options
from spinemet_desktop.i18n import current_language
from spinemet_desktop.model import Case, Override
from spinemet_desktop.model.text import N_
from spinemet_desktop.present import pathway as words
from spinemet_desktop.report.vocabulary import URGENCY_MARK
from spinemet_desktop.store import StoreError, data_dir
from spinemet_desktop.store.db import write_atomic_bytes
from spinemet_desktop.ui.editor import CaseEditor, Page
from spinemet_desktop.ui.labels import (
    SLOTS,
    choices,
    clinical,
    fact_value_label,
    output_label,
    tr,
    value_label,
)
from spinemet_desktop.ui.override_dialog import OverrideDialog
from spinemet_desktop.ui.pages import page_title

#: Texts translated inside f-strings below, marked here because lupdate does not read f-strings
#: (tests/unit/test_translations.py finds any that are not in the catalogue).
_IN_F_STRINGS = (
    N_("change"),
    N_("remove override"),
    N_("override…"),
    N_("Decision support — verify clinically. The treating physician decides."),
    N_("Decisions"),
    N_("Missing facts that would change the result"),
    N_("Warnings"),
    N_("Why"),
    N_("hide"),
    N_("Why?"),
    N_("Scores"),
    N_("hide items"),
    N_("items"),
    N_("(overridden input)"),
    N_("Not available — table not verified"),
    N_("Planned for the worse until recorded"),
    N_("undetermined"),
    N_("Now"),
    N_("Within 24 hours"),
    N_("Plan"),
    N_("Background"),
)


def current_user() -> str:
    """The operating-system user, recorded with overrides."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name available (e.g. a container without passwd entry)
        return "unknown user"


TIMING = (("now", "Now"), ("24h", "Within 24 hours"), ("plan", "Plan"), ("warning", "Warnings"),
          ("info", "Background"))


def _score_key(r: ScoreResult) -> str:
    return f"{r.score_id}|{r.subject}"


def _items_table(r: ScoreResult) -> str:
    """Each item of a score: its value, points, where the value came from, and override links."""
    rows = []
    for item in r.items:
        source = dict(choices("source"))[item.source.value]
        detail = f"{source}: {clinical(item.derivation)}" if item.derivation else source
        action = ""
        if item.target:
            if item.source is Source.OVERRIDE:
                action = (f"<a href='override:{escape(item.target)}'>{escape(tr('change'))}</a> · "
                          f"<a href='unoverride:{escape(item.target)}'>{escape(tr('remove override'))}</a>")
            else:
                action = f"<a href='override:{escape(item.target)}'>{escape(tr('override…'))}</a>"
        points = "–" if item.points is None else str(item.points)
        rows.append(f"<tr><td>{escape(clinical(item.label))}</td><td>{escape(value_label(item.value))}</td>"
                    f"<td align='right'>{escape(points)}</td><td><small>{escape(detail)}</small></td>"
                    f"<td>{action}</td></tr>")
    return "<table border='0' cellpadding='2'>" + "".join(rows) + "</table>"


def render_summary(a: Assessment, expanded: set[str] | frozenset[str] = frozenset()) -> str:
    p = a.pathway
    out = [f"<h2>{URGENCY_MARK[p.urgency.level]} {escape(clinical(p.urgency.headline))}</h2>",
           f"<p><i>{escape(tr('Decision support — verify clinically. The treating physician decides.'))}</i></p>",
           f"<h3>{escape(tr('Decisions'))}</h3><table border='1' cellpadding='4' cellspacing='0' width='100%' style='border-collapse:collapse'>"]
    for slot, decision in p.decisions.items():
        if decision.value is None:
            why = tr("undetermined — possible: %1; missing: %2").replace(
                "%1", ", ".join(output_label(v) for v in decision.possible)).replace(
                "%2", ", ".join(clinical(fact_label(m)) for m in decision.missing))
        else:
            rules = words.decided_by(decision)
            why = clinical(decision.text) + (f" [{rules}]" if rules else "")
            assumed = words.assumption(decision)
            why += f" {clinical(assumed)}" if assumed is not None else ""
        if words.lesions_differ(decision):
            why += " — " + "; ".join(f"{x.lesion}: {output_label(x.value)}" for x in decision.per_lesion)
        out.append(f"<tr><td><b>{escape(tr(SLOTS[slot]))}</b></td><td>{escape(output_label(decision.value))}</td>"
                   f"<td>{escape(why)}</td></tr>")
    out.append("</table>")
    roles = words.lesion_roles(a)
    if roles:
        out.append("<p>" + "<br>".join(f"<b>{escape(clinical(role.title))}</b>: {escape(role.lesion)} — "
                                       f"{escape(clinical(role.reason))}" for role in roles) + "</p>")
    out += _reirradiation_table(a)
    for title, names in (("Missing facts that would change the result", p.missing_facts),
                         ("Planned for the worse until recorded", p.assumed_facts)):
        if not names:
            continue
        out.append(f"<h3>{escape(tr(title))}</h3><ul>")
        for name in names:
            given = p.provenance_of(name)
            detail = f" — {clinical(given.derivation)}" if given is not None and given.derivation else ""
            out.append(f"<li>{escape(clinical(fact_label(name)))}{escape(detail)}</li>")
        out.append("</ul>")
    if a.warnings:
        out.append(f"<h3>{escape(tr('Warnings'))}</h3><ul>" + "".join(f"<li>⚠ {escape(clinical(w))}</li>" for w in a.warnings) + "</ul>")
    for timing, title in TIMING:
        lines = p.advice(timing)
        if not lines:
            continue
        out.append(f"<h3>{escape(tr(title))}</h3><ul>")
        for line in lines:
            refs = ", ".join(line.refs)
            strengths = ", ".join(dict.fromkeys(f.rule.strength for f in line.fired if f.rule.strength))
            strength = f" — {strengths}" if strengths else ""
            origin = " — " + tr("inferred, not stated in the guideline") if line.inferred else ""
            where = f" [{', '.join(line.lesions)}]" if line.lesions else ""
            key = "|".join(dict.fromkeys(f"{f.rule.id}:{f.effect.slot or ''}" for f in line.fired))
            if key in expanded:
                reasons = []
                for f in line.fired:
                    facts = "; ".join(f"{clinical(FACT_LABELS.get(k, k))} = {fact_value_label(k, v)}"
                                      for k, v in f.facts.items())
                    reasons.append(f"{escape(tr('Why'))} ({escape(f.rule.id)}): {escape(clinical(f.rule.title))}"
                                   + (f" — {escape(facts)}" if facts else "")
                                   + (f"<br><i>{escape(clinical(f.rule.note))}</i>" if f.rule.note else ""))
                why = "<br>" + "<br>".join(dict.fromkeys(reasons)) + f" <a href='why:{escape(key)}'>{escape(tr('hide'))}</a>"
            else:
                why = f" <a href='why:{escape(key)}'>{escape(tr('Why?'))}</a>"
            out.append(f"<li>{escape(clinical(line.text))}{escape(where)} <small>({escape(', '.join(line.rule_ids))}: "
                       f"{escape(refs)}{escape(strength)}{escape(origin)}){why}</small></li>")
        out.append("</ul>")
    out.append(f"<h3>{escape(tr('Scores'))}</h3><table border='1' cellpadding='3' cellspacing='0' width='100%' style='border-collapse:collapse'>")
    for r in a.all_scores():
        value = clinical(r.display) if r.display else (tr("not applicable") if not r.applicable else tr("incomplete: %1").replace(
            "%1", ", ".join(r.missing)))
        key = _score_key(r)
        overridden = any(i.source is Source.OVERRIDE for i in r.items)
        toggle = (f" <a href='items:{escape(key)}'>{escape(tr('hide items') if key in expanded else tr('items'))}</a>"
                  if r.items else "")
        flag = f" <b>{escape(tr('(overridden input)'))}</b>" if overridden else ""
        out.append(f"<tr><td>{escape(clinical(r.name))}{escape(' — ' + clinical(r.subject) if r.subject else '')}"
                   f"{toggle}</td><td>{escape(value)}{flag}</td><td>{escape(clinical(r.band_label))}</td>"
                   f"<td><small>{escape(clinical(r.status_text))}; {escape(r.citation)}</small></td></tr>")
        if key in expanded and r.items:
            out.append(f"<tr><td colspan='4'>{_items_table(r)}</td></tr>")
    out.append("</table>")
    out.append(f"<h3>{escape(tr('Not available — table not verified'))}</h3><ul>")
    for r in a.reference_scores:
        out.append(f"<li><b>{escape(clinical(r.name))}</b>: {escape(clinical(r.meaning))} <small>({escape(r.citation)}; "
                   f"{escape(clinical(r.notes[0]) if r.notes else '')})</small></li>")
    out.append("</ul>")
    return "".join(out)


def _reirradiation_table(a: Assessment) -> list[str]:
    rows = words.reirradiation_rows(a)
    if not rows:
        return []

    def gy(value: float | None, unit: str) -> str:
        return tr("not known") if value is None else f"{clinical(value)} {unit}"

    out = [f"<h3>{escape(clinical(words.REIRRADIATION_TITLE))}</h3>"
           "<table border='1' cellpadding='3' cellspacing='0' width='100%' style='border-collapse:collapse'><tr>"
           + "".join(f"<th>{escape(clinical(h))}</th>" for h in words.REIRRADIATION_HEADERS) + "</tr>"]
    for r in rows:
        cells = (f"{r.lesion} / {r.level}", clinical(r.courses), gy(r.largest_course_bed_gy2, "Gy₂"),
                 f"{gy(r.cumulative_bed_gy2, 'Gy₂')} / {gy(r.cumulative_eqd2_gy, 'Gy')}",
                 tr("not known") if r.interval_months is None else clinical(r.interval_months),
                 f"{clinical(r.limit_gy2)} Gy₂", gy(r.margin_bed_gy2, "Gy₂"), gy(r.margin_sbrt_eqd2_gy, "Gy"))
        out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    out.append(f"</table><p><small>{escape(clinical(words.REIRRADIATION_NOTE))}</small></p>")
    return out


class SummaryPage(Page):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = page_title(4)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Summary"))
        self.browser.setAccessibleDescription(self.tr("Urgency, decisions, recommendations with their reasons, "
                                                      "warnings and every score; links open the details"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._toggle_why)
        self.expanded: set[str] = set()
        layout = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if current_language() == "de" else 1)
        self.language.setAccessibleName(self.tr("Language of the referral PDF"))
        self.language.setAccessibleDescription(self.tr("The referral and the FHIR export are written in this language"))
        self.create_pdf = QPushButton(self.tr("Create referral &PDF"))
        self.create_pdf.setToolTip(self.tr("Write the referral for the spine centre, keep it with the case and open it"))
        self.create_pdf.clicked.connect(self.create_referral)
        self.export_json = QPushButton(self.tr("Export record (&JSON)…"))
        self.export_json.setToolTip(self.tr("Save the case with every computed result as a JSON file"))
        self.export_json.clicked.connect(self.export_record)
        self.export_fhir = QPushButton(self.tr("Export &FHIR bundle…"))
        self.export_fhir.setToolTip(self.tr("The referral as an HL7 FHIR R4 document bundle, in the report language"))
        self.export_fhir.clicked.connect(self.export_fhir_bundle)
        language_label = QLabel(self.tr("Report language:"))
        language_label.setBuddy(self.language)
        actions.addWidget(language_label)
        actions.addWidget(self.language)
        actions.addWidget(self.create_pdf)
        actions.addStretch(1)
        # The exports on a second row, so that the page fits a small screen in any language.
        exports = QHBoxLayout()
        exports.addWidget(self.export_json)
        exports.addWidget(self.export_fhir)
        exports.addStretch(1)
        layout.addLayout(actions)
        layout.addLayout(exports)
        self.reports = QListWidget()
        self.reports.setAccessibleName(self.tr("Referral PDFs created for this case"))
        self.reports.setAccessibleDescription(self.tr("Enter opens the selected referral as it was created"))
        self.reports.setMaximumHeight(70)
        self.reports.itemActivated.connect(lambda item: self.open_report(item.data(Qt.ItemDataRole.UserRole)))
        self.report_message = QLabel()
        self.report_message.setWordWrap(True)
        layout.addWidget(self.report_message)
        layout.addWidget(self.reports)
        layout.addWidget(self.browser, 1)
        self.setFocusProxy(self.browser)

    # -- the referral PDF and the JSON record --------------------------------------------------
    #: Opens a file with the system viewer; replaced in tests.
    open_file = staticmethod(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def create_referral(self) -> Path | None:
        """Create the PDF, keep it with the case (time and hash), write it out and open it."""
        from spinemet_desktop.report.pdf import build_referral_pdf

        editor = self.editor
        if editor.case is None or editor.assessment is None or not editor.ensure_saved():
            self.report_message.setText(self.tr("The case could not be saved; the PDF was not created."))
            return None
        report = build_referral_pdf(editor.case, editor.assessment, language=self.language.currentData())
        try:
            editor.store.add_report(editor.case.id, report.data, created_at=report.created_at,
                                    language=report.language, pages=report.pages, created_by=current_user())
            folder = data_dir() / "reports"
            folder.mkdir(mode=0o700, exist_ok=True)
            number = "".join(ch for ch in (editor.case.patient.record_number or editor.case.id) if ch.isalnum() or ch in "-_")
            path = folder / f"referral-{number}-{report.created_at:%Y%m%d-%H%M%S}-{report.language}.pdf"
            write_atomic_bytes(path, report.data)
        except (StoreError, OSError) as exc:
            self.report_message.setText(self.tr("The PDF could not be stored: %1").replace("%1", str(exc)))
            return None
        text = self.tr("Created %1 (%2 pages, SHA-256 %3).").replace("%1", str(path)).replace(
            "%2", str(report.pages)).replace("%3", report.sha256[:16] + "…")
        if report.missing_glyphs:
            text += " " + self.tr("Characters the font lacks are shown as [U+…]: %1").replace(
                "%1", ", ".join(report.missing_glyphs))
        self.report_message.setText(text)
        self._list_reports()
        self.open_file(path)
        return path

    def _list_reports(self) -> None:
        self.reports.clear()
        if self.editor.case is None:
            return
        for record in self.editor.store.list_reports(self.editor.case.id):
            when = record.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
            item = QListWidgetItem(self.tr("%1 · %2 · %3 pages · by %4 · SHA-256 %5").replace("%1", when)
                                   .replace("%2", record.language).replace("%3", str(record.pages))
                                   .replace("%4", record.created_by or "?").replace("%5", record.sha256[:16] + "…"),
                                   self.reports)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(record.sha256)

    def open_report(self, report_id: str) -> None:
        """Open a stored report exactly as it was sent (after checking its hash)."""
        try:
            data = self.editor.store.report_pdf(report_id)
        except (KeyError, StoreError) as exc:
            self.report_message.setText(str(exc))
            return
        path = Path(tempfile.mkdtemp(prefix="spinemet-report-")) / f"referral-{report_id[:8]}.pdf"
        write_atomic_bytes(path, data)
        self.open_file(path)

    def _save_export(self, title: str, name: str, filter_: str, make: Callable[[], bytes]) -> str | None:
        """Ask where to save an export of the open case and write it atomically; the path, or None."""
        if self.editor.case is None or self.editor.assessment is None:
            return None
        target, _ = QFileDialog.getSaveFileName(self, title, f"{self.editor.case.id}-{name}.json", filter_)
        if not target:
            return None
        try:
            write_atomic_bytes(Path(target), make())
        except OSError as exc:
            self.report_message.setText(self.tr("Could not write %1: %2").replace("%1", target).replace(
                "%2", exc.strerror or str(exc)))
            return None
        return target

    def export_record(self) -> None:
        from spinemet_desktop.report.results import export_record

        def make() -> bytes:
            record = export_record(self.editor.case, self.editor.assessment)
            return (json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")

        self._save_export(self.tr("Export record"), "record", self.tr("JSON (*.json)"), make)

    def export_fhir_bundle(self) -> None:
        from spinemet_desktop.report.fhir import build_fhir_bundle

        def make() -> bytes:
            export = build_fhir_bundle(self.editor.case, self.editor.assessment,
                                       language=self.language.currentData())
            return export.json.encode("utf-8")

        target = self._save_export(self.tr("Export FHIR bundle"), "fhir", self.tr("FHIR bundle (*.json)"), make)
        if target:
            self.report_message.setText(self.tr("FHIR bundle written: %1").replace("%1", target))

    def refresh(self, case: Case) -> None:
        self._list_reports()

    def _toggle_why(self, url) -> None:  # type: ignore[no-untyped-def]
        text = unquote(url.toString())  # keys may hold "|" and spaces, which QUrl percent-encodes
        kind, _, key = text.partition(":")
        if kind in ("why", "items"):
            self.expanded ^= {key}
            if self.editor.assessment is not None:
                self.update_results(self.editor.assessment)
        elif kind == "override":
            self.request_override(key)
        elif kind == "unoverride":
            self.remove_override(key)

    # -- overrides of derived score inputs --------------------------------------------------
    def request_override(self, target: str) -> None:
        """Open the override dialog for a derived input; the override is recorded on OK."""
        a = self.editor.assessment
        if a is None:
            return
        item = next(i for r in a.all_scores() for i in r.items if i.target == target)
        self.override_dialog = OverrideDialog(item, answer_options(target), self)
        self.override_dialog.accepted.connect(
            lambda d=self.override_dialog: self.set_override(target, d.value(), d.reason.text().strip()))
        self.override_dialog.open()

    def set_override(self, target: str, value: object, reason: str) -> None:
        override = Override(target=target, value=value, reason=reason, set_by=current_user())
        self.editor.apply(lambda case: case.overrides.append(override))

    def remove_override(self, target: str) -> None:
        def mutate(case: Case) -> None:
            case.overrides = [o for o in case.overrides if o.target != target]
        self.editor.apply(mutate)

    def update_results(self, assessment: Assessment) -> None:
        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(render_summary(assessment, self.expanded))
        self.browser.verticalScrollBar().setValue(bar)

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        return [fact_label(m) for m in assessment.pathway.missing_facts]
