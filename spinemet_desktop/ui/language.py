"""The language of the user interface: which one, remembering the choice, switching it.

German on a German system, English otherwise, unless the user chose one (*Settings → Language*,
remembered in ``settings.ini`` in the data folder) or ``SPINEMET_LANG`` (``de`` or ``en``) says
otherwise; ``SPINEMET_PSEUDO=1`` pseudo-localises it (a test mode, :func:`i18n.pseudo`).
Installing a language installs our catalogue and Qt's own (``qtbase_de.qm``, for the buttons of standard dialogs) and sets the locale used for numbers
and dates; widgets built afterwards show it (the main window rebuilds its widgets on a switch).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from spinemet_desktop import i18n
from spinemet_desktop.store.paths import data_dir

#: Each language named in itself, so that a user can find their own in any language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
_LOCALES = {"de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_SETTING = "ui/language"
_installed: list[QTranslator] = []


def _settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    value = _settings().value(_SETTING)
    return value if value in i18n.LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remember the user's choice (None: follow the system again)."""
    settings = _settings()
    if language is None:
        settings.remove(_SETTING)
    else:
        settings.setValue(_SETTING, language)
    settings.sync()


def chosen_language() -> str:
    forced = os.environ.get("SPINEMET_LANG")
    if forced in i18n.LANGUAGES:
        return forced  # type: ignore[return-value]
    return saved_language() or i18n.system_language()


def pseudo_requested() -> bool:
    return os.environ.get("SPINEMET_PSEUDO") == "1"


def install(language: str, pseudo: bool | None = None) -> None:
    """Make ``language`` the language of every string translated from now on (``pseudo``:
    inflated; by default as SPINEMET_PSEUDO says)."""
    app = QCoreApplication.instance()
    assert app is not None, "install a language after creating the QApplication"
    while _installed:
        app.removeTranslator(_installed.pop())
    translators: list[QTranslator] = []
    for path in (i18n.catalogue_path(language), i18n.qt_catalogue_path(language)):
        if path is not None:
            translator = QTranslator(app)
            if not translator.load(str(path)):
                raise i18n.TranslationError(f"cannot load {path}")
            translators.append(translator)
    if pseudo_requested() if pseudo is None else pseudo:
        translators = [i18n.PseudoTranslator(translators[0] if translators else None, app)]
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(_LOCALES[language])
    i18n.set_current_language(language)


__all__ = ["LANGUAGE_NAMES", "chosen_language", "install", "save_language", "saved_language"]
