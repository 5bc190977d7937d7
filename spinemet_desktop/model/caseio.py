"""The versioned JSON case-file format (see docs/case-file-format.md).

Pure functions from text to :class:`Case` and back; reading and writing files is the store's job.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from spinemet_desktop.model.case import SCHEMA_VERSION, Case
from spinemet_desktop.model.fileformat import FILE_KIND, MAX_CASE_FILE_BYTES, CaseFileError

__all__ = ["FILE_KIND", "MAX_CASE_FILE_BYTES", "CaseFileError", "case_from_dict", "case_from_json",
           "case_to_dict", "case_to_json", "describe_validation_error"]


def case_to_json(case: Case) -> str:
    payload = {"kind": FILE_KIND, **case.model_dump(mode="json")}
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def case_to_dict(case: Case) -> dict[str, Any]:
    return case.model_dump(mode="json")


def case_from_json(text: str | bytes) -> Case:
    if len(text) > MAX_CASE_FILE_BYTES:
        raise CaseFileError(
            f"The file is too large for a case file ({len(text):,} bytes; "
            f"at most {MAX_CASE_FILE_BYTES:,})."
        )
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"The file is not valid JSON: {exc}") from None
    return case_from_dict(data)


def case_from_dict(data: Any) -> Case:
    if not isinstance(data, dict):
        raise CaseFileError("The file does not contain a case (expected a JSON object).")
    data = dict(data)
    kind = data.pop("kind", FILE_KIND)
    if kind != FILE_KIND:
        raise CaseFileError(f"The file is not a case file (kind {kind!r}).")
    version = data.get("schema_version")
    if version is None:
        raise CaseFileError("The file has no schema_version; it is not a spinemet-desktop case.")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CaseFileError(f"The schema_version {version!r} is not a number.")
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            f"The case was written by a newer program (schema version {version}; this program "
            f"reads up to {SCHEMA_VERSION}). Update spinemet-desktop to open it."
        )
    if version < 1:
        raise CaseFileError(f"Unknown schema version {version}.")
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(describe_validation_error(exc)) from None


def describe_validation_error(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors()[:10]:
        where = ".".join(str(part) for part in err["loc"]) or "(case)"
        lines.append(f"{where}: {err['msg']}")
    more = exc.error_count() - len(lines)
    if more > 0:
        lines.append(f"... and {more} more problem(s)")
    return "The case file contains invalid values:\n" + "\n".join(lines)
