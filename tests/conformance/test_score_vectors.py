"""Score conformance: every vector in SPINEMET_SCORE_VECTORS_DIR (canonical vocabulary)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spinemet_desktop.clinical.scores import CALCULATORS

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "scores"


def _vectors() -> list[tuple[str, dict]]:
    folder = Path(os.environ.get("SPINEMET_SCORE_VECTORS_DIR", DEFAULT_DIR))
    found = []
    for path in sorted(folder.glob("*.json")):
        for i, vector in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            found.append((f"{path.stem}-{i}-{vector['score']}", vector))
    return found


VECTORS = _vectors()


def test_vector_folder_is_not_empty() -> None:
    assert VECTORS, "no score vectors found; set SPINEMET_SCORE_VECTORS_DIR"


@pytest.mark.parametrize("vector", [v for _, v in VECTORS], ids=[n for n, _ in VECTORS])
def test_score_vector(vector: dict) -> None:
    assert vector["score"] in CALCULATORS, f"score {vector['score']!r} is not implemented"
    result = CALCULATORS[vector["score"]](vector["inputs"])
    assert result.missing == (), f"inputs reported missing: {result.missing}"
    assert result.total == vector["expected"]["total"]
    if "band" in vector["expected"]:
        assert result.band == vector["expected"]["band"]
