"""The persistent side panel: urgency first, then neurology, the lesions, scores, what is missing.

It shows parts of the referral's content (:mod:`spinemet_desktop.present.view`), worded once for
the panel, the summary page and the PDF. Links to missing facts are emitted as
:attr:`SidePanel.field_requested`; the editor opens the field. Everything shown is escaped: the
case's own texts never become markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model import Case
from spinemet_desktop.model.text import N_
from spinemet_desktop.present import pathway as words
from spinemet_desktop.present import view
from spinemet_desktop.ui.labels import URGENCY_STYLE, clinical, tr, ui_renderer
from spinemet_desktop.ui.pages.base import disagreements_html

#: Texts translated inside f-strings below, marked here because lupdate does not read f-strings
#: (tests/unit/test_translations.py finds any that are not in the catalogue).
_IN_F_STRINGS = (
    N_("Neurology"),
    N_("Lesions"),
    N_("Scores"),
    N_("Still missing"),
    N_("Planned for the worse until recorded"),
)

class ResultsText(QTextBrowser):
    """The panel's results: one read-only document that scrolls itself.

    A word-wrapped rich-text QLabel in a scroll area lays its text out several times for every
    change (height for width, size hints, paint); a document is laid out once for its width, and
    an unchanged text is not set again. Links carry only an index into :attr:`links`, never text
    from the case, and nothing a document names is ever loaded."""

    #: A link was chosen: the field address behind it.
    link_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)  # replaced on every edit: no history to keep
        self.viewport().setAutoFillBackground(False)
        self.anchorClicked.connect(self._chosen)
        self._html = ""
        self.links: list[str] = []

    def text(self) -> str:
        """The markup shown (as QLabel.text())."""
        return self._html

    def show_html(self, html: str, links: list[str]) -> None:
        self.links = links
        if html == self._html:
            return
        self._html = html
        # The text is replaced in one edit of the document rather than cleared and set again: the
        # document is laid out once, and the reader's place and the scroll bar stay unless the
        # length changes (setHtml would empty the document first and move both twice). The new
        # text goes in after the old, which is then removed, so that the view's own (invisible)
        # cursor at the start stays there; only into an empty document does it move along with
        # the text, and it is put back without scrolling the view.
        bar = self.verticalScrollBar()
        place = bar.value()
        document = self.document()
        old_end = document.characterCount() - 1
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(html)
        cursor.setPosition(0)
        cursor.setPosition(old_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        own = self.textCursor()
        if own.position() != 0 or own.hasSelection():
            own.setPosition(0)
            self.setTextCursor(own)
            bar.setValue(place)

    def clear(self) -> None:
        self.show_html("", [])  # as any other text: the view's cursor is handled there

    def loadResource(self, kind: int, name: QUrl) -> object:  # Qt's name
        return None  # never read a file or anything else a document names

    def _chosen(self, url: QUrl) -> None:
        fragment = url.fragment()
        if url.isRelative() and not url.path() and fragment.isdigit() and int(fragment) < len(self.links):
            self.link_chosen.emit(self.links[int(fragment)])


class SidePanel(QWidget):
    #: A "missing" link was chosen: the field address to open.
    field_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(250)  # a 1280 × 720 screen at 125 % leaves the page enough room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.urgency = QLabel()
        self.urgency.setObjectName("urgency")
        self.urgency.setWordWrap(True)
        self.urgency.setMargin(8)
        self.urgency.setTextFormat(Qt.TextFormat.PlainText)
        self._urgency_style = ""
        self.details = ResultsText()
        self.details.setObjectName("results")
        self.details.link_chosen.connect(self.field_requested.emit)
        layout.addWidget(self.urgency)
        layout.addWidget(self.details, 1)
        self.setAccessibleName(tr("Live results"))
        self.setAccessibleDescription(tr("Urgency, neurology, the lesions, scores and what is still missing, "
                                         "recomputed on every edit"))
        self.details.setAccessibleName(tr("Live results"))
        self.details.setAccessibleDescription(tr("Neurology, the lesions, scores and what is still missing"))

    def reset(self) -> None:
        """Empty, at the top (before another case is shown)."""
        self.urgency.clear()
        self.details.clear()
        self.details.verticalScrollBar().setValue(0)

    def update_results(self, case: Case, a: Assessment) -> None:
        """Only what changed is set again: an unchanged text or style costs nothing."""
        u = view.urgency(a, ui_renderer())
        headline = f"{u.mark} {u.headline}"
        if self.urgency.text() != headline:
            self.urgency.setText(headline)
            self.urgency.setAccessibleName(tr("Urgency: %1").replace("%1", u.headline))
        style = URGENCY_STYLE[u.level] + "font-weight:bold;"
        if style != self._urgency_style:
            self._urgency_style = style
            self.urgency.setStyleSheet(style)
        self.details.show_html(*self.render(case, a))

    @staticmethod
    def render(case: Case, a: Assessment) -> tuple[str, list[str]]:
        """The results as markup, and the field address behind each link (``href='#i'``)."""
        r = ui_renderer()
        rows: list[str] = []
        links: list[str] = []

        def link(address: str, label: str) -> str:
            links.append(address)
            return f"<a href='#{len(links) - 1}'>{label}</a>"

        if a.labs is not None:
            for flag in a.labs.flags:
                if flag.severity == "urgent":
                    rows.append(f"<b>‼ {escape(clinical(flag.text))}</b> ({escape(clinical(flag.reason))})<br><br>")
        rows.append(f"<b>{escape(tr('Neurology'))}</b><br>")
        deficit = a.deficit_class
        if deficit.value:
            rows.append(escape(tr(view.DEFICIT[deficit.value])) + f" <i>({escape(clinical(deficit.derivation))})</i><br>")
        else:
            rows.append(escape(tr("Deficit class: not determined")) +
                        " — " + link("neuro.deficit_class_override", escape(clinical(deficit.derivation))) + "<br>")
        if a.isncsci is not None:
            rows.append(escape(view.isncsci_summary(case, a, r)) + "<br>")
        if a.disagreements:
            rows.append(f"<b>{disagreements_html(a, link)}</b><br>")
        if a.comparison is not None and a.comparison.deteriorated:
            rows.append("<b>" + escape(tr("Deterioration: ") + "; ".join(clinical(x) for x in a.comparison.reasons))
                        + "</b><br>")
        rows.append(f"<br><b>{escape(tr('Lesions'))}</b><br>")
        lines = view.lesion_lines(a, r)
        for line in lines:
            rows.append(f"{escape(line.label)}: <b>{escape(line.value)}</b><br>")
        for line in words.reirradiation_summary(a):
            rows.append(f"☢ {escape(clinical(line))}<br>")
        rows.append(f"<br><b>{escape(tr('Scores'))}</b><br>")
        for result in a.scores.values():
            value = view.score_value(result, r)
            marker = " ⚠ " + tr("provisional") if result.status.value == "provisional" else ""
            if any(item.source.value == "override" for item in result.items):
                marker += " ✎ " + tr("overridden input")
            meaning = clinical(result.meaning) if result.meaning and result.display is not None else ""
            rows.append(f"{escape(clinical(result.name))}: {escape(value)}{escape(marker)}<br>"
                        + (f"<small>{escape(meaning)}</small><br>" if meaning else ""))
        band = r.vocabulary("prognosis", a.prognosis.value) if a.prognosis.value else tr("not determined")
        rows.append(escape(tr("Prognosis band: %1").replace("%1", band)) + "<br>")
        p = a.pathway
        for title, names in (("Still missing", p.missing_facts), ("Planned for the worse until recorded", p.assumed_facts)):
            if not names:
                continue
            rows.append(f"<br><b>{escape(tr(title))}</b><br>")
            for missing in view.missing_facts(a, r, names):
                label = escape(missing.label)
                rows.append(f"• {link(missing.field, label)}<br>" if missing.field else f"• {label}<br>")
        for warning in a.warnings:
            rows.append(f"<br>⚠ {escape(clinical(warning))}")
        return "".join(rows), links
