"""Test set-up: Qt runs offscreen, no network, and every test gets its own empty data directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = ROOT / "tests" / "offline"
# No network, in this process and in every Python process the tests start (tests/offline).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(OFFLINE))
import spinemet_offline  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled translation catalogues go to a throw-away cache, not the user's.
os.environ.setdefault("SPINEMET_CACHE_DIR", tempfile.mkdtemp(prefix="spinemet-test-cache-"))

EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(path))
    return path
