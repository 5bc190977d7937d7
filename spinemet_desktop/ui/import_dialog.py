"""The question asked when an imported case file holds a patient who is already in the case list:
open the existing case, import the file as a copy (marked as such), or cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

OPEN, COPY, CANCEL = "open", "copy", "cancel"


class DuplicateDialog(QMessageBox):
    def __init__(self, file_name: str, incoming: str, existing: list[str], several: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Patient already in the case list"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and file names are never markup
        self.setText(self.tr("The file %1 holds a patient who is already in the case list.").replace("%1", file_name))
        self.setInformativeText(
            self.tr("In the file: %1\nAlready in the list: %2\n\nOpen the existing case, or import the file as a "
                    "separate copy (its notes say that it is a copy)?").replace("%1", incoming).replace(
                "%2", "\n".join(existing)))
        self.open_button = self.addButton(self.tr("&Open the existing case"), QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = self.addButton(self.tr("Import as a &copy"), QMessageBox.ButtonRole.ActionRole)
        self.cancel_button = self.addButton(self.tr("&Skip this file") if several else self.tr("&Cancel"),
                                            QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str:
        """OPEN, COPY or CANCEL (also when the dialog was closed without a choice)."""
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return OPEN
        if clicked is self.copy_button:
            return COPY
        return CANCEL


__all__ = ["CANCEL", "COPY", "OPEN", "DuplicateDialog"]
