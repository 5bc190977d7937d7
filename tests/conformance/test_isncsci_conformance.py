"""ISNCSCI conformance: every case file in SPINEMET_ISNCSCI_CASES_DIR, all 25 fields.

Drop more ``*.json`` files (lists of Praxis-format cases) into that folder; no code change needed.
"""

from __future__ import annotations

import dataclasses

import pytest

from spinemet_desktop.clinical.isncsci import classify
from tests.conformance.isncsci_json import RESULT_FIELDS, load_cases, values_from_praxis

CASES = load_cases()


def test_case_folder_is_not_empty() -> None:
    assert CASES, "no ISNCSCI cases found; set SPINEMET_ISNCSCI_CASES_DIR"


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[name for name, _ in CASES])
@pytest.mark.covers("E7")
def test_isncsci_case(case: dict) -> None:
    classification = classify(values_from_praxis(case))
    assert classification.result is not None, f"incomplete: {classification.missing}"
    got = dataclasses.asdict(classification.result)
    mismatches = [
        f"{camel}: expected {case['totals'][camel]!r}, got {got[snake]!r}"
        for snake, camel in RESULT_FIELDS.items()
        if got[snake] != case["totals"][camel]
    ]
    assert not mismatches, f"case {case['id']}: " + "; ".join(mismatches)
