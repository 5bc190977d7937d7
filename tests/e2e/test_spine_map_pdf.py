"""The spine map and the trend chart in the referral PDF (issue 28), read back with pypdf: vector
graphics (path operators, no image) on page 1 or 2, and the text alternative as extractable text."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import Case, PriorRadiotherapy, case_from_json
from spinemet_desktop.model.case import Lesion
from spinemet_desktop.present import spine_map as spine
from spinemet_desktop.present import trend as serial
from spinemet_desktop.present.drawing import Poly, Rect
from spinemet_desktop.present.render import renderer
from spinemet_desktop.report.pdf import build_referral_pdf
from tests.conftest import EXAMPLES


def _example(name: str) -> Case:
    return case_from_json(next(p for p in EXAMPLES if name in p.name).read_text(encoding="utf-8"))


def _mismatch() -> Case:
    case = _example("breast")
    case.imaging.lesions[0].level = "T12"
    return case


def _crowded() -> Case:
    """Two lesions in a field treated three times (a long re-irradiation table on page 1)."""
    case = _example("lung")
    case.imaging.lesions[1].level, case.imaging.lesions[1].level_to = "T7", "T8"
    case.history.prior_spine_radiotherapy += [
        PriorRadiotherapy(level_from="T7", level_to="T9", total_dose_gy=8.0, fractions=1, completed_on=date(2026, 2, 1)),
        PriorRadiotherapy(total_dose_gy=20.0, fractions=5)]
    case.imaging.lesions.append(Lesion(level="C5", escc="1c", sins_pain="mechanical"))
    return case


CASES = {**{p.stem: (lambda p=p: case_from_json(p.read_text(encoding="utf-8"))) for p in EXAMPLES},
         "level-mismatch": _mismatch, "two-lesions-reirradiation-crowded": _crowded}


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _say(language: str):  # type: ignore[no-untyped-def]
    """Texts exactly as the report renders them (its catalogue, numbers and dates with offsets)."""
    return renderer(language).clinical


def _build(case: Case, language: str):  # type: ignore[no-untyped-def]
    a = assess(case, reference_time(case, case.encounter.assessed_at))  # type: ignore[arg-type]
    return a, PdfReader(io.BytesIO(build_referral_pdf(case, a, language=language).data))


def _no_images(reader: PdfReader) -> None:
    for number, page in enumerate(reader.pages, start=1):
        xobjects = page["/Resources"].get("/XObject")
        if xobjects is not None:
            kinds = [xobjects[name].get_object().get("/Subtype") for name in xobjects.get_object()]
            assert "/Image" not in kinds, f"an image on page {number}"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_map_is_vector_graphics_on_page_1_or_2_with_its_text(name: str, language: str) -> None:
    case = CASES[name]()
    a, reader = _build(case, language)
    say = _say(language)
    m = spine.spine_map(case, a)
    lines = [_squeezed(say(line)) for line in spine.text_alternative(m)]
    pages = [_squeezed(page.extract_text()) for page in reader.pages]
    where = [i for i, text in enumerate(pages) if lines[0] in text]
    assert where and where[0] <= 1, f"the map is on page {where[0] + 1 if where else None}"
    page = pages[where[0]]
    for line in lines:
        assert line in page, line
    for mark in m.lesions:  # the drawing's own labels are text too
        assert _squeezed(f"{mark.label}: {say(mark.sins)}") in page
    # The drawing as vector paths on that page (at least one path start per line or polygon of the
    # drawing, a rectangle operator per rectangle such as the vertebral bodies, curves for rounded
    # ones), and no raster image anywhere.
    drawing = spine.draw(m, say)
    polys = sum(isinstance(s, Poly) for s in drawing.shapes)
    rects = sum(isinstance(s, Rect) and not s.radius for s in drawing.shapes)
    rounded = sum(isinstance(s, Rect) and s.radius > 0 for s in drawing.shapes)
    content = reader.pages[where[0]].get_contents().get_data().decode("latin-1")
    starts = len(re.findall(r"-?[\d.]+ -?[\d.]+ m\b", content))
    rectangles = len(re.findall(r"(?:-?[\d.]+ ){4}re\b", content))
    curves = len(re.findall(r"(?:-?[\d.]+ ){6}c\b", content))
    assert polys > 20 and rects > 29, (polys, rects)
    assert starts >= polys and rectangles >= rects and curves >= 4 * rounded, (starts, rectangles, curves)
    _no_images(reader)
    if m.mismatch is not None:
        assert _squeezed(say(m.mismatch.text)) in page


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_trend_follows_the_isncsci_worksheet(language: str) -> None:
    case = _example("breast")
    _a, reader = _build(case, language)
    t = serial.trend(case)
    assert t is not None
    say = _say(language)
    text = _squeezed("\n".join(page.extract_text() for page in reader.pages))
    first = _squeezed(say(serial.text_alternative(t)[0]))
    worksheet = _squeezed({"en": "Neurological examination (ISNCSCI worksheet)",
                           "de": "Neurologische Untersuchung (ISNCSCI-Worksheet)"}[language])
    imaging = _squeezed({"en": "Imaging findings", "de": "Bildgebende Befunde"}[language])
    assert text.index(worksheet) < text.index(first) < text.index(imaging)
    for line in serial.text_alternative(t):
        assert _squeezed(say(line)) in text, say(line)
    assert _squeezed("LEMS 24") in text and _squeezed("UEMS 50") in text
    _no_images(reader)


def test_no_trend_with_a_single_examination() -> None:
    _a, reader = _build(_example("rcc"), "en")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Serial examinations" not in text
