"""A person at the keyboard: enter an example case, or its triage facts, with key presses only, and
count them (issue 23's benchmark of the work a person does: ``benchmarks/input_driver.py``).

Used by the tests (which check that what was typed gives the example's results) and by the
benchmark (which counts). It drives the real widgets through pytest-qt's ``qtbot``, wrapped in
:class:`Inputs`, which counts each key press (a chord such as Ctrl+N is one) and each click.

Two ways of typing:

* ``fast=False`` types every value of the example as it is stored, field by field, answers chosen
  with the arrow keys (a check that every field can be reached and filled with the keyboard);
* ``fast=True`` types as a practised user does: the first letters of an answer where that is
  shorter than the arrow keys, the labs' sampling time once for the whole panel, an "all no"
  shortcut where every question it answers is "no" in the example, nothing where a derived
  default already gives the example's value (the default is shown under the field), Enter where
  it leads from the line being typed in to the next field wanted (the page's next field; on the
  laboratory page the next value), and dates and times as short as a date field reads them
  (``t-1``, ``18.11.``, ``2.9.50``, a time alone for today, ``n`` for now: model/dates.py).

Only the widgets' public behaviour is used, so the same driver also runs against an older version of
the program (the "before" figures of the benchmark); what an older version lacks is simply not used.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from spinemet_desktop.model import Case

try:
    from spinemet_desktop.model import dates
except ImportError:  # a version before the short date entry (the benchmark's "before" figures)
    dates = None  # type: ignore[assignment]
from spinemet_desktop.model.isncsci import GRID_COLUMNS
from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.present.forms import forms
from spinemet_desktop.session import ops
from spinemet_desktop.ui.isncsci_grid import cell_exists
from spinemet_desktop.ui.pages import page_index


class Inputs:
    """pytest-qt's qtbot, counting what a person would press: keys (a typed text counts each
    character) and clicks."""

    def __init__(self, qtbot: Any) -> None:
        self.bot = qtbot
        self.keys = 0
        self.clicks = 0
        #: Inputs by part of the work (filled in by :func:`enter_example`).
        self.parts: dict[str, int] = {}
        #: Each field entered: its name and the inputs it took, Tab included (a reading aid for the figures).
        self.log: list[tuple[str, int]] = []
        self._mark = 0

    def part(self, name: str) -> None:
        """Close a part of the work: the inputs since the previous part."""
        self.parts[name] = self.total - self._mark
        self._mark = self.total

    @property
    def total(self) -> int:
        return self.keys + self.clicks

    def key(self, widget: QWidget, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.bot.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        self.keys += len(text)
        self.bot.keyClicks(widget, text)

    def wait_until(self, condition: Any) -> None:
        self.bot.waitUntil(condition)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(bot: Inputs, name: str) -> QWidget:
    """Press Tab until the control named ``name`` has the focus."""
    for _ in range(150):
        if focused().accessibleName() == name:
            return focused()
        bot.key(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}")


def tab_to_widget(bot: Inputs, widget: QWidget) -> QWidget:
    """Press Tab until ``widget`` has the focus."""
    for _ in range(150):
        if focused() is widget:
            return widget
        bot.key(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def as_text(value: object, fast: bool = False) -> str:
    """A value as typed: dates and times in full, or (fast) in the shortest form a date field reads
    (``t-1``, ``18.11.``, ``2.9.50``, a time alone for today, ``n`` for now; model/dates.py)."""
    fast = fast and dates is not None
    if isinstance(value, datetime):
        local = value.astimezone()
        if not fast:
            return local.strftime("%d.%m.%Y %H:%M")
        now = dates.now()
        if local == now:
            return "n"
        at = f"{local.hour}:{local.minute:02d}"
        text = at if local.date() == now.date() else f"{short_date(local.date(), now.date())} {at}"
        assert dates.parse_datetime(text, now) == local, (text, value)
        return text
    if isinstance(value, date):
        return short_date(value, dates.now().date()) if fast else value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def short_date(value: date, today: date) -> str:
    """The shortest text a date field reads as ``value``."""
    forms = [f"{value.day}.{value.month}.{value.year}"]
    if value.year == today.year:
        forms.append(f"{value.day}.{value.month}.")
    if dates.full_year(value.year % 100, today) == value.year:
        forms.append(f"{value.day}.{value.month}.{value.year % 100:02d}")
    if 0 <= (today - value).days <= 99:
        days = (today - value).days
        forms.append(f"t-{days}" if days else "t")
    text = min(forms, key=len)
    assert dates.parse_date(text, today) == value, (text, value)
    return text


def choose(bot: Inputs, combo: QComboBox, wanted: object, fast: bool) -> None:
    """Pick an answer of a closed combo box: the arrow keys, or (fast) the first letters of the answer
    when fewer — a closed combo box jumps to the answer that begins with what is typed."""
    target = next(i for i in range(combo.count()) if combo.itemData(i) == wanted)
    arrows = abs(target - combo.currentIndex())
    if fast and arrows > 1:
        text = combo.itemText(target).lower()
        starts = [combo.itemText(i).lower() for i in range(combo.count())]
        prefix = next((text[:n] for n in range(1, len(text) + 1)
                       if next(i for i, s in enumerate(starts) if s.startswith(text[:n])) == target), None)
        if prefix is not None and len(prefix) < arrows and prefix.isprintable() and " " not in prefix:
            bot.type(combo, prefix)
            if combo.currentIndex() == target:
                return
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        bot.key(combo, key)
    assert combo.currentData() == wanted, (combo.accessibleName(), wanted)


def type_field(bot: Inputs, field: Any, value: object, fast: bool = False, page: Any = None) -> None:
    """Move to a field with Tab (fast: with Enter where Enter leads there from the line being typed
    in) and type its value; a choice is picked from its list."""
    before = bot.total
    enter = getattr(page, "enter_targets", {}).get(focused()) if fast else None
    if enter is not None and enter() is field:
        bot.key(focused(), Qt.Key.Key_Return)
    widget = tab_to(bot, field.input.accessibleName())
    if isinstance(widget, QComboBox):
        choose(bot, widget, value.value if isinstance(value, Enum) else value, fast)
    else:
        if not (fast and not getattr(widget, "text", lambda: "")()):
            bot.key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace a filled-in default
        bot.type(widget, as_text(value, fast))
        assert field.is_valid(), (field.input.accessibleName(), as_text(value, fast))
    bot.log.append((field.input.accessibleName()[:40], bot.total - before))


def _default_gives(page: Any, address: str, value: object) -> bool:
    """Whether the hint under the field shows a derived default equal to the example's value (fast
    typing leaves such a field to its default)."""
    if value is None or not hasattr(page, "show_defaults"):
        return False
    QApplication.processEvents()  # the recompute after the last key press, which shows the hint (a person sees it)
    note = next((label for key, label in page.notes.items() if key.endswith(":" + address)), None)
    if note is None or not note.isVisibleTo(page) or not note.text():
        return False
    choices = page.fields[address].combo
    wanted = value.value if isinstance(value, Enum) else value
    label = next((choices.itemText(i) for i in range(choices.count()) if choices.itemData(i) == wanted), None)
    return label is not None and note.text().startswith(f"Default: {label} (")


def _shortcuts(page: Any, case: Case, lesion: Any) -> dict[str, tuple[Any, set[str]]]:
    """Fast typing: the "all no" shortcuts whose open questions are all "no" in the example, each
    under the first field of its group (the button comes before its group's questions in Tab order),
    with the fields it answers."""
    found: dict[str, tuple[Any, set[str]]] = {}
    for button, group in getattr(page, "shortcuts", []):
        named = [f for f in group.shortcut_fields() if f in page.fields and page.fields[f].value() is None]
        values = [ops.read(case, f, exam=case.latest_exam(), lesion=lesion) for f in named]
        if named and all(v is False for v in values) and button.isEnabled():
            first = next(item.field for item in group.items if item.field in page.fields)
            found[first] = (button, set(named))
    return found


def needed(address: str) -> bool:
    """What "to every page complete" enters: every field but free text that no page requires and
    nothing reads (names and notes the spine centre would like, but no page or result depends on)."""
    item = DECLARED.get(address)
    return item is None or item.kind not in ("text", "longtext") or bool(
        item.required or item.required_if or item.required_unless or item.used_by)


DECLARED = {item.field: item for declared in forms().pages() for item in declared.items()}


def fill(bot: Inputs, page: Any, case: Case, lesion: Any = None, *, fast: bool = False,
         needed_only: bool = False) -> None:
    """Type the case's values into the page's bound fields (those of ``lesion`` if given, else the
    others; ``needed_only``: only those :func:`needed` names)."""
    if lesion is None:
        page.setFocus()
    shortcuts = _shortcuts(page, case, lesion) if fast else {}
    skip = {field for _button, fields in shortcuts.values() for field in fields}
    if needed_only:
        skip |= {address for address in page.fields if not needed(address)}
    for address, field in page.fields.items():
        if address.startswith("imaging.lesion.") != (lesion is not None):
            continue
        if address in shortcuts:  # "all no" first, which moves on to the next group
            button, _fields = shortcuts[address]
            bot.key(tab_to_widget(bot, button), Qt.Key.Key_Space)
        value = ops.read(case, address, exam=case.latest_exam(), lesion=lesion)
        if address in skip or not field.isVisibleTo(page):  # answered by a shortcut, or does not apply
            pass
        elif isinstance(value, list):  # previous radiotherapy courses: Add, then each field
            for course in value:
                before = len(field.rows)
                bot.key(tab_to(bot, field.input.accessibleName()), Qt.Key.Key_Space)
                bot.wait_until(lambda f=field, n=before: len(f.rows) == n + 1)
                for key, sub in field.rows[-1].items():
                    if key != "holder" and getattr(course, key) is not None:
                        type_field(bot, sub, getattr(course, key), fast)
        elif value is not None and not (fast and _default_gives(page, address, value)):
            type_field(bot, field, value, fast, page)


def go(bot: Inputs, key: str) -> None:
    """Go to a page with its Alt+number shortcut."""
    bot.key(focused(), getattr(Qt.Key, f"Key_{page_index(key) + 1}"), Qt.KeyboardModifier.AltModifier)


def page(editor: Any, key: str) -> Any:
    return editor.pages[page_index(key)]


def enter_example(bot: Inputs, window: Any, source: Case, *, fast: bool = False, needed_only: bool = False) -> None:
    """A new case (Ctrl+N), then every page filled in with the example's values, the keyboard only
    (``needed_only``: only what the pages require and what the scores and the pathway read)."""
    bot.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Case → New case
    editor = window.editor
    bot.wait_until(lambda: editor.case is not None)

    go(bot, "history")
    fill(bot, page(editor, "history"), source, fast=fast, needed_only=needed_only)  # patient, referral, history
    bot.part("history")

    go(bot, "neurology")
    neurology = editor.current_page()
    exam = source.neuro_exams[0]
    neurology.grid.setFocus(Qt.FocusReason.TabFocusReason)
    bot.keys += 1  # one Tab from the page's first control into the worksheet
    grid = neurology.grid
    for number, column in enumerate(GRID_COLUMNS):  # worksheet order by auto-advance
        values = [getattr(exam.isncsci, column).get(level) for level in DERMATOMES if cell_exists(column, level)]
        assert None not in values, "the example exam is complete"
        normal = "5" if column.endswith("motor") else "2"
        typed = len(values)
        while fast and typed and values[typed - 1] == normal:
            typed -= 1
        if len(values) - typed < 3:  # the normal rest is too short for the shortcut to be worth it
            typed = len(values)
        for value in values[:typed]:
            for char in value:
                bot.key(grid, char)
        if typed < len(values):  # Fill rest of column as normal (Ctrl+Shift+N), then to the next column's top
            assert grid.currentColumn() == number, (grid.currentColumn(), grid.currentRow())
            bot.key(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            if number + 1 < len(GRID_COLUMNS):  # to the first cell of the next column
                following = GRID_COLUMNS[number + 1]
                first = next(row for row, level in enumerate(DERMATOMES) if cell_exists(following, level))
                while grid.currentRow() < first:  # a key muscle's row, where the next column has a cell
                    bot.key(grid, Qt.Key.Key_Down)
                bot.key(grid, Qt.Key.Key_Right)
                while grid.currentRow() > first:
                    bot.key(grid, Qt.Key.Key_Up)
                assert (grid.currentColumn(), grid.currentRow()) == (number + 1, first)
    bot.part("worksheet")
    fill(bot, neurology, source, fast=fast, needed_only=needed_only)  # exam time, examiner, VAC/DAP, bedside facts
    bot.part("neurology")

    go(bot, "imaging")
    imaging = editor.current_page()
    fill(bot, imaging, source, fast=fast, needed_only=needed_only)  # staging
    for lesion in source.imaging.lesions:
        before = len(editor.case.imaging.lesions)
        bot.key(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add lesion
        # A button's mnemonic clicks it after Qt's short click animation.
        bot.wait_until(lambda n=before: len(editor.case.imaging.lesions) == n + 1)
        fill(bot, imaging, source, lesion, fast=fast, needed_only=needed_only)
    bot.part("imaging")

    go(bot, "labs")
    labs = editor.current_page()
    labs.setFocus()
    panel = getattr(labs, "panel_time", None) if fast else None
    times = {r.measured_at for r in source.labs.results if r.measured_at is not None}
    shared = max(times, key=lambda t: sum(r.measured_at == t for r in source.labs.results)) if times else None
    if panel is not None and shared is not None:
        type_field(bot, panel, shared, fast, labs)
    for analyte, row in labs.rows.items():
        result = source.labs.latest(analyte)
        if result is None:
            continue
        if row.unit.value() != result.unit:
            type_field(bot, row.unit, result.unit, fast, labs)
        type_field(bot, row.value, result.value, fast, labs)
        if panel is None or result.measured_at != shared:
            type_field(bot, row.measured_at, result.measured_at, fast, labs)
        for field, bound in ((row.low, result.reference_low), (row.high, result.reference_high)):
            if bound is not None:
                if not (fast and field.value() == bound):  # the default range is already filled in
                    type_field(bot, field, bound, fast, labs)
            else:  # the example's laboratory gives no such bound: clear the default
                bot.key(tab_to(bot, field.input.accessibleName()), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                bot.key(focused(), Qt.Key.Key_Delete)
    bot.part("labs")
    QApplication.processEvents()  # the recompute after the last key press
