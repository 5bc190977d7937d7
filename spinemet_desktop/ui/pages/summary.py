"""Page 5: summary and referral — urgency first, then what to do, why, warnings and scores."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.scores import answer_options
from spinemet_desktop.i18n import current_language
from spinemet_desktop.model import Case, Override
from spinemet_desktop.model.text import N_
from spinemet_desktop.present import pathway as words
from spinemet_desktop.present import view
from spinemet_desktop.session import ops
from spinemet_desktop.store import StoreError
from spinemet_desktop.store.files import write_atomic_bytes
from spinemet_desktop.store.report_files import write_opened_copy
from spinemet_desktop.ui.background import run_in_background
from spinemet_desktop.ui.labels import clinical, tr, ui_renderer
from spinemet_desktop.ui.override_dialog import OverrideDialog
from spinemet_desktop.ui.pages.base import Page, PageHost
from spinemet_desktop.ui.pages.referral import current_user, no_viewer_text, start_referral
from spinemet_desktop.ui.plain import message_box, plain_label, tooltip
from spinemet_desktop.ui.spine_map_widget import SpineMapWidget
from spinemet_desktop.ui.trend_widget import TrendWidget
from spinemet_desktop.ui.widgets import ComboBox, LongTextField

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
    N_("How the table was checked"),
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


TIMING = (("now", "Now"), ("24h", "Within 24 hours"), ("plan", "Plan"), ("warning", "Warnings"),
          ("info", "Background"))


def _items_table(score: view.ScoreView) -> str:
    """Each item of a score: its value, points, where the value came from, and override links."""
    rows = []
    for item in score.items:
        action = ""
        if item.target:
            if item.overridden:
                action = (f"<a href='override:{escape(item.target)}'>{escape(tr('change'))}</a> · "
                          f"<a href='unoverride:{escape(item.target)}'>{escape(tr('remove override'))}</a>")
            else:
                action = f"<a href='override:{escape(item.target)}'>{escape(tr('override…'))}</a>"
        rows.append(f"<tr><td>{escape(item.label)}</td><td>{escape(item.value)}</td>"
                    f"<td align='right'>{escape(item.points)}</td><td><small>{escape(item.source)}</small></td>"
                    f"<td>{action}</td></tr>")
    return "<table border='0' cellpadding='2'>" + "".join(rows) + "</table>"


def _rows(rows: tuple[view.Row, ...]) -> str:
    return ("<table border='0' cellpadding='2'>"
            + "".join(f"<tr><td><b>{escape(row.label)}</b></td><td>{escape(row.value)}</td></tr>" for row in rows)
            + "</table>")


def _table(grid: view.Grid) -> str:
    return ("<table border='1' cellpadding='3' cellspacing='0' width='100%' style='border-collapse:collapse'><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in grid.header) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in grid.rows)
            + "</table>")


def render_summary(case: Case, a: Assessment, expanded: set[str] | frozenset[str] = frozenset()) -> str:
    """The summary page: the referral's content (present.view) as rich text; every text escaped."""
    r = ui_renderer()
    u = view.urgency(a, r)
    out = [f"<h2>{escape(u.mark)} {escape(u.headline)}</h2>",
           f"<p><i>{escape(tr('Decision support — verify clinically. The treating physician decides.'))}</i></p>",
           f"<h3>{escape(tr('Decisions'))}</h3><table border='1' cellpadding='4' cellspacing='0' width='100%' style='border-collapse:collapse'>"]
    for decision in view.decisions(a, r):
        out.append(f"<tr><td><b>{escape(decision.label)}</b></td><td>{escape(decision.value)}</td>"
                   f"<td>{escape(decision.reason)}</td></tr>")
    out.append("</table>")
    titles = view.headings(r)
    for key, rows in view.page_one(case, a, r).items():  # page 1 of the referral, row by row
        if rows:
            out.append(f"<h3>{escape(titles[key])}</h3>" + _rows(rows))
    grid = view.reirradiation(a, r)
    if grid is not None:
        out += [f"<h3>{escape(clinical(words.REIRRADIATION_TITLE))}</h3>", _table(grid),
                f"<p><small>{escape(clinical(words.REIRRADIATION_NOTE))}</small></p>"]
    p = a.pathway
    for title, names in (("Missing facts that would change the result", p.missing_facts),
                         ("Planned for the worse until recorded", p.assumed_facts)):
        if names:
            out.append(f"<h3>{escape(tr(title))}</h3><ul>")
            out += [f"<li>{escape(m.label)}{escape(' — ' + m.detail if m.detail else '')}</li>"
                    for m in view.missing_facts(a, r, names)]
            out.append("</ul>")
    if a.warnings:
        out.append(f"<h3>{escape(tr('Warnings'))}</h3><ul>" + "".join(f"<li>⚠ {escape(clinical(w))}</li>" for w in a.warnings) + "</ul>")
    for timing, title in TIMING:
        lines = view.advice(a, r, (timing,))
        if not lines:
            continue
        out.append(f"<h3>{escape(tr(title))}</h3><ul>")
        for line in lines:
            where = f" [{line.lesions}]" if line.lesions else ""
            strength = f" — {line.strengths}" if line.strengths else ""
            origin = " — " + tr("inferred, not stated in the guideline") if line.inferred else ""
            if line.key in expanded:
                why = ("<br>" + "<br>".join(f"{escape(tr('Why'))}: {escape(reason)}" for reason in line.reasons)
                       + f" <a href='why:{escape(line.key)}'>{escape(tr('hide'))}</a>")
            else:
                why = f" <a href='why:{escape(line.key)}'>{escape(tr('Why?'))}</a>"
            out.append(f"<li>{escape(line.text)}{escape(where)} <small>({escape(line.rules)}: {escape(line.refs)}"
                       f"{escape(strength)}{escape(origin)}){why}</small></li>")
        out.append("</ul>")
    out.append(f"<h3>{escape(tr('Scores'))}</h3><table border='1' cellpadding='3' cellspacing='0' width='100%' style='border-collapse:collapse'>")
    for score in view.scores(a, r):
        toggle = (f" <a href='items:{escape(score.key)}'>{escape(tr('hide items') if score.key in expanded else tr('items'))}</a>"
                  if score.items or score.verification else "")
        flag = f" <b>{escape(tr('(overridden input)'))}</b>" if score.overridden else ""
        out.append(f"<tr><td>{escape(score.title)}{toggle}</td><td>{escape(score.value)}{flag}</td>"
                   f"<td><small>{escape(score.status)}; {escape(score.citation)}</small></td></tr>")
        if score.key in expanded and score.items:
            out.append(f"<tr><td colspan='3'>{_items_table(score)}</td></tr>")
        if score.key in expanded and score.verification:
            out.append(f"<tr><td colspan='3'><small>{escape(tr('How the table was checked'))}: "
                       f"{escape(score.verification)}</small></td></tr>")
    out.append("</table>")
    out.append(f"<h3>{escape(tr('Not available — table not verified'))}</h3><ul>")
    out += [f"<li>{escape(line)}</li>" for line in view.not_computed(a, r)]
    out.append("</ul>")
    return "".join(out)


class SummaryPage(Page):
    key = "summary"

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Summary"))
        self.browser.setAccessibleDescription(self.tr("Urgency, decisions, recommendations with their reasons, "
                                                      "warnings and every score; links open the details"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._toggle_why)
        self.expanded: set[str] = set()
        layout = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.language = ComboBox()
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
        self.reports.hide()  # shown once the case has a referral: no empty box
        self.reports.itemActivated.connect(lambda item: self.open_report(item.data(Qt.ItemDataRole.UserRole)))
        self.report_message = plain_label()  # paths and the store's words
        self.report_message.setWordWrap(True)
        self.report_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_message.hide()
        self.show_folder = QPushButton(self.tr("Show in &folder"))
        self.show_folder.setToolTip(self.tr("Open the folder that holds the referral PDF"))
        self.show_folder.clicked.connect(self._show_folder)
        self.show_folder.hide()
        self._folder: Path | None = None
        message_row = QHBoxLayout()
        message_row.addWidget(self.report_message, 1)
        message_row.addWidget(self.show_folder, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(message_row)
        self.progress = QProgressBar()  # busy while a PDF or an export is made in the background
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.reports)
        # The notes on the case: free text over several lines, printed at the end of the referral.
        notes_row = QHBoxLayout()
        self.case_notes = LongTextField()
        notes_label = QLabel(self.tr("Notes on the case\n(end of the referral):"))
        notes_label.setBuddy(self.case_notes.input)
        self.case_notes.set_accessible(self.tr("Notes on the case"),
                                       self.tr("Free text over several lines, printed at the end of the referral"))
        self.case_notes.edited.connect(lambda text: self.editor.apply(ops.set_case_notes(text), key="case.notes"))
        notes_row.addWidget(notes_label, 0, Qt.AlignmentFlag.AlignTop)
        notes_row.addWidget(self.case_notes, 1)
        layout.addLayout(notes_row)
        # The spine map and the trend beside the summary, in a column that scrolls on its own.
        self.spine_map, self.trend = SpineMapWidget(), TrendWidget()
        figures = QWidget()
        column = QVBoxLayout(figures)
        column.addWidget(self.spine_map)
        column.addWidget(self.trend)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(figures)
        scroll.setAccessibleName(self.tr("Spine map and trend"))
        scroll.setAccessibleDescription(self.tr("The lesions, previous radiotherapy fields and neurological levels on "
                                                "the spine, and the serial examinations; each figure's description "
                                                "says the same in words"))
        split = QSplitter()
        split.addWidget(self.browser)
        split.addWidget(scroll)
        split.setSizes([680, 320])  # shares of the width; the figures lay themselves out for theirs
        layout.addWidget(split, 1)
        self.setFocusProxy(self.browser)

    # -- the referral PDF and the JSON record --------------------------------------------------
    #: Opens a file with the system viewer; replaced in tests.
    open_file = staticmethod(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def create_referral(self) -> None:
        """Create the PDF (in the background: a large case takes seconds), keep it with the case
        (time and hash), write it into the data folder and open it. A failure is said clearly."""
        problem = start_referral(self, self.editor, self.language.currentData(), done=self._referral_created,
                                 failed=lambda exc: self._failed(self.tr("The referral PDF could not be created: %1"),
                                                                 exc))
        if problem is not None:
            self._say(problem)
            return
        self._busy(self.tr("Creating the referral PDF…"))

    def _referral_created(self, path: Path | None, text: str) -> Path | None:
        self._busy(None)
        self._say(text)
        if path is not None:
            self._list_reports()
            self._open(path, text)
        return path

    def _busy(self, text: str | None) -> None:
        """While an export is made in the background: say so, show a busy bar, offer no second one."""
        for button in (self.create_pdf, self.export_json, self.export_fhir):
            button.setEnabled(text is None)
        self.progress.setVisible(text is not None)
        if text is not None:
            self._say(text)

    def _failed(self, template: str, exc: BaseException) -> None:
        """Say clearly that an export failed, and why (on the page and in a dialog)."""
        self._busy(None)
        text = template.replace("%1", str(exc) or type(exc).__name__)
        self._say(text)
        box = message_box(self, QMessageBox.Icon.Warning, self.tr("Export failed"), text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _open(self, path: Path, said: str = "") -> None:
        """Show a PDF in the system's viewer; if none can be started, say so where the file is."""
        if self.open_file(path) is False:
            self._say((said + "\n" if said else "") + no_viewer_text(path), folder=path.parent)

    def _say(self, text: str | None, folder: Path | None = None) -> None:
        """A message about the referral or an export under the buttons (None: none), with "Show in
        folder" when it is about a file the viewer could not open."""
        self.report_message.setText(text or "")
        self.report_message.setVisible(bool(text))
        self._folder = folder
        self.show_folder.setVisible(folder is not None)

    def _show_folder(self) -> None:
        if self._folder is not None and self.open_file(self._folder) is False:
            self._say(self.tr("The folder could not be opened either: %1").replace("%1", str(self._folder)),
                      folder=None)

    def _list_reports(self) -> None:
        self.reports.clear()
        self.reports.hide()
        if self.editor.case is None:
            return
        for record in self.editor.store.list_reports(self.editor.case.id):
            when = record.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
            item = QListWidgetItem(self.tr("%1 · %2 · %3 pages · by %4 · SHA-256 %5").replace("%1", when)
                                   .replace("%2", record.language).replace("%3", str(record.pages))
                                   .replace("%4", record.created_by or "?").replace("%5", record.sha256[:16] + "…"),
                                   self.reports)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(tooltip(record.sha256))
        self.reports.setVisible(self.reports.count() > 0)

    def open_report(self, report_id: str) -> None:
        """Open a stored report exactly as it was sent (after checking its hash)."""
        try:
            data = self.editor.store.report_pdf(report_id)
        except (KeyError, StoreError) as exc:
            self._say(str(exc))
            return
        try:  # a private copy, removed when the program ends (store/report_files.py)
            path = write_opened_copy(f"referral-{report_id[:8]}.pdf", data)
        except (StoreError, OSError) as exc:
            self._say(self.tr("The PDF could not be stored: %1").replace("%1", str(exc)))
            return
        self._open(path)

    def _save_export(self, title: str, name: str, filter_: str,
                     make: Callable[[Case, Assessment, str], bytes], written: str) -> None:
        """Ask where to save an export of the open case, make it in the background and write it
        atomically (user-only); ``written`` says where it went (%1)."""
        if self.editor.case is None or self.editor.assessment is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, title, f"{self.editor.case.id}-{name}.json", filter_)
        if not target:
            return
        case, assessment, language = self.editor.case.model_copy(deep=True), self.editor.assessment, \
            self.language.currentData()

        def done(data: bytes) -> None:
            self._busy(None)
            try:
                write_atomic_bytes(Path(target), data)
            except OSError as exc:
                self._say(self.tr("Could not write %1: %2").replace("%1", target).replace(
                    "%2", exc.strerror or str(exc)))
                return
            self._say(written.replace("%1", target))

        self._busy(self.tr("Writing %1…").replace("%1", target))
        run_in_background(self, lambda: make(case, assessment, language), done,
                          lambda exc: self._failed(self.tr("The export could not be made: %1"), exc),
                          name="spinemet-export")

    def export_record(self) -> None:
        from spinemet_desktop.report.results import export_record

        def make(case: Case, assessment: Assessment, _language: str) -> bytes:
            record = export_record(case, assessment)
            return (json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")

        self._save_export(self.tr("Export record"), "record", self.tr("JSON (*.json)"), make,
                          self.tr("Record written: %1"))

    def export_fhir_bundle(self) -> None:
        from spinemet_desktop.report.fhir import build_fhir_bundle

        def make(case: Case, assessment: Assessment, language: str) -> bytes:
            return build_fhir_bundle(case, assessment, language=language).json.encode("utf-8")

        self._save_export(self.tr("Export FHIR bundle"), "fhir", self.tr("FHIR bundle (*.json)"), make,
                          self.tr("FHIR bundle written: %1"))

    def reset(self) -> None:
        super().reset()
        self.expanded.clear()
        self._say(None)
        self.reports.clear()
        self.reports.hide()
        self.browser.clear()
        for area in self.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)

    def refresh(self, case: Case) -> None:
        self.case_notes.set_value(case.notes)
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
        self.editor.apply(ops.add_override(override))

    def remove_override(self, target: str) -> None:
        self.editor.apply(ops.remove_override(target))

    def update_results(self, assessment: Assessment) -> None:
        bar = self.browser.verticalScrollBar().value()
        case = self.editor.case
        if case is not None:
            self.browser.setHtml(render_summary(case, assessment, self.expanded))
            self.spine_map.show_case(case, assessment)
            self.trend.show_case(case, assessment)
        self.browser.verticalScrollBar().setValue(bar)
