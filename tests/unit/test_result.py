"""How a points table is summed into a result (clinical/result.py), on a small made-up table."""

from __future__ import annotations

import pytest

from spinemet_desktop.clinical.result import (
    STATUS_TEXT,
    Band,
    Input,
    ItemSpec,
    ScoreResult,
    ScoreSpec,
    Source,
    Status,
    as_input,
    score_points,
    total_bounds,
)


def _points_of_number(value: object) -> int | None:
    return value if isinstance(value, int) and 0 <= value <= 5 else None


SPEC = ScoreSpec(
    id="demo", name="Demo", citation="Demo 2024", status=Status.VERIFIED_SECONDARY,
    items=(
        ItemSpec("colour", "Colour", {"red": 2, "blue": 0}, "case.colour"),
        ItemSpec("count", "Count", _points_of_number),
    ),
    bands=(Band("low", 0, 2, "0–2", "Low."), Band("high", 3, 6, "3–6", "High.")),
    score_range=(0, 7),
    notes=("A note of the table.",),
)


def test_a_complete_table_gives_total_band_and_item_points() -> None:
    result = score_points(SPEC, {"colour": "red", "count": 1}, notes=("extra",), subject="lesion T4")
    assert (result.total, result.display, result.band, result.band_label, result.meaning) == (3, "3", "high", "3–6",
                                                                                                "High.")
    assert [(i.id, i.points, i.source, i.field) for i in result.items] == [
        ("colour", 2, Source.ENTERED, "case.colour"), ("count", 1, Source.ENTERED, None)]
    assert result.missing == () and result.complete
    assert result.notes == ("A note of the table.", "extra")
    assert (result.citation, result.status, result.score_range, result.subject) == (
        "Demo 2024", Status.VERIFIED_SECONDARY, (0, 7), "lesion T4")


@pytest.mark.parametrize(("total_inputs", "band"), [
    ({"colour": "blue", "count": 0}, "low"), ({"colour": "blue", "count": 2}, "low"),
    ({"colour": "blue", "count": 3}, "high"), ({"colour": "red", "count": 4}, "high"),
])
def test_band_edges(total_inputs: dict[str, object], band: str) -> None:
    assert score_points(SPEC, total_inputs).band == band


def test_a_total_outside_every_band_has_no_band() -> None:
    result = score_points(SPEC, {"colour": "red", "count": 5})
    assert (result.total, result.band, result.band_label, result.meaning) == (7, None, None, None)
    assert SPEC.band_for(7) is None and SPEC.band_for(-1) is None
    assert SPEC.band_for(0) == SPEC.bands[0] and SPEC.band_for(6) == SPEC.bands[1]


def test_a_missing_input_leaves_the_total_empty_and_is_named() -> None:
    result = score_points(SPEC, {"colour": "red"})
    assert result.total is None and result.band is None and result.display is None and result.meaning is None
    assert result.missing == ("count",) and not result.complete
    assert result.items[0].points == 2  # what is known is still shown
    assert result.items[1].source is Source.MISSING and result.items[1].points is None
    assert result.notes == SPEC.notes


def test_an_answer_outside_the_table_is_missing_and_said() -> None:
    result = score_points(SPEC, {"colour": "green", "count": 9})
    assert result.total is None and result.missing == ("colour", "count")
    assert [n for n in result.notes if "outside the published table" in n] == [
        "Colour: 'green' is outside the published table.", "Count: 9 is outside the published table."]


def test_zero_points_are_not_missing() -> None:
    result = score_points(SPEC, {"colour": "blue", "count": 0})
    assert result.total == 0 and result.missing == () and result.band == "low"


def test_cap_applies_to_the_sum() -> None:
    capped = ScoreSpec(id="c", name="C", citation="", status=Status.VERIFIED, items=SPEC.items,
                       bands=(Band("all", 0, 3, "0–3", "Capped."),), cap=3)
    assert score_points(capped, {"colour": "red", "count": 5}).total == 3
    assert score_points(capped, {"colour": "red", "count": 1}).total == 3
    assert score_points(capped, {"colour": "blue", "count": 2}).total == 2


def test_inputs_keep_their_provenance() -> None:
    derived = Input("red", Source.DERIVED, "from the history", "history.colour", "demo.colour")
    item = score_points(SPEC, {"colour": derived, "count": 1}).items[0]
    assert (item.source, item.derivation, item.field, item.target) == (
        Source.DERIVED, "from the history", "history.colour", "demo.colour")
    assert as_input(derived) is derived
    assert as_input(None).source is Source.MISSING and as_input(0).source is Source.ENTERED
    missing = Input.missing("history.colour", "not recorded")
    assert (missing.value, missing.source, missing.field, missing.derivation) == (
        None, Source.MISSING, "history.colour", "not recorded")


def _result(**changes: object) -> ScoreResult:
    base = score_points(SPEC, {"colour": "red", "count": 1})
    values = {name: getattr(base, name) for name in base.__dataclass_fields__}
    return ScoreResult(**{**values, **changes})  # type: ignore[arg-type]


def test_complete_needs_applicable_nothing_missing_and_a_computed_table() -> None:
    assert _result().complete
    assert not _result(applicable=False).complete
    assert not _result(missing=("count",)).complete
    assert not _result(status=Status.NOT_COMPUTED).complete
    assert _result(status=Status.PROVISIONAL).complete


@pytest.mark.parametrize(("status", "words"), [
    (Status.VERIFIED, "verified"), (Status.VERIFIED_SECONDARY, "secondary sources"),
    (Status.PROVISIONAL, "provisional — table not yet verified"), (Status.NOT_COMPUTED, "not available"),
])
def test_status_texts(status: Status, words: str) -> None:
    # shared/clinical/README.md: provisional tables are labelled "provisional — table not yet verified"
    assert words in STATUS_TEXT[status] and _result(status=status).status_text == STATUS_TEXT[status]
    assert set(STATUS_TEXT) == set(Status)


def test_to_dict_is_plain_data() -> None:
    data = _result(notes=("n",)).to_dict()
    assert data["status"] == "verified_secondary" and data["complete"] is True
    assert data["status_text"] == STATUS_TEXT[Status.VERIFIED_SECONDARY]
    assert data["items"][0] == {"id": "colour", "label": "Colour", "value": "red", "points": 2, "source": "entered",
                                "derivation": None, "field": "case.colour", "target": None}
    assert data["total"] == 3 and data["notes"] == ("n",)


def test_total_bounds_put_each_missing_item_at_its_least_and_most_points() -> None:
    # colour is a table (0 or 2 points), count a rule: only an item with a table has known bounds
    assert total_bounds(SPEC, score_points(SPEC, {"colour": "red", "count": 1})) == (3, 3)
    assert total_bounds(SPEC, score_points(SPEC, {"count": 1})) == (1, 3)
    assert total_bounds(SPEC, score_points(SPEC, {"colour": "green", "count": 4})) == (4, 6)
    assert total_bounds(SPEC, score_points(SPEC, {"colour": "red"})) is None
    assert total_bounds(SPEC, score_points(SPEC, {})) is None
    capped = ScoreSpec(id="c", name="C", citation="", status=Status.VERIFIED, items=SPEC.items, cap=3)
    assert total_bounds(capped, score_points(capped, {"count": 2})) == (2, 3)
    empty = ScoreSpec(id="e", name="E", citation="", status=Status.VERIFIED, items=(ItemSpec("none", "None", {}),))
    assert total_bounds(empty, score_points(empty, {})) is None
