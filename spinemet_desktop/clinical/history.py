"""Red flags of back pain (guideline section 6.1.2; pathway.md §8.6 and rule C1).

Back pain with a history of cancer, a clinical suspicion of cancer or neurological deficits is
red-flag back pain: take the history of Empfehlung 8 and examine as Empfehlung 9 asks. Related
warning features named in the text (night pain, sudden severe pain, pain progressing over weeks
to months) are listed with them. Nothing here is scored; a fact not yet recorded stays unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.clinical.result import Input
from spinemet_desktop.model.case import Case
from spinemet_desktop.model.enums import DeficitClass, PainCourse
from spinemet_desktop.model.text import N_, Text, fmt

CITATION = "S2k-Leitlinie Wirbelsäulenmetastasen, Abschnitt 6.1.2"


@dataclass(frozen=True)
class Finding:
    id: str
    label: str
    present: bool | None  # None: not yet known
    basis: Text
    fields: tuple[str, ...]


@dataclass(frozen=True)
class RedFlags:
    flags: tuple[Finding, ...]
    features: tuple[Finding, ...]
    citation: str = CITATION

    @property
    def any_present(self) -> bool | None:
        """True if a red flag is present; False only when every flag is known to be absent."""
        values = [f.present for f in self.flags]
        if any(values):
            return True
        return False if all(v is False for v in values) else None


def _yes_no(value: bool | None, field: str, label: str) -> Finding:
    basis = fmt(N_("not recorded")) if value is None else fmt(N_("recorded"))
    return Finding(field.rsplit(".", 1)[-1], label, value, basis, (field,))


def _neuro(case: Case, deficit: Input) -> Finding:
    h = case.history
    complaints = {"history.complaint_weakness": h.complaint_weakness,
                  "history.complaint_sensory": h.complaint_sensory,
                  "history.complaint_bladder_bowel": h.complaint_bladder_bowel,
                  "history.complaint_radicular_pain": h.complaint_radicular_pain}
    fields = (*complaints, "neuro")
    label = N_("Neurological deficits")
    if deficit.value is not None and deficit.value != DeficitClass.NONE:
        return Finding("neurological_deficit", label, True, fmt(N_("deficit class from the exam: %1"),
                                                                 DeficitClass(deficit.value)), fields)
    reported = [field for field, value in complaints.items() if value]
    if reported:
        return Finding("neurological_deficit", label, True, fmt(N_("reported by the patient")), fields)
    if deficit.value == DeficitClass.NONE and all(v is False for v in complaints.values()):
        return Finding("neurological_deficit", label, False,
                       fmt(N_("no deficit on examination and none reported")), fields)
    return Finding("neurological_deficit", label, None,
                   fmt(N_("neither the examination nor the complaints are complete")), fields)


def red_flags(case: Case, deficit: Input) -> RedFlags:
    """The red flags of section 6.1.2 and the related warning features, from the case."""
    h = case.history
    flags = (
        _yes_no(h.known_cancer, "history.known_cancer", N_("History of cancer")),
        _yes_no(h.cancer_suspected, "history.cancer_suspected", N_("Clinical suspicion of cancer")),
        _neuro(case, deficit),
    )
    sudden = (True if h.sudden_severe_pain or h.pain_course is PainCourse.SUDDEN
              else False if h.sudden_severe_pain is False or h.pain_course is not None else None)
    progressive = None if h.pain_course is None else h.pain_course is PainCourse.PROGRESSIVE
    features = (
        _yes_no(h.night_pain, "history.night_pain", N_("Night pain")),
        Finding("sudden_severe_pain", N_("Sudden severe pain (possible fracture)"), sudden,
                fmt(N_("not recorded")) if sudden is None else fmt(N_("recorded")),
                ("history.sudden_severe_pain", "history.pain_course")),
        Finding("progressive_pain", N_("Pain progressing over weeks to months"), progressive,
                fmt(N_("not recorded")) if progressive is None else fmt(N_("recorded")), ("history.pain_course",)),
    )
    return RedFlags(flags, features)
