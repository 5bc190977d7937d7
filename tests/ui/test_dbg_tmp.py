from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui.test_i18n_a11y import *
from tests.ui.test_i18n_a11y import _walk


def test_dbg(window, qtbot):
    language.install("de", pseudo=True)
    w = MainWindow(window.store)
    qtbot.addWidget(w)
    for view in _walk(w, qtbot):
        if view != "page 1":
            continue
        scroll = w.editor.pages[0].findChild(QScrollArea)
        vw = scroll.viewport().width()
        body = scroll.widget()
        print("VIEW", vw, body.minimumSizeHint().width())
        for child in body.findChildren(QWidget):
            if child.isVisible() and child.minimumSizeHint().width() > vw - 60:
                print("WIDE", type(child).__name__, child.minimumSizeHint().width(), (child.accessibleName() or getattr(child, "text", lambda: "")())[:80])
        break
    w.editor.close_case()
