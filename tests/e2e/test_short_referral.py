"""The short referral of a triage-only case (issue 23): one page, readable, and it says what was not
yet assessed — in English and in German.

The cases are those the triage page tests enter (tests/ui/triage_expectations.py), written into a new
case with the operations the triage page uses, so nothing but the triage facts is recorded.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import Case
from spinemet_desktop.present.render import renderer
from spinemet_desktop.present.view import build_referral_view
from spinemet_desktop.report.pdf import build_referral_pdf
from spinemet_desktop.session import ops
from tests.ui.triage_expectations import SEQUENCES

#: What the page says when nothing but the triage facts is known (heading, and parts always open).
NOT_ASSESSED = {"en": ("Not yet assessed", "Labs", "Staging"), "de": ("Noch nicht erhoben", "Labor", "Staging")}
TITLE = {"en": "Short referral", "de": "Kurzüberweisung"}


def triage_only(name: str) -> Case:
    case = Case()
    case.patient.surname, case.patient.given_name = "Muster", "Erika"
    lesion_id: str | None = None
    for address, value, *_ in SEQUENCES[name]:
        if address == "neuro.deficit_onset_at":
            value = datetime.strptime(str(value), "%d.%m.%Y %H:%M").astimezone()
        made = ops.set_field(address, value, new_lesion=True, lesion_id=lesion_id)(case)
        lesion_id = made or lesion_id
    return case


def _text(data: bytes) -> tuple[int, str]:
    pages = PdfReader(io.BytesIO(data)).pages
    return len(pages), " ".join(" ".join(page.extract_text().split()) for page in pages)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_the_short_referral_of_a_triage_only_case_is_one_page_and_says_what_is_missing(
        name: str, language: str) -> None:
    case = triage_only(name)
    now = datetime.now().astimezone()
    assessment = assess(case, now)
    report = build_referral_pdf(case, assessment, language=language, short=True, created_at=now)
    pages, text = _text(report.data)
    assert pages == report.pages == 1, (name, language)
    assert not report.missing_glyphs
    view = build_referral_view(case, assessment, renderer(language), now)
    assert " ".join(view.urgency.headline.split())[:60] in text, "the urgency first, as on the screen"
    assert TITLE[language] in text
    for words in NOT_ASSESSED[language]:
        assert words in text, (name, language, words)
    assert view.short is not None
    for row in view.short.not_assessed:  # every missing part is named on the page
        assert " ".join(row.label.split())[:25] in text, (name, language, row.label)
    if language == "de":  # nothing left in English
        for english in ("Not yet assessed", "Made from the facts", "Facts that would change", "none recorded"):
            assert english not in text


def test_the_full_referral_is_unchanged_by_the_short_one() -> None:
    case = triage_only("breast")
    now = datetime.now().astimezone()
    assessment = assess(case, now)
    full = build_referral_pdf(case, assessment, language="en", created_at=now)
    short = build_referral_pdf(case, assessment, language="en", short=True, created_at=now)
    assert full.pages > short.pages == 1
    assert "Short referral" not in _text(full.data)[1]
