"""Drives the real application on a clinic server for tests/e2e/test_clinic_server.py (a subprocess).

    python clinic_driver.py CASE_ID TEXT [--interval SECONDS] [--then quit|wait]

It starts the program through its own entry point (``spinemet_desktop.ui.app.run``: the store
named by SPINEMET_STORE_URL, the real main window), opens the case, types TEXT into the surname
field key by key and reports on stdout, one line each: ``opened``, ``typed N`` after the N-th key,
``state TEXT`` whenever the save state in the header changes, and at the end either ``synced``
(every edit on the server; then it quits through the window, as a user would) or ``waiting``
(it keeps running until the test kills it). ``refused MESSAGE`` if the case cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from spinemet_desktop.ui.app import run
from spinemet_desktop.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("case_id")
    parser.add_argument("text")
    parser.add_argument("--interval", type=float, default=0.1)
    parser.add_argument("--then", choices=("quit", "wait"), default="quit")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    shown = {"state": ""}

    def say(line: str) -> None:
        print(line, flush=True)

    def watch(window: MainWindow) -> None:
        text = window.editor.save_state.text()
        if text != shown["state"]:
            shown["state"] = text
            say(f"state {text}")

    def drive() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        try:
            window.editor.open_case(window.store.get(args.case_id))
        except Exception as exc:  # noqa: BLE001 - reported to the test, which decides
            say(f"refused {exc}")
            app.exit(3)
            return
        window.stack.setCurrentWidget(window.editor)
        say("opened")
        watcher = QTimer(window, interval=20)
        watcher.timeout.connect(lambda: watch(window))
        watcher.start()
        line = window.editor.page("history").fields["patient.surname"].line
        line.setFocus()
        for i, char in enumerate(args.text, start=1):
            for action in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(line, QKeyEvent(action, 0, Qt.KeyboardModifier.NoModifier, char))
            say(f"typed {i}")
            QTest.qWait(int(args.interval * 1000))
        if args.then == "wait":
            QTest.qWait(1500)  # every key is saved (or kept) at most a second after it was typed
            say("waiting")
            return
        deadline = time.monotonic() + 90
        editor = window.editor
        while time.monotonic() < deadline and ((editor.session is not None and editor.session.dirty)
                                                or window.store.pending_edits()
                                                or not editor.save_state.text().startswith("Saved")):
            QTest.qWait(100)
        watch(window)
        say("synced" if window.store.pending_edits() == 0 else "NOT synced")
        window.close()

    def drive_or_fail() -> None:
        try:
            drive()
        except Exception as exc:  # noqa: BLE001 - a broken driver must fail the test, not hang it
            say(f"driver error {type(exc).__name__}: {exc}")
            app.exit(4)

    QTimer.singleShot(300, drive_or_fail)
    return run()


if __name__ == "__main__":
    sys.exit(main())
