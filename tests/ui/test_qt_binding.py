"""Guard against a Qt binding that corrupts reference counts (seen in PySide6 6.12.0 on Python 3.11).

Every call of a void-returning method there released a reference to None; after some thousand edits
the interpreter aborted ("deallocating None"). A clinician typing an exam must never hit that.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget


def test_void_methods_do_not_leak_or_release_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    item, widget, label = QTableWidgetItem(), QWidget(), QLabel()
    qtbot.addWidget(widget)
    qtbot.addWidget(label)
    for call in (lambda: item.setText("x"), lambda: widget.setAccessibleName("a"), lambda: label.setText("b")):
        before = sys.getrefcount(None)
        for _ in range(2000):
            call()
        assert abs(sys.getrefcount(None) - before) < 50
