"""ui/plain.py: case data shown as plain text (issue 21), without loading ``html`` at start-up
(issue 26)."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from spinemet_desktop.ui.plain import MAX_TOOLTIP_CHARS, shorten, tooltip


@given(st.text(max_size=300))
def test_a_tooltip_is_the_text_escaped_as_html_escape_does(text: str) -> None:
    expected = "<p style='white-space:pre-wrap'>" + html.escape(shorten(text, MAX_TOOLTIP_CHARS)) + "</p>"
    assert tooltip(text) == (expected if text else "")


def test_markup_in_a_tooltip_stays_text() -> None:
    assert tooltip('<img src="/dev/zero"> & \'x\'') == (
        "<p style='white-space:pre-wrap'>&lt;img src=&quot;/dev/zero&quot;&gt; &amp; &#x27;x&#x27;</p>")
