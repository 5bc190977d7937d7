"""Case model: pydantic v2 classes, vocabularies, units and validation. No Qt, no I/O.

The names below are loaded on first use (PEP 562), so that importing a light part of the model
(e.g. :mod:`spinemet_desktop.model.fileformat`) does not import pydantic and every model class;
the program's first window appears before the model is needed (benchmarks/README.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    **dict.fromkeys(("SCHEMA_VERSION", "Case", "Encounter", "History", "Imaging", "LabResult", "Labs", "Lesion",
                     "Override", "Patient", "PriorRadiotherapy", "Signature"), "case"),
    **dict.fromkeys(("case_from_dict", "case_from_json", "case_to_dict", "case_to_json"), "caseio"),
    "CaseFileError": "fileformat",
    **dict.fromkeys(("IsncsciValues", "NeuroExam"), "isncsci"),
}
__all__ = [
    "SCHEMA_VERSION", "Case", "CaseFileError", "Encounter", "History", "Imaging", "IsncsciValues", "LabResult",
    "Labs", "Lesion", "NeuroExam", "Override", "Patient", "PriorRadiotherapy", "Signature", "case_from_dict",
    "case_from_json", "case_to_dict", "case_to_json",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from spinemet_desktop.model.case import (
        SCHEMA_VERSION,
        Case,
        Encounter,
        History,
        Imaging,
        LabResult,
        Labs,
        Lesion,
        Override,
        Patient,
        PriorRadiotherapy,
        Signature,
    )
    from spinemet_desktop.model.caseio import (
        case_from_dict,
        case_from_json,
        case_to_dict,
        case_to_json,
    )
    from spinemet_desktop.model.fileformat import CaseFileError
    from spinemet_desktop.model.isncsci import IsncsciValues, NeuroExam
