"""The triage page's answer in words: the urgency, the immobilisation for transport and whom to
call, as soon as the pathway decides them, and the facts it still needs. No Qt.

Everything here comes from the pathway's decisions (pathway.md §3, E2–E6; the safety rules
S1–S3 of §11): an undetermined answer is never shown as a lower one. While an output is open the
view says what is possible and what is missing — "may be needed" for an immobilisation that
instability not yet excluded could require, "it may be an emergency" while an immediate
presentation is still possible.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway import fact_label
from spinemet_desktop.present.render import Renderer
from spinemet_desktop.present.view import (
    MissingView,
    Row,
    UrgencyView,
    decision,
    missing_facts,
    urgency,
)

#: Whom to call, in the order they are called: the spine centre, imaging, the operation.
CONTACT_SLOTS = ("spine_centre", "imaging", "surgery")
#: The outputs the triage page decides: urgency (imaging, spine centre, surgery) and transport.
TRIAGE_SLOTS = ("imaging", "spine_centre", "surgery", "immobilise")


@dataclass(frozen=True)
class TriageView:
    urgency: UrgencyView
    #: What to do first, in one sentence (whom to call).
    call: str
    #: The immobilisation for transport: True, False, or None while instability is not excluded.
    immobilise_value: bool | None
    immobilise: str
    #: The spine centre, imaging and surgery: each answer with its rules ("undetermined" while open;
    #: what it lacks or assumes is in :attr:`open_facts`).
    contacts: tuple[Row, ...]
    #: What would decide the urgency, or lower what is planned for the worse (S2, S3).
    open_facts: tuple[MissingView, ...]


def open_fact_names(a: Assessment) -> tuple[str, ...]:
    """The facts the triage outputs still lack, then those planned for the worse (each once)."""
    decisions = a.pathway.decisions
    names: list[str] = []
    for slot in TRIAGE_SLOTS:
        names += decisions[slot].missing
    for slot in TRIAGE_SLOTS:
        names += decisions[slot].assumed
    return tuple(dict.fromkeys(names))


def _call(a: Assessment, r: Renderer) -> str:
    centre = a.pathway.decisions["spine_centre"]
    if centre.value == "immediate":
        return r.translate("report", "Call the spine centre now and arrange the immediate transfer.")
    if centre.value == "tumour_board":
        return r.translate("report", "Register the patient for the interdisciplinary tumour board.")
    if centre.value == "routine":
        return r.translate("report", "Refer to the spine centre as a routine referral.")
    if "immediate" in centre.possible or "immediate" in a.pathway.decisions["imaging"].possible:
        return r.translate("report", "Not decided yet: record the missing facts first — it may be an emergency.")
    return r.translate("report", "Not decided yet: record the missing facts first.")


def _immobilise(a: Assessment, r: Renderer) -> str:
    d = a.pathway.decisions["immobilise"]
    label = r.slot("immobilise")
    if d.value is None:
        missing = ", ".join(r.clinical(fact_label(m)) for m in d.missing)
        return r.translate("report", "%1: may be needed — instability not yet excluded (missing: %2).").replace(
            "%1", label).replace("%2", missing)
    view = decision("immobilise", d, r)
    rules = f" [{view.rules}]" if view.rules else ""
    return f"{label}: {view.value} — {view.text}{rules}"


def triage_view(a: Assessment, r: Renderer) -> TriageView:
    decisions = a.pathway.decisions
    contacts = []
    for slot in CONTACT_SLOTS:
        view = decision(slot, decisions[slot], r)
        contacts.append(Row(r.slot(slot), view.value + (f" [{view.rules}]" if view.rules else "")))
    return TriageView(urgency(a, r), _call(a, r), decisions["immobilise"].value, _immobilise(a, r), tuple(contacts),
                      missing_facts(a, r, open_fact_names(a)))


__all__ = ["CONTACT_SLOTS", "TRIAGE_SLOTS", "TriageView", "open_fact_names", "triage_view"]
