"""The pathway's answers put into words for every renderer (side panel, summary, PDF, FHIR).

Qt-free: each function returns :class:`~spinemet_desktop.model.text.Text` (or plain data), which
the renderer localises with its own catalogue. These are the words of pathway.md §11: the lesion
for instability and the one for compression named apart (S4), what an answer assumes until it is
recorded (S2, S3, S5), each lesion's own answer where the lesions differ (S4), and the
re-irradiation figures (S5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway import Decision
from spinemet_desktop.clinical.reirradiation import LevelFigures
from spinemet_desktop.model.text import N_, Text, fmt, join

#: Said wherever re-irradiation figures are shown (S5).
REIRRADIATION_NOTE = N_(
    "Figures from the prescribed doses of the recorded courses (BED with α/β = 2 Gy, EQD2 = BED / 2), not "
    "from the dose the spinal cord received — after SBRT they are an upper bound. Conventional limit "
    "(11.8.4): cumulative BED ≤ 120 Gy₂, or ≤ 135.5 Gy₂ when every course was ≤ 98 Gy₂ and 6 months have "
    "passed; SBRT re-irradiation (11.8.2): EQD2 20–25 Gy with a cumulative EQD2 of about 70 Gy at most. "
    "The radiation oncologist checks the cumulative cord dose before any re-irradiation.")
REIRRADIATION_TITLE = N_("Previous radiotherapy at the lesion (re-irradiation)")
REIRRADIATION_HEADERS = (N_("Lesion, level"), N_("Courses"), N_("Largest course BED"), N_("Cumulative BED / EQD2"),
                         N_("Months since last"), N_("Limit"), N_("Left (BED)"), N_("Left to 70 Gy EQD2 (SBRT)"))


@dataclass(frozen=True)
class LesionRole:
    """A line naming a lesion and why it matters (S4)."""

    title: str
    lesion: str
    reason: Text


def lesion_roles(a: Assessment) -> list[LesionRole]:
    """The lesion for instability and the lesion for compression — one line when it is the same."""
    instability, compression = a.lesion_for_instability, a.lesion_for_compression
    if instability is None:
        return []
    if compression is None or compression is instability or len(a.lesions) == 1:
        reason = a.instability_reason if compression is None else join("; ", (a.instability_reason, a.compression_reason))
        title = N_("Lesion") if len(a.lesions) == 1 else N_("Lesion for instability and compression")
        return [LesionRole(title, instability.label, reason)]
    return [LesionRole(N_("Lesion for instability"), instability.label, a.instability_reason),
            LesionRole(N_("Lesion for compression"), compression.label, a.compression_reason)]


def lesions_differ(decision: Decision) -> bool:
    """Whether the lesions give different answers for this output (then each is shown, S4)."""
    return len({(x.value, x.rule_id) for x in decision.per_lesion}) > 1


def assumption(decision: Decision) -> Text | None:
    """What a decided output plans for until it is recorded (S2, S3, S5)."""
    if decision.value is None or not decision.assumed_why:
        return None
    return fmt(N_("Until recorded: %1."), join("; ", decision.assumed_why))


def decided_by(decision: Decision) -> str:
    """The rule ids behind an answer, with the lesions (S4, S10): "B15 (L1), B25 (T6)"."""
    if decision.rule_id is None:
        return ""
    first = f"{decision.rule_id} ({decision.lesion})" if decision.lesion else decision.rule_id
    return ", ".join([first, *(f"{rule} ({lesion})" for rule, lesion in decision.also)])


@dataclass(frozen=True)
class ReirradiationRow:
    """One spinal level of a lesion inside a previous radiotherapy field (S5): its figures, and
    its earlier courses in words."""

    lesion: str
    figures: LevelFigures
    courses: Text


def _course(number: int, total: float | None, fractions: int | None, completed: Any) -> Text:
    if total is None or not fractions:
        dose = fmt(N_("course %1: total dose or fractions not recorded"), number)
    else:
        dose = fmt(N_("course %1: %2 × %3 Gy"), number, fractions, round(total / fractions, 2))
    return fmt(N_("%1 (%2)"), dose, completed) if completed else dose


def reirradiation_rows(a: Assessment) -> list[ReirradiationRow]:
    rows = []
    for la in a.reirradiation:
        figures = la.reirradiation
        assert figures is not None
        for level in figures.levels:
            courses = join("; ", (_course(c.number, c.total_dose_gy, c.fractions, c.completed_on) for c in level.courses))
            rows.append(ReirradiationRow(la.label, level, courses))
    return rows


def reirradiation_summary(a: Assessment) -> list[Text]:
    """One short line per lesion in a previous field, for the side panel."""
    lines = []
    for la in a.reirradiation:
        figures = la.reirradiation
        assert figures is not None
        left = figures.margin_bed_gy2
        if left is None:
            lines.append(fmt(N_("%1: in a previous field (%2 course(s)); doses not all recorded"),
                             la.label, figures.courses_at_level))
        else:
            lines.append(fmt(N_("%1: in a previous field (%2 course(s)); %3 Gy₂ left to %4 Gy₂"),
                             la.label, figures.courses_at_level, round(left, 1), figures.governing.limit_gy2))
    return lines
