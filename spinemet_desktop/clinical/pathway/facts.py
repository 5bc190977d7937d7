"""Pathway facts: the canonical vocabulary of shared/testdata/scenarios/README.md.

Facts are plain values (``None`` = not known). :class:`FactView` gives rules three-valued
accessors: a comparison on a missing fact yields ``None`` ("unknown"), never ``False``, and the
view records which missing facts a rule needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spinemet_desktop.model.text import N_

FACT_KEYS: tuple[str, ...] = (
    "primary", "radiosensitivity", "level", "deficit", "deficit_onset_hours",
    "rapidly_progressive", "sins", "escc", "unstable_fracture", "intraspinal_fragments",
    "operable", "consents_to_surgery", "prognosis", "oligometastatic", "hypervascular",
    "diagnosis_unclear", "cord_tolerance_exhausted", "lesion_diameter_cm", "pain",
    # Facts beyond the scenario vocabulary (derived from the case when available):
    "deteriorating", "bladder_bowel_disturbed", "pet_done", "isolated_lesion",
    "early_uptake_after_treatment",
)

FACT_LABELS: dict[str, str] = {
    "primary": N_("primary tumour"),
    "radiosensitivity": N_("radiosensitivity"),
    "level": N_("level of the worst lesion"),
    "deficit": N_("neurological deficit class"),
    "deficit_onset_hours": N_("hours since deficit onset"),
    "rapidly_progressive": N_("rapidly progressive deficit"),
    "sins": N_("SINS of the worst lesion"),
    "escc": N_("ESCC (Bilsky) grade"),
    "unstable_fracture": N_("(threatening) unstable fracture"),
    "intraspinal_fragments": N_("bone fragments in the canal"),
    "operable": N_("operability (anaesthesia)"),
    "consents_to_surgery": N_("patient's consent to surgery"),
    "prognosis": N_("survival prognosis"),
    "oligometastatic": N_("oligometastatic (board-confirmed)"),
    "hypervascular": N_("hypervascular lesion"),
    "diagnosis_unclear": N_("diagnosis unclear / primary unknown"),
    "cord_tolerance_exhausted": N_("spinal-cord tolerance exhausted by prior RT"),
    "lesion_diameter_cm": N_("lesion diameter (cm)"),
    "pain": N_("pain character"),
    "deteriorating": N_("deterioration between examinations"),
    "bladder_bowel_disturbed": N_("bladder/bowel dysfunction"),
    "pet_done": N_("FDG-PET performed"),
    "isolated_lesion": N_("isolated (solitary) bone lesion"),
    "early_uptake_after_treatment": N_("new uptake within 6 months of treatment start"),
}

MOTOR_DEFICITS = ("mild", "functionally_relevant", "complete")
NO_MOTOR_DEFICIT = ("none", "radicular_sensory")
ESCC_HIGH = ("2", "3")
SURGERY_DONE = ("emergency_6h", "urgent_24h", "elective")

Tri = bool | None


def t_or(*values: Tri) -> Tri:
    if any(v is True for v in values):
        return True
    if any(v is None for v in values):
        return None
    return False


def t_and(*values: Tri) -> Tri:
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def t_not(value: Tri) -> Tri:
    return None if value is None else not value


class FactView:
    """Three-valued access to facts and to decisions already taken."""

    def __init__(self, facts: Mapping[str, Any], decisions: Mapping[str, Any]) -> None:
        self._facts = facts
        self._decisions = decisions
        self.needed: set[str] = set()

    def get(self, key: str) -> Any:
        value = self._facts.get(key)
        if value is None:
            self.needed.add(key)
        return value

    def is_(self, key: str, *values: Any) -> Tri:
        value = self.get(key)
        return None if value is None else value in values

    def true(self, key: str) -> Tri:
        value = self.get(key)
        return None if value is None else bool(value)

    def escalates(self, key: str) -> bool:
        """For facts that can only raise urgency (e.g. a deterioration between exams): when the
        fact is not known, the other facts decide alone, so unknown counts as not escalating."""
        value = self._facts.get(key)
        self.used_escalator(key, value)
        return bool(value)

    def used_escalator(self, key: str, value: Any) -> None:  # hook for the recording view
        pass

    def false(self, key: str) -> Tri:
        return t_not(self.true(key))

    def ge(self, key: str, bound: float) -> Tri:
        value = self.get(key)
        return None if value is None else value >= bound

    def le(self, key: str, bound: float) -> Tri:
        value = self.get(key)
        return None if value is None else value <= bound

    def between(self, key: str, low: float, high: float) -> Tri:
        value = self.get(key)
        return None if value is None else low <= value <= high

    def decided(self, slot: str, values: Iterable[Any]) -> Tri:
        """Whether an earlier output took one of ``values`` (None while it is undetermined)."""
        if slot not in self._decisions or self._decisions[slot] is None:
            self.needed.add(f"output:{slot}")
            return None
        return self._decisions[slot] in tuple(values)

    # Composite facts used by many rules -------------------------------------------------
    def motor_deficit(self) -> Tri:
        return self.is_("deficit", *MOTOR_DEFICITS)

    def no_motor_deficit(self) -> Tri:
        return self.is_("deficit", *NO_MOTOR_DEFICIT)

    def instability(self) -> Tri:
        """Suspected or confirmed instability: SINS >= 13 or a (threatening) unstable fracture."""
        return t_or(self.ge("sins", 13), self.true("unstable_fracture"))

    def escc_high(self) -> Tri:
        return self.is_("escc", *ESCC_HIGH)

    def mescc(self) -> Tri:
        """Metastatic epidural spinal cord compression: ESCC >= 2 or a motor deficit."""
        return t_or(self.escc_high(), self.motor_deficit())

    def separation_case(self) -> Tri:
        """ESCC >= 2 with low radiosensitivity and no instability or fragments (E53)."""
        return t_and(
            self.escc_high(),
            self.is_("radiosensitivity", "low"),
            t_not(t_or(self.instability(), self.true("intraspinal_fragments"))),
        )

    def surgery_planned(self) -> Tri:
        return self.decided("surgery", SURGERY_DONE)
