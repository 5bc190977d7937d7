"""Dates and times as a person types them (every date field of the program reads them here).

Besides the full forms (``18.11.2026``, ``2026-11-18``, ``18/11/2026``, each with `` 10:15`` for a
time), a date may be written short, as on a ward chart:

* ``1.5.26`` — a two-digit year is the latest year ending in those digits that is not after the
  current year (``2.9.50`` is 1950, ``9.5.22`` is 2022); the program shows the full date back;
* ``18.11.`` — without a year: the current year;
* ``t`` or ``h`` (today, heute), ``t-1`` / ``h-1`` (yesterday), ``t-3`` …: days counted from today;
* a time alone (``9:50``) is today at that time; ``n`` or ``j`` (now, jetzt) is the current date
  and time to the minute.

No Qt and no clock of its own: the caller passes "now", so that a value typed as ``t`` or ``n`` is
fixed when it is typed. Whether a date may lie in the future is the caller's rule.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

#: Words for today and now, in the two languages of the program (and their first letters).
TODAY_WORDS = frozenset({"t", "h", "today", "heute"})
NOW_WORDS = frozenset({"n", "j", "now", "jetzt"})

_RELATIVE = re.compile(r"^([a-z]+)\s*(?:([+-])\s*(\d{1,3}))?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_ISO_T = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)")


def now() -> datetime:
    """The current local time, to the minute (what "now" means to a date field)."""
    return datetime.now().astimezone().replace(second=0, microsecond=0)


def full_year(two_digits: int, today: date) -> int:
    """The latest year ending in ``two_digits`` that is not after ``today``'s year."""
    return today.year - (today.year - two_digits) % 100


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` names (see the module's forms), or None if it names none."""
    text = text.strip().lower()
    relative = _RELATIVE.match(text)
    if relative:
        word, sign, days = relative.groups()
        if word not in TODAY_WORDS:
            return None
        offset = int(days) if days else 0
        try:
            return today + timedelta(days=-offset if sign == "-" else offset)
        except OverflowError:
            return None
    try:
        if match := _DOTTED.match(text):
            day, month, year = match.groups()
            if year is None:
                number = today.year
            elif len(year) == 2:
                number = full_year(int(year), today)
            else:
                number = int(year)
            return date(number, int(month), int(day))
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _SLASHED.match(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:  # 31.2., month 13, year 0
        return None
    return None


def parse_time(text: str) -> time | None:
    match = _TIME.match(text.strip())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def parse_datetime(text: str, current: datetime) -> datetime | None:
    """The moment ``text`` names in local time (a date and a time, a time alone for today, or "now"),
    or None if it names none. ``current`` is now, timezone-aware."""
    text = " ".join(_ISO_T.sub(r"\1 ", text.strip().lower()).split())  # 2026-11-18T10:15
    if text in NOW_WORDS:
        return current.replace(second=0, microsecond=0)
    day_text, _space, time_text = text.rpartition(" ")
    at = parse_time(time_text)
    if at is None:
        return None
    day = parse_date(day_text, current.date()) if day_text else current.date()
    if day is None:
        return None
    return datetime.combine(day, at).astimezone()


def date_text(value: date) -> str:
    """How a date field shows a date (and what it accepts in full)."""
    return value.strftime("%d.%m.%Y")


def datetime_text(value: datetime) -> str:
    """How a date-and-time field shows a moment, in local time."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")
