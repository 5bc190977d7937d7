"""End to end: the installed command line on the example cases, as whole processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "spinemet_desktop", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=120)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert "spinemet-desktop 0.1.0" in result.stdout and "187-003" in result.stdout


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_scores_prints_every_result(path: Path) -> None:
    result = run("scores", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for score in ("sins", "escc", "tokuhashi_revised", "tomita", "bauer", "bauer_modified", "nesms",
                  "linden", "rades_death_2m", "kps", "ecog", "asa", "frankel", "mrc", "scst"):
        entry = data["scores"][score]
        assert {"total", "band", "missing", "citation", "status", "items"} <= set(entry)
    assert data["pathway"]["outputs"]["surgery"]["value"]
    assert data["urgency"]["headline"]
    assert {r["score_id"] for r in data["not_computed"]} >= {"rades_mscc_2008", "westhoff"}


def test_scores_for_the_breast_example_are_the_hand_checked_ones() -> None:
    data = json.loads(run("scores", str(next(p for p in EXAMPLES if "breast" in p.name))).stdout)
    s = data["scores"]
    assert (s["sins"]["total"], s["sins"]["band"]) == (13, "unstable")
    assert s["tokuhashi_revised"]["total"] == 9
    assert s["rades_death_2m"]["total"] == 18
    assert data["isncsci"]["result"]["asia_impairment_scale"] == "C"
    assert data["pathway"]["outputs"]["surgery"]["value"] == "emergency_6h"
    assert data["serial_comparison"]["deteriorated"] is True


def test_trace_words_its_texts_as_the_panel_and_the_referral_do() -> None:
    """The limit of 11.8.4 reads "every course ≤ 98 Gy₂" (pathway.md), as on the panel and the
    referral, not the plain string's "98.0 Gy₂"; a time carries its offset as the renderer writes it."""
    result = run("trace", str(next(p for p in EXAMPLES if "reirradiation" in p.name)))
    assert result.returncode == 0, result.stderr
    assert "derived: every course ≤ 98 Gy₂ and 14.1 months since the last: 135.5 Gy₂ (11.8.4)" in result.stdout
    assert "98.0" not in result.stdout and "120.0" not in result.stdout
    breast = run("trace", str(next(p for p in EXAMPLES if "breast" in p.name)))
    assert "derived: since 19 Nov 2026 08:30 (UTC+01:00)" in breast.stdout


def test_scores_rejects_a_malformed_case_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 7}', encoding="utf-8")
    result = run("scores", str(bad))
    assert result.returncode != 0 and "newer program" in result.stderr


def test_smoke_test_shows_the_case_list_without_loading_the_case_model(data_dir: Path) -> None:
    probe = ("import sys; from spinemet_desktop.cli import main; code = main(['--smoke-test']); "
             "print('loaded:', sorted(m for m in ('pydantic', 'reportlab', 'spinemet_desktop.clinical', "
             "'spinemet_desktop.ui.editor', 'psycopg', 'yaml', 'hashlib', '_ssl', 'uuid', 'html') if m in sys.modules)); "
             "sys.exit(code)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINEMET_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "main window shown with the case list (0 cases)" in result.stdout
    assert "loaded: []" in result.stdout  # the first window needs none of them (start-up time)
    assert (data_dir / "cases.sqlite3").exists()


def test_self_test_opens_every_example_and_builds_its_referrals(data_dir: Path) -> None:
    result = run("--self-test", env_extra={"SPINEMET_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("self-test:")]
    cases = [line for line in lines if "instructions for use" not in line]
    assert len(cases) == len(EXAMPLES)
    # The instructions for use open in both languages and their PDF is at hand.
    assert sorted(line.split(":")[1].strip() for line in lines if "instructions for use" in line) == [
        "instructions for use (de)", "instructions for use (en)"]
    assert any("breast" in line and "urgency emergency" in line and "(de+en)" in line for line in lines)
