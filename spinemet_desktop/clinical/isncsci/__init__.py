"""ISNCSCI 2019 classification (pure Python, no Qt).

:func:`classify` takes the worksheet as entered (possibly incomplete) and returns the totals that
can be computed, the full classification when every cell is filled, and the list of what is
still missing. :func:`compare_exams` compares two classified exams for the serial-exam view.
"""

from spinemet_desktop.clinical.isncsci.classify import (
    ISNCSCI_CITATION,
    ISNCSCI_VERSION,
    IsncsciClassification,
    classify,
    exam_from_values,
    missing_cells,
)
from spinemet_desktop.clinical.isncsci.engine import IsncsciResult, classify_exam

__all__ = [
    "ISNCSCI_CITATION",
    "ISNCSCI_VERSION",
    "IsncsciClassification",
    "IsncsciResult",
    "classify",
    "classify_exam",
    "exam_from_values",
    "missing_cells",
]
