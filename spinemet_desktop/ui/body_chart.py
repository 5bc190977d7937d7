"""A schematic dermatome chart (front view) that shows the sensory findings and sensory levels.

The figure is schematic: it places each ISNCSCI dermatome at the region of its key sensory point
(ISNCSCI worksheet) so that a level can be read at a glance; it is not an anatomical map. The
patient's right side is drawn on the viewer's left, as on the ASIA worksheet. S2, S3 and S4-5
(posterior thigh and saddle) are drawn in a separate inset because they cannot be seen from the
front.

Each region shows the combined light-touch and pin-prick state of its dermatome on that side by
pattern as well as shade, with a legend, so nothing depends on colour alone. The dermatomes that
are candidates for the sensory level get a thick outline and a label. The chart only displays
values of the exam and the level that ``clinical.isncsci`` computed; it decides nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from spinemet_desktop.clinical.isncsci.sensory_map import (
    ABSENT,
    IMPAIRED,
    INTACT,
    NOT_EXAMINED,
    NOT_TESTABLE,
    STATES,
    level_candidates,
    sensory_states,
)
from spinemet_desktop.model.isncsci import IsncsciValues
from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.ui.plain import tooltip

# Brush per state: shade *and* pattern (no information by colour alone).
_STYLE = {
    INTACT: (QColor("#ffffff"), Qt.BrushStyle.SolidPattern),
    IMPAIRED: (QColor("#5a5a5a"), Qt.BrushStyle.BDiagPattern),
    ABSENT: (QColor("#1a1a1a"), Qt.BrushStyle.DiagCrossPattern),
    NOT_TESTABLE: (QColor("#5a5a5a"), Qt.BrushStyle.Dense6Pattern),
    NOT_EXAMINED: (QColor("#c8c8c8"), Qt.BrushStyle.SolidPattern),
}

# Figure in a 260 x 440 design box. Rectangles are (x, y, w, h) for the patient's RIGHT side
# (viewer's left); the left side is mirrored about x = 130.
_TRUNK_TOP, _TRUNK_BOTTOM = 84.0, 246.0
_TRUNK_LEVELS = ("T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1")


def _right_regions() -> dict[str, list[QRectF]]:
    r: dict[str, list[QRectF]] = {
        "C2": [QRectF(116, 50, 14, 9)],
        "C3": [QRectF(116, 59, 14, 10)],
        "C4": [QRectF(86, 69, 44, 15)],
        # Arm hanging at the side, palm forward: lateral (radial) half is the outer half.
        "C5": [QRectF(62, 84, 12, 78)],
        "T1": [QRectF(74, 84, 12, 78)],
        "C6": [QRectF(58, 162, 12, 70), QRectF(56, 232, 8, 26)],
        "C8": [QRectF(70, 162, 12, 70), QRectF(72, 232, 8, 26)],
        "C7": [QRectF(64, 232, 8, 30)],
        # Leg: thigh, knee, lower leg (medial L4, lateral L5), foot (dorsum L5, lateral S1).
        "L2": [QRectF(88, 246, 40, 46)],
        "L3": [QRectF(88, 292, 40, 40)],
        "L4": [QRectF(108, 332, 20, 62)],
        "L5": [QRectF(90, 332, 18, 62), QRectF(100, 394, 28, 18)],
        "S1": [QRectF(86, 394, 14, 18)],
    }
    step = (_TRUNK_BOTTOM - _TRUNK_TOP) / len(_TRUNK_LEVELS)
    for i, level in enumerate(_TRUNK_LEVELS):
        r[level] = [QRectF(86, _TRUNK_TOP + i * step, 44, step)]
    return r


_RIGHT = _right_regions()
# Saddle inset: concentric half-rings centred at (222, 330); radius outer..inner per dermatome.
_SADDLE_CENTRE = QPointF(222, 330)
_SADDLE = {"S2": 34.0, "S3": 23.0, "S4_5": 12.0}


#: The width of the legend (chart coordinates): swatch, gap and text.
_LEGEND_COLUMN = 256
#: The chart's height in its own coordinates: the figure (to y 412) and the legend under it.
_HEIGHT = 520.0


class BodyChart(QWidget):
    """Paints the dermatome states of one exam and marks the sensory-level candidates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: dict[tuple[str, str], str] = {}
        self.levels: dict[str, str | None] = {"right": None, "left": None}
        self._described = False  # the accessible description and tooltip are set
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()
        self.setMinimumSize(QSize(200, 340))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body chart of the sensory examination"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._legend = {
            INTACT: self.tr("intact"),
            IMPAIRED: self.tr("impaired"),
            ABSENT: self.tr("absent"),
            NOT_TESTABLE: self.tr("not testable"),
            NOT_EXAMINED: self.tr("not examined"),
        }

    def sizeHint(self) -> QSize:
        return QSize(260, int(_HEIGHT))

    def show_exam(self, values: IsncsciValues, right_sensory: str | None, left_sensory: str | None) -> None:
        """Show an examination's sensory findings; an unchanged chart is not drawn again (most
        edits change a motor score or a result elsewhere)."""
        states = sensory_states(values)
        levels = {"right": right_sensory, "left": left_sensory}
        if states == self.states and levels == self.levels and self._described:
            return
        self.states = states
        self.levels = levels
        self._described = True
        self.setAccessibleDescription(self.describe())
        self.setToolTip(tooltip(self.describe()))
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        parts = []
        for side, name in (("right", self.tr("Right")), ("left", self.tr("Left"))):
            level = self.levels[side] or self.tr("not determined")
            line = self.tr("%1 sensory level: %2.").replace("%1", name).replace("%2", level.replace("S4_5", "S4-5"))
            for state in (ABSENT, IMPAIRED, NOT_TESTABLE):
                levels = [lv.replace("S4_5", "S4-5") for lv in DERMATOMES if self.states.get((side, lv)) == state]
                if levels:
                    line += " " + self._legend[state].capitalize() + ": " + ", ".join(levels) + "."
            parts.append(line)
        return " ".join(parts)

    # -- painting -------------------------------------------------------------------------
    def regions(self, side: str) -> dict[str, list[QRectF]]:
        if side == "right":
            return _RIGHT
        return {level: [QRectF(260 - r.x() - r.width(), r.y(), r.width(), r.height()) for r in rects]
                for level, rects in _RIGHT.items()}

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        """The chart is drawn once into a picture and that picture is shown until anything drawn
        changes (findings, levels, texts, colours, size)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, tuple(sorted(self.states.items())), tuple(self.levels.items()),
               tuple(t for _b, _a, t in self.painted_texts()), self.palette().base().color().rgba(),
               self.palette().text().color().rgba(), self.font().key())
        if key != self._picture_key or self._picture is None:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            self._draw(painter)
            painter.end()
            self._picture, self._picture_key = picture, key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._picture)
        p.end()

    def _draw(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        scale = min(self.width() / 260.0, self.height() / _HEIGHT)
        p.translate((self.width() - 260 * scale) / 2, 0)
        p.scale(scale, scale)
        p.setFont(self.text_font())

        # Head (trigeminal territory, not an ISNCSCI dermatome): outline only.
        p.setPen(QPen(QColor("#404040"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(112, 12, 36, 38))

        for side in ("right", "left"):
            candidates = level_candidates(self.levels[side])
            for level, rects in self.regions(side).items():
                for rect in rects:
                    self._fill(p, rect, self.states.get((side, level), NOT_EXAMINED), level in candidates)
            self._saddle(p, side, candidates)
        self._legend_box(p)
        p.setPen(QPen(self.palette().text().color()))
        for box, align, text in self.painted_texts():
            p.drawText(box, align, text)

    def text_font(self) -> QFont:
        """The font of the texts painted in the chart (before the chart is scaled)."""
        font = QFont(self.font())
        font.setPointSizeF(7.5)
        return font

    def painted_texts(self) -> list[tuple[QRectF, Qt.AlignmentFlag, str]]:
        """Every text the chart paints, with its box in chart coordinates (260 × 520): the sacral
        labels, the sensory level of each side and the legend (the layout test measures them)."""
        c = _SADDLE_CENTRE
        texts = [(QRectF(138, c.y() - 52, 120, 14), Qt.AlignmentFlag.AlignRight, self.tr("S2 · S3 · S4-5"))]
        for side in ("right", "left"):
            level = (self.levels[side] or "—").replace("S4_5", "S4-5")
            text = (self.tr("SL R: %1") if side == "right" else self.tr("SL L: %1")).replace("%1", level)
            align = Qt.AlignmentFlag.AlignLeft if side == "right" else Qt.AlignmentFlag.AlignRight
            texts.append((QRectF(0 if side == "right" else 130, 0, 130, 14), align, text))
        for i, (_state, _is_level, text) in enumerate(self._legend_entries()):
            x, y = self._legend_place(i)
            texts.append((QRectF(x + 15, y - 2, _LEGEND_COLUMN - 17, 14), Qt.AlignmentFlag.AlignLeft, text))
        return texts

    def _legend_entries(self) -> list[tuple[str, bool, str]]:
        entries = [(state, False, self._legend[state]) for state in STATES]
        return [*entries, (INTACT, True, self.tr("sensory level"))]

    @staticmethod
    def _legend_place(i: int) -> tuple[float, float]:
        """Where legend entry i's swatch sits: one column under the figure (which ends at y 412)."""
        return 2, 420 + i * 17

    def _fill(self, p: QPainter, rect: QRectF, state: str, is_level: bool) -> None:
        colour, pattern = _STYLE[state]
        p.setBrush(QBrush(QColor("#ffffff")))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(rect)
        p.setBrush(QBrush(colour, pattern))
        p.setPen(QPen(QColor("#000000"), 2.4) if is_level else QPen(QColor("#707070"), 0.6))
        p.drawRect(rect)

    def _saddle(self, p: QPainter, side: str, candidates: set[str]) -> None:
        c = _SADDLE_CENTRE
        # Right half-ring on the viewer's left, as in the main figure.
        for level, radius in _SADDLE.items():
            path = QPainterPath()
            box = QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius)
            path.moveTo(c)
            path.arcTo(box, 90 if side == "right" else -90, 180)
            path.closeSubpath()
            colour, pattern = _STYLE[self.states.get((side, level), NOT_EXAMINED)]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor("#ffffff")))
            p.drawPath(path)
            p.setBrush(QBrush(colour, pattern))
            p.setPen(QPen(QColor("#000000"), 2.4) if level in candidates else QPen(QColor("#707070"), 0.6))
            p.drawPath(path)

    def _legend_box(self, p: QPainter) -> None:
        for i, (state, is_level, _text) in enumerate(self._legend_entries()):
            x, y = self._legend_place(i)
            self._fill(p, QRectF(x, y, 12, 10), state, is_level)
