"""Every field is labelled once: the referral PDF, the summary page and the FHIR narratives show a
case field under the label its form declaration gives it (present.fields), in both languages.
(tests/ui/test_form_labels.py checks the entry forms against the same labels.)"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import case_from_json
from spinemet_desktop.present.fields import field_specs, labels, page_of, spec
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.render import renderer
from spinemet_desktop.present.view import Row, build_referral_view
from spinemet_desktop.report.pdf import build_referral_pdf
from tests.conftest import EXAMPLES

AS_OF = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _rows(v) -> list[Row]:  # type: ignore[no-untyped-def]
    rows = [*v.request, *v.patient, *v.neurology, *v.tumour, *v.imaging, *v.history]
    rows += [row for lesion in v.lesions for row in lesion.rows]
    if v.exam is not None:
        rows += [*v.exam.rows]
    return rows


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_a_row_showing_case_fields_is_labelled_by_their_declarations(path, language: str) -> None:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    a = assess(case, AS_OF)
    r = renderer(language)
    v = build_referral_view(case, a, r, AS_OF)
    rows = [row for row in _rows(v) if row.fields]
    assert len(rows) >= 20
    for row in rows:
        assert all(spec(f) is not None for f in row.fields), row.fields
        assert row.label == labels(r, *row.fields), row
    # The PDF prints those rows under those labels (layout only: it words nothing itself).
    report = build_referral_pdf(case, a, language=language, created_at=AS_OF)
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(report.data)).pages)
    for row in rows:
        assert "".join(row.label.split()) in text, row.label


def test_every_declared_field_has_one_label_and_one_page() -> None:
    specs = field_specs()
    declared = [item.field for page in forms().pages() for item in page.items() if item.kind != "show"]
    assert len(declared) == len(set(declared)), "a field declared twice"
    for key, found in specs.items():
        assert found.label and page_of(key) == found.page, key
    en, de = renderer("en"), renderer("de")
    untranslated = [key for key, found in specs.items() if found.title(de) == found.title(en)
                    and found.label not in ("ISNCSCI", "CRP", "INR", "PTH", "PSA")]
    assert len(untranslated) < len(specs) // 10, untranslated


def test_every_primary_tumour_group_of_the_pathway_is_worded() -> None:
    from spinemet_desktop.clinical.pathway.from_case import PATHWAY_PRIMARY
    from spinemet_desktop.present.vocabulary import VOCABULARY

    worded = {value for value, _label in VOCABULARY["pathway_primary"]}
    assert set(PATHWAY_PRIMARY.values()) | {"other"} == worded
    de = renderer("de")
    assert de.fact_value("primary", "lung") == "Lungenkarzinom"
    assert de.fact_value("lesion_pain", "none") == "keine Schmerzen"
