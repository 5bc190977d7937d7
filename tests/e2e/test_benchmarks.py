"""The benchmark script keeps working (it is run by hand; here only its output shape is checked)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLES, ROOT


def test_benchmark_script_prints_one_json_object() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--json", "--only", "isncsci,assess,store",
         "--runs", "3", "--store-sizes", "50"],
        check=True, capture_output=True, text=True, timeout=300,
    )
    result = json.loads(out.stdout)
    assert result["isncsci_exams"] >= 64
    examples = {json.loads(p.read_text(encoding="utf-8"))["patient"]["record_number"] for p in EXAMPLES}
    assert set(result["assess_ms_per_case"]) == examples and len(examples) >= 3
    assert result["store_50"]["open_case_ms"] > 0
    assert set(result["targets"]) == {"assess_ms", "isncsci_ms", "store_search_ms", "store_startup_check_ms"}
