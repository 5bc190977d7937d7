"""User-visible names of answer options (English source strings, translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spinemet_desktop.clinical.scores.sins import SPEC as SINS_SPEC
from spinemet_desktop.model import enums as e


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _with_sins_points(item: str, options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Append each answer's points, read from the SINS table (clinical.scores.sins)."""
    points = next(i.points for i in SINS_SPEC.items if i.id == item)
    return [(value, f"{label} — {points[value]}") for value, label in options]  # type: ignore[index]


def choices(kind: str) -> list[tuple[str, str]]:
    """(value, label) pairs for an answer vocabulary."""
    if kind.startswith("sins_"):
        return _with_sins_points(kind[5:], _PLAIN_CHOICES()[kind])
    return _PLAIN_CHOICES()[kind]


def _PLAIN_CHOICES() -> dict[str, list[tuple[str, str]]]:
    return {
        "sex": [("female", tr("female")), ("male", tr("male")), ("diverse", tr("diverse")),
                ("unknown", tr("unknown"))],
        "primary": [(p.value, tr(PRIMARY[p.value])) for p in e.PrimaryTumour],
        "radiosensitivity": [("high", tr("high")), ("low", tr("low")), ("unknown", tr("unknown"))],
        "prognosis": [("very_poor", tr("very poor (weeks to ~3 months)")),
                      ("poor", tr("poor (≤ 6 months)")), ("good", tr("good (> 6 months)"))],
        "pain_character": [("mechanical", tr("mechanical (movement/load-related)")),
                           ("non_mechanical", tr("non-mechanical (e.g. night/rest pain)")),
                           ("none", tr("no pain"))],
        "ambulatory": [("independent", tr("walks independently")), ("with_aid", tr("walks with an aid")),
                       ("not_ambulatory", tr("not ambulatory"))],
        "bladder_bowel": [("intact", tr("intact")), ("disturbed", tr("disturbed"))],
        "deficit": [(d.value, tr(DEFICIT[d.value])) for d in e.DeficitClass],
        "frankel": [(f.value, f.value) for f in e.Frankel],
        "asa": [(a.value, f"ASA {a.value}") for a in e.AsaClass],
        "kps": [(k, f"{k} %") for k in range(100, -1, -10)],
        "ecog": [(k, f"ECOG {k}") for k in range(6)],
        "tomita_growth": [("slow", tr("slow (e.g. breast, thyroid)")),
                          ("moderate", tr("moderate (e.g. kidney, uterus)")),
                          ("rapid", tr("rapid (e.g. lung, stomach)"))],
        "modality": [(m.value, tr(MODALITY[m.value])) for m in e.Modality],
        "sins_location": [("junctional", tr("junctional (O–C2, C7–T2, T11–L1, L5–S1)")),
                          ("mobile", tr("mobile (C3–C6, L2–L4)")),
                          ("semi_rigid", tr("semi-rigid (T3–T10)")),
                          ("rigid", tr("rigid (S2–S5)"))],
        "sins_pain": [("mechanical", tr("mechanical pain")),
                      ("occasional_non_mechanical", tr("occasional, non-mechanical")),
                      ("pain_free", tr("pain-free lesion"))],
        "sins_bone_lesion": [("lytic", tr("lytic")), ("mixed", tr("mixed")),
                             ("blastic", tr("blastic"))],
        "sins_alignment": [("subluxation_translation", tr("subluxation/translation")),
                           ("de_novo_deformity", tr("de novo deformity (kyphosis/scoliosis)")),
                           ("normal", tr("normal alignment"))],
        "sins_collapse": [("gt50", tr("> 50 % collapse")), ("lt50", tr("< 50 % collapse")),
                          ("no_collapse_gt50_involved", tr("no collapse, > 50 % of body involved")),
                          ("none", tr("none of the above"))],
        "sins_posterolateral": [("bilateral", tr("bilateral")), ("unilateral", tr("unilateral")),
                                ("none", tr("none"))],
        "escc": [(g, g) for g in ("0", "1a", "1b", "1c", "2", "3")],
        "scst": [(i, tr("Type %1").replace("%1", str(i))) for i in range(1, 8)],
        "organ": [("none", tr("none")), ("removable", tr("removable / treatable")),
                  ("unremovable", tr("unremovable / untreatable"))],
        "anal": [("Yes", tr("Yes")), ("No", tr("No")), ("NT", tr("NT (not testable)"))],
    }


PRIMARY = {
    "breast": "Breast", "prostate": "Prostate", "lung_nsclc": "Lung, non-small-cell",
    "lung_sclc": "Lung, small-cell", "kidney": "Kidney (renal cell)", "thyroid": "Thyroid",
    "colon": "Colon", "rectum": "Rectum", "stomach": "Stomach", "esophagus": "Oesophagus",
    "pancreas": "Pancreas", "liver": "Liver", "gallbladder": "Gallbladder", "bladder": "Bladder",
    "uterus": "Uterus", "melanoma": "Melanoma", "myeloma": "Multiple myeloma",
    "lymphoma": "Lymphoma", "sarcoma": "Sarcoma", "osteosarcoma": "Osteosarcoma",
    "carcinoid": "Carcinoid / NET", "germ_cell": "Germ-cell tumour",
    "unknown": "Unknown primary (CUP)", "other": "Other",
}
DEFICIT = {
    "none": "no neurological deficit",
    "radicular_sensory": "radicular pain or purely sensory deficit",
    "mild": "mild motor deficit (ambulatory, Janda > 3, bladder/bowel intact)",
    "functionally_relevant": "functionally relevant deficit",
    "complete": "complete cord syndrome (plegia)",
}
MODALITY = {
    "mri": "MRI", "ct": "CT", "radiograph": "Radiograph", "bone_scintigraphy": "Bone scintigraphy / SPECT",
    "fdg_pet": "FDG-PET/CT", "psma_pet": "PSMA-PET/CT", "other": "Other",
}
OUTPUT_VALUES = {
    "immediate": "immediate", "prompt": "prompt (not necessarily immediate)", "routine": "routine",
    "tumour_board": "tumour board", "emergency_6h": "emergency operation < 6 h",
    "urgent_24h": "early operation < 24 h", "elective": "elective operation", "consider": "consider surgery",
    "not_indicated": "not indicated", "not_possible": "not possible",
    "postoperative": "post-operative radiotherapy", "single_8gy": "1 × 8 Gy",
    "short_course": "short course (e.g. 5 × 4 Gy)", "fractionated": "fractionated (e.g. 10 × 3 Gy)",
    "sbrt": "SBRT", "separation_sbrt": "separation surgery + SBRT", "none": "none",
    True: "yes", False: "no",
}
SLOTS = {
    "imaging": "Imaging", "spine_centre": "Spine centre", "immobilise": "Immobilise for transport",
    "surgery": "Surgery", "radiotherapy": "Radiotherapy", "biopsy": "Biopsy",
    "embolisation": "Embolisation", "safety_net": "Safety-net instruction",
}


def output_label(value: object) -> str:
    if value is None:
        return tr("undetermined")
    return tr(OUTPUT_VALUES.get(value, str(value)))  # type: ignore[call-overload]


def value_label(value: object) -> str:
    """A score input value as shown: yes/no for booleans, "not recorded" for None, else as is."""
    if value is None:
        return tr("not recorded")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return tr(str(value).replace("_", " "))
