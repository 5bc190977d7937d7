"""The spine map: the column C1–S5 with every lesion, previous radiotherapy fields and the
neurological levels of the latest examination, described once for the app and the referral.

:func:`spine_map` turns a case and its assessment into a :class:`SpineMap` (what is where, as
data, in the clinician's words); :func:`text_alternative` says the same in sentences for screen
readers and for the referral's text layer; :func:`draw` lays it out as a
:class:`~spinemet_desktop.present.drawing.Drawing` that Qt and reportlab paint.

Marks never rely on colour alone: the SINS band of a lesion is shown by the fill pattern and the
outline of its vertebral bodies (plain with a heavy outline: stable; single hatch: potentially
unstable; cross-hatch: unstable; grey with a dashed outline and "?": the recorded items leave the
band open), the ESCC grade by a wedge in the spinal canal whose depth grows with the grade
(hollow: 1a–1b; dashed: 1c; solid: 2–3; "?": not recorded; none for 0), and every lesion has a
label with its numbers.

**Segments and vertebrae.** ISNCSCI levels are spinal cord segments (and their dermatomes and
key muscles); lesions are vertebrae. The map draws a segment at the vertebra of the same name —
where its nerve root leaves the spinal canal: cervical roots above their vertebra, thoracic,
lumbar and sacral roots below theirs; C8, which has no vertebra, at T1 (its root leaves between
C7 and T1), and S4-5 at S4. This is a simplification, said on the map: the cord segment itself
lies higher than its vertebra — about one level in the neck, two in the thoracic spine (T3–T12
segments face the vertebral body two levels above: Chang JC et al., J Korean Neurosurg Soc
2012;52(4):384-390), the lumbar segments at T10–T12 and the sacral segments at T12–L1 (standard
anatomy; conus medullaris at L1–L2). Anatomy, not a guideline value: inferred, not verified
against a primary anatomy text here.

**Level mismatch.** A lesion that causes a deficit lies at or above the first impaired segment's
root: the first segment below the neurological level of injury (NLI), drawn at its vertebra as
above. When no recorded lesion lies at or above that vertebra, the map flags it — nothing is
interpreted; the guideline asks for imaging that covers the whole spine when there is an acute
deficit (6.3, pathway.md A5). Of an uncertain NLI ("T4,T5") the most caudal candidate is used,
so the flag is raised only when no candidate is explained; an NLI "INT" (intact) raises none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spinemet_desktop.clinical.assess import Assessment, LesionAssessment
from spinemet_desktop.clinical.isncsci import IsncsciClassification
from spinemet_desktop.clinical.reirradiation import course_figures
from spinemet_desktop.clinical.scores import escc, sins
from spinemet_desktop.model.case import Case
from spinemet_desktop.model.levels import (
    ISNCSCI_SEGMENTS,
    SPINAL_LEVEL_INDEX,
    SPINAL_LEVELS,
    level_range,
)
from spinemet_desktop.model.text import N_, Text, fmt, join
from spinemet_desktop.present.drawing import (
    Drawing,
    Label,
    Poly,
    Rect,
    Say,
    Shape,
    hatch,
    label_lines,
    spread,
    text_width,
    wrap,
)

TITLE = N_("Spine map (schematic)")
#: Said on the map and in its text alternative wherever segments are placed on vertebrae.
SEGMENT_NOTE = N_(
    "Neurological levels are drawn at the vertebra of the same name, where the segment's nerve root leaves the "
    "canal (C8 at T1, S4-5 at S4). Simplified: the cord segment lies higher — about one vertebra in the neck, "
    "two in the thoracic spine; lumbar and sacral segments at T10–L1.")

#: Depth of the ESCC wedge as a share of the canal's width, by grade (0: bone only, no wedge).
ESCC_DEPTH = {"0": 0.0, "1a": 0.25, "1b": 0.38, "1c": 0.5, "2": 0.75, "3": 1.0}


# -- the description ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Vertebra:
    level: str
    #: Top edge and height on the column, in design units from the column's top.
    top: float
    height: float

    @property
    def centre(self) -> float:
        return self.top + self.height / 2

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class LesionMark:
    lesion_id: str
    label: str  # "T10", "T10–T11"
    levels: tuple[str, ...]
    #: The SINS band the recorded items guarantee (stable / potentially_unstable / unstable), or
    #: None when they leave it open.
    sins_band: str | None
    sins: Text
    escc_grade: str | None
    #: low_grade / borderline / high_grade, or None when no grade is recorded.
    escc_band: str | None
    escc: Text
    for_instability: bool
    for_compression: bool
    #: The re-irradiation figures when the lesion lies in a previous radiotherapy field (S5).
    reirradiation: Text | None

    @property
    def role(self) -> Text | None:
        if self.for_instability and self.for_compression:
            return fmt(N_("lesion for instability and compression"))
        if self.for_instability:
            return fmt(N_("lesion for instability"))
        if self.for_compression:
            return fmt(N_("lesion for compression"))
        return None


@dataclass(frozen=True)
class LevelMark:
    """A neurological level of the latest examination, beside the column."""

    kind: str  # "nli", "sensory" or "motor"
    side: str | None  # "R", "L"; None for the NLI
    value: str  # as classified, e.g. "T10", "C5,C6", "T4*", "INT"
    #: The vertebra it is drawn at (its most rostral candidate); None when intact.
    vertebra: str | None


@dataclass(frozen=True)
class Mismatch:
    nli: str
    #: The first segment below the NLI, and the vertebra at or above which a lesion would explain it.
    first_impaired: str
    vertebra: str
    text: Text


@dataclass(frozen=True)
class RadiotherapyField:
    number: int
    levels: tuple[str, ...]  # empty when the course's levels are not recorded
    text: Text


@dataclass(frozen=True)
class SpineMap:
    vertebrae: tuple[Vertebra, ...]
    lesions: tuple[LesionMark, ...]
    #: Lesions recorded without a level (not drawn).
    unplaced: int
    levels: tuple[LevelMark, ...]
    #: When the levels come from, or why there are none.
    levels_text: Text
    mismatch: Mismatch | None
    fields: tuple[RadiotherapyField, ...]
    cord_tolerance_exhausted: bool | None

    def vertebra(self, level: str) -> Vertebra:
        return next(v for v in self.vertebrae if v.level == level)


# -- from the case ---------------------------------------------------------------------------------
#: Schematic row heights per region (design units): the lumbar bodies are the tallest.
_ROW = {"C": 10.0, "T": 10.5, "L": 13.0, "S": 8.5}
_REGION_GAP = 3.0


def _column(with_occiput: bool) -> tuple[Vertebra, ...]:
    rows, top, region = [], 0.0, None
    for level in SPINAL_LEVELS if with_occiput else SPINAL_LEVELS[1:]:
        if region is not None and level[0] != region:
            top += _REGION_GAP
        region = level[0]
        height = _ROW[level[0]]
        rows.append(Vertebra(level, top, height))
        top += height
    return tuple(rows)


def vertebra_of_segment(segment: str) -> str:
    """The vertebra an ISNCSCI segment is drawn at (see the module's note)."""
    return {"C8": "T1", "S4_5": "S4"}.get(segment, segment)


def _candidates(value: str) -> list[str]:
    """An ISNCSCI level as its candidate segments, stars removed ("T4*,T5" -> ["T4", "T5"])."""
    return [part.replace("*", "").strip() for part in value.split(",") if part.strip()]


def _segment_label(segment: str) -> str:
    return segment.replace("S4_5", "S4-5")


def _sins(la: LesionAssessment) -> tuple[str | None, Text]:
    result = la.sins
    low, high = la.sins_range or (None, None)
    fracture = la.lesion.unstable_fracture
    if result.total is not None:
        band, text = result.band, fmt(N_("SINS %1, %2"), result.total, result.band_label or "")
    elif low is None or high is None:
        band, text = None, fmt(N_("SINS incomplete"))
    else:
        bands = [b for b in sins.BANDS.values() if b.low <= low and high <= b.high]
        band = bands[0].id if bands else None
        text = (fmt(N_("SINS %1–%2, %3 (items missing)"), low, high, bands[0].label) if bands
                else fmt(N_("SINS %1–%2 (items missing)"), low, high))
    if fracture:
        text = fmt(N_("%1; unstable fracture"), text)
    return band, text


def _escc(la: LesionAssessment) -> tuple[str | None, str | None, Text]:
    grade = la.escc.display
    if grade is None:
        return None, None, fmt(N_("ESCC not recorded"))
    return grade, la.escc.band, fmt(N_("ESCC %1 (%2)"), grade, la.escc.band_label or "")


def _reirradiation(la: LesionAssessment) -> Text | None:
    figures = la.reirradiation
    if figures is None:
        return None
    g = figures.governing
    where = fmt(N_("in a previous RT field (%1 course(s) at %2)"), figures.courses_at_level, g.level)
    if g.cumulative_bed_gy2 is None or g.cumulative_eqd2_gy is None or g.margin_bed_gy2 is None:
        return fmt(N_("%1: doses not all recorded"), where)
    cumulative = fmt(N_("cumulative BED %1 Gy₂ (EQD2 %2 Gy)"), round(g.cumulative_bed_gy2, 1),
                     round(g.cumulative_eqd2_gy, 1))
    if g.margin_bed_gy2 >= 0:
        left = fmt(N_("%1 Gy₂ left to %2 Gy₂"), round(g.margin_bed_gy2, 1), g.limit_gy2)
    else:
        left = fmt(N_("%1 Gy₂ above the limit of %2 Gy₂"), round(-g.margin_bed_gy2, 1), g.limit_gy2)
    parts = [where, cumulative, left]
    if g.interval_months is not None:
        parts.append(fmt(N_("%1 months since the last course"), round(g.interval_months, 1)))
    return join("; ", parts)


def _lesions(a: Assessment) -> tuple[tuple[LesionMark, ...], int]:
    marks, unplaced = [], 0
    # The roles are named when there is more than one lesion (S4), as the referral's lesion lines do.
    instability, compression = (a.lesion_for_instability, a.lesion_for_compression) if len(a.lesions) > 1 \
        else (None, None)
    for la in a.lesions:
        lesion = la.lesion
        if lesion.level is None:
            unplaced += 1
            continue
        band, sins_text = _sins(la)
        grade, escc_band, escc_text = _escc(la)
        marks.append(LesionMark(
            lesion.id, la.label, level_range(lesion.level, lesion.level_to or lesion.level), band, sins_text,
            grade, escc_band, escc_text, la is instability,
            # A lesion without an ESCC grade is not "the lesion for compression" on the map.
            la is compression and grade is not None, _reirradiation(la)))
    return tuple(marks), unplaced


def _levels(case: Case, c: IsncsciClassification | None) -> tuple[tuple[LevelMark, ...], Text]:
    exam = case.latest_exam()
    if exam is None or c is None:
        return (), fmt(N_("Neurological levels: no examination recorded."))
    if c.result is None:
        return (), fmt(N_("Neurological levels: not determined — the latest worksheet is incomplete (%1 cells or "
                          "fields missing)."), len(c.missing))
    r = c.result
    marks = []
    for kind, side, value in (("nli", None, r.neurological_level_of_injury), ("sensory", "R", r.right_sensory),
                              ("sensory", "L", r.left_sensory), ("motor", "R", r.right_motor),
                              ("motor", "L", r.left_motor)):
        first = _candidates(value)[0] if _candidates(value) else "INT"
        vertebra = None if first == "INT" or first not in ISNCSCI_SEGMENTS else vertebra_of_segment(first)
        marks.append(LevelMark(kind, side, value, vertebra))
    when = exam.examined_at if exam.examined_at is not None else N_("time not recorded")
    return tuple(marks), fmt(N_("Neurological levels of the latest examination, %1:"), when)


def _mismatch(c: IsncsciClassification | None, lesions: tuple[LesionMark, ...]) -> Mismatch | None:
    if c is None or c.result is None:
        return None
    nli = c.result.neurological_level_of_injury
    candidates = [s for s in _candidates(nli) if s in ISNCSCI_SEGMENTS]
    if not candidates or "INT" in _candidates(nli):
        return None
    lowest = max(candidates, key=ISNCSCI_SEGMENTS.index)
    index = ISNCSCI_SEGMENTS.index(lowest)
    if index + 1 >= len(ISNCSCI_SEGMENTS):
        return None
    first = ISNCSCI_SEGMENTS[index + 1]
    vertebra = vertebra_of_segment(first)
    if any(SPINAL_LEVEL_INDEX[mark.levels[0]] <= SPINAL_LEVEL_INDEX[vertebra] for mark in lesions):
        return None
    if vertebra == first:
        where = fmt(N_("%1, the first segment below the NLI %2"), first, nli)
    else:
        where = fmt(N_("%1, where the segment %2 below the NLI %3 is drawn"), vertebra, _segment_label(first), nli)
    text = fmt(N_("Level mismatch: no recorded lesion lies at or above %1. The guideline asks for imaging that "
                  "covers the whole spine when there is an acute deficit (6.3)."), where)
    return Mismatch(nli, first, vertebra, text)


def _fields(case: Case) -> tuple[RadiotherapyField, ...]:
    fields = []
    for number, course in enumerate(case.history.prior_spine_radiotherapy, start=1):
        figures = course_figures(number, course)
        # Drawn only with both levels, as clinical.reirradiation counts it (else assumed in the field).
        levels = level_range(course.level_from, course.level_to) if course.level_from and course.level_to else ()
        if figures.total_dose_gy is not None and figures.fractions:
            dose = fmt(N_("%1 × %2 Gy = %3 Gy"), figures.fractions, round(figures.total_dose_gy / figures.fractions, 2),
                       figures.total_dose_gy)
        elif figures.total_dose_gy is not None:
            dose = fmt(N_("%1 Gy, fractions not recorded"), figures.total_dose_gy)
        else:
            dose = fmt(N_("dose not recorded"))
        where = figures.levels or N_("levels not recorded — assumed to include every lesion")
        completed = (fmt(N_("completed %1"), figures.completed_on) if figures.completed_on
                     else fmt(N_("date not recorded")))
        fields.append(RadiotherapyField(number, levels, fmt(N_("RT %1: %2; %3; %4"), number, where, dose, completed)))
    return tuple(fields)


def spine_map(case: Case, a: Assessment) -> SpineMap:
    lesions, unplaced = _lesions(a)
    fields = _fields(case)
    occiput = any(m.levels[0] == "C0" for m in lesions) or any(f.levels and f.levels[0] == "C0" for f in fields)
    levels, levels_text = _levels(case, a.isncsci)
    return SpineMap(_column(occiput), lesions, unplaced, levels, levels_text, _mismatch(a.isncsci, lesions),
                    fields, case.history.cord_tolerance_exhausted)


# -- in words ------------------------------------------------------------------------------------
_KIND = {"nli": N_("NLI %1"), "sensory": N_("sensory level %1 %2"), "motor": N_("motor level %1 %2")}
_SIDE = {"R": N_("right"), "L": N_("left")}


def _level_text(mark: LevelMark) -> Text:
    value = "INT" if mark.value.replace("*", "") == "INT" else _segment_label(mark.value)
    if mark.side is None:
        return fmt(_KIND[mark.kind], value)
    return fmt(_KIND[mark.kind], _SIDE[mark.side], value)


def lesion_text(mark: LesionMark) -> Text:
    parts = [mark.sins, mark.escc]
    if mark.role is not None:
        parts.append(mark.role)
    if mark.reirradiation is not None:
        parts.append(fmt(N_("re-irradiation: %1"), mark.reirradiation))
    return fmt(N_("%1: %2."), mark.label, join("; ", parts))


def text_alternative(m: SpineMap) -> tuple[Text, ...]:
    """The map in sentences, in reading order: lesions, neurological levels, mismatch, radiotherapy."""
    lines: list[Text] = [fmt(N_("Spine map (schematic) of the column %1–S5."), m.vertebrae[0].level)]
    if m.lesions:
        lines.append(fmt(N_("Lesions from top to bottom:")))
        lines += [lesion_text(mark) for mark in m.lesions]
    else:
        lines.append(fmt(N_("No lesion with a level recorded.")))
    if m.unplaced:
        lines.append(fmt(N_("%1 lesion(s) without a level are not drawn."), m.unplaced))
    lines.append(m.levels_text)
    if m.levels and all(mark.vertebra is None for mark in m.levels):
        lines.append(fmt(N_("NLI, sensory and motor levels: intact (INT) on both sides.")))
    elif m.levels:
        lines.append(fmt(N_("%1."), join("; ", (_level_text(mark) for mark in m.levels))))
        lines.append(fmt(SEGMENT_NOTE))
    if m.mismatch is not None:
        lines.append(m.mismatch.text)
    if m.fields:
        lines.append(fmt(N_("Previous spinal radiotherapy (prescribed doses):")))
        lines += [fmt(N_("%1."), f.text) for f in m.fields]
        if m.cord_tolerance_exhausted:
            lines.append(fmt(N_("Cord tolerance recorded as exhausted.")))
    else:
        lines.append(fmt(N_("No previous spinal radiotherapy recorded.")))
    return tuple(lines)


# -- the drawing -----------------------------------------------------------------------------------
WIDTH = 410.0
_TOP = 6.0  # a margin above C1
_MARK_RIGHT, _POINTER = 100.0, (104.0, 111.0)
_FIELD_X = (114.0, 119.0, 124.0)  # brackets of up to three courses; later ones share the last
_BODY_X, _BODY_W = 130.0, 34.0
_CANAL_X, _CANAL_W = 166.0, 12.0
_LABEL_X = 192.0
_LEVEL, _SMALL, _TEXT, _LEADING = 8.0, 8.5, 10.0, 11.5
_GREY, _DARK, _WARN = "#7a7a7a", "#000000", "#a00020"


@dataclass(frozen=True)
class BodyStyle:
    """How a vertebral body of a lesion is marked: colour, and hatching and outline as well."""

    fill: str
    hatch: str  # "" none, "/" single, "x" crossed
    outline: float
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class WedgeStyle:
    fill: str
    dash: tuple[float, ...] = ()


#: Colours (Okabe–Ito based, light enough for black hatching on top) — never the only cue.
SINS_STYLE: dict[str | None, BodyStyle] = {
    "stable": BodyStyle("#f7e7a1", "", 1.5),
    "potentially_unstable": BodyStyle("#f2b85c", "/", 1.5),
    "unstable": BodyStyle("#e07b4f", "x", 2.0),
    None: BodyStyle("#d4d4d4", "", 1.3, (2.5, 1.5)),  # the recorded items leave the band open
}
ESCC_STYLE = {
    "low_grade": WedgeStyle("#ffffff"),
    "borderline": WedgeStyle("#9fc3e7", (1.6, 1.0)),
    "high_grade": WedgeStyle("#0b3d91"),
}
_FIELD_FILL = "#cfe9dd"


def _body_width(level: str) -> float:
    """Bodies narrow down the sacrum; C1 (the atlas) has only a small anterior arch."""
    if level.startswith("S"):
        return _BODY_W - 4.0 * (int(level[1:]) - 1) - 2.0
    return _BODY_W - 12.0 if level in ("C0", "C1") else _BODY_W


def _swatch_body(x: float, y: float, w: float, h: float, band: str | None) -> list[Shape]:
    style = SINS_STYLE[band]
    shapes: list[Shape] = [Rect(x, y, w, h, fill=style.fill, stroke=None)]
    for direction in {"/": "/", "x": "/\\"}.get(style.hatch, ""):
        shapes += hatch(x, y, w, h, 3.4, direction, _DARK, 0.55)
    shapes.append(Rect(x, y, w, h, stroke=_DARK, width=style.outline, dash=style.dash))
    return shapes


def _wedge(x: float, top: float, bottom: float, canal: float, grade: str | None) -> list[Shape]:
    """The ESCC mark in a canal ``canal`` wide at ``x``: a bulge from its front wall as deep as the
    grade; "?" when no grade is recorded; nothing for 0 (bone only)."""
    if grade is None:
        return [Label(x + canal / 2, (top + bottom) / 2 + 3, "?", 8.5, "middle", True)]
    depth = ESCC_DEPTH[grade] * canal
    if depth <= 0:
        return []
    band = escc.compute(grade).band  # the scale's own binning (1c borderline), not repeated here
    assert band is not None
    style = ESCC_STYLE[band]
    inset = min(2.5, (bottom - top) / 4)
    points = ((x, top + 0.5), (x + depth, top + inset), (x + depth, bottom - inset), (x, bottom - 0.5))
    return [Poly(points, closed=True, fill=style.fill, stroke=_DARK, width=0.9, dash=style.dash)]


def _pointer(y: float, colour: str) -> Poly:
    a, b = _POINTER
    return Poly(((a, y - 3.2), (b, y), (a, y + 3.2)), closed=True, fill=colour, stroke=colour, width=0.5)


def _warning_sign(x: float, y: float) -> list[Shape]:
    """A triangle with "!" (drawn, not a font glyph)."""
    return [Poly(((x, y + 4.5), (x + 5.5, y - 5.0), (x + 11.0, y + 4.5)), closed=True, fill="#ffd84d",
                 stroke=_WARN, width=1.1),
            Label(x + 5.5, y + 3.6, "!", 7.5, "middle", True, _WARN)]


#: Short forms for the drawing; both sides in one line when they agree.
_SHORT = {("nli", None): N_("NLI %1"), ("sensory", "R"): N_("sensory R %1"), ("sensory", "L"): N_("sensory L %1"),
          ("sensory", "R/L"): N_("sensory R/L %1"), ("motor", "R"): N_("motor R %1"), ("motor", "L"): N_("motor L %1"),
          ("motor", "R/L"): N_("motor R/L %1")}


def _short_marks(m: SpineMap) -> dict[str, list[Text]]:
    """The level marks by the vertebra they are drawn at, as short texts."""
    out: dict[str, list[Text]] = {}
    for kind in ("nli", "sensory", "motor"):
        marks = [mark for mark in m.levels if mark.kind == kind and mark.vertebra is not None]
        if len(marks) == 2 and marks[0].value == marks[1].value:
            marks, both = marks[:1], True
        else:
            both = False
        for mark in marks:
            assert mark.vertebra is not None
            side = "R/L" if both else mark.side
            out.setdefault(mark.vertebra, []).append(fmt(_SHORT[(kind, side)], _segment_label(mark.value)))
    return out


def _level_marks(m: SpineMap, say: Say, top: float) -> list[Shape]:
    """The neurological levels (and the mismatch flag) to the left of the column, one block per vertebra."""
    blocks: list[tuple[Vertebra, list[str], bool]] = []
    for level, texts in _short_marks(m).items():
        lines = [line for text in texts for line in wrap(say(text), _TEXT, _MARK_RIGHT)]
        blocks.append((m.vertebra(level), lines, False))
    if m.mismatch is not None:
        text = say(fmt(N_("no lesion at or above %1"), m.mismatch.vertebra))
        blocks.append((m.vertebra(m.mismatch.vertebra), wrap(text, _TEXT * 1.1, _MARK_RIGHT - 16), True))
    blocks.sort(key=lambda block: (block[0].top, block[2]))
    heights = [len(lines) * _LEADING for _, lines, _ in blocks]
    wanted = [top + (v.bottom if warning else v.centre) - h / 2
              for (v, _, warning), h in zip(blocks, heights, strict=True)]
    tops = spread(wanted, heights, top, top + m.vertebrae[-1].bottom)
    shapes: list[Shape] = []
    for (v, lines, warning), block_top, height in zip(blocks, tops, heights, strict=True):
        colour, middle = (_WARN if warning else _DARK), block_top + height / 2
        # A level points at its vertebra; the mismatch at the line above which a lesion would explain it.
        y = top + (v.bottom if warning else v.centre)
        shapes += label_lines(_MARK_RIGHT, block_top - 1.5, lines, _TEXT, _LEADING, anchor="end", colour=colour,
                              bold=warning)
        if abs(middle - y) > 0.5:
            shapes.append(Poly(((_MARK_RIGHT + 1, middle), (_POINTER[0] - 1, y)), stroke=colour, width=0.6))
        if warning:
            shapes += _warning_sign(_MARK_RIGHT - text_width(lines[0], _TEXT * 1.1) - 14, block_top + 1)
            shapes.append(Poly(((_POINTER[0] - 1, y), (_CANAL_X + _CANAL_W + 4, y)), stroke=_WARN, width=1.3,
                               dash=(3.0, 2.0)))
        else:
            shapes.append(_pointer(y, colour))
    return shapes


def _fields_shapes(m: SpineMap, top: float) -> list[Shape]:
    shapes: list[Shape] = []
    for i, field in enumerate(f for f in m.fields if f.levels):
        first, last = m.vertebra(field.levels[0]), m.vertebra(field.levels[-1])
        y0, y1 = top + first.top - 1, top + last.bottom + 1
        shapes.append(Rect(_FIELD_X[0] - 2, y0, _CANAL_X + _CANAL_W + 4 - _FIELD_X[0] + 2, y1 - y0,
                           fill=_FIELD_FILL, stroke=None))
        shapes += hatch(_FIELD_X[0] - 2, y0, _CANAL_X + _CANAL_W + 4 - _FIELD_X[0] + 2, y1 - y0, 2.4, "-",
                        "#5f9e85", 0.35)
        x = _FIELD_X[min(i, len(_FIELD_X) - 1)]
        shapes.append(Poly(((x + 3, y0), (x, y0), (x, y1), (x + 3, y1)), stroke="#1d6b4f", width=1.2))
        shapes.append(Label(x, (y0 + y1) / 2 + 2.6, str(field.number), 7.5, "middle", True, "#1d6b4f", box="#ffffff"))
    return shapes


def _column_shapes(m: SpineMap, top: float) -> list[Shape]:
    first, last = m.vertebrae[0], m.vertebrae[-1]
    shapes: list[Shape] = [Rect(_CANAL_X, top + first.top, _CANAL_W, last.bottom - first.top, fill="#f2f6fa",
                                stroke=_GREY, width=0.6, radius=3.0)]
    marked = {level: mark for mark in m.lesions for level in mark.levels}
    for v in m.vertebrae:
        w = _body_width(v.level)
        x, y, h = _BODY_X + _BODY_W - w, top + v.top + 0.8, v.height - 1.6
        mark = marked.get(v.level)
        if mark is None:
            shapes.append(Rect(x, y, w, h, fill="#ffffff", stroke=_GREY, width=0.6))
            shapes.append(Label(x + w / 2, y + h / 2 + 2.8, v.level, _LEVEL, "middle", colour="#505050"))
        else:
            shapes += _swatch_body(x, y, w, h, mark.sins_band)
            shapes.append(Label(x + w / 2, y + h / 2 + 2.8, v.level, _LEVEL, "middle", True, box="#ffffff"))
            if mark.sins_band is None:
                shapes.append(Label(x + 2, y + h / 2 + 2.8, "?", _LEVEL, "start", True))
    for mark in m.lesions:
        shapes += _wedge(_CANAL_X, top + m.vertebra(mark.levels[0]).top, top + m.vertebra(mark.levels[-1]).bottom,
                         _CANAL_W, mark.escc_grade)
    return shapes


def _lesion_labels(m: SpineMap, say: Say, top: float, drawing_width: float) -> tuple[list[Shape], float]:
    """Each lesion's label right of the column; returns the shapes and the lowest label's bottom."""
    width = drawing_width - _LABEL_X - 2
    blocks = []
    for mark in m.lesions:
        lines = wrap(f"{mark.label}: {say(mark.sins)}; {say(mark.escc)}", _TEXT, width)
        bold = [] if mark.role is None else wrap(say(mark.role), _TEXT * 1.1, width)
        extra = [] if mark.reirradiation is None else wrap(say(fmt(N_("re-irradiation: %1"), mark.reirradiation)),
                                                          _SMALL, width)
        centre = (m.vertebra(mark.levels[0]).top + m.vertebra(mark.levels[-1]).bottom) / 2
        blocks.append((top + centre, lines, bold, extra))
    heights = [(len(a) + len(b)) * _LEADING + len(c) * (_SMALL + 1.5) + 4 for _, a, b, c in blocks]
    # Below the column if they must (many lesions, narrow drawings); the legend follows them.
    tops = spread([y - _LEADING / 2 for y, *_ in blocks], heights, top, top + m.vertebrae[-1].bottom + sum(heights))
    shapes: list[Shape] = []
    for (y, lines, bold, extra), block_top in zip(blocks, tops, strict=True):
        shapes += label_lines(_LABEL_X, block_top - 2, lines, _TEXT, _LEADING)
        shapes += label_lines(_LABEL_X, block_top - 2 + len(lines) * _LEADING, bold, _TEXT, _LEADING, bold=True)
        shapes += label_lines(_LABEL_X, block_top - 1 + (len(lines) + len(bold)) * _LEADING, extra, _SMALL,
                              _SMALL + 1.5, colour="#1d6b4f")
        shapes.append(Poly(((_CANAL_X + _CANAL_W + 1, y), (_LABEL_X - 8, y), (_LABEL_X - 3, block_top + 4)),
                           stroke=_DARK, width=0.6))
    return shapes, max((t + h for t, h in zip(tops, heights, strict=True)), default=top)


def _legend(m: SpineMap, say: Say, y: float, width: float) -> tuple[list[Shape], float]:
    shapes: list[Shape] = []
    # The ESCC column is the wider one: its texts are longer.
    split = round(0.44 * width)
    columns = ((2.0, split - 4.0), (float(split), width - split - 2.0))
    # Left column: the SINS bands; right column: the ESCC grades; then the other marks, in pairs.
    sins_entries: list[tuple[list[Shape], str]] = [
        (_swatch_body(0, 0, 14, 8, band_id), say(fmt(N_("SINS %1–%2 %3"), band.low, band.high, band.label)))
        for band_id, band in sins.BANDS.items()]
    sins_entries.append((_swatch_body(0, 0, 14, 8, None), say(fmt(N_("SINS band open (items missing)")))))
    escc_entries = [(_legend_wedge(grade), say(text)) for grade, text in (
        ("1b", N_("ESCC 1a–1b (low-grade)")), ("1c", N_("ESCC 1c (borderline)")),
        ("3", N_("ESCC 2–3 (high-grade); no wedge: ESCC 0")), (None, N_("ESCC not recorded")))]
    # The other marks only when the map shows them.
    other: list[tuple[list[Shape], str]] = []
    if any(field.levels for field in m.fields):
        other.append(([Rect(0, 0, 14, 8, fill=_FIELD_FILL, stroke=None), *hatch(0, 0, 14, 8, 2.4, "-", "#5f9e85", 0.35),
                       Poly(((3, 0), (0, 0), (0, 8), (3, 8)), stroke="#1d6b4f", width=1.2)],
                      say(fmt(N_("previous radiotherapy field, numbered as below")))))
    if any(mark.vertebra is not None for mark in m.levels):
        other.append(([Poly(((4, 0.8), (11, 4), (4, 7.2)), closed=True, fill=_DARK, stroke=_DARK, width=0.5)],
                      say(fmt(N_("neurological level (latest exam)")))))
    if m.mismatch is not None:
        other.append((_warning_sign(1.5, 4.0), say(fmt(N_("no lesion explains the level")))))
    rows = [*zip(sins_entries, escc_entries, strict=True), *(tuple(other[i:i + 2]) for i in range(0, len(other), 2))]
    bottom = y
    for row in rows:
        height = 11.0
        for col, (swatch, text) in enumerate(row):
            x0, column_w = columns[col]
            lines = wrap(text, _SMALL, column_w - 20)
            shapes += [_moved(s, x0, bottom + 1) for s in swatch]
            shapes += label_lines(x0 + 18, bottom - 0.5, lines, _SMALL, _SMALL + 1.5)
            height = max(height, len(lines) * (_SMALL + 1.5) + 2.5)
        bottom += height
    for field in m.fields:
        lines = wrap(say(field.text), _SMALL, width - 8)
        shapes += label_lines(2, bottom, lines, _SMALL, _SMALL + 1.5, colour="#1d6b4f")
        bottom += len(lines) * (_SMALL + 1.5) + 1
    if any(mark.vertebra is not None for mark in m.levels):
        lines = wrap(say(SEGMENT_NOTE), _SMALL, width - 8)
        shapes += label_lines(2, bottom + 1, lines, _SMALL, _SMALL + 1.5, colour="#404040")
        bottom += len(lines) * (_SMALL + 1.5) + 2
    return shapes, bottom


def _legend_wedge(grade: str | None) -> list[Shape]:
    return [Rect(0, 0, 14, 9, fill="#f2f6fa", stroke=_GREY, width=0.6), *_wedge(0, 0, 9, 14, grade)]


def _moved(shape: Shape, dx: float, dy: float) -> Shape:
    if isinstance(shape, Poly):
        return replace(shape, points=tuple((x + dx, y + dy) for x, y in shape.points))
    return replace(shape, x=shape.x + dx, y=shape.y + dy)


#: The narrowest layout; narrower figures are drawn smaller.
NARROWEST = 300.0


def draw(m: SpineMap, say: Say, width: float = WIDTH) -> Drawing:
    """The map laid out ``width`` units wide for one language (``say`` renders the texts): the
    column keeps its place, the labels and the legend wrap to the width."""
    width = max(width, NARROWEST)
    shapes: list[Shape] = _fields_shapes(m, _TOP)
    shapes += _column_shapes(m, _TOP)
    shapes += _level_marks(m, say, _TOP)
    labels, labels_bottom = _lesion_labels(m, say, _TOP, width)
    shapes += labels
    legend, bottom = _legend(m, say, max(_TOP + m.vertebrae[-1].bottom, labels_bottom) + 10, width)
    shapes += legend
    return Drawing(width, bottom + 4, tuple(shapes))
