"""Dialog to override a derived score input: choose the value, give a reason (required)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.result import ItemResult
from spinemet_desktop.ui.labels import clinical, ui_renderer, value_label
from spinemet_desktop.ui.plain import plain_label
from spinemet_desktop.ui.widgets import ComboBox


class OverrideDialog(QDialog):
    def __init__(self, item: ItemResult, options: list[Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override a derived value"))
        self.options = options
        layout = QVBoxLayout(self)
        # Plain text: the value and its derivation may quote the case.
        intro = plain_label(text=self.tr("%1 — now: %2 (%3)").replace("%1", clinical(item.label))
                            .replace("%2", value_label(item.value)).replace("%3", clinical(item.derivation) if item.derivation
                                                     else ui_renderer().vocabulary("source", item.source.value)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        if options is None:
            self.value_edit: QComboBox | QLineEdit = QLineEdit()
            self.value_edit.setPlaceholderText(self.tr("a number"))
            self.value_edit.textChanged.connect(self._check)
        else:
            self.value_edit = ComboBox()
            for option in options:
                self.value_edit.addItem(value_label(option), option)
            if item.value in options:
                self.value_edit.setCurrentIndex(options.index(item.value))
        self.value_edit.setAccessibleName(self.tr("Value to use"))
        form.addRow(self.tr("&Value to use:"), self.value_edit)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the override (required)"))
        self.reason.setMaxLength(500)
        self.reason.textChanged.connect(self._check)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        layout.addLayout(form)
        note = QLabel(self.tr("The override is recorded with your user name and the time; the derived "
                              "value stays visible next to it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def value(self) -> Any:
        if isinstance(self.value_edit, QComboBox):
            return self.value_edit.currentData()
        text = self.value_edit.text().strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if number.is_integer() else number

    def _check(self) -> None:
        ok = bool(self.reason.text().strip()) and self.value() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
