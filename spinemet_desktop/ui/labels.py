"""User-visible names of answer options (English source strings, translated through Qt)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from spinemet_desktop.clinical.scores.sins import SPEC as SINS_SPEC
from spinemet_desktop.i18n import current_language
from spinemet_desktop.model.text import decimal, localise
from spinemet_desktop.report.vocabulary import (
    DEFICIT,
    ENUM_KIND,
    OUTPUT_VALUES,
    SLOTS,
    VOCABULARY,
    fact_label_template,
    translated_label,
)

__all__ = ["DEFICIT", "SLOTS", "choices", "clinical", "fact_value_label", "output_label", "tr", "value_label"]


def tr(text: str) -> str:
    """Translate a label. Vocabulary labels live in the context "labels"; ``pyside6-lupdate``
    files the strings of module-level ``tr()`` calls (outside a class) under the empty context."""
    out = QCoreApplication.translate("labels", text)
    return out if out != text else QCoreApplication.translate("", text)


def _german() -> bool:
    return current_language() == "de"


def _number(value: float) -> str:
    return decimal(value, comma=_german())


def _enum(value: Enum) -> str:
    return translated_label(ENUM_KIND.get(type(value)), value.value, tr)


def _when(value: date) -> str:
    if isinstance(value, datetime):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    return value.strftime("%d.%m.%Y") if _german() else value.isoformat()


def clinical(text: Any) -> str:
    """A clinical text (advice, band, derivation; :mod:`spinemet_desktop.model.text`) in the
    language of the installed translator; text a user typed comes back unchanged."""
    return localise(text, QCoreApplication.translate, _number, _enum, _when)


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


def fact_value_label(name: str, value: object) -> str:
    """A pathway fact's value as shown in the decision trace (yes/no, the deficit class...)."""
    template = None if isinstance(value, bool) else fact_label_template(name, value)
    return tr(template) if template is not None else value_label(value)


def value_label(value: object) -> str:
    """A score input value as shown: yes/no for booleans, "not recorded" for None, else as is."""
    if value is None:
        return tr("not recorded")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return tr(str(value).replace("_", " "))
