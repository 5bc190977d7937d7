"""Field widgets that keep "not assessed" (None) explicit and show errors next to the field.

Each field has ``value()`` / ``set_value()`` and emits ``edited(value)`` when the user changes it
(never when the program sets it, so model -> widget updates cause no feedback loop).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.model import PriorRadiotherapy, dates
from spinemet_desktop.model.levels import SPINAL_LEVELS

NOT_ASSESSED = QT_TRANSLATE_NOOP("ChoiceField", "— not assessed —")


class ComboBox(QComboBox):
    """A combo box that the mouse wheel changes only while it has the keyboard focus.

    Scrolling a long page with the pointer over an answer must scroll the page, never change the
    answer: without the focus the wheel turns the page's scroll area instead. The wheel does not
    give it the focus either (a click or Tab does).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            scroll_instead(self, event)


def scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Give a wheel event to the scroll area around a widget (the page), as if the pointer were
    over the page itself. Handed on explicitly: Qt passes an ignored wheel event to the parent
    only when it came from the window system."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        viewport = parent.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        QCoreApplication.sendEvent(viewport, QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
            event.modifiers(), event.phase(), event.inverted(), event.source()))
    event.accept()


class Field(QWidget):
    edited = Signal(object)

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # the model's words may quote a value
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)
        #: The widget that takes the keyboard focus (and that a screen reader announces).
        self.input: QWidget = editor
        #: What the field expects, read out after its name (the error first, while there is one).
        self.description = ""
        self._error: str | None = None

    def show_error(self, text: str | None) -> None:
        """Show a validation message under the field ("Error: ..." so it is not colour alone)."""
        self._error = text or None
        if text:
            self.error.setText(QCoreApplication.translate("Field", "Error: %1").replace("%1", text))
            self.error.show()
        else:
            self.error.hide()
        self._describe()

    def set_accessible(self, name: str, description: str = "") -> None:
        self.input.setAccessibleName(name)
        if description:
            self.description = description
        self._describe()

    def _describe(self) -> None:
        parts = [QCoreApplication.translate("Field", "Error: %1").replace("%1", self._error)] if self._error else []
        self.input.setAccessibleDescription(" ".join([*parts, self.description]).strip())

    def is_valid(self) -> bool:
        """False while the text typed cannot be read (the case then holds None, not a guess)."""
        return True

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ChoiceField(Field):
    """A combo box whose first entry is "not assessed" (None)."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        combo = ComboBox()
        super().__init__(combo, parent)
        self.combo = combo
        # The class's own context, also in a subclass (self.tr would look in the subclass's context,
        # where the catalogue has no entry, and show nothing in German).
        combo.addItem(QCoreApplication.translate("ChoiceField", NOT_ASSESSED), None)
        for value, label in choices:
            combo.addItem(label, value)
        # The box may be narrower than its longest answer (small screens, long German answers);
        # the open list is always wide enough to show every answer in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.activated.connect(lambda _i: self.edited.emit(self.value()))
        self.description = QCoreApplication.translate("ChoiceField",
                                                      "Choose one answer; the first entry leaves it not assessed.")

    def value(self) -> Any:
        return self.combo.currentData()

    def offer_only(self, values: set[Any] | frozenset[Any] | None) -> None:
        """Make only these answers choosable (None: all); the current answer always stays choosable."""
        model = self.combo.model()
        current = self.value()
        for i in range(1, self.combo.count()):
            data = self.combo.itemData(i)
            key = data.value if isinstance(data, Enum) else data
            item = model.item(i)  # type: ignore[attr-defined]
            if item is not None:
                item.setEnabled(values is None or key in values or data == current)

    def set_value(self, value: Any) -> None:
        if isinstance(value, Enum):
            value = value.value
        for i in range(self.combo.count()):
            data = self.combo.itemData(i)
            if data == value or (isinstance(data, Enum) and data.value == value):
                self.combo.setCurrentIndex(i)
                return
        self.combo.setCurrentIndex(0)


class BoolField(ChoiceField):
    def __init__(self, yes: str | None = None, no: str | None = None, parent: QWidget | None = None) -> None:
        yes = yes or QCoreApplication.translate("BoolField", "Yes")
        no = no or QCoreApplication.translate("BoolField", "No")
        super().__init__([(True, yes), (False, no)], parent)


class TextField(Field):
    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        line = QLineEdit()
        super().__init__(line, parent)
        self.line = line
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda _t: self.edited.emit(self.value()))
        self.description = self.tr("Free text; empty means not recorded.")

    def value(self) -> str | None:
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        if (value or "") != self.line.text().strip():
            self.line.setText("" if value is None else str(value))


class LongTextField(Field):
    """Several lines of free text (Tab leaves the box; Enter starts a new line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(box, parent)
        self.box = box
        box.textChanged.connect(self._changed)
        self._setting = False
        self.description = self.tr("Free text over several lines; empty means not recorded.")

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit(self.value())

    def value(self) -> str | None:
        text = self.box.toPlainText().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        if (value or "") != self.box.toPlainText().strip():
            self._setting = True
            try:
                self.box.setPlainText("" if value is None else str(value))
            finally:
                self._setting = False


class NumberField(Field):
    """A number typed as text: blank = not assessed; intermediate input is allowed while typing."""

    def __init__(self, minimum: float, maximum: float, integer: bool = True, unit: str = "",
                 step: float | None = None, parent: QWidget | None = None) -> None:
        line = QLineEdit()
        super().__init__(line, parent)
        self.line = line
        self.integer, self.step = integer, step
        self._show_range(minimum, maximum, unit)
        line.textEdited.connect(self._changed)

    def set_range(self, minimum: float, maximum: float, unit: str = "") -> None:
        """Change the plausible range (e.g. when the unit changes) and check the text again."""
        self._show_range(minimum, maximum, unit)
        ok, _number, message = self.parse()
        self.show_error(None if ok else message)

    def _show_range(self, minimum: float, maximum: float, unit: str) -> None:
        self.minimum, self.maximum = minimum, maximum
        self.line.setPlaceholderText(self.tr("%1–%2 %3").replace("%1", _fmt(minimum)).replace(
            "%2", _fmt(maximum)).replace("%3", unit).strip())
        self.description = self.tr("A number from %1 to %2; empty means not assessed.").replace(
            "%1", _fmt(minimum)).replace("%2", f"{_fmt(maximum)} {unit}".strip())

    def parse(self) -> tuple[bool, float | int | None, str]:
        text = self.line.text().strip().replace(",", ".")
        if not text:
            return True, None, ""
        try:
            number = float(text)
        except ValueError:
            return False, None, self.tr("enter a number")
        if not math.isfinite(number):
            return False, None, self.tr("enter a number")
        if self.integer:
            if not number.is_integer():
                return False, None, self.tr("enter a whole number")
            number = int(number)
        if not self.minimum <= number <= self.maximum:
            return False, None, self.tr("allowed range %1–%2").replace("%1", _fmt(self.minimum)).replace(
                "%2", _fmt(self.maximum))
        if self.step and round(number / self.step) * self.step != number:
            return False, None, self.tr("in steps of %1").replace("%1", _fmt(self.step))
        return True, number, ""

    def _changed(self, _text: str) -> None:
        ok, number, message = self.parse()
        self.show_error(None if ok else message)
        # An unreadable entry stores "not assessed", never the last intermediate number.
        self.edited.emit(number if ok else None)

    def is_valid(self) -> bool:
        return self.parse()[0]

    def value(self) -> float | int | None:
        return self.parse()[1]

    def set_value(self, value: Any) -> None:
        ok, current, _ = self.parse()
        if (ok and current == value) or (not ok and value is None):
            return
        self.line.setText("" if value is None else _fmt(value))
        self.show_error(None)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class DateField(Field):
    """A date (or date and time) typed as text, with a "now" button for times.

    Short forms are read by :mod:`spinemet_desktop.model.dates` (``2.9.50``, ``18.11.``, ``t-1``,
    a time alone for today, ``n``/``j`` for now); a value typed relative to now is fixed when it is
    typed, and the field shows it in full when the focus leaves it (or Enter is pressed).
    """

    def __init__(self, with_time: bool = False, parent: QWidget | None = None, now_button: bool = True) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        row.addWidget(self.line, 1)
        super().__init__(box, parent)
        self.with_time = with_time
        self.setFocusProxy(self.line)
        self.input = self.line
        self.description = (
            self.tr("Date and time as DD.MM.YYYY HH:MM, or short: a time alone for today (9:50), "
                    "t 9:50, t-1 9:50, 18.11. 9:50, n or j for now; empty means not recorded.") if with_time
            else self.tr("Date as DD.MM.YYYY, or short: 1.5.26, 18.11. (this year), t or h for today, "
                         "t-1 for yesterday; empty means not recorded."))
        self.line.setPlaceholderText(self.tr("DD.MM.YYYY HH:MM") if with_time else self.tr("DD.MM.YYYY"))
        self.line.textEdited.connect(self._changed)
        self.line.editingFinished.connect(self._show_in_full)
        # The text last read and what it gave (a text relative to now keeps the value it had when typed).
        self._read: tuple[str, tuple[bool, Any, str]] | None = None
        if with_time and now_button:
            now = QPushButton(self.tr("Now"))
            now.setAccessibleName(self.tr("Set to the current date and time"))
            now.setToolTip(self.tr("Fills in the current date and time (or type n or j in the field)"))
            now.clicked.connect(self._now)
            row.addWidget(now)
            # A form row with a long caption may give its field less than it needs: never so
            # little that "Now" is cut off.
            self.setMinimumWidth(self.minimumSizeHint().width())

    def _now(self) -> None:
        value = dates.now()
        self.set_value(value)
        self.show_error(None)
        self.edited.emit(value)

    def parse(self) -> tuple[bool, Any, str]:
        text = self.line.text().strip()
        if self._read is not None and self._read[0] == text:
            return self._read[1]
        result = self._parse(text)
        self._read = (text, result)
        return result

    def _parse(self, text: str) -> tuple[bool, Any, str]:
        if not text:
            return True, None, ""
        current = dates.now()
        value: Any = (dates.parse_datetime(text, current) if self.with_time
                      else dates.parse_date(text, current.date()))
        if value is None:
            return False, None, self.tr("expected %1").replace("%1", self.line.placeholderText())
        if (value > current) if self.with_time else (value > current.date()):
            return False, None, self.tr("lies in the future")
        return True, value, ""

    def _changed(self, _text: str) -> None:
        ok, value, message = self.parse()
        self.show_error(None if ok else message)
        self.edited.emit(value if ok else None)

    def _show_in_full(self) -> None:
        """Show a short or relative entry as the date it was read as."""
        ok, value, _message = self.parse()
        if ok and value is not None:
            self._set_text(value)

    def is_valid(self) -> bool:
        return self.parse()[0]

    def value(self) -> Any:
        return self.parse()[1]

    def set_value(self, value: Any) -> None:
        ok, current, _ = self.parse()
        if (ok and current == value) or (not ok and value is None):
            return
        self._set_text(value)

    def _set_text(self, value: Any) -> None:
        if value is None:
            text = ""
        elif isinstance(value, datetime):
            text = dates.datetime_text(value)
        elif isinstance(value, date):
            text = dates.date_text(value)
        else:
            return
        if text != self.line.text():
            self.line.setText(text)
            self._read = (text, (True, value, ""))


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


def form_row(form: QFormLayout, label: str, field: Field, description: str = "") -> Field:
    # A label too long for the row goes above its field (small screens, long German labels).
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    caption = QLabel(label)
    caption.setBuddy(field.input)
    form.addRow(caption, field)
    field.set_accessible(label.replace("&", ""), description)
    return field


__all__ = ["BoolField", "ChoiceField", "ComboBox", "DateField", "Field", "LongTextField", "NumberField", "TextField",
           "form_row"]
