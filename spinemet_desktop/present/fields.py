"""Every field of a case with its label: one :class:`FieldSpec` per field, from the form declarations.

The entry pages are built from ``forms/*.yaml`` (history, imaging, neurology, labs); the same
declarations give the label with which the referral, the summary, the FHIR narratives, the missing
facts and the audit trail name a field, so a field is worded once. Laboratory values are named by
their analyte; the ISNCSCI worksheet's cells by their column and level. No Qt.

A field has one home page, the page whose declaration defines it (:func:`page_of`): a "missing"
link opens it there. The triage page shows some fields a second time (``forms/triage.yaml`` names
them, it declares none): they keep their label and their home, and the triage page focuses them
itself when its own links name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.pages import SECTION_PAGES
from spinemet_desktop.present.render import Renderer
from spinemet_desktop.present.vocabulary import VOCABULARY


@dataclass(frozen=True)
class FieldSpec:
    """A field as the forms declare it."""

    key: str  # the spec key: "history.karnofsky", "imaging.lesion.*.escc", "neuro.ambulatory", "labs.calcium"
    label: str  # English source text
    context: str  # the catalogue context of the label: "forms" (declarations) or "labels" (analytes)
    kind: str
    choices: str | None = None
    unit: str = ""
    help: str = ""
    page: str = ""  # the declaration: history, imaging, neurology, labs

    def title(self, r: Renderer) -> str:
        return r.translate(self.context, self.label)


@cache
def field_specs() -> dict[str, FieldSpec]:
    """Every declared field by its spec key."""
    loaded = forms()
    specs: dict[str, FieldSpec] = {}
    for page in loaded.pages():
        for item in page.items():
            if item.kind != "show":
                specs[item.field] = FieldSpec(item.field, item.label, "forms", item.kind, item.choices, item.unit,
                                              item.help, page.form)
    labels = dict(VOCABULARY["lab"])
    for analyte in loaded.labs.analytes():
        key = f"labs.{analyte.analyte.value}"
        specs[key] = FieldSpec(key, str(labels[analyte.analyte.value]), "labels", analyte.result, None,
                               analyte.units[0] if analyte.units else "", "", "labs")
    return specs


def spec(address: str | FieldAddress) -> FieldSpec | None:
    """The declaration of the field at an address (None for an address that names no one field)."""
    specs = field_specs()
    if isinstance(address, str) and address in specs:  # already a spec key ("imaging.lesion.*.escc")
        return specs[address]
    key = (address if isinstance(address, FieldAddress) else FieldAddress.parse(address)).spec_key
    return specs.get(key)


def field_label(address: str | FieldAddress, r: Renderer) -> str:
    """A field's label in the renderer's language; the address itself when nothing declares it."""
    found = spec(address)
    return found.title(r) if found is not None else str(address)


def page_of(address: str | FieldAddress) -> str:
    """The entry page that holds the field at an address (its declaration's page, else its section's)."""
    where = address if isinstance(address, FieldAddress) else FieldAddress.parse(address)
    found = spec(where)
    return found.page if found is not None else SECTION_PAGES[where.section]


def labels(r: Renderer, *addresses: str) -> str:
    """The labels of several fields shown in one row ("Karnofsky index / ECOG / ASA class")."""
    return " / ".join(field_label(address, r) for address in addresses)


__all__ = ["FieldSpec", "field_label", "field_specs", "labels", "page_of", "spec"]
