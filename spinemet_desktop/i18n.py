"""Translations, without Qt: the Qt Linguist catalogue read by the program itself.

English is the source language: strings in the code are English, and
``resources/translations/spinemet_de.ts`` holds the German catalogue (edited with Qt Linguist;
``scripts/update_translations.sh`` re-extracts it with ``pyside6-lupdate``). The same script
writes ``spinemet_de.json``, the catalogue's finished translations as ``{context: {source:
translation}}``, which loads in a millisecond (parsing the XML at start-up takes 35 ms);
``tests/unit/test_translations.py`` checks that the JSON is current. A :class:`Catalogue`
translates for the report, the FHIR narratives and the presentation layer in any language; the
desktop program installs the same catalogue into Qt (:mod:`spinemet_desktop.ui.language`), which
records the language in use here (:func:`current_language`).

Pseudo-localisation is a test mode (``SPINEMET_PSEUDO=1``): every string of the language in use
comes back about 40 % longer, with accented letters and in brackets, so that a screenshot or a
test shows any text that is cut off, and any text that bypasses the translation system.
"""

from __future__ import annotations

import json
import locale
import os
import re
import sys
from functools import cache
from pathlib import Path

LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"

_current = {"language": SOURCE_LANGUAGE}

Messages = dict[str, dict[str, str]]


def current_language() -> str:
    """The language the user interface shows ("de" or "en")."""
    return _current["language"]


def set_current_language(language: str) -> None:
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}")
    _current["language"] = language


class TranslationError(RuntimeError):
    pass


def locale_language(name: str) -> str:
    """German for a German locale name ("de_DE.UTF-8", "German_Germany"), else English."""
    name = name.lower()
    return "de" if name.startswith(("de", "german")) else "en"


def system_language() -> str:
    """German on a German system locale, else English (the desktop program asks Qt instead)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return locale_language(value)
    return locale_language(locale.getlocale()[0] or "")


def default_language() -> str:
    """The language of reports when none is chosen: SPINEMET_LANG if it names one, else the
    system's (the desktop program passes the language of its window instead)."""
    forced = os.environ.get("SPINEMET_LANG")
    if forced in LANGUAGES:
        return forced
    return system_language()


def read_ts(path: Path) -> Messages:
    """The finished translations of a Qt Linguist ``.ts`` file (unfinished ones are left out,
    as ``lrelease`` leaves them out)."""
    import xml.etree.ElementTree as ET  # only for catalogues not yet compiled (not at start-up)

    messages: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            if translation.text:
                messages.setdefault(name, {})[source] = translation.text
    return messages


def _folder() -> Path:
    beside = Path(__file__).with_name("resources") / "translations"
    if beside.is_dir():  # an installed package or a bundle: no need to load importlib.resources at start
        return beside
    from importlib.resources import files

    return Path(str(files("spinemet_desktop.resources").joinpath("translations")))


def write_json(language: str) -> Path:
    """Write the compiled catalogue of a language next to its ``.ts`` (scripts/update_translations.sh)."""
    folder = _folder()
    messages = read_ts(folder / f"spinemet_{language}.ts")
    target = folder / f"spinemet_{language}.json"
    target.write_text(json.dumps(messages, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return target


@cache
def messages(language: str) -> Messages:
    """A language's translations (empty for the source language)."""
    if language == SOURCE_LANGUAGE:
        return {}
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    folder = _folder()
    compiled = folder / f"spinemet_{language}.json"
    if compiled.exists():
        data: Messages = json.loads(compiled.read_text(encoding="utf-8"))
        return data
    ts = folder / f"spinemet_{language}.ts"
    if not ts.exists():
        raise TranslationError(f"no catalogue for {language!r}")
    return read_ts(ts)


class Catalogue:
    """Translations for one language, usable anywhere (no Qt)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._messages = messages(language)

    def lookup(self, context: str, text: str) -> str | None:
        """The translation, or None when the catalogue has none (as Qt's translators report it)."""
        return self._messages.get(context, {}).get(text)

    def translate(self, context: str, text: str) -> str:
        found = self.lookup(context, text)
        return text if found is None else found


# Placeholders, markup and mnemonics stay as they are in a pseudo-translation.
_KEEP = re.compile(r"(<[^>]*>|&[a-zA-Z#0-9]+;|&.|%L?\d|%n|\{[^}]*\}|https?://\S+|\n)")
_ACCENTED = str.maketrans("aeiouycnAEIOUYCN", "àéîõüýçñÀÉÎÕÜÝÇÑ")


def pseudo(text: str) -> str:
    """A pseudo-translation: accented letters, about 40 % longer, in brackets (empty stays empty)."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    letters = sum(len(part) for i, part in enumerate(parts) if i % 2 == 0)
    out = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    padding = max(1, round(letters * 0.4) - 2)
    # The padding comes in short words, as longer words would: a wrapping label can still wrap.
    return f"[{out}{('~~~~~ ' * padding)[:padding].rstrip()}]"


if __name__ == "__main__":  # python -m spinemet_desktop.i18n: write the compiled catalogues
    for lang in LANGUAGES:
        if lang != SOURCE_LANGUAGE:
            sys.stdout.write(f"{write_json(lang)}\n")
