"""The ISNCSCI (ASIA) worksheet as data: one neurological examination.

Value vocabularies follow ISNCSCI 2019 as encoded by the Praxis reference (see
``shared/clinical/isncsci.md`` §1.5-§1.6): ``X*`` = non-SCI condition, consider *not* normal;
``X**`` = non-SCI condition, consider normal. ``5*``, ``5**`` and sensory ``2*`` do not exist
and are rejected. A cell that is absent from its mapping has not been examined yet; that is
different from ``NT`` (examined, not testable).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, get_args
from uuid import uuid4

from pydantic import Field, field_validator

from spinemet_desktop.model.base import Identifier, StrictModel, not_in_future
from spinemet_desktop.model.enums import Ambulatory, BladderBowel, DeficitClass, Frankel
from spinemet_desktop.model.levels import (
    DERMATOMES,
    KEY_MUSCLES,
    Dermatome,
    KeyMuscle,
    NonKeyMuscleLevel,
)
from spinemet_desktop.model.limits import shown

MotorValue = Literal[
    "0", "1", "2", "3", "4", "5", "NT",
    "0*", "1*", "2*", "3*", "4*", "NT*",
    "0**", "1**", "2**", "3**", "4**", "NT**",
]
SensoryValue = Literal["0", "1", "2", "NT", "0*", "1*", "NT*", "0**", "1**", "NT**"]
AnalValue = Literal["Yes", "No", "NT"]

MOTOR_VALUES: tuple[str, ...] = get_args(MotorValue)
SENSORY_VALUES: tuple[str, ...] = get_args(SensoryValue)
ANAL_VALUES: tuple[str, ...] = get_args(AnalValue)

#: Names of the six worksheet columns, in worksheet order (right then left).
GRID_COLUMNS: tuple[str, ...] = (
    "right_motor",
    "right_light_touch",
    "right_pin_prick",
    "left_light_touch",
    "left_pin_prick",
    "left_motor",
)


class IsncsciValues(StrictModel):
    """All values of one worksheet. Missing keys are cells not yet examined."""

    right_motor: dict[KeyMuscle, MotorValue] = Field(default_factory=dict)
    left_motor: dict[KeyMuscle, MotorValue] = Field(default_factory=dict)
    right_light_touch: dict[Dermatome, SensoryValue] = Field(default_factory=dict)
    left_light_touch: dict[Dermatome, SensoryValue] = Field(default_factory=dict)
    right_pin_prick: dict[Dermatome, SensoryValue] = Field(default_factory=dict)
    left_pin_prick: dict[Dermatome, SensoryValue] = Field(default_factory=dict)
    vac: AnalValue | None = None
    dap: AnalValue | None = None
    right_lowest_non_key_muscle: NonKeyMuscleLevel | None = None
    left_lowest_non_key_muscle: NonKeyMuscleLevel | None = None
    #: Reason for each starred (non-SCI) value, keyed "<column>.<level>", e.g. "right_motor.C5".
    non_sci_reasons: dict[str, Annotated[str, Field(max_length=500)]] = Field(default_factory=dict)
    comments: Annotated[str, Field(max_length=5000)] | None = None

    @field_validator("non_sci_reasons")
    @classmethod
    def _reason_keys(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            column, _, level = key.partition(".")
            if column not in GRID_COLUMNS or level not in (KEY_MUSCLES if column.endswith("motor") else DERMATOMES):
                raise ValueError(f"unknown worksheet cell {shown(key)}")
        return value

    def starred_without_reason(self) -> list[str]:
        """Cells ("<column>.<level>") holding a starred value with no recorded reason.

        ISNCSCI asks that every non-SCI mark be explained in the comments; the reasons of cells
        that are no longer starred are kept but not asked for.
        """
        return [f"{column}.{level}" for column in GRID_COLUMNS
                for level, value in getattr(self, column).items()
                if value.endswith("*") and not self.non_sci_reasons.get(f"{column}.{level}")]


class NeuroExam(StrictModel):
    """One timestamped neurological examination with the bedside facts asked next to it."""

    id: Identifier = Field(default_factory=lambda: uuid4().hex)
    examined_at: datetime | None = None
    examiner: Annotated[str, Field(max_length=200)] | None = None
    isncsci: IsncsciValues = Field(default_factory=IsncsciValues)
    ambulatory: Ambulatory | None = None
    bladder_bowel: BladderBowel | None = None
    radicular_pain: bool | None = None
    deficit_onset_at: datetime | None = None
    rapidly_progressive: bool | None = None
    #: Clinician's deficit class; when None it is derived from the exam (clinical.neuro).
    deficit_class_override: DeficitClass | None = None
    #: Clinician's Frankel grade; when None it is derived from the AIS.
    frankel_override: Frankel | None = None

    _examined_at_past = field_validator("examined_at", "deficit_onset_at")(not_in_future)
