"""Creating the referral PDF from the summary page: stored with the case, written out, opened."""

from __future__ import annotations

import hashlib

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.ui.conftest import example


def test_create_referral_pdf_keeps_it_with_the_case_and_opens_it(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    from spinemet_desktop.ui.pages.summary import SummaryPage

    monkeypatch.setattr(SummaryPage, "open_file", staticmethod(opened.append))
    window.show_case(example("breast"))
    editor = window.editor
    editor.go_to("summary")
    page = editor.current_page()
    page.language.setCurrentIndex(page.language.findData("de"))
    qtbot.mouseClick(page.create_pdf, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    path = opened[0]
    data = path.read_bytes()
    records = editor.store.list_reports(editor.case.id)
    assert len(records) == 1 and records[0].sha256 == hashlib.sha256(data).hexdigest()
    assert records[0].language == "de" and records[0].created_by
    assert "Seite 1 von" in PdfReader(str(path)).pages[0].extract_text()
    assert page.reports.count() == 1 and "de" in page.reports.item(0).text()
    assert "SHA-256" in page.report_message.text()
    # A stored report opens exactly as it was sent.
    page.open_report(records[0].id)
    assert opened[1].read_bytes() == data


def test_export_fhir_bundle_writes_the_document_in_the_chosen_language(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from spinemet_desktop.ui.pages import summary

    target = tmp_path / "referral-fhir.json"
    monkeypatch.setattr(summary.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_case(example("breast"))
    window.editor.go_to("summary")
    page = window.editor.current_page()
    page.language.setCurrentIndex(page.language.findData("de"))
    qtbot.mouseClick(page.export_fhir, Qt.MouseButton.LeftButton)
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["type"] == "document" and bundle["entry"][0]["resource"]["language"] == "de-DE"
    assert str(target) in page.report_message.text()
