"""User-visible names of answer options (English source strings, translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spinemet_desktop.clinical.scores.sins import SPEC as SINS_SPEC
from spinemet_desktop.report.vocabulary import DEFICIT, OUTPUT_VALUES, SLOTS, VOCABULARY

__all__ = ["DEFICIT", "SLOTS", "choices", "output_label", "tr", "value_label"]


def tr(text: str) -> str:
    """Translate a label. Vocabulary labels live in the context "labels"; ``pyside6-lupdate``
    files the strings of module-level ``tr()`` calls (outside a class) under the empty context."""
    out = QCoreApplication.translate("labels", text)
    return out if out != text else QCoreApplication.translate("", text)


def _with_sins_points(item: str, options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Append each answer's points, read from the SINS table (clinical.scores.sins)."""
    points = next(i.points for i in SINS_SPEC.items if i.id == item)
    return [(value, f"{label} — {points[value]}") for value, label in options]  # type: ignore[index]


def choices(kind: str) -> list[tuple[str, str]]:
    """(value, translated label) pairs for an answer vocabulary (report.vocabulary)."""
    if kind.startswith("sins_"):
        return _with_sins_points(kind[5:], _plain(kind))
    return _plain(kind)


def _plain(kind: str) -> list[tuple[str, str]]:
    return [(value, tr(text).replace("%1", str(value))) for value, text in VOCABULARY[kind]]  # type: ignore[misc]


def output_label(value: object) -> str:
    if value is None:
        return tr("undetermined")
    return tr(OUTPUT_VALUES.get(value, str(value)))  # type: ignore[call-overload]


def value_label(value: object) -> str:
    """A score input value as shown: yes/no for booleans, "not recorded" for None, else as is."""
    if value is None:
        return tr("not recorded")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return tr(str(value).replace("_", " "))
