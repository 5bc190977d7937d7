"""Dates and times as a person types them (model/dates.py): the short forms every date field reads."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_desktop.model.dates import (
    date_text,
    datetime_text,
    full_year,
    parse_date,
    parse_datetime,
)

TODAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 10, 15, 42).astimezone()


@pytest.mark.parametrize(("text", "expected"), [
    ("18.11.2026", date(2026, 11, 18)),
    ("2026-11-18", date(2026, 11, 18)),
    ("18/11/2026", date(2026, 11, 18)),
    ("1.5.2026", date(2026, 5, 1)),
    ("1.5.26", date(2026, 5, 1)),
    ("2.9.50", date(1950, 9, 2)),       # a two-digit year is never after this year
    ("9.5.22", date(2022, 5, 9)),
    ("31.12.27", date(1927, 12, 31)),
    ("20.9.", date(2026, 9, 20)),       # no year: this year
    ("t", TODAY), ("h", TODAY), ("today", TODAY), ("Heute", TODAY), (" T ", TODAY),
    ("t-1", date(2026, 11, 17)), ("h-1", date(2026, 11, 17)), ("t - 3", date(2026, 11, 15)),
    ("t+2", date(2026, 11, 20)),
    ("t-30", date(2026, 10, 19)),
])
def test_dates_typed_short_or_in_full(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "x", "n", "1.5", "31.2.", "0.1.", "1.13.26", "1.5.2", "1.5.202", "t-", "t-1x",
                                  "tomorrow", "18.11.2026 10:15", "2026-13-01", "t-1000"])
def test_texts_that_name_no_date(text: str) -> None:
    assert parse_date(text, TODAY) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("18.11.2026 10:15", datetime(2026, 11, 18, 10, 15)),
    ("2026-11-18 10:15", datetime(2026, 11, 18, 10, 15)),
    ("2026-11-18T10:15", datetime(2026, 11, 18, 10, 15)),
    ("18/11/2026 10:15", datetime(2026, 11, 18, 10, 15)),
    ("18.11.26 9:50", datetime(2026, 11, 18, 9, 50)),
    ("17.11. 23:05", datetime(2026, 11, 17, 23, 5)),
    ("9:50", datetime(2026, 11, 18, 9, 50)),       # a time alone: today
    ("t 9:50", datetime(2026, 11, 18, 9, 50)),
    ("t-1 22:00", datetime(2026, 11, 17, 22, 0)),
    ("h-1   22:00", datetime(2026, 11, 17, 22, 0)),
    ("0:00", datetime(2026, 11, 18, 0, 0)),
    ("n", datetime(2026, 11, 18, 10, 15)), ("j", datetime(2026, 11, 18, 10, 15)),   # now, to the minute
    ("now", datetime(2026, 11, 18, 10, 15)), ("Jetzt", datetime(2026, 11, 18, 10, 15)),
])
def test_times_typed_short_or_in_full(text: str, expected: datetime) -> None:
    assert parse_datetime(text, NOW) == expected.astimezone()


@pytest.mark.parametrize("text", ["", "t", "18.11.2026", "9", "9:", "9:5", "24:00", "9:60", "x 9:50", "nn",
                                  "18.11.2026 10:15 x", "31.2. 9:50", "n 9:50"])
def test_texts_that_name_no_time(text: str) -> None:
    assert parse_datetime(text, NOW) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_shown_date_reads_back(value: date) -> None:
    assert parse_date(date_text(value), TODAY) == value


@given(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 12, 30)))
def test_a_shown_time_reads_back(value: datetime) -> None:
    moment = value.replace(second=0, microsecond=0).astimezone()
    assert parse_datetime(datetime_text(moment), NOW) == moment


@given(st.integers(0, 99), st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)))
def test_a_two_digit_year_is_the_latest_not_after_this_year(digits: int, today: date) -> None:
    year = full_year(digits, today)
    assert year % 100 == digits and today.year - 100 < year <= today.year


@given(st.integers(0, 400))
def test_days_back_from_today(days: int) -> None:
    assert parse_date(f"t-{days}", TODAY) == TODAY - timedelta(days=days)
