"""Baseline for the start-up benchmark: the least a PySide6 program does to show a window.

Imports QtWidgets, shows one QLabel, processes events once and quits, just as
``spinemet-desktop --smoke-test`` does with the real main window.
"""

import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("baseline")
label.show()
app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
QTimer.singleShot(0, app.quit)
app.exec()
print("bare: shown")
