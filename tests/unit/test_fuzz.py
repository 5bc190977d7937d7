"""Issue 21: the seeded mutation fuzzer (tests/fuzz.py) over every entry point without a window.

At least 500 files per run; SPINEMET_FUZZ_SEED and SPINEMET_FUZZ_FILES choose others (the larger
run and its figures: docs/security.md). A failure names the seed and the file number.
"""

from __future__ import annotations

import os
from pathlib import Path

from spinemet_desktop.store import CaseStore
from tests.fuzz import run

FILES = max(500, int(os.environ.get("SPINEMET_FUZZ_FILES", "500")))
SEED = int(os.environ.get("SPINEMET_FUZZ_SEED", "21"))


def test_mutated_case_files_are_refused_clearly_or_accepted_alike_by_every_entry_point(tmp_path: Path) -> None:
    store = CaseStore()
    try:
        summary = run(FILES, SEED, tmp_path, store)
    finally:
        store.close()
    assert summary["files"] >= 500
    # The mutations must reach both sides: files that are refused and files that are assessed.
    assert summary["accepted"] >= 25 and summary["refused"] >= 250, summary
