"""The audit trail: which field of a case changed, from what to what, when and by whom.

Changes are computed by the store when it saves, as the difference between the stored and the
new case (field paths as in the case file, e.g. ``neuro.exams[0].motor_right.C5``). Keystrokes
within one autosave interval therefore become one entry per field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

#: Fields that change on every save and say nothing about the patient.
IGNORED_FIELDS = frozenset({"updated_at", "kind"})

_ABSENT = object()


@dataclass(frozen=True)
class AuditEntry:
    case_id: str
    at: datetime
    user: str
    action: str  # created | changed | imported | duplicated | report | copied | synchronised | conflict copy
    field: str
    old: str | None
    new: str | None
    #: The computer the change was made on ("" in entries written before schema 4).
    host: str = ""
    #: The database role that wrote the entry to a clinic server ("" in a workstation's store).
    role: str = ""


def _text(value: Any) -> str | None:
    if value is _ABSENT or value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _fits(value: Any, kind: type) -> bool:
    return isinstance(value, kind) or value is _ABSENT or value is None


def _both(old: Any, new: Any, kind: type) -> bool:
    """Whether two values are compared as containers of ``kind`` (one of them is, the other is
    one too or absent)."""
    return (isinstance(old, kind) or isinstance(new, kind)) and _fits(old, kind) and _fits(new, kind)


def changes(old: Any, new: Any, path: str = "") -> Iterator[tuple[str, str | None, str | None]]:
    """Leaf-level differences between two JSON values as (path, old, new) text."""
    if _both(old, new, dict):
        old_map: dict[str, Any] = old if isinstance(old, dict) else {}
        new_map: dict[str, Any] = new if isinstance(new, dict) else {}
        for key in list(old_map) + [k for k in new_map if k not in old_map]:
            if not path and key in IGNORED_FIELDS:
                continue
            yield from changes(old_map.get(key, _ABSENT), new_map.get(key, _ABSENT), f"{path}.{key}" if path else key)
        return
    if _both(old, new, list):
        old_list: list[Any] = old if isinstance(old, list) else []
        new_list: list[Any] = new if isinstance(new, list) else []
        for i in range(max(len(old_list), len(new_list))):
            yield from changes(old_list[i] if i < len(old_list) else _ABSENT,
                               new_list[i] if i < len(new_list) else _ABSENT, f"{path}[{i}]")
        return
    if old is _ABSENT and new is None or new is _ABSENT and old is None:
        return
    if old != new or type(old) is not type(new):
        yield path, _text(old), _text(new)


#: A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(…) would link
#: out, =cmd|… run a program): such a cell is written with a leading apostrophe (OWASP, "CSV
#: injection"), which spreadsheets show as text and hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A value as a CSV cell that no spreadsheet runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_csv(entries: list[AuditEntry]) -> str:
    """The audit trail as CSV (UTF-8 with a header row), oldest entry first; every cell that a
    spreadsheet would take for a formula is neutralised (:func:`csv_cell`)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["time (UTC)", "user", "computer", "database role", "action", "field", "old value",
                     "new value"])
    for e in entries:
        writer.writerow([csv_cell(cell) for cell in (e.at.isoformat(), e.user, e.host, e.role, e.action, e.field,
                                                      e.old or "", e.new or "")])
    return out.getvalue()
