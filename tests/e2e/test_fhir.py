"""The FHIR document bundle: every example case parses with fhir.resources and keeps the
document-bundle invariants (identifier, timestamp, Composition first, unique fullUrls, every
reference resolvable inside the bundle)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import case_from_json
from spinemet_desktop.report.fhir import CS_SCORE, PRIORITY, build_fhir_bundle
from tests.conftest import EXAMPLES

CREATED = datetime(2026, 11, 20, 14, 0, tzinfo=timezone(timedelta(hours=1)))


def _export(path, language: str = "en", created: datetime = CREATED):  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    a = assess(case, reference_time(case, CREATED))
    return case, a, build_fhir_bundle(case, a, language=language, created_at=created)


def _references(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["reference"]] if isinstance(node.get("reference"), str) else []
        return found + [r for value in node.values() for r in _references(value)]
    if isinstance(node, list):
        return [r for value in node for r in _references(value)]
    return []


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_bundle_parses_and_keeps_the_document_invariants(path, language: str) -> None:  # type: ignore[no-untyped-def]
    case, _a, export = _export(path, language)
    bundle = Bundle.model_validate_json(export.json)  # the written text parses back
    data = json.loads(export.json)
    assert bundle.type == "document"
    assert data["identifier"]["value"].startswith("urn:uuid:")
    assert data["timestamp"] == CREATED.isoformat()
    entries = data["entry"]
    full_urls = [e["fullUrl"] for e in entries]
    assert len(full_urls) == len(set(full_urls)), "fullUrls are unique"
    by_url = {e["fullUrl"]: e["resource"] for e in entries}
    composition = entries[0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"][0] == {"system": "http://loinc.org", "code": "57133-1",
                                                "display": "Referral note"}
    assert composition["language"] == ("de-DE" if language == "de" else "en-GB")
    unresolved = [ref for ref in _references(data) if ref not in by_url]
    assert unresolved == []
    patient = by_url[composition["subject"]["reference"]]
    assert patient["resourceType"] == "Patient"
    assert patient["identifier"][0]["value"] == case.patient.record_number
    assert by_url[composition["author"][0]["reference"]]["resourceType"] in ("Practitioner", "Device")
    # Sections mirror the PDF and carry XHTML narrative.
    codes = [s["code"]["coding"][0]["code"] for s in composition["section"]]
    assert codes == ["recommendation", "history", "neurology", "imaging", "labs", "scores"]
    for section in composition["section"]:
        div = ET.fromstring(section["text"]["div"])
        assert div.tag == "{http://www.w3.org/1999/xhtml}div" and "".join(div.itertext()).strip()
    # Every section entry and every resource is reachable from the Composition or a reference.
    reachable = set(_references(composition)) | {entries[0]["fullUrl"]}
    for url in list(reachable):
        reachable |= set(_references(by_url[url]))
    assert reachable == set(full_urls)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_scores_isncsci_labs_and_urgency_are_structured(path) -> None:  # type: ignore[no-untyped-def]
    case, a, export = _export(path)
    resources = [e["resource"] for e in json.loads(export.json)["entry"]]
    observations = [r for r in resources if r["resourceType"] == "Observation"]

    def coded(system: str, code: str) -> list[dict[str, Any]]:
        return [o for o in observations if any(c["system"] == system and c["code"] == code
                                               for c in o["code"].get("coding", []))]

    for r in a.all_scores():
        matches = [o for o in coded(CS_SCORE, r.score_id)
                   if o.get("bodySite", {}).get("text", "") == str(r.subject)]
        assert len(matches) == 1, (r.score_id, r.subject)
        obs = matches[0]
        assert obs["method"]["text"] == r.citation
        if r.total is not None:
            assert obs["valueInteger"] == r.total
        elif r.display is None:
            assert obs["dataAbsentReason"]["coding"][0]["code"] in ("unknown", "not-applicable")
        if r.band:
            assert obs["interpretation"][0]["coding"][0]["code"] == f"{r.score_id}.{r.band}"
        points = {c["code"]["coding"][0]["code"]: c.get("valueInteger") for c in obs.get("component", [])}
        for item in r.items:
            assert f"{r.score_id}.{item.id}" in points
            if item.points is not None:
                assert points[f"{r.score_id}.{item.id}.points"] == item.points
    assert coded("http://loinc.org", "89247-1") and coded("http://loinc.org", "89243-0")  # ECOG, Karnofsky
    if a.isncsci is not None and a.isncsci.result is not None:
        (panel,) = coded("urn:spinemet-desktop:codesystem:isncsci", "classification")
        values = {c["code"]["coding"][0]["code"]: c["valueString"] for c in panel["component"]}
        assert values["ais"] == a.isncsci.result.asia_impairment_scale
        assert values["nli"] == a.isncsci.result.neurological_level_of_injury
    labs = [o for o in observations if o["category"][0]["coding"][0]["code"] == "laboratory"]
    assert len(labs) == len(case.labs.results)
    for obs, res in zip(labs, case.labs.results, strict=True):
        assert obs["code"]["coding"][0]["code"] == res.analyte
        if res.value is not None:
            assert obs["valueQuantity"]["value"] == res.value
    (request,) = [r for r in resources if r["resourceType"] == "ServiceRequest"]
    level = a.pathway.urgency.level
    assert request.get("priority") == PRIORITY.get(level)
    assert request["reasonCode"][0]["text"] == a.pathway.urgency.headline


def test_the_same_export_time_gives_the_same_bundle_and_a_new_one_a_new_identifier() -> None:
    path = EXAMPLES[0]
    first, again = _export(path)[2], _export(path)[2]
    later = _export(path, created=CREATED + timedelta(minutes=5))[2]
    assert first.json == again.json
    assert json.loads(first.json)["identifier"] != json.loads(later.json)["identifier"]


def test_german_narrative_uses_the_catalogue() -> None:
    _case, a, export = _export(EXAMPLES[0], "de")
    composition = json.loads(export.json)["entry"][0]["resource"]
    assert composition["title"] == "Überweisung – Wirbelsäulenmetastasen"
    text = composition["section"][0]["text"]["div"]
    assert a.pathway.urgency.headline not in text  # English headline replaced
    assert "Wirbelsäulenzentrum" in text


def test_export_fhir_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bundle.json"
    result = subprocess.run([sys.executable, "-m", "spinemet_desktop", "export-fhir", str(EXAMPLES[0]), "-o", str(out),
                             "--lang", "en"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    assert bundle.entry[0].resource.get_resource_type() == "Composition"
