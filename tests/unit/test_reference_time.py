"""Intervals are measured to the encounter's assessment time, else to now (clinical/reference_time.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import Case

NOW = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)


def test_without_an_assessment_time_it_is_now() -> None:
    assert reference_time(Case(), NOW) is NOW


def test_the_assessment_time_wins_over_now() -> None:
    case = Case()
    assessed = datetime(2024, 6, 9, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    case.encounter.assessed_at = assessed
    assert reference_time(case, NOW) is assessed


def test_a_naive_assessment_time_is_read_as_local_time() -> None:
    case = Case()
    case.encounter.assessed_at = datetime(2024, 6, 9, 8, 30)
    result = reference_time(case, NOW)
    assert result.tzinfo is not None
    assert result.replace(tzinfo=None) == datetime(2024, 6, 9, 8, 30)
