"""Sensory state of each dermatome from the worksheet, for the body chart (display only).

Combines light touch and pin prick of one dermatome on one side, reading the non-SCI marks as
ISNCSCI 2019 does (``shared/clinical/isncsci.md`` §1.5): ``X**`` = consider normal, ``X*`` =
consider the number. Nothing here feeds the classification; the sensory levels come from
:func:`spinemet_desktop.clinical.isncsci.classify`.
"""

from __future__ import annotations

from spinemet_desktop.model.isncsci import IsncsciValues
from spinemet_desktop.model.levels import DERMATOMES

INTACT, IMPAIRED, ABSENT, NOT_TESTABLE, NOT_EXAMINED = (
    "intact", "impaired", "absent", "not_testable", "not_examined")
STATES = (INTACT, IMPAIRED, ABSENT, NOT_TESTABLE, NOT_EXAMINED)


def dermatome_state(lt: str | None, pp: str | None) -> str:
    """Combined state of one dermatome from its light-touch and pin-prick values.

    ``X**`` values count as normal (non-SCI condition, consider normal) and ``X*`` values by their
    number, as the classification does. A dermatome with one modality missing is "not examined":
    the chart never fills in a value that was not entered.
    """
    if lt is None or pp is None:
        return NOT_EXAMINED
    bases = []
    for value in (lt, pp):
        base = value.rstrip("*")
        bases.append("2" if value.endswith("**") else base)
    known = [b for b in bases if b != "NT"]
    if not known:
        return NOT_TESTABLE
    if all(b == "2" for b in known):
        return NOT_TESTABLE if len(known) < len(bases) else INTACT
    if all(b == "0" for b in known) and len(known) == len(bases):
        return ABSENT
    return IMPAIRED


def sensory_states(values: IsncsciValues) -> dict[tuple[str, str], str]:
    """State per (side, dermatome) for every dermatome C2 ... S4-5."""
    out = {}
    for side in ("right", "left"):
        lt = getattr(values, f"{side}_light_touch")
        pp = getattr(values, f"{side}_pin_prick")
        for level in DERMATOMES:
            out[(side, level)] = dermatome_state(lt.get(level), pp.get(level))
    return out


def level_candidates(level: str | None) -> set[str]:
    """Dermatomes named in a (possibly multi-candidate, starred) level such as "C5,C6*"."""
    if not level:
        return set()
    return {part.rstrip("*").replace("S4-5", "S4_5") for part in level.split(",")}
