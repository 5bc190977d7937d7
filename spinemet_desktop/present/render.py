"""How values are written for people, in one language: the one place for words of every renderer.

A :class:`Renderer` translates fixed texts (``translate(context, text)``, which
``pyside6-lupdate`` extracts), renders clinical texts (:class:`~spinemet_desktop.model.text.Text`),
numbers with the language's decimal mark, dates, times with their UTC offset, answers by their
vocabulary label, yes/no and "not recorded". The side panel, the summary page, the PDF and the FHIR
narratives all write through it, so a value reads the same everywhere. No Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from spinemet_desktop import i18n
from spinemet_desktop.model.text import decimal, localise, utc_offset
from spinemet_desktop.present.vocabulary import (
    ENUM_KIND,
    OUTPUT_VALUES,
    SLOT_OUTPUT_VALUES,
    SLOTS,
    fact_label_template,
    label_template,
    translated_label,
)

#: Units as German clinical documents write them (the glossary: "mmol/l", the decimal comma).
_GERMAN_UNITS = {"/L": "/l", "/dL": "/dl", "/mL": "/ml", "/nL": "/nl", "mL/": "ml/", "1.73": "1,73"}


class Renderer:
    """Words and values in one language (``pseudo``: inflated, for layout tests)."""

    def __init__(self, language: str, pseudo: bool = False) -> None:
        self.language = language
        self.german = language == "de"
        self.pseudo = pseudo
        self.catalogue = i18n.Catalogue(language)
        self.not_recorded = self.translate("report", "not recorded")
        self.not_applicable = self.translate("report", "not applicable")

    # -- texts -------------------------------------------------------------------------------
    def translate(self, context: str, text: str) -> str:
        """A fixed text in a catalogue context ("report", "labels", "forms", "")."""
        out = self.catalogue.translate(context, text)
        return i18n.pseudo(out) if self.pseudo else out

    def label(self, text: str) -> str:
        """An answer label (context "labels")."""
        return self.translate("labels", text)

    def form(self, text: str) -> str:
        """A form declaration's label or help (context "forms")."""
        return self.translate("forms", text)

    def clinical(self, text: Any) -> str:
        """A clinical text (rule advice, a derivation built from values); a text a user typed
        comes back unchanged."""
        return localise(text, self._lookup, self.decimal, self.enum, self.when)

    def _lookup(self, context: str, text: str) -> str:
        found = self.catalogue.lookup(context, text)
        if found is None:
            return text
        return i18n.pseudo(found) if self.pseudo else found

    # -- values ------------------------------------------------------------------------------
    def decimal(self, value: float) -> str:
        """A number as computed (no rounding), with the language's decimal mark."""
        return decimal(value, comma=self.german)

    def number(self, value: float | None, digits: int = 1) -> str:
        """A number rounded to ``digits`` places (trailing zeros dropped), or "not recorded"."""
        if value is None:
            return self.not_recorded
        text = str(value) if isinstance(value, int) else f"{value:.{digits}f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.german else text

    def unit(self, unit: str | None) -> str:
        if not unit:
            return ""
        if self.german:
            for english, german in _GERMAN_UNITS.items():
                unit = unit.replace(english, german)
        return unit

    def quantity(self, value: float | None, unit: str | None, digits: int = 1) -> str:
        if value is None:
            return self.not_recorded
        shown = self.unit(unit)
        return f"{self.number(value, digits)} {shown}".rstrip() if shown else self.number(value, digits)

    def when(self, value: date | None, with_time: bool = True) -> str:
        """A date, or a time as recorded with its UTC offset (the reader may be in another time
        zone, pathway.md §11 S14)."""
        if value is None:
            return self.not_recorded
        if isinstance(value, datetime):
            value = value if value.tzinfo else value.astimezone()
            if not with_time:
                return value.strftime("%d.%m.%Y" if self.german else "%d %b %Y")
            shown = value.strftime("%d.%m.%Y %H:%M" if self.german else "%d %b %Y %H:%M")
            return f"{shown} ({utc_offset(value)})"
        return value.strftime("%d.%m.%Y" if self.german else "%d %b %Y")

    def date(self, value: date | None) -> str:
        return self.when(value, with_time=False)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.not_recorded
        return self.translate("report", "yes") if value else self.translate("report", "no")

    def enum(self, value: Enum) -> str:
        return translated_label(ENUM_KIND.get(type(value)), value.value, self.label)

    def vocabulary(self, kind: str, value: Any) -> str:
        """A value by its label in an answer vocabulary ("not recorded" for None)."""
        if value is None:
            return self.not_recorded
        if isinstance(value, Enum):
            value = value.value
        return translated_label(kind, value, self.label)

    def has_label(self, kind: str, value: Any) -> bool:
        return label_template(kind, value) is not None

    def output(self, value: Any, slot: str | None = None) -> str:
        """A pathway output's value ("immediate", "emergency operation < 6 h"; slot-specific
        wording where the glossary has one)."""
        if value is None:
            return self.translate("report", "undetermined")
        text = SLOT_OUTPUT_VALUES.get((slot, value)) if slot else None
        return self.label(text or OUTPUT_VALUES.get(value, str(value)))

    def slot(self, slot: str) -> str:
        return self.label(SLOTS.get(slot, slot))

    def fact_value(self, name: str, value: Any) -> str:
        """A pathway fact's value as a reader knows it (yes/no, the deficit class, an output)."""
        if isinstance(value, bool) or value is None:
            return self.yes_no(value)
        template = fact_label_template(name, value)
        if template is not None:
            return self.label(template)
        if isinstance(value, (frozenset, set)):
            return self.translate("report", " or ").join(self.fact_value(name, v) for v in sorted(value, key=str))
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
            return f"{value[0]}–{value[1]}"
        return self.decimal(value) if isinstance(value, float) else str(value)


@cache
def renderer(language: str, pseudo: bool = False) -> Renderer:
    """The renderer of a language (shared: a renderer holds no state of its own)."""
    return Renderer(language, pseudo)


__all__ = ["Renderer", "renderer"]
