"""What a declared form still lacks for a case (the page's "incomplete" list). Pure, no Qt."""

from __future__ import annotations

from typing import Any, get_args

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


def _yes_no(case: Case, path: str) -> bool:
    """Whether a field of the case is a yes/no question (its model says ``bool | None``)."""
    parent, _, name = path.rpartition(".")
    owner = value_at(case, parent) if parent else case
    annotation = type(owner).model_fields[name].annotation
    return annotation is bool or bool in get_args(annotation)


def _answer(case: Case, path: str) -> bool | None:
    """What a condition reads from a field: a yes/no question's answer (None: not answered yet); for
    any other field, whether it is filled in."""
    value = value_at(case, path)
    if isinstance(value, bool) or (value is None and _yes_no(case, path)):
        return value
    return not _blank(value)


def _blank(value: Any) -> bool:
    return _empty(value) or value == ""


def ruled_out(item: Item, case: Case) -> bool:
    """Whether the answer an item depends on (``applies_if``) rules it out, whatever the item holds:
    a yes/no question answered "no" ("not …": "yes"), another field empty ("not …": filled in). An
    unanswered question rules nothing out."""
    condition = item.condition
    if condition is None or item.kind == "show":
        return False
    other, when = condition
    answer = _answer(case, other)
    return answer is not None and answer != when


def applies(item: Item, case: Case) -> bool:
    """Whether an item applies to the case (is shown and may be required): unless its condition rules
    it out — and always while it holds a value, so that nothing recorded is ever hidden."""
    return not ruled_out(item, case) or not _blank(value_at(case, item.field))


def required_open(item: Item, case: Case) -> bool:
    """Whether the declaration requires the item (as things stand) and the case does not hold it."""
    if item.kind == "show" or not applies(item, case):
        return False
    needed = value_at(case, item.required_if) is True if item.required_if is not None else item.required
    if needed and item.required_unless is not None and not _empty(value_at(case, item.required_unless)):
        needed = False
    return needed and _empty(value_at(case, item.field))


def missing_items(form: PageForm, case: Case) -> list[Item]:
    """The items the declaration requires that the case does not hold yet, in form order."""
    return [item for item in form.items() if required_open(item, case)]


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
