"""One module per score; each reads like its paper. See :data:`CALCULATORS` for the registry.

Every calculator takes its inputs in the canonical vocabulary of shared/clinical/README.md
(``None`` = not assessed) and returns a :class:`~spinemet_desktop.clinical.result.ScoreResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spinemet_desktop.clinical.result import ScoreResult
from spinemet_desktop.clinical.scores import (
    bauer,
    linden,
    nesms,
    rades_death_2m,
    sins,
    tokuhashi_revised,
    tomita,
)

#: Points-table scores by canonical id (the ids of shared/testdata/scores).
CALCULATORS: dict[str, Callable[[Mapping[str, Any]], ScoreResult]] = {
    "sins": sins.compute,
    "tokuhashi_revised": tokuhashi_revised.compute,
    "tomita": tomita.compute,
    "bauer": bauer.compute,
    "bauer_modified": bauer.compute_modified,
    "nesms": nesms.compute,
    "linden": linden.compute,
    "rades_death_2m": rades_death_2m.compute,
}

__all__ = ["CALCULATORS"]
