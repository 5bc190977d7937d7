"""The layers point one way (pyproject.toml [tool.importlinter]; `lint-imports` checks them, lazy
imports included), and nothing below the user interface loads Qt when it is imported.

    cli → ui → report | session → present → clinical → model;  ui, session → store → model
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Everything but the user interface: importing any of its modules must not load Qt.
QT_FREE = ("model", "clinical", "present", "report", "store", "session", "i18n", "cli")


def _contracts() -> list[dict]:  # type: ignore[type-arg]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def test_the_contracts_cover_every_layer_and_forbid_cycles() -> None:
    contracts = _contracts()
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    named = {name.strip().removeprefix("spinemet_desktop.") for layer in layers for name in layer.split("|")}
    assert named == {"cli", "ui", "report", "session", "present", "clinical", "model"}
    no_qt = next(c for c in contracts if "PySide6" in c.get("forbidden_modules", ()))
    assert {m.removeprefix("spinemet_desktop.") for m in no_qt["source_modules"]} >= set(QT_FREE) - {"cli"}
    assert any(c["type"] == "acyclic_siblings" for c in contracts)


def test_import_linter_keeps_every_contract() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@pytest.mark.parametrize("layer", QT_FREE)
def test_importing_a_layer_loads_no_qt(layer: str) -> None:
    """Every module of the layer, imported in a fresh interpreter (what a server or the CLI loads)."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"package = importlib.import_module('spinemet_desktop.{layer}')\n"
        "for info in pkgutil.walk_packages(getattr(package, '__path__', []), package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
        "raise SystemExit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
