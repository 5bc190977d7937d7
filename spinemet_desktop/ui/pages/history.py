"""Page 1: patient, encounter and history (Empfehlung 8; pathway.md §8.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model import Case
from spinemet_desktop.ui.editor import CaseEditor, FormPage
from spinemet_desktop.ui.labels import choices
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.widgets import (
    BoolField,
    ChoiceField,
    DateField,
    NumberField,
    TextField,
    form_row,
)


class PatientHistoryPage(FormPage):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = page_title(0)
        body = QWidget()
        column = QVBoxLayout(body)
        P, E, H = (lambda c: c.patient), (lambda c: c.encounter), (lambda c: c.history)

        def group(title: str) -> QFormLayout:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            column.addWidget(box)
            return form

        def add(form: QFormLayout, label: str, field, target, attr: str, section: str) -> None:  # type: ignore[no-untyped-def]
            form_row(form, label, field)
            self.bind(field, target, attr, f"{section}.{attr}")

        f = group(self.tr("Patient"))
        add(f, self.tr("Surname"), TextField(), P, "surname", "patient")
        add(f, self.tr("First name"), TextField(), P, "given_name", "patient")
        add(f, self.tr("Date of birth"), DateField(), P, "date_of_birth", "patient")
        add(f, self.tr("Sex"), ChoiceField(choices("sex")), P, "sex", "patient")
        add(f, self.tr("Hospital record number"), TextField(), P, "record_number", "patient")

        f = group(self.tr("Referral"))
        add(f, self.tr("Date and time of assessment"), DateField(with_time=True), E, "assessed_at", "encounter")
        add(f, self.tr("Referring ward"), TextField(), E, "referring_ward", "encounter")
        add(f, self.tr("Referring physician"), TextField(), E, "referring_physician", "encounter")
        add(f, self.tr("Phone for queries"), TextField(), E, "phone", "encounter")
        add(f, self.tr("Question to the spine centre"), TextField(), E, "question", "encounter")

        f = group(self.tr("Pain"))
        add(f, self.tr("Pain intensity (NRS 0–10)"), NumberField(0, 10), H, "pain_nrs", "history")
        add(f, self.tr("Pain character"), ChoiceField(choices("pain_character")), H, "pain_character", "history")
        add(f, self.tr("Sudden severe pain (possible fracture)"), BoolField(), H, "sudden_severe_pain", "history")

        f = group(self.tr("Oncological history"))
        add(f, self.tr("Known cancer"), BoolField(), H, "known_cancer", "history")
        add(f, self.tr("Primary tumour"), ChoiceField(choices("primary")), H, "primary_tumour", "history")
        add(f, self.tr("Histology"), TextField(), H, "histology", "history")
        add(f, self.tr("Date of first diagnosis"), DateField(), H, "primary_diagnosis_date", "history")
        add(f, self.tr("Current systemic therapy"), TextField(), H, "systemic_therapy_current", "history")
        add(f, self.tr("Started on"), DateField(), H, "systemic_therapy_started_on", "history")
        add(f, self.tr("Radiosensitivity (override of the default from the primary)"),
            ChoiceField(choices("radiosensitivity")), H, "radiosensitivity_override", "history")
        add(f, self.tr("Tumour growth (Tomita)"), ChoiceField(choices("tomita_growth")), H, "tomita_growth", "history")
        add(f, self.tr("Diagnosis unclear (metastasis vs primary bone tumour)"), BoolField(), H,
            "diagnosis_unclear", "history")
        add(f, self.tr("Oligometastatic (confirmed by the tumour board)"), BoolField(), H,
            "oligometastatic_board_confirmed", "history")
        add(f, self.tr("Spinal-cord tolerance exhausted by prior radiotherapy"), BoolField(), H,
            "cord_tolerance_exhausted", "history")

        f = group(self.tr("General condition and operability"))
        add(f, self.tr("Karnofsky index"), ChoiceField(choices("kps")), H, "karnofsky", "history")
        add(f, self.tr("ECOG"), ChoiceField(choices("ecog")), H, "ecog", "history")
        add(f, self.tr("ASA class"), ChoiceField(choices("asa")), H, "asa_class", "history")
        add(f, self.tr("Operable (anaesthesia's judgement)"), BoolField(), H, "operable_per_anaesthesia", "history")
        add(f, self.tr("Patient consents to surgery"), BoolField(), H, "consents_to_surgery", "history")
        add(f, self.tr("Survival prognosis (clinician's estimate; empty = from the scores)"),
            ChoiceField(choices("prognosis")), H, "prognosis_override", "history")
        column.addStretch(1)

        self.set_scrolling_body(body)

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        p, h = case.patient, case.history
        checks = [
            (p.surname, self.tr("surname")),
            (p.date_of_birth, self.tr("date of birth")),
            (p.record_number, self.tr("record number")),
            (case.encounter.assessed_at, self.tr("time of assessment")),
            (h.primary_tumour, self.tr("primary tumour")),
            (h.karnofsky if h.karnofsky is not None else h.ecog, self.tr("Karnofsky or ECOG")),
            (h.operable_per_anaesthesia, self.tr("operability")),
            (h.consents_to_surgery, self.tr("consent to surgery")),
            (h.pain_character, self.tr("pain character")),
        ]
        return [label for value, label in checks if value is None]
