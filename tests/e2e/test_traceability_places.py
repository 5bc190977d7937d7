"""The traceability matrix says where each kind of answer is shown (spinemet_desktop/traceability.py,
DECISION_PLACES and ADVICE_PLACES); this checks it against what the referral PDF and the summary page
actually show for the example cases, so the table cannot drift from the renderers."""

from __future__ import annotations

import io
import re
from html import escape

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import Assessment, assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import Case, case_from_json
from spinemet_desktop.present.vocabulary import SLOTS
from spinemet_desktop.report.pdf import build_referral_pdf
from spinemet_desktop.traceability import ADVICE_PLACES, DECISION_PLACES
from spinemet_desktop.ui.pages.summary import TIMING, render_summary
from tests.conftest import EXAMPLES

#: The first heading after page 1's content in the English referral.
AFTER_PAGE_1 = "Neurological examination (ISNCSCI worksheet)"


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _assessed(path) -> tuple[Case, Assessment]:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_bytes())
    return case, assess(case, reference_time(case, case.encounter.assessed_at))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_referral_shows_each_answer_where_the_matrix_says(path) -> None:  # type: ignore[no-untyped-def]
    case, a = _assessed(path)
    report = build_referral_pdf(case, a, language="en")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(report.data)).pages)
    first, found, rest = text.partition(AFTER_PAGE_1)
    assert found, "the page-1 part of the referral ends at the ISNCSCI worksheet"
    first, rest = _squeezed(first), _squeezed(rest)
    lines = a.pathway.advice()
    assert {line.timing for line in lines} >= {"now", "plan", "info"}
    for line in lines:
        on_page_1 = "referral_p1" in ADVICE_PLACES[line.timing]
        assert (_squeezed(line.text) in first) is on_page_1, (line.rule_ids, line.timing)
        if "referral_later" in ADVICE_PLACES[line.timing] and not on_page_1:
            assert _squeezed(line.text) in rest, line.rule_ids
        for rule_id in line.rule_ids:  # every rule that fired is in the decision trace
            assert re.search(rf"{rule_id}(\[[^\]]*\])?\(", rest), rule_id
    for slot, places in DECISION_PLACES.items():
        label = _squeezed(SLOTS[slot])
        assert (label in first) is ("referral_p1" in places), slot
        assert label in rest, slot  # the trace's table of decisions


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_summary_page_shows_each_answer_where_the_matrix_says(path) -> None:  # type: ignore[no-untyped-def]
    case, a = _assessed(path)
    html = render_summary(case, a)
    titles = {timing: f"<h3>{escape(title)}</h3>" for timing, title in TIMING}
    for line in a.pathway.advice():
        assert "summary" in ADVICE_PLACES[line.timing]
        start = html.index(titles[line.timing])
        end = html.find("<h3>", start + 1)
        assert escape(line.text) in html[start:end], (line.rule_ids, line.timing)
    table = html[:html.index("</table>")]
    for slot, places in DECISION_PLACES.items():
        assert (f"<b>{escape(SLOTS[slot])}</b>" in table) is ("summary" in places), slot
