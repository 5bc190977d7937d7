"""What every wizard page shares: :class:`Page`, and :class:`FormPage`, which builds its fields from
the form declarations (``forms/*.yaml`` via :mod:`spinemet_desktop.present.forms`) and binds each
to the field address it writes.

A bound field writes through the case session (:func:`spinemet_desktop.session.ops.set_field`) and
reads back with :func:`spinemet_desktop.session.ops.read`; ``neuro.*`` and ``imaging.lesion.*``
fields are those of the examination and the lesion the page shows (:meth:`FormPage.context`).
Pages know the editor only through :class:`PageHost`, so the editor may import the pages and not
the other way round.
"""

from __future__ import annotations

from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import FLAG_NAMES as LAB_FLAG_NAMES
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.clinical.scores import SPECS
from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.present.fields import field_label
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.schema import Group, Item
from spinemet_desktop.session import Changes, Op, ops
from spinemet_desktop.store import Store
from spinemet_desktop.ui.labels import choices, clinical, ui_renderer
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.plain import tooltip
from spinemet_desktop.ui.widgets import (
    BoolField,
    ChoiceField,
    CoursesField,
    DateField,
    Field,
    LongTextField,
    NumberField,
    TextField,
    form_row,
)

#: Captions longer than this (in the language shown) are put above their field.
LONG_LABEL = 50


class PageHost(Protocol):
    """What a page uses of the case editor (:class:`spinemet_desktop.ui.editor.CaseEditor`)."""

    store: Store

    @property
    def case(self) -> Case | None: ...

    @property
    def assessment(self) -> Assessment | None: ...

    def apply(self, op: Op, key: str | None = None) -> Changes: ...

    def ensure_saved(self) -> bool: ...

    def go_to_field(self, address: str | None) -> None: ...


def form_text(text: str) -> str:
    """A label or help text of a form declaration in the UI's language (context "forms")."""
    return QCoreApplication.translate("forms", text) if text else text


def field_widget(item: Item) -> Field:
    """The entry widget for a declared item."""
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


class DisagreementBanner(QLabel):
    """Shown at the top of the history and the examination pages while the two contradict each
    other (clinical.conflicts), with links to both fields; hidden otherwise."""

    def __init__(self, host: PageHost) -> None:
        super().__init__()
        self.setObjectName("disagreements")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStyleSheet("border: 2px solid #b00020; padding: 4px;")
        self.linkActivated.connect(host.go_to_field)
        self.hide()

    def show_for(self, assessment: Assessment) -> None:
        html = disagreements_html(assessment)
        self.setText(html)
        self.setAccessibleName(QCoreApplication.translate("Page", "History and examination disagree"))
        self.setAccessibleDescription(" ".join(clinical(d.text) for d in assessment.disagreements))
        self.setVisible(bool(html))


def disagreements_html(assessment: Assessment) -> str:
    """Each contradiction between history and examination, with links to both fields (escaped)."""
    r = ui_renderer()
    out = []
    for d in assessment.disagreements:
        links = " · ".join(f"<a href='{escape(field)}'>{escape(field_label(field, r))}</a>"
                           for field in (d.history_field, d.exam_field))
        out.append(f"⚠ {escape(clinical(d.text))} ({links})")
    return "<br>".join(out)


class Page(QWidget):
    """A wizard page. Subclasses build their form and implement refresh/update_results/missing."""

    #: The page's key in :data:`spinemet_desktop.ui.pages.PAGES`.
    key = ""

    def __init__(self, editor: PageHost) -> None:
        super().__init__()
        self.editor = editor
        self.title = page_title(self.key)
        #: The scroll area around the page's form, if it has one.
        self.scroll: QScrollArea | None = None

    def set_scrolling_body(self, body: QWidget) -> None:
        """Put the page's form into a scroll area (small screens, 200 % text)."""
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.title)
        scroll.setAccessibleDescription(QCoreApplication.translate(
            "Page", "The form of this page; Tab moves through its fields."))
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def reset(self) -> None:
        """Forget everything the page showed of the previous case (called before another case is
        shown): the page starts at its top, with nothing selected from that case."""
        if self.scroll is not None:
            self.scroll.verticalScrollBar().setValue(0)
            self.scroll.horizontalScrollBar().setValue(0)

    def refresh(self, case: Case) -> None:
        """Show the case (called when a case is opened or changed elsewhere)."""

    def update_results(self, assessment: Assessment) -> None:
        """Show computed results that belong on this page."""

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        """What is still missing on this page (empty = complete)."""
        return []

    def focus_field(self, address: FieldAddress) -> bool:
        """Put the keyboard focus on the field at an address; False if the page has none."""
        return False


class FormPage(Page):
    """A page of bound fields, each writing the case field at its address."""

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        #: Every bound field by its address (spec key: "imaging.lesion.*.escc", "neuro.isncsci.vac").
        self.fields: dict[str, Field] = {}
        #: Hints under fields, by "note name:address" (the page fills them from the assessment).
        self.notes: dict[str, QLabel] = {}
        #: Derived displays (kind "show") by address.
        self.displays: dict[str, QLabel] = {}
        #: Items that apply only after a "yes" (``applies_if``): (address, the yes/no field's address,
        #: and what to hide: the form and the field of its row, or the caption above it and the field).
        self.conditional: list[tuple[str, str, QFormLayout | None, list[QWidget]]] = []

    # -- the part of the case the page shows ------------------------------------------------------
    def context(self) -> dict[str, str | None]:
        """The examination and lesion that ``neuro.*`` and ``imaging.lesion.*`` fields edit."""
        return {}

    def shown(self, case: Case) -> tuple[NeuroExam | None, Lesion | None]:
        """The examination and lesion the fields show (None: empty fields)."""
        return None, None

    def edited(self, changes: Changes) -> None:
        """Called after a field of the page was written (e.g. to adopt a newly started exam)."""

    # -- building ---------------------------------------------------------------------------------
    def add_group(self, column: QVBoxLayout, group: Group) -> QVBoxLayout:
        """A group box with the group's help and items; returns the box's layout."""
        box = QGroupBox(form_text(group.title))
        outer = QVBoxLayout(box)
        if group.help:
            intro = QLabel(form_text(group.help))
            intro.setWordWrap(True)
            outer.addWidget(intro)
        self.add_items(outer, group.items)
        column.addWidget(box)
        return outer

    def add_items(self, outer: QVBoxLayout, items: tuple[Item, ...]) -> None:
        form: QFormLayout | None = None
        for item in items:
            if form is None:
                form = QFormLayout()
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                outer.addLayout(form)
            if self._add(form, outer, item):
                # A form row does not grow with a wrapped label's lines: a hint or display goes
                # below the form, and the next items start a new form.
                form = None

    def _add(self, form: QFormLayout, outer: QVBoxLayout, item: Item) -> bool:
        """Add an item; True if something was put below the form (a hint, a display, a long caption)."""
        label = form_text(item.label)
        if item.kind == "show":
            caption = QLabel(label)
            display = QLabel()
            display.setWordWrap(True)
            display.setTextFormat(Qt.TextFormat.PlainText)
            display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            display.setAccessibleName(label)
            outer.addWidget(caption)
            outer.addWidget(display)
            self.displays[item.field] = display
            return True
        field = field_widget(item)
        parts = [form_text(item.help)] if item.help else []
        if item.used_by:
            parts.append(used_by_text(item.used_by))
        description = " ".join(parts)
        accessible = " ".join(p for p in (field.description, description) if p)
        below = len(label) > LONG_LABEL
        if below:
            # Too long for a form row in some languages: the caption wraps above the field.
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(field.input)
            outer.addWidget(caption)
            outer.addWidget(field)
            field.set_accessible(label, accessible)
        else:
            form_row(form, label, field, accessible)
        if item.applies_if is not None:
            self.conditional.append((item.field, item.applies_if, None, [caption, field]) if below
                                    else (item.field, item.applies_if, form, [field]))
        if description:
            field.input.setToolTip(tooltip(description))
        self.bind(field, item.field)
        if item.note is None:
            return below
        note = QLabel()
        note.setTextFormat(Qt.TextFormat.PlainText)  # derivations quote the case
        note.setWordWrap(True)
        note.setObjectName("fieldNote")
        note.hide()
        outer.addWidget(note)
        self.notes[f"{item.note}:{item.field}"] = note
        return True

    def bind(self, field: Field, address: str) -> None:
        """Let a field write the case field at an address."""
        self.fields[address] = field

        def write(value: object) -> None:
            context = self.context()
            key = ":".join([address, *(v or "" for v in context.values())])
            changes = self.editor.apply(ops.set_field(address, value, **context), key=key)
            error = clinical(changes.error) if changes.error else None
            if error or field.is_valid():
                field.show_error(error)
            self.edited(changes)

        field.edited.connect(write)

    def refresh(self, case: Case) -> None:
        exam, lesion = self.shown(case)
        for address, field in self.fields.items():
            field.set_value(ops.read(case, address, exam=exam, lesion=lesion))
        self.show_applicable(case)

    def show_applicable(self, case: Case) -> None:
        """Hide the items that do not apply: after a "no", while they are empty (an entered value
        always stays in view)."""
        exam, lesion = self.shown(case)
        for address, condition, form, widgets in self.conditional:
            own = ops.read(case, address, exam=exam, lesion=lesion)
            applies = ops.read(case, condition, exam=exam, lesion=lesion) is not False or own not in (None, "")
            for widget in widgets:
                if form is not None:
                    form.setRowVisible(widget, applies)
                else:
                    widget.setVisible(applies)

    def focus_field(self, address: FieldAddress) -> bool:
        field = self.fields.get(address.spec_key)
        if field is None:
            return False
        field.setFocus()
        self.reveal(field)
        return True

    def reveal(self, widget: QWidget, part: QRect | None = None) -> None:
        """Scroll the page so that a widget, or a part of it (a worksheet cell), is in view with
        room for its caption around it."""
        body = self.scroll.widget() if self.scroll is not None else None
        if self.scroll is None or body is None:
            return
        if body.layout() is not None:
            body.layout().activate()  # a page just shown: place its fields before measuring
        area = part if part is not None else widget.rect()
        centre = widget.mapTo(body, area.center())
        self.scroll.ensureVisible(centre.x(), centre.y(), area.width() // 2 + 40, area.height() // 2 + 60)
