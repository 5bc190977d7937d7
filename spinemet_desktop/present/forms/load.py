"""Reading the form declarations (``forms/*.yaml``) and the site configuration, with every check.

:func:`load_forms` is called when the program starts: a declaration that does not fit the case
model or names an unknown score, trigger or vocabulary raises :class:`FormError` (the shipped
files are tested, so this only happens to an edited installation). A site configuration with an
error is not used; the error is kept in :attr:`Forms.site_error` for the program to show, and the
built-in ranges apply. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from spinemet_desktop.clinical.labs import FLAG_IDS, MINIMUM_PANEL, TRIGGERS
from spinemet_desktop.clinical.pathway.facts import FACT_KEYS
from spinemet_desktop.clinical.scores import SPECS
from spinemet_desktop.model.case import Case, Lesion, PriorRadiotherapy
from spinemet_desktop.model.enums import Analyte, Sex
from spinemet_desktop.model.isncsci import IsncsciValues, NeuroExam
from spinemet_desktop.model.limits import MAX_SETTINGS_FILE_BYTES, shown
from spinemet_desktop.model.units import (
    CANONICAL_UNIT,
    UnitError,
    accepted_units,
    convert_bound,
    plausible,
    plausible_range,
)
from spinemet_desktop.model.untrusted import UntrustedTextError, parse_yaml
from spinemet_desktop.present.forms.schema import (
    Group,
    Item,
    LabsForm,
    PageForm,
    Range,
    SexRanges,
    SiteConfig,
    TriageForm,
)
from spinemet_desktop.present.vocabulary import VOCABULARY

#: Results of the scales computed besides the scores of :data:`SPECS`.
#: The site configuration's file name, as messages name it (store.paths finds the file).
SITE_FILENAME = "site.yaml"
SCALE_IDS = ("kps", "ecog", "asa", "frankel", "mrc")


class FormError(ValueError):
    """A declaration or site configuration that cannot be used, with where and why."""


def known_users() -> frozenset[str]:
    """Everything a ``used_by`` entry may name."""
    return frozenset({*SPECS, *SCALE_IDS, "red_flags", *(f"pathway:{k}" for k in FACT_KEYS),
                      *(f"labs:{k}" for k in (*TRIGGERS, *FLAG_IDS))})


@dataclass(frozen=True)
class ReferenceRange:
    """The reference range that applies to an analyte here, in a given unit."""

    low: float | None
    high: float | None
    unit: str
    #: Where it comes from: the laboratory named in the site configuration, or None (built-in).
    laboratory: str | None
    from_site: bool


@dataclass(frozen=True)
class Forms:
    history: PageForm
    labs: LabsForm
    site: SiteConfig
    site_path: Path | None = None
    site_error: str | None = None
    imaging: PageForm | None = None
    neurology: PageForm | None = None
    triage: TriageForm | None = None

    def pages(self) -> tuple[PageForm, ...]:
        """The page declarations (history, imaging, neurology): each field's home."""
        return tuple(form for form in (self.history, self.imaging, self.neurology) if form is not None)

    def item(self, field: str) -> Item:
        """A field's declaration on its home page (KeyError if no page declares it)."""
        for page in self.pages():
            for item in page.items():
                if item.field == field:
                    return item
        raise KeyError(field)

    def triage_groups(self) -> tuple[Group, ...]:
        """The triage page's groups with the home declaration of each field they name."""
        if self.triage is None:
            return ()
        return tuple(Group(title=group.title, help=group.help, all_no=group.all_no,
                           all_no_items=group.all_no_items,
                           items=tuple(self.item(item.field) for item in group.items))
                     for group in self.triage.groups)

    def default_unit(self, analyte: str) -> str:
        site = self.site.default_units.get(Analyte(analyte))
        return site if site is not None else self.labs.analyte(analyte).units[0]

    def reference_range(self, analyte: str, sex: Sex | None, unit: str) -> ReferenceRange | None:
        """The range for a value entered in ``unit``: the site's, else the built-in default; for
        sex-specific ranges the patient's sex must be known (else None: no range is guessed)."""
        item = self.labs.analyte(analyte)
        declared = self.site.reference_ranges.get(Analyte(analyte))
        from_site = declared is not None
        if declared is None:
            declared = item.reference
        if declared is None:
            return None
        if isinstance(declared, SexRanges):
            if sex not in (Sex.FEMALE, Sex.MALE):
                return None
            declared = declared.female if sex == Sex.FEMALE else declared.male
        source_unit = declared.unit if declared.unit is not None else item.units[0]
        low, high = (convert_bound(analyte, bound, source_unit, unit) for bound in (declared.low, declared.high))
        return ReferenceRange(low, high, unit,
                              self.site.laboratory if from_site else None, from_site)


def _read_yaml(text: str | bytes, name: str) -> Any:
    """A declaration or settings file: UTF-8, no aliases or duplicate keys, bounded in size and depth."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        return parse_yaml(data, max_bytes=MAX_SETTINGS_FILE_BYTES, name=name)
    except UntrustedTextError as exc:
        raise FormError(str(exc)) from None


def _validated(model: type[BaseModel], data: Any, name: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # Keys come from the file: each shortened, so that the message stays readable.
        problems = "; ".join(f"{'.'.join(p if isinstance(p, str) and len(p) <= 40 else shown(p, 40) for p in map(str, e['loc'])) or '(file)'}: {e['msg'][:200]}"
                             for e in exc.errors()[:5])
        raise FormError(f"{name}: {problems}") from None


# -- checks against the case model and the clinical registries -------------------------------------

#: Field paths that name a part of the case chosen on the page: the lesion selected on the imaging
#: page, the examination shown on the neurology page (and its worksheet).
ROOTS: tuple[tuple[str, type[BaseModel]], ...] = (
    ("imaging.lesion.*.", Lesion), ("neuro.isncsci.", IsncsciValues), ("neuro.", NeuroExam),
)


def _model_field(path: str, name: str = "history.yaml") -> tuple[type[BaseModel], str]:
    """The model class and attribute a dotted case path ends in ("history.differentials.metabolic",
    "imaging.lesion.*.escc")."""
    model: type[BaseModel] = Case
    for prefix, root in ROOTS:
        if path.startswith(prefix):
            model, path = root, path[len(prefix):]
            break
    parts = path.split(".")
    for i, part in enumerate(parts):
        info = model.model_fields.get(part)
        if info is None:
            raise FormError(f"{name}: {path}: the case has no field {'.'.join(parts[:i + 1])}")
        if i == len(parts) - 1:
            return model, part
        nested = info.annotation
        if not (isinstance(nested, type) and issubclass(nested, BaseModel)):
            raise FormError(f"{name}: {path}: {part} has no fields")
        model = nested
    raise FormError(f"{name}: {path}: empty path")  # pragma: no cover - split gives >= 1 part


def _accepts(model: type[BaseModel], attr: str, value: Any) -> bool:
    try:
        model.model_validate({attr: value})
    except ValidationError:
        return False
    return True


_SAMPLES: dict[str, tuple[Any, ...]] = {
    "text": ("text",), "longtext": ("text\nmore text",), "yesno": (True, False),
    "date": (date(2020, 1, 1),), "datetime": (datetime(2020, 1, 1, 12, 0).astimezone(),),
    "courses": ([PriorRadiotherapy(total_dose_gy=30, fractions=10)],),
}
# Values of a kind the model must refuse, so that e.g. a yes/no item is not bound to a text field.
_FOREIGN: dict[str, Any] = {"text": 1.5, "longtext": 1.5, "yesno": "maybe", "date": "text", "datetime": "text",
                            "integer": "text", "decimal": "text", "courses": "text"}


def _check_item(item: Item, declared: set[str], users: frozenset[str], name: str = "history.yaml") -> None:
    where = f"{name}: {item.field}"
    for user in item.used_by:
        if user not in users:
            raise FormError(f"{where}: used_by names {user!r}, which is no score, pathway fact or lab trigger")
    for other in (item.required_if, item.required_unless, item.condition[0] if item.condition else None):
        if other is not None and other not in declared:
            raise FormError(f"{where}: {other} is not a field of this form")
    if item.condition is not None and any(path.startswith(tuple(prefix for prefix, _ in ROOTS))
                                          for path in (item.field, item.condition[0])):
        raise FormError(f"{where}: a condition needs fields of the case, not of a lesion or an examination")
    if item.kind == "show":
        if item.field != item.show:
            raise FormError(f"{where}: a display's field is its name ({item.show})")
        return
    model, attr = _model_field(item.field, name)
    if item.kind == "choice":
        options = VOCABULARY.get(item.choices or "")
        if options is None:
            raise FormError(f"{where}: unknown answer vocabulary {item.choices!r}")
        refused = [value for value, _ in options if not _accepts(model, attr, value)]
        if refused:
            raise FormError(f"{where}: the case does not accept the answers {refused}")
        return
    if item.kind in ("integer", "decimal"):
        samples: tuple[Any, ...] = (item.min, item.max)
        if item.kind == "integer":
            samples = tuple(int(v) for v in samples if v is not None and float(v).is_integer())
            if len(samples) != 2:
                raise FormError(f"{where}: a whole number needs whole min and max")
        # The page and every other way in refuse the same numbers (one validation path): the case
        # model must refuse what lies just outside the declared range.
        assert item.min is not None and item.max is not None
        step = 1 if item.kind == "integer" else max(abs(item.min), abs(item.max), 1) * 1e-6
        outside = [v for v in (item.min - step, item.max + step) if _accepts(model, attr, v)]
        if outside:
            raise FormError(f"{where}: the case accepts {outside!r}, outside the declared range "
                            f"{item.min:g}–{item.max:g}")
    else:
        samples = _SAMPLES[item.kind]
    refused = [v for v in samples if not _accepts(model, attr, v)]
    if refused:
        raise FormError(f"{where}: the case does not accept {refused!r} for a {item.kind} item")
    if _accepts(model, attr, _FOREIGN[item.kind]):
        raise FormError(f"{where}: the case field is not a {item.kind} field")


def check_page(form: PageForm) -> None:
    declared = {item.field for item in form.items()}
    users = known_users()
    for item in form.items():
        _check_item(item, declared, users, f"{form.form}.yaml")


check_history = check_page


def _check_range(analyte: str, declared: Range | SexRanges, default_unit: str, where: str) -> None:
    for one in (declared.female, declared.male) if isinstance(declared, SexRanges) else (declared,):
        unit = one.unit if one.unit is not None else default_unit
        if unit not in _units(analyte):
            raise FormError(f"{where}: {analyte}: unit {unit!r} is not one of {list(_units(analyte))}")
        # A range the case could not hold (it is copied into every result) is an error here.
        bounds = plausible_range(analyte, unit)
        for bound in (one.low, one.high):
            if bound is not None and bounds is not None and not plausible(analyte, bound, unit):
                raise FormError(f"{where}: {analyte}: {bound:g} {unit} lies outside the plausible range "
                                f"{bounds[0]:g}–{bounds[1]:g} {unit}")


def _units(analyte: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((CANONICAL_UNIT.get(analyte, ""), *accepted_units(analyte))))


def check_triage(form: TriageForm, pages: tuple[PageForm, ...]) -> None:
    """Every field of the triage page is declared on one of the other pages (its home), and is one
    a quick answer can give (no lists, no displays)."""
    homes = {item.field: item for page in pages for item in page.items()}
    for field in form.fields():
        item = homes.get(field)
        if item is None:
            raise FormError(f"triage.yaml: {field} is declared on no page (the triage page only names fields "
                            "that another page declares)")
        if item.kind in ("show", "courses", "longtext"):
            raise FormError(f"triage.yaml: {field} is a {item.kind} item, not a quick answer")
    for group in form.groups:
        questions = {i.field for i in group.items if homes[i.field].kind == "yesno"}
        wrong = [f for f in group.all_no_items if f not in questions]
        if wrong or (group.all_no_items and not group.all_no):
            raise FormError(f"triage.yaml: {group.title}: all_no_items must name yes/no questions of the group "
                            f"and needs all_no ({', '.join(wrong)})")


def check_labs(form: LabsForm) -> None:
    names = {item.analyte.value for item in form.analytes()}
    missing = [a.value for a in Analyte if a.value not in names]
    if missing:
        raise FormError(f"labs.yaml: analytes of the case model without a row: {', '.join(missing)}")
    numbers = {item.analyte.value for item in form.analytes() if item.result == "number"}
    if not set(MINIMUM_PANEL) <= numbers:
        raise FormError("labs.yaml: the minimum panel of Empfehlung 14 needs a numeric row for each test")
    users = known_users()
    for item in form.analytes():
        analyte = item.analyte.value
        where = f"labs.yaml: {analyte}"
        for unit in item.units:
            if unit not in _units(analyte):
                raise FormError(f"{where}: unit {unit!r} cannot be converted (model/units.py)")
        # The page offers what every other way in accepts (model/units.py): the same units and
        # the same plausible range.
        if item.result == "number" and set(item.units) != set(accepted_units(analyte)):
            raise FormError(f"{where}: offers the units {list(item.units)}, the case accepts "
                            f"{list(accepted_units(analyte))}")
        if item.plausible is not None and tuple(item.plausible) != plausible_range(analyte, item.units[0]):
            raise FormError(f"{where}: plausible range {list(item.plausible)} {item.units[0]}, the case's is "
                            f"{list(plausible_range(analyte, item.units[0]) or ())}")
        if item.reference is not None:
            _check_range(analyte, item.reference, item.units[0], "labs.yaml")
        if item.trigger is not None and item.trigger not in TRIGGERS:
            raise FormError(f"{where}: unknown trigger {item.trigger!r} (clinical/labs.py TRIGGERS)")
        for user in item.used_by:
            if user not in users:
                raise FormError(f"{where}: used_by names {user!r}, which is no score or lab flag")


def check_site(site: SiteConfig, labs: LabsForm, name: str) -> None:
    numbers = {item.analyte.value: item for item in labs.analytes() if item.result == "number"}
    for analyte, declared in site.reference_ranges.items():
        if analyte.value not in numbers:
            raise FormError(f"{name}: reference_ranges: {analyte.value} has no numeric result")
        _check_range(analyte.value, declared, numbers[analyte.value].units[0], f"{name}: reference_ranges")
    for analyte, unit in site.default_units.items():
        item = numbers.get(analyte.value)
        if item is None or unit not in item.units:
            offered = list(item.units) if item else []
            raise FormError(f"{name}: default_units: {analyte.value}: {unit!r} is not one of {offered}")


# -- loading -----------------------------------------------------------------------------------------

def _declaration(name: str) -> str:
    return files("spinemet_desktop.present.forms.declarations").joinpath(name).read_text(encoding="utf-8")


def parse_page(text: str, name: str) -> PageForm:
    form: PageForm = _validated(PageForm, _read_yaml(text, name), name)
    if f"{form.form}.yaml" != name:
        raise FormError(f"{name}: declares the form {form.form!r}")
    check_page(form)
    return form


def parse_history(text: str) -> PageForm:
    return parse_page(text, "history.yaml")


def parse_triage(text: str, pages: tuple[PageForm, ...]) -> TriageForm:
    form: TriageForm = _validated(TriageForm, _read_yaml(text, "triage.yaml"), "triage.yaml")
    check_triage(form, pages)
    return form


def parse_labs(text: str) -> LabsForm:
    form = _validated(LabsForm, _read_yaml(text, "labs.yaml"), "labs.yaml")
    check_labs(form)
    return form  # type: ignore[no-any-return]


def parse_site(text: str | bytes, labs: LabsForm, name: str = SITE_FILENAME) -> SiteConfig:
    data = _read_yaml(text, name)
    site = _validated(SiteConfig, {} if data is None else data, name)
    check_site(site, labs, name)
    return site  # type: ignore[no-any-return]


#: How the site configuration is found. The desktop program sets it at start to the store's
#: (:func:`spinemet_desktop.store.paths.site_config_path`: $SPINEMET_SITE_CONFIG, the data folder,
#: the machine-wide folder; ui/app.py) — this layer knows no store. Unset: the shipped forms only.
_site_locator: list[Callable[[], Path | None]] = []


def use_site_locator(locate: Callable[[], Path | None] | None) -> None:
    """How :func:`site_config_path` finds site.yaml (and forget the forms loaded so far)."""
    _site_locator[:] = [locate] if locate is not None else []
    forms.cache_clear()


def site_config_path() -> Path | None:
    """The site configuration in use (None: none, or no locator set)."""
    return _site_locator[0]() if _site_locator else None


def load_forms(site_path: Path | None = None, *, find_site: bool = True) -> Forms:
    """The shipped declarations (FormError if they are broken) with the site configuration."""
    history = parse_history(_declaration("history.yaml"))
    imaging = parse_page(_declaration("imaging.yaml"), "imaging.yaml")
    neurology = parse_page(_declaration("neurology.yaml"), "neurology.yaml")
    labs = parse_labs(_declaration("labs.yaml"))
    triage = parse_triage(_declaration("triage.yaml"), (history, imaging, neurology))
    shipped = Forms(history, labs, SiteConfig(), imaging=imaging, neurology=neurology, triage=triage)
    path = site_path if site_path is not None else (site_config_path() if find_site else None)
    if path is None:
        return shipped
    try:
        with path.open("rb") as handle:  # never more than the limit, whatever the file is
            data = handle.read(MAX_SETTINGS_FILE_BYTES + 1)
        site = parse_site(data, labs, str(path))
    except OSError as exc:
        return replace(shipped, site_path=path, site_error=f"{path}: {exc.strerror or exc}")
    except (FormError, UnitError) as exc:
        return replace(shipped, site_path=path, site_error=str(exc))
    return replace(shipped, site=site, site_path=path)


@cache
def forms() -> Forms:
    """The forms of this run (loaded once; the program checks them at start-up)."""
    return load_forms()
