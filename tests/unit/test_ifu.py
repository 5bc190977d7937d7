"""The instructions for use: the same sections in German and English, every score and every rule id
of the program in both, and a PDF that reads back."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from spinemet_desktop.cli import main
from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.pathway import RULES
from spinemet_desktop.clinical.pathway.guideline import SAFETY_RULES
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.clinical.scores import SPECS
from spinemet_desktop.clinical.scores.not_computed import REFERENCE_SCORES
from spinemet_desktop.i18n import Catalogue
from spinemet_desktop.model import case_from_json
from spinemet_desktop.report import ifu
from spinemet_desktop.traceability import score_catalogue
from tests.conftest import EXAMPLES

LANGUAGES = ("de", "en")


def _text(language: str) -> str:
    return ifu.load_markdown(language)


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_is_there_in_both_languages_in_the_same_order(language: str) -> None:
    assert ifu.section_ids(_text(language)) == list(ifu.SECTIONS)
    blocks = ifu.parse(_text(language))
    anchors = [b.anchor for b in blocks if isinstance(b, ifu.Heading) and b.level == 2]
    assert anchors == list(ifu.SECTIONS)


def _score_names() -> set[str]:
    names = {spec.name for spec in SPECS.values()} | {r.name for r in score_catalogue()}
    names |= {ref.name for ref in REFERENCE_SCORES}
    for path in EXAMPLES:
        case = case_from_json(path.read_bytes())
        a = assess(case, reference_time(case, case.encounter.assessed_at))
        names |= {r.name for r in a.all_scores()} | {r.name for r in a.reference_scores}
    return names


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_score_of_the_program_is_named_with_citation_and_status(language: str) -> None:
    catalogue = Catalogue(language)
    text = _text(language)
    missing = [name for name in _score_names() if catalogue.translate("", name) not in text]
    assert missing == []
    for result in score_catalogue():
        assert result.citation in text and catalogue.translate("", result.version) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_id_of_the_program_is_in_the_instructions(language: str) -> None:
    text = _text(language)
    ids = [rule.id for rule in RULES] + [item.id for item in SAFETY_RULES]
    assert [i for i in ids if not re.search(rf"\*\*{i}\*\*|\b{i}\b", text)] == []
    # The generated rule table lists each rule with its title in the language.
    catalogue = Catalogue(language)
    assert [r.id for r in RULES if catalogue.translate("", r.title).replace("|", "\\|") not in text] == []


def test_the_german_text_is_german_where_it_is_generated() -> None:
    de = _text("de")
    assert "nicht umgesetzt" in de and "Angezeigt in" in de and "Verifizierungsstatus" in de
    assert not re.search(r"\b(out of scope|advice only|implemented|Shown in|Verification status)\b", de)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_reads_back_with_every_section(language: str) -> None:
    pdf = ifu.build_pdf(language)
    assert pdf.missing_glyphs == [] and pdf.pages >= 10
    reader = PdfReader(io.BytesIO(pdf.data))
    text = _squeezed("\n".join(page.extract_text() for page in reader.pages))
    headings = [b.text for b in ifu.parse(_text(language)) if isinstance(b, ifu.Heading) and b.level == 2]
    assert len(headings) == len(ifu.SECTIONS)
    assert [h for h in headings if _squeezed(h) not in text] == []
    assert _squeezed(ifu.TITLE[language]) in text
    assert len(reader.pages) == pdf.pages


def test_the_window_text_links_nowhere_outside() -> None:
    html = ifu.html_document("en")
    assert not re.search(r"href=['\"](?!#)", html)
    for section in ifu.SECTIONS:
        assert f"<a name='{section}'>" in html and f"href='#{section}'" in html
    assert "<img" not in html


def test_markup_is_escaped_and_links_are_only_text() -> None:
    assert ifu.inline("see [the site](https://example.org) <script>", str) == "see the site &lt;script&gt;"
    assert ifu.inline("**a** *b* `c`", lambda s: f"[{s}]") == "<b>a</b> <i>b</i> [c]"
    blocks = ifu.parse("<!-- section:x -->\n## Title\n\n- one\n  two\n- three\n\n| a | b \\| c |\n|---|---|\n| 1 | 2 |\n")
    assert blocks == [ifu.Heading(2, "Title", "x"), ifu.Bullets(("one two", "three")),
                      ifu.TableBlock(("a", "b | c"), (("1", "2"),))]


def test_the_command_writes_the_instructions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ifu.pdf"
    assert main(["instructions", "-o", str(out), "--lang", "de"]) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Gebrauchsanweisung" in text and "Zweckbestimmung" in text
