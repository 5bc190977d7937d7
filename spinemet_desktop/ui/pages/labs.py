"""Page 4: laboratory values (Empfehlung 14: the minimum panel and the optional tests with their
triggers, plus albumin and kidney function), built from ``forms/labs.yaml``.

One time of sampling serves the whole panel: entered once above the rows, it is taken by every value
entered without a time of its own, and shown in each row, where it can be changed for that value
(a change of the panel's time moves every value that had the old one). Each row holds the value,
its unit, when the blood was taken and the reference range. The range
is filled in from the site configuration (or the built-in defaults) when a value is first
entered, stays editable, and is stored with the value, so that the referral shows the range the
value was judged by. Changing the unit keeps the number as typed (it says which unit the
laboratory reported) and converts the stored range. Judging the values is the clinical layer's
work (:mod:`spinemet_desktop.clinical.labs`); this page only shows what it returns.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import LabIndication
from spinemet_desktop.model import Case
from spinemet_desktop.model.enums import Sex
from spinemet_desktop.model.units import UnitError, convert_bound
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.schema import AnalyteItem
from spinemet_desktop.session import ops
from spinemet_desktop.ui.labels import clinical
from spinemet_desktop.ui.pages.base import FormPage, PageHost, form_text
from spinemet_desktop.ui.pages.completeness import lab_name, page_missing
from spinemet_desktop.ui.plain import plain_label
from spinemet_desktop.ui.widgets import ChoiceField, DateField, Field, NumberField, TextField


class LabRow:
    """The widgets of one analyte: value (or report text), unit, time of sampling, range, judgement."""

    def __init__(self, page: LabsPage, item: AnalyteItem, column: QVBoxLayout) -> None:
        self.item = item
        self.analyte = analyte = item.analyte.value
        name = lab_name(analyte)
        # Plain box layouts, not a form: a form row does not grow with a wrapped label's lines.
        caption = QLabel(f"<b>{escape(name)}</b>")
        column.addWidget(caption)
        top = QHBoxLayout()
        self.unit: ChoiceField | None = None
        self.low: NumberField | None = None
        self.high: NumberField | None = None
        if item.result == "text":
            self.value: Field = TextField()
            self.value.set_accessible(name, QCoreApplication.translate("LabsPage", "The laboratory's report in a few words; empty means not done."))
            top.addWidget(self.value, 1)
        else:
            assert item.plausible is not None
            low, high = item.plausible
            self.value = NumberField(low, high, integer=False, unit=item.units[0])
            self.unit = ChoiceField([(u, u or QCoreApplication.translate("LabsPage", "(no unit)")) for u in item.units])
            self.value.set_accessible(name)
            self.unit.set_accessible(QCoreApplication.translate("LabsPage", "%1 unit").replace("%1", name))
            top.addWidget(self.value, 2)
            top.addWidget(self.unit, 1)
        column.addLayout(top)
        bottom = QHBoxLayout()
        self.measured_at = DateField(with_time=True, now_button=False)
        self.measured_at.set_accessible(QCoreApplication.translate("LabsPage", "%1 sampled at").replace("%1", name))
        sampled = QLabel(QCoreApplication.translate("LabsPage", "Sampled"))
        sampled.setBuddy(self.measured_at.input)
        bottom.addWidget(sampled)
        bottom.addWidget(self.measured_at, 2)
        if item.result == "number":
            self.low = NumberField(0, 1e6, integer=False)
            self.high = NumberField(0, 1e6, integer=False)
            self.low.set_accessible(QCoreApplication.translate("LabsPage", "%1 reference range, lower limit").replace("%1", name))
            # No "0–1000000" hint: a range is whatever the laboratory prints.
            self.low.line.setPlaceholderText(QCoreApplication.translate("LabsPage", "lower limit"))
            self.high.line.setPlaceholderText(QCoreApplication.translate("LabsPage", "upper limit"))
            self.high.set_accessible(QCoreApplication.translate("LabsPage", "%1 reference range, upper limit").replace("%1", name))
            caption = QLabel(QCoreApplication.translate("LabsPage", "Reference"))
            caption.setBuddy(self.low.input)
            bottom.addWidget(caption)
            bottom.addWidget(self.low, 1)
            bottom.addWidget(QLabel("–"))
            bottom.addWidget(self.high, 1)
        column.addLayout(bottom)
        self.judgement = plain_label()
        self.judgement.setWordWrap(True)
        column.addWidget(self.judgement)
        self.trigger = plain_label()
        self.trigger.setWordWrap(True)
        column.addWidget(self.trigger)
        self.trigger.setVisible(item.trigger is not None)  # after it has a parent: never a window
        caption.setBuddy(self.value.input)
        for field in self.fields():
            field.edited.connect(lambda _v, f=field: page.write(self, f))

    def fields(self) -> list[Field]:
        return [f for f in (self.value, self.unit, self.measured_at, self.low, self.high) if f is not None]

    def unit_value(self) -> str | None:
        return self.unit.value() if self.unit is not None else None

    def set_plausible_for(self, unit: str | None) -> None:
        """The plausible range of the declaration, converted into the unit chosen."""
        if self.item.plausible is None or not isinstance(self.value, NumberField):
            return
        low, high = self.item.plausible
        try:
            low, high = (convert_bound(self.analyte, v, self.item.units[0], unit) for v in (low, high))
        except UnitError:
            pass
        self.value.set_range(low, high, unit or "")


class LabsPage(FormPage):
    key = "labs"

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.forms = forms()
        self.rows: dict[str, LabRow] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        self.source = plain_label(text=self._source_text())  # quotes the site configuration's error
        self.source.setWordWrap(True)
        self.source.setObjectName("referenceSource")
        column.addWidget(self.source)
        panel = QHBoxLayout()
        self.panel_time = DateField(with_time=True)
        #: The panel's time as last shown or applied (the results that have it move with it).
        self.panel_shown: datetime | None = None
        caption = QLabel(self.tr("Blood sampled at (whole panel)"))
        caption.setBuddy(self.panel_time.input)
        self.panel_time.set_accessible(caption.text(), self.tr(
            "Every value entered without a time of its own takes this time; each row shows it and can differ."))
        self.panel_time.edited.connect(self._panel_time_edited)
        panel.addWidget(caption)
        panel.addWidget(self.panel_time, 1)
        column.addLayout(panel)
        for panel in self.forms.labs.panels:
            box = QGroupBox(form_text(panel.title))
            rows = QVBoxLayout(box)
            for item in panel.analytes:
                row = LabRow(self, item, rows)
                self.rows[row.analyte] = row
                self.fields[f"labs.{row.analyte}"] = row.value
            column.addWidget(box)
        # Enter moves down the panel: from the sampling time, or any field of a row, to the next value.
        self.enter_moves_on(self.panel_time, lambda: self.next_field(self.panel_time))
        for row in self.rows.values():
            for field in row.fields():
                self.enter_moves_on(field, lambda v=row.value: self.next_field(v))
        self.missing_label = plain_label()
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("labSummary")
        column.addWidget(self.missing_label)
        column.addStretch(1)
        self.set_scrolling_body(body)

    def _source_text(self) -> str:
        f = self.forms
        if f.site_error:
            return "⚠ " + self.tr("The site configuration could not be used, so the built-in reference ranges "
                                   "apply: %1").replace("%1", f.site_error)
        if f.site.reference_ranges:
            lab = f.site.laboratory or str(f.site_path)
            return self.tr("Reference ranges of %1 (site configuration %2); ranges not given there are the "
                           "built-in ones.").replace("%1", lab).replace("%2", str(f.site_path))
        return "⚠ " + form_text(f.labs.reference_status)

    # -- writing ------------------------------------------------------------------------------------
    def write(self, row: LabRow, changed: Field) -> None:
        """Record the row as shown (the session converts the range and fills the default one)."""
        if self.editor.case is None:
            return
        unit = row.unit_value()
        if changed is row.unit:
            row.set_plausible_for(unit)
        value = row.value.value()
        measured_at = row.measured_at.value()
        if measured_at is None and changed is row.value and value is not None and not row.measured_at.line.text():
            measured_at = self.panel_time.value()  # the panel's time, shown in the row from now on
        op = ops.record_lab(
            row.analyte,
            value=value if row.item.result == "number" else None,
            text=value if row.item.result == "text" else None,
            unit=unit, measured_at=measured_at,
            low=row.low.value() if row.low is not None else None,
            high=row.high.value() if row.high is not None else None,
            unit_changed=changed is row.unit, default_range=self._default_range)
        changes = self.editor.apply(op, key=f"lab.{row.analyte}.{id(changed)}")
        error = clinical(changes.error) if changes.error else None
        if error or changed.is_valid():
            changed.show_error(error)
        if changes.error:
            return  # refused (e.g. "16" while on the way from "1"): the text typed stays, with the reason
        result = ops.shown_result(self.editor.case, row.analyte) if self.editor.case is not None else None
        if row.low is not None and row.high is not None:
            row.low.set_value(result.reference_low if result else None)
            row.high.set_value(result.reference_high if result else None)
        if changed is row.value and result is not None and row.measured_at.is_valid():
            row.measured_at.set_value(result.measured_at)

    def _panel_time_edited(self, value: object) -> None:
        """The panel's time: every value without a time of its own, or with the panel's previous time,
        takes it. Emptying the field (e.g. to type another time) changes no value's time."""
        case = self.editor.case
        if case is None or not self.panel_time.is_valid():
            return  # still typing
        if not isinstance(value, datetime):  # emptied
            return
        previous, self.panel_shown = self.panel_shown, value
        changes = self.editor.apply(ops.set_sampling_time(value, previous), key="lab.panel_time")
        self.panel_time.show_error(clinical(changes.error) if changes.error else None)
        if changes.error:
            self.panel_shown = previous
        if changes.applied and self.editor.case is not None:
            for analyte, row in self.rows.items():
                result = ops.shown_result(self.editor.case, analyte)
                row.measured_at.set_value(result.measured_at if result else None)

    def _default_range(self, analyte: str, sex: Sex | None, unit: str) -> tuple[float | None, float | None] | None:
        found = self.forms.reference_range(analyte, sex, unit)
        return (found.low, found.high) if found is not None else None

    def refresh(self, case: Case) -> None:
        self.panel_shown = ops.panel_sampling_time(case)
        self.panel_time.set_value(self.panel_shown)
        for analyte, row in self.rows.items():
            result = ops.shown_result(case, analyte)
            if row.item.result == "text":
                row.value.set_value(result.text if result else None)
            else:
                row.value.set_value(result.value if result else None)
            if row.unit is not None:
                # The unit a value will be stored in is always visible (never an unseen default).
                unit = result.unit if result and result.unit is not None else self.forms.default_unit(analyte)
                row.unit.set_value(unit)
                row.set_plausible_for(unit)
            row.measured_at.set_value(result.measured_at if result else None)
            if row.low is not None and row.high is not None:
                row.low.set_value(result.reference_low if result else None)
                row.high.set_value(result.reference_high if result else None)

    def update_results(self, assessment: Assessment) -> None:
        case = self.editor.case
        labs = assessment.labs
        if case is None or labs is None:
            return
        indications = {i.analyte: i for i in labs.indications}
        for analyte, row in self.rows.items():
            judged = labs.values.get(analyte)
            text = ""
            if judged is not None:
                mark = {"high": "↑", "low": "↓"}.get(judged.flag or "", "✓" if judged.reference_high is not None
                                                     or judged.reference_low is not None else "?")
                text = f"{mark} {clinical(judged.flag_reason)}"
                if judged.note:
                    text += f" — {judged.note}"
            elif row.item.result == "number" and row.item.reference is not None and case.patient.sex is None \
                    and self.forms.reference_range(analyte, None, row.unit_value() or "") is None:
                text = self.tr("The reference range depends on the patient's sex: record it on page 1.")
            row.judgement.setText(text)
            row.judgement.setVisible(bool(text))
            if analyte in indications:
                row.trigger.setText(_indication_text(indications[analyte]))
        missing = page_missing(self.key, case, assessment)
        lines = [
            self.tr("Still missing: %1").replace("%1", "; ".join(missing)) if missing
            else self.tr("Minimum panel complete, each value with its time and reference range.")
        ]
        if labs.corrected_calcium is not None:
            lines.append(self.tr("Albumin-corrected calcium: %1 mmol/L (%2)").replace(
                "%1", clinical(labs.corrected_calcium)).replace("%2", labs.corrected_calcium_citation))
        for flag in labs.flags:
            mark = "‼" if flag.severity == "urgent" else "⚠"
            lines.append(f"{mark} {clinical(flag.text)} ({clinical(flag.reason)})")
        self.missing_label.setText("\n".join(lines))
        self.missing_label.setAccessibleName(self.missing_label.text())


def _indication_text(indication: LabIndication) -> str:
    head = {True: QCoreApplication.translate("LabsPage", "Indicated"), False: QCoreApplication.translate("LabsPage", "Not indicated"),
            None: QCoreApplication.translate("LabsPage", "Indication not yet known")}[indication.indicated]
    return f"{head}: {clinical(indication.reason)} ({indication.citation})"

