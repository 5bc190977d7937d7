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

import json
import re
from dataclasses import dataclass
from functools import cache

from spinemet_desktop.model.address import SECTIONS, FieldAddress
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.pages import SECTION_PAGES
from spinemet_desktop.present.render import Renderer
from spinemet_desktop.present.vocabulary import QT_TRANSLATE_NOOP, VOCABULARY


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


#: What an address names that no form declares as one field: a page, a list, the worksheet.
PLACES = {
    "patient": QT_TRANSLATE_NOOP("report", "Patient"),
    "encounter": QT_TRANSLATE_NOOP("report", "Referral"),
    "history": QT_TRANSLATE_NOOP("report", "History"),
    "neuro": QT_TRANSLATE_NOOP("report", "Neurological examination"),
    "neuro.isncsci": QT_TRANSLATE_NOOP("report", "ISNCSCI worksheet"),
    "imaging": QT_TRANSLATE_NOOP("report", "Imaging findings"),
    "imaging.lesion.*": QT_TRANSLATE_NOOP("report", "Lesions"),
    "labs": QT_TRANSLATE_NOOP("report", "Laboratory values"),
}
#: The worksheet's columns as the referral's worksheet names them.
WORKSHEET_COLUMNS = {
    "right_motor": QT_TRANSLATE_NOOP("report", "R motor"), "right_light_touch": QT_TRANSLATE_NOOP("report", "R LT"),
    "right_pin_prick": QT_TRANSLATE_NOOP("report", "R PP"), "left_light_touch": QT_TRANSLATE_NOOP("report", "L LT"),
    "left_pin_prick": QT_TRANSLATE_NOOP("report", "L PP"), "left_motor": QT_TRANSLATE_NOOP("report", "L motor"),
}


def field_label(address: str | FieldAddress, r: Renderer) -> str:
    """A field's label in the renderer's language: its declaration's, a worksheet cell's ("R motor
    C5"), or the name of the page or list it stands for; never a code name (an address nothing
    names comes back as the page that holds it)."""
    found = spec(address)
    if found is not None:
        return found.title(r)
    where = address if isinstance(address, FieldAddress) else FieldAddress.parse(address)
    key = where.spec_key
    if key in PLACES:
        return r.translate("report", PLACES[key])
    column, _, level = where.name.removeprefix("isncsci.").partition(".")
    if where.section == "neuro" and column in WORKSHEET_COLUMNS and level:
        return f"{r.translate('report', WORKSHEET_COLUMNS[column])} {level.replace('S4_5', 'S4-5')}"
    return r.translate("report", PLACES[where.section])


def page_of(address: str | FieldAddress) -> str:
    """The entry page that holds the field at an address (its declaration's page, else its section's)."""
    where = address if isinstance(address, FieldAddress) else FieldAddress.parse(address)
    found = spec(where)
    return found.page if found is not None else SECTION_PAGES[where.section]


def labels(r: Renderer, *addresses: str) -> str:
    """The labels of several fields shown in one row ("Karnofsky index / ECOG / ASA class")."""
    return " / ".join(field_label(address, r) for address in addresses)


#: Parts of the case file outside the sections, as the audit trail names them.
CASE_PARTS = {
    "notes": QT_TRANSLATE_NOOP("report", "Notes on the case"),
    "overrides": QT_TRANSLATE_NOOP("report", "Values set by the clinician (overrides)"),
    "signature": QT_TRANSLATE_NOOP("report", "Signature"),
}
#: Which examination or lesion of the case an audit entry is about.
_WHICH = {"neuro": QT_TRANSLATE_NOOP("report", "examination %1"), "lesion": QT_TRANSLATE_NOOP("report", "lesion %1")}
_PATH_ITEM = re.compile(r"^(\w+)\[(\d+)\]\.?(.*)$")


def _address_of(path: str) -> tuple[str | None, str]:
    """The field address of a path in the case file ("neuro_exams[1].isncsci.right_motor.C5" →
    "neuro.isncsci.right_motor.C5") and which examination or lesion it is in ("" if none)."""
    head, _, rest = path.partition(".")
    item = _PATH_ITEM.match(path)
    if item and item[1] == "neuro_exams":
        return f"neuro.{item[3]}".rstrip("."), "neuro:" + item[2]
    lesion = _PATH_ITEM.match(rest) if head == "imaging" else None
    if lesion and lesion[1] == "lesions":
        return f"imaging.lesion.*.{lesion[3]}".rstrip("."), "lesion:" + lesion[2]
    if head in SECTIONS:
        return f"{head}.{rest.split('[')[0]}".rstrip("."), ""
    return None, ""


def audit_field(path: str, r: Renderer) -> str:
    """The field of an audit entry (a path in the case file) by its label, never a code name:
    "ECOG performance status", "R motor C5 (examination 2)", "ESCC grade (lesion 1)"."""
    address, where = _address_of(path)
    if address is None:
        part = CASE_PARTS.get(path.split(".")[0].split("[")[0])
        return r.translate("report", part) if part else r.translate("report", "Case")
    label = field_label(address, r)
    kind, _, index = where.partition(":")
    if kind in _WHICH:
        label += f" ({r.translate('report', _WHICH[kind]).replace('%1', str(int(index) + 1))})"
    return label


def audit_value(path: str, text: str | None, r: Renderer) -> str:
    """An old or new value of an audit entry in words: yes/no, an answer by its label, else as stored."""
    if text is None:
        return "—"
    address, _ = _address_of(path)
    found = spec(address) if address is not None else None
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    if isinstance(value, bool):
        return r.yes_no(value)
    if found is not None and found.choices and found.choices in VOCABULARY and isinstance(value, (str, int)):
        return r.vocabulary(found.choices, value)
    return text


__all__ = ["FieldSpec", "audit_field", "audit_value", "field_label", "field_specs", "labels", "page_of", "spec"]
