"""Issue 21: the fuzzer's accepted files opened in the editor, every page visited (tests/fuzz.py
makes the same files as tests/unit/test_fuzz.py; this takes the first ones the import accepts)."""

from __future__ import annotations

import time
from pathlib import Path

from spinemet_desktop.model import CaseFileError
from tests.fuzz import HANG_SECONDS, mutated
from tests.unit.test_fuzz import SEED

OPENED = 20


def test_accepted_mutated_files_open_in_the_editor_and_every_page_shows(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened = 0
    number = 0
    while opened < OPENED:
        assert number < 2000, f"only {opened} of {number} files were accepted"
        path = tmp_path / f"fuzz-{number}.json"
        path.write_bytes(mutated(SEED, number))
        number += 1
        try:
            case = window.store.import_file(path)
        except CaseFileError:
            continue
        started = time.perf_counter()
        window.open_case(case.id)
        editor = window.editor
        assert editor.case is not None and editor.case.id == case.id, f"file {number - 1} of seed {SEED}"
        for page in range(len(editor.pages)):
            editor.go_to_page(page)
            qtbot.wait(1)
        assert time.perf_counter() - started < HANG_SECONDS, f"file {number - 1} of seed {SEED}"
        window.show_list()
        opened += 1
