"""The case list: search by name or record number; new, open, duplicate, delete, import, export."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.store import CaseSummary, Store, StoreError
from spinemet_desktop.ui.plain import shorten, tooltip

#: A cell of the list shows at most this much of a value.
MAX_CELL_CHARS = 120

COLUMNS = (QT_TRANSLATE_NOOP("CaseList", "Name"), QT_TRANSLATE_NOOP("CaseList", "Date of birth"),
           QT_TRANSLATE_NOOP("CaseList", "Record number"), QT_TRANSLATE_NOOP("CaseList", "Last changed"))


class CaseList(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal(str)
    delete_requested = Signal(str)
    import_requested = Signal()
    export_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or record number"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setAccessibleDescription(self.tr("Shows the cases whose name or record number contains the text"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.search.returnPressed.connect(self._open_current)
        self._ids: list[str] = []  # the case id of each row (kept here, not in a Qt item role)
        self._summaries: dict[str, CaseSummary] = {}
        #: Cases that could not be opened in this run, with the reason (listed as damaged).
        self._damaged: dict[str, str] = {}
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr("Name, date of birth, record number and last change of each "
                                                    "case; Enter opens the selected case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        self.table.activated.connect(lambda _i: self._open_current())
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)

        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("&New case"), self.tr("Start a new, empty case"), self.new_requested.emit),
            (self.tr("&Open"), self.tr("Open the selected case (or press Enter)"), self._open_current),
            (self.tr("D&uplicate"), self.tr("Copy the selected case into a new one"),
             lambda: self._with_current(self.duplicate_requested.emit)),
            (self.tr("&Delete…"), self.tr("Delete the selected case permanently, after asking once"),
             lambda: self._with_current(self.delete_requested.emit)),
            (self.tr("&Import case files…"), self.tr("Add cases from one or several case files (JSON)"),
             self.import_requested.emit),
            (self.tr("E&xport case file…"), self.tr("Save the selected case as a case file (JSON)"),
             lambda: self._with_current(self.export_requested.emit)),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)
        self.reload()

    def reload(self) -> None:
        try:
            summaries = self.store.list_cases(self.search.text())
        except StoreError as exc:  # e.g. the clinic's server cannot be reached
            self.count.setText(self.tr("The cases cannot be listed: %1").replace("%1", str(exc)))
            return
        self.model.removeRows(0, self.model.rowCount())
        self._summaries = {s.id: s for s in summaries}
        self._ids = [s.id for s in summaries]
        for s in summaries:
            self.model.appendRow([QStandardItem(text) for text in self._cells(s)])
            problem = s.problem or self._damaged.get(s.id, "")
            if problem:
                for column in range(self.model.columnCount()):
                    self.model.item(self.model.rowCount() - 1, column).setToolTip(tooltip(problem))
        self.count.setText(self.tr("%1 case(s)").replace("%1", str(len(summaries))))
        if summaries:
            self.table.selectRow(0)

    def _cells(self, s: CaseSummary) -> list[str]:
        """A row's texts. Every row is shown whatever its data hold: a row that cannot be shown
        (or a case that could not be opened) says so with its id, so that it can be exported or
        deleted."""
        damaged = s.problem or self._damaged.get(s.id)
        try:
            name = s.display_name or self.tr("(no name)")
            cells = [
                self.tr("⚠ Damaged case %1: %2").replace("%1", s.id).replace("%2", name) if damaged else name,
                s.date_of_birth.strftime("%d.%m.%Y") if s.date_of_birth else "",
                s.record_number,
                s.updated_at.astimezone().strftime("%d.%m.%Y %H:%M") if s.updated_at else "",
            ]
        except (ValueError, OverflowError, OSError):  # pragma: no cover - CaseSummary.read bounds the dates
            cells = [self.tr("⚠ Damaged case %1: %2").replace("%1", s.id).replace("%2", self.tr("(no name)")),
                     "", "", ""]
        return [shorten(cell, MAX_CELL_CHARS) for cell in cells]

    def mark_damaged(self, case_id: str, problem: str) -> None:
        """List a case that could not be opened as damaged (until the program ends)."""
        self._damaged[case_id] = problem
        self.reload()

    def summary(self, case_id: str) -> CaseSummary | None:
        """The row of a case as listed (None if it is not listed now)."""
        return self._summaries.get(case_id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._ids[index.row()] if index.row() < len(self._ids) else None

    def _with_current(self, action) -> None:  # type: ignore[no-untyped-def]
        case_id = self.current_id()
        if case_id:
            action(case_id)

    def _open_current(self) -> None:
        self._with_current(self.open_requested.emit)
