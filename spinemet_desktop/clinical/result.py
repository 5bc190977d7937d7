"""Result objects shared by every score and classification.

A result carries everything a reader needs to check it: the inputs with their provenance
(entered, derived from which field, or overridden by the clinician), the points per item, the
total and band with its meaning, the citation and verification status of the table, and the
inputs that are missing. A result with missing inputs has no total.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from spinemet_desktop.model.text import N_, fmt


class Status(StrEnum):
    """Verification status of a clinical table (shared/clinical/README.md)."""

    VERIFIED = "verified"
    VERIFIED_SECONDARY = "verified_secondary"
    PROVISIONAL = "provisional"
    NOT_COMPUTED = "not_computed"


STATUS_TEXT = {
    Status.VERIFIED: N_("verified"),
    Status.VERIFIED_SECONDARY: N_("verified (secondary sources; check against the primary paper)"),
    Status.PROVISIONAL: N_("provisional — table not yet verified against the primary paper"),
    Status.NOT_COMPUTED: N_("not available — table not verified"),
}


#: :attr:`Input.derived_from` of a value read from the ASIA Impairment Scale grade.
FROM_AIS = "ais"


class Source(StrEnum):
    ENTERED = "entered"
    DERIVED = "derived"
    OVERRIDE = "override"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Input:
    """One input value with where it came from."""

    value: Any
    source: Source = Source.ENTERED
    #: Human-readable derivation, e.g. "from lesion level T12".
    derivation: str | None = None
    #: The case field to jump to when the value is missing, e.g. "history.karnofsky".
    field: str | None = None
    #: The ``Case.overrides`` target that can replace this value ("tomita.bone"), if any.
    target: str | None = None
    #: The classification the value is read from (:data:`FROM_AIS`), so that a result can say what
    #: that reading implies without parsing the human-readable :attr:`derivation`.
    derived_from: str | None = None

    @staticmethod
    def missing(field: str | None = None, derivation: str | None = None) -> Input:
        return Input(None, Source.MISSING, derivation, field)


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemResult:
    id: str
    label: str
    value: Any
    points: int | None
    source: Source
    derivation: str | None = None
    field: str | None = None
    #: The ``Case.overrides`` target the clinician can set for this item, if any.
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Band:
    id: str
    low: int
    high: int
    label: str
    meaning: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreResult:
    score_id: str
    name: str
    total: int | None
    #: The total or grade as it is shown (e.g. "14", "1c", "ASA III").
    display: str | None
    band: str | None
    band_label: str | None
    meaning: str | None
    items: tuple[ItemResult, ...]
    missing: tuple[str, ...]
    citation: str
    status: Status
    notes: tuple[str, ...] = ()
    #: How far the table is checked and where the sources differ: for whoever verifies it (the
    #: results export keeps it); not shown on the pages or the referral, which give :attr:`status`.
    verification: tuple[str, ...] = ()
    score_range: tuple[int, int] | None = None
    #: What the result is about, e.g. a lesion ("lesion T12") — empty for case-level scores.
    subject: str = ""
    #: False when the patient lies outside the score's population (the notes say why).
    applicable: bool = True
    #: Which version of the table this is (e.g. the 2005 revision of the Tokuhashi score).
    version: str = ""

    @property
    def complete(self) -> bool:
        return self.applicable and not self.missing and self.status is not Status.NOT_COMPUTED

    @property
    def status_text(self) -> str:
        return STATUS_TEXT[self.status]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["status_text"] = self.status_text
        data["complete"] = self.complete
        data["items"] = [
            {**asdict(item), "source": item.source.value} for item in self.items
        ]
        return data


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """An item of a points table: its label and the points of each answer."""

    id: str
    label: str
    points: Mapping[Any, int] | Callable[[Any], int | None]
    field: str | None = None


@dataclass(frozen=True, slots=True)
class ScoreSpec:
    id: str
    name: str
    citation: str
    status: Status
    items: tuple[ItemSpec, ...]
    bands: tuple[Band, ...] = ()
    score_range: tuple[int, int] | None = None
    notes: tuple[str, ...] = ()
    #: Notes on the verification of the table (:attr:`ScoreResult.verification`).
    verification: tuple[str, ...] = ()
    #: Applied to the raw sum (e.g. NESMS' ceiling of 3).
    cap: int | None = None
    #: Which version of the table this is (scores-surgical.md: store the version with each result).
    version: str = ""

    def band_for(self, total: int) -> Band | None:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        return None


def total_bounds(spec: ScoreSpec, result: ScoreResult) -> tuple[int, int] | None:
    """The lowest and highest total the items recorded so far still allow (every missing item at
    its least and at its most points); None when an item's points are not a table."""
    low = high = 0
    for spec_item, item in zip(spec.items, result.items, strict=True):
        if item.points is not None:
            low += item.points
            high += item.points
            continue
        table = spec_item.points
        if callable(table) or not table:
            return None
        low += min(table.values())
        high += max(table.values())
    if spec.cap is not None:
        low, high = min(low, spec.cap), min(high, spec.cap)
    return low, high


def as_input(value: Any) -> Input:
    return value if isinstance(value, Input) else Input(value, Source.ENTERED if value is not None else Source.MISSING)


def score_points(
    spec: ScoreSpec,
    inputs: Mapping[str, Any],
    *,
    notes: Sequence[str] = (),
    subject: str = "",
) -> ScoreResult:
    """Sum a points table. Any missing or out-of-table input leaves the total empty."""
    items: list[ItemResult] = []
    missing: list[str] = []
    all_notes = list(spec.notes) + list(notes)
    total = 0
    for item in spec.items:
        given = as_input(inputs.get(item.id))
        points: int | None = None
        if given.value is None:
            missing.append(item.id)
        else:
            table = item.points
            points = table(given.value) if callable(table) else table.get(given.value)
            if points is None:
                missing.append(item.id)
                all_notes.append(fmt(N_("%1: %2 is outside the published table."), item.label, repr(given.value)))
        if points is not None:
            total += points
        items.append(
            ItemResult(
                id=item.id,
                label=item.label,
                value=given.value,
                points=points,
                source=given.source,
                derivation=given.derivation,
                field=given.field or item.field,
                target=given.target,
            )
        )
    if missing:
        return ScoreResult(
            score_id=spec.id, name=spec.name, total=None, display=None, band=None, band_label=None, meaning=None,
            items=tuple(items), missing=tuple(missing), citation=spec.citation, status=spec.status,
            notes=tuple(all_notes), verification=spec.verification, score_range=spec.score_range, subject=subject,
            version=spec.version,
        )
    if spec.cap is not None:
        total = min(total, spec.cap)
    band = spec.band_for(total)
    return ScoreResult(
        score_id=spec.id,
        name=spec.name,
        total=total,
        display=str(total),
        band=band.id if band else None,
        band_label=band.label if band else None,
        meaning=band.meaning if band else None,
        items=tuple(items),
        missing=(),
        citation=spec.citation,
        status=spec.status,
        notes=tuple(all_notes),
        verification=spec.verification,
        score_range=spec.score_range,
        subject=subject,
        version=spec.version,
    )
