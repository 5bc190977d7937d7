"""Pathway facts: the canonical vocabulary of shared/testdata/scenarios/README.md.

Facts are plain values (``None`` = not known). :class:`FactView` gives rules three-valued
accessors: a comparison on a missing fact yields ``None`` ("unknown"), never ``False``, and the
view records which missing facts a rule needed.

Facts come in two kinds (pathway.md §11 S4): *patient* facts (deficit, operability, prognosis …)
and *lesion* facts (SINS, ESCC, fracture … of one lesion). A flat dictionary, as in the shared
vignettes, describes one lesion; ``facts["lesions"]`` may instead hold one dictionary of lesion
facts per lesion.

Some facts exist only when something was *recorded* (a previous radiotherapy course at the
lesion's level, a suspected flare, a documented motor finding): when a vignette leaves them out
they mean "nothing recorded" (:data:`RECORDED_ONLY`), while an explicit ``None`` still means
"cannot tell".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from spinemet_desktop.clinical.scores import escc, sins
from spinemet_desktop.model.levels import SPINAL_LEVEL_INDEX, level_range
from spinemet_desktop.model.text import N_

PATIENT_KEYS: tuple[str, ...] = (
    "primary", "radiosensitivity", "deficit", "deficit_onset_hours", "rapidly_progressive",
    "operable", "consents_to_surgery", "prognosis", "oligometastatic", "diagnosis_unclear",
    "cord_tolerance_exhausted", "pain",
    # Beyond the scenario vocabulary (derived from the case when available):
    "deteriorating", "bladder_bowel_disturbed", "pet_done", "isolated_lesion",
    "early_uptake_after_treatment", "motor_finding", "completeness_unknown", "pain_improving",
    "reirradiation_cleared", "osteoporosis",
)
LESION_KEYS: tuple[str, ...] = (
    "level", "sins", "sins_range", "escc", "unstable_fracture", "intraspinal_fragments",
    "hypervascular", "lesion_diameter_cm", "previously_irradiated", "prior_rt_courses",
    "reirradiation_margin_gy2", "flare_suspected", "found_on", "osteolytic", "lesion_pain",
)
FACT_KEYS: tuple[str, ...] = PATIENT_KEYS + LESION_KEYS

#: Facts that exist only when recorded: left out, they mean "nothing recorded" (see module doc).
RECORDED_ONLY: dict[str, Any] = {
    "previously_irradiated": False,
    "flare_suspected": False,
    "motor_finding": False,
    "completeness_unknown": False,
}

#: Facts whose worse case a rule plans for when they are not recorded (S2, S3, S5): the answer is
#: decided and the fact is named as one whose recording could lower it (:meth:`FactView.assume`).
PLANNED_FOR_WORSE: tuple[str, ...] = (
    "deficit", "deficit_onset_hours", "completeness_unknown", "operable", "consents_to_surgery",
    "cord_tolerance_exhausted", "reirradiation_margin_gy2",
)
#: Facts that can only raise an urgency: unknown, the other facts decide (:meth:`FactView.escalates`).
ESCALATORS: tuple[str, ...] = ("deteriorating", "motor_finding")

FACT_LABELS: dict[str, str] = {
    "primary": N_("primary tumour"),
    "radiosensitivity": N_("radiosensitivity"),
    "level": N_("level of the lesion"),
    "deficit": N_("neurological deficit class"),
    "deficit_onset_hours": N_("hours since deficit onset"),
    "rapidly_progressive": N_("rapidly progressive deficit"),
    "sins": N_("SINS of the lesion"),
    "sins_range": N_("SINS range from the items recorded"),
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
    "motor_finding": N_("documented motor or autonomic finding"),
    "completeness_unknown": N_("completeness of the cord syndrome (sacral examination)"),
    "pain_improving": N_("pain improving"),
    "reirradiation_cleared": N_("radiation oncologist: cord dose allows another course"),
    "osteoporosis": N_("osteoporotic bone"),
    "previously_irradiated": N_("lesion in a previous radiotherapy field"),
    "prior_rt_courses": N_("previous radiotherapy courses at the lesion's level"),
    "reirradiation_margin_gy2": N_("BED left to the conventional cumulative limit (Gy₂)"),
    "flare_suspected": N_("flare suspected (new uptake under effective therapy)"),
    "found_on": N_("imaging on which the lesion was found"),
    "osteolytic": N_("osteolytic lesion"),
    "lesion_pain": N_("pain at the lesion"),
}

MOTOR_DEFICITS = ("mild", "functionally_relevant", "complete")
NO_MOTOR_DEFICIT = ("none", "radicular_sensory")
ESCC_HIGH = escc.HIGH_GRADES
#: Surgery values that mean an operation is planned (pathway.md §11 S10).
SURGERY_DONE = ("emergency_6h", "urgent_24h", "elective")
#: Surgery values that stay qualified by operability and consent (S3).
SURGERY_TIERS = ("emergency_6h", "urgent_24h", "elective", "consider")
NUCLEAR_MODALITIES = ("bone_scintigraphy", "fdg_pet", "psma_pet")
#: SINS bands from the SINS table (pathway.md §2, E 25, Tab. 4): one source, the score module.
SINS_UNSTABLE = sins.UNSTABLE_FROM
SINS_GREY_LOW, SINS_GREY_HIGH = sins.BANDS["potentially_unstable"].low, sins.BANDS["potentially_unstable"].high
#: The smallest useful course, 1 × 4 Gy, as BED with α/β = 2 Gy: 4 × (1 + 4/2) = 12 Gy₂ (S5).
SMALLEST_USEFUL_COURSE_BED_GY2 = 12.0
#: Previous courses at one level above which the 11.8 figures no longer apply (S5).
MAX_COURSES_FOR_FIGURES = 1
#: Deficit onset within which a complete deficit is operated on as an emergency (scenarios rule 2).
COMPLETE_DEFICIT_HOURS = 48

Tri = bool | None


# Called tens of thousands of times per assessment: plain loops (no generator per call).
def t_or(*values: Tri) -> Tri:
    unknown = False
    for v in values:
        if v is True:
            return True
        if v is None:
            unknown = True
    return None if unknown else False


def t_and(*values: Tri) -> Tri:
    unknown = False
    for v in values:
        if v is False:
            return False
        if v is None:
            unknown = True
    return None if unknown else True


def t_not(value: Tri) -> Tri:
    return None if value is None else not value


class FactView:
    """Three-valued access to facts and to decisions already taken."""

    def __init__(self, facts: Mapping[str, Any], decisions: Mapping[str, Any]) -> None:
        self._facts = facts
        self._decisions = decisions
        self.needed: set[str] = set()
        #: Facts not recorded whose worse case a rule planned for (S2, S3, S5), with why.
        self.assumed: dict[str, str] = {}

    def get(self, key: str) -> Any:
        value = self._facts.get(key)
        if value is None:
            self.needed.add(key)
        return value

    def peek(self, key: str) -> Any:
        """A fact's value for a rule that handles its absence itself (not reported as needed)."""
        return self._facts.get(key)

    def assume(self, key: str, why: str) -> None:
        """Record that ``key`` is not known and the rule planned for its worse case."""
        assert key in PLANNED_FOR_WORSE, f"{key} is not declared in PLANNED_FOR_WORSE"
        self.assumed[key] = why

    def is_(self, key: str, *values: Any) -> Tri:
        value = self.get(key)
        if value is None:
            return None
        if isinstance(value, (frozenset, set, tuple, list)):
            # A fact known only as a set of possibilities (the prognosis bands of S11).
            inside = [v in values for v in value]
            if all(inside):
                return True
            if not any(inside):
                return False
            self.needed.add(key)
            return None
        return value in values

    def true(self, key: str) -> Tri:
        value = self.get(key)
        return None if value is None else bool(value)

    def recorded_no(self, key: str) -> bool:
        """True only when ``key`` was recorded as False; its absence is handled by another rule."""
        return self.peek(key) is False

    def escalates(self, key: str) -> bool:
        """For facts that can only raise urgency (e.g. a deterioration between exams): when the
        fact is not known, the other facts decide alone, so unknown counts as not escalating."""
        assert key in ESCALATORS, f"{key} is not declared in ESCALATORS"
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

    def lt(self, key: str, bound: float) -> Tri:
        value = self.get(key)
        return None if value is None else value < bound

    def between(self, key: str, low: float, high: float) -> Tri:
        value = self.get(key)
        return None if value is None else low <= value <= high

    def decided(self, slot: str, values: Iterable[Any]) -> Tri:
        """Whether an earlier output took one of ``values`` (None while it is undetermined)."""
        if slot not in self._decisions or self._decisions[slot] is None:
            self.needed.add(f"output:{slot}")
            return None
        return self._decisions[slot] in tuple(values)

    def decided_value(self, slot: str) -> Any:
        """An earlier output's value for a rule that handles an undetermined one itself."""
        return self._decisions.get(slot)

    # SINS with bounds: an incomplete SINS still decides when its recorded items already do (S4).
    def _sins_bounds(self) -> tuple[float, float] | None:
        total = self.peek("sins")
        if total is not None:
            self.get("sins")
            return total, total
        bounds = self.peek("sins_range")
        self.needed.add("sins")
        if bounds is None:
            return None
        low, high = bounds
        return low, high

    def sins_at_least(self, bound: int) -> Tri:
        bounds = self._sins_bounds()
        if bounds is None:
            return None
        low, high = bounds
        if low >= bound:
            return True
        if high < bound:
            return False
        return None

    def sins_at_most(self, bound: int) -> Tri:
        return t_not(self.sins_at_least(bound + 1))

    def sins_between(self, low: int, high: int) -> Tri:
        return t_and(self.sins_at_least(low), self.sins_at_most(high))

    # Composite facts used by many rules -------------------------------------------------
    def motor_deficit(self) -> Tri:
        return self.is_("deficit", *MOTOR_DEFICITS)

    def no_motor_deficit(self) -> Tri:
        return self.is_("deficit", *NO_MOTOR_DEFICIT)

    def neurological_complaints(self) -> Tri:
        """E 2/E 3 'neurologische Beschwerden': a motor deficit class or a documented motor or
        autonomic finding (S1), whether or not the deficit class is known yet."""
        if self.escalates("motor_finding"):
            return True
        return self.motor_deficit()

    def instability(self) -> Tri:
        """Suspected or confirmed instability: SINS >= 13 or a (threatening) unstable fracture."""
        return t_or(self.sins_at_least(SINS_UNSTABLE), self.true("unstable_fracture"))

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

    def irradiated(self) -> Tri:
        """The lesion lies in a recorded previous radiotherapy field (S5). Judged per lesion: a
        recorded exhausted cord tolerance belongs to the irradiated levels only (S4)."""
        return self.true("previously_irradiated")

    def tolerance_exhausted(self) -> Tri:
        """S5: in a previous field, with the spinal-cord tolerance recorded as exhausted."""
        return t_and(self.irradiated(), self.peek("cord_tolerance_exhausted") is True)

    def margin_too_small(self) -> Tri:
        """S5: in a previous field, the cumulative dose leaves less than the smallest useful course."""
        margin = self.peek("reirradiation_margin_gy2")
        if margin is None:
            return t_and(self.irradiated(), False)
        self.get("reirradiation_margin_gy2")
        return t_and(self.irradiated(), margin < SMALLEST_USEFUL_COURSE_BED_GY2)

    def too_many_courses(self) -> Tri:
        """S5: more courses at this level than the 11.8 figures cover (single re-irradiations),
        and the radiation oncologist has not recorded that the cord dose allows another."""
        courses = self.peek("prior_rt_courses")
        if courses is None or courses <= MAX_COURSES_FOR_FIGURES:
            return t_and(self.irradiated(), False)
        self.get("prior_rt_courses")
        return t_and(self.irradiated(), self.peek("reirradiation_cleared") is not True)

    def no_safe_radiotherapy(self) -> Tri:
        """S5: no further radiotherapy at this level — only what is recorded makes it unsafe."""
        return t_or(self.tolerance_exhausted(), self.margin_too_small(), self.too_many_courses())

    def radiotherapy_safety_assumed(self) -> bool:
        """A re-irradiation case whose safety rests on facts not recorded (the previous doses, the
        cord tolerance): they are named, and a compression is planned for as if no safe
        radiotherapy were left (S5, "never lower for a missing fact")."""
        if self.irradiated() is not True or self.no_safe_radiotherapy() is True:
            return False
        open_facts = False
        if self.peek("cord_tolerance_exhausted") is None:
            self.assume("cord_tolerance_exhausted",
                        N_("not recorded whether the spinal-cord tolerance is exhausted"))
            open_facts = True
        if self.peek("reirradiation_margin_gy2") is None:
            self.assume("reirradiation_margin_gy2",
                        N_("the previous prescribed doses are not all recorded: the cumulative dose "
                           "cannot be checked here"))
            open_facts = True
        return open_facts

    def level_within(self, first: str, last: str) -> Tri:
        """Whether the lesion reaches a level from ``first`` to ``last`` (a lesion may span levels)."""
        label = self.get("level")
        levels = lesion_levels(label) if label is not None else ()
        if not levels:
            self.needed.add("level")
            return None
        low, high = SPINAL_LEVEL_INDEX[first], SPINAL_LEVEL_INDEX[last]
        return any(low <= SPINAL_LEVEL_INDEX[level] <= high for level in levels)

    def painful(self) -> Tri:
        """The lesion is painful: its own pain (SINS pain item) if recorded, else the patient's."""
        own: object = self.peek("lesion_pain")
        if own is not None:
            self.get("lesion_pain")
            return own != "none"
        return self.is_("pain", "mechanical", "non_mechanical")

    def painless(self) -> Tri:
        return t_not(self.painful())

    def pain_is(self, *values: str) -> Tri:
        """The lesion's pain character (its own if recorded, else the patient's) is one of ``values``."""
        own: object = self.peek("lesion_pain")
        if own is not None:
            self.get("lesion_pain")
            return own in values
        return self.is_("pain", *values)


def lesion_levels(label: str) -> tuple[str, ...]:
    """The spinal levels a lesion's label covers ("T4" -> ("T4",), "C7–T2" -> ("C7", "T1", "T2"));
    empty when the label names no level (e.g. "lesion 2")."""
    first, _, last = label.replace("-", "–").partition("–")
    first, last = first.strip(), (last.strip() or first.strip())
    if first not in SPINAL_LEVEL_INDEX or last not in SPINAL_LEVEL_INDEX:
        return ()
    return level_range(first, last)


def band_set(value: Any) -> frozenset[str] | None:
    """The prognosis fact as a set of bands (a single band is a set of one)."""
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(value)


def is_collection(value: Any) -> bool:
    return isinstance(value, Collection) and not isinstance(value, str)
