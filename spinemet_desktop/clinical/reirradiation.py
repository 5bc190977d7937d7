"""Re-irradiation figures for a lesion in the field of a previous spinal radiotherapy course.

pathway.md §11 S5, from the guideline's chapter 11.8 (AWMF 187-003):

* BED with α/β = 2 Gy for the spinal cord: BED = n · d · (1 + d / 2) [Gy₂]; EQD2 = BED / 2 [Gy].
* 11.8.4, conventional re-irradiation: low risk of myelopathy up to a cumulative BED of
  120 Gy₂, or 135.5 Gy₂ when every course is at most 98 Gy₂ and the interval is at least 6 months.
* 11.8.2, SBRT re-irradiation: EQD2 20–25 Gy with a cumulative EQD2 of about 70 Gy at most.

These are **prescribed** doses of the recorded courses, not the dose the cord received (after SBRT
the cord received much less than the prescription), so the sums are an upper bound; the radiation
oncologist checks the cumulative cord dose before any re-irradiation. Computing BED from the
prescription as a stand-in for the cord dose is an inference (S5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spinemet_desktop.clinical.derive import calendar_months, months_passed
from spinemet_desktop.model.case import Case, Lesion, PriorRadiotherapy
from spinemet_desktop.model.levels import SPINAL_LEVEL_INDEX, level_range
from spinemet_desktop.model.text import N_, Text, fmt

CITATION = "S2k-Leitlinie Wirbelsäulenmetastasen (AWMF 187-003), 11.8.2 and 11.8.4; pathway.md §11 S5"
ALPHA_BETA_CORD_GY = 2.0
#: 11.8.4: cumulative BED at low risk of myelopathy.
CUMULATIVE_BED_LIMIT_GY2 = 120.0
#: 11.8.4: the higher limit when every course is at most 98 Gy₂ and the interval at least 6 months.
CUMULATIVE_BED_LIMIT_EXTENDED_GY2 = 135.5
EXTENDED_MAX_COURSE_BED_GY2 = 98.0
EXTENDED_MIN_INTERVAL_MONTHS = 6
#: 11.8.2: SBRT re-irradiation with EQD2 20–25 Gy and a cumulative EQD2 of about 70 Gy at most.
SBRT_REIRRADIATION_EQD2_GY = (20.0, 25.0)
SBRT_CUMULATIVE_EQD2_LIMIT_GY = 70.0


def bed(total_dose_gy: float, fractions: int, alpha_beta: float = ALPHA_BETA_CORD_GY) -> float:
    """Biologically effective dose: n · d · (1 + d / (α/β))."""
    per_fraction = total_dose_gy / fractions
    return total_dose_gy * (1 + per_fraction / alpha_beta)


def eqd2(bed_gy2: float, alpha_beta: float = ALPHA_BETA_CORD_GY) -> float:
    """Equivalent dose in 2-Gy fractions: BED / (1 + 2 / (α/β))."""
    return bed_gy2 / (1 + 2 / alpha_beta)


@dataclass(frozen=True)
class CourseFigures:
    """One previous course as prescribed, with its BED and EQD2 (None when dose or fractions are
    not recorded)."""

    number: int  # 1-based, in the order of the history
    levels: str  # "T8–T11", or "" when the course's levels are not recorded
    total_dose_gy: float | None
    fractions: int | None
    completed_on: date | None
    bed_gy2: float | None
    eqd2_gy: float | None


@dataclass(frozen=True)
class LevelFigures:
    """The courses that covered one spinal level, summed."""

    level: str
    courses: tuple[CourseFigures, ...]
    largest_course_bed_gy2: float | None
    cumulative_bed_gy2: float | None
    cumulative_eqd2_gy: float | None
    #: Calendar months since the most recent course at this level, to the tenth below, so that it
    #: reads 6.0 exactly when the six months of 11.8.4 have passed (None when a date is missing).
    interval_months: float | None
    #: The conventional cumulative limit that applies (120 or 135.5 Gy₂) and why.
    limit_gy2: float
    limit_reason: Text
    #: BED left to that limit; EQD2 left to 70 Gy for SBRT (negative: exceeded). None if a dose is missing.
    margin_bed_gy2: float | None
    margin_sbrt_eqd2_gy: float | None
    missing: tuple[Text, ...]


@dataclass(frozen=True)
class Reirradiation:
    """The re-irradiation figures of one lesion that lies in a previous radiotherapy field."""

    lesion_id: str
    lesion_label: str
    levels: tuple[LevelFigures, ...]
    #: The level with the least left (or the most courses) — the one the decision rests on.
    governing: LevelFigures
    #: Courses at the governing level.
    courses_at_level: int
    #: Courses whose levels are not recorded are assumed to include the lesion (S5: plan for the worse).
    assumed_in_field: tuple[int, ...]
    citation: str = CITATION

    @property
    def margin_bed_gy2(self) -> float | None:
        return self.governing.margin_bed_gy2


def _course_levels(course: PriorRadiotherapy) -> tuple[str, ...] | None:
    """The levels a course covered; None when its first or last level is not recorded (its extent is
    then unknown and it is assumed to include a lesion, S5)."""
    first, last = course.level_from, course.level_to
    if first is None or last is None:
        return None
    if SPINAL_LEVEL_INDEX[last] < SPINAL_LEVEL_INDEX[first]:
        first, last = last, first
    return tuple(level_range(first, last))


def course_figures(number: int, course: PriorRadiotherapy) -> CourseFigures:
    levels = _course_levels(course)
    label = "" if levels is None else (levels[0] if len(levels) == 1 else f"{levels[0]}–{levels[-1]}")
    value = None
    if course.total_dose_gy is not None and course.fractions:
        value = bed(course.total_dose_gy, course.fractions)
    return CourseFigures(number, label, course.total_dose_gy, course.fractions, course.completed_on,
                         value, None if value is None else eqd2(value))


def _level(level: str, courses: tuple[CourseFigures, ...], as_of: datetime) -> LevelFigures:
    missing: list[Text] = []
    beds = [c.bed_gy2 for c in courses]
    for c in courses:
        if c.bed_gy2 is None:
            missing.append(fmt(N_("course %1: total dose or fractions not recorded"), c.number))
        if c.completed_on is None:
            missing.append(fmt(N_("course %1: date not recorded"), c.number))
    known = [b for b in beds if b is not None]
    cumulative = sum(known) if len(known) == len(beds) else None
    largest = max(known) if known else None
    dates = [c.completed_on for c in courses if c.completed_on is not None]
    last = max(dates) if len(dates) == len(courses) else None
    interval = calendar_months(last, as_of.date()) if last is not None else None
    all_small = len(known) == len(beds) and all(b <= EXTENDED_MAX_COURSE_BED_GY2 for b in known)
    if all_small and last is not None and interval is not None and months_passed(last, as_of.date(), int(EXTENDED_MIN_INTERVAL_MONTHS)):
        limit = CUMULATIVE_BED_LIMIT_EXTENDED_GY2
        reason = fmt(N_("every course ≤ %1 Gy₂ and %2 months since the last: %3 Gy₂ (11.8.4)"),
                     EXTENDED_MAX_COURSE_BED_GY2, interval, limit)
    else:
        limit = CUMULATIVE_BED_LIMIT_GY2
        if interval is None or not all_small:
            why = N_("a course above 98 Gy₂ or not fully recorded") if not all_small else N_("interval not known")
        else:
            why = fmt(N_("%1 months since the last course (< 6)"), interval)
        reason = fmt(N_("%1: %2 Gy₂ (11.8.4)"), why, limit)
    return LevelFigures(
        level=level,
        courses=courses,
        largest_course_bed_gy2=largest,
        cumulative_bed_gy2=cumulative,
        cumulative_eqd2_gy=None if cumulative is None else eqd2(cumulative),
        interval_months=interval,
        limit_gy2=limit,
        limit_reason=reason,
        margin_bed_gy2=None if cumulative is None else limit - cumulative,
        margin_sbrt_eqd2_gy=None if cumulative is None else SBRT_CUMULATIVE_EQD2_LIMIT_GY - eqd2(cumulative),
        missing=tuple(missing),
    )


def assess_lesion(case: Case, lesion: Lesion, as_of: datetime) -> Reirradiation | None:
    """The figures for a lesion, or None when no recorded course covers it."""
    if lesion.level is None:
        return None
    lesion_levels = level_range(lesion.level, lesion.level_to or lesion.level)
    figures = [course_figures(i + 1, c) for i, c in enumerate(case.history.prior_spine_radiotherapy)]
    spans = [_course_levels(c) for c in case.history.prior_spine_radiotherapy]
    per_level = []
    for level in lesion_levels:
        courses = tuple(f for f, span in zip(figures, spans, strict=True) if span is None or level in span)
        if courses:
            per_level.append(_level(level, courses, as_of))
    if not per_level:
        return None

    def key(figure: LevelFigures) -> tuple[int, float]:
        # Least left first; an unknown margin counts as least (it cannot be checked).
        margin = figure.margin_bed_gy2
        return (-len(figure.courses), margin if margin is not None else float("-inf"))

    governing = min(per_level, key=key)
    assumed = tuple(f.number for f, span in zip(figures, spans, strict=True) if span is None)
    return Reirradiation(lesion.id, lesion.level_label, tuple(per_level), governing,
                         len(governing.courses), assumed)
