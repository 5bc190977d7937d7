"""Translatable clinical texts: English by default, rendered in another language on request."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_desktop.model.enums import Ambulatory
from spinemet_desktop.model.text import Text, fmt, join, localise

GERMAN = {
    "motor score fell by %1 points (%2 → %3)": "Motorik-Score um %1 Punkte gefallen (%2 → %3)",
    "not ambulatory": "nicht gehfähig",
    "ambulatory: %1": "Gehfähigkeit: %1",
    "%1 to %2": "%1 bis %2",
    "calcium %1 %2 above the reference range": "Kalzium %1 %2 über dem Referenzbereich",
}


def _german(context: str, text: str) -> str:
    assert context == ""
    return GERMAN.get(text, text)


@pytest.mark.parametrize(
    ("text", "english", "german"),
    [
        (fmt("motor score fell by %1 points (%2 → %3)", 16, "90", "74"),
         "motor score fell by 16 points (90 → 74)", "Motorik-Score um 16 Punkte gefallen (90 → 74)"),
        (join("; ", ["not ambulatory", fmt("motor score fell by %1 points (%2 → %3)", 2, 10, 8)]),
         "not ambulatory; motor score fell by 2 points (10 → 8)",
         "nicht gehfähig; Motorik-Score um 2 Punkte gefallen (10 → 8)"),
        (fmt("ambulatory: %1", Ambulatory.NOT_AMBULATORY), "ambulatory: not ambulatory",
         "Gehfähigkeit: LABEL(not_ambulatory)"),
        (fmt("%1 to %2", date(2019, 3, 14), date(2026, 11, 20)), "2019-03-14 to 2026-11-20",
         "14.03.2019 bis 20.11.2026"),
        (fmt("calcium %1 %2 above the reference range", 2.85, "mmol/L"),
         "calcium 2.85 mmol/L above the reference range", "Kalzium 2,85 mmol/L über dem Referenzbereich"),
        ("not ambulatory", "not ambulatory", "nicht gehfähig"),
        ("text a clinician typed", "text a clinician typed", "text a clinician typed"),
    ],
)
def test_english_and_german_rendering(text: str, english: str, german: str) -> None:
    assert str(text) == english
    assert text == english  # a Text is the English string for storing, comparing and exporting
    rendered = localise(
        text, _german,
        number=lambda v: f"{v:g}".replace(".", ","),
        label=lambda e: f"LABEL({e.value})",
        when=lambda d: d.strftime("%d.%m.%Y"),
    )
    assert rendered == german


def test_datetimes_render_with_their_time_in_english() -> None:
    assert fmt("since %1", datetime(2026, 11, 19, 7, 30)) == "since 2026-11-19 07:30"


def test_texts_survive_pickling_and_json() -> None:
    text = fmt("motor score fell by %1 points (%2 → %3)", 16, "90", "74")
    back = pickle.loads(pickle.dumps(text))
    assert isinstance(back, Text) and back == text and back.template == text.template and back.args == text.args
    assert json.loads(json.dumps({"why": text})) == {"why": "motor score fell by 16 points (90 → 74)"}


def test_a_missing_argument_leaves_its_placeholder_visible() -> None:
    assert fmt("%1 and %2", "one") == "one and %2"


def test_none_renders_as_empty_text() -> None:
    assert localise(None, _german) == ""


_plain = st.text(alphabet=st.characters(blacklist_characters="%", blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(_plain, max_size=6), st.sampled_from(["; ", ", ", " + "]))
def test_join_equals_str_join(parts: list[str], separator: str) -> None:
    text = join(separator, parts)
    assert text == separator.join(parts)
    assert localise(text, lambda _c, t: t) == separator.join(parts)


@given(st.lists(st.one_of(_plain, st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
                min_size=1, max_size=5))
def test_identity_translation_renders_the_english_text(args: list[object]) -> None:
    template = " | ".join(f"%{i}" for i in range(1, len(args) + 1))
    text = fmt(template, *args)
    assert localise(text, lambda _c, t: t) == str(text)


@pytest.mark.parametrize(("value", "comma", "shown"), [
    (2.35, True, "2,35"), (2.35, False, "2.35"), (92.3, True, "92,3"), (1.0, True, "1"), (0.85, False, "0.85"),
])
def test_decimal_keeps_the_computed_digits(value: float, comma: bool, shown: str) -> None:
    from spinemet_desktop.model.text import decimal

    assert decimal(value, comma) == shown


def _fill_by_pattern(template: str, args: list[str]) -> str:
    """The plain substitution the split templates (issue 26) must reproduce."""
    import re

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d+)", one, template)


@given(st.lists(st.one_of(st.text(alphabet="ab %1209٣", max_size=6), st.sampled_from(["%1", "%2", "%10", "%0", "%"])),
                max_size=8).map("".join),
       st.lists(st.text(alphabet="xy%1 ", max_size=4), max_size=11))
def test_texts_fill_their_placeholders_as_the_plain_substitution_does(template: str, args: list[str]) -> None:
    from spinemet_desktop.model.text import _fill

    assert _fill(template, args) == _fill_by_pattern(template, args)
    assert str(fmt(template, *args)) == _fill_by_pattern(template, args)
