"""Vector drawings as plain data, for the spine map and the trend chart.

A :class:`Drawing` is a list of a few primitive shapes in design units (a renderer scales them;
``y`` grows downwards, as on a screen). The app paints it with QPainter and the referral with
reportlab; neither renderer decides anything, so both show the same picture. Fills carry their
pattern as explicit hatch lines (:func:`hatch`), so a drawing reads the same in colour, in
black-and-white print and for colour-blind readers, and no renderer needs pattern support.

Labels are painted after every other shape, so text is never covered by a line or a fill. Texts
in a drawing are already in the reader's language: the layout functions take the
renderer's ``say`` (``model.text.localise`` with a catalogue), because wrapping and placing labels
depends on their length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

#: Renders a clinical text (model.text.Text, an N_ string, a number, a date) in the reader's language.
Say = Callable[[Any], str]

#: Advance of characters in ems, by class, rounded up from DejaVu Sans (the PDF's font; common UI
#: sans-serif fonts are no wider), so that an estimated line is not shorter than the printed one.
_NARROW, _WIDE = frozenset(" .,:;'!|()[]ijlrftI/–-"), frozenset("mwMWÄÖÜ—%@~")  # "~": pseudo-localisation


@cache
def _em(ch: str) -> float:
    if ch in _NARROW:
        return 0.36
    if ch in _WIDE:
        return 0.92
    if ch.isupper() or ch.isdigit():
        return 0.72
    return 0.62


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = "#000000"
    width: float = 0.6
    dash: tuple[float, ...] = ()
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Poly:
    """A polyline, or a polygon when ``closed``."""

    points: tuple[tuple[float, float], ...]
    closed: bool = False
    fill: str | None = None
    stroke: str | None = "#000000"
    width: float = 0.6
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Label:
    """One line of text; ``y`` is its baseline; ``box`` paints a background behind it."""

    x: float
    y: float
    text: str
    size: float
    anchor: str = "start"  # "start", "middle" or "end"
    bold: bool = False
    colour: str = "#000000"
    box: str | None = None


Shape = Rect | Poly | Label


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def text_width(text: str, size: float) -> float:
    """An upper estimate of a line's printed width."""
    return sum(map(_em, text)) * size


def wrap(text: str, size: float, width: float) -> list[str]:
    """Words into lines no wider than ``width`` (a single over-long word keeps its own line)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def hatch(x: float, y: float, w: float, h: float, step: float, direction: str, colour: str,
          width: float = 0.5) -> list[Poly]:
    """Parallel lines filling a rectangle: ``/`` or ``\\`` diagonals, ``-`` horizontals, ``|`` verticals."""
    lines: list[Poly] = []
    if direction == "-":
        level = y + step / 2
        while level < y + h:
            lines.append(Poly(((x, level), (x + w, level)), stroke=colour, width=width))
            level += step
        return lines
    if direction == "|":
        column = x + step / 2
        while column < x + w:
            lines.append(Poly(((column, y), (column, y + h)), stroke=colour, width=width))
            column += step
        return lines
    # Diagonals at 45°, spaced ``step`` apart along the x axis. In rectangle coordinates (u, v),
    # v downwards, "/" is the family u + v = c, clipped to [0, w] × [0, h]; "\\" is its mirror image.
    rising = direction == "/"
    offset = step / 2
    while offset < w + h:
        sx, ex = min(offset, w), max(offset - h, 0.0)
        sy, ey = offset - sx, offset - ex
        if rising:
            points = ((x + sx, y + sy), (x + ex, y + ey))
        else:
            points = ((x + sx, y + h - sy), (x + ex, y + h - ey))
        lines.append(Poly(points, stroke=colour, width=width))
        offset += step
    return lines


def spread(wanted: Sequence[float], heights: Sequence[float], top: float, bottom: float) -> list[float]:
    """Top edges for label blocks that want to start at ``wanted`` (sorted) without overlapping,
    kept between ``top`` and ``bottom`` where they fit: pushed down first, then back up."""
    placed: list[float] = []
    cursor = top
    for y, h in zip(wanted, heights, strict=True):
        y = max(y, cursor)
        placed.append(y)
        cursor = y + h
    limit = bottom
    for i in range(len(placed) - 1, -1, -1):
        if placed[i] + heights[i] > limit:
            placed[i] = max(limit - heights[i], top)
        limit = placed[i]
    return placed


def label_lines(x: float, y: float, lines: Sequence[str], size: float, leading: float, **style: Any) -> list[Label]:
    """Consecutive lines of text; ``y`` is the top of the first line."""
    return [Label(x, y + size + i * leading, line, size, **style) for i, line in enumerate(lines)]
