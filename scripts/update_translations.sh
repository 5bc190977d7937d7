#!/bin/sh
# Re-extract every translatable string into the Qt Linguist catalogue (keeps existing
# translations; new strings appear as "unfinished"). Translate them with pyside6-linguist.
set -eu
cd "$(dirname "$0")/.."
pyside6-lupdate $(git ls-files 'spinemet_desktop/*.py') \
    -source-language en -target-language de -no-obsolete -locations none \
    -ts resources/translations/spinemet_de.ts
