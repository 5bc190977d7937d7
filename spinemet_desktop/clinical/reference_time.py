"""The moment a case is assessed as of: the encounter's assessment time, else now.

The referral documents the state at the time of assessment; intervals such as "hours since the
deficit began" are measured to that moment, so the app, the PDF and the command line agree.
"""

from __future__ import annotations

from datetime import datetime

from spinemet_desktop.model.case import Case


def reference_time(case: Case, now: datetime) -> datetime:
    assessed = case.encounter.assessed_at
    return (assessed if assessed.tzinfo else assessed.astimezone()) if assessed else now
