"""What every wizard page shares: :class:`Page`, and :class:`FormPage`, which builds its fields from
the form declarations (``forms/*.yaml`` via :mod:`spinemet_desktop.present.forms`) and binds each
to the field address it writes.

A bound field writes through the case session (:func:`spinemet_desktop.session.ops.set_field`) and
reads back with :func:`spinemet_desktop.session.ops.read`; ``neuro.*`` and ``imaging.lesion.*``
fields are those of the examination and the lesion the page shows (:meth:`FormPage.context`).
Pages know the editor only through :class:`PageHost`, so the editor may import the pages and not
the other way round.

What the declarations say beyond the items is built here too, for every page alike: an item with a
condition (``applies_if``) is shown only while it applies
(:func:`spinemet_desktop.present.forms.missing.applies`: never hidden while it holds a value); a
``collapsible`` group can be folded away and says whether it is complete; a group's ``all_no``
shortcut answers each of its open yes/no questions (or those it names) with "no", every field
explicitly, as one operation (one undo step), and is offered only while none of them is "yes"; a ``heading`` starts a new part of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import FLAG_NAMES as LAB_FLAG_NAMES
from spinemet_desktop.clinical.pathway.facts import FACT_LABELS
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.clinical.scores import SPECS
from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.present.fields import field_label
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.missing import applies, required_open
from spinemet_desktop.present.forms.schema import Group, Item
from spinemet_desktop.session import Changes, Op, ops
from spinemet_desktop.store import Store
from spinemet_desktop.ui.labels import choices, clinical, ui_renderer
from spinemet_desktop.ui.pages import page_title
from spinemet_desktop.ui.plain import plain_label, tooltip
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
#: Hints that show the default a field takes until it is answered (clinical/derive.py): the field
#: they belong to, and its answer vocabulary.
DEFAULT_NOTES = {"radiosensitivity_default": "radiosensitivity", "tomita_growth_default": "tomita_growth",
                 "sins_pain_default": "sins_pain"}


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


@dataclass
class _Row:
    """A built item: its declaration and the widgets that show or hide it."""

    item: Item
    widgets: tuple[QWidget, ...] = ()
    form: QFormLayout | None = None
    field: QWidget | None = None

    def set_visible(self, visible: bool) -> None:
        if self.form is not None and self.field is not None:
            self.form.setRowVisible(self.field, visible)
        for widget in self.widgets:
            widget.setVisible(visible)


class _Header(QLabel):
    """The title line of a :class:`Section`: wraps (long titles, large text), and a click folds."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class Section(QFrame):
    """A group that can be folded away: an arrow button (Space or Enter folds and unfolds), its title
    and state beside it (wrapped, so that a long title never widens the page), and its body."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toggle.setStyleSheet("QToolButton { border: none; }")
        self.toggle.toggled.connect(self._show)
        self.header = _Header()
        plain_label(self.header)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold;")
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.header.clicked.connect(self.toggle.toggle)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.header, 1)
        self.body = QWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self.state = ""
        self._show(True)

    def set_state(self, state: str) -> None:
        """What the header says after the title (e.g. "complete", "2 answers missing")."""
        self.state = state
        self._show(self.toggle.isChecked())

    def expand(self) -> None:
        self.toggle.setChecked(True)

    def _show(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.header.setText(f"{self.title} — {self.state}" if self.state else self.title)
        self.toggle.setAccessibleName(self.title)
        folded = QCoreApplication.translate("Page", "expanded; Space folds it away") if expanded else \
            QCoreApplication.translate("Page", "folded away; Space shows it")
        self.toggle.setAccessibleDescription(f"{self.state}. {folded}" if self.state else folded)


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


def _field_link(field: str, label: str) -> str:
    return f"<a href='{escape(field)}'>{label}</a>"


def disagreements_html(assessment: Assessment, link: Callable[[str, str], str] = _field_link) -> str:
    """Each contradiction between history and examination, with links to both fields (escaped).
    ``link(field address, escaped label)`` makes a link's markup."""
    r = ui_renderer()
    out = []
    for d in assessment.disagreements:
        links = " · ".join(link(field, escape(field_label(field, r))) for field in (d.history_field, d.exam_field))
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

    def focus_field(self, address: FieldAddress) -> bool:
        """Put the keyboard focus on the field at an address; False if the page has none."""
        return False


class FormPage(Page):
    """A page of bound fields, each writing the case field at its address."""

    #: Captions longer than this are put above their field (a page in narrow columns puts more there).
    long_label = LONG_LABEL

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        #: Every bound field by its address (spec key: "imaging.lesion.*.escc", "neuro.isncsci.vac").
        self.fields: dict[str, Field] = {}
        #: Hints under fields, by "note name:address" (the page fills them from the assessment).
        self.notes: dict[str, QLabel] = {}
        #: Derived displays (kind "show") by address.
        self.displays: dict[str, QLabel] = {}
        #: Every built item by address (to show or hide it as its condition says).
        self.items_built: dict[str, _Row] = {}
        #: The foldable groups, and the section that holds each field.
        self.sections: list[tuple[Section, Group]] = []
        self.section_of: dict[str, Section] = {}
        #: The "all no" shortcut of each group that has one.
        self.shortcuts: list[tuple[QPushButton, Group]] = []
        #: Where Enter moves from each line of the page (see :meth:`enter_moves_on`).
        self.enter_targets: dict[QWidget, Callable[[], Field | None]] = {}

    # -- the part of the case the page shows ------------------------------------------------------
    def context(self) -> dict[str, str | None]:
        """The examination and lesion that ``neuro.*`` and ``imaging.lesion.*`` fields edit."""
        return {}

    def shown(self, case: Case) -> tuple[NeuroExam | None, Lesion | None]:
        """The examination and lesion the fields show (None: empty fields)."""
        return None, None

    def edited(self, changes: Changes) -> None:
        """Called after a field of the page was written (e.g. to adopt a newly started exam)."""

    def operation(self, address: str, value: object) -> Op:
        """The operation that writes a field of the page."""
        return ops.set_field(address, value, **self.context())

    # -- building ---------------------------------------------------------------------------------
    def add_group(self, column: QVBoxLayout, group: Group) -> QVBoxLayout:
        """A group box (or a foldable section) with the group's help, items and shortcut; returns the
        layout of its body."""
        if group.heading:
            heading = plain_label(text=form_text(group.heading))
            heading.setObjectName("formHeading")
            heading.setStyleSheet("font-weight: bold; font-size: 120%; margin-top: 6px;")
            heading.setWordWrap(True)
            column.addWidget(heading)
        if group.collapsible:
            section = Section(form_text(group.title))
            outer = QVBoxLayout(section.body)
            outer.setContentsMargins(0, 0, 0, 0)
            self.sections.append((section, group))
            for item in group.items:
                self.section_of[item.field] = section
            box: QWidget = section
        else:
            box = QGroupBox(form_text(group.title))
            outer = QVBoxLayout(box)
        if group.help:
            intro = plain_label(text=form_text(group.help))
            intro.setWordWrap(True)
            outer.addWidget(intro)
        if group.all_no:
            # Above the questions, where Tab reaches it first: "none of these", then on to the next group.
            shortcut = QPushButton(form_text(group.all_no))
            shortcut.setToolTip(QCoreApplication.translate(
                "Page", "Answers each open yes/no question of this group with No — each one is recorded; "
                        "Undo takes them back. The keyboard focus then moves on to the next group"))
            shortcut.setAccessibleDescription(shortcut.toolTip())
            shortcut.clicked.connect(lambda _checked=False, g=group: self.answer_no(g))
            outer.addWidget(shortcut, 0, Qt.AlignmentFlag.AlignLeft)
            self.shortcuts.append((shortcut, group))
        self.add_items(outer, group.items)
        column.addWidget(box)
        return outer

    def _open_questions(self, group: Group, case: Case) -> list[str]:
        """The questions the group's shortcut would answer "no": those it names that apply and are not
        answered yet — none while one of them is answered "yes" (the shortcut's label would be untrue)."""
        exam, lesion = self.shown(case)
        named = set(group.shortcut_fields())
        items = [item for item in group.items if item.field in named and item.field in self.fields]
        answers = {item.field: ops.read(case, item.field, exam=exam, lesion=lesion) for item in items}
        if any(value is True for value in answers.values()):
            return []
        return [item.field for item in items if applies(item, case) and answers[item.field] is None]

    def answer_no(self, group: Group) -> None:
        """The group's shortcut: each open yes/no question answered "no", explicitly, in one step."""
        case = self.editor.case
        if case is None:
            return
        fields = self._open_questions(group, case)
        if not fields:
            return
        button = next((b for b, g in self.shortcuts if g is group), None)
        pressed = button is not None and button.hasFocus()
        changes = self.editor.apply(ops.set_fields([(f, False) for f in fields], **self.context()))
        self.edited(changes)
        if self.editor.case is not None:
            self.refresh(self.editor.case)
        last = [self.fields[item.field] for item in group.items if item.field in self.fields]
        following = self.next_field(last[-1]) if pressed and last else None
        if following is not None:  # answered from the keyboard: on to the next group's first field
            following.setFocus(Qt.FocusReason.TabFocusReason)

    def show_defaults(self, assessment: Assessment) -> None:
        """The hints under fields that have a derived default: the default and where it comes from while
        the field is not answered (never silent: the score or rule uses it), or why there is none."""
        case = self.editor.case
        if case is None:
            return
        _exam, lesion = self.shown(case)
        for key, note in self.notes.items():
            name, _, address = key.partition(":")
            if name not in DEFAULT_NOTES:
                continue
            derived = self._derived(name, case, lesion, assessment)
            text = ""
            if derived is not None and ops.read(case, address, lesion=lesion) is None:
                value, source, derivation = derived
                if value is not None and source is Source.DERIVED:
                    answer = dict(choices(DEFAULT_NOTES[name])).get(value, str(value))
                    text = QCoreApplication.translate("Page", "Default: %1 (%2). Choose an answer above only to "
                                                              "override it.").replace("%1", answer).replace(
                        "%2", clinical(derivation))
                elif value is None and derivation:
                    text = QCoreApplication.translate("Page", "No default yet: %1").replace("%1", clinical(derivation))
            note.setText(text)
            note.setAccessibleName(text)
            note.setVisible(bool(text))

    @staticmethod
    def _derived(name: str, case: Case, lesion: Lesion | None,
                 assessment: Assessment) -> tuple[object, Source, str | None] | None:
        """The value the field's default gives, its source and derivation."""
        if name == "radiosensitivity_default":
            given = assessment.pathway.provenance.get("radiosensitivity") if assessment.pathway else None
            return (given.value, given.source, given.derivation) if given is not None else None
        if name == "tomita_growth_default":
            items = assessment.scores["tomita"].items
        else:
            la = next((x for x in assessment.lesions if lesion is not None and x.lesion.id == lesion.id), None)
            if la is None:
                return None
            items = la.sins.items
        item = next(i for i in items if i.id == ("growth" if name == "tomita_growth_default" else "pain"))
        return item.value, item.source, item.derivation

    def update_conditions(self, case: Case) -> None:
        """Show the items that apply, say how complete each foldable group is, and offer a shortcut
        only while it has something to answer (conditions name fields of the case, not of a lesion or an
        examination: the declarations are checked for it)."""
        for row in self.items_built.values():
            if row.item.condition is not None:
                row.set_visible(applies(row.item, case))
        for section, group in self.sections:
            missing = [item for item in group.items if item.field in self.fields and required_open(item, case)]
            section.set_state(QCoreApplication.translate("Page", "complete") if not missing else
                              QCoreApplication.translate("Page", "%1 required answers missing").replace(
                                  "%1", str(len(missing))))
        for button, group in self.shortcuts:
            button.setEnabled(bool(self._open_questions(group, case)))

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
            caption = plain_label(text=label)
            display = QLabel()
            display.setWordWrap(True)
            display.setTextFormat(Qt.TextFormat.PlainText)
            display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            display.setAccessibleName(label)
            outer.addWidget(caption)
            outer.addWidget(display)
            self.displays[item.field] = display
            self.items_built[item.field] = _Row(item, (caption, display))
            return True
        field = field_widget(item)
        parts = [form_text(item.help)] if item.help else []
        if item.used_by:
            parts.append(used_by_text(item.used_by))
        description = " ".join(parts)
        accessible = " ".join(p for p in (field.description, description) if p)
        below = len(label) > self.long_label
        if below:
            # Too long for a form row in some languages: the caption wraps above the field.
            caption = plain_label(text=label)
            caption.setWordWrap(True)
            caption.setBuddy(field.input)
            outer.addWidget(caption)
            outer.addWidget(field)
            field.set_accessible(label, accessible)
            self.items_built[item.field] = _Row(item, (caption, field))
        else:
            form_row(form, label, field, accessible)
            self.items_built[item.field] = _Row(item, form=form, field=field)
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
            changes = self.editor.apply(self.operation(address, value), key=key)
            error = clinical(changes.error) if changes.error else None
            if error or field.is_valid():
                field.show_error(error)
            self.edited(changes)
            if changes.applied and self.editor.case is not None:
                self.update_conditions(self.editor.case)

        field.edited.connect(write)
        self.enter_moves_on(field, lambda f=field: self.next_field(f))

    def enter_moves_on(self, field: Field, to: Callable[[], Field | None]) -> None:
        """Enter in a field typed as a line (text, number, date) moves to the field ``to`` names, as a
        ward doctor expects of a form: no need to Tab over buttons and hints in between."""
        if isinstance(field.input, QLineEdit):
            self.enter_targets[field.input] = to

            def move() -> None:
                target = to()
                if target is not None:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
            field.input.returnPressed.connect(move)

    def next_field(self, field: Field) -> Field | None:
        """The page's next field after ``field`` that can be typed into now (shown and enabled); after a
        field that is not one of the page's own (e.g. the labs' sampling time above the rows), the first."""
        order = list(self.fields.values())
        after = order[order.index(field) + 1:] if field in order else order
        found = next((f for f in after if f.isVisibleTo(self) and f.input.isEnabled()), None)
        if found is not None:
            self.reveal(found)
        return found

    def refresh(self, case: Case) -> None:
        exam, lesion = self.shown(case)
        for address, field in self.fields.items():
            field.set_value(ops.read(case, address, exam=exam, lesion=lesion))
        self.update_conditions(case)

    def focus_field(self, address: FieldAddress) -> bool:
        """Focus a field; one that does not apply yet (its condition is not met) is reached through the
        question it depends on, which is focused instead."""
        key = address.spec_key
        row = self.items_built.get(key)
        case = self.editor.case
        if row is not None and row.item.condition is not None and case is not None and not applies(row.item, case):
            return self.focus_field(FieldAddress.parse(row.item.condition[0]))
        field = self.fields.get(key)
        if field is None:
            return False
        section = self.section_of.get(key)
        if section is not None:
            section.expand()
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
