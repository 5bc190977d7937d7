"""The form declarations (forms/*.yaml), their checks, the site configuration and what each
item says it feeds."""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files
from pathlib import Path

import pytest

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import case_from_json
from spinemet_desktop.model.enums import Sex
from spinemet_desktop.present.forms import FormError, load_forms
from spinemet_desktop.present.forms import load as forms_load
from spinemet_desktop.present.forms.extract import TARGET, source
from spinemet_desktop.present.forms.missing import applies, missing_items, ruled_out
from spinemet_desktop.present.forms.schema import json_schema
from spinemet_desktop.store.paths import ENV_SITE_CONFIG, site_config_path
from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
HISTORY = (ROOT / "forms" / "history.yaml").read_text(encoding="utf-8")
LABS = (ROOT / "forms" / "labs.yaml").read_text(encoding="utf-8")
TRIAGE = (ROOT / "forms" / "triage.yaml").read_text(encoding="utf-8")


def test_the_shipped_declarations_load() -> None:
    forms = load_forms(find_site=False)
    assert len(forms.history.items()) >= 60 and len(forms.labs.analytes()) == 15
    assert files("spinemet_desktop.present.forms.declarations").joinpath("labs.yaml").read_text(encoding="utf-8") == LABS


@pytest.mark.parametrize(("old", "new", "message"), [
    ("field: history.pain_nrs,", "field: history.pain_nsr,", "the case has no field history.pain_nsr"),
    ("choices: pain_type", "choices: pain_types", "unknown answer vocabulary"),
    ("min: 0, max: 10", "min: 0, max: 11", "does not accept [11]"),
    ("used_by: [tomita]", "used_by: [tomitaa]", "used_by names 'tomitaa'"),
    ("kind: yesno, label: Previous trauma", "kind: text, label: Previous trauma", "does not accept ['text']"),
    ("required_if: history.known_cancer", "required_if: history.known_tumour", "not a field of this form"),
    ("form: history", "form: histroy", "form"),
    ("  - title: Medication\n", "  - title: Medication\n    colour: red\n", "Extra inputs"),
    ("applies_if: history.steroids_given}", "applies_if: history.steroids_taken}", "not a field of this form"),
    ("applies_if: not history.known_cancer,", "applies_if: not history.known_tumour,", "not a field of this form"),
    ("label: Previous trauma, required: true}", "label: Previous trauma, required: true, applies_if: history.infection}",
     "cannot always be required"),
    ("applies_if: history.anticoagulants}", "applies_if: unless history.anticoagulants}", "applies_if"),
    ("applies_if: history.anticoagulants}", "applies_if: history.anticoagulants, show_if: history.trauma}",
     "Extra inputs"),
    ("label: Surname, required: true}", "label: Surname, required: true, colour: red}", "Extra inputs"),
    ("{field: patient.surname", "[field: patient.surname", "not valid YAML"),
])
def test_a_broken_history_declaration_is_refused_with_where_and_why(old: str, new: str, message: str) -> None:
    assert old in HISTORY
    with pytest.raises(FormError, match="history.yaml") as raised:
        forms_load.parse_history(HISTORY.replace(old, new, 1))
    assert message in str(raised.value)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("units: [mmol/L, mg/dL]", "units: [mmol/L, mEq/L]", "cannot be converted"),
    ("trigger: osteoporosis_differential", "trigger: osteoporosis", "unknown trigger"),
    ("reference: {low: 2.15, high: 2.6}", "reference: {low: 2.6, high: 2.15}", "low must be below high"),
    ("plausible: [0.5, 6]", "plausible: [6, 0.5]", "plausible range"),
    ("      - analyte: ptt\n", "      - analyte: ptt_\n", "analyte"),
    ('used_by: ["labs:bleeding_risk"]', 'used_by: ["labs:bleeding"]', "used_by names"),
])
def test_a_broken_lab_declaration_is_refused(old: str, new: str, message: str) -> None:
    assert old in LABS
    with pytest.raises(FormError, match="labs.yaml") as raised:
        forms_load.parse_labs(LABS.replace(old, new, 1))
    assert message in str(raised.value)


def test_every_analyte_of_the_model_has_a_row() -> None:
    without_quick = LABS.replace('      - analyte: quick\n        units: ["%"]\n        plausible: [1, 200]\n'
                                 '        reference: {low: 70, high: 130}\n', "")
    with pytest.raises(FormError, match="without a row: quick"):
        forms_load.parse_labs(without_quick)


def test_site_configuration_overrides_ranges_and_units(tmp_path: Path) -> None:
    site = tmp_path / "site.yaml"
    site.write_text((ROOT / "forms" / "site.example.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    forms = load_forms(site)
    assert forms.site_error is None and forms.site.laboratory == "Zentrallabor, Musterklinikum"
    calcium = forms.reference_range("calcium", None, "mmol/L")
    assert (calcium.low, calcium.high, calcium.from_site) == (2.2, 2.65, True)
    assert forms.reference_range("calcium", None, "mg/dL").high == pytest.approx(10.6212)
    assert forms.reference_range("haemoglobin", None, "g/dL") is None  # sex unknown: no guess
    female = forms.reference_range("haemoglobin", Sex.FEMALE, "mmol/L")
    assert (female.low, female.high) == (pytest.approx(7.4472), pytest.approx(9.6193))
    assert forms.reference_range("ptt", None, "s").from_site is False  # the built-in one
    assert forms.default_unit("creatinine") == "µmol/L" and forms.default_unit("calcium") == "mmol/L"


@pytest.mark.parametrize(("text", "message"), [
    ("reference_ranges:\n  calcium: {low: 2.2, high: 2.6, unit: mEq/L}\n", "mEq/L"),
    ("reference_ranges:\n  calcuim: {low: 2.2}\n", "calcuim"),
    ("reference_ranges:\n  protein_electrophoresis: {low: 1}\n", "no numeric result"),
    ("default_units:\n  calcium: mg/l\n", "default_units"),
    ("laboratory: [unclosed\n", "not valid YAML"),
    ("reference_ranges:\n  crp: {}\n", "a low or a high bound"),
])
def test_a_broken_site_configuration_is_not_used(tmp_path: Path, text: str, message: str) -> None:
    site = tmp_path / "site.yaml"
    site.write_text(text, encoding="utf-8")
    forms = load_forms(site)
    assert forms.site_error is not None and message in forms.site_error
    assert forms.reference_range("calcium", None, "mmol/L").from_site is False


def test_site_configuration_is_found_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop program finds site.yaml as the store finds it (ui/app.py sets the locator)."""
    monkeypatch.delenv(ENV_SITE_CONFIG, raising=False)
    monkeypatch.setenv("SPINEMET_DATA_DIR", str(tmp_path))
    (tmp_path / "site.yaml").write_text("laboratory: Here\n", encoding="utf-8")
    try:
        forms_load.use_site_locator(site_config_path)
        assert forms_load.site_config_path() == tmp_path / "site.yaml"
        assert load_forms().site.laboratory == "Here"
        monkeypatch.setenv(ENV_SITE_CONFIG, str(tmp_path / "other.yaml"))
        assert forms_load.site_config_path() == tmp_path / "other.yaml"  # the variable wins
    finally:
        forms_load.use_site_locator(None)
    assert forms_load.site_config_path() is None


def _examples():  # type: ignore[no-untyped-def]
    return [case_from_json(p.read_bytes()) for p in EXAMPLES]


def test_every_example_has_a_complete_history() -> None:
    form = load_forms(find_site=False).history
    for case in _examples():
        assert missing_items(form, case) == [], case.id


def test_used_by_names_every_score_and_pathway_fact_that_reads_an_item() -> None:
    """What each history item declares it feeds equals what the clinical code actually reads."""
    form = load_forms(find_site=False).history
    declared = {item.field: set(item.used_by) for item in form.items()}
    observed: dict[str, set[str]] = {}
    for case in _examples():
        a = assess(case, datetime.now().astimezone())
        for score_id, result in a.scores.items():
            for item in result.items:
                if item.field in declared:
                    observed.setdefault(item.field, set()).add(score_id)
        for provenance in (a.pathway.provenance, *a.pathway.lesion_provenance):
            for fact, value in provenance.items():
                if value.field in declared:
                    observed.setdefault(value.field, set()).add(f"pathway:{fact}")
    for field, users in observed.items():
        assert users <= declared[field], (field, users - declared[field])
    for field, users in declared.items():
        checked = {u for u in users if not u.startswith(("labs:", "red_flags"))}
        assert checked <= observed.get(field, set()), (field, checked - observed.get(field, set()))


#: The history checklist of Empfehlung 8 (pathway.md §8.1) and the fields that ask each item.
E8_CHECKLIST = {
    "pain quality and perception": ("history.pain_quality",),
    "pain intensity": ("history.pain_nrs",),
    "pain location": ("history.pain_location",),
    "pain type": ("history.pain_type", "history.pain_character", "history.night_pain"),
    "pain course": ("history.pain_onset", "history.pain_course", "history.sudden_severe_pain"),
    "neurological deficits": ("history.complaint_weakness", "history.complaint_sensory",
                              "history.complaint_radicular_pain", "history.complaint_bladder_bowel"),
    "previous trauma": ("history.trauma",),
    "signs of inflammation": ("history.inflammation_signs", "history.systemic_inflammation_signs"),
    "pre-existing cancer": ("history.known_cancer",),
    "infections": ("history.infection",),
    "bone-metabolism disorders": ("history.bone_metabolism_disease",),
    "previous spinal interventions": ("history.previous_spinal_intervention",),
}


@pytest.mark.covers("E8")
@pytest.mark.parametrize("item", sorted(E8_CHECKLIST))
def test_the_history_page_asks_every_item_of_the_empfehlung_8_checklist(item: str) -> None:
    fields = {i.field for i in load_forms(find_site=False).history.items()}
    assert set(E8_CHECKLIST[item]) <= fields, (item, set(E8_CHECKLIST[item]) - fields)


def test_the_translation_source_of_the_forms_is_current() -> None:
    assert TARGET.read_text(encoding="utf-8") == source(), "run python -m spinemet_desktop.present.forms.extract"


def test_json_schema_of_the_declarations() -> None:
    schema = json_schema()
    assert set(schema) == {"page", "triage", "labs", "site"}  # "page": history.yaml, imaging.yaml, neurology.yaml
    assert "reference_ranges" in schema["site"]["properties"]


# -- the triage page and conditional items (issue 23) ---------------------------------------------------
@pytest.mark.parametrize(("old", "new", "message"), [
    ("{field: history.complaint_weakness}", "{field: history.complaint_weakness, label: Weak}", "Extra inputs"),
    ("{field: history.known_cancer}", "{field: history.known_tumour}", "declared on no page"),
    ("{field: history.known_cancer}", "{field: history.medication_plan}", "not a quick answer"),
    ("{field: history.known_cancer}", "{field: history.complaint_weakness}", "named twice"),
    ("  - title: Cancer\n    column: 1", "  - title: Cancer\n    column: 3", "earlier column"),
])
def test_a_broken_triage_declaration_is_refused(old: str, new: str, message: str) -> None:
    assert old in TRIAGE
    pages = load_forms(find_site=False)
    with pytest.raises(FormError, match=message):
        forms_load.parse_triage(TRIAGE.replace(old, new, 1), pages.pages())


def test_the_triage_page_declares_no_field_of_its_own() -> None:
    """Each triage field is declared once, on its home page (history, neurology or imaging); the
    triage page takes that declaration, label and all."""
    forms = load_forms(find_site=False)
    assert forms.triage is not None
    homes = {item.field: page.form for page in forms.pages() for item in page.items()}
    for group in forms.triage_groups():
        for item in group.items:
            assert homes[item.field] in ("history", "neurology", "imaging")
            assert item is forms.item(item.field)
    assert {"history.complaint_weakness", "neuro.ambulatory", "neuro.deficit_onset_at", "neuro.rapidly_progressive",
            "history.known_cancer", "imaging.lesion.*.level", "imaging.lesion.*.escc",
            "imaging.lesion.*.unstable_fracture", "history.operable_per_anaesthesia",
            "history.consents_to_surgery"} <= set(forms.triage.fields())


def test_a_conditional_item_applies_only_when_its_condition_holds_unless_it_holds_a_value() -> None:
    forms = load_forms(find_site=False)
    case = _examples()[0].model_copy(deep=True)
    details = forms.item("history.anticoagulant_details")
    suspected = forms.item("history.cancer_suspected")
    courses = forms.item("history.cord_tolerance_exhausted")
    case.history.anticoagulants, case.history.anticoagulant_details = False, None
    assert not applies(details, case) and ruled_out(details, case)
    case.history.anticoagulants = True
    assert applies(details, case)
    case.history.anticoagulants = None
    assert applies(details, case), "an unanswered question hides nothing"
    case.history.anticoagulants, case.history.anticoagulant_details = False, "apixaban"
    assert applies(details, case) and ruled_out(details, case), "what is recorded is never hidden"
    case.history.known_cancer = True  # applies_if: not history.known_cancer
    assert not applies(suspected, case)
    case.history.known_cancer = False
    assert applies(suspected, case)
    case.history.known_cancer = None
    assert applies(suspected, case)
    case.history.prior_spine_radiotherapy, case.history.cord_tolerance_exhausted = [], None
    assert not applies(courses, case), "a field other than yes/no rules out while it is empty"
    case.history.systemic_therapy_current = case.history.systemic_therapy_started_on = None
    assert not applies(forms.item("history.systemic_therapy_started_on"), case)
    case.history.systemic_therapy_current = "letrozole"
    assert applies(forms.item("history.systemic_therapy_started_on"), case)
    case.history.steroids_given, case.history.steroid_dose_mg = False, None
    assert "history.steroid_dose_mg" not in {i.field for i in missing_items(forms.history, case)}
    case.history.steroids_given = True
    assert "history.steroid_dose_mg" in {i.field for i in missing_items(forms.history, case)}


def test_the_history_page_puts_the_facts_of_the_pathway_and_scores_before_the_checklist() -> None:
    form = load_forms(find_site=False).history
    titles = [group.title for group in form.groups]
    checklist = next(i for i, group in enumerate(form.groups) if group.collapsible)
    assert form.groups[checklist].heading == "History checklist (Empfehlung 8)"
    assert all(group.collapsible for group in form.groups[checklist:])
    first_part = [item for group in form.groups[:checklist] for item in group.items]
    later = [item for group in form.groups[checklist:] for item in group.items]
    # Every item a score or a pathway fact reads is in the first part; the rest of the checklist after it.
    reads = [item.field for item in later if any(u.startswith("pathway:") or u in forms_load.SCALE_IDS
                                                 or ":" not in u and u != "red_flags" for u in item.used_by)]
    assert reads == [], reads
    assert {"history.complaint_weakness", "history.pain_character", "history.karnofsky",
            "history.primary_tumour"} <= {item.field for item in first_part}
    assert titles.index("General condition and operability") < checklist
