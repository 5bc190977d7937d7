"""What a declared form still lacks for a case (the page's "incomplete" list). Pure, no Qt."""

from __future__ import annotations

from typing import Any

from spinemet_desktop.forms.schema import HistoryForm, Item
from spinemet_desktop.model.case import Case


def value_at(case: Case, path: str) -> Any:
    obj: Any = case
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _empty(value: Any) -> bool:
    return value is None or value == []


def missing_items(form: HistoryForm, case: Case) -> list[Item]:
    """The items the declaration requires that the case does not hold yet, in form order."""
    out = []
    for item in form.items():
        if item.kind == "show":
            continue
        if item.required_if is not None:
            needed = value_at(case, item.required_if) is True
        else:
            needed = item.required
        if needed and item.required_unless is not None and not _empty(value_at(case, item.required_unless)):
            needed = False
        if needed and _empty(value_at(case, item.field)):
            out.append(item)
    return out
