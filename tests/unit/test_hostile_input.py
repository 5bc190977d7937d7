"""Hostile and random input: only clear validation errors, never a crash or a silently wrong result.

Real example cases are mutated at random places (values replaced with hostile JSON, keys deleted)
and fed to the importer; whatever it accepts goes through every score, the ISNCSCI engine, the
pathway and the JSON output, and must come out well-formed.
"""

from __future__ import annotations

import copy
import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinemet_desktop.clinical.assess import Assessment, assess
from spinemet_desktop.clinical.result import Source
from spinemet_desktop.model import CaseFileError, case_from_json, case_to_json
from spinemet_desktop.model.caseio import MAX_CASE_FILE_BYTES
from spinemet_desktop.report.results import assessment_to_dict
from spinemet_desktop.store import CaseStore
from tests.conftest import EXAMPLES
from tests.fuzz import json_paths

AS_OF = datetime(2026, 6, 1, 12, tzinfo=UTC)
DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
DECISION_LEVELS = {"emergency", "urgent", "prompt", "routine", "undetermined"}

hostile_scalars = (
    st.none() | st.booleans() | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40)
    | st.sampled_from(["T10", "C5", "S4-5", "NT", "5*", "0**", "UNK", "", " ", "9999-12-31", "1900-01-01",
                       "2099-01-01T00:00:00Z", "2026-02-30", "\x00", "\u202e", "'; DROP TABLE cases; --",
                       "1e309", "-0", "A" * 5000])
)
hostile_json = st.recursive(hostile_scalars, lambda inner: st.lists(inner, max_size=4)
                            | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)


def _mutate(doc: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        path = data.draw(st.sampled_from([p for p in json_paths(doc) if p]), label="path")
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans(), label="delete"):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(hostile_json, label="value")
    return doc


def _well_formed(assessment: Assessment) -> None:
    """What a reader relies on: totals only when complete, inside their range, with a band."""
    for score in assessment.all_scores():
        if score.missing or not score.applicable:
            assert score.total is None, (score.score_id, score.missing)
        if score.total is not None and score.score_range:
            low, high = score.score_range
            assert low <= score.total <= high, (score.score_id, score.total)
        # A missing input is never silently scored: it is listed, and then there is no total.
        if score.applicable:
            assert all(score.missing for item in score.items if item.source is Source.MISSING), score.score_id
    pathway = assessment.pathway
    assert pathway.urgency.level in DECISION_LEVELS
    for decision in pathway.decisions.values():
        if decision.value is None:  # undetermined: it must say what is missing and what is possible
            assert decision.missing and decision.possible, decision.slot
    classification = assessment.isncsci
    if classification is not None:
        if classification.result is None:  # incomplete worksheet: it says which cells are missing
            assert classification.missing
        else:
            assert set(str(classification.result.asia_impairment_scale).split(",")) <= {"A", "B", "C", "D", "E", "ND"}
    text = json.dumps(assessment_to_dict(assessment), default=str, allow_nan=True)
    assert "NaN" not in text and "Infinity" not in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.sampled_from(range(len(DOCS))), data=st.data())
def test_mutated_cases_are_refused_clearly_or_assessed_well_formed(index: int, data: st.DataObject) -> None:
    text = json.dumps(_mutate(DOCS[index], data), allow_nan=True)
    try:
        case = case_from_json(text)
    except CaseFileError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
        return
    stored = case_to_json(case)
    assert "NaN" not in stored and "Infinity" not in stored
    assert case_from_json(stored) == case
    _well_formed(assess(case, AS_OF))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_random_bytes_are_refused_as_a_case_file(blob: bytes) -> None:
    with pytest.raises(CaseFileError):
        case_from_json(blob)


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2, 3]", "expected a JSON object"),
    (b'{"kind": "something else", "schema_version": 1}', "not a case file"),
    (b'{"schema_version": 99}', "newer program"),
    (b'{"schema_version": "1"}', "not a number"),
    (b'{"schema_version": 0}', "Unknown schema version"),
    (b'{"patient": {}}', "no schema_version"),
    (b'{"schema_version": 1, "history": {"pain_nrs": 14}}', "history.pain_nrs"),
    (b'{"schema_version": 1, "history": {"karnofsky": 55}}', "history.karnofsky"),
    (b'{"schema_version": 1, "patient": {"date_of_birth": "2099-01-01"}}', "future"),
    (b'{"schema_version": 1, "patient": {"date_of_birth": "2999-01-01"}}', "lies outside 1900-01-01 to 2100-12-31"),
    (b'{"schema_version": 1, "labs": {"results": [{"analyte": "calcium", "value": NaN, "unit": "mmol/L"}]}}',
     "NaN is not a number"),
    (b'{"schema_version": 1, "labs": {"results": [{"analyte": "calcium", "value": 1e999, "unit": "mmol/L"}]}}',
     "labs.results.0"),
    (b" " * (MAX_CASE_FILE_BYTES + 1), "too large"),
])
def test_the_importer_names_the_problem_and_changes_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    store = CaseStore()
    for path in EXAMPLES[:1]:
        store.import_file(path)
    before = [(s.id, s.updated_at) for s in store.list_cases()]
    audit_before = store.audit(before[0][0])
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(CaseFileError, match=message):
        store.import_file(bad)
    assert [(s.id, s.updated_at) for s in store.list_cases()] == before
    assert store.audit(before[0][0]) == audit_before
    store.close()


def test_a_missing_or_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    store = CaseStore()
    with pytest.raises(CaseFileError, match="cannot be read"):
        store.import_file(tmp_path / "absent.json")
    with pytest.raises(CaseFileError, match="not a file that can be imported"):
        store.import_file(tmp_path)  # a folder
    store.close()


def test_no_float_in_an_example_is_not_finite() -> None:
    for doc in DOCS:
        floats = [v for p in json_paths(doc) if isinstance(v := _get(doc, p), float)]
        assert all(math.isfinite(v) for v in floats)


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc
