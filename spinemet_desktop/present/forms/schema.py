"""The schema of the form declarations in ``forms/`` and of a site configuration.

The declarations say what the history, imaging, neurology and laboratory pages ask (items, answer vocabularies,
units, plausible ranges, default reference ranges, triggers, which score or rule reads each
item); the pages are built from them. Every declaration is checked against the case model and
the clinical registries when it is loaded, so that a typo in a YAML file stops the program at
start-up (and the test suite) instead of showing a form that writes nowhere. No Qt, no I/O.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from spinemet_desktop.model.enums import Analyte

ItemKind = Literal["text", "longtext", "integer", "decimal", "choice", "yesno", "date", "datetime",
                   "courses", "show"]
#: Derived hints shown under a field (the page knows how to compute each from the assessment).
NOTES = ("radiosensitivity_default", "kps_ecog_consistency", "prognosis_scores")
#: Derived displays (kind: show).
DISPLAYS = ("red_flags", "ambulatory_status")


class _Declaration(BaseModel):
    # Unknown keys are errors, and so are NaN and infinity (".nan", ".inf" in YAML).
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Item(_Declaration):
    field: Annotated[str, Field(min_length=1, max_length=100)]
    kind: ItemKind
    label: Annotated[str, Field(min_length=1, max_length=200)]
    choices: str | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    unit: str = ""
    help: str = ""
    used_by: tuple[str, ...] = ()
    required: bool = False
    required_if: str | None = None
    required_unless: str | None = None
    #: A yes/no field of the same form: this item is hidden while that one is answered "no" and
    #: this one is empty ("Which drug and last dose" after "Anticoagulants: no"). Never hides a value.
    applies_if: str | None = None
    note: Literal[NOTES] | None = None  # type: ignore[valid-type]
    show: Literal[DISPLAYS] | None = None  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if (self.kind == "choice") != (self.choices is not None):
            raise ValueError(f"{self.field}: 'choices' belongs to kind 'choice' (and only to it)")
        if self.kind in ("integer", "decimal"):
            if self.min is None or self.max is None or self.min >= self.max:
                raise ValueError(f"{self.field}: a number needs min < max")
        elif self.min is not None or self.max is not None or self.step is not None:
            raise ValueError(f"{self.field}: min, max and step belong to numbers")
        if (self.kind == "show") != (self.show is not None):
            raise ValueError(f"{self.field}: 'show' belongs to kind 'show' (and only to it)")
        if self.required and self.required_if:
            raise ValueError(f"{self.field}: required and required_if exclude each other")
        return self


class Group(_Declaration):
    title: Annotated[str, Field(min_length=1)]
    help: str = ""
    items: Annotated[tuple[Item, ...], Field(min_length=1)]


class PageForm(_Declaration):
    """The items of one page: history.yaml, imaging.yaml, neurology.yaml."""

    form: Literal["history", "imaging", "neurology"]
    version: Literal[1]
    groups: Annotated[tuple[Group, ...], Field(min_length=1)]

    def items(self) -> list[Item]:
        return [item for group in self.groups for item in group.items]

    def group(self, title: str) -> Group:
        return next(group for group in self.groups if group.title == title)

    @model_validator(mode="after")
    def _unique(self) -> PageForm:
        fields = [item.field for item in self.items()]
        duplicates = sorted({f for f in fields if fields.count(f) > 1})
        if duplicates:
            raise ValueError(f"fields declared twice: {', '.join(duplicates)}")
        return self


class Range(_Declaration):
    """A reference range; ``unit`` None means the analyte's first (preselected) unit."""

    low: float | None = None
    high: float | None = None
    unit: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low is None and self.high is None:
            raise ValueError("a reference range needs a low or a high bound")
        if self.low is not None and self.high is not None and self.low >= self.high:
            raise ValueError(f"reference range {self.low}–{self.high}: low must be below high")
        return self


class SexRanges(_Declaration):
    female: Range
    male: Range


Reference = Range | SexRanges


class AnalyteItem(_Declaration):
    analyte: Analyte
    result: Literal["number", "text"] = "number"
    units: tuple[str, ...] = ()
    plausible: tuple[float, float] | None = None
    reference: Reference | None = None
    trigger: str | None = None
    used_by: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> AnalyteItem:
        if self.result == "number":
            if not self.units or self.plausible is None:
                raise ValueError(f"{self.analyte.value}: a number needs units and a plausible range")
            if self.plausible[0] >= self.plausible[1]:
                raise ValueError(f"{self.analyte.value}: plausible range must be [low, high]")
        elif self.units or self.plausible or self.reference:
            raise ValueError(f"{self.analyte.value}: a text result has no units or ranges")
        return self


class Panel(_Declaration):
    id: str
    title: str
    analytes: Annotated[tuple[AnalyteItem, ...], Field(min_length=1)]


class LabsForm(_Declaration):
    form: Literal["labs"]
    version: Literal[1]
    reference_status: str
    panels: Annotated[tuple[Panel, ...], Field(min_length=1)]

    def analytes(self) -> list[AnalyteItem]:
        return [item for panel in self.panels for item in panel.analytes]

    def analyte(self, analyte: str) -> AnalyteItem:
        return next(item for item in self.analytes() if item.analyte.value == analyte)

    @model_validator(mode="after")
    def _unique(self) -> LabsForm:
        names = [item.analyte.value for item in self.analytes()]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"analytes declared twice: {', '.join(duplicates)}")
        return self


class SiteConfig(_Declaration):
    """A clinic's settings (forms/site.example.yaml; docs/site-configuration.md)."""

    laboratory: Annotated[str, Field(max_length=200)] | None = None
    reference_ranges: dict[Analyte, Reference] = Field(default_factory=dict)
    default_units: dict[Analyte, str] = Field(default_factory=dict)
    #: The clinic's case server (postgresql://…, docs/clinic-server.md); absent: this computer's
    #: own store. The forms only accept the key; spinemet_desktop.store.select reads and checks it
    #: at start-up (an unusable address stops the program with the reason).
    store: Annotated[str, Field(max_length=1000)] | None = None


#: The history form's old name (the declarations of every page share its schema).
HistoryForm = PageForm


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the files (for editors and for the documentation)."""
    return {name: model.model_json_schema() for name, model in
            (("page", PageForm), ("labs", LabsForm), ("site", SiteConfig))}
