"""What a declared form still lacks for a case (the page's "incomplete" list). Pure, no Qt."""

from __future__ import annotations

from typing import Any

from spinemet_desktop.model.case import Case
from spinemet_desktop.model.text import N_, Text, fmt
from spinemet_desktop.present.forms.schema import Item, PageForm


def value_at(case: Case, path: str) -> Any:
    obj: Any = case
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _empty(value: Any) -> bool:
    return value is None or value == []


def missing_items(form: PageForm, case: Case) -> list[Item]:
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


def incomplete_courses(case: Case) -> list[Text]:
    """What each previous radiotherapy course still lacks to judge a re-irradiation (pathway.md §11
    S5): its levels (first to last), its total dose and fractions, and when it ended."""
    out = []
    for number, course in enumerate(case.history.prior_spine_radiotherapy, start=1):
        if course.level_from is None or course.level_to is None:
            out.append(fmt(N_("Course %1: first and last level"), number))
        if course.total_dose_gy is None or course.fractions is None:
            out.append(fmt(N_("Course %1: total dose and fractions"), number))
        if course.completed_on is None:
            out.append(fmt(N_("Course %1: completed on"), number))
    return out
