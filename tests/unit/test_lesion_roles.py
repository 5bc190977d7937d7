"""Which lesion is judged for instability, which for compression, and which one the short summaries
name first (pathway.md §11 S4: each lesion is judged on its own; the "worst lesion" line names the
lesion for instability and the lesion for compression separately).

The SINS totals are added up by hand from the SINS table (scores-surgical.md §1): location
junctional 3 / mobile 2 / semi-rigid 1 (T3-T10) / rigid 0; pain mechanical 3 / occasional
non-mechanical 1 / pain-free 0; bone lesion lytic 2 / mixed 1 / blastic 0; alignment subluxation 4 /
de novo deformity 2 / normal 0; collapse > 50 % 3 / < 50 % 2 / none but > 50 % involved 1 / none 0;
posterolateral bilateral 3 / unilateral 1 / none 0. Stable 0-6, potentially unstable 7-12,
unstable 13-18. An item not recorded counts at its least and at its most points.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spinemet_desktop.clinical.findings import Findings, find
from spinemet_desktop.model import Case
from spinemet_desktop.model.case import Lesion

_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)

# (pain, bone lesion, alignment, collapse, posterolateral) at a semi-rigid level (location 1).
_SINS = {
    13: ("mechanical", "lytic", "subluxation_translation", "gt50", "none"),  # 1+3+2+4+3+0
    12: ("mechanical", "lytic", "subluxation_translation", "lt50", "none"),  # 1+3+2+4+2+0
    10: ("mechanical", "lytic", "de_novo_deformity", "lt50", "none"),        # 1+3+2+2+2+0
    5: ("occasional_non_mechanical", "lytic", "normal", "none", "unilateral"),  # 1+1+2+0+0+1
}


def _lesion(level: str, sins: int | None = None, *, escc: str | None = None,
            fracture: bool | None = None, **items: str) -> Lesion:
    lesion = Lesion(level=level, escc=escc, unstable_fracture=fracture)
    if sins is not None:
        pain, bone, alignment, collapse, postero = _SINS[sins]
        items = {"pain": pain, "bone_lesion": bone, "alignment": alignment, "collapse": collapse,
                 "posterolateral": postero, **items}
    for name, value in items.items():
        setattr(lesion, f"sins_{name}", value)
    return lesion


def _find(*lesions: Lesion) -> Findings:
    case = Case()
    case.imaging.lesions = list(lesions)
    return find(case, _NOW)


# A lesion at T7 whose SINS is only partly recorded: location 1 + mechanical pain 3 = at least 4;
# the four missing items can add 2 + 4 + 3 + 3, so at most 16 — instability undetermined.
def _incomplete(level: str = "T7") -> Lesion:
    return _lesion(level, pain="mechanical")


@pytest.mark.parametrize(("lesion", "expected"), [
    (_lesion("T7", 13), True),                    # SINS 13 is unstable (E 25), fracture not recorded
    (_lesion("T7", 13, fracture=False), True),    # ... whatever the fracture answer
    (_lesion("T7", 5, fracture=True), True),      # an unstable fracture is instability at any SINS
    (_lesion("T7", 12, fracture=False), False),   # SINS 12 and no unstable fracture: not unstable
    (_lesion("T7", 12), None),                    # SINS 12 but the fracture not assessed: open
    # 1 + 3 + 2 + 2 + 2 = 10 with posterolateral missing (0-3): 10 to 13, may still reach 13.
    (_lesion("T7", pain="mechanical", bone_lesion="lytic", alignment="de_novo_deformity", collapse="lt50",
             fracture=False), None),
    (_incomplete(), None),
])
def test_instability_of_one_lesion_from_its_sins_and_fracture(lesion: Lesion, expected: bool | None) -> None:
    (assessed,) = _find(lesion).lesions
    assert assessed.instability is expected


def test_a_certain_instability_leads_a_higher_undetermined_sins() -> None:
    fracture = _lesion("T7", 5, fracture=True)
    # 1 + 3 + 2 + 2 = 8 recorded, collapse and posterolateral missing: 8 to 14, undetermined.
    undetermined = _lesion("T9", pain="mechanical", bone_lesion="lytic", alignment="de_novo_deformity")
    f = _find(undetermined, fracture)
    assert f.lesion_for_instability is not None
    assert f.lesion_for_instability.lesion is fracture
    assert f.instability_reason == "SINS 5 (stable); unstable fracture; SINS incomplete for T9"


def test_an_incomplete_sins_never_ranks_below_a_complete_stable_one_it_may_exceed() -> None:
    complete = _lesion("T7", 10, fracture=False)
    incomplete = _incomplete("T9")
    f = _find(complete, incomplete)
    assert f.lesion_for_instability is not None
    assert f.lesion_for_instability.lesion is incomplete
    assert f.instability_reason.startswith("SINS at least 4 and at most 16 from the items recorded (missing: ")
    assert f.instability_reason.endswith(")")  # the complete lesion is not named as incomplete


def test_between_complete_scores_the_higher_sins_leads() -> None:
    low, high = _lesion("T7", 5, fracture=False), _lesion("T9", 10, fracture=False)
    f = _find(low, high)
    assert f.lesion_for_instability is not None
    assert f.lesion_for_instability.lesion is high
    assert f.instability_reason == "SINS 10 (potentially unstable (indeterminate))"


def test_the_instability_reason_names_only_the_other_incomplete_lesions() -> None:
    lead, other_incomplete, other_complete = _lesion("T7", 13), _incomplete("L2"), _lesion("T9", 5)
    f = _find(other_complete, lead, other_incomplete)
    assert f.lesion_for_instability is not None
    assert f.lesion_for_instability.lesion is lead
    assert f.instability_reason == "SINS 13 (unstable); SINS incomplete for L2"


@pytest.mark.parametrize(("grades", "lead", "reason"), [
    (("2", "1a"), 0, "ESCC 2"),
    (("0", "1a"), 1, "ESCC 1a"),       # grade 0 (bone only) ranks below 1a
    (("1c", "3"), 1, "ESCC 3"),
    (("2", None), 0, "ESCC 2; ESCC not recorded for L2"),
    (("1b", None, "0"), 0, "ESCC 1b; ESCC not recorded for L2"),
])
def test_the_lesion_for_compression_has_the_highest_escc_grade(
        grades: tuple[str | None, ...], lead: int, reason: str) -> None:
    lesions = [_lesion(level, escc=grade) for level, grade in zip(("T7", "L2", "T9"), grades, strict=False)]
    f = _find(*lesions)
    assert f.lesion_for_compression is not None
    assert f.lesion_for_compression.lesion is lesions[lead]
    assert f.compression_reason == reason


def test_without_any_escc_grade_every_lesion_is_named_and_the_first_entered_is_shown() -> None:
    first, second = _lesion("T7"), _lesion("L2")
    f = _find(first, second)
    assert f.lesion_for_compression is not None
    assert f.lesion_for_compression.lesion is first
    assert f.compression_reason == "ESCC not recorded for T7, L2"


def test_the_only_lesion_is_the_worst() -> None:
    f = _find(_lesion("T7", 10, escc="1a"))
    assert f.worst_lesion_reason == "the only lesion"


@pytest.mark.parametrize(("lesions", "worst", "reason"), [
    # The certainly unstable lesion is named first even when another compresses the cord.
    ((_lesion("T7", 13, escc="0"), _lesion("L2", 5, escc="2")), 0, "highest SINS 13 and ESCC 0 of 2 lesions"),
    # Instability undetermined (fracture not assessed): the compressing lesion comes first.
    ((_lesion("T7", 12, escc="0"), _lesion("L2", 5, escc="2")), 1, "highest ESCC 2 of 2 lesions"),
    ((_lesion("T7", 5), _lesion("T9", 10)), 1, "highest SINS 10 of 2 lesions"),
    ((_incomplete("T7"), _incomplete("T9")), 0, "highest rank (SINS/ESCC incomplete) of 2 lesions"),
])
def test_the_worst_lesion_and_why(lesions: tuple[Lesion, ...], worst: int, reason: str) -> None:
    f = _find(*lesions)
    assert f.worst_lesion is not None
    assert f.worst_lesion.lesion is lesions[worst]
    assert f.worst_lesion_reason == reason
