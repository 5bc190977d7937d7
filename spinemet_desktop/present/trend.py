"""The trend of the serial neurological examinations, described once for the app and the referral.

:func:`trend` gives, for a case with two or more examinations, each examination's upper and lower
extremity motor scores (UEMS, LEMS), light-touch and pin-prick totals and AIS on an absolute time
axis (S14), and the dates the case records around them: the deficit onset of each examination,
the glucocorticoid given, the start of the current systemic therapy and the completion of previous
spinal radiotherapy courses. The case model has no date for an operation or a radiotherapy of the
current episode (the referral is written before them), so none is shown and none is invented.

Totals are those of the ISNCSCI classification (``clinical.isncsci``): of an incomplete worksheet
only the totals whose cells are all recorded; "ND" (not determinable, a not-testable cell inside)
is a gap in the line, never 0. :func:`draw` lays the chart out as a
:class:`~spinemet_desktop.present.drawing.Drawing`; series differ by marker shape and line style as
well as colour, and each is labelled at its end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.isncsci import IsncsciClassification, classify
from spinemet_desktop.model.case import Case
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.text import N_, Text, fmt, join
from spinemet_desktop.present.drawing import (
    Drawing,
    Label,
    Poly,
    Rect,
    Say,
    Shape,
    label_lines,
    spread,
    text_width,
    wrap,
)

TITLE = N_("Serial examinations")
#: Events further than this (or the exams' own span, if longer) from the examinations are listed, not drawn.
EVENT_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class ExamPoint:
    number: int  # in time order, from 1
    examined_at: datetime
    uems: int | None
    lems: int | None
    light_touch: int | None
    pin_prick: int | None
    ais: str | None
    #: Why a value is missing (incomplete worksheet, not-testable cells), or None.
    note: Text | None


@dataclass(frozen=True)
class Event:
    kind: str  # "deficit_onset", "glucocorticoid", "systemic_therapy" or "radiotherapy"
    #: When, on the time axis (a recorded date at the start of that day).
    at: datetime
    short: Text
    text: Text


@dataclass(frozen=True)
class Trend:
    points: tuple[ExamPoint, ...]
    #: Examinations without a time (they cannot be placed on the axis).
    untimed: int
    events: tuple[Event, ...]
    #: Recorded dates too far from the examinations to draw; listed in words.
    outside: tuple[Event, ...]
    start: datetime
    end: datetime


#: Each series with the abbreviation the chart labels it with (ISNCSCI's, the same in German).
SERIES = {"uems": "UEMS", "lems": "LEMS", "light_touch": "LT", "pin_prick": "PP"}


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def _sum(values: dict[str, str], right: str, left: str) -> int | None:
    a, b = _number(values.get(right)), _number(values.get(left))
    return None if a is None or b is None else a + b


def _point(number: int, exam: NeuroExam, c: IsncsciClassification) -> ExamPoint:
    assert exam.examined_at is not None
    if c.result is not None:
        r = c.result
        values = (_number(r.upper_motor_total), _number(r.lower_motor_total), _number(r.touch_total),
                  _number(r.prick_total))
        ais: str | None = r.asia_impairment_scale
        note = None if None not in values else fmt(N_("a total is not determinable (a not-testable cell)"))
    else:
        p = c.partial_totals
        values = (_sum(p, "right_upper_motor_total", "left_upper_motor_total"),
                  _sum(p, "right_lower_motor_total", "left_lower_motor_total"),
                  _sum(p, "right_touch_total", "left_touch_total"), _sum(p, "right_prick_total", "left_prick_total"))
        ais = None
        note = fmt(N_("worksheet incomplete (%1 cells or fields missing)"), len(c.missing))
    return ExamPoint(number, exam.examined_at, *values, ais, note)


def _as_time(day: date, zone: datetime) -> datetime:
    """A recorded date placed at the start of that day, in the time zone of the examinations."""
    return datetime.combine(day, time(0, 0), tzinfo=zone.tzinfo)


def _events(case: Case, zone: datetime) -> list[Event]:
    events: list[Event] = []
    onsets = sorted({e.deficit_onset_at for e in case.neuro_exams if e.deficit_onset_at is not None},
                    key=lambda t: t.timestamp())
    for onset in onsets:
        events.append(Event("deficit_onset", onset, fmt(N_("deficit onset")),
                            fmt(N_("deficit onset %1"), onset)))
    h = case.history
    if h.steroids_given_at is not None:
        events.append(Event("glucocorticoid", h.steroids_given_at, fmt(N_("glucocorticoid")),
                            fmt(N_("glucocorticoid given %1"), h.steroids_given_at)))
    if h.systemic_therapy_started_on is not None:
        day = h.systemic_therapy_started_on
        events.append(Event("systemic_therapy", _as_time(day, zone), fmt(N_("systemic therapy")),
                            fmt(N_("current systemic therapy started %1"), day)))
    for number, course in enumerate(h.prior_spine_radiotherapy, start=1):
        if course.completed_on is not None:
            day = course.completed_on
            events.append(Event("radiotherapy", _as_time(day, zone), fmt(N_("RT %1"), number),
                                fmt(N_("previous radiotherapy course %1 completed %2"), number, day)))
    return sorted(events, key=lambda e: e.at.timestamp())


def _exam_time(exam: NeuroExam) -> float:
    assert exam.examined_at is not None
    return exam.examined_at.timestamp()


def trend(case: Case, a: Assessment | None = None) -> Trend | None:
    """The serial examinations, or None when the case has fewer than two. The assessment's
    classifications of the latest and the previous exam are used when it is given (every edit of
    the worksheet recomputes the trend)."""
    if len(case.neuro_exams) < 2:
        return None
    known: dict[int, IsncsciClassification] = {}
    if a is not None:
        for exam, classification in ((case.latest_exam(), a.isncsci), (case.previous_exam(), a.previous_isncsci)):
            if exam is not None and classification is not None:
                known[id(exam)] = classification
    timed = sorted((e for e in case.neuro_exams if e.examined_at is not None), key=_exam_time)
    untimed = len(case.neuro_exams) - len(timed)
    if not timed:
        return Trend((), untimed, (), (), datetime.min, datetime.min)
    points = tuple(_point(i, exam, known.get(id(exam)) or classify(exam.isncsci))
                   for i, exam in enumerate(timed, start=1))
    first, last = points[0].examined_at, points[-1].examined_at
    pad = max(last - first, EVENT_WINDOW)
    drawn: list[Event] = []
    outside: list[Event] = []
    for event in _events(case, first):
        (drawn if first - pad <= event.at <= last + pad else outside).append(event)
    moments = [p.examined_at for p in points] + [e.at for e in drawn]
    return Trend(points, untimed, tuple(drawn), tuple(outside), min(moments, key=datetime.timestamp),
                 max(moments, key=datetime.timestamp))


# -- in words ------------------------------------------------------------------------------------
def _value(value: int | str | None) -> object:
    return N_("not determined") if value is None else value


def _exam_text(p: ExamPoint) -> Text:
    text = fmt(N_("Examination %1 (%2): UEMS %3, LEMS %4, light touch %5, pin prick %6, AIS %7"), p.number,
               p.examined_at, _value(p.uems), _value(p.lems), _value(p.light_touch), _value(p.pin_prick),
               _value(p.ais))
    return fmt(N_("%1 — %2."), text, p.note) if p.note is not None else fmt(N_("%1."), text)


def _change(name: str, first: int | None, last: int | None) -> Text | None:
    if first is None or last is None:
        return None
    return fmt(N_("%1 %2 → %3 (%4)"), name, first, last, f"{last - first:+d}")


def text_alternative(t: Trend) -> tuple[Text, ...]:
    lines: list[Text] = [fmt(N_("Serial examinations over time (motor scores 0–50, sensory totals 0–112)."))]
    lines += [_exam_text(p) for p in t.points]
    if len(t.points) >= 2:
        a, b = t.points[0], t.points[-1]
        changes = [c for c in (_change(N_("UEMS"), a.uems, b.uems), _change(N_("LEMS"), a.lems, b.lems),
                               _change(N_("light touch"), a.light_touch, b.light_touch),
                               _change(N_("pin prick"), a.pin_prick, b.pin_prick)) if c is not None]
        if a.ais and b.ais:
            changes.append(fmt(N_("AIS %1 → %2"), a.ais, b.ais))
        if changes:
            lines.append(fmt(N_("From the first to the latest examination: %1."), join("; ", changes)))
    if t.untimed:
        lines.append(fmt(N_("%1 examination(s) without a time are not placed on the time axis."), t.untimed))
    if t.events:
        lines.append(fmt(N_("Marked on the time axis: %1."), join("; ", (e.text for e in t.events))))
    if t.outside:
        lines.append(fmt(N_("Earlier or later, not drawn: %1."), join("; ", (e.text for e in t.outside))))
    return tuple(lines)


# -- the drawing -----------------------------------------------------------------------------------
WIDTH = 340.0
#: The narrowest layout; narrower charts are drawn smaller.
NARROWEST = 300.0
_LEFT = 48.0
#: Room right of the plot for the series' end labels ("UEMS 50").
_END_LABELS = 68.0
_SMALL, _TEXT = 8.5, 10.0
#: Marker shape, line dash and colour per series (Okabe–Ito colours; shape and dash carry the meaning).
STYLE = {
    "uems": ("circle", (), "#0072b2"),
    "lems": ("square", (3.0, 2.0), "#d55e00"),
    "light_touch": ("triangle", (), "#009e73"),
    "pin_prick": ("diamond", (1.2, 1.6), "#a0457a"),
}
_PANELS = ((N_("Motor scores (UEMS, LEMS)"), ("uems", "lems"), 50),
           (N_("Sensory totals (LT, PP)"), ("light_touch", "pin_prick"), 112))
#: Width of an examination's time under the axis.
_AXIS_LABEL = 62.0


def marker(kind: str, x: float, y: float, colour: str) -> Poly:
    """A filled circle / hollow square / filled triangle / hollow diamond, 6–8 units across."""
    if kind == "circle":
        points = tuple((x + 3.2 * c, y + 3.2 * s) for c, s in _CIRCLE)
        return Poly(points, closed=True, fill=colour, stroke=colour, width=0.8)
    if kind == "square":
        return Poly(((x - 2.8, y - 2.8), (x + 2.8, y - 2.8), (x + 2.8, y + 2.8), (x - 2.8, y + 2.8)), closed=True,
                    fill=None, stroke=colour, width=1.3)
    if kind == "triangle":
        return Poly(((x, y - 3.6), (x + 3.4, y + 2.6), (x - 3.4, y + 2.6)), closed=True, fill=colour, stroke=colour,
                    width=0.8)
    # Hollow (no fill), so that a filled marker at the same value shows through.
    return Poly(((x, y - 4.2), (x + 3.8, y), (x, y + 4.2), (x - 3.8, y)), closed=True, fill=None, stroke=colour,
                width=1.3)


# A circle as a 16-gon: both renderers draw polygons the same way.
_CIRCLE = tuple((math.cos(i * math.pi / 8), math.sin(i * math.pi / 8)) for i in range(16))


def draw(t: Trend, say: Say, width: float = WIDTH) -> Drawing:
    """The chart laid out ``width`` units wide (a wider chart has a longer time axis)."""
    width = max(width, NARROWEST)
    right = width - _END_LABELS
    shapes: list[Shape] = []
    if len(t.points) < 2:
        lines = wrap(say(fmt(N_("Fewer than two examinations with a time: no trend to draw."))), _TEXT, width - 4)
        shapes += label_lines(2, 2, lines, _TEXT, _TEXT + 2)
        return Drawing(width, 6 + len(lines) * (_TEXT + 2), tuple(shapes))
    span = (t.end - t.start).total_seconds()

    def x_of(moment: datetime) -> float:
        if span <= 0:
            return (_LEFT + right) / 2
        return _LEFT + 8 + (moment - t.start).total_seconds() / span * (right - _LEFT - 16)

    # Events: short labels in up to three rows above the panels, with a dashed line down.
    event_top, rows = 2.0, [float("-inf")] * 3
    event_rows: list[tuple[float, int, str]] = []
    for event in t.events:
        text = say(event.short)
        half = text_width(text, _SMALL) / 2
        x = min(max(x_of(event.at), half + 1), width - half - 1)  # the label, not the line, stays inside
        row = next((i for i, row_end in enumerate(rows) if row_end < x - half - 2), len(rows) - 1)
        rows[row] = x + half
        event_rows.append((x, row, text))
    used_rows = 1 + max((row for _, row, _ in event_rows), default=-1)
    ais_y = event_top + used_rows * (_SMALL + 2) + 10
    panel_top, panel_h, gap = ais_y + 14, 62.0, 18.0
    bottom = panel_top + 2 * panel_h + gap
    for event, (x, row, text) in zip(t.events, event_rows, strict=True):
        y = event_top + row * (_SMALL + 2) + _SMALL
        shapes.append(Label(x, y, text, _SMALL, "middle", colour="#404040"))
        at = x_of(event.at)
        shapes.append(Poly(((x, y + 2), (at, y + 5), (at, bottom)), stroke="#555555", width=0.7, dash=(2.0, 2.0)))
    shapes.append(Label(_LEFT - 4, ais_y, say(N_("AIS")), _TEXT, "end", True))
    for p in t.points:
        shapes.append(Label(x_of(p.examined_at), ais_y, p.ais or "–", _TEXT, "middle", True))
    ends: list[tuple[float, str, str]] = []
    for i, (title, series, top_value) in enumerate(_PANELS):
        top = panel_top + i * (panel_h + gap)
        shapes.append(Rect(_LEFT, top, right - _LEFT, panel_h, fill=None, stroke="#7a7a7a", width=0.6))
        shapes.append(Label(_LEFT, top - 2.5, say(title), _SMALL, bold=True, colour="#404040"))
        for tick in (0, top_value // 2, top_value):
            y = top + panel_h - tick / top_value * panel_h
            shapes.append(Label(_LEFT - 3, y + 2.4, str(tick), _SMALL, "end", colour="#404040"))
            if 0 < tick < top_value:
                shapes.append(Poly(((_LEFT, y), (right, y)), stroke="#c8c8c8", width=0.4, dash=(1.0, 2.0)))
        for name in series:
            shape, dash, colour = STYLE[name]
            known = [(x_of(p.examined_at), top + panel_h - getattr(p, name) / top_value * panel_h, getattr(p, name))
                     for p in t.points if getattr(p, name) is not None]
            # A gap where a value is not determined: lines join consecutive examinations only.
            for a, b in zip(t.points, t.points[1:]):
                va, vb = getattr(a, name), getattr(b, name)
                if va is not None and vb is not None:
                    shapes.append(Poly(((x_of(a.examined_at), top + panel_h - va / top_value * panel_h),
                                        (x_of(b.examined_at), top + panel_h - vb / top_value * panel_h)),
                                       stroke=colour, width=1.4, dash=dash))
            shapes += [marker(shape, x, y, colour) for x, y, _ in known]
            if known:
                ends.append((known[-1][1], f"{SERIES[name]} {known[-1][2]}", name))
    ends.sort()
    tops = spread([y - 4 for y, _, _ in ends], [9.0] * len(ends), panel_top - 4, bottom + 4)
    for (y, text, name), label_top in zip(ends, tops, strict=True):
        shape, _, colour = STYLE[name]
        shapes.append(marker(shape, right + 8, label_top + 4.5, colour))
        shapes.append(Label(right + 14, label_top + 7, text, _SMALL, colour=colour, bold=True))
    # Time axis: each examination's time as the renderer writes times (the referral with its UTC
    # offset), skipped where it would overlap the previous one.
    last_x, lowest = float("-inf"), bottom
    for p in t.points:
        x = x_of(p.examined_at)
        shapes.append(Poly(((x, bottom), (x, bottom + 3)), stroke="#000000", width=0.6))
        if x - last_x >= _AXIS_LABEL:
            lines = wrap(say(p.examined_at), _SMALL, _AXIS_LABEL - 4)
            shapes += label_lines(x, bottom + 3, lines, _SMALL, _SMALL + 1.5, anchor="middle")
            lowest = max(lowest, bottom + 5 + len(lines) * (_SMALL + 1.5))
            last_x = x
    return Drawing(width, lowest + 2, tuple(shapes))
