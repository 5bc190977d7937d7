"""Regenerate the screenshots in docs/screenshots/ from the example cases (offscreen Qt).

    python scripts/screenshots.py                 every screenshot
    python scripts/screenshots.py triage labs     only these pages (and, for triage, the short referral)

Uses a throw-away data directory, a 1366 x 768 window (the smallest screen the app supports)
and the first example case (breast cancer, T10, MSCC). Each page and the case list, in German
and English, each also pseudo-localised (every text about 40 % longer, in brackets: what is cut
off or untranslated shows): ``<page>-<de|en>[-pseudo].png``. The triage page also as a new case
after the first answers (``triage-new-…``), and the short referral of that case
(``referral-short-<de|en>.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("triage", "history", "neurology", "imaging", "labs", "summary")
#: The first answers of a new case on the triage page (the new-case screenshot and the short referral).
FIRST_ANSWERS = (("history.complaint_weakness", True), ("history.known_cancer", True),
                 ("history.primary_tumour", "breast"), ("neuro.ambulatory", "not_ambulatory"))


def main() -> int:
    only = set(sys.argv[1:]) or {"case-list", *PAGES}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SPINEMET_DATA_DIR"] = tempfile.mkdtemp(prefix="spinemet-shots-")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from spinemet_desktop.store import CaseStore
    from spinemet_desktop.ui import language
    from spinemet_desktop.ui.app import example_cases
    from spinemet_desktop.ui.main_window import MainWindow

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    store = CaseStore()
    case = example_cases()[0]
    for lang in ("de", "en"):
        for pseudo in (False, True):
            language.install(lang, pseudo=pseudo)
            suffix = f"{lang}-pseudo" if pseudo else lang
            window = MainWindow(store)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            if "case-list" in only:
                _save(window, out / f"case-list-{suffix}.png")
            if "triage" in only:
                _new_triage(window, app, out / f"triage-new-{suffix}.png", None if pseudo else out / f"referral-short-{lang}")
            window.show_case(case)
            for name in PAGES:
                if name not in only:
                    continue
                window.editor.go_to(name)
                app.processEvents()
                _save(window, out / f"{name}-{suffix}.png")
                if name == "neurology":  # the spine map and the trend, at the bottom of the page
                    _scroll_to_figures(window, app)
                    _save(window, out / f"{name}-figures-{suffix}.png")
            window.editor.close_case()
            window.close()
            window.deleteLater()
            app.processEvents()
    if "summary" in only:
        referral_pages(out)
    return 0


def _new_triage(window, app, path: Path, referral: Path | None) -> None:  # type: ignore[no-untyped-def]
    """A new case after the first answers on the triage page; its short referral as an image."""
    from spinemet_desktop.session import ops

    window.new_case()
    editor = window.editor
    page = editor.current_page()
    for address, value in FIRST_ANSWERS:  # as the page writes them (the first neuro answer starts the exam)
        page.edited(editor.apply(page.operation(address, value)))
    editor.apply(ops.set_fields([("patient.surname", "Muster"), ("patient.given_name", "Erika")]))
    page.refresh(editor.case)
    app.processEvents()
    _save(window, path)
    if referral is not None:
        _pdf_page(build_short(editor), referral)
    editor.close_case()


def build_short(editor) -> bytes:  # type: ignore[no-untyped-def]
    from spinemet_desktop.i18n import current_language
    from spinemet_desktop.report.pdf import build_referral_pdf

    return build_referral_pdf(editor.case, editor.assessment, language=current_language(), short=True).data


def _pdf_page(data: bytes, png: Path, page: int = 1) -> None:
    """One page of a PDF as PNG (needs pdftoppm)."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) not found: no image of the PDF")
        return
    pdf = png.with_suffix(".pdf")
    pdf.write_bytes(data)
    # one page at a time: pdftoppm pads page numbers ("-01") in longer documents
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(png)],
                   check=True)
    pdf.unlink()
    print(png.with_suffix(".png").relative_to(ROOT))


def _scroll_to_figures(window, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    from spinemet_desktop.ui.spine_map_widget import SpineMapWidget

    page = window.editor.current_page()
    page.findChild(QScrollArea).ensureWidgetVisible(page.findChild(SpineMapWidget), 0, 0)
    app.processEvents()


def _save(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.grab().save(str(path))
    print(path.relative_to(ROOT))


def referral_pages(out: Path) -> None:
    """Pages 1 and 2 of the referral PDF of the first example, German and English (needs pdftoppm)."""
    from datetime import datetime

    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.report.pdf import build_referral_pdf
    from spinemet_desktop.ui.app import example_cases

    case = example_cases()[0]
    a = assess(case, reference_time(case, datetime.now().astimezone()))
    for language in ("de", "en"):
        data = build_referral_pdf(case, a, language=language).data
        for page in (1, 2):
            _pdf_page(data, out / f"referral-{language}-page-{page}", page)


if __name__ == "__main__":
    raise SystemExit(main())
