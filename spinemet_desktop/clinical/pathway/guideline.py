"""The guideline's items the program answers for: Empfehlungen E1–E86, the French nuclear-medicine
rules F1–F11 and the safety rules S1–S14, with what the program does with each when it is not a
pathway rule (:mod:`.rules`).

Transcribed from ``shared/clinical/pathway.md`` (rule tables §3–§5, §6, §8, §9, §11). Where
pathway.md does not give an Empfehlung's wording or strength, the entry says so instead of
guessing; ``strength`` then stays empty. The traceability matrix
(:mod:`spinemet_desktop.traceability`, ``docs/traceability.md``) is built from these tables and the
rule table: an item is *implemented* when a rule citing it sets a decision or a program function
below does it, *advice only* when only advice rules cite it, and *out of scope* with the reason
recorded here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.model.text import N_


@dataclass(frozen=True, slots=True)
class GuidelineItem:
    id: str
    #: soll / sollte / kann as pathway.md gives them ("sollte/soll" when the box has two parts);
    #: empty when pathway.md gives none.
    strength: str
    #: What the item says, paraphrased in pathway.md (English; never the guideline's own text).
    content: str
    #: Where pathway.md has it.
    where: str


#: Where the program shows things (the pages of the case editor, the side panel, the summary page and
#: the referral); the traceability matrix names them in the reader's language.
Place = str
PLACE_KEYS: tuple[Place, ...] = (
    "history_page", "neurology_page", "imaging_page", "labs_page", "side_panel", "summary", "referral_p1",
    "referral_later",
)
_PATHWAY_PLACES = ("side_panel", "summary", "referral_p1", "referral_later")


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """An item the program implements outside the rule table."""

    what: str
    modules: tuple[str, ...]
    #: Where it shows (:data:`PLACE_KEYS`).
    shown: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class OutOfScope:
    reason: str
    #: The guideline section (or pathway.md place) the reason refers to.
    section: str


_BIOPSY_GROUP = ("Biopsy technique: one of the six items pathway.md lists together for E 15–E 20 (see E 15 "
                 "and rule C11); pathway.md does not say which item is this number")

G = GuidelineItem
RECOMMENDATIONS: tuple[GuidelineItem, ...] = (
    G("E1", "soll", "Unclear whether metastasis or primary bone tumour: biopsy", "§3 C10"),
    G("E2", "soll", "Suspected spinal metastasis with suspected instability or neurological complaints: immediate "
      "diagnostic work-up", "§3 C2, §4.2 A1, §5.2 B1"),
    G("E3", "soll", "Spinal metastasis with confirmed instability or neurological complaints: immediate presentation "
      "at a specialised spine centre", "§3 C3, §4.2 A2, §5.2 B2"),
    G("E4", "sollte/soll", "Radicular pain or purely sensory deficit only: imaging promptly, not necessarily "
      "immediately (sollte); instruct to present immediately on acute worsening or a new deficit (soll)",
      "§3 C4, §4.2 A3"),
    G("E5", "soll", "Pain before admission: analgesia by the WHO ladder", "§3 C6"),
    G("E6", "soll", "Suspected instability and neurological complaints: immobilise; transport as for a traumatic "
      "instability", "§3 C7"),
    G("E7", "sollte", "Referral: current letters, medication plan, prior imaging as image files; neurological "
      "status on the ISNCSCI (ASIA) worksheet", "§3 C8, §8.5"),
    G("E8", "soll", "History of patients with back pain: the checklist of pathway.md §8.1", "§8.1"),
    G("E9", "soll", "Clinical examination at first contact: the checklist of pathway.md §8.2", "§8.2"),
    G("E10", "soll", "Suspected symptomatic, new or progressive spinal metastasis: current MRI and/or CT",
      "§5.2 B4, §8.4"),
    G("E11", "kann", "Standing radiograph in addition, for biomechanical stability", "§5.2 B6, §8.4"),
    G("E12", "soll", "Local and systemic staging per the organ-specific guideline", "§8.4"),
    G("E13", "soll", "MRI if soft-tissue involvement is suspected or a deficit with suspected cord compression",
      "§4.2 A6, §8.4"),
    G("E14", "sollte/kann", "Laboratory: minimum panel (blood count, CRP, calcium, Quick/INR, PTT) (sollte); "
      "optional tests with their triggers (kann)", "§8.3"),
    G("E15", "soll", "Suspicious lesion with a therapeutic consequence: histological confirmation; with E 16–E 20 "
      "(pathway.md C11): CT-guided or open with enough material; core needle ≥ 16 G, several cores, not "
      "fine-needle aspiration; no frozen section of bone-hard tissue; 4 % buffered formalin ≥ 12 h, then EDTA "
      "decalcification; cryo-archiving", "§3 C11, §11 S7"),
    G("E16", "", _BIOPSY_GROUP, "§3 C11"),
    G("E17", "", _BIOPSY_GROUP, "§3 C11"),
    G("E18", "", _BIOPSY_GROUP + "; §11 S7 cites E 18 for biopsy before treatment", "§3 C11, §11 S7"),
    G("E19", "", _BIOPSY_GROUP, "§3 C11"),
    G("E20", "", _BIOPSY_GROUP, "§3 C11"),
    G("E21", "", "pathway.md names E 21–E 23 only as 'survival scores' for life expectancy; the wording of E 21 "
      "is not given", "§2"),
    G("E22", "", "pathway.md names E 21–E 23 only as 'survival scores' for life expectancy; the wording of E 22 "
      "is not given", "§2"),
    G("E23", "", "Survival score for MESCC treated by radiotherapy alone — the preferred new score (Rades 2022); "
      "pathway.md gives no strength", "§2"),
    G("E24", "", "Score for ambulation after radiotherapy for MESCC — the preferred new score (Rades 2022); "
      "pathway.md gives no strength", "§2, §8.2"),
    G("E25", "soll", "Stability by SINS: < 7 stable, > 12 unstable", "§5.2 B7"),
    G("E26", "sollte", "Patients with neurological deficits: follow the algorithm of Figure 3", "§1.1"),
    G("E27", "sollte", "Patients without neurological deficits: follow the algorithm of Figure 4", "§1.1"),
    G("E28", "soll", "Interdisciplinary case discussion for every patient, pre-operatively where possible (sollte)",
      "§3 C9"),
    G("E29", "soll", "Pain: WHO ladder", "§6.1"),
    G("E30", "soll", "Neuropathic pain: consider amitriptyline, gabapentin or pregabalin, titrated carefully", "§6.1"),
    G("E31", "soll", "Breakthrough or movement pain: rapid-release oral opioid or transmucosal fentanyl", "§6.1"),
    G("E32", "kann", "Bone-seeking radiopharmaceuticals (Sm-153, Ra-223) may be used; pathway.md gives E 32 and "
      "E 33 together", "§5.2 B26"),
    G("E33", "soll", "Before bone-seeking radiopharmaceuticals, check the indication for surgery or radiotherapy; "
      "pathway.md gives E 32 and E 33 together", "§5.2 B26"),
    G("E34", "soll", "(Threatening) unstable fracture, intraspinal fragments or (threatening) bladder/bowel "
      "dysfunction: operation before radiotherapy, depending on the general condition", "§4.2 A12, §5.2 B15"),
    G("E35", "soll", "After surgery for these: post-operative fractionated radiotherapy", "§4.2 A21, §5.2 B15"),
    G("E36", "kann", "Radiotherapy recalcifies and may stabilise an osteolytic metastasis", "§5.2 B14, §11 S6"),
    G("E37", "soll", "Painful uncomplicated metastasis, low radiosensitivity and good prognosis: check SBRT",
      "§5.2 B13"),
    G("E38", "kann", "Pain flare after radiotherapy: a short glucocorticoid course may be checked", "§6.1"),
    G("E39", "sollte", "Painful uncomplicated metastasis, comparatively good prognosis: fractionated regimen",
      "§5.2 B12"),
    G("E40", "soll", "Painful uncomplicated metastasis, limited life expectancy: 1 × 8 Gy (a hypofractionated "
      "regimen may be used)", "§5.2 B11"),
    G("E41", "soll", "Painful bone metastasis without an indication for upstream surgery: radiotherapy alone",
      "§5.2 B10"),
    G("E42", "kann", "Surgery not possible or refused with painful instability or compression: orthosis",
      "§4.2 A26"),
    G("E43", "soll", "Osteoprotection (bisphosphonate or denosumab) per the S3 supportive-care guideline", "§6.4"),
    G("E44", "soll", "No pre-operative radiotherapy outside trials", "§5.2 B27"),
    G("E45", "soll", "MESCC without an indication for upstream surgery: radiotherapy alone", "§4.2 A16"),
    G("E46", "soll", "MESCC, poor prognosis, no surgery: hypofractionated short course (e.g. 5 × 4 Gy)", "§4.2 A18"),
    G("E47", "soll", "MESCC, very poor prognosis: 1 × 8 Gy", "§4.2 A17"),
    G("E48", "sollte", "MESCC, good prognosis, radiotherapy alone: fractionated regimen", "§4.2 A19"),
    G("E49", "soll", "Oligometastatic disease with a board indication: do not exclude spinal metastases from the "
      "curative-intent concept", "§5.2 B23"),
    G("E50", "sollte", "Oligometastatic disease: SBRT (single or fractionated)", "§5.2 B23"),
    G("E51", "kann", "Selected MESCC, not rapidly progressive, especially low radiosensitivity: primary SBRT",
      "§4.2 A20"),
    G("E52", "kann", "After surgery, selected patients, especially low radiosensitivity: post-operative SBRT",
      "§4.2 A22"),
    G("E53", "sollte", "Bilsky ≥ 2 and low radiosensitivity: separation surgery followed by SBRT",
      "§4.2 A13, §5.2 B25"),
    G("E54", "sollte", "Intra-operative radiotherapy only in experienced centres, preferably in trials", "§5.2 B28"),
    G("E55", "kann", "Open or percutaneous surgery are both acceptable", "§6.2"),
    G("E56", "sollte", "Before percutaneous augmentation: CT of the segment", "§5.2 B19"),
    G("E57", "kann/sollte", "Fractured metastasis, selected: augmentation followed by radiotherapy", "§5.2 B20"),
    G("E58", "kann/sollte", "Radiotherapy no longer safely possible, lesion ≤ 3 cm: local ablation",
      "§5.2 B21, §11 S5"),
    G("E59", "sollte", "Choose the ablation method by image guidance, pros and cons and experience", "§5.2 B21"),
    G("E60", "kann", "Ablated osteolytic lesion: add cement augmentation; hypervascular lesion: embolise first",
      "§5.2 B22"),
    G("E61", "sollte", "Instability occiput–C2: posterior pedicle screws and rods ± occipital plate", "§6.2"),
    G("E62", "sollte", "Subaxial cervical spine: posterior screws and rods and/or anterior vertebral body "
      "replacement", "§6.2"),
    G("E63", "sollte/kann", "T2–T5: posterior approach, antero-lateral if needed (sollte); T6–L5: anterior, "
      "posterior or combined (kann)", "§6.2"),
    G("E64", "sollte", "Osteoporotic bone with pedicle screws (thoracolumbar): cement-augment the screws", "§6.2"),
    G("E65", "sollte", "Hypervascular metastasis and open surgery: pre-operative embolisation", "§4.2 A24"),
    G("E66", "sollte", "Operate within 48 h after embolisation", "§4.2 A24"),
    G("E67", "kann", "Carbon-fibre (CF/PEEK) implants are acceptable (fewer artefacts)", "§6.2"),
    G("E68", "soll", "Post-operative plan made interdisciplinarily", "§6.2"),
    G("E69", "soll", "Consider the tumour-specific surgical risks (bleeding, altered anatomy, implant loosening, "
      "coagulopathy, acute kidney injury, VTE; Tab. 5)", "§6.2"),
    G("E70", "soll", "Systemic therapy started or changed after review in the tumour board", "§6.4"),
    G("E71", "sollte", "After spinal surgery: decide together whether radiotherapy may wait for wound healing",
      "§4.2 A23"),
    G("E72", "sollte", "After spinal surgery: decide together whether systemic therapy may wait for wound healing "
      "(pathway.md gives E 71 and E 72 together)", "§4.2 A23"),
    G("E73", "sollte", "Offer rehabilitation after stabilising surgery or radiotherapy to every patient able to "
      "take part", "§6.4"),
    G("E74", "", "New pain or a new deficit during rehabilitation: immediate targeted diagnostics, suspend "
      "rehabilitation (pathway.md: 'strong wording', no modal verb given)", "§4.2 A31"),
    G("E75", "sollte", "Without a specific intervention: multimodal oncological rehabilitation", "§6.4"),
    G("E76", "", "Timing of rehabilitation depends on pending systemic therapy or radiotherapy (pathway.md gives "
      "no strength)", "§6.4"),
    G("E77", "soll", "Psycho-oncological screening for all; support and self-help contacts as needed", "§6.4"),
    G("E78", "soll", "Surgically treated inpatients: pharmacological VTE prophylaxis", "§4.2 A27, §6.4"),
    G("E79", "kann", "Outpatients with additional risk factors: VTE prophylaxis", "§6.4"),
    G("E80", "sollte", "Functionally relevant incomplete cord syndrome: specialised neurological rehabilitation",
      "§4.2 A28"),
    G("E81", "sollte", "Complete cord syndrome: specialised spinal-cord-injury centre", "§4.2 A29"),
    G("E82", "sollte", "Follow-up per the organ-specific guidelines", "§6.4"),
    G("E83", "sollte", "Painful recurrence after radiotherapy: re-irradiation, considering organ tolerance",
      "§6.3, §11 S5"),
    G("E84", "kann", "Re-irradiation by SBRT, especially low radiosensitivity and good prognosis", "§6.3, §11 S5"),
    G("E85", "kann", "Recurrent MESCC without a surgical indication: SBRT re-irradiation", "§6.3, §11 S5"),
    G("E86", "kann", "Recurrent MESCC without a surgical indication: conventional re-irradiation", "§6.3, §11 S5"),
)

FRENCH_RULES: tuple[GuidelineItem, ...] = (
    G("F1", "", "Lung cancer staging: no bone scan once an FDG-PET has been done", "§9"),
    G("F2", "", "FDG-PET maps lytic bone metastases if the field of view includes at least the femurs", "§9"),
    G("F3", "", "Isolated lesion on PET or bone scan: targeted imaging and a specialist opinion", "§9, §11 S9"),
    G("F4", "", "Flare under effective treatment is not progression; no treatment change on it", "§9, §11 S8"),
    G("F5", "", "Control bone scan after the 6th month of treatment", "§9"),
    G("F6", "", "Early scan: separate flare from progression with clinical and biochemical context", "§9"),
    G("F7", "", "FDG-PET has the same flare problem", "§9"),
    G("F8", "", "Follow-up: no routine bone scans without new pain or a precise question", "§9"),
    G("F9", "", "Bone scan performance (sensitivity, specificity, false negatives, SPECT-CT)", "§9"),
    G("F10", "", "FDG uptake higher in lytic than sclerotic metastases; use of FDG-PET", "§9"),
    G("F11", "", "¹⁸F-NaF PET: better than bone scan but not approved for routine use", "§9"),
)

SAFETY_RULES: tuple[GuidelineItem, ...] = (
    G("S1", "", "A documented motor or autonomic finding: imaging and spine centre immediate", "§11"),
    G("S2", "", "Deficit class or onset not recorded: plan for the worse", "§11"),
    G("S3", "", "Operability or consent not recorded never lowers the surgical tier", "§11"),
    G("S4", "", "Lesions judged one by one", "§11"),
    G("S5", "", "Re-irradiation: cumulative dose figures; re-irradiation or none, never a first course", "§11"),
    G("S6", "", "Painless uncomplicated lesion: no radiotherapy", "§11"),
    G("S7", "", "Diagnosis unclear: biopsy before radiotherapy", "§11"),
    G("S8", "", "Suspected flare: no treatment change on that finding", "§11"),
    G("S9", "", "Isolated lesion (F3) only from a bone scan or PET of a lesion of unestablished nature", "§11"),
    G("S10", "", "No advice that presupposes what is not so; the same advice printed once", "§11"),
    G("S11", "", "Prognosis bands as sets; no band for haematological primaries", "§11"),
    G("S12", "", "Hypercalcaemia graded by corrected calcium", "§11"),
    G("S13", "", "No score item from an unknown fact", "§11"),
    G("S14", "", "Times with their UTC offset; durations on absolute times", "§11"),
)

#: Items the program implements outside the rule table (or beyond it), with the modules.
ELSEWHERE: dict[str, Elsewhere] = {
    "E7": Elsewhere(N_("ISNCSCI worksheet on the neurology page, classified by the ISNCSCI 2019 rules and "
                       "printed in the referral"),
                    ("spinemet_desktop/clinical/isncsci/", "spinemet_desktop/ui/pages/neurology.py"),
                    ("neurology_page", "side_panel", "referral_p1", "referral_later")),
    "E8": Elsewhere(N_("the history page asks every item of the checklist"), ("forms/history.yaml",),
                    ("history_page", "referral_later")),
    "E14": Elsewhere(N_("laboratory page: the minimum panel, what of it is missing, and each optional test with "
                        "whether its trigger applies"), ("spinemet_desktop/clinical/labs.py", "forms/labs.yaml"),
                    ("labs_page", "side_panel", "referral_p1", "referral_later")),
    "E25": Elsewhere(N_("SINS per lesion from its six items, with the bands of E 25"),
                     ("spinemet_desktop/clinical/scores/sins.py",),
                    ("imaging_page", "side_panel", "summary", "referral_p1", "referral_later")),
    "E26": Elsewhere(N_("the A rules (with neurological deficit) reconstruct Figure 3 from the text; the figure "
                        "itself is missing (inference)"), ("spinemet_desktop/clinical/pathway/rules.py",),
                    _PATHWAY_PLACES),
    "E27": Elsewhere(N_("the B rules (without neurological deficit) reconstruct Figure 4 from the text; the "
                        "figure itself is missing (inference)"), ("spinemet_desktop/clinical/pathway/rules.py",),
                    _PATHWAY_PLACES),
    "S1": Elsewhere(N_("which findings count: the latest examination, an earlier one for items not tested "
                       "again, and the history's complaints"), ("spinemet_desktop/clinical/neuro.py",),
                    _PATHWAY_PLACES),
    "S4": Elsewhere(N_("each lesion is judged with its own facts; each decision takes the most urgent answer over "
                       "the lesions and names its lesion"), ("spinemet_desktop/clinical/pathway/engine.py",
                                                             "spinemet_desktop/clinical/findings.py"),
                    _PATHWAY_PLACES),
    "S5": Elsewhere(N_("BED, EQD2, cumulative dose, interval and the 11.8 limits per level"),
                    ("spinemet_desktop/clinical/reirradiation.py",),
                    _PATHWAY_PLACES),
    "S9": Elsewhere(N_("how each lesion was found (imaging page) decides whether F3 applies"),
                    ("spinemet_desktop/clinical/pathway/from_case.py",),
                    ("imaging_page", "summary", "referral_p1", "referral_later")),
    "S10": Elsewhere(N_("identical advice printed once with every rule id"),
                     ("spinemet_desktop/clinical/pathway/engine.py",),
                    ("summary", "referral_p1", "referral_later")),
    "S11": Elsewhere(N_("prognosis band from the scores that vote, as a set of bands; haematological primaries get "
                        "none"), ("spinemet_desktop/clinical/findings.py",),
                    ("history_page", "side_panel", "summary", "referral_p1", "referral_later")),
    "S12": Elsewhere(N_("hypercalcaemia graded by the albumin-corrected calcium"),
                     ("spinemet_desktop/clinical/labs.py",),
                    ("labs_page", "side_panel", "referral_p1", "referral_later")),
    "S13": Elsewhere(N_("an unknown or suspected primary leaves every primary-dependent score item missing"),
                     ("spinemet_desktop/clinical/derive.py", "spinemet_desktop/clinical/scores/"),
                    ("side_panel", "summary", "referral_later")),
    "S14": Elsewhere(N_("times are stored with their UTC offset and printed with it on the referral"),
                     ("spinemet_desktop/model/base.py", "spinemet_desktop/report/pdf.py"),
                    ("referral_p1", "referral_later")),
}

#: Items the program does not implement, with the reason and the guideline section it refers to.
OUT_OF_SCOPE: dict[str, OutOfScope] = {
    "E12": OutOfScope(N_("Staging follows the organ-specific guidelines, which this program does not contain; the "
                         "imaging page records whether staging is complete."), "6.3, pathway.md §8.4"),
    "E21": OutOfScope(N_("Its wording is not available to the program's authors (pathway.md names E 21–E 23 only as "
                         "survival scores). The survival scores with verified tables are computed and give the "
                         "prognosis band."), "pathway.md §2"),
    "E22": OutOfScope(N_("Its wording is not available to the program's authors (pathway.md names E 21–E 23 only as "
                         "survival scores). The survival scores with verified tables are computed and give the "
                         "prognosis band."), "pathway.md §2"),
    "E23": OutOfScope(N_("The preferred MESCC survival score (Rades 2022) is named with its groups but not computed: "
                         "its point values could not be verified."), "pathway.md §2, scores-radiotherapy.md"),
    "E24": OutOfScope(N_("The preferred score for ambulation after radiotherapy (Rades 2022) is named with its "
                         "groups but not computed: its point values could not be verified."),
                      "pathway.md §2, scores-radiotherapy.md"),
    "E38": OutOfScope(N_("A pain flare after radiotherapy belongs to the course after treatment; the referral is "
                         "written before treatment."), "10.1.3.4, pathway.md §6.1"),
    "E68": OutOfScope(N_("The post-operative plan is made at the spine centre after the operation; the referral "
                         "precedes it."), "pathway.md §6.2"),
    "E69": OutOfScope(N_("Peri-operative risk management at the spine centre; the table of tumour-specific risks "
                         "(Tab. 5) is not transcribed."), "pathway.md §6.2"),
    "E82": OutOfScope(N_("Follow-up after treatment follows the organ-specific guidelines."), "pathway.md §6.4"),
    "F9": OutOfScope(N_("Performance figures of bone scintigraphy: background, no decision."), "pathway.md §9"),
    "F10": OutOfScope(N_("Uptake of FDG by lytic and sclerotic metastases: background, no decision."),
                      "pathway.md §9"),
    "F11": OutOfScope(N_("¹⁸F-NaF PET is not approved for routine use; no decision."), "pathway.md §9"),
}

ALL_ITEMS: tuple[GuidelineItem, ...] = RECOMMENDATIONS + FRENCH_RULES + SAFETY_RULES
ITEMS_BY_ID: dict[str, GuidelineItem] = {item.id: item for item in ALL_ITEMS}
