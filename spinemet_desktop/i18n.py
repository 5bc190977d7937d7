"""Translations through Qt's own system: Qt Linguist catalogues compiled with pyside6-lrelease.

English is the source language: strings in the code are English, and
``resources/translations/spinemet_de.ts`` holds the German catalogue. A compiled ``.qm`` is
used from the installed resources when it is at least as new as its ``.ts``; otherwise (a
checkout, an editable install) the ``.ts`` is compiled once with ``pyside6-lrelease`` into the
user's cache folder, keyed by the catalogue's content hash.

A :class:`Catalogue` translates without a QApplication, so the report and the command line can
create a German PDF while the app itself shows English (each report chooses its language). The
desktop program installs the same catalogue (and Qt's own, for the standard dialogs) with
:mod:`spinemet_desktop.ui.language`, which records the language in use here
(:func:`current_language`).

Pseudo-localisation is a test mode (``SPINEMET_PSEUDO=1``): every string of the language in use
comes back about 40 % longer, with accented letters and in brackets, so that a screenshot or a
test shows any text that is cut off, and any text that bypasses the translation system.
"""

from __future__ import annotations

import hashlib
import importlib.util
import locale
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"

_current = {"language": SOURCE_LANGUAGE}


def current_language() -> str:
    """The language the user interface shows ("de" or "en")."""
    return _current["language"]


def set_current_language(language: str) -> None:
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}")
    _current["language"] = language


class TranslationError(RuntimeError):
    pass


def system_language() -> str:
    """German on a German system locale, else English."""
    name = QLocale.system().name() or (locale.getlocale()[0] or "")
    return "de" if name.lower().startswith("de") else "en"


def default_language() -> str:
    """The language of reports when none is chosen: SPINEMET_LANG if it names one, else the
    system's (the desktop program passes the language of its window instead)."""
    forced = os.environ.get("SPINEMET_LANG")
    if forced in LANGUAGES:
        return forced
    return system_language()


def _lrelease() -> str | None:
    """The pyside6-lrelease tool: on PATH, next to this interpreter, or inside the PySide6 package."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe",
                      here / "Scripts" / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (package / name).exists():
                return str(package / name)
    return None


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("SPINEMET_CACHE_DIR") or user_cache_dir("spinemet-desktop", appauthor=False))


def compile_catalogue(ts: Path, qm: Path) -> None:
    tool = _lrelease()
    if tool is None:
        raise TranslationError("pyside6-lrelease was not found; cannot compile the translations")
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.exists():
        raise TranslationError(f"pyside6-lrelease failed on {ts.name}: {result.stderr or result.stdout}")


@cache
def catalogue_path(language: str) -> Path | None:
    """The compiled catalogue for a language (None for the source language)."""
    if language == SOURCE_LANGUAGE:
        return None
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    folder = files("spinemet_desktop.resources").joinpath("translations")
    with as_file(folder.joinpath(f"spinemet_{language}.ts")) as ts:
        shipped = ts.with_suffix(".qm")
        if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
            return shipped
        if not ts.exists():
            raise TranslationError(f"no catalogue for {language!r}")
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
        qm = _cache_dir() / "translations" / f"spinemet_{language}-{digest}.qm"
        if not qm.exists():
            compile_catalogue(ts, qm)
        return qm


def qt_catalogue_path(language: str) -> Path | None:
    """Qt's own catalogue (standard dialogs and buttons) for a language, as shipped with PySide6."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.exists() else None


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


class PseudoTranslator(QTranslator):
    """Inflates the translation of every string (or the English source) into :func:`pseudo` text,
    for layout tests and screenshots. Install it instead of the ``base`` translator."""

    def __init__(self, base: QTranslator | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.base = base

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if self.base is None:
            return pseudo(source)
        # Not in the catalogue: no translation, as with the real catalogue (so a caller may try
        # another context, and an untranslated text shows up without brackets).
        translated = self.base.translate(context, source, disambiguation, n)
        return pseudo(translated) if translated else ""

    def isEmpty(self) -> bool:
        return False


class Catalogue:
    """Translations for one language, usable without a QApplication."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        path = catalogue_path(language)
        if path is not None:
            translator = QTranslator()
            if not translator.load(str(path)):
                raise TranslationError(f"cannot load {path}")
            self._translator = translator

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text
