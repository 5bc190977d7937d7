"""Regenerate the screenshots in docs/screenshots/ from the example cases (offscreen Qt).

    python scripts/screenshots.py

Uses a throw-away data directory, a 1366 x 768 window (the smallest screen the app supports)
and the first example case (breast cancer, T10, MSCC).
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

    window = MainWindow(CaseStore())
    window.resize(1366, 768)
    window.show()
    window.show_case(example_cases()[0])
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for name, index in PAGES.items():
        window.editor.go_to_page(index)
        app.processEvents()
        path = out / f"{name}-en.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))
    window.editor.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
