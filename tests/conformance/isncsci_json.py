"""Reading Praxis-format ISNCSCI cases (shared/testdata/isncsci) into the case model."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from spinemet_desktop.model.isncsci import IsncsciValues
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT.parent / "shared" / "testdata" / "isncsci"

#: Our snake_case result fields -> the reference's camelCase keys under "totals".
RESULT_FIELDS = {
    re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower(): camel
    for camel in (
        "rightUpperMotorTotal", "leftUpperMotorTotal", "rightLowerMotorTotal",
        "leftLowerMotorTotal", "rightMotorTotal", "leftMotorTotal", "upperMotorTotal",
        "lowerMotorTotal", "rightTouchTotal", "leftTouchTotal", "touchTotal",
        "rightPrickTotal", "leftPrickTotal", "prickTotal", "rightSensory", "leftSensory",
        "rightMotor", "leftMotor", "neurologicalLevelOfInjury", "injuryComplete",
        "asiaImpairmentScale", "rightSensoryZpp", "leftSensoryZpp", "rightMotorZpp",
        "leftMotorZpp",
    )
}

_KIND = {"Touch": "light_touch", "Prick": "pin_prick", "Motor": "motor"}


def cases_dir() -> Path:
    return Path(os.environ.get("SPINEMET_ISNCSCI_CASES_DIR", DEFAULT_DIR))


def load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(cases_dir().glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            cases.append((f"{path.stem}-{case['id']}", case))
    return cases


def values_from_praxis(case: dict[str, Any]) -> IsncsciValues:
    """Read inputs only through the exact key pattern (case 100 has stray keys)."""
    cells: dict[str, dict[str, str]] = {}
    for side in ("right", "left"):
        for kind_key, column in _KIND.items():
            levels = KEY_MUSCLES if kind_key == "Motor" else DERMATOMES
            target = cells.setdefault(f"{side}_{column}", {})
            for level in levels:
                key = f"{level.lower()}{side.capitalize()}{kind_key}"
                if key in case:
                    target[level] = case[key]
    return IsncsciValues(
        **cells,
        vac=case.get("analContraction"),
        dap=case.get("analSensation"),
        right_lowest_non_key_muscle=case.get("rightLowestNonKeyMuscleWithMotorFunction") or None,
        left_lowest_non_key_muscle=case.get("leftLowestNonKeyMuscleWithMotorFunction") or None,
    )
