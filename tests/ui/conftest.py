"""Shared fixtures for the widget tests: a real main window on an empty store, offscreen."""

from __future__ import annotations

import pytest

from spinemet_desktop.model import Case, case_from_json
from spinemet_desktop.store import CaseStore
from spinemet_desktop.ui.main_window import MainWindow
from tests.conftest import EXAMPLES


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    store = CaseStore()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.editor.close_case()
    store.close()


def new_case_page(window, qtbot, key: str):  # type: ignore[no-untyped-def]
    """A new case with the page ``key`` shown: the editor and the page."""
    window.new_case()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.case is not None)
    editor.go_to(key)
    return editor, editor.current_page()


def example(name: str) -> Case:
    """The example case whose file name contains ``name``."""
    return case_from_json(next(p for p in EXAMPLES if name in p.name).read_text(encoding="utf-8"))


def set_lesion_choice(page, attr: str, value: object) -> None:  # type: ignore[no-untyped-def]
    """Choose an answer in a combo box of the imaging page's lesion form, as a user would."""
    field = page.fields[f"imaging.lesion.*.{attr}"]
    i = field.combo.findData(value)
    field.combo.setCurrentIndex(i)
    field.combo.activated.emit(i)
