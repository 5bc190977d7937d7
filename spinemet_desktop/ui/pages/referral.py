"""Creating a referral PDF from the editor: build it, keep it with the case (time and hash), write it
to the data folder. The summary page creates the full referral, the triage page the short one."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from spinemet_desktop.store import StoreError, data_dir
from spinemet_desktop.store.db import write_atomic_bytes
from spinemet_desktop.ui.pages.base import PageHost


def current_user() -> str:
    """The operating-system user, recorded with overrides and created referrals."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name available (e.g. a container without passwd entry)
        return "unknown user"


def create_referral(editor: PageHost, language: str, *, short: bool = False) -> tuple[Path | None, str]:
    """Create the referral (``short``: the one-page referral of the triage facts), keep it with the
    case and write it out: the file, or None, and what to tell the user."""
    from spinemet_desktop.report.pdf import build_referral_pdf

    if editor.case is None or editor.assessment is None or not editor.ensure_saved():
        return None, QCoreApplication.translate("SummaryPage", "The case could not be saved; the PDF was not created.")
    case = editor.case
    report = build_referral_pdf(case, editor.assessment, language=language, short=short)
    try:
        editor.store.add_report(case.id, report.data, created_at=report.created_at, language=report.language,
                                pages=report.pages, created_by=current_user())
        folder = data_dir() / "reports"
        folder.mkdir(mode=0o700, exist_ok=True)
        number = "".join(ch for ch in (case.patient.record_number or case.id) if ch.isalnum() or ch in "-_")
        kind = "short-referral" if short else "referral"
        path = folder / f"{kind}-{number}-{report.created_at:%Y%m%d-%H%M%S}-{report.language}.pdf"
        write_atomic_bytes(path, report.data)
    except (StoreError, OSError) as exc:
        return None, QCoreApplication.translate("SummaryPage", "The PDF could not be stored: %1").replace("%1", str(exc))
    created = (QCoreApplication.translate("SummaryPage", "Created %1 (1 page, SHA-256 %3).") if report.pages == 1 else
               QCoreApplication.translate("SummaryPage", "Created %1 (%2 pages, SHA-256 %3)."))
    text = created.replace("%1", str(path)).replace("%2", str(report.pages)).replace("%3", report.sha256[:16] + "…")
    if report.missing_glyphs:
        text += " " + QCoreApplication.translate("SummaryPage", "Characters the font lacks are shown as [U+…]: %1").replace(
            "%1", ", ".join(report.missing_glyphs))
    return path, text


__all__ = ["create_referral", "current_user"]
