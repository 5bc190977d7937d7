"""Drives the real application for the kill-and-recover test (started as a subprocess).

It starts the program through its own entry point (``spinemet_desktop.ui.app.run``: real store
in SPINEMET_DATA_DIR, real main window), presses Ctrl+N for a new case, types the surname given
on the command line into its field key by key, prints ``typed <case id>`` and keeps running
until the test kills it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from spinemet_desktop.ui.app import run
from spinemet_desktop.ui.main_window import MainWindow


def main() -> int:
    text = sys.argv[1]
    app = QApplication(sys.argv[:1])

    def drive() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        line = window.editor.page("history").fields["patient.surname"].line
        line.setFocus()
        for char in text:
            for action in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):  # any character, ü too
                QApplication.sendEvent(line, QKeyEvent(action, 0, Qt.KeyboardModifier.NoModifier, char))
            QTest.qWait(30)
        print("typed", window.editor.case.id, flush=True)

    QTimer.singleShot(300, drive)
    assert app is QApplication.instance()
    return run()


if __name__ == "__main__":
    sys.exit(main())
