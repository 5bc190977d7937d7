"""The layers point one way: only spinemet_desktop/ui may import Qt; the core never imports ui.

One exception: ``spinemet_desktop/i18n.py`` uses QtCore's QTranslator (no widgets) so that the
report layer can read the same Qt Linguist catalogues as the UI, in the language of each report.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "spinemet_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
# Which layers each layer may import (besides itself).
ALLOWED = {
    "model": set(),
    "clinical": {"model"},
    "store": {"model", "clinical"},
    "present": {"model", "clinical"},
    "report": {"model", "clinical", "present"},
    # The form declarations: checked against the model, the clinical registries and the report's
    # answer vocabularies; read by the UI.
    "forms": {"model", "clinical", "report", "store"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports(layer: str) -> None:
    problems = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in QT_MODULES:
                problems.append(f"{path.relative_to(PACKAGE)} imports Qt ({name})")
            if name.startswith("spinemet_desktop."):
                target = name.split(".")[1]
                if target in ("ui", "model", "clinical", "present", "store", "report", "forms") and target != layer \
                        and target not in ALLOWED[layer]:
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not problems, "\n".join(problems)


def test_only_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and path.name != "i18n.py"
        and any(n.split(".")[0] in QT_MODULES for n in _imports(path))
    ]
    assert offenders == []
    i18n_qt = {n for n in _imports(PACKAGE / "i18n.py") if n.split(".")[0] in QT_MODULES}
    assert i18n_qt <= {"PySide6.QtCore"}, i18n_qt


@pytest.mark.parametrize("layer", ["model", "clinical", "store"])
def test_core_layers_do_not_use_the_translation_module(layer: str) -> None:
    users = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py")
             if "spinemet_desktop.i18n" in _imports(p)]
    assert users == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import spinemet_desktop.model, spinemet_desktop.clinical.assess, spinemet_desktop.store, "
        "spinemet_desktop.report.results, spinemet_desktop.cli\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(loaded)\n"
        "raise SystemExit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
