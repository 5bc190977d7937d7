"""Test set-up: Qt runs offscreen, and every test gets its own empty data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled translation catalogues go to a throw-away cache, not the user's.
os.environ.setdefault("SPINEMET_CACHE_DIR", tempfile.mkdtemp(prefix="spinemet-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(path))
    return path
