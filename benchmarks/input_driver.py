"""The work a person does (issue 23): key presses and clicks, counted while pytest-qt drives the real
window offscreen. Run by ``benchmarks/run.py --only inputs`` (a pytest run of this file); it writes
its figures to the JSON file named by SPINEMET_INPUTS_OUT.

* ``keys_to_urgency``: from "New case" (Ctrl+N, counted) to the breast example's urgency shown,
  entering the example's triage facts in the order the triage page asks them (tests/ui/
  triage_expectations.py) — on the triage page, or, in a version without one, on each field's home
  page (going there and adding the lesion are counted).
* ``keys_to_triage``: the same, until every triage fact of the breast example is entered.
* ``keys_to_complete_case``: from "New case" to every entry page complete for the prostate example,
  typed as a practised user types (tests/ui/keyboard.py, ``fast=True``): what the pages require and
  what the scores and the pathway read (free text that nothing requires is left out); the scores
  and the pathway's decisions must then be those of the whole example.
* ``keys_whole_example``: the same with every value of the example, free text included.

Only the widgets' behaviour is used, so the same file measures an older version of the program (the
"before" figures) when that version's package is first on the import path.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import case_from_json
from spinemet_desktop.present.fields import page_of
from spinemet_desktop.present.pages import ENTRY_PAGES
from spinemet_desktop.store import CaseStore
from spinemet_desktop.ui.main_window import MainWindow
from spinemet_desktop.ui.pages.completeness import page_missing
from spinemet_desktop.ui.widgets import DateField
from tests.ui import keyboard
from tests.ui.triage_expectations import BREAST

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"
RESULTS: dict[str, Any] = {}


def _example(name: str):  # type: ignore[no-untyped-def]
    path = next(p for p in sorted(EXAMPLES.glob("*.json")) if p.name.startswith(name))
    return case_from_json(path.read_text(encoding="utf-8"))


def _moments(case: Any) -> tuple[object, ...]:
    """The dates and times of a case that the complete case types."""
    return (case.patient.date_of_birth, case.encounter.assessed_at, case.history.primary_diagnosis_date,
            case.history.pain_onset, case.neuro_exams[-1].examined_at, [x.imaging_date for x in case.imaging.lesions],
            sorted(r.measured_at for r in case.labs.results))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(tmp_path))
    store = CaseStore()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.editor.close_case()
    store.close()


def at_the_bedside(monkeypatch: pytest.MonkeyPatch, case: Any) -> None:
    """The case is entered on the ward when it is assessed: the date fields' clock ("today", "now")
    stands at the example's time of assessment, so that a practised user types the examination time
    as "9:50", the imaging date as "t-1" and the assessment time as "n" (now)."""
    try:
        from spinemet_desktop.model import dates
    except ImportError:  # a version without short dates (the "before" figures) types them in full
        return
    at = case.encounter.assessed_at.astimezone()
    monkeypatch.setattr(dates, "now", lambda: at)


@pytest.fixture(scope="module", autouse=True)
def write_results():  # type: ignore[no-untyped-def]
    yield
    out = os.environ.get("SPINEMET_INPUTS_OUT")
    if out:
        Path(out).write_text(json.dumps(RESULTS), encoding="utf-8")


def test_keys_to_urgency_and_triage(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    at_the_bedside(monkeypatch, _example("breast"))
    expected = assess(_example("breast"), datetime.now().astimezone()).pathway.urgency.level
    bot = keyboard.Inputs(qtbot)
    bot.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.case is not None)
    triage = "triage" in ENTRY_PAGES
    for address, value, *_ in BREAST:
        key = "triage" if triage else page_of(address)
        if editor.current_page().key != key:
            keyboard.go(bot, key)
        page = editor.current_page()
        if not triage and address.startswith("imaging.lesion.") and not editor.case.imaging.lesions:
            bot.key(keyboard.focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add lesion
            qtbot.waitUntil(lambda: len(editor.case.imaging.lesions) == 1)
        field = page.fields[address]
        if isinstance(field, DateField) and isinstance(value, str):  # typed as short as the field reads it
            value = datetime.strptime(value, "%d.%m.%Y %H:%M").astimezone()
        keyboard.type_field(bot, field, value, fast=True, page=page)
        keyboard.QApplication.processEvents()
        if "keys_to_urgency" not in RESULTS and editor.assessment.pathway.urgency.level == expected:
            RESULTS["keys_to_urgency"] = bot.total
    RESULTS["keys_to_triage"] = bot.total
    assert "keys_to_urgency" in RESULTS, "the breast example's urgency was never shown"


@pytest.mark.parametrize("needed_only", [True, False], ids=["complete", "whole"])
def test_keys_to_complete_case(window, qtbot, monkeypatch, needed_only: bool) -> None:  # type: ignore[no-untyped-def]
    """complete: what every page needs to say "complete" and what the scores and the pathway read (free
    text nothing requires is left out); whole: every value of the example."""
    source = _example("prostate")
    at_the_bedside(monkeypatch, source)
    bot = keyboard.Inputs(qtbot)
    keyboard.enter_example(bot, window, source, fast=True, needed_only=needed_only)
    editor = window.editor
    incomplete = {key: page_missing(key, editor.case, editor.assessment) for key in ENTRY_PAGES}
    assert not any(incomplete.values()), incomplete
    typed, expected = editor.assessment, assess(source, editor.assessment.as_of)
    assert {k: d.value for k, d in typed.pathway.decisions.items()} == \
        {k: d.value for k, d in expected.pathway.decisions.items()}
    assert {k: s.total for k, s in typed.scores.items()} == {k: s.total for k, s in expected.scores.items()}
    assert _moments(editor.case) == _moments(source), "every date and time typed short reads as the example's"
    name = "keys_to_complete_case" if needed_only else "keys_whole_example"
    RESULTS[name] = bot.total
    RESULTS[f"{name}_parts"] = bot.parts
