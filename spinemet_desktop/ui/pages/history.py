"""Page 1: patient, referral and history (Empfehlung 8; pathway.md §8.1–8.6).

The page is built from ``forms/history.yaml`` (:mod:`spinemet_desktop.present.forms`): each declared item
becomes a field bound to one case attribute, with its help text, what reads it, and — for the
items that have one — a derived hint under it (the radiosensitivity default of the primary, a
Karnofsky/ECOG mismatch). The red flags and the ambulatory status are shown, not entered here:
they come from the assessment (the ambulatory status is part of each neurological exam).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.scores.scales import kps_ecog_consistency
from spinemet_desktop.model import Case
from spinemet_desktop.present.forms import forms
from spinemet_desktop.ui.labels import choices, clinical, tr
from spinemet_desktop.ui.pages.base import (
    DEFAULT_NOTES,
    DisagreementBanner,
    FormPage,
    PageHost,
)
from spinemet_desktop.ui.widgets import ChoiceField


class PatientHistoryPage(FormPage):
    key = "history"

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.form = forms().history
        body = QWidget()
        column = QVBoxLayout(body)
        self.disagreements = DisagreementBanner(editor)
        column.addWidget(self.disagreements)
        for group in self.form.groups:
            self.add_group(column, group)
        column.addStretch(1)
        self.set_scrolling_body(body)

    # -- derived hints and displays ----------------------------------------------------------------
    def update_results(self, assessment: Assessment) -> None:
        case = self.editor.case
        if case is None:
            return
        self.disagreements.show_for(assessment)
        h = case.history
        mismatch = kps_ecog_consistency(h.karnofsky, h.ecog)
        self.show_defaults(assessment)
        for key, note in self.notes.items():
            name = key.split(":", 1)[0]
            if name in DEFAULT_NOTES:
                continue
            text = ""
            if name == "kps_ecog_consistency" and mismatch:
                text = "⚠ " + clinical(mismatch)
            elif name == "prognosis_scores":
                text = self._prognosis_note(assessment)
            note.setText(text)
            note.setAccessibleName(text)
            note.setVisible(bool(text))
        if "red_flags" in self.displays and assessment.red_flags is not None:
            self.displays["red_flags"].setText(_red_flags_text(assessment))
        if "ambulatory_status" in self.displays:
            self.displays["ambulatory_status"].setText(_ambulatory_text(case))
        for display in self.displays.values():
            display.setAccessibleDescription(display.text())

    def _prognosis_note(self, assessment: Assessment) -> str:
        """What the survival scores say; when they disagree only the bands one of them supports
        can be chosen (pathway.md §11 S11)."""
        field = self.fields.get("history.prognosis_override")
        if isinstance(field, ChoiceField):
            offered = assessment.prognosis_choices
            field.offer_only(None if len(offered) == 3 else set(offered))
        if assessment.prognosis.source.value == "override" or not assessment.prognosis.derivation:
            return ""
        return self.tr("From the scores: %1").replace("%1", clinical(assessment.prognosis.derivation))

def _mark(present: bool | None) -> str:
    return {True: "‼", False: "–", None: "?"}[present]


def _red_flags_text(assessment: Assessment) -> str:
    flags = assessment.red_flags
    assert flags is not None
    if flags.any_present:
        head = QCoreApplication.translate("PatientHistoryPage", "‼ Red-flag back pain: take the full history and examine the whole spine "
                                         "(Empfehlung 8 and 9).")
    elif flags.any_present is False:
        head = QCoreApplication.translate("PatientHistoryPage", "No red flag.")
    else:
        head = QCoreApplication.translate("PatientHistoryPage", "? Red flags not fully assessed.")
    answer = {True: tr("yes"), False: tr("no"), None: tr("not recorded")}
    lines = [head]
    for finding in (*flags.flags, *flags.features):
        lines.append(f"{_mark(finding.present)} {clinical(finding.label)}: {answer[finding.present]}"
                     + (f" ({clinical(finding.basis)})" if finding.present is not None and finding.id ==
                        "neurological_deficit" else ""))
    lines.append(QCoreApplication.translate("PatientHistoryPage", "Source: %1").replace("%1", flags.citation))
    return "\n".join(lines)


def _ambulatory_text(case: Case) -> str:
    exam = case.latest_exam()
    if exam is None or exam.ambulatory is None:
        return QCoreApplication.translate("PatientHistoryPage", "Not recorded yet — it is part of each neurological examination "
                                         "(page Neurology).")
    return QCoreApplication.translate("PatientHistoryPage", "%1 (latest neurological examination; change it on the page Neurology)").replace(
        "%1", dict(choices("ambulatory"))[exam.ambulatory.value])
