"""Case data and file content meet widgets as plain text, shortened — never as markup.

Qt guesses whether a label's, a message box's or a tooltip's text is rich text (HTML) and renders
it if it looks like it: a patient called ``<img src="/dev/zero">`` would make Qt read that file
until memory runs out, a network path would make Windows try to log in to another computer, and
``<font size=40>`` would restyle the window. Every label or message that can show text from a
case, a file, a settings file or an error message is therefore plain text (:func:`plain_label`,
:func:`message_box`), and tooltips, which have no plain-text mode, are escaped (:func:`tooltip`).
Long values are shortened: a 5 MB value would take Qt many seconds to lay out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: A message box says at most this much (a value from a file may be megabytes long).
MAX_MESSAGE_CHARS = 2000
#: A tooltip says at most this much.
MAX_TOOLTIP_CHARS = 1000
#: A window title says at most this much.
MAX_TITLE_CHARS = 120
#: A word longer than this is given places where it may wrap (a zero-width space), so that one
#: 2,000-character "word" does not make a dialog wider than the screen.
#: What html.escape replaces (the same result): ``html`` itself is not imported at start-up, as
#: its table of named entities costs half a megabyte of memory (issue 26).
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_LONG_WORD = re.compile(r"\S{80}(?=\S)")


def shorten(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` cut to ``limit`` characters (with "…"), long words breakable."""
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return _LONG_WORD.sub(lambda m: m.group() + "\u200b", text)


def title(text: str) -> str:
    """A window title from text that may come from a case (titles are plain; only length matters)."""
    return shorten(" ".join(text.split()), MAX_TITLE_CHARS)


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` as it is: escaped inside rich text of our own (Qt has no
    plain-text tooltips), line breaks kept, shortened."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + shorten(text, MAX_TOOLTIP_CHARS).translate(_MARKUP) + "</p>"


def plain_label(label: QLabel | None = None, text: str = "") -> QLabel:
    """A label that shows its text as plain text (a new one if none is given)."""
    if label is None:
        label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        label.setText(text)
    return label


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, caption: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box whose text is plain and shortened (``QMessageBox.warning`` and its siblings
    guess rich text)."""
    box = QMessageBox(icon, title(caption), shorten(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, icon: QMessageBox.Icon, caption: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox.StandardButton:
    """Show a plain-text message box and wait for the answer (the button chosen)."""
    box = message_box(parent, icon, caption, text, buttons, default)
    answer = box.exec()
    box.deleteLater()
    return QMessageBox.StandardButton(answer)


def warn(parent: QWidget | None, caption: str, text: str) -> None:
    """A plain-text warning, waited for."""
    ask(parent, QMessageBox.Icon.Warning, caption, text)


__all__ = ["MAX_MESSAGE_CHARS", "MAX_TITLE_CHARS", "MAX_TOOLTIP_CHARS", "ask", "message_box", "plain_label",
           "shorten", "title", "tooltip", "warn"]
