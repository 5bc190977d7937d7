"""How case values are written for people: English source labels of every answer vocabulary.

Shared by the UI (which translates them with Qt's ``tr`` in the context "labels") and the
report (which translates them with :class:`spinemet_desktop.i18n.Catalogue`). Every label is
marked with ``QT_TRANSLATE_NOOP("labels", ...)`` so that ``pyside6-lupdate`` extracts it into
the catalogues; no translation is written here. A ``%1`` in a label stands for the value. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spinemet_desktop.clinical.pathway.engine import UrgencyLevel
from spinemet_desktop.clinical.pathway.rules import Timing
from spinemet_desktop.clinical.scores import escc, scales
from spinemet_desktop.model import enums as e
from spinemet_desktop.model.levels import KEY_MUSCLES, SPINAL_LEVELS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for pyside6-lupdate; returns it unchanged."""
    return text


#: Marks that carry urgency and timing in text, so that nothing depends on colour alone.
URGENCY_MARK: dict[UrgencyLevel, str] = {
    UrgencyLevel.EMERGENCY: "‼", UrgencyLevel.URGENT: "!", UrgencyLevel.PROMPT: "›", UrgencyLevel.ROUTINE: "·",
    UrgencyLevel.UNDETERMINED: "?",
}
TIMING_MARK: dict[Timing, str] = {
    Timing.NOW: "‼", Timing.WITHIN_24H: "!", Timing.PLAN: "›", Timing.WARNING: "⚠", Timing.INFO: "·",
}


PRIMARY = {
    "breast": QT_TRANSLATE_NOOP("labels", "Breast"),
    "prostate": QT_TRANSLATE_NOOP("labels", "Prostate"),
    "lung_nsclc": QT_TRANSLATE_NOOP("labels", "Lung, non-small-cell"),
    "lung_sclc": QT_TRANSLATE_NOOP("labels", "Lung, small-cell"),
    "kidney": QT_TRANSLATE_NOOP("labels", "Kidney (renal cell)"),
    "thyroid": QT_TRANSLATE_NOOP("labels", "Thyroid"),
    "colon": QT_TRANSLATE_NOOP("labels", "Colon"),
    "rectum": QT_TRANSLATE_NOOP("labels", "Rectum"),
    "stomach": QT_TRANSLATE_NOOP("labels", "Stomach"),
    "esophagus": QT_TRANSLATE_NOOP("labels", "Oesophagus"),
    "pancreas": QT_TRANSLATE_NOOP("labels", "Pancreas"),
    "liver": QT_TRANSLATE_NOOP("labels", "Liver"),
    "gallbladder": QT_TRANSLATE_NOOP("labels", "Gallbladder"),
    "bladder": QT_TRANSLATE_NOOP("labels", "Bladder"),
    "uterus": QT_TRANSLATE_NOOP("labels", "Uterus"),
    "melanoma": QT_TRANSLATE_NOOP("labels", "Melanoma"),
    "myeloma": QT_TRANSLATE_NOOP("labels", "Multiple myeloma"),
    "lymphoma": QT_TRANSLATE_NOOP("labels", "Lymphoma"),
    "sarcoma": QT_TRANSLATE_NOOP("labels", "Sarcoma"),
    "osteosarcoma": QT_TRANSLATE_NOOP("labels", "Osteosarcoma"),
    "carcinoid": QT_TRANSLATE_NOOP("labels", "Carcinoid / NET"),
    "germ_cell": QT_TRANSLATE_NOOP("labels", "Germ-cell tumour"),
    "cup": QT_TRANSLATE_NOOP("labels", "Cancer of unknown primary (CUP, histologically proven)"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Not yet known (lesion not yet diagnosed)"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
DEFICIT = {
    "none": QT_TRANSLATE_NOOP("labels", "no neurological deficit"),
    "radicular_sensory": QT_TRANSLATE_NOOP("labels", "radicular pain or purely sensory deficit"),
    "mild": QT_TRANSLATE_NOOP(
        "labels", "mild motor deficit (ambulatory, Janda > 3, bladder/bowel intact)"
    ),
    "functionally_relevant": QT_TRANSLATE_NOOP("labels", "functionally relevant deficit"),
    "complete": QT_TRANSLATE_NOOP("labels", "complete cord syndrome (plegia)"),
}
MODALITY = {
    "mri": QT_TRANSLATE_NOOP("labels", "MRI"),
    "ct": QT_TRANSLATE_NOOP("labels", "CT"),
    "radiograph": QT_TRANSLATE_NOOP("labels", "Radiograph"),
    "bone_scintigraphy": QT_TRANSLATE_NOOP("labels", "Bone scintigraphy / SPECT"),
    "fdg_pet": QT_TRANSLATE_NOOP("labels", "FDG-PET/CT"),
    "psma_pet": QT_TRANSLATE_NOOP("labels", "PSMA-PET/CT"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
LAB = {
    "haemoglobin": QT_TRANSLATE_NOOP("labels", "Haemoglobin"),
    "leukocytes": QT_TRANSLATE_NOOP("labels", "Leukocytes"),
    "platelets": QT_TRANSLATE_NOOP("labels", "Platelets"),
    "crp": QT_TRANSLATE_NOOP("labels", "C-reactive protein"),
    "calcium": QT_TRANSLATE_NOOP("labels", "Calcium"),
    "inr": QT_TRANSLATE_NOOP("labels", "INR"),
    "quick": QT_TRANSLATE_NOOP("labels", "Quick (prothrombin time)"),
    "ptt": QT_TRANSLATE_NOOP("labels", "PTT"),
    "albumin": QT_TRANSLATE_NOOP("labels", "Albumin"),
    "creatinine": QT_TRANSLATE_NOOP("labels", "Creatinine"),
    "egfr": QT_TRANSLATE_NOOP("labels", "eGFR"),
    "alkaline_phosphatase": QT_TRANSLATE_NOOP("labels", "Alkaline phosphatase"),
    "vitamin_d": QT_TRANSLATE_NOOP("labels", "Vitamin D (25-OH)"),
    "pth": QT_TRANSLATE_NOOP("labels", "Parathyroid hormone (PTH)"),
    "protein_electrophoresis": QT_TRANSLATE_NOOP("labels", "Protein electrophoresis"),
}
OUTPUT_VALUES = {
    "immediate": QT_TRANSLATE_NOOP("labels", "immediate"),
    "prompt": QT_TRANSLATE_NOOP("labels", "prompt (not necessarily immediate)"),
    "routine": QT_TRANSLATE_NOOP("labels", "routine"),
    "tumour_board": QT_TRANSLATE_NOOP("labels", "tumour board"),
    "emergency_6h": QT_TRANSLATE_NOOP("labels", "emergency operation < 6 h"),
    "urgent_24h": QT_TRANSLATE_NOOP("labels", "early operation < 24 h"),
    "elective": QT_TRANSLATE_NOOP("labels", "elective operation"),
    "consider": QT_TRANSLATE_NOOP("labels", "consider surgery"),
    "not_indicated": QT_TRANSLATE_NOOP("labels", "not indicated"),
    "not_possible": QT_TRANSLATE_NOOP("labels", "not possible"),
    "postoperative": QT_TRANSLATE_NOOP("labels", "post-operative radiotherapy"),
    "single_8gy": QT_TRANSLATE_NOOP("labels", "1 × 8 Gy"),
    "short_course": QT_TRANSLATE_NOOP("labels", "short course (e.g. 5 × 4 Gy)"),
    "fractionated": QT_TRANSLATE_NOOP("labels", "fractionated (e.g. 10 × 3 Gy)"),
    "sbrt": QT_TRANSLATE_NOOP("labels", "SBRT"),
    "separation_sbrt": QT_TRANSLATE_NOOP("labels", "separation surgery + SBRT"),
    "re_irradiation": QT_TRANSLATE_NOOP("labels", "re-irradiation (after the cumulative-dose check)"),
    "after_histology": QT_TRANSLATE_NOOP("labels", "only after histology"),
    "none": QT_TRANSLATE_NOOP("labels", "none"),
    True: QT_TRANSLATE_NOOP("labels", "yes"),
    False: QT_TRANSLATE_NOOP("labels", "no"),
}
#: Values whose wording depends on the output (glossary §9: "Bildgebung im Routineablauf", "reguläre
#: Vorstellung"): looked up before :data:`OUTPUT_VALUES`.
SLOT_OUTPUT_VALUES = {
    ("imaging", "immediate"): QT_TRANSLATE_NOOP("labels", "immediate (MRI and/or CT)"),
    ("imaging", "prompt"): QT_TRANSLATE_NOOP("labels", "prompt, not necessarily immediate"),
    ("imaging", "routine"): QT_TRANSLATE_NOOP("labels", "in the routine course (outpatient possible)"),
    ("spine_centre", "immediate"): QT_TRANSLATE_NOOP("labels", "immediate presentation"),
    ("spine_centre", "tumour_board"): QT_TRANSLATE_NOOP("labels", "interdisciplinary tumour board"),
    ("spine_centre", "routine"): QT_TRANSLATE_NOOP("labels", "routine referral"),
}
SLOTS = {
    "imaging": QT_TRANSLATE_NOOP("labels", "Imaging"),
    "spine_centre": QT_TRANSLATE_NOOP("labels", "Spine centre"),
    "immobilise": QT_TRANSLATE_NOOP("labels", "Immobilise for transport"),
    "surgery": QT_TRANSLATE_NOOP("labels", "Surgery"),
    "radiotherapy": QT_TRANSLATE_NOOP("labels", "Radiotherapy"),
    "biopsy": QT_TRANSLATE_NOOP("labels", "Biopsy"),
    "embolisation": QT_TRANSLATE_NOOP("labels", "Embolisation"),
    "safety_net": QT_TRANSLATE_NOOP("labels", "Safety-net instruction"),
}

#: The pathway's groups of primary tumours (clinical.pathway.from_case.PATHWAY_PRIMARY), worded as
#: the glossary words them.
PATHWAY_PRIMARY_LABELS: list[tuple[object, str]] = [
    ("breast", QT_TRANSLATE_NOOP("labels", "breast cancer")),
    ("prostate", QT_TRANSLATE_NOOP("labels", "prostate cancer")),
    ("lung", QT_TRANSLATE_NOOP("labels", "lung cancer")),
    ("kidney", QT_TRANSLATE_NOOP("labels", "renal cell carcinoma")),
    ("thyroid", QT_TRANSLATE_NOOP("labels", "thyroid cancer")),
    ("colorectal", QT_TRANSLATE_NOOP("labels", "colorectal cancer")),
    ("melanoma", QT_TRANSLATE_NOOP("labels", "malignant melanoma")),
    ("myeloma", QT_TRANSLATE_NOOP("labels", "multiple myeloma")),
    ("lymphoma", QT_TRANSLATE_NOOP("labels", "lymphoma")),
    ("sarcoma", QT_TRANSLATE_NOOP("labels", "sarcoma")),
    ("unknown", QT_TRANSLATE_NOOP("labels", "primary tumour unknown")),
    ("other", QT_TRANSLATE_NOOP("labels", "other primary tumour")),
]

VOCABULARY: dict[str, list[tuple[object, str]]] = {
    "pathway_primary": PATHWAY_PRIMARY_LABELS,
    "sex": [
        ("female", QT_TRANSLATE_NOOP("labels", "female")),
        ("male", QT_TRANSLATE_NOOP("labels", "male")),
        ("diverse", QT_TRANSLATE_NOOP("labels", "diverse")),
        ("unknown", QT_TRANSLATE_NOOP("labels", "unknown")),
    ],
    "primary": [(p.value, PRIMARY[p.value]) for p in e.PrimaryTumour],
    "radiosensitivity": [
        ("high", QT_TRANSLATE_NOOP("labels", "high")),
        ("low", QT_TRANSLATE_NOOP("labels", "low")),
        ("unknown", QT_TRANSLATE_NOOP("labels", "unknown")),
    ],
    "prognosis": [
        ("very_poor", QT_TRANSLATE_NOOP("labels", "very poor (weeks to ~3 months)")),
        ("poor", QT_TRANSLATE_NOOP("labels", "poor (≤ 6 months)")),
        ("good", QT_TRANSLATE_NOOP("labels", "good (> 6 months)")),
    ],
    "pain_character": [
        ("mechanical", QT_TRANSLATE_NOOP("labels", "mechanical (movement/load-related)")),
        ("non_mechanical", QT_TRANSLATE_NOOP("labels", "non-mechanical (e.g. night/rest pain)")),
        ("none", QT_TRANSLATE_NOOP("labels", "no pain")),
    ],
    "pain_type": [
        ("somatic", QT_TRANSLATE_NOOP("labels", "somatic (sharp, well localised)")),
        ("neuropathic", QT_TRANSLATE_NOOP("labels", "neuropathic (burning, stabbing, radiating)")),
        ("mixed", QT_TRANSLATE_NOOP("labels", "mixed")),
    ],
    "pain_course": [
        ("sudden", QT_TRANSLATE_NOOP("labels", "sudden severe onset (possible fracture)")),
        ("progressive", QT_TRANSLATE_NOOP("labels", "progressive over weeks to months")),
        ("stable", QT_TRANSLATE_NOOP("labels", "unchanged")),
        ("improving", QT_TRANSLATE_NOOP("labels", "improving")),
    ],
    "clinical_course": [
        ("improving", QT_TRANSLATE_NOOP("labels", "improving")),
        ("stable", QT_TRANSLATE_NOOP("labels", "stable")),
        ("worsening", QT_TRANSLATE_NOOP("labels", "worsening")),
    ],
    "ambulatory": [
        ("independent", QT_TRANSLATE_NOOP("labels", "walks independently")),
        ("with_aid", QT_TRANSLATE_NOOP("labels", "walks with an aid")),
        ("not_ambulatory", QT_TRANSLATE_NOOP("labels", "not ambulatory")),
    ],
    "bladder_bowel": [
        ("intact", QT_TRANSLATE_NOOP("labels", "intact")),
        ("disturbed", QT_TRANSLATE_NOOP("labels", "disturbed")),
    ],
    "deficit": [(d.value, DEFICIT[d.value]) for d in e.DeficitClass],
    "frankel": [(f.value, f.value) for f in e.Frankel],
    "asa": [(a.value, f"ASA {a.value}") for a in e.AsaClass],
    "kps": [(k, f"{k} %") for k in range(100, -1, -10)],
    "ecog": [(k, f"ECOG {k}") for k in range(6)],
    "tomita_growth": [
        ("slow", QT_TRANSLATE_NOOP("labels", "slow (e.g. breast, thyroid)")),
        ("moderate", QT_TRANSLATE_NOOP("labels", "moderate (e.g. kidney, uterus)")),
        ("rapid", QT_TRANSLATE_NOOP("labels", "rapid (e.g. lung, stomach)")),
    ],
    "modality": [(m.value, MODALITY[m.value]) for m in e.Modality],
    "sins_location": [
        ("junctional", QT_TRANSLATE_NOOP("labels", "junctional (O–C2, C7–T2, T11–L1, L5–S1)")),
        ("mobile", QT_TRANSLATE_NOOP("labels", "mobile (C3–C6, L2–L4)")),
        ("semi_rigid", QT_TRANSLATE_NOOP("labels", "semi-rigid (T3–T10)")),
        ("rigid", QT_TRANSLATE_NOOP("labels", "rigid (S2–S5)")),
    ],
    "sins_pain": [
        ("mechanical", QT_TRANSLATE_NOOP("labels", "mechanical pain")),
        ("occasional_non_mechanical", QT_TRANSLATE_NOOP("labels", "occasional, non-mechanical")),
        ("pain_free", QT_TRANSLATE_NOOP("labels", "pain-free lesion")),
    ],
    "sins_bone_lesion": [
        ("lytic", QT_TRANSLATE_NOOP("labels", "lytic")),
        ("mixed", QT_TRANSLATE_NOOP("labels", "mixed")),
        ("blastic", QT_TRANSLATE_NOOP("labels", "blastic")),
    ],
    "sins_alignment": [
        ("subluxation_translation", QT_TRANSLATE_NOOP("labels", "subluxation/translation")),
        (
            "de_novo_deformity",
            QT_TRANSLATE_NOOP("labels", "de novo deformity (kyphosis/scoliosis)"),
        ),
        ("normal", QT_TRANSLATE_NOOP("labels", "normal alignment")),
    ],
    "sins_collapse": [
        ("gt50", QT_TRANSLATE_NOOP("labels", "> 50 % collapse")),
        ("lt50", QT_TRANSLATE_NOOP("labels", "< 50 % collapse")),
        (
            "no_collapse_gt50_involved",
            QT_TRANSLATE_NOOP("labels", "no collapse, > 50 % of body involved"),
        ),
        ("none", QT_TRANSLATE_NOOP("labels", "none of the above")),
    ],
    "sins_posterolateral": [
        ("bilateral", QT_TRANSLATE_NOOP("labels", "bilateral")),
        ("unilateral", QT_TRANSLATE_NOOP("labels", "unilateral")),
        ("none", QT_TRANSLATE_NOOP("labels", "none")),
    ],
    "escc": [(g.value, g.value) for g in e.EsccGrade],
    "spinal_level": [(level, level) for level in SPINAL_LEVELS],
    #: The lowest non-key muscle with motor function, named by its key-muscle segment (ISNCSCI 2019).
    "non_key_level": [(level, level) for level in KEY_MUSCLES],
    "scst": [(i, QT_TRANSLATE_NOOP("labels", "Type %1")) for i in range(1, 8)],
    "organ": [
        ("none", QT_TRANSLATE_NOOP("labels", "none")),
        ("removable", QT_TRANSLATE_NOOP("labels", "removable / treatable")),
        ("unremovable", QT_TRANSLATE_NOOP("labels", "unremovable / untreatable")),
    ],
    "anal": [
        ("Yes", QT_TRANSLATE_NOOP("labels", "Yes")),
        ("No", QT_TRANSLATE_NOOP("labels", "No")),
        ("NT", QT_TRANSLATE_NOOP("labels", "NT (not testable)")),
    ],
    "source": [
        ("entered", QT_TRANSLATE_NOOP("labels", "entered")),
        ("derived", QT_TRANSLATE_NOOP("labels", "derived")),
        ("override", QT_TRANSLATE_NOOP("labels", "OVERRIDDEN")),
        ("missing", QT_TRANSLATE_NOOP("labels", "missing")),
    ],
    #: Category answers of the survival scores (Tomita, Tokuhashi, van der Linden, Rades).
    "answer": [
        ("none", QT_TRANSLATE_NOOP("labels", "none")),
        ("treatable", QT_TRANSLATE_NOOP("labels", "treatable")),
        ("untreatable", QT_TRANSLATE_NOOP("labels", "untreatable")),
        ("solitary", QT_TRANSLATE_NOOP("labels", "solitary")),
        ("multiple", QT_TRANSLATE_NOOP("labels", "multiple")),
        ("lung", QT_TRANSLATE_NOOP("labels", "lung")),
        ("osteosarcoma", QT_TRANSLATE_NOOP("labels", "osteosarcoma")),
        ("stomach", QT_TRANSLATE_NOOP("labels", "stomach")),
        ("bladder", QT_TRANSLATE_NOOP("labels", "bladder")),
        ("esophagus", QT_TRANSLATE_NOOP("labels", "oesophagus")),
        ("pancreas", QT_TRANSLATE_NOOP("labels", "pancreas")),
        ("liver", QT_TRANSLATE_NOOP("labels", "liver")),
        ("gallbladder", QT_TRANSLATE_NOOP("labels", "gallbladder")),
        ("unidentified", QT_TRANSLATE_NOOP("labels", "unidentified")),
        ("kidney", QT_TRANSLATE_NOOP("labels", "kidney")),
        ("uterus", QT_TRANSLATE_NOOP("labels", "uterus")),
        ("rectum", QT_TRANSLATE_NOOP("labels", "rectum")),
        ("thyroid", QT_TRANSLATE_NOOP("labels", "thyroid")),
        ("breast", QT_TRANSLATE_NOOP("labels", "breast")),
        ("prostate", QT_TRANSLATE_NOOP("labels", "prostate")),
        ("carcinoid", QT_TRANSLATE_NOOP("labels", "carcinoid")),
        ("other", QT_TRANSLATE_NOOP("labels", "other")),
        ("myeloma_lymphoma", QT_TRANSLATE_NOOP("labels", "myeloma or lymphoma")),
    ],
    "lab": [(a.value, LAB[a.value]) for a in e.Analyte],
}


def descriptions(kind: str) -> dict[object, str]:
    """What each answer of a graded scale means, from the scale's own table in the clinical layer
    (ESCC: Bilsky's grade definitions; Karnofsky, ECOG, ASA, Frankel): shown next to the answer
    where it is chosen. Empty for vocabularies whose labels say it all. English source texts,
    rendered with :meth:`Renderer.clinical`."""
    tables: dict[str, Mapping[Any, str]] = {
        "escc": escc.DEFINITIONS, "kps": scales.KPS, "ecog": scales.ECOG, "asa": scales.ASA, "frankel": scales.FRANKEL,
    }
    return dict(tables.get(kind, {}))


#: The vocabulary of each answer type, for enum values inside clinical texts.
ENUM_KIND: dict[type, str] = {
    e.Sex: "sex", e.PrimaryTumour: "primary", e.Radiosensitivity: "radiosensitivity",
    e.PrognosisBand: "prognosis", e.PainCharacter: "pain_character",
    e.PainType: "pain_type", e.PainCourse: "pain_course", e.Ambulatory: "ambulatory",
    e.BladderBowel: "bladder_bowel", e.DeficitClass: "deficit", e.Modality: "modality",
    e.OrganMetastases: "organ", e.TomitaGrowth: "tomita_growth", e.Analyte: "lab",
}


#: The vocabulary of a score item's answers, where the answer is a code rather than a number.
ITEM_VOCABULARY: dict[tuple[str, str], str] = {
    **{("sins", item): f"sins_{item}" for item in ("location", "pain", "bone_lesion", "alignment", "collapse",
                                                    "posterolateral")},
    ("tomita", "growth"): "tomita_growth",
    ("tokuhashi_revised", "major_organ_metastases"): "organ",
}


#: The vocabulary of a pathway fact's values (facts not listed are numbers, levels or yes/no).
FACT_VOCABULARY: dict[str, str] = {
    "deficit": "deficit", "prognosis": "prognosis", "pain": "pain_character", "lesion_pain": "pain_character",
    "radiosensitivity": "radiosensitivity", "found_on": "modality", "primary": "pathway_primary",
}


def fact_label_template(name: str, value: object) -> str | None:
    """The English label of a pathway fact's value (an output, a deficit class...), if it has one."""
    if name.startswith("output:"):
        return OUTPUT_VALUES.get(value)
    kind = FACT_VOCABULARY.get(name)
    return label_template(kind, value) if kind is not None else None


def translated_label(kind: str | None, value: object, translate: Callable[[str], str]) -> str:
    """A value's label in a vocabulary, translated (``translate`` looks up the context "labels"),
    or the value itself when the vocabulary does not list it."""
    template = label_template(kind, value) if kind is not None else None
    if template is None:
        return str(value).replace("_", " ")
    return translate(template).replace("%1", str(value))


def label_template(kind: str, value: object) -> str | None:
    """The English label of a value in a vocabulary (None if the value is not in it)."""
    for candidate, text in VOCABULARY.get(kind, ()):
        if candidate == value:
            return text
    return None
