"""Shared pydantic configuration and validators of the case model."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

# No pydantic plugin runs in this program: a plugin (found through any installed package's entry
# points) would see every case as it is validated. Saying so also spares the scan of every
# installed package's metadata when the first model class is built (benchmarks/README.md).
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.model.limits import (
    EARLIEST_DATE,
    ID_PATTERN,
    LATEST_DATE,
    forbidden_character,
)
from spinemet_desktop.model.text import N_, fmt

#: The id of a case, lesion or examination (model/limits.py: letters, digits, "-", "_").
Identifier = Annotated[str, Field(pattern=ID_PATTERN)]
#: Clocks on ward workstations drift; a timestamp a few minutes ahead is not an error.
CLOCK_SKEW = timedelta(minutes=10)


class StrictModel(BaseModel):
    """Base of every case-model class: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=True,
        allow_inf_nan=False,  # a NaN lab value or an infinite dose is an error, not a number
        use_enum_values=False,
    )

    @field_validator("*", mode="after")
    @classmethod
    def _plain_text_and_sane_times(cls, value: Any) -> Any:
        """Every text is free of control characters, every date within the sane bounds
        (model/limits.py), and every time has its UTC offset (pathway.md §11 S14): a time without
        one is what a clinician typed on this computer, so it gets this computer's offset for
        that moment (the bounds are checked first, so this cannot overflow)."""
        _check_texts(value)
        if isinstance(value, date):
            day = value.date() if isinstance(value, datetime) else value
            if not EARLIEST_DATE <= day <= LATEST_DATE:
                raise ValueError(fmt(N_("the date %1 lies outside %2 to %3"), day, EARLIEST_DATE, LATEST_DATE))
            if isinstance(value, datetime) and value.tzinfo is None:
                return value.astimezone()
        return value


def _check_texts(value: Any) -> None:
    """Refuse a text (or a text in a mapping or list of texts) holding a control character."""
    if isinstance(value, str):
        bad = forbidden_character(value)
        if bad is not None:
            raise ValueError(fmt(N_("the text contains the control character %1"), bad))
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_texts(key)
            _check_texts(item)


__all__ = ["CLOCK_SKEW", "Identifier", "StrictModel", "not_in_future", "now_utc"]


def not_in_future(cls: Any, value: Any) -> Any:
    """Field validator: dates and times of clinical events cannot lie in the future."""
    if value is None:
        return value
    if isinstance(value, datetime):
        # astimezone() reads a naive value as local time, which is what a clinician typed.
        if value.astimezone(UTC) > now_utc() + CLOCK_SKEW:
            raise ValueError("date and time lie in the future")
    elif isinstance(value, date) and value > (now_utc() + CLOCK_SKEW).date():
        raise ValueError("date lies in the future")
    return value
