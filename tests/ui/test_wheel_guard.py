"""The mouse wheel never changes an answer that does not have the keyboard focus (issue 22).

Scrolling a long page with the pointer over a drop-down once turned "Numbness: Yes" into "No"
and autosaved it. Every input that reacts to the wheel (combo boxes, spin boxes, sliders) on
every page is sent a wheel event without having the focus: the case stays as it was, and the
page scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
)

from spinemet_desktop.model import case_to_json
from tests.ui.conftest import example


def _wheel(widget, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Turn the wheel over the middle of a widget (negative: towards the user, i.e. down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _wheel_inputs(page):  # type: ignore[no-untyped-def]
    """Every widget of a page that the wheel could change a value of."""
    return [w for w in page.findChildren(QAbstractSpinBox) + page.findChildren(QComboBox)
            + page.findChildren(QAbstractSlider) if not isinstance(w, QScrollBar)]


def _stored(editor) -> str:  # type: ignore[no-untyped-def]
    return case_to_json(editor.case.model_copy(update={"updated_at": editor.case.created_at}))


def test_the_wheel_over_an_unfocused_input_changes_nothing_and_scrolls_the_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_case(example("breast"))
    editor = window.editor
    editor.nav.setFocus()
    before = _stored(editor)
    checked = scrolled = 0
    for index, page in enumerate(editor.pages):
        editor.go_to_page(index)
        editor.nav.setFocus()  # no input of the page has the focus
        QApplication.processEvents()
        inputs = _wheel_inputs(page)
        for widget in inputs:
            choice = widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()
            area = next((a for a in _ancestors(widget) if isinstance(a, QScrollArea)), None)
            bar = area.verticalScrollBar() if area is not None else None
            if bar is not None:
                bar.setValue(0)
            for steps in (-1, 1, -3):
                _wheel(widget, steps)
                QApplication.processEvents()
                if steps == -1 and bar is not None and bar.maximum() > 0:
                    assert bar.value() > 0, f"page {index + 1}: the page did not scroll over {widget.accessibleName()!r}"
                    scrolled += 1
            now = widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()
            assert now == choice, f"page {index + 1}: the wheel changed {widget.accessibleName()!r}"
            checked += 1
    QApplication.processEvents()
    assert editor.session is not None and not editor.session.dirty
    assert _stored(editor) == before
    assert not window.undo_action.isEnabled()
    assert checked > 40 and scrolled > 20  # every page's answers, not a handful


def test_the_wheel_still_changes_the_answer_that_has_the_focus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The guard is about focus, not a disabled wheel: a focused answer reacts (so the test above
    would see an unguarded one)."""
    window.show_case(example("breast"))
    editor = window.editor
    editor.go_to("history")
    field = editor.page("history").fields["history.complaint_sensory"]
    field.combo.setFocus()
    qtbot.waitUntil(field.combo.hasFocus)
    before = field.combo.currentIndex()
    _wheel(field.combo, 1 if before > 0 else -1)
    assert field.combo.currentIndex() != before


def _ancestors(widget):  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
