"""Page 1: patient, referral and history (Empfehlung 8; pathway.md §8.1–8.6).

The page is built from ``forms/history.yaml`` (:mod:`spinemet_desktop.present.forms`): each declared item
becomes a field bound to one case attribute, with its help text, what reads it, and — for the
items that have one — a derived hint under it (the radiosensitivity default of the primary, a
Karnofsky/ECOG mismatch). The red flags and the ambulatory status are shown, not entered here:
they come from the assessment (the ambulatory status is part of each neurological exam).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import FLAG_NAMES as LAB_FLAG_NAMES
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.clinical.scores import SPECS
from spinemet_desktop.clinical.scores.scales import kps_ecog_consistency
from spinemet_desktop.model import Case, PriorRadiotherapy
from spinemet_desktop.model.levels import SPINAL_LEVELS
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.missing import incomplete_courses, missing_items
from spinemet_desktop.present.forms.schema import Item
from spinemet_desktop.ui.editor import CaseEditor, FormPage
from spinemet_desktop.ui.labels import choices, clinical, tr
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.widgets import (
    BoolField,
    ChoiceField,
    DateField,
    Field,
    LongTextField,
    NumberField,
    TextField,
    form_row,
)

#: Captions longer than this (in the source language) are put above their field.
LONG_LABEL = 50


def form_text(text: str) -> str:
    """A label or help text of a form declaration in the UI's language (context "forms")."""
    return QCoreApplication.translate("forms", text) if text else text


class CoursesField(Field):
    """Previous courses of radiotherapy to the spine: level, total dose, fractions, date each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        box = QWidget()
        self.column = QVBoxLayout(box)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a &course"))
        self.add_button.setAccessibleName(self.tr("Add a previous course of radiotherapy"))
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        super().__init__(box, parent)
        self.setFocusProxy(self.add_button)
        self.input = self.add_button
        self.rows: list[dict[str, Any]] = []
        self.add_button.clicked.connect(self._add)
        self.description = self.tr("Each course with its levels, total dose, fractions and end date.")

    def _row(self) -> dict[str, Any]:
        levels = [(level, level) for level in SPINAL_LEVELS]
        n = len(self.rows) + 1
        row: dict[str, Any] = {
            "level_from": ChoiceField(levels), "level_to": ChoiceField(levels),
            "total_dose_gy": NumberField(0.1, 200, integer=False, unit="Gy"),
            "fractions": NumberField(1, 60), "completed_on": DateField(),
        }
        names = {"level_from": self.tr("Course %1: first level"), "level_to": self.tr("Course %1: last level"),
                 "total_dose_gy": self.tr("Course %1: total dose (Gy)"),
                 "fractions": self.tr("Course %1: fractions"), "completed_on": self.tr("Course %1: completed on")}
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        for key, field in row.items():
            field.set_accessible(names[key].replace("%1", str(n)))
            field.edited.connect(lambda _v: self.edited.emit(self.value()))
            line.addWidget(field, 1)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove course %1").replace("%1", str(n)))
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        line.addWidget(remove)
        row["holder"] = holder
        self.column.insertWidget(self.column.count() - 1, holder)
        self.rows.append(row)
        return row

    def _add(self) -> None:
        row = self._row()
        row["level_from"].setFocus()
        self.edited.emit(self.value())

    def _remove(self, row: dict[str, Any]) -> None:
        self.rows.remove(row)
        row["holder"].deleteLater()
        self.add_button.setFocus()
        self.edited.emit(self.value())

    def value(self) -> list[PriorRadiotherapy]:
        return [PriorRadiotherapy(**{key: row[key].value() for key in PriorRadiotherapy.model_fields})
                for row in self.rows]

    def is_valid(self) -> bool:
        return all(row[key].is_valid() for row in self.rows for key in PriorRadiotherapy.model_fields)

    def set_value(self, value: Any) -> None:
        courses: list[PriorRadiotherapy] = list(value or [])
        while len(self.rows) > len(courses):
            row = self.rows.pop()
            row["holder"].deleteLater()
        while len(self.rows) < len(courses):
            self._row()
        for row, course in zip(self.rows, courses, strict=True):
            for key in PriorRadiotherapy.model_fields:
                row[key].set_value(getattr(course, key))


def _widget(item: Item) -> Field:
    kind = item.kind
    if kind == "text":
        return TextField()
    if kind == "longtext":
        return LongTextField()
    if kind in ("integer", "decimal"):
        assert item.min is not None and item.max is not None  # the schema requires them
        return NumberField(item.min, item.max, integer=kind == "integer", unit=item.unit, step=item.step)
    if kind == "choice":
        return ChoiceField(choices(item.choices or ""))
    if kind == "yesno":
        return BoolField()
    if kind in ("date", "datetime"):
        return DateField(with_time=kind == "datetime")
    if kind == "courses":
        return CoursesField()
    raise ValueError(f"no widget for {kind}")  # pragma: no cover - the schema lists every kind


def _target(path: str) -> tuple[Callable[[Case], object], str]:
    """The object a dotted case path is an attribute of, and the attribute."""
    *parents, attr = path.split(".")

    def target(case: Case) -> object:
        obj: object = case
        for part in parents:
            obj = getattr(obj, part)
        return obj

    return target, attr


def used_by_text(used_by: tuple[str, ...]) -> str:
    """What reads an item, in the clinician's words ("Used by: NESMS; pathway: primary tumour")."""
    names = []
    for user in used_by:
        kind, _, name = user.partition(":")
        if kind == "pathway":
            names.append(QCoreApplication.translate("PatientHistoryPage", "pathway (%1)").replace(
                "%1", clinical(FACT_LABELS.get(name, name))))
        elif kind == "labs":
            triggered = {item.trigger: item.analyte.value for item in forms().labs.analytes() if item.trigger}
            what = (QCoreApplication.translate("PatientHistoryPage", "whether %1 is indicated").replace(
                "%1", dict(choices("lab"))[triggered[name]]) if name in triggered else clinical(LAB_FLAG_NAMES[name]))
            names.append(QCoreApplication.translate("PatientHistoryPage", "laboratory (%1)").replace("%1", what))
        elif user == "red_flags":
            names.append(QCoreApplication.translate("PatientHistoryPage", "red flags"))
        else:
            spec = SPECS.get(user)
            names.append(clinical(spec.name) if spec is not None else user.upper())
    return QCoreApplication.translate("PatientHistoryPage", "Used by: %1.").replace("%1", "; ".join(names))


class PatientHistoryPage(FormPage):
    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self.title = page_title(0)
        self.form = forms().history
        self.fields: dict[str, Field] = {}
        self.notes: dict[str, QLabel] = {}
        self.displays: dict[str, QLabel] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for group in self.form.groups:
            box = QGroupBox(form_text(group.title))
            outer = QVBoxLayout(box)
            if group.help:
                intro = QLabel(form_text(group.help))
                intro.setWordWrap(True)
                outer.addWidget(intro)
            form = None
            for item in group.items:
                if form is None:
                    form = QFormLayout()
                    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                    outer.addLayout(form)
                if self._add(form, outer, item):
                    # A form row does not grow with a wrapped label's lines: a hint or display
                    # goes below the form, and the group's next items start a new form.
                    form = None
            column.addWidget(box)
        column.addStretch(1)
        self.set_scrolling_body(body)

    def _add(self, form: QFormLayout, outer: QVBoxLayout, item: Item) -> bool:
        """Add an item; True if something was put below the form (a hint or a display)."""
        label = form_text(item.label)
        if item.kind == "show":
            caption = QLabel(label)
            display = QLabel()
            display.setWordWrap(True)
            display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            display.setAccessibleName(label)
            outer.addWidget(caption)
            outer.addWidget(display)
            self.displays[item.field] = display
            return True
        field = _widget(item)
        parts = [form_text(item.help)] if item.help else []
        if item.used_by:
            parts.append(used_by_text(item.used_by))
        description = " ".join(parts)
        accessible = " ".join(p for p in (field.description, description) if p)
        below = len(label) > LONG_LABEL
        if below:
            # Too long for a form row in some languages: the caption wraps above the field, both
            # below the form (a form row does not grow with a wrapped caption's lines).
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(field.input)
            outer.addWidget(caption)
            outer.addWidget(field)
            field.set_accessible(label, accessible)
        else:
            form_row(form, label, field, accessible)
        if description:
            field.input.setToolTip(description)
        target, attr = _target(item.field)
        self.bind(field, target, attr, item.field)
        self.fields[item.field] = field
        if item.note is None:
            return below
        note = QLabel()
        note.setWordWrap(True)
        note.setObjectName("fieldNote")
        note.hide()
        outer.addWidget(note)
        self.notes[f"{item.note}:{item.field}"] = note
        return True

    # -- derived hints and displays ----------------------------------------------------------------
    def update_results(self, assessment: Assessment) -> None:
        case = self.editor.case
        if case is None:
            return
        h = case.history
        mismatch = kps_ecog_consistency(h.karnofsky, h.ecog)
        radio = assessment.pathway.provenance.get("radiosensitivity") if assessment.pathway else None
        for key, note in self.notes.items():
            name = key.split(":", 1)[0]
            text = ""
            if name == "kps_ecog_consistency" and mismatch:
                text = "⚠ " + clinical(mismatch)
            elif name == "prognosis_scores":
                text = self._prognosis_note(assessment)
            elif name == "radiosensitivity_default" and radio is not None and h.radiosensitivity_override is None:
                if radio.value is not None:
                    text = self.tr("Default from the primary: %1 (%2). Choose an answer above only to override it.") \
                        .replace("%1", dict(choices("radiosensitivity")).get(radio.value, str(radio.value))).replace("%2", clinical(radio.derivation))
                else:
                    text = self.tr("No default yet: %1").replace("%1", clinical(radio.derivation))
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

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        return ([form_text(item.label) for item in missing_items(self.form, case)]
                + [clinical(text) for text in incomplete_courses(case)])


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
