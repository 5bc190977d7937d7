"""Help → Instructions for use opens the instructions in the program's language, inside the program;
links open nothing outside it; the PDF is at hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from spinemet_desktop.ui import ifu_dialog, language
from spinemet_desktop.ui.ifu_dialog import InstructionsDialog
from tests.ui.conftest import example


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    language.install("en", pseudo=False)


def _help_action(window, text: str):  # type: ignore[no-untyped-def]
    help_menu = window.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if a.text() == text)


@pytest.mark.parametrize(("lang", "menu", "heading"), [
    ("en", "&Instructions for use", "Intended use and users"),
    ("de", "&Gebrauchsanweisung", "Zweckbestimmung und Anwender"),
])
def test_help_opens_the_instructions_in_the_ui_language(window, qtbot, lang, menu, heading) -> None:  # type: ignore[no-untyped-def]
    window.set_language(lang)
    window.show_case(example("prostate"))
    _help_action(window, menu).trigger()
    dialog = window.instructions
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert heading in text and dialog.isVisible()
    assert dialog.windowTitle() == ("Gebrauchsanweisung" if lang == "de" else "Instructions for use")
    # Case data never appear there.
    patient = window.editor.case.patient
    assert patient.record_number and patient.record_number not in text
    assert patient.given_name and f"{patient.given_name} {patient.surname}" not in text
    dialog.close()


def test_links_stay_inside_the_window(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = InstructionsDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.follow(QUrl("#traceability"))
    QApplication.processEvents()
    assert bar.value() > 0
    position = bar.value()
    for url in ("https://example.org/", "file:///etc/passwd", "mailto:someone@example.org"):
        dialog.browser.anchorClicked.emit(QUrl(url))
    QApplication.processEvents()
    assert opened == [] and bar.value() == position
    assert "https://example.org" not in dialog.browser.toHtml()


def test_the_pdf_opens_and_saves(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SPINEMET_CACHE_DIR", str(tmp_path / "cache"))
    ifu_dialog.pdf_path.cache_clear()
    dialog = InstructionsDialog("de")
    qtbot.addWidget(dialog)
    shown: list[object] = []
    monkeypatch.setattr(InstructionsDialog, "open_file", staticmethod(shown.append))
    dialog.open_pdf_button.click()
    assert len(shown) == 1
    path = shown[0]
    assert path.read_bytes().startswith(b"%PDF") and path.parent.parent == tmp_path / "cache"  # type: ignore[attr-defined]
    target = tmp_path / "saved.pdf"
    dialog.save_pdf(str(target))
    assert target.read_bytes() == path.read_bytes()  # type: ignore[attr-defined]
    ifu_dialog.pdf_path.cache_clear()
