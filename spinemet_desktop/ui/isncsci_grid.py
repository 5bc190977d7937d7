"""The ISNCSCI worksheet grid, keyboard first.

Rows C2 ... S4-5; columns right motor, right light touch, right pin prick, left light touch, left
pin prick, left motor (the ASIA worksheet order). Keys: 0-5 enter a value, N = NT, * cycles the
non-SCI marks (X -> X* -> X** -> X), Delete/Backspace clears, arrows move. After a value the
cursor moves down the column. With several cells selected, a value fills them all.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from spinemet_desktop.model.isncsci import GRID_COLUMNS, MOTOR_VALUES, SENSORY_VALUES, IsncsciValues
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLE_NAMES, KEY_MUSCLES
from spinemet_desktop.ui.labels import tr

COLUMN_TITLES = {
    "right_motor": QT_TRANSLATE_NOOP("IsncsciGrid", "Right motor"),
    "right_light_touch": QT_TRANSLATE_NOOP("IsncsciGrid", "Right light touch"),
    "right_pin_prick": QT_TRANSLATE_NOOP("IsncsciGrid", "Right pin prick"),
    "left_light_touch": QT_TRANSLATE_NOOP("IsncsciGrid", "Left light touch"),
    "left_pin_prick": QT_TRANSLATE_NOOP("IsncsciGrid", "Left pin prick"),
    "left_motor": QT_TRANSLATE_NOOP("IsncsciGrid", "Left motor"),
}
SHORT_TITLES = {
    "right_motor": QT_TRANSLATE_NOOP("IsncsciGrid", "R motor"),
    "right_light_touch": QT_TRANSLATE_NOOP("IsncsciGrid", "R LT"),
    "right_pin_prick": QT_TRANSLATE_NOOP("IsncsciGrid", "R PP"),
    "left_light_touch": QT_TRANSLATE_NOOP("IsncsciGrid", "L LT"),
    "left_pin_prick": QT_TRANSLATE_NOOP("IsncsciGrid", "L PP"),
    "left_motor": QT_TRANSLATE_NOOP("IsncsciGrid", "L motor"),
}


def column_title(column: str, short: bool = False) -> str:
    """A worksheet column's title in the language in use (its catalogue context: IsncsciGrid)."""
    return QCoreApplication.translate("IsncsciGrid", (SHORT_TITLES if short else COLUMN_TITLES)[column])
NORMAL = {"motor": "5", "sensory": "2"}


def is_motor(column: str) -> bool:
    return column.endswith("motor")


def cell_exists(column: str, level: str) -> bool:
    return not is_motor(column) or level in KEY_MUSCLES


def level_label(level: str) -> str:
    return "S4-5" if level == "S4_5" else level


class IsncsciGrid(QTableWidget):
    #: (column, level, value or None) for every cell the user changed, in one batch.
    cells_edited = Signal(list)
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__(len(DERMATOMES), len(GRID_COLUMNS))
        # Side over sense ("R" above "motor"): a one-line "R Motorik" is wider than a column can be
        # on a small screen (_fit_titles keeps every column as wide as its title).
        self.setHorizontalHeaderLabels([column_title(c, short=True).replace(" ", "\n", 1) for c in GRID_COLUMNS])
        for i, c in enumerate(GRID_COLUMNS):
            self.horizontalHeaderItem(i).setToolTip(column_title(c))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._fit_titles()
        self.setAccessibleName(self.tr("ISNCSCI worksheet"))
        self.setAccessibleDescription(self.tr(
            "Type 0 to 5, N for not testable, * for non-SCI marks, Delete to clear; arrows move."))
        self.setTabKeyNavigation(False)
        disabled = QBrush(QColor("#d9d9d9"))
        for r, level in enumerate(DERMATOMES):
            for c, column in enumerate(GRID_COLUMNS):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not cell_exists(column, level):
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(disabled)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("no key muscle"))
                self.setItem(r, c, item)
        self.go_home()

    def _fit_titles(self) -> None:
        """No column narrower than its title, and the worksheet at least as wide as its columns
        and row titles need (the page gives it that width before the texts beside it); the row
        titles name the key muscles unless the page is too narrow (:meth:`set_compact`)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        self._needs = [max(header.fontMetrics().horizontalAdvance(line)
                           for line in self.horizontalHeaderItem(i).text().split("\n")) + margin
                       for i in range(self.columnCount())]
        header.setMinimumSectionSize(min(self._needs))
        columns = sum(self._needs) + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        rows = self.verticalHeader()
        self._widths = {compact: columns + margin + max(rows.fontMetrics().horizontalAdvance(self._row_title(lv, compact))
                                                        for lv in DERMATOMES) for compact in (False, True)}
        self._compact: bool | None = None
        self.set_compact(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Each column as wide as its title needs, the rest of the width shared equally."""
        super().resizeEvent(event)
        spare = max(0, self.viewport().width() - sum(self._needs))
        for i, need in enumerate(self._needs):
            self.horizontalHeader().resizeSection(i, need + spare // len(self._needs))

    @staticmethod
    def _row_title(level: str, compact: bool) -> str:
        if level in KEY_MUSCLES and not compact:
            return f"{level_label(level)}  {tr(KEY_MUSCLE_NAMES[level])}"
        return level_label(level)

    def width_needed(self, compact: bool) -> int:
        """The width the worksheet needs with the key muscles named (False) or only in tool tips."""
        return self._widths[compact]

    def set_compact(self, compact: bool) -> None:
        """Row titles with the key muscles' names, or (on a narrow page) the levels alone with the
        names in their tool tips."""
        if compact == self._compact:
            return
        self._compact = compact
        self.setVerticalHeaderLabels([self._row_title(lv, compact) for lv in DERMATOMES])
        for row, level in enumerate(DERMATOMES):
            if level in KEY_MUSCLES:
                self.verticalHeaderItem(row).setToolTip(tr(KEY_MUSCLE_NAMES[level]))
        self.setMinimumWidth(self._widths[compact])

    def go_home(self) -> None:
        """The first cell of the worksheet order (right motor C5), scrolled to the top."""
        self.clearSelection()
        self.setCurrentCell(DERMATOMES.index("C5"), 0)
        self.scrollToTop()

    # -- showing values ---------------------------------------------------------------
    def show_values(self, values: IsncsciValues) -> None:
        """Show an examination's values; only the cells whose value differs are set (an edit
        changes one cell, and every cell set is drawn again)."""
        empty, value_word = self.tr("empty"), self.tr("value")
        for r, level in enumerate(DERMATOMES):
            for c, column in enumerate(GRID_COLUMNS):
                if not cell_exists(column, level):
                    continue
                value = getattr(values, column).get(level)
                item = self.item(r, c)
                spoken = f"{column_title(column)} {level_label(level)}, {value_word} {value if value else empty}"
                if item.text() != (value or "") or item.data(Qt.ItemDataRole.AccessibleTextRole) != spoken:
                    item.setText(value or "")
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def value_at(self, row: int, col: int) -> str | None:
        text = self.item(row, col).text()
        return text or None

    # -- keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text and text in "012345":
            self._enter(lambda _old, col: text, advance=True)
        elif text.lower() == "n" and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._enter(lambda _old, col: "NT", advance=True)
        elif text == "*":
            self._enter(self._cycle_star, advance=False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._enter(lambda _old, col: None, advance=False)
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _cycle_star(old: str | None, column: str) -> str | None:
        if old is None:
            return None
        base = old.rstrip("*")
        stars = len(old) - len(base)
        allowed = MOTOR_VALUES if is_motor(column) else SENSORY_VALUES
        for step in (1, 2, 3):
            candidate = base + "*" * ((stars + step) % 3)
            if candidate in allowed:
                return candidate
        return old

    def _targets(self) -> list[tuple[int, int]]:
        cells = [(i.row(), i.column()) for i in self.selectedIndexes()]
        if len(cells) <= 1:
            cells = [(self.currentRow(), self.currentColumn())]
        return [(r, c) for r, c in cells if cell_exists(GRID_COLUMNS[c], DERMATOMES[r])]

    def _enter(self, make, advance: bool) -> None:  # type: ignore[no-untyped-def]
        changes = []
        for r, c in self._targets():
            column, level = GRID_COLUMNS[c], DERMATOMES[r]
            new = make(self.value_at(r, c), column)
            allowed = MOTOR_VALUES if is_motor(column) else SENSORY_VALUES
            if new is not None and new not in allowed:
                self.message.emit(self.tr("%1 is not a valid %2 value").replace("%1", new).replace(
                    "%2", self.tr("motor") if is_motor(column) else self.tr("sensory")))
                continue
            changes.append((column, level, new))
        if changes:
            self.cells_edited.emit(changes)
        if advance and len(self._targets()) <= 1 and changes:
            self.advance()

    def advance(self) -> None:
        """Move to the next cell of the worksheet order: down the column, then the next column."""
        row, col = self.currentRow(), self.currentColumn()
        while True:
            row += 1
            if row >= self.rowCount():
                row, col = 0, col + 1
                if col >= self.columnCount():
                    return
            if cell_exists(GRID_COLUMNS[col], DERMATOMES[row]):
                self.setCurrentCell(row, col)
                return

    def fill_rest_normal(self) -> None:
        """Fill the empty cells from the current row to the bottom of this column as normal."""
        col = self.currentColumn()
        column = GRID_COLUMNS[col]
        normal = NORMAL["motor" if is_motor(column) else "sensory"]
        changes = [
            (column, DERMATOMES[r], normal)
            for r in range(max(self.currentRow(), 0), self.rowCount())
            if cell_exists(column, DERMATOMES[r]) and self.value_at(r, col) is None
        ]
        if changes:
            self.cells_edited.emit(changes)
