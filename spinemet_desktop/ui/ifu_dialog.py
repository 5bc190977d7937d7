"""Help → Instructions for use: the instructions in the program's language, and as PDF.

The window shows only the shipped text (:mod:`spinemet_desktop.report.ifu`), never case data. Links
are not followed: the contents jump to their section inside the window, anything else is ignored,
so nothing in the instructions can open a browser or the network.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.report import ifu
from spinemet_desktop.store import StoreError
from spinemet_desktop.store.db import write_atomic_bytes
from spinemet_desktop.ui.plain import warn


@cache
def pdf_path(language: str) -> Path:
    """The PDF of the instructions: the one the bundle ships, else built once into the user's cache."""
    name = ifu.pdf_name(language)
    with as_file(files("spinemet_desktop.resources").joinpath("ifu", name)) as shipped:
        if shipped.exists():
            return shipped
    from platformdirs import user_cache_dir

    cache_dir = Path(os.environ.get("SPINEMET_CACHE_DIR") or user_cache_dir("spinemet-desktop", appauthor=False))
    path = cache_dir / "instructions" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic_bytes(path, ifu.build_pdf(language).data)
    return path


class InstructionsDialog(QDialog):
    open_file = staticmethod(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Instructions for use"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setHtml(ifu.html_document(language))
        self.browser.setAccessibleName(self.tr("Instructions for use"))
        self.browser.setAccessibleDescription(self.tr("Intended use, limits, inputs, urgency rules, scores, data "
                                                      "storage, installation and the traceability matrix"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_pdf_button = buttons.addButton(self.tr("&Open as PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_pdf_button.setToolTip(self.tr("Open the instructions for use as PDF in the system's viewer"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.save_pdf_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(980, 760)

    def follow(self, url: QUrl) -> None:
        """A link inside the instructions: jump to its section; anything else is not opened."""
        if not url.scheme() and not url.host() and not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    def _pdf(self) -> Path | None:
        try:
            return pdf_path(self.language)
        except (OSError, StoreError) as exc:
            warn(self, self.tr("Instructions for use"), self.tr("The PDF could not be made: %1").replace("%1", str(exc)))
            return None

    def open_pdf(self) -> None:
        path = self._pdf()
        if path is not None:
            self.open_file(path)

    def save_pdf(self, target: str | None = None) -> None:
        path = self._pdf()
        if path is None:
            return
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the instructions for use"),
                                                    ifu.file_name(self.language, "pdf"), self.tr("PDF files (*.pdf)"))
        if not target:
            return
        try:
            write_atomic_bytes(Path(target), path.read_bytes())
        except (OSError, StoreError) as exc:
            warn(self, self.tr("Instructions for use"), str(exc))


__all__ = ["InstructionsDialog", "pdf_path"]
