"""Issue 22: the window fits the screens the wards have, remembers where it was, and a German
system shows no English text.

Screens: 1366 × 768 and 1280 × 720 at 100 % and 125 % scaling (Qt works in logical pixels: at
125 % a 1366 × 768 screen offers 1093 × 614), each less a task bar of 40 physical pixels. The
window is placed as the program places it at start (``place_on_screen``); with its frame it must
lie within the screen, and on the case list and every page nothing may be cut off (tests/ui/layout.py:
labels, buttons, header sections and painted text).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QWidget,
)

from spinemet_desktop.i18n import messages
from spinemet_desktop.ui import language
from spinemet_desktop.ui.main_window import FRAME_GUESS, PREFERRED_SIZE, MainWindow
from tests.ui.layout import clipped_texts
from tests.ui.test_i18n_a11y import _settle, _walk

TASK_BAR = 40


def _available(width: int, height: int, scale: float) -> QRect:
    return QRect(0, 0, round(width / scale), round((height - TASK_BAR) / scale))


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    language.install("en", pseudo=False)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("screen", [(1366, 768, 1.0), (1280, 720, 1.0), (1366, 768, 1.25), (1280, 720, 1.25)],
                         ids=["1366x768", "1280x720", "1366x768@125", "1280x720@125"])
def test_the_window_opens_within_the_screen_and_nothing_is_cut_off(window, qtbot, screen, lang) -> None:  # type: ignore[no-untyped-def]
    language.install(lang, pseudo=False)
    available = _available(*screen)
    placed = MainWindow(window.store)
    qtbot.addWidget(placed)
    placed.place_on_screen(available)
    outer = placed.geometry().marginsAdded(FRAME_GUESS)
    assert available.contains(outer), (outer, available)
    assert placed.width() == min(PREFERRED_SIZE.width(), available.width() - FRAME_GUESS.left() - FRAME_GUESS.right())
    size = (placed.width(), placed.height())
    problems = {}
    for view in _walk(placed, qtbot, size):
        problems[view] = clipped_texts(placed, size)
    placed.editor.close_case()
    assert all(not p for p in problems.values()), {k: v for k, v in problems.items() if v}


def test_the_window_opens_where_it_was_closed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    available = _available(1366, 768, 1.0)
    first = MainWindow(window.store)
    qtbot.addWidget(first)
    first.place_on_screen(available)
    first.show()
    first.setGeometry(QRect(60, 70, 700, 500))
    _settle()
    assert first.close()
    again = MainWindow(window.store)
    qtbot.addWidget(again)
    again.place_on_screen(available)
    assert again.geometry() == QRect(60, 70, 700, 500)
    # Remembered on a larger screen, opened on a smaller one: it shrinks to fit.
    small = _available(1280, 720, 1.25)
    again.place_on_screen(small)
    assert small.contains(again.geometry().marginsAdded(FRAME_GUESS)), again.geometry()


def _english_sources() -> set[str]:
    """Every English source text whose German differs (from the catalogue the program loads)."""
    return {source for texts in messages("de").values() for source, german in texts.items()
            if german and german != source and re.search(r"[a-z]{3}", source)}


def _visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of every text shown: captions, labels, combo box entries, header sections,
    the lines of text browsers and the texts a widget paints."""
    out = [("window", window.windowTitle())]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel) and (w.textFormat() == Qt.TextFormat.RichText or "<" in w.text() and w.textFormat() != Qt.TextFormat.PlainText):
            document = QTextDocument()
            document.setHtml(w.text())  # what is shown, not the links' addresses
            out += [(name, line) for line in document.toPlainText().split("\n")]
        elif isinstance(w, (QLabel, QAbstractButton)):
            out += [(name, line) for line in w.text().split("\n")]
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTextBrowser):
            out += [(name, line) for line in w.toPlainText().split("\n")]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            out += [(name, str(w.model().headerData(i, w.orientation()) or "")) for i in range(w.count())]
        painted = getattr(w, "painted_texts", None)
        if callable(painted):
            out += [(name, text) for _box, _align, text in painted()]
    return out


def test_a_german_system_shows_no_english_text(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On every view, no text shown is an English source text of the catalogue: a text looked up
    before it was filled in, or shown without its translation, is found here."""
    monkeypatch.setattr(language, "system_language", lambda: "de")
    language.install(language.chosen_language(), pseudo=False)
    english = _english_sources()
    german = MainWindow(window.store)
    qtbot.addWidget(german)
    found = {}
    for view in _walk(german, qtbot):
        texts = [(w, t.strip(" :•⚠")) for w, t in _visible_texts(german)]
        found[view] = sorted({f"{w}: {t!r}" for w, t in texts if t in english})
    german.editor.close_case()
    assert all(not f for f in found.values()), {k: v for k, v in found.items() if v}


CODE_NAME = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b(?:history|patient|imaging|neuro|labs)\.[a-z_.]+\b|\b(?:True|False|None)\b(?! [a-z])")


@pytest.mark.parametrize("case", ["new", "breast"])
def test_no_code_names_are_shown(window, qtbot, case: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: missing facts, provenance and results name fields by their labels — no
    "extraspinal_bone_foci", "history.karnofsky" or True/False on any page of an empty new case
    (everything missing) or of an example."""
    from tests.ui.conftest import example

    if case == "new":
        window.new_case()
    else:
        window.show_case(example(case))
    found = {}
    for index in range(len(window.editor.pages)):
        window.editor.go_to_page(index)
        _settle()
        texts = [t for _w, t in _visible_texts(window)]
        texts += [window.editor.nav.item(i).toolTip() for i in range(window.editor.nav.count())]
        found[index] = sorted({m for t in texts for m in CODE_NAME.findall(t)})
    window.editor.close_case()
    assert all(not f for f in found.values()), {k: v for k, v in found.items() if v}
