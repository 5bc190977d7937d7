"""The German catalogue: current with the code, complete where the PDF needs it, and working."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spinemet_desktop.i18n import Catalogue, _lrelease
from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "spinemet_de.ts"
#: Contexts printed in the referral PDF; every message in them must be translated.
PDF_CONTEXTS = {"report", "labels", ""}


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _aliases() -> str:
    """The translation-function aliases, as scripts/update_translations.sh declares them."""
    script = (ROOT / "scripts" / "update_translations.sh").read_text(encoding="utf-8")
    found = re.search(r"-tr-function-alias (\S+)", script)
    assert found, "update_translations.sh declares no -tr-function-alias"
    return found.group(1)


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    files = sorted(str(p) for p in (ROOT / "spinemet_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-tr-function-alias", _aliases(), "-source-language", "en",
                    "-target-language", "de", "-locations", "none", "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run scripts/update_translations.sh; new strings: {sorted(missing)[:10]}"


def test_pdf_contexts_are_fully_translated() -> None:
    unfinished = [src for (ctx, src), m in _messages(TS).items()
                  if ctx in PDF_CONTEXTS and (m.find("translation").get("type") == "unfinished"
                                              or not (m.findtext("translation") or "").strip())]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for (_ctx, source), message in _messages(TS).items():
        translation = message.findtext("translation") or ""
        if message.find("translation").get("type") == "unfinished":
            continue
        for placeholder in ("%1", "%2", "%3", "%4", "%5"):
            assert (placeholder in source) == (placeholder in translation), (source, translation)


def test_catalogue_translates_without_a_qapplication() -> None:
    assert _lrelease() is not None
    de = Catalogue("de")
    assert de.translate("report", "Page %1 of %2") == "Seite %1 von %2"
    assert de.translate("labels", "Spine centre") == "Wirbelsäulenzentrum"
    assert de.translate("report", "a text nobody translated") == "a text nobody translated"
    assert Catalogue("en").translate("report", "Page %1 of %2") == "Page %1 of %2"


def test_unknown_language_is_refused() -> None:
    from spinemet_desktop.i18n import TranslationError, catalogue_path

    with pytest.raises(TranslationError):
        catalogue_path("fr")
