"""Case model: pydantic v2 classes, vocabularies, units and validation. No Qt, no I/O."""

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
    CaseFileError,
    case_from_dict,
    case_from_json,
    case_to_dict,
    case_to_json,
)
from spinemet_desktop.model.isncsci import IsncsciValues, NeuroExam

__all__ = [
    "SCHEMA_VERSION",
    "Case",
    "CaseFileError",
    "Encounter",
    "History",
    "Imaging",
    "IsncsciValues",
    "LabResult",
    "Labs",
    "Lesion",
    "NeuroExam",
    "Override",
    "Patient",
    "PriorRadiotherapy",
    "Signature",
    "case_from_dict",
    "case_from_json",
    "case_to_dict",
    "case_to_json",
]
