"""Floors: what Qt alone costs for what the program shows, none of the program's code.

**Start-up** (:func:`build`, run as a script): the program's first window built from Qt alone.

The same widgets as the case list the program shows at start with an empty store (a menu bar with
the program's menus and actions and their shortcuts, a search line, a table of cases with its
model and header, a count, six buttons, a status bar), in the same size, shown once, then quit, as
``benchmarks/bare_qt.py`` and ``spinemet-desktop --smoke-test`` do. It reads no translations, opens
no store and imports nothing of ``spinemet_desktop``: what it costs beyond ``bare_qt.py`` is what
Qt itself costs for a window of this kind, which no change to the program can remove.

``tests/e2e/test_benchmarks.py`` checks that it never shows more than the real first window.

**Typing** (:class:`EditFloor`, used by ``bench_edit_to_panel``): a key press in a table of the
worksheet's size that sets the current cell and marks a panel of the side panel's size for
repainting; the panel holds the text the program showed, laid out beforehand, and is then
repainted as the benchmark repaints the real panel. Nothing is computed and no text is laid out
during the press, so this is less than any program showing those results can do: a lower bound of
Qt's share of ``edit_to_panel_ms``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: The menus of the first window with their actions' shortcuts (None: no shortcut).
MENUS: tuple[tuple[str, tuple[QKeySequence.StandardKey | str | None, ...]], ...] = (
    ("&Case", (QKeySequence.StandardKey.New, "Ctrl+L", "Ctrl+I", "Ctrl+E", "Ctrl+Shift+A", QKeySequence.StandardKey.Quit)),
    ("&Edit", (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)),
    ("&Go", tuple(f"Alt+{i}" for i in range(1, 7))),
    ("&Help", (QKeySequence.StandardKey.HelpContents, None)),
)
COLUMNS = ("Name", "Date of birth", "Record number", "Last change", "Urgency")


def build() -> QMainWindow:
    window = QMainWindow()
    bar = window.menuBar()

    def add_menu(title: str, shortcuts: tuple[QKeySequence.StandardKey | str | None, ...]) -> None:
        menu = bar.addMenu(title)
        for i, shortcut in enumerate(shortcuts):
            action = QAction(f"{title} {i}", menu)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            menu.addAction(action)

    for title, shortcuts in MENUS[:3]:
        add_menu(title, shortcuts)
    languages = bar.addMenu("&Settings").addMenu("&Language")
    group = QActionGroup(languages)
    for text in ("As the system", "Deutsch", "English"):
        action = QAction(text, languages)
        action.setCheckable(True)
        languages.addAction(action)
        group.addAction(action)
    add_menu(*MENUS[3])  # the program's menu bar ends with Help, after Settings

    page = QWidget()
    search = QLineEdit()
    search.setPlaceholderText("Search by name or record number")
    search.setClearButtonEnabled(True)
    model = QStandardItemModel(0, len(COLUMNS))
    model.setHorizontalHeaderLabels(list(COLUMNS))
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    count = QLabel("0 case(s)")
    count.setTextFormat(Qt.TextFormat.PlainText)
    count.setWordWrap(True)
    buttons = QHBoxLayout()
    for text in ("&New case", "&Open", "D&uplicate", "&Delete…", "&Import case files…", "E&xport case file…"):
        buttons.addWidget(QPushButton(text))
    buttons.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addWidget(search)
    layout.addWidget(table, 1)
    layout.addWidget(count)
    layout.addLayout(buttons)
    stack = QStackedWidget()
    stack.addWidget(page)
    window.setCentralWidget(stack)
    window.statusBar().showMessage("Decision support — verify clinically.")
    window.resize(1280, 800)
    return window


class _Grid(QTableWidget):
    """A table that takes a typed digit as the current cell's value, and has the panel repainted."""

    def __init__(self, cells: list[list[str]], panel: QWidget) -> None:
        super().__init__(len(cells), len(cells[0]) if cells else 0)
        self.panel = panel
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        item = self.currentItem()
        if item is not None and event.text():
            item.setText(event.text())
            self.panel.update()


class EditFloor(QMainWindow):
    """The worksheet's cells beside the side panel's text, in the sizes the program showed them."""

    def __init__(self, cells: list[list[str]], urgency: str, html: str, panel_width: int) -> None:
        super().__init__()
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(urgency)
        label.setWordWrap(True)
        label.setMargin(8)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QTextBrowser()
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setHtml(html)
        layout.addWidget(label)
        layout.addWidget(self.results, 1)
        self.panel.setFixedWidth(panel_width)
        self.grid = _Grid(cells, self.results.viewport())
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.grid, 1)
        row.addWidget(self.panel)
        self.setCentralWidget(central)
        self.resize(1366, 768)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = build()
    window.show()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    QTimer.singleShot(0, app.quit)
    app.exec()
    print("floor: shown")
