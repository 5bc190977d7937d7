"""No pydantic plugin runs in the program: a plugin, announced by any installed package's entry
points, would see every case as it is validated (model/base.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def _install_plugin(site: Path, marker: Path) -> None:
    """A package that announces a pydantic plugin; importing it writes the marker file."""
    (site / "spy_plugin.py").write_text(textwrap.dedent(f"""
        from pathlib import Path
        Path({str(marker)!r}).write_text("imported", encoding="utf-8")

        class _Spy:
            def new_schema_validator(self, *args, **kwargs):
                return None, None, None

        plugin = _Spy()
    """), encoding="utf-8")
    info = site / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")


@pytest.mark.parametrize("first", ["import spinemet_desktop.model.caseio",
                                   "from spinemet_desktop.ui.app import example_cases; example_cases()"])
def test_an_installed_pydantic_plugin_is_never_loaded(tmp_path: Path, first: str) -> None:
    marker = tmp_path / "plugin-was-imported"
    _install_plugin(tmp_path, marker)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    code = f"{first}\nfrom spinemet_desktop.model import Case\nCase.model_validate({{}})\n"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)
    assert not marker.exists(), "the pydantic plugin of an installed package was loaded"
    # The check can fail: without the program, pydantic loads the same plugin.
    subprocess.run([sys.executable, "-c", "import pydantic\nclass M(pydantic.BaseModel):\n    x: int = 0\n"],
                   env=env, check=True, capture_output=True, timeout=120)
    assert marker.exists()
