"""Clinical texts that can be shown in another language.

The clinical functions (and the model's fixed names) write English. Every fixed text a person reads (a rule's advice, a
score's band, a reason) is marked with :func:`N_`, and every text built from values with
:func:`fmt`, whose template uses Qt's ``%1``, ``%2`` placeholders. ``pyside6-lupdate`` extracts
both (``scripts/update_translations.sh`` declares them as aliases of ``QT_TR_NOOP``), so the
German catalogue holds them in the context ``""``.

A :class:`Text` is a ``str`` (the English rendering), so everything that stores, compares or
exports results keeps working; :func:`localise` renders it in another language given a
translation function. No Qt here: the caller passes the catalogue's ``translate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, Self

__all__ = ["N_", "Text", "decimal", "fmt", "join", "localise", "utc_offset"]

_PLACEHOLDER = re.compile(r"%(\d+)")

Translate = Callable[[str, str], str]


def N_(text: str) -> str:
    """Marks a fixed clinical text for extraction; returns it unchanged."""
    return text


def decimal(value: float, comma: bool) -> str:
    """A number as computed (no rounding, no trailing zeros), with a decimal comma if asked."""
    text = f"{value:g}" if abs(value) < 1e6 else str(value)
    return text.replace(".", ",") if comma else text


def utc_offset(value: datetime) -> str:
    """A time's UTC offset as a reader in another time zone needs it: "UTC+01:00"."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[str, ...]:
    """A template split once at its placeholders: text, number, text, number, …, text."""
    return tuple(_PLACEHOLDER.split(template))


def _fill(template: str, args: list[str]) -> str:
    """Each ``%n`` replaced by the n-th value; a ``%n`` without a value is kept as it is."""
    if "%" not in template:  # nothing to fill (most fixed texts)
        return template
    pieces = _pieces(template)
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        index = int(pieces[k]) - 1
        out.append(args[index] if 0 <= index < len(args) else "%" + pieces[k])
        out.append(pieces[k + 1])
    return "".join(out)


def _english(arg: Any) -> str:
    if type(arg) is str:  # the commonest value, and str() of it is itself
        return arg
    if isinstance(arg, datetime):
        return f"{arg:%Y-%m-%d %H:%M} {utc_offset(arg)}".rstrip()
    if isinstance(arg, date):
        return f"{arg:%Y-%m-%d}"
    if isinstance(arg, Enum):
        return str(arg.value).replace("_", " ")
    return str(arg)


class Text(str):
    """An English text built from a template and values, which remembers both."""

    template: str
    args: tuple[Any, ...]

    def __new__(cls, template: str, args: tuple[Any, ...] = ()) -> Self:
        made = super().__new__(cls, _fill(template, [_english(a) for a in args]) if args else template)
        made.template = template
        made.args = args
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.args))


def fmt(template: str, *args: Any) -> Text:
    """A text built from a marked template (``"motor score fell by %1 points"``) and values."""
    return Text(template, args)


def join(separator: str, parts: Iterable[Any]) -> Text:
    """Parts joined by a language-neutral separator ("; ", ", "), each part still translatable."""
    items = tuple(parts)
    return Text(separator.join(f"%{i}" for i in range(1, len(items) + 1)), items)


def localise(
    text: Any,
    translate: Translate,
    number: Callable[[float], str] = str,
    label: Callable[[Enum], str] | None = None,
    when: Callable[[date], str] | None = None,
) -> str:
    """Render a clinical text in the catalogue's language.

    Fixed texts are looked up whole (unknown ones, such as text a user typed, come back
    unchanged); a :class:`Text` has its template translated and each value rendered by the same
    rules; floats go through ``number`` (decimal comma), enum members through ``label`` and
    dates through ``when``.
    """
    if text is None:
        return ""
    if isinstance(text, Text):
        template = translate("", text.template) if text.template else text.template
        return _fill(template, [localise(a, translate, number, label, when) for a in text.args])
    if isinstance(text, bool):
        return str(text)
    if isinstance(text, float):
        return number(text)
    if isinstance(text, Enum):
        return label(text) if label is not None else _english(text)
    if isinstance(text, date):
        return when(text) if when is not None else _english(text)
    if isinstance(text, str):
        return translate("", text) if text else text
    return str(text)
