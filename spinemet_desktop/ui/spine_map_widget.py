"""The spine map in the app: QPainter paints the drawing that ``present.spine_map`` lays out.

:class:`DrawingWidget` paints a :class:`~spinemet_desktop.present.drawing.Drawing` (the same
drawing the referral prints, laid out for the widget's width); its accessible name and
description are the figure's name and its text alternative, in plain text, so a screen reader
gets what the picture shows. The figure is read-only and takes no keyboard focus, like the body
chart.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model.case import Case
from spinemet_desktop.present import spine_map as spine
from spinemet_desktop.present.drawing import Drawing, Label, Rect
from spinemet_desktop.ui.labels import clinical, ui_renderer


def paint_drawing(p: QPainter, drawing: Drawing, scale: float, base: QFont) -> None:
    """Paint a drawing at the painter's origin, ``scale`` pixels per design unit: the shapes in
    order, then the labels (drawing.py: text is never covered)."""
    s = scale
    labels: list[Label] = []
    for shape in drawing.shapes:
        if isinstance(shape, Label):
            labels.append(shape)
            continue
        if shape.stroke:
            pen = QPen(QColor(shape.stroke), shape.width * s)
            if shape.dash:
                # Qt measures dashes in pen widths.
                pen.setDashPattern([d / shape.width for d in shape.dash])
            p.setPen(pen)
        else:
            p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        if isinstance(shape, Rect):
            rect = QRectF(shape.x * s, shape.y * s, shape.w * s, shape.h * s)
            if shape.radius:
                p.drawRoundedRect(rect, shape.radius * s, shape.radius * s)
            else:
                p.drawRect(rect)
            continue
        polygon = QPolygonF([QPointF(x * s, y * s) for x, y in shape.points])
        if shape.closed:
            p.drawPolygon(polygon)
        else:
            p.drawPolyline(polygon)
    fonts: dict[tuple[int, bool], tuple[QFont, QFontMetricsF]] = {}
    for label in labels:
        key = (max(1, round(label.size * s)), label.bold)
        if key not in fonts:
            font = QFont(base)
            font.setPixelSize(key[0])
            font.setBold(label.bold)
            fonts[key] = (font, QFontMetricsF(font))
        font, metrics = fonts[key]
        p.setFont(font)
        width = metrics.horizontalAdvance(label.text)
        x = label.x * s - {"middle": width / 2, "end": width}.get(label.anchor, 0.0)
        y = label.y * s
        if label.box:
            p.fillRect(QRectF(x - 1, y - 0.86 * label.size * s, width + 2, 1.12 * label.size * s), QColor(label.box))
        p.setPen(QColor(label.colour))
        p.drawText(QPointF(x, y), label.text)


class DrawingWidget(QWidget):
    """A figure from the presentation layer, laid out for the widget's width.

    The figure is laid out anew for the width it gets (between ``narrowest`` and ``widest``
    design units), so that its text keeps a readable size and wraps instead of shrinking; a
    narrower widget draws the narrowest layout smaller, a wider one centres the widest.
    """

    #: Pixels per design unit.
    SCALE = 1.1

    def __init__(self, name: str, narrowest: float, widest: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.narrowest, self.widest = narrowest, widest
        self.layout_for: Callable[[float], Drawing] | None = None
        self.content: object = None
        self.description = ""
        self._drawings: dict[int, Drawing] = {}
        self._fresh: set[int] = set()  # widths laid out for the current content
        self._asked_height = 0.0  # the layout's height when the page last asked for it
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(name)

    def set_figure(self, content: object, layout_for: Callable[[float], Drawing],
                   describe: Callable[[], str]) -> None:
        """Show a figure: ``content`` is what it shows (an edit that leaves it as it was costs
        nothing), ``layout_for(width)`` lays it out, ``describe()`` gives its text alternative.

        The description is set at once (screen readers); the layout is made when the figure is
        painted or its height is asked for, so that a figure scrolled out of view costs no time
        while the worksheet is typed."""
        content = (content, ui_renderer())  # the same content in another language is another figure
        if content == self.content:
            return
        first = self.layout_for is None
        self.content, self.layout_for = content, layout_for
        self._fresh.clear()
        description = describe()
        if description != self.description:
            self.description = description
            self.setAccessibleDescription(description)
            # Qt guesses rich text in tool tips: escaped inside <p>, the text shows as it is.
            self.setToolTip(f"<p>{escape(description)}</p>")
        if first:
            self.updateGeometry()
        self.update()

    def _design_width(self, pixels: int) -> int:
        return round(min(max(pixels / self.SCALE, self.narrowest), self.widest))

    def drawing(self, pixels: int, fresh: bool = True) -> Drawing | None:
        """The figure laid out for a widget ``pixels`` wide (the last few layouts are kept). With
        ``fresh=False`` the layout of the previous content will do (for the page's layout, which
        asks on every edit; the paint that follows a change corrects the height)."""
        if self.layout_for is None:
            return None
        width = self._design_width(pixels)
        if width not in self._drawings or (fresh and width not in self._fresh):
            if len(self._drawings) > 8:
                self._drawings.pop(next(iter(self._drawings)))
            self._drawings[width] = self.layout_for(width)
            self._fresh.add(width)
        return self._drawings[width]

    def _scale(self, pixels: int, drawing: Drawing) -> float:
        return min(self.SCALE, pixels / drawing.width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        drawing = self.drawing(width, fresh=False)
        if drawing is None:
            return 0
        self._asked_height = drawing.height
        return round(drawing.height * self._scale(width, drawing))

    def sizeHint(self) -> QSize:
        width = round(self.widest * self.SCALE)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = round(self.narrowest * 0.6)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        # A figure on paper: white whatever the colour scheme, so that its colours and hatching read the same.
        p.fillRect(self.rect(), QColor("#ffffff"))
        drawing = self.drawing(self.width())
        if drawing is not None and drawing.height != self._asked_height:
            self.updateGeometry()  # the new content is taller or shorter than the page was told
        if drawing is not None:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            scale = min(self._scale(self.width(), drawing), self.height() / drawing.height)
            p.translate((self.width() - drawing.width * scale) / 2, 0)
            paint_drawing(p, drawing, scale, self.font())
        p.end()


class SpineMapWidget(DrawingWidget):
    """The spine map of the open case (lesions, previous radiotherapy fields, neurological levels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Spine map"), spine.NARROWEST, spine.WIDTH, parent)
        self.setObjectName("spineMap")

    def show_case(self, case: Case, assessment: Assessment) -> None:
        m = spine.spine_map(case, assessment)
        self.set_figure(m, lambda width: spine.draw(m, clinical, width),
                        lambda: " ".join(clinical(line) for line in spine.text_alternative(m)))
