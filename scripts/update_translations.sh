#!/bin/sh
# Re-extract every translatable string into the Qt Linguist catalogue (keeps existing
# translations; new strings appear as "unfinished"). Translate them with pyside6-linguist, then run
# this script again: it also writes resources/translations/spinemet_de.json, which the program loads.
# N_() and fmt() (spinemet_desktop/model/text.py) mark clinical texts; lupdate reads them as
# QT_TR_NOOP, so they land in the context "".
set -eu
cd "$(dirname "$0")/.."
# The form declarations (forms/*.yaml) reach the catalogue through a generated Python file.
python -m spinemet_desktop.present.forms.extract
pyside6-lupdate $(git ls-files 'spinemet_desktop/*.py') \
    -tr-function-alias QT_TR_NOOP+=N_,QT_TR_NOOP+=fmt \
    -source-language en -target-language de -no-obsolete -locations none \
    -ts resources/translations/spinemet_de.ts
# What the program loads: the finished translations as JSON (spinemet_desktop/i18n.py).
python -m spinemet_desktop.i18n
