"""Bedside vignettes as case files (tests/vignettes/cases), run through `spinemet-desktop scores`.

Each file holds a case and the answers expected from pathway.md §11 (S1-S14), written down from
../shared/clinical before the program was run. The case is written to a file and passed to the
command line, so the check covers the same path as a held-out vignette: file → validation →
assessment → JSON.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from spinemet_desktop.cli import main

FOLDER = Path(__file__).resolve().parents[1] / "vignettes" / "cases"
VIGNETTES = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FOLDER.glob("*.json"))]


def scores(case: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / f"{case['id']}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["scores", str(path)]) == 0
    return json.loads(out.getvalue())


def test_there_are_enough_vignettes() -> None:
    assert len(VIGNETTES) >= 10


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v["id"] for v in VIGNETTES])
def test_case_vignette(vignette: dict[str, Any], tmp_path: Path) -> None:
    result = scores(vignette["case"], tmp_path)
    expected = vignette["expected"]
    outputs = result["pathway"]["outputs"]
    problems: list[str] = []
    if "urgency" in expected and result["urgency"]["level"] != expected["urgency"]:
        problems.append(f"urgency {result['urgency']['level']} ({result['urgency']['headline']})")
    for slot, value in expected.get("outputs", {}).items():
        if outputs[slot]["value"] != value:
            problems.append(f"{slot}: {outputs[slot]['value']!r} (missing {outputs[slot]['missing']})")
    for slot, by_lesion in expected.get("per_lesion", {}).items():
        got = {x["lesion"]: x["value"] for x in outputs[slot]["per_lesion"]}
        if got != by_lesion:
            problems.append(f"{slot} per lesion: {got}")
    cited = {ref for t in result["pathway"]["trace"] for ref in t["refs"]}
    problems += [f"does not cite {ref}" for ref in expected.get("must_cite", []) if ref not in cited]
    for slot, facts in expected.get("assumed", {}).items():
        got = {a["fact"] for a in outputs[slot]["assumed"]}
        if not set(facts) <= got:
            problems.append(f"{slot} assumes {sorted(got)}")
    for kind, level in expected.get("worst_lesion", {}).items():
        got = (result["worst_lesion"] or {}).get(kind) or {}
        if got.get("level") != level:
            problems.append(f"lesion for {kind}: {got}")
    lesions = {lesion["level"]: lesion for lesion in result["lesions"]}
    for level, totals in expected.get("lesion_totals", {}).items():
        if lesions[level]["sins"]["total"] != totals["sins"] or lesions[level]["escc"]["display"] != totals["escc"]:
            problems.append(f"lesion {level} totals")
    for level, bounds in expected.get("sins_range", {}).items():
        if lesions[level]["sins_range"] != bounds:
            problems.append(f"SINS range at {level}: {lesions[level]['sins_range']}")
    for level, figures in expected.get("reirradiation", {}).items():
        got = lesions[level]["reirradiation"]
        if got is None:
            problems.append(f"no re-irradiation figures at {level}")
            continue
        governing = next(x for x in got["levels"] if x["level"] == got["governing_level"])
        for key, value in figures.items():
            actual = got[key] if key in got else governing[key]
            if abs(actual - value) > 0.05:
                problems.append(f"{level} {key}: {actual}")
    for score, items in expected.get("scores_missing", {}).items():
        missing = result["scores"][score]["missing"]
        if not set(items) <= set(missing) or result["scores"][score]["total"] is not None:
            problems.append(f"{score}: total {result['scores'][score]['total']}, missing {missing}")
    for score, items in expected.get("items_unknown", {}).items():
        values = {item["id"]: item["value"] for item in result["scores"][score]["items"]}
        problems += [f"{score}.{item} = {values[item]!r}" for item in items if values[item] is not None]
    if "hypercalcaemia" in expected:
        flags = [f for f in result["labs"]["flags"] if f["id"] == "hypercalcaemia"]
        want = expected["hypercalcaemia"]
        if not flags or flags[0]["grade"] != want["grade"] or flags[0]["severity"] != want["severity"] \
                or abs(result["labs"]["corrected_calcium_mmol_l"] - want["corrected_calcium_mmol_l"]) > 0.005:
            problems.append(f"hypercalcaemia: {flags} corrected {result['labs']['corrected_calcium_mmol_l']}")
    if "deficit_onset_hours" in expected:
        got = result["pathway"]["facts"]["deficit_onset_hours"]["value"]
        if got != expected["deficit_onset_hours"]:
            problems.append(f"deficit onset {got} h")
    for name in expected.get("missing_includes", []):
        if name not in result["pathway"]["missing_facts"]:
            problems.append(f"{name} not among the missing facts {result['pathway']['missing_facts']}")
    if "headline_contains" in expected and expected["headline_contains"] not in result["urgency"]["headline"]:
        problems.append(f"headline: {result['urgency']['headline']}")
    assert not problems, f"{vignette['id']} {vignette['title']}: " + "; ".join(problems)
