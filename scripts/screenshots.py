"""Regenerate the screenshots in docs/screenshots/ from the example cases (offscreen Qt).

    python scripts/screenshots.py

Uses a throw-away data directory, a 1366 x 768 window (the smallest screen the app supports)
and the first example case (breast cancer, T10, MSCC). Each page and the case list, in German
and English, each also pseudo-localised (every text about 40 % longer, in brackets: what is cut
off or untranslated shows): ``<page>-<de|en>[-pseudo].png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {"history": 0, "neurology": 1, "imaging": 2, "labs": 3, "summary": 4}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SPINEMET_DATA_DIR"] = tempfile.mkdtemp(prefix="spinemet-shots-")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from spinemet_desktop.store import CaseStore
    from spinemet_desktop.ui.app import example_cases
    from spinemet_desktop.ui.main_window import MainWindow

    from spinemet_desktop.ui import language

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
            _save(window, out / f"case-list-{suffix}.png")
            window.show_case(case)
            for name, index in PAGES.items():
                window.editor.go_to_page(index)
                app.processEvents()
                _save(window, out / f"{name}-{suffix}.png")
                if name == "neurology":  # the spine map and the trend, at the bottom of the page
                    _scroll_to_figures(window, app)
                    _save(window, out / f"{name}-figures-{suffix}.png")
            window.editor.close_case()
            window.close()
            window.deleteLater()
            app.processEvents()
    referral_pages(out)
    return 0


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
    import shutil
    import subprocess
    from datetime import datetime

    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.report.pdf import build_referral_pdf
    from spinemet_desktop.ui.app import example_cases

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) not found: referral page images not made")
        return
    case = example_cases()[0]
    a = assess(case, reference_time(case, datetime.now().astimezone()))
    for language in ("de", "en"):
        pdf = out / f"referral-{language}.pdf"
        pdf.write_bytes(build_referral_pdf(case, a, language=language).data)
        for page in (1, 2):  # one at a time: pdftoppm pads page numbers ("-01") in longer documents
            png = out / f"referral-{language}-page-{page}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(png)], check=True)
            print(png.with_suffix(".png").relative_to(ROOT))
        pdf.unlink()


if __name__ == "__main__":
    raise SystemExit(main())
