"""The German catalogue: current with the code, complete, in the guideline's words, and working."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spinemet_desktop.i18n import Catalogue, read_ts
from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "spinemet_de.ts"
#: The shared glossary (English · Deutsch · Français, with the guideline's own German terms).
GLOSSARY = Path(os.environ.get("SPINEMET_GLOSSARY", ROOT.parent / "shared" / "clinical" / "glossary.md"))


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


def test_every_message_is_translated() -> None:
    messages = _messages(TS)
    unfinished = [(ctx, src) for (ctx, src), m in messages.items()
                  if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    assert len(messages) >= 150


def _guideline_terms() -> dict[str, set[str]]:
    """English option -> the German wordings the glossary gives for it where the German is the
    guideline's own (note "LL ..."); rows list options separated by " · " in the same order.
    Matching is case-insensitive: the catalogue writes answers in lower case."""
    terms: dict[str, set[str]] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cols) < 5 or not cols[4].startswith("LL"):
            continue
        english, german = cols[1].split(" · "), cols[2].split(" · ")
        if len(english) == len(german):
            for en, de in zip(english, german):
                # A bare lower-case word ("low") names different things in different places.
                if en != en.lower() or " " in en.strip():
                    terms.setdefault(_plain(en), set()).add(_plain(de))
    return terms


def _plain(text: str) -> str:
    """Case, spacing around slashes and the glossary's short level ranges (T3–10 = T3–T10) aside."""
    text = re.sub(r"\b([CTLS])(\d+)–\1(\d+)", r"\1\2–\3", text.strip()).lower()
    return re.sub(r"\s*/\s*", "/", text)


def test_guideline_terms_follow_the_guideline_wording() -> None:
    """Where a message is a term the glossary marks as the guideline's own, the German must be
    the guideline's wording (e.g. SINS answers as in its Table 4)."""
    terms = _guideline_terms()
    assert len(terms) > 100, "the glossary was not read"
    checked, wrong = 0, []
    for (ctx, source), message in _messages(TS).items():
        wanted = terms.get(_plain(source))
        if wanted:
            checked += 1
            if _plain(message.findtext("translation") or "") not in wanted:
                wrong.append((ctx, source, message.findtext("translation"), sorted(wanted)))
    assert checked >= 30
    assert wrong == []


def test_placeholders_survive_translation() -> None:
    for (_ctx, source), message in _messages(TS).items():
        translation = message.findtext("translation") or ""
        if message.find("translation").get("type") == "unfinished":
            continue
        for placeholder in ("%1", "%2", "%3", "%4", "%5", *re.findall(r"\{\w+\}", source)):
            assert (placeholder in source) == (placeholder in translation), (source, translation)
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), (source, translation)


def test_the_compiled_catalogue_is_current() -> None:
    """spinemet_de.json (what the program loads) holds exactly the finished translations of the .ts."""
    import json

    compiled = json.loads(TS.with_suffix(".json").read_text(encoding="utf-8"))
    assert compiled == read_ts(TS), "run scripts/update_translations.sh (it writes the .json)"


def test_catalogue_translates_without_qt() -> None:
    code = ("import sys\nfrom spinemet_desktop.i18n import Catalogue\n"
            "assert Catalogue('de').translate('report', 'Page %1 of %2') == 'Seite %1 von %2'\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    de = Catalogue("de")
    assert de.translate("report", "Page %1 of %2") == "Seite %1 von %2"
    assert de.translate("labels", "Spine centre") == "Wirbelsäulenzentrum"
    assert de.translate("report", "a text nobody translated") == "a text nobody translated"
    assert Catalogue("en").translate("report", "Page %1 of %2") == "Page %1 of %2"


def test_unknown_language_is_refused() -> None:
    from spinemet_desktop.i18n import TranslationError

    with pytest.raises(TranslationError):
        Catalogue("fr")


def _translated_literals() -> list[tuple[str, int, tuple[str, ...], str]]:
    """Every literal the code translates at run time: (file, line, contexts it is looked up in, text).

    ``self.tr("…")`` looks in the class's context; the labels helper ``tr("…")`` in "labels" and
    ""; ``QCoreApplication.translate("ctx", "…")`` in "ctx". Read from the syntax tree, so calls
    inside f-strings count too (lupdate does not see those).
    """
    found: list[tuple[str, int, tuple[str, ...], str]] = []
    for path in sorted((ROOT / "spinemet_desktop").rglob("*.py")):
        _visit(ast.parse(path.read_text(encoding="utf-8")), [], str(path.relative_to(ROOT)), found)
    return found


def _visit(node: ast.AST, classes: list[str], file: str, found: list) -> None:  # type: ignore[type-arg]
    if isinstance(node, ast.ClassDef):
        classes = [*classes, node.name]
    if isinstance(node, ast.Call):
        args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        f = node.func
        contexts: tuple[str, ...] | None = None
        text = args[0] if args else None
        if isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name) and f.value.id == "self":
            contexts = (classes[-1] if classes else "",)
        elif isinstance(f, ast.Name) and f.id == "tr":
            contexts = ("labels", "")
        elif isinstance(f, ast.Attribute) and f.attr == "translate" and len(args) >= 2 and args[0] is not None:
            contexts, text = (args[0],), args[1]
        if contexts is not None and text is not None:
            found.append((file, node.lineno, contexts, text))
    for child in ast.iter_child_nodes(node):
        _visit(child, classes, file, found)


def test_every_literal_translated_at_run_time_is_in_the_catalogue() -> None:
    catalogue: dict[str, set[str]] = {}
    for ctx, source in _messages(TS):
        catalogue.setdefault(ctx, set()).add(source)
    literals = _translated_literals()
    assert len(literals) > 300
    missing = [(f, line, text) for f, line, contexts, text in literals
               if not any(text in catalogue.get(c, set()) for c in contexts)]
    assert missing == [], "mark these outside f-strings (or in N_()), then run scripts/update_translations.sh"


def test_translate_is_never_called_under_another_name() -> None:
    """``tr_ = QCoreApplication.translate`` hides every call from lupdate and from the check above
    (the red-flag summary shipped in English because of it)."""
    aliases = []
    for path in sorted((ROOT / "spinemet_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                    and node.value.attr in ("translate", "tr"):
                aliases.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert aliases == []
