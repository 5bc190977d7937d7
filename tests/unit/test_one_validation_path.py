"""Issue 21: one validation path for every way in — typing, import, the command line and the
store's own load refuse the same things, before anything is built or stored, saying what and where.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from spinemet_desktop.model import Case, CaseFileError, case_from_json, case_to_json
from spinemet_desktop.model.case import LabResult, Lesion
from spinemet_desktop.model.limits import (
    MAX_CASE_FILE_BYTES,
    MAX_LESIONS,
    MAX_NESTING,
    MAX_SETTINGS_FILE_BYTES,
)
from spinemet_desktop.model.untrusted import json_nesting
from spinemet_desktop.present.forms.load import load_forms
from spinemet_desktop.session import CaseSession, ops
from spinemet_desktop.store import CaseStore
from spinemet_desktop.store.audit import AuditEntry, csv_cell, to_csv
from tests.conftest import EXAMPLES

BREAST = next(p for p in EXAMPLES if "breast" in p.name)


def _doc() -> dict[str, Any]:
    return json.loads(BREAST.read_text(encoding="utf-8"))


def _with(path: tuple[Any, ...], value: Any) -> bytes:
    doc = _doc()
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return json.dumps(doc).encode("utf-8")


def _first_lab(analyte: str) -> int:
    return next(i for i, r in enumerate(_doc()["labs"]["results"]) if r["analyte"] == analyte)


@pytest.mark.parametrize(("content", "message"), [
    # duplicate keys: JSON would silently keep the last ("escc": 3 then "escc": 0)
    (b'{"schema_version": 1, "schema_version": 1}', "appears twice"),
    # nesting is measured before parsing (Python's parser recurses)
    (b"[" * 100_000, "nests 100,000 levels deep"),
    (b'{"schema_version": 1, "notes": ' + b"[" * (MAX_NESTING + 5) + b"]" * (MAX_NESTING + 5) + b"}", "nests"),
    # a 5,000-digit integer costs seconds to convert
    (b'{"schema_version": 1, "history": {"karnofsky": ' + b"9" * 5000 + b"}}", "5,000 characters"),
    (b'{"schema_version": 1, "history": {"karnofsky": Infinity}}', "Infinity is not a number"),
    # dates are bounded, so that no conversion can overflow
    (b'{"schema_version": 1, "updated_at": "9999-12-31T23:59:59+00:00"}', "lies outside"),
    (b'{"schema_version": 1, "created_at": "0001-01-01T00:00:00-05:00"}', "lies outside"),
    # ids name lock files and appear in field addresses
    (b'{"schema_version": 1, "id": "a/b"}', "id"),
    (b'{"schema_version": 1, "id": "."}', "id"),
    (b'{"schema_version": 1, "id": ""}', "id"),
    # control characters cannot be written to a FHIR narrative (XML)
    (b'{"schema_version": 1, "patient": {"surname": "A\\u0000B"}}', r"control character U\+0000"),
    (b'{"schema_version": 1, "notes": "bell \\u0007"}', r"control character U\+0007"),
    (b'{"schema_version": 1, "notes": "\\ud800"}', "notes"),  # a lone surrogate
])
def test_the_file_is_refused_before_anything_is_built(content: bytes, message: str) -> None:
    with pytest.raises(CaseFileError, match=message):
        case_from_json(content)


def test_json_nesting_ignores_brackets_inside_strings() -> None:
    assert json_nesting(b'{"a": "[[[[{{{{\\"[[["}') == 1
    assert json_nesting(b'[[["]"]]]') == 3


@pytest.mark.parametrize(("path", "value", "message"), [
    # a value needs its unit: albumin 3.6 without one gave a false urgent hypercalcaemia
    (("unit",), None, "need their unit"),
    (("unit",), "mmol/L", "not one of"),          # albumin is offered in g/L and g/dL
    (("value",), 3.6e6, "plausible range"),
    (("value",), -1, "plausible range"),
    (("reference_low",), 60, "not below its upper limit"),  # 60 > the example's upper limit
])
def test_lab_results_are_checked_as_the_labs_page_checks_them(path: tuple[str, ...], value: Any,
                                                               message: str) -> None:
    content = _with(("labs", "results", _first_lab("albumin"), *path), value)
    with pytest.raises(CaseFileError, match=message):
        case_from_json(content)


def test_a_report_analyte_has_a_text_and_no_value() -> None:
    with pytest.raises(ValidationError, match="is a report"):
        LabResult(analyte="protein_electrophoresis", value=3, unit="g/L")
    assert LabResult(analyte="protein_electrophoresis", text="M-Gradient").text == "M-Gradient"


def test_a_time_without_offset_gets_this_computers_offset_and_cannot_overflow() -> None:
    case = case_from_json(_with(("updated_at",), "2100-12-31T23:59:59"))
    assert case.updated_at.tzinfo is not None
    assert case_from_json(case_to_json(case)) == case


def test_the_limits_on_lists_are_the_same_for_a_file_and_for_an_edit(tmp_path: Path) -> None:
    doc = _doc()
    doc["imaging"]["lesions"] = [{"id": f"l{i}", "level": "T10"} for i in range(MAX_LESIONS + 1)]
    with pytest.raises(CaseFileError, match="imaging.lesions"):
        case_from_json(json.dumps(doc))
    case = case_from_json(BREAST.read_bytes())
    case.imaging.lesions = [Lesion(level="T10") for _ in range(MAX_LESIONS)]
    session = CaseSession(case)
    changes = session.apply(ops.add_lesion())
    assert not changes.applied and "at most 100" in str(changes.error)
    assert len(session.case.imaging.lesions) == MAX_LESIONS


def test_an_edit_that_would_make_the_case_too_large_to_read_back_is_refused() -> None:
    # Every list and text within its limit, together just under the size a case file may have.
    report = "Befund " * 2800  # 19,600 characters
    results = [LabResult(analyte="protein_electrophoresis", text=report) for _ in range(264)]
    case = Case(labs={"results": results})
    size = len(case_to_json(case).encode("utf-8"))
    assert MAX_CASE_FILE_BYTES - 20_000 < size <= MAX_CASE_FILE_BYTES
    session = CaseSession(case)
    changes = session.apply(ops.set_field("encounter.question", "Frage " * 3000))
    assert not changes.applied and "bytes as a case file" in str(changes.error)
    assert session.case.encounter.question is None
    assert case_from_json(case_to_json(session.case)) == session.case  # what is kept reads back
    # a file one byte over is refused by every way in
    with pytest.raises(CaseFileError, match="too large"):
        case_from_json(case_to_json(case).encode("utf-8") + b" " * (MAX_CASE_FILE_BYTES - size + 1))


def test_the_store_refuses_on_import_what_it_could_not_load_and_changes_nothing(tmp_path: Path) -> None:
    store = CaseStore()
    bad = tmp_path / "dup.json"
    text = BREAST.read_text(encoding="utf-8").replace('"escc": "3"', '"escc": "3", "escc": "0"', 1)
    assert text.count('"escc"') > BREAST.read_text(encoding="utf-8").count('"escc"')
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CaseFileError, match="appears twice"):
        store.import_file(bad)
    assert store.count() == 0
    store.close()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read() -> None:
    store = CaseStore()
    with pytest.raises(CaseFileError, match="not a file that can be imported"):
        store.import_file(Path("/dev/zero"))
    store.close()


# -- settings files ---------------------------------------------------------------------------------

SITE_OK = "laboratory: Zentrallabor\n"


@pytest.mark.parametrize(("content", "message"), [
    ("# Zentrallabor Großhadern\n".encode("latin-1") + SITE_OK.encode(), "not UTF-8"),
    (("a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(MAX_NESTING + 3))).encode(), "nested deeper"),
    (b"laboratory: A\nlaboratory: B\n", "appears twice"),
    (b"x: &a [1, 2]\ny: *a\n", "anchors and aliases"),
    (b"unknown_key: 1\n", "unknown_key"),
    (b"reference_ranges:\n  calcium: {low: .nan, high: 2.6}\n", "reference_ranges"),
    (b"reference_ranges:\n  calcium: {low: 2.1, high: .inf}\n", "reference_ranges"),
    (b" " * (MAX_SETTINGS_FILE_BYTES + 1), "too large"),
])
def test_a_bad_settings_file_is_not_used_and_says_why(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "site.yaml"
    path.write_bytes(content)
    forms = load_forms(path)
    assert forms.site_error is not None and message in forms.site_error, forms.site_error
    assert forms.site_path == path
    # the built-in declarations apply: a case can be made and edited
    assert forms.labs.analytes() and forms.history


# -- CSV ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(value: str) -> None:
    assert csv_cell(value) == "'" + value
    entry = AuditEntry(case_id="c", at=datetime(2026, 6, 1).astimezone(), user=value, host="h", role="r",
                       action="changed", field="patient.surname", old=value, new="Meier")
    rows = to_csv([entry]).splitlines()
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[-1].split(",")[1:])
    assert csv_cell("Meier") == "Meier" and csv_cell("") == ""
