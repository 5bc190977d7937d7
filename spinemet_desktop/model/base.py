"""Shared pydantic configuration and validators of the case model."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from spinemet_desktop.model.fileformat import now_utc

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
    def _times_with_offset(cls, value: Any) -> Any:
        """Times are kept with their UTC offset (pathway.md §11 S14): a time without one is what a
        clinician typed on this computer, so it gets this computer's offset for that moment."""
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.astimezone()
        return value


__all__ = ["CLOCK_SKEW", "StrictModel", "not_in_future", "now_utc"]


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
