"""The versioned JSON case-file format (see docs/case-file-format.md).

Pure functions from text to :class:`Case` and back; reading and writing files is the store's job.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from spinemet_desktop.model.case import SCHEMA_VERSION, Case
from spinemet_desktop.model.fileformat import FILE_KIND, MAX_CASE_FILE_BYTES, CaseFileError
from spinemet_desktop.model.limits import (
    MAX_EXAMS,
    MAX_LAB_RESULTS,
    MAX_LESIONS,
    MAX_OVERRIDES,
    MAX_PRIOR_RADIOTHERAPY,
    shown,
)
from spinemet_desktop.model.text import N_, Text, fmt
from spinemet_desktop.model.untrusted import UntrustedTextError, parse_json

__all__ = ["FILE_KIND", "MAX_CASE_FILE_BYTES", "CaseFileError", "case_from_dict", "case_from_json",
           "case_to_dict", "case_to_json", "check_case", "check_stored_size", "describe_validation_error", "stored_size"]


def case_to_json(case: Case) -> str:
    payload = {"kind": FILE_KIND, **case.model_dump(mode="json")}
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def case_to_dict(case: Case) -> dict[str, Any]:
    return case.model_dump(mode="json")


def stored_size(case: Case) -> int:
    """The size of the case as the store keeps it and a case file holds it (bytes of UTF-8)."""
    return len(case_to_json(case).encode("utf-8"))


#: How much larger a case file is than the case's compact JSON at most: the indentation of a value
#: nested five deep plus ": " and a line break per value (a short value triples, at worst).
_INDENTED_PER_COMPACT = 4


def check_stored_size(case: Case) -> None:
    """Refuse a case larger than a case file may be: it could be neither exported nor read back.

    Fast for every real case (the compact JSON, made in pydantic's Rust code, bounds the size);
    the exact size is computed only near the limit."""
    if len(case.model_dump_json()) * _INDENTED_PER_COMPACT <= MAX_CASE_FILE_BYTES:
        return
    size = stored_size(case)
    if size > MAX_CASE_FILE_BYTES:
        raise CaseFileError(fmt(N_("The case would take %1 bytes as a case file, more than the %2 a case may take."),
                                f"{size:,}", f"{MAX_CASE_FILE_BYTES:,}"))


def check_case(case: Case) -> None:
    """What an edit made in place could pass by (assignments are validated as they are made, but
    an operation may append to a list): the number of entries of each list, and the case's size."""
    for what, entries, limit in (
        (N_("examinations"), case.neuro_exams, MAX_EXAMS), (N_("lesions"), case.imaging.lesions, MAX_LESIONS),
        (N_("laboratory results"), case.labs.results, MAX_LAB_RESULTS),
        (N_("overrides"), case.overrides, MAX_OVERRIDES),
        (N_("previous radiotherapy courses"), case.history.prior_spine_radiotherapy, MAX_PRIOR_RADIOTHERAPY),
    ):
        if len(entries) > limit:
            raise ValueError(fmt(N_("A case holds at most %1 %2."), limit, Text(what)))
    check_stored_size(case)


def case_from_json(text: str | bytes) -> Case:
    """The case in a case-file text: every way into the program (import, the command line, the
    store's own load) reads cases here, with the same checks (docs/case-file-format.md)."""
    try:
        data = parse_json(text, max_bytes=MAX_CASE_FILE_BYTES, what="file")
    except UntrustedTextError as exc:
        message = str(exc)
        raise CaseFileError(message[:1].upper() + message[1:] + ".") from None
    case = case_from_dict(data)
    check_stored_size(case)
    return case


def case_from_dict(data: Any) -> Case:
    if not isinstance(data, dict):
        raise CaseFileError("The file does not contain a case (expected a JSON object).")
    data = dict(data)
    kind = data.pop("kind", FILE_KIND)
    if kind != FILE_KIND:
        raise CaseFileError(f"The file is not a case file (kind {shown(kind)}).")
    version = data.get("schema_version")
    if version is None:
        raise CaseFileError("The file has no schema_version; it is not a spinemet-desktop case.")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CaseFileError(f"The schema_version {shown(version)} is not a number.")
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
        # A location may hold a key from the file: shortened, so that any message stays readable.
        where = ".".join(str(part) if isinstance(part, int) else _key(str(part)) for part in err["loc"]) or "(case)"
        lines.append(f"{where}: {_short(err['msg'], 300)}")
    more = exc.error_count() - len(lines)
    if more > 0:
        lines.append(f"... and {more} more problem(s)")
    return "The case file contains invalid values:\n" + "\n".join(lines)


def _key(text: str) -> str:
    return text if text.isidentifier() and len(text) <= 60 else shown(text, 40)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
