"""The schema of the form declarations in ``forms/`` and of a site configuration.

The declarations say what the history, imaging, neurology and laboratory pages ask (items, answer vocabularies,
units, plausible ranges, default reference ranges, triggers, which score or rule reads each
item, when an item applies); the pages are built from them. The triage page (``triage.yaml``)
declares no field of its own: it names fields the other pages declare, which keep their one label
and their home page. Every declaration is checked against the case model and
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
NOTES = ("radiosensitivity_default", "kps_ecog_consistency", "prognosis_scores", "tomita_growth_default",
         "sins_pain_default")
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
    #: When the item applies: another field of the same form ("history.anticoagulants"), or "not" and
    #: a field ("not history.known_cancer"). The page hides the item while that field's answer rules
    #: it out — a yes/no question answered "no" (with "not": "yes"), any other field empty (with
    #: "not": filled in). An unanswered question hides nothing ("Which drug and last dose" stays
    #: until "Anticoagulants" is answered "no"), and an item holding a value is never hidden.
    applies_if: Annotated[str, Field(pattern=r"^(not )?[a-z_][a-z0-9_.]*$")] | None = None
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
        if self.required and self.applies_if:
            raise ValueError(f"{self.field}: an item shown only under a condition cannot always be required "
                             "(use required_if)")
        return self

    @property
    def condition(self) -> tuple[str, bool] | None:
        """The field the item depends on (``applies_if``), and whether the item applies while that
        field holds ("yes", or filled in: True) or while it does not ("not …": False)."""
        if self.applies_if is None:
            return None
        return self.applies_if.removeprefix("not "), not self.applies_if.startswith("not ")


class Group(_Declaration):
    title: Annotated[str, Field(min_length=1)]
    help: str = ""
    #: A heading above the group that starts a new part of the page.
    heading: str = ""
    #: The group can be folded away (the checklist of Empfehlung 8 after the facts the pathway needs).
    collapsible: bool = False
    #: The label of a shortcut that answers every open yes/no question of the group with "no", each
    #: field explicitly (empty: no shortcut). It is offered only while none of its questions is
    #: answered "yes" (its label would then be untrue).
    all_no: str = ""
    #: The questions the shortcut answers (empty: every yes/no question of the group).
    all_no_items: tuple[str, ...] = ()
    items: Annotated[tuple[Item, ...], Field(min_length=1)]

    def shortcut_fields(self) -> tuple[str, ...]:
        """The yes/no questions the group's "all no" shortcut answers."""
        return self.all_no_items or tuple(item.field for item in self.items if item.kind == "yesno")

    @model_validator(mode="after")
    def _shortcut(self) -> Group:
        questions = {item.field for item in self.items if item.kind == "yesno"}
        wrong = [f for f in self.all_no_items if f not in questions]
        if wrong:
            raise ValueError(f"{self.title}: all_no_items names what is no yes/no question of the group: "
                             f"{', '.join(wrong)}")
        if self.all_no_items and not self.all_no:
            raise ValueError(f"{self.title}: all_no_items without an all_no shortcut")
        return self


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


class TriageItem(_Declaration):
    """A field of the triage page: only its address; label, kind and help are those of its home
    declaration."""

    field: Annotated[str, Field(min_length=1, max_length=100)]


class TriageGroup(_Declaration):
    title: Annotated[str, Field(min_length=1)]
    help: str = ""
    all_no: str = ""
    all_no_items: tuple[str, ...] = ()
    #: The column of the page (1 to 3, left to right); Tab follows the order of the groups.
    column: Literal[1, 2, 3] = 1
    items: Annotated[tuple[TriageItem, ...], Field(min_length=1)]


class TriageForm(_Declaration):
    """The triage page (triage.yaml): the few facts that decide urgency and transport."""

    form: Literal["triage"]
    version: Literal[1]
    groups: Annotated[tuple[TriageGroup, ...], Field(min_length=1)]

    def fields(self) -> list[str]:
        return [item.field for group in self.groups for item in group.items]

    @model_validator(mode="after")
    def _unique(self) -> TriageForm:
        fields = self.fields()
        duplicates = sorted({f for f in fields if fields.count(f) > 1})
        if duplicates:
            raise ValueError(f"fields named twice: {', '.join(duplicates)}")
        columns = [group.column for group in self.groups]
        if columns != sorted(columns):
            raise ValueError("a group is in an earlier column than the one before it (Tab follows the groups' "
                             "order and the page reads column by column)")
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
            (("page", PageForm), ("triage", TriageForm), ("labs", LabsForm), ("site", SiteConfig))}
