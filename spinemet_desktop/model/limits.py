"""The limits every way into the program shares (docs/case-file-format.md, "Limits").

Typing, importing a file, every command-line command and the store's own load go through the
same case model, so a case that one of them accepts the others accept too. The limits are chosen
so that a real case never reaches them (the largest example case uses a fraction of each) while a
hostile or broken file cannot make the program slow, run out of memory, overflow a date or write
a case it could not read back. Kept free of pydantic, so that the store and the first window can
use them without loading the case model.
"""

from __future__ import annotations

import re
from datetime import date

#: A case file, and a case as the store keeps it (its JSON text, UTF-8), is at most this large.
#: A file is refused before it is parsed; an edit that would make the case larger is refused.
MAX_CASE_FILE_BYTES = 5 * 1024 * 1024
#: A settings file (site.yaml) larger than this is not read (the example has 2 KB).
MAX_SETTINGS_FILE_BYTES = 256 * 1024
#: Brackets ``[`` and ``{`` nested deeper than this are refused before parsing (a case nests 5 deep).
MAX_NESTING = 20
#: A JSON number written with more characters than this is refused (no real value needs them;
#: a 5,000-digit integer would otherwise cost seconds to convert, or fail).
MAX_NUMBER_CHARS = 40

#: The longest short free text (a name, a ward, a histology) and the longest long one (a question,
#: notes, a laboratory report), in characters.
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 20_000

#: How many of each a case may hold. A real case has a handful: these leave room for a patient
#: examined every two hours for a fortnight, a metastasis at every level seen on several dates,
#: and a month of daily laboratory panels, while keeping the window, the referral and the FHIR
#: export of the largest possible case fast (benchmarks/README.md).
MAX_LESIONS = 100
MAX_EXAMS = 200
MAX_LAB_RESULTS = 1_000
MAX_OVERRIDES = 100
MAX_PRIOR_RADIOTHERAPY = 20

#: Every date and time of a case lies within these (a date of birth from 1900; nothing after
#: 2100, so that no conversion to another time zone can overflow the calendar).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

#: Ids of cases, lesions and examinations: letters, digits, "-" and "_" (they name lock files and
#: appear in field addresses, so no "/", "." or space), 1 to 64 characters.
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
_ID = re.compile(ID_PATTERN.strip("^$"))

#: Characters no text of a case may hold: C0 and C1 control characters other than tab and line
#: breaks, lone surrogates and the non-characters U+FFFE/U+FFFF (they cannot be written to XML,
#: i.e. to a FHIR narrative, and most cannot be printed). Line breaks are allowed: long texts
#: have them, and a short text keeps them as typed.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def is_id(text: str) -> bool:
    """Whether ``text`` is a valid id of a case, lesion or examination."""
    return _ID.fullmatch(text) is not None


def forbidden_character(text: str) -> str | None:
    """The first character of ``text`` that no case text may hold, as "U+XXXX", or None."""
    found = _FORBIDDEN_CHARACTERS.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def without_forbidden_characters(text: str) -> str:
    """``text`` with every character no case text may hold removed (for exports of text from
    outside the case model, e.g. an audit entry of an older version)."""
    return _FORBIDDEN_CHARACTERS.sub("", text)


def shown(value: object, limit: int = 60) -> str:
    """A value from a file as a message may quote it: its repr, shortened to ``limit`` characters
    (a message must stay readable whatever the file holds)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["EARLIEST_DATE", "ID_PATTERN", "LATEST_DATE", "MAX_CASE_FILE_BYTES", "MAX_EXAMS", "MAX_LAB_RESULTS",
           "MAX_LESIONS", "MAX_LONG_TEXT", "MAX_NESTING", "MAX_NUMBER_CHARS", "MAX_OVERRIDES",
           "MAX_PRIOR_RADIOTHERAPY", "MAX_SETTINGS_FILE_BYTES", "MAX_SHORT_TEXT", "forbidden_character", "is_id", "shown",
           "without_forbidden_characters"]
