"""Pathway conformance: every vignette in SPINEMET_SCENARIOS_DIR, each expected output and must_cite."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spinemet_desktop.clinical.pathway import evaluate

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "scenarios"


def _scenarios() -> list[dict]:
    folder = Path(os.environ.get("SPINEMET_SCENARIOS_DIR", DEFAULT_DIR))
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


SCENARIOS = _scenarios()


def test_scenario_folder_is_not_empty() -> None:
    assert SCENARIOS, "no scenarios found; set SPINEMET_SCENARIOS_DIR"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_scenario(scenario: dict) -> None:
    result = evaluate(scenario["facts"])
    expected = dict(scenario["expected"])
    must_cite = expected.pop("must_cite", [])
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
    assert not problems, f"{scenario['id']} {scenario['title']}: " + "; ".join(problems)
