"""Answer vocabularies of the case model.

Every clinical field is optional; ``None`` means "not assessed". An explicit answer such as
``UNKNOWN`` is different from ``None`` and is shown differently.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class PrimaryTumour(StrEnum):
    """Primary tumour, fine enough for every score's tumour categories."""

    BREAST = "breast"
    PROSTATE = "prostate"
    LUNG_NSCLC = "lung_nsclc"
    LUNG_SCLC = "lung_sclc"
    KIDNEY = "kidney"
    THYROID = "thyroid"
    COLON = "colon"
    RECTUM = "rectum"
    STOMACH = "stomach"
    ESOPHAGUS = "esophagus"
    PANCREAS = "pancreas"
    LIVER = "liver"
    GALLBLADDER = "gallbladder"
    BLADDER = "bladder"
    UTERUS = "uterus"
    MELANOMA = "melanoma"
    MYELOMA = "myeloma"
    LYMPHOMA = "lymphoma"
    SARCOMA = "sarcoma"
    OSTEOSARCOMA = "osteosarcoma"
    CARCINOID = "carcinoid"
    GERM_CELL = "germ_cell"
    #: Cancer of unknown primary: a histologically proven metastasis whose primary was not found.
    CUP = "cup"
    #: Not yet known: the lesion is not yet diagnosed (pathway.md §11 S13 — not the same as CUP).
    UNKNOWN = "unknown"
    OTHER = "other"


class Radiosensitivity(StrEnum):
    HIGH = "high"
    LOW = "low"
    UNKNOWN = "unknown"


class PrognosisBand(StrEnum):
    """Survival prognosis band used by the pathway (pathway.md §7 item 5: inference)."""

    VERY_POOR = "very_poor"
    POOR = "poor"
    GOOD = "good"


class PainCharacter(StrEnum):
    MECHANICAL = "mechanical"
    NON_MECHANICAL = "non_mechanical"
    NONE = "none"


class PainType(StrEnum):
    SOMATIC = "somatic"
    NEUROPATHIC = "neuropathic"
    MIXED = "mixed"


class PainCourse(StrEnum):
    """Onset and course of the pain (Empfehlung 8; pathway.md §8.1)."""

    SUDDEN = "sudden"  # sudden severe pain: possible pathological fracture
    PROGRESSIVE = "progressive"  # increasing over weeks to months
    STABLE = "stable"
    IMPROVING = "improving"


class ClinicalCourse(StrEnum):
    """The patient's clinical course under the current systemic therapy (pathway.md §11 S8)."""

    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"


class Ambulatory(StrEnum):
    INDEPENDENT = "independent"
    WITH_AID = "with_aid"
    NOT_AMBULATORY = "not_ambulatory"


class BladderBowel(StrEnum):
    INTACT = "intact"
    DISTURBED = "disturbed"


class DeficitClass(StrEnum):
    """Neurological deficit class used by the pathway (scenarios README, pathway.md §2)."""

    NONE = "none"
    RADICULAR_SENSORY = "radicular_sensory"
    MILD = "mild"
    FUNCTIONALLY_RELEVANT = "functionally_relevant"
    COMPLETE = "complete"


class Frankel(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


class AsaClass(StrEnum):
    I = "I"
    II = "II"
    III = "III"
    IV = "IV"
    V = "V"
    VI = "VI"


class Modality(StrEnum):
    MRI = "mri"
    CT = "ct"
    RADIOGRAPH = "radiograph"
    BONE_SCINTIGRAPHY = "bone_scintigraphy"
    FDG_PET = "fdg_pet"
    PSMA_PET = "psma_pet"
    OTHER = "other"


class SinsLocation(StrEnum):
    JUNCTIONAL = "junctional"
    MOBILE = "mobile"
    SEMI_RIGID = "semi_rigid"
    RIGID = "rigid"


class SinsPain(StrEnum):
    MECHANICAL = "mechanical"
    OCCASIONAL_NON_MECHANICAL = "occasional_non_mechanical"
    PAIN_FREE = "pain_free"


class SinsBoneLesion(StrEnum):
    LYTIC = "lytic"
    MIXED = "mixed"
    BLASTIC = "blastic"


class SinsAlignment(StrEnum):
    SUBLUXATION_TRANSLATION = "subluxation_translation"
    DE_NOVO_DEFORMITY = "de_novo_deformity"
    NORMAL = "normal"


class SinsCollapse(StrEnum):
    GT50 = "gt50"
    LT50 = "lt50"
    NO_COLLAPSE_GT50_INVOLVED = "no_collapse_gt50_involved"
    NONE = "none"


class SinsPosterolateral(StrEnum):
    BILATERAL = "bilateral"
    UNILATERAL = "unilateral"
    NONE = "none"


class EsccGrade(StrEnum):
    G0 = "0"
    G1A = "1a"
    G1B = "1b"
    G1C = "1c"
    G2 = "2"
    G3 = "3"


class OrganMetastases(StrEnum):
    """Visceral / brain metastases as the Tokuhashi score grades them."""

    NONE = "none"
    REMOVABLE = "removable"
    UNREMOVABLE = "unremovable"


class TomitaGrowth(StrEnum):
    SLOW = "slow"
    MODERATE = "moderate"
    RAPID = "rapid"


class TomitaVisceral(StrEnum):
    NONE = "none"
    TREATABLE = "treatable"
    UNTREATABLE = "untreatable"


class Analyte(StrEnum):
    """Laboratory analytes (guideline Empfehlung 14, plus albumin and kidney function)."""

    HAEMOGLOBIN = "haemoglobin"
    LEUKOCYTES = "leukocytes"
    PLATELETS = "platelets"
    CRP = "crp"
    CALCIUM = "calcium"
    INR = "inr"
    QUICK = "quick"
    PTT = "ptt"
    ALKALINE_PHOSPHATASE = "alkaline_phosphatase"
    VITAMIN_D = "vitamin_d"
    PTH = "pth"
    PROTEIN_ELECTROPHORESIS = "protein_electrophoresis"
    ALBUMIN = "albumin"
    CREATININE = "creatinine"
    EGFR = "egfr"
