"""Starting the Qt application (and the headless smoke test)."""

from __future__ import annotations

import sys
import time
from importlib.resources import files

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from spinemet_desktop import __version__
from spinemet_desktop.model import Case, CaseFileError, case_from_json
from spinemet_desktop.store import CaseStore, StoreError


def example_cases() -> list[Case]:
    folder = files("spinemet_desktop.resources").joinpath("examples")
    return [case_from_json(p.read_bytes()) for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".json")]


def run(smoke_test: bool = False) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("spinemet-desktop")
    app.setApplicationVersion(__version__)
    from spinemet_desktop.ui.main_window import MainWindow

    try:
        store = CaseStore()
    except StoreError as exc:
        if smoke_test:
            print(f"smoke-test: store unavailable: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "spinemet-desktop", str(exc))
        return 1
    window = MainWindow(store)
    if smoke_test:
        summaries = store.list_cases(limit=1)
        try:
            case = store.get(summaries[0].id) if summaries else example_cases()[0]
        except (KeyError, CaseFileError):
            case = example_cases()[0]
        window.show_case(case)
    window.show()
    if smoke_test:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QTimer.singleShot(0, app.quit)
        app.exec()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"smoke-test: main window shown with case {case.id} in {elapsed:.0f} ms")
        store.close()
        return 0
    code = app.exec()
    store.close()
    return code
