"""Spinal levels and the ISNCSCI segment vocabulary.

Levels are written ``C0`` (occiput) to ``S5`` as in the SINS table and the shared test data;
``T`` (not ``Th``) for thoracic. ISNCSCI uses its own 29 segments C1 ... S3 plus ``S4_5``.
"""

from __future__ import annotations

from typing import Literal, get_args

from spinemet_desktop.model.text import N_

SpinalLevel = Literal[
    "C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7",
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    "L1", "L2", "L3", "L4", "L5",
    "S1", "S2", "S3", "S4", "S5",
]
SPINAL_LEVELS: tuple[str, ...] = get_args(SpinalLevel)
SPINAL_LEVEL_INDEX: dict[str, int] = {name: i for i, name in enumerate(SPINAL_LEVELS)}

#: ISNCSCI segments in rostral-to-caudal order (index 0 = C1 ... 28 = S4_5).
IsncsciSegment = Literal[
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4_5",
]
ISNCSCI_SEGMENTS: tuple[str, ...] = get_args(IsncsciSegment)
ISNCSCI_SEGMENT_INDEX: dict[str, int] = {name: i for i, name in enumerate(ISNCSCI_SEGMENTS)}

#: Dermatomes examined for light touch and pin prick (C1 is not examined).
Dermatome = Literal[
    "C2", "C3", "C4", "C5", "C6", "C7", "C8",
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4_5",
]
DERMATOMES: tuple[str, ...] = get_args(Dermatome)

#: The ten key muscles, with the worksheet names of their muscle groups.
KeyMuscle = Literal["C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"]
KEY_MUSCLES: tuple[KeyMuscle, ...] = get_args(KeyMuscle)
KEY_MUSCLE_NAMES: dict[str, str] = {
    "C5": N_("Elbow flexors"),
    "C6": N_("Wrist extensors"),
    "C7": N_("Elbow extensors"),
    "C8": N_("Finger flexors"),
    "T1": N_("Finger abductors"),
    "L2": N_("Hip flexors"),
    "L3": N_("Knee extensors"),
    "L4": N_("Ankle dorsiflexors"),
    "L5": N_("Long toe extensors"),
    "S1": N_("Ankle plantar flexors"),
}

#: Levels a "lowest non-key muscle with motor function" may name (C1 ... S3).
NonKeyMuscleLevel = Literal[
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3",
]


def level_range(first: str, last: str) -> tuple[str, ...]:
    """All spinal levels from ``first`` to ``last`` inclusive, in rostral-to-caudal order."""
    a, b = SPINAL_LEVEL_INDEX[first], SPINAL_LEVEL_INDEX[last]
    if a > b:
        a, b = b, a
    return SPINAL_LEVELS[a : b + 1]
