"""Page 3: imaging findings — one entry per lesion, plus case-level staging facts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.address import ANY_LESION, FieldAddress
from spinemet_desktop.present import view
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.vocabulary import TIMING_MARK
from spinemet_desktop.session import Changes, ops
from spinemet_desktop.ui.labels import choices, clinical, tr, ui_renderer
from spinemet_desktop.ui.pages.base import FormPage, PageHost, form_text


class ImagingPage(FormPage):
    key = "imaging"

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.lesion_id: str | None = None
        declared = forms().imaging
        body = QWidget()
        column = QVBoxLayout(body)
        self.add_group(column, declared.group("Staging (whole case)"))

        # The list of lesions above the form of the selected one: the form gets the page's
        # whole width (long German labels, small screens).
        lesion_group = declared.group("Lesion")
        lesions = QGroupBox(form_text(lesion_group.title))
        row = QVBoxLayout(lesions)
        left = QHBoxLayout()
        self.lesion_list = QListWidget()
        self.lesion_list.setAccessibleName(self.tr("Lesions"))
        self.lesion_list.setMaximumHeight(90)
        self.lesion_list.setAccessibleDescription(self.tr("One entry per lesion; the form below shows the selected one"))
        self.lesion_list.currentRowChanged.connect(self._select)
        left.addWidget(self.lesion_list, 1)
        add = QPushButton(self.tr("&Add lesion"))
        add.setToolTip(self.tr("Add a lesion and show its form"))
        add.clicked.connect(self.add_lesion)
        remove = QPushButton(self.tr("&Remove lesion"))
        remove.setToolTip(self.tr("Remove the selected lesion (Undo brings it back)"))
        remove.clicked.connect(self.remove_lesion)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left)

        self.lesion_form = QWidget()
        lesion_column = QVBoxLayout(self.lesion_form)
        lesion_column.setContentsMargins(0, 0, 0, 0)
        self.lesion_result = QLabel()
        self.lesion_result.setWordWrap(True)
        self.lesion_result.setTextFormat(Qt.TextFormat.PlainText)
        self.lesion_result.setObjectName("lesionResult")
        # Above the form, not in it: a form row does not grow with a label's wrapped lines.
        lesion_column.addWidget(self.lesion_result)
        self.add_items(lesion_column, lesion_group.items)
        self.first_lesion_field = self.fields[lesion_group.items[0].field]
        row.addWidget(self.lesion_form, 1)
        column.addWidget(lesions)
        self.worst = QLabel()
        self.worst.setWordWrap(True)
        self.worst.setTextFormat(Qt.TextFormat.PlainText)
        self.worst.setObjectName("worstLesion")
        column.addWidget(self.worst)
        nuclear = QGroupBox(self.tr("Nuclear-medicine advice (bone scan, FDG-PET)"))
        nuclear_layout = QVBoxLayout(nuclear)
        self.nuclear_advice = QLabel()
        self.nuclear_advice.setObjectName("nuclearAdvice")
        self.nuclear_advice.setWordWrap(True)
        self.nuclear_advice.setTextFormat(Qt.TextFormat.PlainText)
        self.nuclear_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nuclear_advice.setAccessibleName(self.tr("Nuclear-medicine advice"))
        nuclear_layout.addWidget(self.nuclear_advice)
        column.addWidget(nuclear)
        column.addStretch(1)

        self.set_scrolling_body(body)

    # -- the lesion shown ---------------------------------------------------------------------------
    def context(self) -> dict[str, str | None]:
        return {"lesion_id": self.lesion_id}

    def shown(self, case: Case) -> tuple[NeuroExam | None, Lesion | None]:
        return None, next((x for x in case.imaging.lesions if x.id == self.lesion_id), None)

    def edited(self, changes: Changes) -> None:
        self._update_list_labels()

    def add_lesion(self) -> None:
        changes = self.editor.apply(ops.add_lesion())
        if not changes.applied:
            return
        self.lesion_id = changes.result
        if self.editor.case is not None:
            self.refresh(self.editor.case)
        self.first_lesion_field.setFocus()

    def remove_lesion(self) -> None:
        if self.lesion_id is None:
            return
        self.editor.apply(ops.remove_lesion(self.lesion_id))
        self.lesion_id = None
        if self.editor.case is not None:
            self.refresh(self.editor.case)

    def focus_field(self, address: FieldAddress) -> bool:
        """A lesion's field selects that lesion first; the lesions as a whole focus their list."""
        case = self.editor.case
        if address.lesion not in (None, ANY_LESION) and case is not None:
            ids = [lesion.id for lesion in case.imaging.lesions]
            if address.lesion in ids:
                self.lesion_list.setCurrentRow(ids.index(address.lesion))
        if address.lesion is not None and not address.name:
            self.lesion_list.setFocus()
            self.reveal(self.lesion_list)
            return True
        return super().focus_field(address)

    def _select(self, row: int) -> None:
        case = self.editor.case
        if case is None or not 0 <= row < len(case.imaging.lesions):
            return
        self.lesion_id = case.imaging.lesions[row].id
        self._show_lesion(case)
        if self.editor.assessment is not None:
            self.update_results(self.editor.assessment)

    def _update_list_labels(self) -> None:
        case = self.editor.case
        if case is None:
            return
        for i, lesion in enumerate(case.imaging.lesions):
            item = self.lesion_list.item(i)
            if item is not None:
                item.setText(self.tr("Lesion %1: %2").replace("%1", str(i + 1)).replace(
                    "%2", lesion.level_label or self.tr("level not set")))

    def reset(self) -> None:
        super().reset()
        self.lesion_id = None

    def refresh(self, case: Case) -> None:
        ids = [lesion.id for lesion in case.imaging.lesions]
        if self.lesion_id not in ids:
            self.lesion_id = ids[0] if ids else None
        self.lesion_list.blockSignals(True)
        self.lesion_list.clear()
        for _ in case.imaging.lesions:
            QListWidgetItem("", self.lesion_list)
        self._update_list_labels()
        if self.lesion_id is not None:
            self.lesion_list.setCurrentRow(ids.index(self.lesion_id))
        self.lesion_list.blockSignals(False)
        self._show_lesion(case)

    def _show_lesion(self, case: Case) -> None:
        self.lesion_form.setEnabled(self.lesion_id is not None)
        super().refresh(case)

    def update_results(self, assessment: Assessment) -> None:
        self.show_defaults(assessment)
        la = next((x for x in assessment.lesions if x.lesion.id == self.lesion_id), None)
        if la is None:
            self.lesion_result.setText(self.tr("No lesion selected."))
        else:
            sins = f"SINS: {view.score_value(la.sins, ui_renderer())}"
            location = next((i for i in la.sins.items if i.id == "location"), None)
            names = dict(choices("sins_location"))  # label with its points
            location_word = self.tr("location")
            where = (f" · {location_word}: {names.get(location.value, location.value)} ({clinical(location.derivation)})"
                     if location and location.value else "")
            escc = (f"ESCC {la.escc.display} — {clinical(la.escc.band_label)}: {clinical(la.escc.meaning)}"
                    if la.escc.display else self.tr("ESCC not graded"))
            self.lesion_result.setText(f"{sins}{where}\n{escc}")
        self.nuclear_advice.setText(nuclear_medicine_text(assessment))
        self.nuclear_advice.setAccessibleDescription(self.nuclear_advice.text())
        worst = assessment.worst_lesion
        self.worst.setText(
            self.tr("Worst lesion: %1 (%2)").replace("%1", clinical(worst.label)).replace("%2", clinical(assessment.worst_lesion_reason))
            if worst else self.tr("No lesion recorded.")
        )

NUCLEAR_FACTS = ("pet_done", "isolated_lesion", "early_uptake_after_treatment")


def nuclear_medicine_text(assessment: Assessment) -> str:
    """The nuclear-medicine rules (F1-F8) that apply, and what keeps the others from being judged."""
    lines = []
    for fired in assessment.pathway.fired:
        if fired.rule.id.startswith("F"):
            mark = TIMING_MARK[fired.effect.timing]
            lines.append(f"{mark} {clinical(fired.effect.text)} ({fired.rule.id}: {', '.join(fired.rule.refs)})")
    for name in NUCLEAR_FACTS:
        given = assessment.pathway.provenance.get(name)
        if given is not None and given.value is None and given.derivation:
            lines.append("? " + tr("Not assessable: %1").replace("%1", clinical(given.derivation)))
    if not lines:
        lines.append(tr("No nuclear-medicine advice applies to the findings entered. Record FDG-PET or "
                        "bone-scan findings (modality, date, new or increased uptake) and the start of "
                        "systemic therapy to have them checked for flare."))
    return "\n".join(lines)
