"""The largest case the program accepts: every list at its limit, long texts (about 3 MB as a file).

Used to check that the program stays usable at the limits of model/limits.py
(tests/e2e/test_hostile_files.py opens it in the editor; docs/case-file-format.md, "Limits").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from spinemet_desktop.model import (
    Case,
    LabResult,
    Lesion,
    NeuroExam,
    Override,
    PriorRadiotherapy,
    case_from_json,
)
from spinemet_desktop.model.caseio import case_to_json
from spinemet_desktop.model.isncsci import IsncsciValues
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES, SPINAL_LEVELS
from spinemet_desktop.model.limits import (
    MAX_CASE_FILE_BYTES,
    MAX_EXAMS,
    MAX_LAB_RESULTS,
    MAX_LESIONS,
    MAX_LONG_TEXT,
    MAX_OVERRIDES,
    MAX_PRIOR_RADIOTHERAPY,
)
from tests.conftest import EXAMPLES

START = datetime(2026, 6, 1, 8, tzinfo=UTC)
#: Units and values the labs page accepts, per analyte (one value each).
LAB_VALUES = {"haemoglobin": (11.2, "g/dL"), "leukocytes": (7.1, "/nL"), "platelets": (230, "/nL"),
              "crp": (12, "mg/L"), "calcium": (2.4, "mmol/L"), "inr": (1.1, ""), "quick": (90, "%"),
              "ptt": (30, "s"), "albumin": (38, "g/L"), "creatinine": (0.9, "mg/dL"), "egfr": (80, "mL/min/1.73m²"),
              "alkaline_phosphatase": (90, "U/L"), "vitamin_d": (25, "ng/mL"), "pth": (40, "pg/mL")}


def text(length: int, word: str = "Befund ") -> str:
    """Words and line breaks, ``length`` characters."""
    line = (word * 12).strip() + "\n"
    return (line * (length // len(line) + 1))[:length].strip()


def largest_case(long_text: int = MAX_LONG_TEXT, lesion_notes: int = 12_000) -> Case:
    """The example breast case grown to the limits (still a sound case the pathway can judge)."""
    case = case_from_json(next(p for p in EXAMPLES if "breast" in p.name).read_bytes())
    exam = case.neuro_exams[-1]
    worksheet = IsncsciValues(
        right_motor=dict.fromkeys(KEY_MUSCLES, "4"), left_motor=dict.fromkeys(KEY_MUSCLES, "4"),
        right_light_touch=dict.fromkeys(DERMATOMES, "1"), left_light_touch=dict.fromkeys(DERMATOMES, "1"),
        right_pin_prick=dict.fromkeys(DERMATOMES, "1"), left_pin_prick=dict.fromkeys(DERMATOMES, "1"),
        vac="Yes", dap="Yes", comments=text(2000))
    case.neuro_exams = [exam] + [
        NeuroExam(examined_at=START + timedelta(hours=2 * i), examiner="Dr. Weber", isncsci=worksheet,
                  ambulatory=exam.ambulatory, bladder_bowel=exam.bladder_bowel)
        for i in range(MAX_EXAMS - 1)]
    levels = SPINAL_LEVELS
    case.imaging.lesions = [
        Lesion(level=levels[i % len(levels)], modality="mri", imaging_date=START.date(), escc="1b", sins_pain="mechanical",
               sins_bone_lesion="lytic", sins_alignment="normal", sins_collapse="none", sins_posterolateral="none",
               largest_diameter_mm=20, notes=text(lesion_notes))
        for i in range(MAX_LESIONS)]
    case.labs.results = [LabResult(analyte=analyte, value=value, unit=unit, measured_at=START + timedelta(hours=i),
                                   reference_low=None, reference_high=None)
                         for i in range(MAX_LAB_RESULTS - 1)
                         for analyte, (value, unit) in [list(LAB_VALUES.items())[i % len(LAB_VALUES)]]]
    case.labs.results.append(LabResult(analyte="protein_electrophoresis", text=text(long_text), measured_at=START))
    case.overrides = [Override(target="tokuhashi_revised.primary", value="other", reason=text(400), set_by="Dr. Weber")
                      for _ in range(MAX_OVERRIDES)]
    case.history.prior_spine_radiotherapy = [
        PriorRadiotherapy(level_from="T8", level_to="T11", total_dose_gy=20, fractions=5, completed_on=START.date())
        for _ in range(MAX_PRIOR_RADIOTHERAPY)]
    for owner, field in ((case.encounter, "question"), (case.history, "systemic_therapy_previous"),
                         (case.history, "medication_plan"), (case, "notes")):
        setattr(owner, field, text(long_text))
    size = len(case_to_json(case).encode("utf-8"))
    assert size <= MAX_CASE_FILE_BYTES, size
    return case
