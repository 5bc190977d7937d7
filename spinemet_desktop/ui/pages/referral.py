"""Creating a referral PDF from the editor: built in the background (a large case takes seconds), kept
with the case (time and hash), written to the data folder. The summary page creates the full
referral, the triage page the short one."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from spinemet_desktop.model import Case
from spinemet_desktop.store import StoreError
from spinemet_desktop.store.report_files import write_report
from spinemet_desktop.ui.background import run_in_background
from spinemet_desktop.ui.pages.base import PageHost

if TYPE_CHECKING:
    from spinemet_desktop.report.pdf import PdfReport


def current_user() -> str:
    """The operating-system user, recorded with overrides and created referrals."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name available (e.g. a container without passwd entry)
        return "unknown user"


def start_referral(owner: QObject, editor: PageHost, language: str, *, short: bool = False,
                   done: Callable[[Path | None, str], None],
                   failed: Callable[[BaseException], None]) -> str | None:
    """Start creating the referral (``short``: the one-page referral of the triage facts) of the case
    as it is now, in the background; then ``done(file or None, what to tell the user)`` or
    ``failed(exception)`` on the GUI thread. Returns what to tell the user if it was not started
    (the case could not be saved), else None."""
    if editor.case is None or editor.assessment is None or not editor.ensure_saved():
        return QCoreApplication.translate("SummaryPage", "The case could not be saved; the PDF was not created.")
    from spinemet_desktop.report.pdf import build_referral_pdf

    case, assessment = editor.case.model_copy(deep=True), editor.assessment
    run_in_background(owner, lambda: build_referral_pdf(case, assessment, language=language, short=short),
                      lambda report: done(*keep_referral(editor, case, report, short=short)), failed,
                      name="spinemet-referral-pdf")
    return None


def keep_referral(editor: PageHost, case: Case, report: PdfReport, *, short: bool = False) -> tuple[Path | None, str]:
    """Keep a created referral with the case and write it out: the file, or None, and what to tell the user."""
    try:
        editor.store.add_report(case.id, report.data, created_at=report.created_at, language=report.language,
                                pages=report.pages, created_by=current_user())
        number = "".join(ch for ch in (case.patient.record_number or case.id) if ch.isalnum() or ch in "-_")
        kind = "short-referral" if short else "referral"
        path = write_report(f"{kind}-{number[:64]}-{report.created_at:%Y%m%d-%H%M%S}-{report.language}.pdf",
                            report.data)
    except (StoreError, OSError) as exc:
        return None, QCoreApplication.translate("SummaryPage", "The PDF could not be stored: %1").replace("%1", str(exc))
    created = (QCoreApplication.translate("SummaryPage", "Created %1 (1 page, SHA-256 %3).") if report.pages == 1 else
               QCoreApplication.translate("SummaryPage", "Created %1 (%2 pages, SHA-256 %3)."))
    text = created.replace("%1", str(path)).replace("%2", str(report.pages)).replace("%3", report.sha256[:16] + "…")
    if report.missing_glyphs:
        text += " " + QCoreApplication.translate("SummaryPage", "Characters the font lacks are shown as [U+…]: %1").replace(
            "%1", ", ".join(report.missing_glyphs))
    return path, text


def no_viewer_text(path: Path) -> str:
    """What to say when no program could show the PDF."""
    return QCoreApplication.translate(
        "SummaryPage", "No program to show PDF files could be started. The file is kept at %1; open it from its "
                       "folder or install a PDF viewer.").replace("%1", str(path))


__all__ = ["current_user", "keep_referral", "no_viewer_text", "start_referral"]
