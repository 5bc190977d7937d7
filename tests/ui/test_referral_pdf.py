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
    assert page.progress.isVisible() and not page.create_pdf.isEnabled()  # made in the background
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    assert page.create_pdf.isEnabled() and not page.progress.isVisible()
    path = opened[0]
    data = path.read_bytes()
    records = editor.store.list_reports(editor.case.id)
    assert len(records) == 1 and records[0].sha256 == hashlib.sha256(data).hexdigest()
    assert records[0].language == "de" and records[0].created_by
    assert "Seite 1 von" in PdfReader(str(path)).pages[0].extract_text()
    assert path.stat().st_mode & 0o777 == 0o600  # a patient's referral: for its owner only
    assert page.reports.count() == 1 and "de" in page.reports.item(0).text()
    assert "SHA-256" in page.report_message.text()
    # A stored report opens exactly as it was sent.
    page.open_report(records[0].id)
    assert opened[1].read_bytes() == data and opened[1].stat().st_mode & 0o777 == 0o600


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
    qtbot.waitUntil(lambda: str(target) in page.report_message.text() and "Writing" not in page.report_message.text(),
                    timeout=30_000)
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["type"] == "document" and bundle["entry"][0]["resource"]["language"] == "de-DE"
    assert str(target) in page.report_message.text()


def test_no_viewer_is_said_on_the_page_with_show_in_folder(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: when no program can show the PDF, the page says so (not only stderr) and offers
    the folder that holds it."""
    from spinemet_desktop.ui.pages.summary import SummaryPage

    asked = []
    monkeypatch.setattr(SummaryPage, "open_file", staticmethod(lambda path: asked.append(path) or False))
    window.show_case(example("prostate"))
    editor = window.editor
    editor.go_to("summary")
    page = editor.current_page()
    assert not page.reports.isVisible() and not page.report_message.isVisible() and not page.show_folder.isVisible()
    qtbot.mouseClick(page.create_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)  # made in the background
    path = asked[0]
    assert page.report_message.isVisible() and "No program to show PDF files" in page.report_message.text()
    assert str(path) in page.report_message.text()
    assert page.show_folder.isVisible() and page.reports.isVisible()
    qtbot.mouseClick(page.show_folder, Qt.MouseButton.LeftButton)
    assert asked[1] == path.parent  # the folder is offered to the system's file manager
    assert "could not be opened either" in page.report_message.text()  # …which is not there either


def test_case_notes_and_examination_notes_are_edited_in_the_window_and_printed(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from spinemet_desktop.ui.pages.summary import SummaryPage

    opened = []
    monkeypatch.setattr(SummaryPage, "open_file", staticmethod(opened.append))
    window.show_case(example("prostate"))
    editor = window.editor
    editor.go_to("summary")
    summary = editor.current_page()
    box = summary.case_notes.box
    assert box.isVisible()
    box.setFocus()
    qtbot.keyClicks(box, "Daughter is the contact.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Prefers German.")
    assert editor.case.notes == "Daughter is the contact.\nPrefers German."
    editor.go_to("neurology")
    neurology = editor.current_page()
    comments = neurology.fields["neuro.isncsci.comments"]
    comments.box.setFocus()
    qtbot.keyClicks(comments.box, "Exam limited by pain.")
    assert editor.case.latest_exam().isncsci.comments == "Exam limited by pain."
    editor.go_to("summary")
    qtbot.mouseClick(summary.create_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)  # made in the background
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(opened[0])).pages)
    assert "Daughter is the contact. Prefers German." in text and "Exam limited by pain." in text
    window.undo_action.trigger()  # notes are edits like any other: one undo step each
    assert editor.case.latest_exam().isncsci.comments is None
    assert editor.case.notes == "Daughter is the contact.\nPrefers German."
    window.undo_action.trigger()
    assert editor.case.notes is None and summary.case_notes.value() is None
