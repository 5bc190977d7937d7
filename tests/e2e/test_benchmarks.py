"""The benchmark script keeps working (it is run by hand; here only its output shape is checked)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLES, ROOT


def test_benchmark_script_prints_one_json_object() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--json", "--only", "isncsci,assess,store,open_case,startup,edit",
         "--runs", "3", "--store-sizes", "50", "--process-runs", "1", "--presses", "4"],
        check=True, capture_output=True, text=True, timeout=300,
    )
    result = json.loads(out.stdout)
    assert result["isncsci_exams"] >= 64
    examples = {json.loads(p.read_text(encoding="utf-8"))["patient"]["record_number"] for p in EXAMPLES}
    assert set(result["assess_ms_per_case"]) == examples and len(examples) >= 3
    assert result["store_50"]["open_case_ms"] > 0
    assert result["open_case_ms"] > 0 and result["open_case_after_warm_up_ms"] > 0
    # The floors: Qt alone for the first window (benchmarks/qt_floor.py) and for a key press.
    assert result["startup_qt_floor_ms"] > 0 and result["startup_qt_floor_ratio"] > 0
    assert result["edit_to_panel_presses"] == 4
    assert 0 < result["edit_to_panel_qt_floor_ms"] <= result["edit_to_panel_qt_floor_ms_p95"]
    assert set(result["targets"]) == {"assess_ms", "isncsci_ms", "isncsci_cold_ms", "open_case_ms", "store_search_ms",
                                      "store_startup_check_ms", "startup_ratio", "startup_peak_rss_ratio",
                                      "edit_to_panel_ms_p95"}


def test_the_input_benchmark_counts_the_work_of_a_person() -> None:
    """benchmarks/input_driver.py under pytest-qt: the counts, each part of the work counted."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--json", "--only", "inputs"],
                         check=True, capture_output=True, text=True, timeout=600)
    result = json.loads(out.stdout)
    assert 0 < result["keys_to_urgency"] <= result["keys_to_triage"]
    assert sum(result["keys_to_complete_case_parts"].values()) == result["keys_to_complete_case"]
    assert result["keys_to_complete_case"] < result["keys_whole_example"]
    assert set(result["targets"]) == {"keys_to_urgency", "keys_to_complete_case"}
