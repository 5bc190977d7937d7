"""Where the history and the latest examination disagree: bladder/bowel, weakness, walking.

The history records what the patient reports ("no bladder or bowel complaints"), the examination
what the examiner found ("bladder/bowel function disturbed"). When they contradict each other one
of them is wrong or out of date, and the pathway reads both (pathway.md §11 S1 counts a finding
of either). Nothing is decided here: each disagreement is named with the two fields, so that the
pages, the side panel and the referral can flag it and the clinician can correct the one that is
wrong. Only answers that were recorded are compared; a missing answer is no disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinemet_desktop.model.case import Case
from spinemet_desktop.model.enums import Ambulatory, BladderBowel
from spinemet_desktop.model.levels import KEY_MUSCLES
from spinemet_desktop.model.text import N_, Text, fmt


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One contradiction between the history and the latest examination."""

    id: str  # "bladder_bowel", "weakness", "ambulation"
    #: What each side says, in a sentence each.
    history: Text
    exam: Text
    #: The field of the history and the field of the examination that disagree (field addresses).
    history_field: str
    exam_field: str

    @property
    def text(self) -> Text:
        return fmt(N_("History and examination disagree: %1, but %2. Check both and correct the one that is wrong."),
                   self.history, self.exam)


def _weak_muscles(case: Case) -> tuple[list[str], bool]:
    """The key muscles the latest examination graded below 5 (starred non-SCI values and NT do not
    count), and whether it graded every key muscle 5."""
    exam = case.latest_exam()
    if exam is None:
        return [], False
    weak, all_normal = [], True
    for side, column in (("R", "right_motor"), ("L", "left_motor")):
        values = getattr(exam.isncsci, column)
        for muscle in KEY_MUSCLES:
            value = values.get(muscle)
            if value is None or value != "5":
                all_normal = False
            if value is not None and value[0].isdigit() and "*" not in value and int(value[0]) < 5:
                weak.append(f"{side} {muscle} {value}/5")
    return weak, all_normal


def disagreements(case: Case) -> tuple[Disagreement, ...]:
    """Every contradiction between the history's complaints and the latest examination."""
    h, exam = case.history, case.latest_exam()
    if exam is None:
        return ()
    out: list[Disagreement] = []
    if h.complaint_bladder_bowel is False and exam.bladder_bowel is BladderBowel.DISTURBED:
        out.append(Disagreement("bladder_bowel", fmt(N_("the history records no bladder or bowel complaints")),
                                fmt(N_("the examination found bladder/bowel function disturbed")),
                                "history.complaint_bladder_bowel", "neuro.bladder_bowel"))
    elif h.complaint_bladder_bowel is True and exam.bladder_bowel is BladderBowel.INTACT:
        out.append(Disagreement("bladder_bowel", fmt(N_("the history records bladder or bowel complaints")),
                                fmt(N_("the examination found bladder/bowel function intact")),
                                "history.complaint_bladder_bowel", "neuro.bladder_bowel"))
    weak, all_normal = _weak_muscles(case)
    if h.complaint_weakness is False and weak:
        out.append(Disagreement("weakness", fmt(N_("the history records no weakness")),
                                fmt(N_("the examination graded key muscles below 5/5 (%1)"),
                                    ", ".join(weak[:4]) + (" …" if len(weak) > 4 else "")),
                                "history.complaint_weakness", "neuro.isncsci"))
    elif h.complaint_weakness is True and all_normal:
        out.append(Disagreement("weakness", fmt(N_("the history records weakness")),
                                fmt(N_("the examination graded every key muscle 5/5")),
                                "history.complaint_weakness", "neuro.isncsci"))
    if h.complaint_weakness is False and exam.ambulatory is Ambulatory.NOT_AMBULATORY:
        out.append(Disagreement("ambulation", fmt(N_("the history records no weakness")),
                                fmt(N_("the examination found the patient not ambulatory")),
                                "history.complaint_weakness", "neuro.ambulatory"))
    return tuple(out)


__all__ = ["Disagreement", "disagreements"]
