"""Page 4: laboratory values (Empfehlung 14 minimum panel, plus albumin and creatinine)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import MINIMUM_PANEL
from spinemet_desktop.model import Case, LabResult
from spinemet_desktop.model.units import accepted_units
from spinemet_desktop.ui.editor import CaseEditor, FormPage
from spinemet_desktop.ui.labels import choices
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.widgets import ChoiceField, NumberField

#: The range a typed number must lie in (input plausibility in any accepted unit, not a clinical
#: threshold). Labels: report.vocabulary ("lab"). The minimum panel: clinical.labs.MINIMUM_PANEL.
ANALYTES = {
    "haemoglobin": (0, 300),
    "leukocytes": (0, 500_000),
    "platelets": (0, 5_000_000),
    "crp": (0, 1000),
    "calcium": (0, 30),
    "inr": (0.5, 15),
    "ptt": (10, 300),
    "albumin": (0, 100),
    "creatinine": (0, 3000),
    "alkaline_phosphatase": (0, 10000),
}
FURTHER = tuple(a for a in ANALYTES if a not in MINIMUM_PANEL)


class LabsPage(FormPage):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = page_title(3)
        self.rows: dict[str, tuple[NumberField, ChoiceField]] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for title, panel in ((self.tr("Minimum panel (Empfehlung 14)"), MINIMUM_PANEL),
                             (self.tr("Further values"), FURTHER)):
            box = QGroupBox(title)
            form = QFormLayout(box)
            for analyte in panel:
                label = dict(choices("lab"))[analyte]
                low, high = ANALYTES[analyte]
                value = NumberField(low, high, integer=False)
                units = [(u, u or self.tr("(no unit)")) for u in accepted_units(analyte)]
                unit = ChoiceField(units)
                holder = QWidget()
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 2)
                row.addWidget(unit, 1)
                form.addRow(QLabel(label), holder)
                value.set_accessible(label)
                unit.set_accessible(self.tr("%1 unit").replace("%1", label))
                value.edited.connect(lambda v, a=analyte: self._write(a))
                unit.edited.connect(lambda v, a=analyte: self._write(a))
                self.rows[analyte] = (value, unit)
                self._fields_by_path[f"labs.{analyte}"] = value
            column.addWidget(box)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        column.addWidget(self.missing_label)
        column.addStretch(1)
        self.set_scrolling_body(body)

    def _write(self, analyte: str) -> None:
        value_field, unit_field = self.rows[analyte]
        value, unit = value_field.value(), unit_field.value()

        def mutate(case: Case) -> None:
            kept = [r for r in case.labs.results if r.analyte != analyte]
            if value is not None:
                previous = case.labs.latest(analyte)
                kept.append(LabResult(
                    analyte=analyte, value=value, unit=unit,
                    measured_at=previous.measured_at if previous else None,
                    reference_low=previous.reference_low if previous else None,
                    reference_high=previous.reference_high if previous else None,
                ))
            case.labs.results = kept

        error = self.editor.apply(mutate, key=f"lab.{analyte}")
        if error or value_field.is_valid():
            value_field.show_error(error)

    def refresh(self, case: Case) -> None:
        for analyte, (value_field, unit_field) in self.rows.items():
            result = case.labs.latest(analyte)
            value_field.set_value(result.value if result else None)
            # The unit a value will be stored in is always visible (never an unseen default).
            unit_field.set_value(result.unit if result and result.unit is not None else accepted_units(analyte)[0])

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        missing = assessment.labs.missing_minimum if assessment.labs is not None else MINIMUM_PANEL
        return [dict(choices("lab"))[analyte] for analyte in missing]

    def update_results(self, assessment: Assessment) -> None:
        case = self.editor.case
        if case is None:
            return
        missing = self.missing(case, assessment)
        lines = [
            self.tr("Minimum labs still missing: %1").replace("%1", ", ".join(missing)) if missing
            else self.tr("Minimum panel complete.")
        ]
        labs = assessment.labs
        if labs is not None:
            if labs.corrected_calcium is not None:
                lines.append(self.tr("Albumin-corrected calcium: %1 mmol/L").replace("%1", f"{labs.corrected_calcium:.2f}"))
            for flag in labs.flags:
                mark = "‼" if flag.severity == "urgent" else "⚠"
                lines.append(f"{mark} {self.tr(flag.text)} ({flag.reason})")
        self.missing_label.setText("\n".join(lines))
