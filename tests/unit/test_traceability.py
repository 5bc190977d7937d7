"""The traceability matrix (docs/traceability.md and the instructions for use) is current, maps every
guideline item to rules, a program function or a recorded reason, and every rule has a test."""

from __future__ import annotations

import re

import pytest

from spinemet_desktop import traceability as t
from spinemet_desktop.clinical.pathway import RULES
from spinemet_desktop.clinical.pathway.facts import FACT_KEYS
from spinemet_desktop.clinical.pathway.guideline import (
    ELSEWHERE,
    ITEMS_BY_ID,
    OUT_OF_SCOPE,
    PLACE_KEYS,
)
from spinemet_desktop.clinical.pathway.rules import SLOTS, Timing


@pytest.fixture(scope="module")
def found() -> dict[str, tuple[str, ...]]:
    return t.collect_tests()


def test_the_generated_files_are_current(found: dict[str, tuple[str, ...]]) -> None:
    stale = [path.name for path, text in t.outputs(found).items() if path.read_text(encoding="utf-8") != text]
    assert stale == [], f"run python -m spinemet_desktop.traceability (not current: {stale})"


def test_every_guideline_item_is_listed_once() -> None:
    ids = [row.item.id for rows in t.matrix({}).values() for row in rows]
    assert ids == ([f"E{n}" for n in range(1, 87)] + [f"F{n}" for n in range(1, 12)]
                   + [f"S{n}" for n in range(1, 15)])


def test_every_item_has_a_rule_a_program_function_or_a_recorded_reason(found: dict[str, tuple[str, ...]]) -> None:
    rows = [row for rows in t.matrix(found).values() for row in rows]
    assert [row.item.id for row in rows if row.status == "missing"] == []
    for row in rows:
        if row.status == "out_of_scope":
            assert row.reason is not None and row.reason.reason and row.reason.section, row.item.id


def test_an_item_without_rule_function_or_reason_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: take a recorded reason away and the item is not mapped."""
    monkeypatch.delitem(OUT_OF_SCOPE, "E82")
    row = next(r for r in t.matrix({})["E"] if r.item.id == "E82")
    assert row.status == "missing"
    assert "NOT MAPPED" in t.summary_line(t.matrix({}))


def test_every_rule_has_a_test(found: dict[str, tuple[str, ...]]) -> None:
    assert [rule.id for rule in RULES if not found.get(rule.id)] == []


def test_every_implemented_or_advised_item_has_a_test(found: dict[str, tuple[str, ...]]) -> None:
    untested = [row.item.id for rows in t.matrix(found).values() for row in rows
                if row.status in ("implemented", "advice") and not row.tests]
    assert untested == []


def test_the_marker_is_found_as_pytest_collects_it(found: dict[str, tuple[str, ...]]) -> None:
    # One parameter of a table-driven test, and a decorated test function.
    assert "tests/unit/test_pathway_rules.py::test_rule[A9]" in found["A9"]
    assert any("test_safety_rules.py::test_s4_" in nodeid for nodeid in found["S4"])
    assert set(found) <= set(ITEMS_BY_ID) | {rule.id for rule in RULES}, set(found) - set(ITEMS_BY_ID)


def test_a_reason_is_recorded_only_for_what_no_rule_or_function_implements() -> None:
    for item_id in OUT_OF_SCOPE:
        assert t.rules_for(item_id) == () and item_id not in ELSEWHERE, item_id


def test_the_places_cover_every_output_timing_and_program_function() -> None:
    assert set(t.DECISION_PLACES) == set(SLOTS)
    assert set(t.ADVICE_PLACES) == set(Timing)
    assert set(t.PLACE_WORDS) == set(PLACE_KEYS)
    used = {p for places in (*t.DECISION_PLACES.values(), *t.ADVICE_PLACES.values(), t.QUALIFIER_PLACES) for p in places}
    used |= {p for entry in ELSEWHERE.values() for p in entry.shown}
    assert used <= set(PLACE_KEYS)
    for entry in ELSEWHERE.values():
        assert entry.modules and entry.shown
        assert all((t.ROOT / module).exists() for module in entry.modules), entry.modules


def test_the_pages_are_named_by_the_titles_the_program_shows() -> None:
    from spinemet_desktop.ui.pages import TITLES

    pages = {words for key, words in t.PLACE_WORDS.items() if key.endswith("_page")}
    assert len(pages) == 4 and pages <= set(TITLES.values())


def test_the_summary_line_counts_the_matrix(found: dict[str, tuple[str, ...]]) -> None:
    m = t.matrix(found)
    line = t.summary_line(m)
    doc = t.DOC.read_text(encoding="utf-8")
    assert f"**Summary:** {line}" in doc
    counts = t.counts(m["E"])
    assert sum(counts.values()) == 86 and counts["missing"] == 0
    assert re.search(rf"Empfehlungen E1–E86: {counts['implemented']} implemented, {counts['advice']} advice only, "
                     rf"{counts['out_of_scope']} out of scope with reasons", line)


def test_how_a_missing_fact_is_handled_is_said_for_every_fact() -> None:
    kinds = {key: t.missing_handling(key) for key in FACT_KEYS}
    assert kinds["previously_irradiated"] == "recorded_only" and kinds["deteriorating"] == "escalator"
    assert kinds["operable"] == "planned_for_worse" and kinds["primary"] == "default"
    assert set(kinds.values()) <= set(t.MISSING_HANDLING)


def test_generated_blocks_are_replaced_and_checked() -> None:
    text = "a\n<!-- generated:x -->\nold\n<!-- end generated:x -->\nb\n"
    assert t.fill_blocks(text, {"x": "new\n"}) == "a\n<!-- generated:x -->\nnew\n<!-- end generated:x -->\nb\n"
    with pytest.raises(KeyError):
        t.fill_blocks(text, {"x": "new\n", "y": "lost\n"})
    with pytest.raises(KeyError):
        t.fill_blocks(text, {})
