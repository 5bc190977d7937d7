"""The persistent side panel: urgency first, then neurology, worst lesion, scores, what is missing."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway import fact_label
from spinemet_desktop.model import Case
from spinemet_desktop.model.text import N_
from spinemet_desktop.present import pathway as words
from spinemet_desktop.report.vocabulary import URGENCY_MARK
from spinemet_desktop.ui.labels import DEFICIT, choices, clinical, tr

if TYPE_CHECKING:
    from spinemet_desktop.ui.editor import CaseEditor

#: Texts translated inside f-strings below, marked here because lupdate does not read f-strings
#: (tests/unit/test_translations.py finds any that are not in the catalogue).
_IN_F_STRINGS = (
    N_("Neurology"),
    N_("Lesions"),
    N_("Scores"),
    N_("Still missing"),
    N_("Planned for the worse until recorded"),
)

URGENCY_STYLE = {
    "emergency": "background:#8b0000;color:white;",
    "urgent": "background:#b34700;color:white;",
    "prompt": "background:#fff2cc;color:black;",
    "routine": "background:#e8f0e8;color:black;",
    "undetermined": "background:#ffe0e0;color:black;border:2px dashed #8b0000;",
}


class SidePanel(QScrollArea):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.urgency = QLabel()
        self.urgency.setObjectName("urgency")
        self.urgency.setWordWrap(True)
        self.urgency.setMargin(8)
        self.details = QLabel()
        self.details.setObjectName("results")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(editor.go_to_field)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.urgency)
        layout.addWidget(self.details, 1)
        self.setWidget(body)
        self.setAccessibleName(tr("Live results"))
        self.setAccessibleDescription(tr("Urgency, neurology, worst lesion, scores and what is still missing, "
                                         "recomputed on every edit"))

    def update_results(self, case: Case, a: Assessment) -> None:
        urgency = a.pathway.urgency
        headline = clinical(urgency.headline)
        self.urgency.setText(f"{URGENCY_MARK[urgency.level]} {headline}")
        self.urgency.setAccessibleName(tr("Urgency: %1").replace("%1", headline))
        self.urgency.setStyleSheet(URGENCY_STYLE[urgency.level] + "font-weight:bold;")
        self.details.setText(self.render(a))
        self.details.setAccessibleName(tr("Live results"))
        self.details.setAccessibleDescription(tr("Neurology, worst lesion, scores and what is still missing"))

    @staticmethod
    def render(a: Assessment) -> str:
        rows: list[str] = []
        if a.labs is not None:
            for flag in a.labs.flags:
                if flag.severity == "urgent":
                    rows.append(f"<b>‼ {escape(clinical(flag.text))}</b> ({escape(clinical(flag.reason))})<br><br>")
        deficit = a.deficit_class
        rows.append(f"<b>{escape(tr('Neurology'))}</b><br>")
        if deficit.value:
            rows.append(escape(tr(DEFICIT[deficit.value])) + f" <i>({escape(clinical(deficit.derivation))})</i><br>")
        else:
            rows.append(escape(tr("Deficit class: not determined")) +
                        f" — <a href='neuro.deficit_class'>{escape(clinical(deficit.derivation))}</a><br>")
        if a.isncsci is not None and a.isncsci.result is not None:
            r = a.isncsci.result
            rows.append(escape(tr("AIS %1, NLI %2").replace("%1", r.asia_impairment_scale)
                               .replace("%2", r.neurological_level_of_injury)) + "<br>")
        elif a.isncsci is not None:
            rows.append(escape(tr("ISNCSCI incomplete: %1 cells missing").replace(
                "%1", str(len(a.isncsci.missing)))) + "<br>")
        if a.comparison is not None and a.comparison.deteriorated:
            rows.append("<b>" + escape(tr("Deterioration: ") + "; ".join(clinical(x) for x in a.comparison.reasons)) + "</b><br>")
        rows.append(f"<br><b>{escape(tr('Lesions'))}</b><br>")
        roles = words.lesion_roles(a)
        for role in roles:
            rows.append(f"{escape(clinical(role.title))}: <b>{escape(role.lesion)}</b> — "
                        f"<i>{escape(clinical(role.reason))}</i><br>")
        if not roles:
            rows.append(escape(tr("No lesion recorded")) + "<br>")
        for line in words.reirradiation_summary(a):
            rows.append(f"☢ {escape(clinical(line))}<br>")
        rows.append(f"<br><b>{escape(tr('Scores'))}</b><br>")
        for result in a.scores.values():
            if result.display is not None:
                value = clinical(result.display) + (f" — {clinical(result.band_label)}" if result.band_label and result.band_label != result.display else "")
            elif not result.applicable:
                value = tr("not applicable")
            else:
                value = tr("incomplete (missing: %1)").replace("%1", ", ".join(result.missing))
            marker = " ⚠ " + tr("provisional") if result.status.value == "provisional" else ""
            if any(item.source.value == "override" for item in result.items):
                marker += " ✎ " + tr("overridden input")
            rows.append(f"{escape(clinical(result.name))}: {escape(value)}{escape(marker)}<br>")
        band = dict(choices("prognosis")).get(a.prognosis.value) if a.prognosis.value else tr("not determined")
        rows.append(escape(tr("Prognosis band: %1").replace("%1", band or a.prognosis.value)) + "<br>")
        for title, names in (("Still missing", a.pathway.missing_facts),
                             ("Planned for the worse until recorded", a.pathway.assumed_facts)):
            if not names:
                continue
            rows.append(f"<br><b>{escape(tr(title))}</b><br>")
            for name in names:
                field = a.pathway.provenance_of(name)
                target = field.field if field is not None and field.field else ""
                label = escape(clinical(fact_label(name)))
                rows.append(f"• <a href='{escape(target)}'>{label}</a><br>" if target else f"• {label}<br>")
        for warning in a.warnings:
            rows.append(f"<br>⚠ {escape(clinical(warning))}")
        return "".join(rows)
