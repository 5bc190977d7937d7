"""From the worksheet as entered to a classification, with what is missing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from spinemet_desktop.clinical.isncsci.engine import Exam, IsncsciResult, Side, classify_exam
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES
from spinemet_desktop.model.text import N_

if TYPE_CHECKING:  # the classifier reads the worksheet's attributes; it need not load pydantic
    from spinemet_desktop.model.isncsci import IsncsciValues

ISNCSCI_CITATION = (
    "International Standards for Neurological Classification of Spinal Cord Injury, revised 2019 "
    "(Rupp R et al., Top Spinal Cord Inj Rehabil 2021;27(2):1-22); algorithm as in the Praxis "
    "ISNCSCI reference implementation (MIT licence)"
)

ISNCSCI_VERSION = N_("2019 revision")


@dataclass(frozen=True)
class IsncsciClassification:
    """Result of :func:`classify`: ``result`` is None until the worksheet is complete."""

    result: IsncsciResult | None
    #: Totals that can be given although other cells are still empty ("ND" if NT-family inside).
    partial_totals: dict[str, str] = field(default_factory=dict)
    #: Cells not yet examined, e.g. "right_motor.C5", "vac".
    missing: tuple[str, ...] = ()
    citation: str = ISNCSCI_CITATION

    @property
    def complete(self) -> bool:
        return self.result is not None


_KEY_MUSCLE_SET = frozenset(KEY_MUSCLES)
_DERMATOME_SET = frozenset(DERMATOMES)
_DERMATOMES_OF = itemgetter(*DERMATOMES)


def missing_cells(values: IsncsciValues) -> tuple[str, ...]:
    """Cells that are still empty, in worksheet order (rows top to bottom, columns R then L)."""
    if (values.vac is not None and values.dap is not None
            and values.right_motor.keys() >= _KEY_MUSCLE_SET and values.left_motor.keys() >= _KEY_MUSCLE_SET
            and values.right_light_touch.keys() >= _DERMATOME_SET and values.left_light_touch.keys() >= _DERMATOME_SET
            and values.right_pin_prick.keys() >= _DERMATOME_SET and values.left_pin_prick.keys() >= _DERMATOME_SET):
        return ()  # the complete worksheet, found without walking it cell by cell
    missing: list[str] = []
    for level in DERMATOMES:
        if level in KEY_MUSCLES and level not in values.right_motor:
            missing.append(f"right_motor.{level}")
        for column in ("right_light_touch", "right_pin_prick", "left_light_touch", "left_pin_prick"):
            if level not in getattr(values, column):
                missing.append(f"{column}.{level}")
        if level in KEY_MUSCLES and level not in values.left_motor:
            missing.append(f"left_motor.{level}")
    if values.vac is None:
        missing.append("vac")
    if values.dap is None:
        missing.append("dap")
    return tuple(missing)


def exam_from_values(values: IsncsciValues) -> Exam:
    """Build the engine's exam; raises KeyError if any cell is missing (vac, dap, a key muscle, a
    dermatome), so that a complete worksheet needs no other check."""
    if values.vac is None or values.dap is None:
        raise KeyError("vac/dap")
    # Each side: light touch and pin prick for every segment (C1 fixed at 2), the grade of every
    # key muscle (a copy: the engine's input does not change with the worksheet), the non-key muscle.
    right = Side(("2", *_DERMATOMES_OF(values.right_light_touch)), ("2", *_DERMATOMES_OF(values.right_pin_prick)),
                 {key: values.right_motor[key] for key in KEY_MUSCLES},
                 values.right_lowest_non_key_muscle)
    left = Side(("2", *_DERMATOMES_OF(values.left_light_touch)), ("2", *_DERMATOMES_OF(values.left_pin_prick)),
                {key: values.left_motor[key] for key in KEY_MUSCLES},
                values.left_lowest_non_key_muscle)
    return Exam(right, left, values.vac, values.dap)


def _partial_total(values: Mapping[Any, str], keys: tuple[str, ...]) -> str | None:
    if any(k not in values for k in keys):
        return None
    if any(values[k].startswith("NT") for k in keys):
        return "ND"
    return str(sum(int(values[k].replace("*", "")) for k in keys))


def _partial_totals(values: IsncsciValues) -> dict[str, str]:
    totals: dict[str, str] = {}
    groups: dict[str, tuple[Mapping[Any, str], tuple[str, ...]]] = {
        "right_upper_motor_total": (values.right_motor, KEY_MUSCLES[:5]),
        "left_upper_motor_total": (values.left_motor, KEY_MUSCLES[:5]),
        "right_lower_motor_total": (values.right_motor, KEY_MUSCLES[5:]),
        "left_lower_motor_total": (values.left_motor, KEY_MUSCLES[5:]),
        "right_touch_total": (values.right_light_touch, DERMATOMES),
        "left_touch_total": (values.left_light_touch, DERMATOMES),
        "right_prick_total": (values.right_pin_prick, DERMATOMES),
        "left_prick_total": (values.left_pin_prick, DERMATOMES),
    }
    for name, (cells, keys) in groups.items():
        total = _partial_total(cells, keys)
        if total is not None:
            totals[name] = total
    return totals


def classify(values: IsncsciValues) -> IsncsciClassification:
    try:  # building the exam reads every cell: a complete worksheet needs no other check
        exam = exam_from_values(values)
    except KeyError:
        exam = None
    if exam is None:
        return IsncsciClassification(None, _partial_totals(values), missing_cells(values))
    return IsncsciClassification(classify_exam(exam), {}, ())
