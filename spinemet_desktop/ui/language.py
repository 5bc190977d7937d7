"""The language of the user interface: which one, remembering the choice, switching it.

German on a German system, English otherwise, unless the user chose one (*Settings → Language*,
remembered in ``settings.ini`` in the data folder) or ``SPINEMET_LANG`` (``de`` or ``en``) says
otherwise; ``SPINEMET_PSEUDO=1`` pseudo-localises it (a test mode, :func:`i18n.pseudo`).
Installing a language installs our catalogue (read by :mod:`spinemet_desktop.i18n`, handed to Qt
by :class:`CatalogueTranslator`) and Qt's own (``qtbase_de.qm``, for the buttons of standard
dialogs) and sets the locale used for numbers and dates; widgets built afterwards show it (the main
window rebuilds its widgets on a switch).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from spinemet_desktop import i18n
from spinemet_desktop.store import StoreError
from spinemet_desktop.store.files import make_private
from spinemet_desktop.store.paths import data_dir

#: Each language named in itself, so that a user can find their own in any language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
_LOCALES = {"de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_SETTING = "ui/language"
_installed: list[QTranslator] = []
_pseudo: list[bool] = [False]


class CatalogueTranslator(QTranslator):
    """Qt's translator for our catalogue (no compiled .qm, no lrelease at run time); with
    ``pseudo`` every text comes back inflated (:func:`i18n.pseudo`)."""

    def __init__(self, catalogue: i18n.Catalogue | None, pseudo: bool = False, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.catalogue = catalogue
        self.pseudo = pseudo

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1,
    ) -> str | None:
        # Not in the catalogue: None, which Qt takes for "no translation" and answers with the
        # source text (an empty string would count as a translation and blank the text), so that
        # a caller may try another context and an untranslated text shows up without brackets.
        if self.catalogue is None:
            return i18n.pseudo(source) if self.pseudo else None
        translated = self.catalogue.lookup(context, source)
        if translated is None:
            return None
        return i18n.pseudo(translated) if self.pseudo else translated

    def isEmpty(self) -> bool:
        return False


def qt_catalogue_path(language: str) -> Path | None:
    """Qt's own catalogue (standard dialogs and buttons) for a language, as shipped with PySide6."""
    if language == i18n.SOURCE_LANGUAGE or language not in i18n.LANGUAGES:
        return None
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    return path if path.exists() else None


def system_language() -> str:
    """German on a German system (as Qt reads the system's locale), else English."""
    return i18n.locale_language(QLocale.system().name()) if QLocale.system().name() else i18n.system_language()


def _settings_path() -> Path | None:
    """settings.ini in the data folder (None if the folder cannot be used: the store says why)."""
    try:
        return data_dir() / "settings.ini"
    except StoreError:
        return None


def settings() -> QSettings | None:
    """The user's settings of this program (language, window geometry), in the data folder (None
    if the folder cannot be used)."""
    path = _settings_path()
    return QSettings(str(path), QSettings.Format.IniFormat) if path is not None else None


def saved_language() -> str | None:
    stored = settings()
    value = stored.value(_SETTING) if stored is not None else None
    return value if value in i18n.LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remember the user's choice (None: follow the system again) in a file readable by the user only."""
    stored = settings()
    if stored is None:
        return
    if language is None:
        stored.remove(_SETTING)
    else:
        stored.setValue(_SETTING, language)
    stored.sync()
    make_private(Path(stored.fileName()))


def chosen_language() -> str:
    forced = os.environ.get("SPINEMET_LANG")
    if forced in i18n.LANGUAGES:
        return forced  # type: ignore[return-value]
    return saved_language() or system_language()


def pseudo_requested() -> bool:
    """Whether SPINEMET_PSEUDO=1 asks for pseudo-localisation."""
    return os.environ.get("SPINEMET_PSEUDO") == "1"


def pseudo_installed() -> bool:
    """Whether the language installed last is pseudo-localised (the words built outside Qt's
    translators, present.render, follow it)."""
    return _pseudo[0]


def install(language: str, pseudo: bool | None = None) -> None:
    """Make ``language`` the language of every string translated from now on (``pseudo``:
    inflated; by default as SPINEMET_PSEUDO says)."""
    app = QCoreApplication.instance()
    assert app is not None, "install a language after creating the QApplication"
    while _installed:
        app.removeTranslator(_installed.pop())
    inflate = pseudo_requested() if pseudo is None else pseudo
    _pseudo[0] = inflate
    catalogue = None if language == i18n.SOURCE_LANGUAGE else i18n.Catalogue(language)
    translators: list[QTranslator] = []
    if catalogue is not None or inflate:
        translators.append(CatalogueTranslator(catalogue, inflate, app))
    qt_path = qt_catalogue_path(language)
    if qt_path is not None and not inflate:
        qt = QTranslator(app)
        if not qt.load(str(qt_path)):
            raise i18n.TranslationError(f"cannot load {qt_path}")
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(_LOCALES[language])
    i18n.set_current_language(language)


__all__ = ["LANGUAGE_NAMES", "CatalogueTranslator", "chosen_language", "install", "save_language", "saved_language",
           "system_language"]
