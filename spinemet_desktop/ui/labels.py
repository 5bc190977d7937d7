"""Words in the user interface: the presentation layer's renderer for the language on screen.

Everything a widget shows about a case is worded by :class:`spinemet_desktop.present.render.Renderer`
(the same as the PDF and the FHIR narratives), in the language installed by
:mod:`spinemet_desktop.ui.language` (pseudo-localised when SPINEMET_PSEUDO=1). ``tr`` translates
a fixed label of the module-level helpers through Qt, which reads the same catalogue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from spinemet_desktop.clinical.scores.sins import SPEC as SINS_SPEC
from spinemet_desktop.i18n import current_language
from spinemet_desktop.present.render import Renderer, renderer
from spinemet_desktop.present.vocabulary import DEFICIT, SLOTS, VOCABULARY, descriptions
from spinemet_desktop.ui.language import pseudo_installed

__all__ = ["DEFICIT", "SLOTS", "URGENCY_STYLE", "choices", "clinical", "output_label", "tr", "ui_renderer", "value_label"]


#: How the side panel and the triage page colour each urgency.
URGENCY_STYLE = {
    "emergency": "background:#8b0000;color:white;",
    "urgent": "background:#b34700;color:white;",
    "prompt": "background:#fff2cc;color:black;",
    "routine": "background:#e8f0e8;color:black;",
    "undetermined": "background:#ffe0e0;color:black;border:2px dashed #8b0000;",
}


def tr(text: str) -> str:
    """Translate a label. Vocabulary labels live in the context "labels"; ``pyside6-lupdate``
    files the strings of module-level ``tr()`` calls (outside a class) under the empty context."""
    out = QCoreApplication.translate("labels", text)
    return out if out != text else QCoreApplication.translate("", text)


def ui_renderer() -> Renderer:
    """The renderer of the language on screen."""
    return renderer(current_language(), pseudo_installed())


def clinical(text: Any) -> str:
    """A clinical text (advice, band, derivation) in the language on screen; text a user typed
    comes back unchanged."""
    return ui_renderer().clinical(text)


def _with_sins_points(item: str, options: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Append each answer's points, read from the SINS table (clinical.scores.sins)."""
    points = next(i.points for i in SINS_SPEC.items if i.id == item)
    return [(value, f"{label} — {points[value]}") for value, label in options]  # type: ignore[index]


def choices(kind: str) -> list[tuple[Any, str]]:
    """(value, translated label) pairs for an answer vocabulary (present.vocabulary); the answers
    of a graded scale with what they mean ("1b — Thecal sac deformed, spinal cord not abutted")."""
    r = ui_renderer()
    meaning = descriptions(kind)
    options = [(value, r.vocabulary(kind, value) + (f" — {r.clinical(meaning[value])}" if value in meaning else ""))
               for value, _label in VOCABULARY[kind]]
    return _with_sins_points(kind[5:], options) if kind.startswith("sins_") else options


def output_label(value: object, slot: str | None = None) -> str:
    return ui_renderer().output(value, slot)


def value_label(value: object) -> str:
    """A score input value as shown: yes/no for booleans, "not recorded" for None, else as is."""
    r = ui_renderer()
    if value is None or isinstance(value, bool):
        return r.yes_no(value)
    return r.label(str(value).replace("_", " "))
