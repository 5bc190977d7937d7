"""The referral as an HL7 FHIR R4B document bundle (``fhir.resources``; wire-compatible with R4).

One function, :func:`build_fhir_bundle`, derives the bundle from the case and its assessment,
exactly like the PDF: a ``Composition`` (LOINC 57133-1, referral note) first, whose sections
mirror the PDF (urgency and recommendation, history, neurology, imaging, labs, scores), each
with a narrative in the words of :mod:`spinemet_desktop.present.view` (the same as the PDF's); the ``Patient``; the author (``Practitioner``, or the program as ``Device``
when no name is recorded); a ``ServiceRequest`` for the referral whose priority carries the
urgency; one ``Observation`` per computed score with its items as components; the ISNCSCI
classification as an observation panel; the lab values as entered. The mapping, the local code
systems and what is left out are documented in docs/fhir.md.

Identifiers are name-based UUIDs of the case id, the creation time and the resource's role, so
the same case exported at the same time gives the same bundle (and a new export a new one).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from spinemet_desktop import GUIDELINE_VERSION_SHORT, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.isncsci import IsncsciClassification
from spinemet_desktop.clinical.labs import RangeFlag
from spinemet_desktop.clinical.pathway.engine import UrgencyLevel
from spinemet_desktop.clinical.pathway.rules import Timing
from spinemet_desktop.clinical.result import ScoreResult, Source, Status
from spinemet_desktop.model import Case
from spinemet_desktop.present import view as content
from spinemet_desktop.present.render import renderer

LOINC = "http://loinc.org"
#: Local code systems (URNs, documented in docs/fhir.md): no public code exists for these concepts.
CS_SCORE = "urn:spinemet-desktop:codesystem:score"
CS_ITEM = "urn:spinemet-desktop:codesystem:score-item"
CS_BAND = "urn:spinemet-desktop:codesystem:score-band"
CS_ISNCSCI = "urn:spinemet-desktop:codesystem:isncsci"
CS_LAB = "urn:spinemet-desktop:codesystem:lab"
CS_SECTION = "urn:spinemet-desktop:codesystem:section"
CS_RECORD = "urn:spinemet-desktop:identifier:record-number"
CS_DOCUMENT = "urn:ietf:rfc:3986"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
#: LOINC codes for the two performance scales (issue 12); every other score uses CS_SCORE.
SCORE_LOINC = {"ecog": ("89247-1", "ECOG Performance Status score"),
               "kps": ("89243-0", "Karnofsky Performance Status score")}
REFERRAL_NOTE = ("57133-1", "Referral note")
#: Urgency level → ServiceRequest.priority (FHIR request-priority: routine | urgent | asap | stat).
PRIORITY = {UrgencyLevel.EMERGENCY: "stat", UrgencyLevel.URGENT: "asap", UrgencyLevel.PROMPT: "urgent",
            UrgencyLevel.ROUTINE: "routine"}
GENDER = {"female": "female", "male": "male", "diverse": "other", "unknown": "unknown"}
_NAMESPACE = uuid.UUID("6f2d8c1e-4b7a-5d3e-9a10-5b3c7e2f9d41")


@dataclass(frozen=True)
class FhirExport:
    bundle: Any  # fhir.resources.R4B.bundle.Bundle
    json: str
    language: str


class _Builder:
    def __init__(self, case: Case, a: Assessment, language: str, created: datetime) -> None:
        self.case, self.a, self.language, self.created = case, a, language, created
        self.r = renderer(language)
        self.entries: list[dict[str, Any]] = []

    # -- helpers -------------------------------------------------------------------------
    def url(self, role: str) -> str:
        return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{self.case.id}|{self.created.isoformat()}|{role}')}"

    def add(self, role: str, resource: dict[str, Any]) -> str:
        full_url = self.url(role)
        resource["id"] = full_url.removeprefix("urn:uuid:")
        self.entries.append({"fullUrl": full_url, "resource": resource})
        return full_url

    def translate(self, context: str, text: str) -> str:
        """A fixed text in the bundle's language (``pyside6-lupdate`` extracts these calls)."""
        return self.r.translate(context, text)

    def clinical(self, text: Any) -> str:
        return self.r.clinical(text)

    @staticmethod
    def narrative(lines: list[str]) -> dict[str, str]:
        body = "".join(f"<p>{escape(line)}</p>" for line in lines if line) or "<p>-</p>"
        return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}

    def observation(self, role: str, code: dict[str, Any], **fields: Any) -> str:
        resource = {"resourceType": "Observation", "status": "final", "code": code,
                    "subject": {"reference": self.patient_ref},
                    "effectiveDateTime": self.a.as_of.isoformat(), **fields}
        return self.add(role, resource)

    # -- resources -----------------------------------------------------------------------
    def patient(self) -> str:
        p = self.case.patient
        resource: dict[str, Any] = {"resourceType": "Patient"}
        if p.record_number:
            resource["identifier"] = [{"system": CS_RECORD, "value": p.record_number}]
        if p.surname or p.given_name:
            resource["name"] = [{k: v for k, v in (("family", p.surname),
                                                   ("given", [p.given_name] if p.given_name else None)) if v}]
        if p.date_of_birth:
            resource["birthDate"] = p.date_of_birth.isoformat()
        if p.sex:
            resource["gender"] = GENDER[p.sex.value]
        return self.add("patient", resource)

    def author(self) -> str:
        name = (self.case.signature.name if self.case.signature and self.case.signature.name
                else self.case.encounter.referring_physician)
        if name:
            return self.add("author", {"resourceType": "Practitioner", "name": [{"text": name}]})
        return self.add("author", {"resourceType": "Device", "deviceName": [
            {"name": f"spinemet-desktop {__version__}", "type": "user-friendly-name"}]})

    def score(self, r: ScoreResult) -> str:
        if r.score_id in SCORE_LOINC:
            loinc, display = SCORE_LOINC[r.score_id]
            codings = [{"system": LOINC, "code": loinc, "display": display},
                       {"system": CS_SCORE, "code": r.score_id}]
        else:
            codings = [{"system": CS_SCORE, "code": r.score_id, "display": str(r.name)}]
        fields: dict[str, Any] = {
            "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
            "method": {"text": r.citation},
            "note": [{"text": self.clinical(r.status_text)}] + [{"text": self.clinical(n)} for n in r.notes],
        }
        if r.subject:
            fields["bodySite"] = {"text": self.clinical(r.subject)}
        if r.status is Status.PROVISIONAL:
            fields["status"] = "preliminary"
        if r.total is not None:
            fields["valueInteger"] = r.total
        elif r.display is not None:
            fields["valueString"] = self.clinical(r.display)
        elif not r.applicable:
            fields["dataAbsentReason"] = {"coding": [{"system": DATA_ABSENT, "code": "not-applicable"}],
                                          "text": "; ".join(self.clinical(n) for n in r.notes)}
        else:
            labels = {item.id: item.label for item in r.items}
            fields["dataAbsentReason"] = {
                "coding": [{"system": DATA_ABSENT, "code": "unknown"}],
                "text": self.translate("report", "incomplete — missing: %1").replace(
                    "%1", ", ".join(self.clinical(labels.get(m, m)) for m in r.missing))}
        if r.band:
            fields["interpretation"] = [{"coding": [{"system": CS_BAND, "code": f"{r.score_id}.{r.band}"}],
                                         "text": self.clinical(r.band_label or r.band)}]
        components = []
        for item in r.items:
            components.append({"code": {"coding": [{"system": CS_ITEM, "code": f"{r.score_id}.{item.id}",
                                                    "display": str(item.label)}],
                                        "text": self.clinical(item.label)},
                               **_value(item.value, item.source, self.clinical(item.derivation or ""))})
            if item.points is not None:
                components.append({"code": {"coding": [{"system": CS_ITEM, "code": f"{r.score_id}.{item.id}.points"}],
                                            "text": self.clinical(item.label) + " — " + self.translate("report", "Points")},
                                   "valueInteger": item.points})
        if components:
            fields["component"] = components
        role = f"score|{r.score_id}|{r.subject}"
        return self.observation(role, {"coding": codings, "text": self.clinical(r.name)}, **fields)

    def isncsci(self, c: IsncsciClassification, when: datetime | None) -> str | None:
        if c.result is None:
            return None
        r = c.result
        components = [
            {"code": {"coding": [{"system": CS_ISNCSCI, "code": name}], "text": text}, "valueString": str(value)}
            for name, text, value in (
                ("ais", self.translate("report", "ASIA Impairment Scale (AIS)"), r.asia_impairment_scale),
                ("injury_complete", self.translate("report", "Complete / incomplete"), r.injury_complete),
                ("nli", self.translate("report", "Neurological level of injury"), r.neurological_level_of_injury),
                ("sensory_level_right", self.translate("report", "Sensory level, right"), r.right_sensory),
                ("sensory_level_left", self.translate("report", "Sensory level, left"), r.left_sensory),
                ("motor_level_right", self.translate("report", "Motor level, right"), r.right_motor),
                ("motor_level_left", self.translate("report", "Motor level, left"), r.left_motor),
                ("motor_total_right", self.translate("report", "Motor total, right"), r.right_motor_total),
                ("motor_total_left", self.translate("report", "Motor total, left"), r.left_motor_total),
                ("uems", self.translate("report", "Upper extremity motor score (UEMS)"), r.upper_motor_total),
                ("lems", self.translate("report", "Lower extremity motor score (LEMS)"), r.lower_motor_total),
                ("light_touch_total", self.translate("report", "Light touch total"), r.touch_total),
                ("pin_prick_total", self.translate("report", "Pin prick total"), r.prick_total),
                ("sensory_zpp_right", self.translate("report", "Sensory ZPP, right"), r.right_sensory_zpp),
                ("sensory_zpp_left", self.translate("report", "Sensory ZPP, left"), r.left_sensory_zpp),
                ("motor_zpp_right", self.translate("report", "Motor ZPP, right"), r.right_motor_zpp),
                ("motor_zpp_left", self.translate("report", "Motor ZPP, left"), r.left_motor_zpp),
            )
        ]
        fields: dict[str, Any] = {"category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "exam"}]}],
                                  "component": components, "method": {"text": str(c.citation)}}
        if when is not None:
            fields["effectiveDateTime"] = when.isoformat()
        return self.observation(
            "isncsci", {"coding": [{"system": CS_ISNCSCI, "code": "classification",
                                    "display": "ISNCSCI classification"}], "text": "ISNCSCI"}, **fields)

    def labs(self) -> list[str]:
        refs = []
        for i, res in enumerate(self.case.labs.results):
            fields: dict[str, Any] = {"category": [{"coding": [{"system": OBSERVATION_CATEGORY,
                                                                "code": "laboratory"}]}]}
            if res.measured_at:
                fields["effectiveDateTime"] = res.measured_at.isoformat()
            if res.value is not None:
                fields["valueQuantity"] = {"value": res.value, **({"unit": res.unit} if res.unit else {})}
            elif res.text:
                fields["valueString"] = res.text
            else:
                fields["dataAbsentReason"] = {"coding": [{"system": DATA_ABSENT, "code": "unknown"}]}
            low, high = res.reference_low, res.reference_high
            if low is not None or high is not None:
                fields["referenceRange"] = [{k: {"value": v, **({"unit": res.unit} if res.unit else {})}
                                             for k, v in (("low", low), ("high", high)) if v is not None}]
            judged = self.a.labs.values.get(res.analyte) if self.a.labs else None
            if judged is not None and judged.flag is not None and self.case.labs.latest(res.analyte) is res:
                fields["interpretation"] = [{"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                    "code": "H" if judged.flag is RangeFlag.HIGH else "L"}]}]
            refs.append(self.observation(f"lab|{i}", {"coding": [{"system": CS_LAB, "code": res.analyte}],
                                                       "text": self.r.vocabulary("lab", res.analyte)}, **fields))
        return refs

    def referral(self) -> str:
        u = self.a.pathway.urgency
        resource: dict[str, Any] = {
            "resourceType": "ServiceRequest", "status": "active", "intent": "order",
            "code": {"text": self.translate("report", "Referral to a spine centre")},
            "subject": {"reference": self.patient_ref},
            "authoredOn": self.created.isoformat(),
            "requester": {"reference": self.author_ref},
            "reasonCode": [{"text": self.clinical(u.headline)}],
            "note": [{"text": f"{line.text} ({line.rules}: {line.refs})"}
                     for line in content.advice(self.a, self.r, (*content.NOW, Timing.PLAN))],
        }
        if u.level in PRIORITY:
            resource["priority"] = PRIORITY[u.level]
        if self.case.encounter.question:
            resource["orderDetail"] = [{"text": self.case.encounter.question}]
        return self.add("referral", resource)

    # -- the document ----------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        from spinemet_desktop.clinical.isncsci import classify

        case, a = self.case, self.a
        composition_url = self.url("composition")
        self.entries.append({"fullUrl": composition_url, "resource": None})  # placeholder: Composition first
        self.patient_ref = self.patient()
        self.author_ref = self.author()
        referral = self.referral()
        scores = {f"{r.score_id}|{r.subject}": self.score(r) for r in a.all_scores()}
        exam = case.latest_exam()
        panel = self.isncsci(classify(exam.isncsci), exam.examined_at) if exam is not None else None
        labs = self.labs()

        view = content.build_referral_view(case, a, self.r, self.created)

        def said(rows: tuple[content.Row, ...]) -> list[str]:
            return [f"{row.label}: {row.value}" for row in rows]

        advice = [f"{line.mark} {line.text} ({line.rules})" for line in (*view.advice_now, *view.advice_plan)]
        imaging = said(content.lesion_lines(a, self.r)) + said(view.imaging)
        imaging += [f"{lesion.title}: " + "; ".join(f"{row.label} {row.value}" for row in lesion.rows[:3])
                    for lesion in view.lesions]
        if view.reirradiation is not None:
            imaging += [" · ".join(row) for row in view.reirradiation.rows] + [view.reirradiation_note]
        lab_lines = [" · ".join(x for x in row if x) for row in view.labs.rows] if view.labs else []
        lab_lines += [row.value for row in content.key_labs(a, self.r) if row.label != self.translate("report", "Key labs")]
        score_lines = [f"{score.title}: {score.value}" for score in view.scores]
        def section(code: str, title: str, lines: list[str], entries: Sequence[str | None]) -> dict[str, Any]:
            out: dict[str, Any] = {"title": title, "code": {"coding": [{"system": CS_SECTION, "code": code}],
                                                            "text": title},
                                   "text": self.narrative(lines)}
            refs = [e for e in entries if e]
            if refs:
                out["entry"] = [{"reference": ref} for ref in refs]
            return out

        lesion_scores = [scores[f"{r.score_id}|{r.subject}"] for la in a.lesions for r in (la.sins, la.escc, la.scst)]
        sections = [
            section("recommendation", self.translate("report", "Urgency and recommendations"),
                    [f"{view.urgency.mark} {view.urgency.headline}", *said(view.request), *said(view.handling), *advice],
                    [referral]),
            section("history", self.translate("report", "History"),
                    said(view.patient) + said(content.tumour(case, self.r)) + said(content.performance(case, a, self.r))
                    + said(view.history), []),
            section("neurology", self.translate("report", "Neurology now"), said(view.neurology), [panel]),
            section("imaging", self.translate("report", "Imaging findings"), imaging, lesion_scores),
            section("labs", self.translate("report", "Laboratory values"), lab_lines, labs),
            section("scores", self.translate("report", "Scores"), score_lines, list(scores.values())),
        ]
        composition = {
            "resourceType": "Composition", "id": composition_url.removeprefix("urn:uuid:"),
            "status": "final", "language": "de-DE" if self.language == "de" else "en-GB",
            "type": {"coding": [{"system": LOINC, "code": REFERRAL_NOTE[0], "display": REFERRAL_NOTE[1]}]},
            "subject": {"reference": self.patient_ref},
            "date": self.created.isoformat(),
            "author": [{"reference": self.author_ref}],
            "title": self.translate("report", "Referral summary — spinal metastases"),
            "section": sections,
        }
        self.entries[0]["resource"] = composition
        return {
            "resourceType": "Bundle", "type": "document",
            "identifier": {"system": CS_DOCUMENT, "value": self.url("bundle")},
            "timestamp": self.created.isoformat(),
            "meta": {"tag": [{"system": CS_SCORE, "code": "generator",
                              "display": f"spinemet-desktop {__version__}; {GUIDELINE_VERSION_SHORT}"}]},
            "entry": self.entries,
        }


def _value(value: Any, source: Source, derivation: str) -> dict[str, Any]:
    """A component value for a score item's answer, or why it is absent."""
    if value is None:
        return {"dataAbsentReason": {"coding": [{"system": DATA_ABSENT, "code": "unknown"}],
                                     "text": derivation or "not recorded"}}
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        return {"valueQuantity": {"value": value}}
    return {"valueString": str(value)}


def build_fhir_bundle(case: Case, assessment: Assessment, language: str = "en",
                      created_at: datetime | None = None) -> FhirExport:
    """The referral as a FHIR document bundle, validated by the ``fhir.resources`` R4B classes."""
    from fhir.resources.R4B.bundle import Bundle  # imported here: only exports need it

    created = (created_at or datetime.now().astimezone()).replace(microsecond=0)
    data = _Builder(case, assessment, language, created).build()
    bundle = Bundle.model_validate(data)
    text = json.dumps(json.loads(bundle.model_dump_json(exclude_none=True)), ensure_ascii=False, indent=2)
    return FhirExport(bundle=bundle, json=text + "\n", language=language)


__all__ = ["FhirExport", "build_fhir_bundle"]
