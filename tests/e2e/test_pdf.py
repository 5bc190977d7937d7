"""The PDF referral summary: every example case, both languages, read back with pypdf."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.i18n import Catalogue
from spinemet_desktop.model import Case, case_from_json
from spinemet_desktop.model.text import localise
from spinemet_desktop.report.pdf import build_referral_pdf
from tests.conftest import EXAMPLES

PAGE = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}"}
NOTICE = {"en": "Decision support — verify clinically.", "de": "Entscheidungsunterstützung – klinisch überprüfen."}
HEADINGS = {
    "en": ("Neurology now", "Recommendations now and within 24 h (guideline numbers in brackets)", "Further plan",
           "Scores", "Signature",
           "Neurological examination (ISNCSCI worksheet)", "Decision trace of the guideline pathway"),
    "de": ("Neurologie aktuell", "Empfehlungen sofort und innerhalb von 24 h (Nummern der Leitlinie in Klammern)",
           "Weiteres Vorgehen", "Scores", "Unterschrift",
           "Neurologische Untersuchung (ISNCSCI-Worksheet)", "Entscheidungsweg nach der Leitlinie"),
}


def _localiser(language: str):  # type: ignore[no-untyped-def]
    """Clinical texts rendered as the report renders them (the same catalogue)."""
    catalogue = Catalogue(language)
    return lambda text: localise(text, catalogue.translate)


def _squeezed(text: str) -> str:
    """Text without white space: pypdf breaks lines where the layout wrapped them."""
    return "".join(text.split())


def _case(path) -> Case:  # type: ignore[no-untyped-def]
    return case_from_json(path.read_text(encoding="utf-8"))


def _render(case: Case, language: str):  # type: ignore[no-untyped-def]
    a = assess(case, reference_time(case, datetime.now().astimezone()))
    return a, build_referral_pdf(case, a, language=language)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_referral_pdf_content(path, language: str) -> None:  # type: ignore[no-untyped-def]
    case = _case(path)
    a, report = _render(case, language)
    assert report.missing_glyphs == []
    reader = PdfReader(io.BytesIO(report.data))
    pages = [page.extract_text() for page in reader.pages]
    n = len(pages)
    assert n == report.pages >= 2
    for i, text in enumerate(pages, start=1):
        assert case.patient.record_number in text, f"record number missing on page {i}"
        assert case.patient.surname in text
        assert PAGE[language].format(i=i, n=n) in text
        assert NOTICE[language] in text
    everything = "\n".join(pages)
    first = pages[0]
    said = _localiser(language)
    assert said(a.pathway.urgency.headline).split(":")[0] in first  # the urgency, on page 1
    worst = a.worst_lesion
    assert worst is not None and f"{worst.sins.total}" in first and worst.label in first
    for heading in HEADINGS[language]:
        assert heading in everything, heading
    for r in a.all_scores():
        assert said(r.name) in everything, r.name
    # Every recommendation is printed in the report's language (and, in German, not in English).
    flat = _squeezed(everything)
    for fired in a.pathway.fired:
        assert _squeezed(said(fired.effect.text))[:60] in flat, fired.rule.id
        if language == "de":
            assert _squeezed(fired.effect.text)[:60] not in flat, fired.rule.id
    if a.isncsci is not None and a.isncsci.result is not None:
        r = a.isncsci.result
        assert f"NLI {r.neurological_level_of_injury}" in first
        injured = r.asia_impairment_scale.replace("*", "") != "E"
        catalogue = Catalogue(language)
        if injured:  # the AIS grades a spinal cord injury; "E" only after a documented one
            assert f"AIS {r.asia_impairment_scale}," in first
            word = catalogue.translate("report", "complete" if r.injury_complete == "C" else "incomplete")
            assert f"AIS {r.asia_impairment_scale} / {word}" in everything
        else:
            assert catalogue.translate("report", "AIS not applicable: no spinal cord injury documented "
                                       "(all segments normal)")[:40] in first.replace("\n", " ")
    meta = reader.metadata
    assert case.patient.surname in meta.title
    assert meta.subject and meta.creator.startswith("spinemet-desktop")
    assert reader.trailer["/Root"].get("/Lang") == ("de-DE" if language == "de" else "en-GB")


def test_provisional_scores_are_marked_and_overrides_shown() -> None:
    case = _case(next(p for p in EXAMPLES if "breast" in p.name))
    from spinemet_desktop.model import Override

    case.overrides.append(Override(target="tomita.bone", value="solitary", reason="second focus benign",
                                   set_by="dr.test"))
    _a, report = _render(case, "en")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(report.data)).pages)
    assert "PROVISIONAL — table not yet verified against the primary paper" in " ".join(text.split())
    assert "OVERRIDDEN: overridden by dr.test: second focus" in " ".join(text.split())


def test_missing_glyphs_are_visible_and_reported() -> None:
    case = _case(next(p for p in EXAMPLES if "prostate" in p.name))
    case.notes = "Symbol outside the font: \U0001F9B4 bone"
    _a, report = _render(case, "en")
    assert report.missing_glyphs == ["U+1F9B4"]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(report.data)).pages)
    assert "[U+1F9B4] bone" in text


def test_report_command_writes_the_pdf(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "referral.pdf"
    path = next(p for p in EXAMPLES if "rcc" in p.name)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "spinemet_desktop", "report", str(path), "-o", str(out),
                             "--lang", "de"], check=False, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "sha256" in result.stdout
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Überweisung – Wirbelsäulenmetastasen" in text and "Seite 1 von" in text


def test_export_json_command_holds_case_and_results(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    out = tmp_path / "record.json"
    path = next(p for p in EXAMPLES if "breast" in p.name)
    result = subprocess.run([sys.executable, "-m", "spinemet_desktop", "export-json", str(path), "-o", str(out)],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["case"]["patient"]["record_number"] == "PID-100231"
    assert record["results"]["urgency"]["level"] == "emergency"
    assert "sins" in record["results"]["scores"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_lesion_lines_and_reirradiation_table_lead_the_referral(language: str) -> None:
    """pathway.md §11 S4/S5: the lesion for instability and the one for compression on page 1, and
    the re-irradiation figures on page 1 or 2, in the report's language."""
    case = _case(next(p for p in EXAMPLES if "reirradiation" in p.name))
    a, report = _render(case, language)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(report.data)).pages]
    said = _localiser(language)
    first, second = _squeezed(pages[0]), _squeezed(pages[1])
    for title, lesion in (("Lesion for instability", "L4"), ("Lesion for compression", "T6")):
        assert _squeezed(said(title)) in first and _squeezed(f"{lesion} — ") in first
    table = _squeezed(said("Previous radiotherapy at the lesion (re-irradiation)"))
    assert table in first or table in second
    margin = "60,5Gy₂" if language == "de" else "60.5Gy₂"
    assert margin in first + second  # 135.5 − 75 Gy₂ (10 × 3 Gy, 14 months before)
    rt = a.pathway.decisions["radiotherapy"]
    assert {x.lesion: x.value for x in rt.per_lesion} == {"T6": "re_irradiation", "L4": "postoperative"}
    label = Catalogue(language).translate("labels", "re-irradiation (after the cumulative-dose check)")
    assert _squeezed(label) in first


def _troubled(case: Case) -> Case:
    """The example with every warning that changes the handling: Karnofsky and ECOG that do not
    match, severe hypercalcaemia, a bleeding risk, raised CRP and leukocytes, an infection in the
    history, and a history that contradicts the examination."""
    data = case.model_dump(mode="json")
    h = data["history"]
    disturbed = case.latest_exam() is not None and case.latest_exam().bladder_bowel == "disturbed"
    h.update(karnofsky=90, ecog=3, infection=True, complaint_bladder_bowel=not disturbed, complaint_weakness=False)
    values = {"calcium": 3.9, "inr": 2.4, "platelets": 60.0, "crp": 80.0, "leukocytes": 15.0}
    for result in data["labs"]["results"]:
        if result["analyte"] in values:
            result["value"] = values[result["analyte"]]
    return Case.model_validate(data)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_page_one_holds_what_the_receiving_surgeon_needs_first(path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: name, sex, age and date of birth, anticoagulation and its last dose, steroids,
    every decision including biopsy and embolisation, and the warnings that change the handling
    are on page 1 — also with every warning present — and for the examples page 1 still holds its
    whole first part, down to the key labs (with every warning the rest may flow to page 2)."""
    from spinemet_desktop.present.render import renderer
    from spinemet_desktop.present.view import REQUEST_SLOTS, age_on, handling, headings

    r = renderer(language)
    for troubled, case in ((False, _case(path)), (True, _troubled(_case(path)))):
        a, report = _render(case, language)
        first = _squeezed(PdfReader(io.BytesIO(report.data)).pages[0].extract_text())
        p = case.patient
        for fact in (p.surname, p.given_name, p.record_number, r.date(p.date_of_birth), r.vocabulary("sex", p.sex),
                     r.translate("report", "%1 years").replace("%1", str(age_on(p.date_of_birth, a.as_of)))):
            assert _squeezed(fact) in first, fact
        for label in (r.slot(s) for s in REQUEST_SLOTS):
            assert _squeezed(label) in first, label
        if not troubled:
            assert _squeezed(r.translate("report", "Key labs")) in first
        from spinemet_desktop.present.fields import labels as field_labels

        for fields in (("history.anticoagulants", "history.anticoagulant_details"), ("history.steroids_given",)):
            assert _squeezed(field_labels(r, *fields)) in first, fields
        rows = handling(case, a, r)
        if troubled:
            assert len(rows) >= 6, [row.label for row in rows]  # KPS/ECOG, calcium, bleeding, infection ×2, history
            assert _squeezed(headings(r)["handling"]) in first
        for row in rows:
            assert _squeezed(row.value)[:50] in first, row.value
