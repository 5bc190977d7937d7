"""The banner expected after each input on the triage page, written down from the pathway
(../shared/clinical/pathway.md §3–§5 and the safety rules S1–S3 of §11) before the triage page
was run — not read back from the program.

Each sequence is a list of steps ``(field address, value, expected)``, in the order the triage page
offers the fields unless a step says otherwise; a field the example leaves empty is not entered.
The examples' values are those of their first lesion and latest examination. ``expected`` is one of

* ``"emergency"``: surgery within 6 hours (10.5.7, A9), or planned for the worse (S2) while the
  deficit class is not known but a motor or autonomic finding is documented (S1);
* ``"urgent"``: immediate presentation without a 6-hour operation (E3);
* ``"prompt"``: the tumour board (B17, SINS 7–12 or ESCC ≥ 2 without a deficit) or prompt imaging (E4);
* ``"routine"``: no deficit, stable (SINS ≤ 6), no relevant compression (C5, B3);
* ``"undetermined!"``: the urgency cannot be determined yet and an emergency is still possible
  (never lowered for a missing fact: E2/E3 with a deficit that cannot be excluded);
* ``"undetermined"``: cannot be determined, but no emergency is possible any more.

``immobilise`` (optional fourth item) is the immobilisation advice expected after that step: True
(C7: SINS ≥ 13 or an unstable fracture), False, or None ("may be needed": instability not excluded).

How each expectation follows from the pathway is written beside the step.
"""

from __future__ import annotations

from typing import Any

Step = tuple[str, Any, str] | tuple[str, Any, str, bool | None]

#: The first lesion of each example and its latest examination, entered on the triage page.
BREAST: list[Step] = [
    # S1: a new weakness reported by the patient counts as a documented motor finding: imaging and
    # spine centre immediately; S2: ambulation, sphincters and key muscles not recorded, so the
    # deficit class is planned as functionally relevant: surgery < 6 h; S3: operability/consent
    # not recorded do not lower it. No lesion yet: instability not excluded.
    ("history.complaint_weakness", True, "emergency", None),
    ("history.complaint_sensory", True, "emergency"),
    ("history.complaint_bladder_bowel", False, "emergency"),
    # Not ambulatory: functionally relevant deficit (pathway.md §7 item 3) -> A9 < 6 h.
    ("neuro.ambulatory", "not_ambulatory", "emergency"),
    ("neuro.bladder_bowel", "disturbed", "emergency"),
    ("neuro.deficit_onset_at", "19.11.2026 08:30", "emergency"),
    ("neuro.rapidly_progressive", True, "emergency"),
    ("history.known_cancer", True, "emergency"),
    ("history.primary_tumour", "breast", "emergency"),
    ("imaging.lesion.*.modality", "mri", "emergency", None),
    ("imaging.lesion.*.level", "T10", "emergency", None),
    ("imaging.lesion.*.escc", "3", "emergency"),
    ("imaging.lesion.*.pathological_fracture", True, "emergency"),
    ("imaging.lesion.*.unstable_fracture", False, "emergency", None),
    # SINS of T10: semi-rigid 1 + mechanical 3 + lytic 2 + deformity 2 + collapse < 50 % 2 = 10,
    # with posterolateral (0–3) open: 10–13, instability not excluded.
    ("imaging.lesion.*.sins_pain", "mechanical", "emergency", None),
    ("imaging.lesion.*.sins_bone_lesion", "lytic", "emergency", None),
    ("imaging.lesion.*.sins_alignment", "de_novo_deformity", "emergency", None),
    ("imaging.lesion.*.sins_collapse", "lt50", "emergency", None),
    # Bilateral 3: SINS 13, unstable (E25) -> immobilise (C7).
    ("imaging.lesion.*.sins_posterolateral", "bilateral", "emergency", True),
    ("history.operable_per_anaesthesia", True, "emergency"),
    ("history.consents_to_surgery", True, "emergency", True),
]

#: Without a key-muscle examination the deficit class cannot be derived: a mild deficit (< 24 h)
#: or worse cannot be excluded, so the urgency stays open with an emergency possible until the
#: clinician records the bedside judgement "no neurological deficit" (the deficit class; the
#: example's full worksheet finds none). From then on the lesion decides.
PROSTATE: list[Step] = [
    ("history.complaint_weakness", False, "undetermined!", None),
    ("history.complaint_sensory", False, "undetermined!"),
    ("history.complaint_bladder_bowel", False, "undetermined!"),
    ("neuro.ambulatory", "independent", "undetermined!"),
    ("neuro.bladder_bowel", "intact", "undetermined!"),
    ("neuro.rapidly_progressive", False, "undetermined!"),
    # No deficit: C5/B3 would give routine, but no lesion is recorded yet, so instability (B1/B2:
    # immediate) is not excluded.
    ("neuro.deficit_class_override", "none", "undetermined!", None),
    ("history.known_cancer", True, "undetermined!"),
    ("history.primary_tumour", "prostate", "undetermined!"),
    ("imaging.lesion.*.modality", "ct", "undetermined!"),
    ("imaging.lesion.*.level", "L3", "undetermined!"),
    ("imaging.lesion.*.escc", "0", "undetermined!"),
    ("imaging.lesion.*.pathological_fracture", False, "undetermined!"),
    ("imaging.lesion.*.unstable_fracture", False, "undetermined!", None),
    # SINS of L3: mobile 2 + occasional non-mechanical 1 = 3, open items up to 12 more: 3–15.
    ("imaging.lesion.*.sins_pain", "occasional_non_mechanical", "undetermined!", None),
    # Blastic 0: 3–13, still possibly unstable.
    ("imaging.lesion.*.sins_bone_lesion", "blastic", "undetermined!", None),
    # Normal alignment 0: 3–9 < 13, not unstable: imaging routine (B3), no immobilisation; the
    # grey zone 7–12 (B17, tumour board) is still possible: open, but no emergency.
    ("imaging.lesion.*.sins_alignment", "normal", "undetermined", False),
    # No collapse 0: 3–6, stable: routine (C5).
    ("imaging.lesion.*.sins_collapse", "none", "routine", False),
    ("imaging.lesion.*.sins_posterolateral", "none", "routine", False),
    ("history.operable_per_anaesthesia", True, "routine"),
    ("history.consents_to_surgery", True, "routine"),
]

LUNG: list[Step] = [
    ("history.complaint_weakness", False, "undetermined!"),
    ("history.complaint_sensory", False, "undetermined!"),
    ("history.complaint_bladder_bowel", False, "undetermined!"),
    ("neuro.ambulatory", "independent", "undetermined!"),
    ("neuro.bladder_bowel", "intact", "undetermined!"),
    ("neuro.rapidly_progressive", False, "undetermined!"),
    ("neuro.deficit_class_override", "none", "undetermined!"),
    ("history.known_cancer", True, "undetermined!"),
    ("history.primary_tumour", "lung_nsclc", "undetermined!"),
    ("imaging.lesion.*.modality", "mri", "undetermined!"),
    ("imaging.lesion.*.level", "T6", "undetermined!"),
    # ESCC 2 without a deficit: tumour board (B17); instability still open (immediate possible).
    ("imaging.lesion.*.escc", "2", "undetermined!"),
    ("imaging.lesion.*.pathological_fracture", False, "undetermined!"),
    ("imaging.lesion.*.unstable_fracture", False, "undetermined!", None),
    # T6 semi-rigid 1 + occasional 1 = 2 (2–14); lytic 2: 4–14; normal alignment: 4–10 < 13.
    ("imaging.lesion.*.sins_pain", "occasional_non_mechanical", "undetermined!"),
    ("imaging.lesion.*.sins_bone_lesion", "lytic", "undetermined!", None),
    ("imaging.lesion.*.sins_alignment", "normal", "prompt", False),
    ("imaging.lesion.*.sins_collapse", "none", "prompt"),
    ("imaging.lesion.*.sins_posterolateral", "unilateral", "prompt", False),
    ("history.operable_per_anaesthesia", True, "prompt"),
    ("history.consents_to_surgery", True, "prompt"),
]

RCC: list[Step] = [
    ("history.complaint_weakness", False, "undetermined!"),
    ("history.complaint_sensory", False, "undetermined!"),
    ("history.complaint_bladder_bowel", False, "undetermined!"),
    ("neuro.ambulatory", "independent", "undetermined!"),
    ("neuro.bladder_bowel", "intact", "undetermined!"),
    ("neuro.rapidly_progressive", False, "undetermined!"),
    ("neuro.deficit_class_override", "none", "undetermined!"),
    ("history.known_cancer", True, "undetermined!"),
    ("history.primary_tumour", "kidney", "undetermined!"),
    ("imaging.lesion.*.modality", "mri", "undetermined!"),
    ("imaging.lesion.*.level", "L1", "undetermined!"),
    ("imaging.lesion.*.escc", "2", "undetermined!"),
    ("imaging.lesion.*.pathological_fracture", False, "undetermined!"),
    ("imaging.lesion.*.unstable_fracture", False, "undetermined!", None),
    # L1 junctional 3 + mechanical 3 = 6 (6–18); lytic 2: 8–18; normal 0: 8–14, still possibly unstable.
    ("imaging.lesion.*.sins_pain", "mechanical", "undetermined!"),
    ("imaging.lesion.*.sins_bone_lesion", "lytic", "undetermined!"),
    ("imaging.lesion.*.sins_alignment", "normal", "undetermined!", None),
    # No collapse but > 50 % involved 1: 9–12, not unstable; ESCC 2 -> tumour board (B17).
    ("imaging.lesion.*.sins_collapse", "no_collapse_gt50_involved", "prompt", False),
    ("imaging.lesion.*.sins_posterolateral", "unilateral", "prompt", False),
    ("history.operable_per_anaesthesia", True, "prompt"),
    ("history.consents_to_surgery", True, "prompt"),
]

#: A patient whose walking is not known. A reported weakness (S1) with ambulation unrecorded is
#: planned as functionally relevant (S2): an emergency that no later input short of the missing
#: facts lowers.
UNKNOWN_WALKING_WEAK: list[Step] = [
    ("history.complaint_weakness", True, "emergency", None),
    ("history.complaint_sensory", False, "emergency"),
    ("history.complaint_bladder_bowel", False, "emergency"),
    # Bladder/bowel intact does not classify the deficit while ambulation and the key muscles are
    # not recorded.
    ("neuro.bladder_bowel", "intact", "emergency"),
    ("history.known_cancer", True, "emergency"),
    ("history.primary_tumour", "lung_nsclc", "emergency"),
    ("imaging.lesion.*.modality", "mri", "emergency"),
    ("imaging.lesion.*.level", "T4", "emergency"),
    ("imaging.lesion.*.escc", "1a", "emergency"),
    ("imaging.lesion.*.unstable_fracture", False, "emergency"),
    ("history.operable_per_anaesthesia", True, "emergency"),
    ("history.consents_to_surgery", True, "emergency"),
]

#: No complaint reported and walking not recorded: no emergency can be excluded (a deficit cannot
#: be classified), so the urgency stays open with an emergency possible; "not ambulatory" then
#: makes the deficit functionally relevant: emergency (A9).
UNKNOWN_WALKING_QUIET: list[Step] = [
    ("history.complaint_weakness", False, "undetermined!"),
    ("history.complaint_sensory", False, "undetermined!"),
    ("history.complaint_bladder_bowel", False, "undetermined!"),
    ("history.known_cancer", True, "undetermined!"),
    ("history.primary_tumour", "breast", "undetermined!"),
    ("imaging.lesion.*.modality", "mri", "undetermined!"),
    ("imaging.lesion.*.level", "L2", "undetermined!"),
    ("imaging.lesion.*.escc", "0", "undetermined!"),
    ("imaging.lesion.*.unstable_fracture", False, "undetermined!"),
    # L2 mobile 2 + pain-free 0 + blastic 0 + normal 0 + none 0 + none 0 = 2: stable, but the
    # deficit class is not known: still open, an emergency possible.
    ("imaging.lesion.*.sins_pain", "pain_free", "undetermined!"),
    ("imaging.lesion.*.sins_bone_lesion", "blastic", "undetermined!"),
    ("imaging.lesion.*.sins_alignment", "normal", "undetermined!", False),
    ("imaging.lesion.*.sins_collapse", "none", "undetermined!"),
    ("imaging.lesion.*.sins_posterolateral", "none", "undetermined!", False),
    ("history.operable_per_anaesthesia", True, "undetermined!"),
    ("history.consents_to_surgery", True, "undetermined!"),
    # Back up to the walking question (Shift+Tab) and record it.
    ("neuro.ambulatory", "not_ambulatory", "emergency"),
]

SEQUENCES: dict[str, list[Step]] = {
    "breast": BREAST, "prostate": PROSTATE, "lung": LUNG, "rcc": RCC,
    "unknown-walking-weak": UNKNOWN_WALKING_WEAK, "unknown-walking-quiet": UNKNOWN_WALKING_QUIET,
}
