"""What a user would see cut off: texts that do not fit the widget that shows them.

Used by the pseudo-localisation, large-text and small-screen tests. A text counts as cut off
when its widget is visible (on the page in view) and smaller than the text needs: a label one
line too short or too narrow, a button or check box narrower than its caption, a group box
narrower than its title, a menu bar that has to hide menus, a scroll area that needs a
horizontal scroll bar (its content is wider than the window gives it), a header section (of a
table or the ISNCSCI worksheet) narrower than its title, a text a widget paints itself (the body
chart's legend and labels) wider than the box it is painted in, or a window that does not fit
the screen at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStyle,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _where(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName() or type(widget).__name__
    return f"{type(widget).__name__} {name!r}"


def clipped_texts(window: QWidget, screen: tuple[int, int] = (1366, 768)) -> list[str]:
    found: list[str] = []
    if window.width() > screen[0] or window.height() > screen[1]:
        hint = window.minimumSizeHint()
        found.append(f"window grew to {window.width()} x {window.height()} px (needs at least "
                     f"{hint.width()} x {hint.height()}): larger than the {screen[0]} x {screen[1]} screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            width = widget.contentsRect().width()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    found.append(f"{_where(widget)} {widget.text()[:60]!r}: needs {needed} px height, has {widget.height()}")
            elif widget.sizeHint().width() > width + widget.margin() * 2 + SLACK + 2 * widget.frameWidth():
                found.append(f"{_where(widget)} {widget.text()[:60]!r}: needs {widget.sizeHint().width()} px, has {width}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"{_where(widget)} {widget.text()!r}: needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                found.append(f"{_where(widget)} {widget.title()!r}: title needs {needed} px, has {widget.width()}")
        elif isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisibleTo(window) and bar.maximum() > SLACK:  # 1 px of a table border hides nothing
                found.append(f"{_where(widget)}: content {bar.maximum()} px wider than its view")
        if isinstance(widget, QHeaderView):
            found += _clipped_sections(widget)
        painted = getattr(widget, "painted_texts", None)
        if callable(painted):
            metrics = QFontMetricsF(widget.text_font())  # type: ignore[attr-defined]
            found += [f"{_where(widget)} paints {text!r}: needs {metrics.horizontalAdvance(text):.0f} px, has "
                      f"{box.width():.0f}" for box, _align, text in painted()
                      if metrics.horizontalAdvance(text) > box.width() + SLACK]
    if isinstance(window, QMainWindow):
        bar = window.menuBar()
        if bar.sizeHint().width() > window.width():
            found.append(f"menu bar needs {bar.sizeHint().width()} px, window has {window.width()}")
    return found


def _clipped_sections(header: QHeaderView) -> list[str]:
    """Header sections whose title is wider (or, across, taller) than the section shows."""
    model = header.model()
    if model is None:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
        has = header.sectionSize(section) if header.orientation() == Qt.Orientation.Horizontal else header.width()
        if width > has + SLACK:
            found.append(f"{_where(header.parentWidget() or header)} header {text!r}: needs {width} px, has {has}")
    return found


def focus_chain(window: QWidget, within: QWidget | None = None) -> list[QWidget]:
    """The widgets Tab visits, in order, that are visible (inside ``within`` if given)."""
    from PySide6.QtCore import Qt

    chain: list[QWidget] = []
    start = window
    widget = start.nextInFocusChain()
    while widget is not start and len(chain) < 5000:
        if (widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and (within is None or within.isAncestorOf(widget))):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def unnamed_controls(window: QWidget, within: QWidget | None = None) -> list[str]:
    """Controls in the Tab order whose accessible name or description is empty, as a screen
    reader gets them (Qt falls back to the caption, the buddy label and the tool tip)."""
    from PySide6.QtGui import QAccessible

    found = []
    for widget in focus_chain(window, within):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face else ""
        if isinstance(widget, QComboBox):  # on Linux Qt reports a combo box's value as its name
            name = widget.accessibleName().strip()
        description = face.text(QAccessible.Text.Description).strip() if face else ""
        if not name or not description:
            found.append(f"{type(widget).__name__} name={name!r} description={description!r} "
                         f"parent={type(widget.parent()).__name__}")
    return found
