"""Laboratory units and conversions (pure arithmetic, no clinical judgement).

Each analyte has one canonical unit in which the program reasons; values entered in another
accepted unit are converted with the factors below.
"""

from __future__ import annotations

from spinemet_desktop.model.enums import Analyte

#: mg/dL per mmol/L of calcium (molar mass 40.08 g/mol).
CALCIUM_MG_DL_PER_MMOL_L = 4.008
#: mmol/L per g/dL of haemoglobin (monomer, molar mass 16,114.5 g/mol).
HAEMOGLOBIN_MMOL_L_PER_G_DL = 0.6206
#: µmol/L per mg/dL of creatinine (molar mass 113.12 g/mol).
CREATININE_UMOL_L_PER_MG_DL = 88.42
#: nmol/L per ng/mL of 25-hydroxy-vitamin D (molar mass 400.6 g/mol).
VITAMIN_D_NMOL_L_PER_NG_ML = 2.496
#: pmol/L per pg/mL of intact parathyroid hormone (molar mass 9,425 g/mol).
PTH_PMOL_L_PER_PG_ML = 0.106
#: U/L per µkat/L of an enzyme activity (1 µkat = 60 µmol/min = 60 U).
U_L_PER_UKAT_L = 60.0

#: The unit of each analyte in which the program reasons ("" for a ratio or a report).
CANONICAL_UNIT: dict[str, str] = {
    Analyte.HAEMOGLOBIN: "g/dL",
    Analyte.LEUKOCYTES: "/nL",
    Analyte.PLATELETS: "/nL",
    Analyte.CRP: "mg/L",
    Analyte.CALCIUM: "mmol/L",
    Analyte.INR: "",
    Analyte.QUICK: "%",
    Analyte.PTT: "s",
    Analyte.ALKALINE_PHOSPHATASE: "U/L",
    Analyte.VITAMIN_D: "ng/mL",
    Analyte.PTH: "pg/mL",
    Analyte.ALBUMIN: "g/L",
    Analyte.CREATININE: "mg/dL",
    Analyte.EGFR: "mL/min/1.73m²",
    Analyte.PROTEIN_ELECTROPHORESIS: "",
}

#: factor such that canonical = value * factor, per (analyte, unit).
_FACTORS: dict[tuple[str, str], float] = {
    ("haemoglobin", "g/dL"): 1.0,
    ("haemoglobin", "g/L"): 0.1,
    ("haemoglobin", "mmol/L"): 1 / HAEMOGLOBIN_MMOL_L_PER_G_DL,
    ("calcium", "mmol/L"): 1.0,
    ("calcium", "mg/dL"): 1 / CALCIUM_MG_DL_PER_MMOL_L,
    ("albumin", "g/L"): 1.0,
    ("albumin", "g/dL"): 10.0,
    ("creatinine", "mg/dL"): 1.0,
    ("creatinine", "µmol/L"): 1 / CREATININE_UMOL_L_PER_MG_DL,
    ("leukocytes", "/nL"): 1.0,
    ("leukocytes", "G/L"): 1.0,
    ("leukocytes", "10^9/L"): 1.0,
    ("leukocytes", "/µL"): 0.001,
    ("platelets", "/nL"): 1.0,
    ("platelets", "G/L"): 1.0,
    ("platelets", "10^9/L"): 1.0,
    ("platelets", "/µL"): 0.001,
    ("crp", "mg/L"): 1.0,
    ("crp", "mg/dL"): 10.0,
    ("alkaline_phosphatase", "U/L"): 1.0,
    ("alkaline_phosphatase", "µkat/L"): U_L_PER_UKAT_L,
    ("vitamin_d", "ng/mL"): 1.0,
    ("vitamin_d", "nmol/L"): 1 / VITAMIN_D_NMOL_L_PER_NG_ML,
    ("pth", "pg/mL"): 1.0,
    ("pth", "pmol/L"): 1 / PTH_PMOL_L_PER_PG_ML,
}


#: The plausible range of each analyte's values in its canonical unit: a value outside is
#: impossible (a typing or unit error) and refused, whichever way it comes in (forms/labs.yaml
#: declares the same ranges for the labs page; presentation checks them against these at start).
#: Not reference ranges: they say nothing about what is normal.
PLAUSIBLE_RANGE: dict[str, tuple[float, float]] = {
    Analyte.HAEMOGLOBIN: (1, 25),
    Analyte.LEUKOCYTES: (0, 1000),
    Analyte.PLATELETS: (0, 5000),
    Analyte.CRP: (0, 1000),
    Analyte.CALCIUM: (0.5, 6),
    Analyte.INR: (0.5, 20),
    Analyte.QUICK: (1, 200),
    Analyte.PTT: (10, 250),
    Analyte.ALBUMIN: (5, 80),
    Analyte.CREATININE: (0.05, 30),
    Analyte.EGFR: (0, 250),
    Analyte.ALKALINE_PHOSPHATASE: (0, 10000),
    Analyte.VITAMIN_D: (0, 300),
    Analyte.PTH: (0, 5000),
}
#: Relative tolerance when a bound is compared in another unit (a conversion's rounding error).
_TOLERANCE = 1e-9


class UnitError(ValueError):
    pass


def accepted_units(analyte: str) -> tuple[str, ...]:
    units = tuple(unit for (a, unit) in _FACTORS if a == analyte)
    return units or (CANONICAL_UNIT.get(analyte, ""),)


def plausible(analyte: str, value: float, unit: str | None) -> bool:
    """Whether a value in an accepted unit lies within the analyte's plausible range (True for an
    analyte without one, e.g. a report). Raises :class:`UnitError` for a unit not accepted."""
    bounds = PLAUSIBLE_RANGE.get(analyte)
    if bounds is None:
        return True
    canonical = to_canonical(analyte, value, unit)
    low, high = bounds
    slack = _TOLERANCE * max(abs(low), abs(high), 1.0)
    return low - slack <= canonical <= high + slack


def plausible_range(analyte: str, unit: str | None) -> tuple[float, float] | None:
    """The plausible range in ``unit`` (to 4 decimals), or None for an analyte without one."""
    bounds = PLAUSIBLE_RANGE.get(analyte)
    if bounds is None:
        return None
    low, high = (convert_bound(analyte, bound, None, unit) for bound in bounds)
    assert low is not None and high is not None
    return low, high


def unit_missing(analyte: str, unit: str | None) -> bool:
    """A value needs its unit unless the analyte has none (INR): a missing unit is never read as
    the canonical one (albumin 3.6 without a unit is not 3.6 g/L)."""
    return not unit and CANONICAL_UNIT.get(analyte) != ""


def to_canonical(analyte: str, value: float, unit: str | None) -> float:
    """Convert a value to the analyte's canonical unit; unknown units raise :class:`UnitError`."""
    canonical = CANONICAL_UNIT.get(analyte)
    if canonical is None:
        raise UnitError(f"no canonical unit for {analyte!r}")
    if unit is None or unit == canonical:
        return value
    factor = _FACTORS.get((analyte, unit))
    if factor is None:
        raise UnitError(f"unit {unit!r} is not accepted for {analyte}")
    return value * factor


def from_canonical(analyte: str, value: float, unit: str) -> float:
    factor = _FACTORS.get((analyte, unit), 1.0 if unit == CANONICAL_UNIT.get(analyte) else None)
    if factor is None:
        raise UnitError(f"unit {unit!r} is not accepted for {analyte}")
    return value / factor


def convert(analyte: str, value: float, from_unit: str | None, to_unit: str | None) -> float:
    """A value of an analyte from one accepted unit into another (via the canonical unit)."""
    canonical = to_canonical(analyte, value, from_unit)
    return canonical if to_unit is None else from_canonical(analyte, canonical, to_unit)


def convert_bound(analyte: str, value: float | None, from_unit: str | None, to_unit: str | None) -> float | None:
    """A range bound or limit in another unit, to 4 decimals (as a laboratory would print it)."""
    return None if value is None else round(convert(analyte, value, from_unit or None, to_unit or None), 4)
