"""One module per score; each reads like its paper. See :data:`CALCULATORS` for the registry.

Every calculator takes its inputs in the canonical vocabulary of shared/clinical/README.md
(``None`` = not assessed) and returns a :class:`~spinemet_desktop.clinical.result.ScoreResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spinemet_desktop.clinical.result import ItemSpec, ScoreResult, ScoreSpec
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

#: The points tables of the scores above, by the same ids.
SPECS: dict[str, ScoreSpec] = {
    "sins": sins.SPEC,
    "tokuhashi_revised": tokuhashi_revised.SPEC,
    "tomita": tomita.SPEC,
    "bauer": bauer.SPEC,
    "bauer_modified": bauer.SPEC_MODIFIED,
    "nesms": nesms.SPEC,
    "linden": linden.SPEC,
    "rades_death_2m": rades_death_2m.SPEC,
}


def answer_options(target: str) -> list[Any] | None:
    """The answers a table item accepts ("tomita.bone" -> ["solitary", "multiple"]).

    None when the item takes a number (e.g. months since diagnosis), whose points a rule gives.
    """
    score_id, _, item_id = target.partition(".")
    item: ItemSpec = next(i for i in SPECS[score_id].items if i.id == item_id)
    return None if callable(item.points) else list(item.points)


__all__ = ["CALCULATORS", "SPECS", "answer_options"]
