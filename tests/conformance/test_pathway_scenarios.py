"""Pathway conformance: every vignette in SPINEMET_SCENARIOS_DIR and in tests/vignettes/facts, each
expected output, must_cite, and (ours) the rules that must not fire."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spinemet_desktop.clinical.pathway import evaluate

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "scenarios"
#: Our own vignettes (pathway.md §11), written with their expected answers before the code ran.
OWN_DIR = Path(__file__).resolve().parents[1] / "vignettes" / "facts"


def _scenarios(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


SCENARIOS = _scenarios(Path(os.environ.get("SPINEMET_SCENARIOS_DIR", DEFAULT_DIR)))
OWN = _scenarios(OWN_DIR)


def test_scenario_folder_is_not_empty() -> None:
    assert SCENARIOS, "no scenarios found; set SPINEMET_SCENARIOS_DIR"
    assert len(OWN) >= 10


def check(scenario: dict) -> None:
    result = evaluate(scenario["facts"])
    expected = dict(scenario["expected"])
    must_cite = expected.pop("must_cite", [])
    must_not_fire = expected.pop("must_not_cite_rules", [])
    problems = []
    for slot, value in expected.items():
        decision = result.decisions[slot]
        if decision.value != value:
            problems.append(
                f"{slot}: expected {value!r}, got {decision.value!r}"
                + (f" (undetermined, missing {decision.missing})" if decision.value is None else "")
            )
    cited = result.cited()
    problems += [f"does not cite {ref}" for ref in must_cite if ref not in cited]
    fired = {f.rule.id for f in result.fired}
    problems += [f"rule {rule} fired" for rule in must_not_fire if rule in fired]
    assert not problems, f"{scenario['id']} {scenario['title']}: " + "; ".join(problems)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
@pytest.mark.covers("E26", "E27")
def test_scenario(scenario: dict) -> None:
    check(scenario)


@pytest.mark.parametrize("scenario", OWN, ids=[s["id"] for s in OWN])
def test_own_vignette(scenario: dict) -> None:
    check(scenario)
