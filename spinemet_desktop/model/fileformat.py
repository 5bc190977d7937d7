"""What the program needs to know about case files before it loads the case model.

Kept free of pydantic so that the store and the first window can start without importing the
model classes (start-up time; see benchmarks/README.md). The reading and writing is in
:mod:`spinemet_desktop.model.caseio`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from spinemet_desktop.model.limits import MAX_CASE_FILE_BYTES

__all__ = ["FILE_KIND", "MAX_CASE_FILE_BYTES", "CaseFileError", "now_utc"]

FILE_KIND = "spinemet-desktop case"


class CaseFileError(ValueError):
    """A case file that cannot be read; the message names the problem in plain words."""


def now_utc() -> datetime:
    return datetime.now(UTC)
