"""Page 3: imaging findings — one entry per lesion, plus case-level staging facts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
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
from spinemet_desktop.model import Case, Lesion
from spinemet_desktop.model.levels import SPINAL_LEVELS
from spinemet_desktop.present.vocabulary import TIMING_MARK
from spinemet_desktop.ui.editor import CaseEditor, FormPage
from spinemet_desktop.ui.labels import choices, clinical, tr
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.widgets import (
    BoolField,
    ChoiceField,
    DateField,
    NumberField,
    TextField,
    form_row,
)

LEVELS = [(lv, lv) for lv in SPINAL_LEVELS]


class ImagingPage(FormPage):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = page_title(2)
        self.lesion_id: str | None = None
        self._lesion_bindings: list[tuple[object, str]] = []
        body = QWidget()
        column = QVBoxLayout(body)

        staging = QGroupBox(self.tr("Staging (whole case)"))
        f = QFormLayout(staging)
        I = lambda c: c.imaging
        for label, field, attr in (
            (self.tr("Number of vertebrae with metastases"), NumberField(0, 30), "vertebral_metastases_count"),
            (self.tr("Extraspinal bone metastasis foci"), NumberField(0, 500), "extraspinal_bone_foci"),
            (self.tr("Visceral metastases"), ChoiceField(choices("organ")), "visceral_metastases"),
            (self.tr("Brain metastases"), ChoiceField(choices("organ")), "brain_metastases"),
            (self.tr("Staging complete"), BoolField(), "staging_complete"),
        ):
            form_row(f, label, field)
            self.bind(field, I, attr, f"imaging.{attr}")
        column.addWidget(staging)

        # The list of lesions above the form of the selected one: the form gets the page's
        # whole width (long German labels, small screens).
        lesions = QGroupBox(self.tr("Lesions"))
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
        self.lesion_result.setObjectName("lesionResult")
        # Above the form, not in it: a form row does not grow with a label's wrapped lines.
        lesion_column.addWidget(self.lesion_result)
        lf = QFormLayout()
        lesion_column.addLayout(lf)
        for label, field, attr in (
            (self.tr("Level"), ChoiceField(LEVELS), "level"),
            (self.tr("To level (if several)"), ChoiceField(LEVELS), "level_to"),
            (self.tr("Modality"), ChoiceField(choices("modality")), "modality"),
            (self.tr("Date of imaging"), DateField(), "imaging_date"),
            (self.tr("SINS location (override; empty = from level)"), ChoiceField(choices("sins_location")),
             "sins_location_override"),
            (self.tr("SINS pain"), ChoiceField(choices("sins_pain")), "sins_pain"),
            (self.tr("SINS bone lesion"), ChoiceField(choices("sins_bone_lesion")), "sins_bone_lesion"),
            (self.tr("SINS alignment"), ChoiceField(choices("sins_alignment")), "sins_alignment"),
            (self.tr("SINS vertebral body collapse"), ChoiceField(choices("sins_collapse")), "sins_collapse"),
            (self.tr("SINS posterolateral involvement"), ChoiceField(choices("sins_posterolateral")),
             "sins_posterolateral"),
            (self.tr("ESCC (Bilsky) grade"), ChoiceField(choices("escc")), "escc"),
            (self.tr("Tomita SCST type (provisional)"), ChoiceField(choices("scst")), "scst_type"),
            (self.tr("Pathological fracture"), BoolField(), "pathological_fracture"),
            (self.tr("(Threatening) unstable fracture"), BoolField(), "unstable_fracture"),
            (self.tr("Bone fragments in the canal"), BoolField(), "fragments_in_canal"),
            (self.tr("Hypervascular"), BoolField(), "hypervascular"),
            (self.tr("Largest diameter (mm)"), NumberField(1, 500, integer=False, unit="mm"), "largest_diameter_mm"),
            (self.tr("New or increased uptake (bone scan / PET)"), BoolField(), "new_or_increased_uptake"),
            (self.tr("Notes"), TextField(), "notes"),
        ):
            form_row(lf, label, field)
            self._bind_lesion(field, attr)
        row.addWidget(self.lesion_form, 1)
        column.addWidget(lesions)
        self.worst = QLabel()
        self.worst.setWordWrap(True)
        self.worst.setObjectName("worstLesion")
        column.addWidget(self.worst)
        nuclear = QGroupBox(self.tr("Nuclear-medicine advice (bone scan, FDG-PET)"))
        nuclear_layout = QVBoxLayout(nuclear)
        self.nuclear_advice = QLabel()
        self.nuclear_advice.setObjectName("nuclearAdvice")
        self.nuclear_advice.setWordWrap(True)
        self.nuclear_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nuclear_advice.setAccessibleName(self.tr("Nuclear-medicine advice"))
        nuclear_layout.addWidget(self.nuclear_advice)
        column.addWidget(nuclear)
        column.addStretch(1)

        self.set_scrolling_body(body)

    def _lesion(self, case: Case) -> Lesion:
        for lesion in case.imaging.lesions:
            if lesion.id == self.lesion_id:
                return lesion
        raise ValueError(self.tr("Add a lesion first."))

    def _bind_lesion(self, field, attr: str) -> None:  # type: ignore[no-untyped-def]
        self._lesion_bindings.append((field, attr))
        self._fields_by_path[f"imaging.lesion.{attr}"] = field

        def write(value: object) -> None:
            error = self.editor.apply(lambda case: setattr(self._lesion(case), attr, value),
                                      key=f"{self.lesion_id}.{attr}")
            if error or field.is_valid():
                field.show_error(error)
            self._update_list_labels()

        field.edited.connect(write)

    def add_lesion(self) -> None:
        lesion = Lesion()
        self.editor.apply(lambda case: case.imaging.lesions.append(lesion))
        self.lesion_id = lesion.id
        if self.editor.case is not None:
            self.refresh(self.editor.case)
        self._lesion_bindings[0][0].setFocus()  # type: ignore[attr-defined]

    def remove_lesion(self) -> None:
        if self.lesion_id is None:
            return
        lesion_id = self.lesion_id
        self.editor.apply(lambda case: setattr(
            case.imaging, "lesions", [x for x in case.imaging.lesions if x.id != lesion_id]))
        self.lesion_id = None
        if self.editor.case is not None:
            self.refresh(self.editor.case)

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

    def refresh(self, case: Case) -> None:
        super().refresh(case)
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
        lesion = next((x for x in case.imaging.lesions if x.id == self.lesion_id), None)
        self.lesion_form.setEnabled(lesion is not None)
        for field, attr in self._lesion_bindings:
            field.set_value(getattr(lesion, attr) if lesion else None)  # type: ignore[attr-defined]

    def update_results(self, assessment: Assessment) -> None:
        la = next((x for x in assessment.lesions if x.lesion.id == self.lesion_id), None)
        if la is None:
            self.lesion_result.setText(self.tr("No lesion selected."))
        else:
            sins = (f"SINS {la.sins.total} — {clinical(la.sins.band_label)}" if la.sins.total is not None
                    else self.tr("SINS incomplete (missing: %1)").replace("%1", ", ".join(la.sins.missing)))
            location = next((i for i in la.sins.items if i.id == "location"), None)
            names = dict(choices("sins_location"))  # label with its points
            location_word = self.tr("location")
            where = (f" · {location_word}: {names.get(location.value, location.value)} ({clinical(location.derivation)})"
                     if location and location.value else "")
            escc = f"ESCC {la.escc.display} — {clinical(la.escc.band_label)}" if la.escc.display else self.tr("ESCC not graded")
            self.lesion_result.setText(f"{sins}{where}\n{escc}")
        self.nuclear_advice.setText(nuclear_medicine_text(assessment))
        self.nuclear_advice.setAccessibleDescription(self.nuclear_advice.text())
        worst = assessment.worst_lesion
        self.worst.setText(
            self.tr("Worst lesion: %1 (%2)").replace("%1", clinical(worst.label)).replace("%2", clinical(assessment.worst_lesion_reason))
            if worst else self.tr("No lesion recorded.")
        )

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        out = []
        if not case.imaging.lesions:
            out.append(self.tr("no lesion"))
        for la in assessment.lesions:
            if la.sins.missing or la.escc.missing:
                out.append(self.tr("lesion %1: SINS/ESCC incomplete").replace("%1", clinical(la.label)))
        im = case.imaging
        for value, label in ((im.visceral_metastases, self.tr("visceral metastases")),
                             (im.extraspinal_bone_foci, self.tr("extraspinal bone foci"))):
            if value is None:
                out.append(label)
        return out


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
