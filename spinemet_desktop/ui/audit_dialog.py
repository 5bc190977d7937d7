"""The audit trail of one case: who changed which field when, from what to what; created reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.present.fields import audit_field, audit_value
from spinemet_desktop.store import AuditEntry, StoreError, write_atomic
from spinemet_desktop.store.audit import to_csv
from spinemet_desktop.ui.labels import ui_renderer
from spinemet_desktop.ui.plain import shorten, tooltip, warn
from spinemet_desktop.ui.plain import title as plain_title

#: A cell of the table shows at most this much of a value (a long text is in the tooltip).
MAX_CELL_CHARS = 200


class AuditDialog(QDialog):
    def __init__(self, entries: list[AuditEntry], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.setWindowTitle(plain_title(self.tr("Audit trail — %1").replace("%1", title)))
        actions = {
            "created": self.tr("created"), "changed": self.tr("changed"), "imported": self.tr("imported"),
            "duplicated": self.tr("duplicated"), "report": self.tr("report created"), "copied": self.tr("copied"),
            "synchronised": self.tr("sent to the server"), "conflict copy": self.tr("separate case (conflict)"),
        }
        intro = QLabel(self.tr("Every saved change of this case, oldest first: time, operating-system user, "
                               "computer, database role (on a clinic server), field, old and new value. Created "
                               "referral PDFs are listed with their SHA-256 hash."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 8)
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Computer"),
                                              self.tr("Database role"), self.tr("Action"), self.tr("Field"),
                                              self.tr("Old value"), self.tr("New value")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        r = ui_renderer()
        for row, e in enumerate(entries):
            # The field by its label and the values in words; the CSV export keeps the stored form.
            values = (e.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), e.user, e.host or "—", e.role or "—",
                      actions.get(e.action, e.action), audit_field(e.field, r) if e.field else "—",
                      audit_value(e.field, e.old, r), audit_value(e.field, e.new, r))
            for col, value in enumerate(values):
                item = QTableWidgetItem(shorten(value, MAX_CELL_CHARS))  # in full in the tooltip and the CSV
                item.setToolTip(tooltip(value))
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export as CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit trail"), "audit.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            write_atomic(Path(path), to_csv(self.entries))
        except (OSError, StoreError) as exc:
            warn(self, self.tr("Audit trail not exported"), str(exc))
