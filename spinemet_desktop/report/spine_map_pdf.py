"""The spine map and the trend chart in the referral: vector drawings with their text alternative.

:func:`paint` draws a :class:`~spinemet_desktop.present.drawing.Drawing` with reportlab's path
operators (no raster image), and :class:`Beside` puts it beside its text alternative as ordinary
text, so a reader without the picture, a screen reader and a text search
find the same content. Everything shown comes from :mod:`spinemet_desktop.present.spine_map` and
:mod:`spinemet_desktop.present.trend`.

Integration: ``report/pdf.py`` places a :class:`SpineMapSection` after the urgent recommendations
and, when that puts the map after page 2 (a crowded page 1), builds the referral again from new
flowables with the map before them (reportlab marks flowables it has moved to a later page, so a
story is not built twice); it places :func:`trend_section` after the ISNCSCI worksheet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model.case import Case
from spinemet_desktop.present import spine_map as spine
from spinemet_desktop.present import trend as serial
from spinemet_desktop.present.drawing import Drawing, Label, Poly, Rect, Say


class Paragraphs(Protocol):
    """What the sections need of the referral's layout (report.pdf._Layout)."""

    def checked(self, text: str, font: str = ...) -> str: ...

    def p(self, text: str, style: str = "base", markup: bool = False) -> Flowable: ...


@cache
def hex_colour(code: str) -> colors.Color:
    """A colour of the report (made once: reportlab's HexColor takes as long as drawing a line)."""
    return colors.HexColor(code)


def paint(c: Any, drawing: Drawing, scale: float, checked: Callable[[str, str], str], font: str, bold: str) -> None:
    """Paint a drawing with its top-left corner at (0, height) of the canvas (reportlab's y points up).

    Shapes in order, the labels last (drawing.py: text is never covered). Colour, width and dash
    are set only when they change, and runs of lines of one style go into one path: a drawing has
    hundreds of hatch lines, and each PDF operator costs time in every referral.
    """
    s, height = scale, drawing.height * scale
    c.saveState()
    c.setLineJoin(1)
    state: dict[str, Any] = {}
    unset = object()  # nothing is taken over from the page around the drawing

    def use(key: str, value: Any, setter: Callable[[Any], None]) -> None:
        if state.get(key, unset) != value:
            state[key] = value
            setter(value)

    def pen(shape: Rect | Poly) -> None:
        if shape.stroke:
            use("stroke", shape.stroke, lambda v: c.setStrokeColor(hex_colour(v)))
        use("width", shape.width, lambda v: c.setLineWidth(v * s))
        use("dash", shape.dash, lambda v: c.setDash([d * s for d in v] if v else []))
        if shape.fill:
            use("fill", shape.fill, lambda v: c.setFillColor(hex_colour(v)))

    labels: list[Label] = []
    path, path_style = None, None
    for shape in drawing.shapes:
        if isinstance(shape, Label):
            labels.append(shape)
            continue
        style = (shape.stroke, shape.width, shape.dash)
        if isinstance(shape, Poly) and not shape.closed and shape.stroke:
            if path is None or path_style != style:
                if path is not None:
                    c.drawPath(path, stroke=1, fill=0)
                pen(shape)
                path, path_style = c.beginPath(), style
            (x0, y0), *rest = shape.points
            path.moveTo(x0 * s, height - y0 * s)
            for x, y in rest:
                path.lineTo(x * s, height - y * s)
            continue
        if path is not None:
            c.drawPath(path, stroke=1, fill=0)
            path = None
        pen(shape)
        stroke, fill = int(bool(shape.stroke)), int(bool(shape.fill))
        if isinstance(shape, Rect):
            box = (shape.x * s, height - (shape.y + shape.h) * s, shape.w * s, shape.h * s)
            if shape.radius:
                c.roundRect(*box, shape.radius * s, stroke=stroke, fill=fill)
            else:
                c.rect(*box, stroke=stroke, fill=fill)
        else:
            polygon = c.beginPath()
            (x0, y0), *rest = shape.points
            polygon.moveTo(x0 * s, height - y0 * s)
            for x, y in rest:
                polygon.lineTo(x * s, height - y * s)
            polygon.close()
            c.drawPath(polygon, stroke=stroke, fill=fill)
    if path is not None:
        c.drawPath(path, stroke=1, fill=0)
    placed = []
    for label in labels:
        face = bold if label.bold else font
        text, size = checked(label.text, face), label.size * s
        width = stringWidth(text, face, size)
        x, y = label.x * s, height - label.y * s
        left = {"middle": x - width / 2, "end": x - width}.get(label.anchor, x)
        placed.append((left, y, text, face, size, label.colour))
        if label.box:
            use("fill", label.box, lambda v: c.setFillColor(hex_colour(v)))
            c.rect(left - 0.8, y - 0.28 * size, width + 1.6, size * 1.12, stroke=0, fill=1)
    writing = c.beginText()
    for left, y, text, face, size, colour in placed:
        if state.get("font") != (face, size):
            state["font"] = (face, size)
            writing.setFont(face, size)
        if state.get("text colour") != colour:
            state["text colour"] = colour
            writing.setFillColor(hex_colour(colour))
        writing.setTextOrigin(left, y)
        writing.textOut(text)
    c.drawText(writing)
    c.restoreState()


class Beside(Flowable):  # type: ignore[misc]
    """A drawing on the left and paragraphs (its text alternative) on the right.

    The drawing takes ``share`` of the width; when the rest of the page is too short it is drawn
    smaller (down to ``smallest`` of that), so that it stays on the page the report puts it on.
    """

    def __init__(self, drawing: Drawing, paragraphs: list[Flowable], share: float,
                 checked: Callable[[str, str], str], font: str, bold: str, smallest: float = 0.75) -> None:
        super().__init__()
        self.drawing, self.paragraphs, self.share, self.smallest = drawing, paragraphs, share, smallest
        self.checked, self.font, self.bold = checked, font, bold
        self.scale, self.text_heights = 1.0, [0.0] * len(paragraphs)
        self.page: int | None = None
        #: Told the page the drawing lands on (a part made by :meth:`split` tells its original).
        self.on_page: Callable[[int], None] | None = None

    def _layout(self, width: float, factor: float) -> float:
        # Never taller than a page can hold (a map of a hundred lesions is drawn smaller; its text
        # alternative beside it says everything in words).
        self.scale = min(width * self.share * factor / self.drawing.width, _MAX_FIGURE_HEIGHT / self.drawing.height)
        text_width = width - self.drawing.width * self.scale - _GAP
        self.text_heights = [p.wrap(text_width, 1e6)[1] for p in self.paragraphs]
        return max(self.drawing.height * self.scale, sum(self.text_heights))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        factor = 1.0
        height = self._layout(available_width, factor)
        while height > available_height and factor > self.smallest:
            factor = max(self.smallest, factor - 0.05)
            height = self._layout(available_width, factor)
        self.width, self.height = available_width, height
        return available_width, height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        """Too tall for the rest of the page (a long text alternative): the drawing with the
        paragraphs beside it that fit, the others below it; nothing if not even the drawing fits."""
        factor = self.smallest
        self._layout(available_width, factor)
        if self.drawing.height * self.scale > available_height:
            return []
        room = max(available_height, self.drawing.height * self.scale)
        used, count = 0.0, 0
        for height in self.text_heights:
            if used + height > room:
                break
            used, count = used + height, count + 1
        first = Beside(self.drawing, self.paragraphs[:count], self.share, self.checked, self.font, self.bold,
                       self.smallest)
        first.on_page = self._drawn_on
        return [first, *self.paragraphs[count:]]

    def _drawn_on(self, page: int) -> None:
        self.page = page
        if self.on_page is not None:
            self.on_page(page)

    def draw(self) -> None:
        c = self.canv
        self._drawn_on(c.getPageNumber())
        c.saveState()
        c.translate(0, self.height - self.drawing.height * self.scale)
        paint(c, self.drawing, self.scale, self.checked, self.font, self.bold)
        c.restoreState()
        x, y = self.drawing.width * self.scale + _GAP, self.height
        for paragraph, height in zip(self.paragraphs, self.text_heights, strict=True):
            y -= height
            paragraph.drawOn(c, x, y)


_GAP = 3 * mm
#: The tallest a figure is drawn (points; an A4 page's frame is about 740).
_MAX_FIGURE_HEIGHT = 600.0


class SpineMapSection:
    """The map's heading, drawing and text alternative as one flowable, placed after the urgent
    advice or (``early``) before it, and the page it was drawn on."""

    def __init__(self, case: Case, a: Assessment, say: Say, lay: Paragraphs, font: str, bold: str,
                 early: bool = False) -> None:
        m = spine.spine_map(case, a)
        text = [lay.p(say(line), "small") for line in spine.text_alternative(m)]
        self._figure = Beside(spine.draw(m, say), text, 0.56, lay.checked, font, bold)
        flowable = KeepTogether([lay.p(say(spine.TITLE), "h2"), self._figure])
        self.before_advice: list[Any] = [flowable] if early else []
        self.after_advice: list[Any] = [] if early else [flowable]

    @property
    def page(self) -> int | None:
        """The page the map was drawn on (None before the referral is built)."""
        return self._figure.page


def trend_section(case: Case, a: Assessment, say: Say, lay: Paragraphs, font: str, bold: str) -> list[Any]:
    """The serial examinations over time, when there are two or more (nothing otherwise)."""
    t = serial.trend(case, a)
    if t is None:
        return []
    text = [lay.p(say(line), "small") for line in serial.text_alternative(t)]
    return [KeepTogether([lay.p(say(serial.TITLE), "h3"),
                          Beside(serial.draw(t, say), text, 0.6, lay.checked, font, bold)])]
