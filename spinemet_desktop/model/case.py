"""The case: one patient episode, the single source of truth for everything shown.

Every clinical field is optional and ``None`` means "not assessed". Scores, the pathway, the
summary panel, the PDF and all exports are derived from a :class:`Case` by the functions in
:mod:`spinemet_desktop.clinical`; nothing derived is stored here except explicit clinician
overrides, which carry who set them and why.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Final, Literal
from uuid import uuid4

from pydantic import Field, field_validator, model_validator

from spinemet_desktop.model.base import Identifier, StrictModel, not_in_future, now_utc
from spinemet_desktop.model.enums import (
    Analyte,
    AsaClass,
    ClinicalCourse,
    EsccGrade,
    Modality,
    OrganMetastases,
    PainCharacter,
    PainCourse,
    PainType,
    PrimaryTumour,
    PrognosisBand,
    Radiosensitivity,
    Sex,
    SinsAlignment,
    SinsBoneLesion,
    SinsCollapse,
    SinsLocation,
    SinsPain,
    SinsPosterolateral,
    TomitaGrowth,
)
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.levels import SPINAL_LEVEL_INDEX, SpinalLevel
from spinemet_desktop.model.limits import (
    MAX_EXAMS,
    MAX_LAB_RESULTS,
    MAX_LESIONS,
    MAX_LONG_TEXT,
    MAX_OVERRIDES,
    MAX_PRIOR_RADIOTHERAPY,
    MAX_SHORT_TEXT,
)
from spinemet_desktop.model.text import N_, fmt
from spinemet_desktop.model.units import (
    CANONICAL_UNIT,
    PLAUSIBLE_RANGE,
    UnitError,
    accepted_units,
    plausible,
    plausible_range,
    unit_missing,
)

SCHEMA_VERSION: Final = 1

ShortText = Annotated[str, Field(max_length=MAX_SHORT_TEXT)]
LongText = Annotated[str, Field(max_length=MAX_LONG_TEXT)]


class Patient(StrictModel):
    surname: ShortText | None = None
    given_name: ShortText | None = None
    date_of_birth: date | None = None
    sex: Sex | None = None
    record_number: Annotated[str, Field(max_length=64)] | None = None

    @field_validator("date_of_birth")
    @classmethod
    def _plausible_birth_date(cls, value: date | None) -> date | None:
        not_in_future(cls, value)
        if value is not None and value.year < 1900:
            raise ValueError("date of birth before 1900")
        return value

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.surname, self.given_name) if p]
        return ", ".join(parts)


class Encounter(StrictModel):
    assessed_at: datetime | None = None
    referring_ward: ShortText | None = None
    referring_physician: ShortText | None = None
    phone: Annotated[str, Field(max_length=64)] | None = None
    #: What the referrer asks of the spine centre (free text, printed on page 1 of the referral).
    question: LongText | None = None

    _past = field_validator("assessed_at")(not_in_future)


class PriorRadiotherapy(StrictModel):
    """A previous course of radiotherapy to the spine (matters for re-irradiation)."""

    level_from: SpinalLevel | None = None
    level_to: SpinalLevel | None = None
    total_dose_gy: Annotated[float, Field(ge=0.1, le=200)] | None = None
    fractions: Annotated[int, Field(ge=1, le=60)] | None = None
    completed_on: date | None = None

    _past = field_validator("completed_on")(not_in_future)


class DifferentialDiagnoses(StrictModel):
    """Differential diagnoses still to be excluded (guideline 6.1.1; pathway.md §8.6).

    ``True``: the diagnosis is being considered and must still be excluded; ``False``: it was
    considered and is not relevant or already excluded; ``None``: not assessed.
    """

    #: Osteoporotic fracture or other metabolic bone disease (e.g. Paget's disease).
    metabolic: bool | None = None
    #: Spinal infection (spondylodiscitis).
    infection: bool | None = None
    #: Haematological neoplasm (myeloma, lymphoma).
    haematological: bool | None = None
    primary_bone_tumour: bool | None = None
    #: Benign bone lesion (e.g. haemangioma).
    benign_lesion: bool | None = None
    #: Destructive degenerative changes.
    degenerative: bool | None = None
    trauma: bool | None = None
    #: Inflammatory disease (e.g. ankylosing spondylitis).
    inflammatory: bool | None = None
    #: Vascular lesion (e.g. arteriovenous malformation).
    vascular: bool | None = None
    #: Brown tumour (hyperparathyroidism; guideline §6.4).
    brown_tumour: bool | None = None


class History(StrictModel):
    """History and general status (guideline Empfehlung 8, pathway.md §8.1)."""

    # Pain
    pain_nrs: Annotated[int, Field(ge=0, le=10)] | None = None
    pain_quality: ShortText | None = None
    pain_character: PainCharacter | None = None
    pain_type: PainType | None = None
    pain_location: ShortText | None = None
    night_pain: bool | None = None
    rest_pain: bool | None = None
    sudden_severe_pain: bool | None = None
    pain_onset: date | None = None
    pain_course: PainCourse | None = None
    # Neurological complaints as the patient reports them (the exam is on the neurology page)
    complaint_weakness: bool | None = None
    complaint_sensory: bool | None = None
    complaint_radicular_pain: bool | None = None
    complaint_bladder_bowel: bool | None = None
    # Oncological history
    known_cancer: bool | None = None
    #: Clinical suspicion of cancer without a known cancer (red flag, guideline 6.1.2).
    cancer_suspected: bool | None = None
    primary_tumour: PrimaryTumour | None = None
    histology: ShortText | None = None
    primary_diagnosis_date: date | None = None
    known_metastases: ShortText | None = None
    systemic_therapy_current: ShortText | None = None
    systemic_therapy_started_on: date | None = None
    #: General condition under the current systemic therapy (separates a flare from progression, S8).
    systemic_therapy_course: ClinicalCourse | None = None
    systemic_therapy_previous: LongText | None = None
    radiosensitivity_override: Radiosensitivity | None = None
    diagnosis_unclear: bool | None = None
    oligometastatic_board_confirmed: bool | None = None
    prior_spine_radiotherapy: list[PriorRadiotherapy] = Field(default_factory=list, max_length=MAX_PRIOR_RADIOTHERAPY)
    cord_tolerance_exhausted: bool | None = None
    #: The radiation oncologist has checked the cumulative cord dose and it allows another course
    #: although the level already had more than one (pathway.md §11 S5).
    further_reirradiation_cleared: bool | None = None
    # Other history items of Empfehlung 8
    trauma: bool | None = None
    #: Local signs of inflammation (redness, swelling, warmth over the spine).
    inflammation_signs: bool | None = None
    #: Systemic signs of inflammation (fever, chills, night sweats).
    systemic_inflammation_signs: bool | None = None
    infection: bool | None = None
    bone_metabolism_disease: bool | None = None
    bone_metabolism_details: ShortText | None = None
    #: Osteoporotic bone (known osteoporosis or osteoporotic bone quality): the receiving surgeon
    #: cement-augments pedicle screws in the thoracic and lumbar spine (E 64).
    osteoporosis: bool | None = None
    #: Known hyperparathyroidism or end-stage renal disease (brown tumour; trigger for PTH).
    hyperparathyroidism_or_esrd: bool | None = None
    previous_spinal_intervention: bool | None = None
    previous_spinal_intervention_details: ShortText | None = None
    anticoagulants: bool | None = None
    anticoagulant_details: ShortText | None = None
    medication_plan: LongText | None = None
    steroids_given: bool | None = None
    steroid_dose_mg: Annotated[float, Field(ge=0, le=1000)] | None = None
    steroids_given_at: datetime | None = None
    weight_loss: bool | None = None
    differentials: DifferentialDiagnoses = Field(default_factory=DifferentialDiagnoses)
    # General condition and operability
    karnofsky: Annotated[int, Field(ge=0, le=100, multiple_of=10)] | None = None
    ecog: Annotated[int, Field(ge=0, le=5)] | None = None
    asa_class: AsaClass | None = None
    operable_per_anaesthesia: bool | None = None
    #: The patient's wish regarding surgery (True: agrees to an operation).
    consents_to_surgery: bool | None = None
    #: Clinician's prognosis band; when None the band is derived from the survival scores.
    prognosis_override: PrognosisBand | None = None
    #: Tomita primary-growth category: chosen by the clinician (scores-surgical.md §3a).
    tomita_growth: TomitaGrowth | None = None

    _past_dates = field_validator(
        "primary_diagnosis_date", "systemic_therapy_started_on", "pain_onset", "steroids_given_at"
    )(not_in_future)


class Lesion(StrictModel):
    """One spinal lesion as seen on imaging."""

    id: Identifier = Field(default_factory=lambda: uuid4().hex)
    level: SpinalLevel | None = None
    #: Last level of a lesion that spans several levels (None: a single level).
    level_to: SpinalLevel | None = None
    modality: Modality | None = None
    imaging_date: date | None = None
    #: When None, the SINS location is derived from the level.
    sins_location_override: SinsLocation | None = None
    sins_pain: SinsPain | None = None
    sins_bone_lesion: SinsBoneLesion | None = None
    sins_alignment: SinsAlignment | None = None
    sins_collapse: SinsCollapse | None = None
    sins_posterolateral: SinsPosterolateral | None = None
    escc: EsccGrade | None = None
    #: Tomita surgical classification type 1-7 (provisional table).
    scst_type: Annotated[int, Field(ge=1, le=7)] | None = None
    pathological_fracture: bool | None = None
    unstable_fracture: bool | None = None
    fragments_in_canal: bool | None = None
    hypervascular: bool | None = None
    largest_diameter_mm: Annotated[float, Field(ge=1, le=500)] | None = None
    new_or_increased_uptake: bool | None = None
    notes: LongText | None = None

    _past = field_validator("imaging_date")(not_in_future)

    @model_validator(mode="after")
    def _level_order(self) -> Lesion:
        if (self.level is not None and self.level_to is not None
                and SPINAL_LEVEL_INDEX[self.level_to] < SPINAL_LEVEL_INDEX[self.level]):
            raise ValueError("the last level of a lesion lies above its first level")
        return self

    @property
    def level_label(self) -> str:
        if self.level is None:
            return ""
        if self.level_to and self.level_to != self.level:
            return f"{self.level}–{self.level_to}"
        return self.level


class Imaging(StrictModel):
    """Imaging findings: lesions plus case-level staging facts."""

    lesions: list[Lesion] = Field(default_factory=list, max_length=MAX_LESIONS)
    #: Number of vertebral bodies with metastases (Tokuhashi counts these).
    vertebral_metastases_count: Annotated[int, Field(ge=0, le=30)] | None = None
    #: Number of extraspinal bone metastasis foci.
    extraspinal_bone_foci: Annotated[int, Field(ge=0, le=500)] | None = None
    visceral_metastases: OrganMetastases | None = None
    brain_metastases: OrganMetastases | None = None
    staging_complete: bool | None = None


class LabResult(StrictModel):
    """One laboratory result. A value needs its unit (one the labs page offers for the analyte;
    never read as the canonical one) and must lie in the analyte's plausible range; a reference
    range is in the value's unit, low below high, within the plausible range too."""

    analyte: Analyte
    value: float | None = None
    unit: Annotated[str, Field(max_length=20)] | None = None
    measured_at: datetime | None = None
    reference_low: float | None = None
    reference_high: float | None = None
    #: Free-text result (e.g. an electrophoresis report).
    text: LongText | None = None

    _past = field_validator("measured_at")(not_in_future)

    @model_validator(mode="after")
    def _value_unit_and_range(self) -> LabResult:
        analyte, name = self.analyte.value, self.analyte
        numeric = analyte in PLAUSIBLE_RANGE
        bounds = [b for b in (self.reference_low, self.reference_high) if b is not None]
        if not numeric:
            if self.value is not None or bounds or self.unit:
                raise ValueError(fmt(N_("%1 is a report: it has a text, no value, unit or range"), name))
            return self
        if self.unit is not None and self.unit not in accepted_units(analyte):
            raise ValueError(fmt(N_("%1: the unit %2 is not one of %3"), name, self.unit,
                                 ", ".join(u or "(none)" for u in accepted_units(analyte))))
        if (self.value is not None or bounds) and unit_missing(analyte, self.unit):
            raise ValueError(fmt(N_("%1: a value and its reference range need their unit (%2)"), name,
                                 ", ".join(accepted_units(analyte))))
        unit = self.unit if self.unit is not None else CANONICAL_UNIT[analyte]
        try:
            implausible = [v for v in (self.value, *bounds) if v is not None and not plausible(analyte, v, unit)]
        except UnitError as exc:  # pragma: no cover - the unit was checked above
            raise ValueError(str(exc)) from None
        if implausible:
            low, high = plausible_range(analyte, unit) or (None, None)
            raise ValueError(fmt(N_("%1: %2 %3 lies outside the plausible range %4–%5 %3"), name,
                                 implausible[0], unit, low, high))
        if len(bounds) == 2 and bounds[0] >= bounds[1]:
            raise ValueError(fmt(N_("%1: the reference range's lower limit %2 is not below its upper limit %3"),
                                 name, bounds[0], bounds[1]))
        return self


class Labs(StrictModel):
    results: list[LabResult] = Field(default_factory=list, max_length=MAX_LAB_RESULTS)

    def latest(self, analyte: str) -> LabResult | None:
        """The most recent result of an analyte (entry order breaks ties)."""
        found = [r for r in self.results if r.analyte == analyte and r.value is not None]
        if not found:
            return None
        return max(
            enumerate(found),
            key=lambda pair: (pair[1].measured_at.timestamp() if pair[1].measured_at else 0, pair[0]),
        )[1]


class Override(StrictModel):
    """A clinician's override of a value the program derived (recorded, never silent)."""

    target: Annotated[str, Field(max_length=100)]
    value: Annotated[str, Field(max_length=MAX_SHORT_TEXT)] | int | float | bool
    reason: Annotated[str, Field(max_length=500)] | None = None
    set_at: datetime = Field(default_factory=now_utc)
    set_by: ShortText | None = None


class Signature(StrictModel):
    name: ShortText | None = None
    function: ShortText | None = None


class Case(StrictModel):
    """One patient episode."""

    schema_version: Literal[1] = SCHEMA_VERSION
    id: Identifier = Field(default_factory=lambda: uuid4().hex)
    created_at: datetime = Field(default_factory=now_utc)
    updated_at: datetime = Field(default_factory=now_utc)
    patient: Patient = Field(default_factory=Patient)
    encounter: Encounter = Field(default_factory=Encounter)
    history: History = Field(default_factory=History)
    neuro_exams: list[NeuroExam] = Field(default_factory=list, max_length=MAX_EXAMS)
    imaging: Imaging = Field(default_factory=Imaging)
    labs: Labs = Field(default_factory=Labs)
    overrides: list[Override] = Field(default_factory=list, max_length=MAX_OVERRIDES)
    notes: LongText | None = None
    signature: Signature = Field(default_factory=Signature)

    def latest_exam(self) -> NeuroExam | None:
        return self._exams_by_time()[-1] if self.neuro_exams else None

    def exams_latest_first(self) -> list[NeuroExam]:
        return list(reversed(self._exams_by_time()))

    def previous_exam(self) -> NeuroExam | None:
        exams = self._exams_by_time()
        return exams[-2] if len(exams) >= 2 else None

    def _exams_by_time(self) -> list[NeuroExam]:
        # An exam without a time keeps its place in the order of entry: it sorts right after the
        # timed exam entered before it (a missing time must not make an older exam the latest).
        keys: list[tuple[float, int]] = []
        previous = float("-inf")
        for index, exam in enumerate(self.neuro_exams):
            if exam.examined_at is not None:
                previous = exam.examined_at.timestamp()
            keys.append((previous, index))
        order = sorted(range(len(self.neuro_exams)), key=keys.__getitem__)
        return [self.neuro_exams[i] for i in order]

    def override_for(self, target: str) -> Override | None:
        for override in reversed(self.overrides):
            if override.target == target:
                return override
        return None
