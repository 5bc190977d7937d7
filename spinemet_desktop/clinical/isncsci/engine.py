"""ISNCSCI 2019 classification: totals, levels, NLI, completeness, AIS and ZPPs.

A transcription of ``shared/clinical/isncsci.md`` (itself a specification of the Praxis
reference algorithm, commit 6110d1f, MIT licence), section by section. Section numbers in the
comments refer to that document. Inputs are complete exams only; :mod:`.classify` checks
completeness and reports what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from spinemet_desktop.model.levels import ISNCSCI_SEGMENTS, KEY_MUSCLES

SEG = ISNCSCI_SEGMENTS  # C1 ... S3, S4_5 (indices 0 ... 28)
IDX = {name: i for i, name in enumerate(SEG)}
S3_INDEX = IDX["S3"]
_C4_INDEX = IDX["C4"]
_L1_INDEX = IDX["L1"]
_S45_INDEX = IDX["S4_5"]
KEY_INDICES = tuple(IDX[m] for m in KEY_MUSCLES)
NEXT_KEY: dict[str, str] = {KEY_MUSCLES[i]: KEY_MUSCLES[i + 1] for i in range(len(KEY_MUSCLES) - 1)}

# §1.6 value classes -------------------------------------------------------------------------
W = frozenset({"0", "1", "2"})
NRM = frozenset({"5", "0**", "1**", "2**", "3**", "4**", "NT**"})
POSSLOW = frozenset({"0", "1", "2", "0*", "1*", "2*", "NT", "NT*"})
S1LOW = frozenset({"0*", "1*", "2*", "NT*"})
D2LOW = frozenset({"0**", "1**", "2**"})
D2HIGH = frozenset({"3**", "4**", "NT**"})
DOUBLE_STAR_MOTOR = D2LOW | D2HIGH
K_STAR_NEXT = frozenset({"0*", "1*", "2*", "NT", "NT*"})
C_SURE = frozenset({"0", "1", "2", "NT", "NT*"})
C_UNSURE = frozenset({"0*", "1*", "2*"})
D_UNSURE = frozenset({"0*", "1*", "2*", "0**", "1**", "2**"})
B_CAN_BE_ZERO = frozenset({"0", "NT", "NT*", "0*"})
ZPP_MAYBE = frozenset({"NT", "NT*", "0*"})
ABN = frozenset({"0", "1", "0*", "1*"})
D2S = frozenset({"0**", "1**"})
CAN_BE_ABSENT = frozenset({"0", "NT", "0*", "NT*"})
DIGIT_STAR_SENSORY = frozenset({"0*", "1*", "0**", "1**"})
NT_FAMILY = frozenset({"NT", "NT*", "NT**"})


class Side(NamedTuple):
    """One side of a complete exam: LT/PP for all 29 segments (C1 fixed at 2), key grades.

    A named tuple, not a frozen dataclass: one is built per side and classification, and a named
    tuple is made in under half the time (issue 26)."""

    light_touch: tuple[str, ...]  # indexed by segment, C1 = "2"
    pin_prick: tuple[str, ...]
    motor: dict[str, str]  # key-muscle level -> grade
    non_key: str | None


class Exam(NamedTuple):
    """A complete exam: both sides, VAC and DAP (a named tuple, as :class:`Side`)."""

    right: Side
    left: Side
    vac: str
    dap: str


@dataclass(frozen=True, slots=True)
class IsncsciResult:
    """The 25 result fields, as strings in the reference's formats (§4)."""

    right_upper_motor_total: str
    left_upper_motor_total: str
    right_lower_motor_total: str
    left_lower_motor_total: str
    right_motor_total: str
    left_motor_total: str
    upper_motor_total: str
    lower_motor_total: str
    right_touch_total: str
    left_touch_total: str
    touch_total: str
    right_prick_total: str
    left_prick_total: str
    prick_total: str
    right_sensory: str
    left_sensory: str
    right_motor: str
    left_motor: str
    neurological_level_of_injury: str
    injury_complete: str
    asia_impairment_scale: str
    right_sensory_zpp: str
    left_sensory_zpp: str
    right_motor_zpp: str
    left_motor_zpp: str


class Step(NamedTuple):
    cont: bool
    emitted: str | None
    flag: bool


def _tag(level: str, flag: bool) -> str:
    return level + "*" if flag else level


def _is_key(i: int) -> bool:
    return SEG[i] in NEXT_KEY or SEG[i] in ("T1", "S1")


#: The key muscle of each segment index, None for segments without one (``_is_key``).
KEY_AT: tuple[str | None, ...] = tuple(SEG[i] if _is_key(i) else None for i in range(len(SEG)))

# Speed (issue 26): the rules below are pure functions of a few worksheet values drawn from small
# vocabularies, so ``rule_s``, ``rule_k`` and rule T's decision are memoised over those values (at
# most a few thousand entries), and totals read points from a table instead of parsing. Results
# are the same by construction; tests/unit/test_isncsci_properties.py checks the memoised path
# against the plain functions (``__wrapped__``) over random exams.


# §2 totals ---------------------------------------------------------------------------------


#: Points of every grade that counts ("3*" -> 3); the NT family counts nothing.
_POINTS: dict[str, int] = {
    v + stars: int(v) for v in ("0", "1", "2", "3", "4", "5") for stars in ("", "*", "**")
}


#: The points of an NT-family value: more than any figure of a worksheet can make up for (112 at
#: most, both sides' sensory totals added), so a negative figure is not determinable ("ND").
_NOT_DETERMINABLE = -1000
#: The table with the NT family: one pass over valid grades, not two.
_POINTS_OR_ND: dict[str, int] = {**_POINTS, **dict.fromkeys(NT_FAMILY, _NOT_DETERMINABLE)}


def _points(values: Sequence[str]) -> int:
    """The points of some cells; negative when the total is not determinable (an NT-family value).
    Two such figures of grades add up to one of the same kind: a negative one keeps the sum negative."""
    try:
        return sum(map(_POINTS_OR_ND.__getitem__, values))
    except KeyError:  # not a grade: fails (or not) as the plain parse does
        if not NT_FAMILY.isdisjoint(values):
            return _NOT_DETERMINABLE
        return sum(int(v.replace("*", "")) for v in values)


def _total(points: int) -> str:
    return "ND" if points < 0 else str(points)


# §3.1 rule S --------------------------------------------------------------------------------


def rule_s(side: Side, i: int, flag: bool) -> Step:
    """Is segment i intact, judged by the dermatome below it?"""
    return _rule_s(side.light_touch[i + 1], side.pin_prick[i + 1], i, flag)


@cache
def _rule_s(lt: str, pp: str, i: int, flag: bool) -> Step:
    level = SEG[i]
    if lt == "2" and pp == "2":
        return Step(True, None, flag)
    if lt in ABN or pp in ABN:
        return Step(False, _tag(level, flag), flag)
    if lt == "NT*" or pp == "NT*":
        return Step(False, level + "*", True)
    if lt == "NT" or pp == "NT":
        other = pp if lt == "NT" else lt
        return Step(True, _tag(level, flag), True if other in D2S else flag)
    return Step(True, None, True)


# §3.2 sensory level ------------------------------------------------------------------------


def sensory_level(side: Side) -> str:
    flag = False
    out: list[str] = []
    lt, pp = side.light_touch, side.pin_prick
    for i in range(S3_INDEX + 1):
        if lt[i + 1] == "2" and pp[i + 1] == "2":
            continue  # rule S1: intact, nothing emitted, the flag as it was (the commonest case)
        cont, emitted, new_flag = _rule_s(lt[i + 1], pp[i + 1], i, flag)
        if emitted:
            out.append(emitted)
        flag = flag or new_flag
        if not cont:
            return ",".join(out)
    out.append(_tag("INT", flag))
    return ",".join(out)


# §3.3 motor level --------------------------------------------------------------------------


#: Rule P judges C4 by the grade of C5 and L1 by that of L2 (the key muscle below each).
_RULE_P_MUSCLE: dict[str, str] = {"C4": "C5", "L1": "L2"}


def rule_p(side: Side, i: int, flag: bool) -> Step:
    return _rule_p(side.motor[_RULE_P_MUSCLE[SEG[i]]], i, flag)


@cache
def _rule_p(grade: str, i: int, flag: bool) -> Step:
    return Step(
        grade not in W,
        _tag(SEG[i], flag) if grade in POSSLOW else None,
        flag or grade in D2LOW,
    )


@cache
def rule_k(level: str, grade: str, next_grade: str, flag: bool) -> Step:
    cont = (grade in NRM or grade == "NT") and next_grade not in W
    emitted = None
    if not (grade in NRM and next_grade not in POSSLOW):
        if grade in S1LOW or (grade in D2LOW and next_grade in K_STAR_NEXT):
            emitted = level + "*"
        else:
            emitted = _tag(level, flag)
    new_flag = (
        grade in S1LOW
        or (grade in DOUBLE_STAR_MOTOR and next_grade not in W)
        or (grade == "5" and next_grade in D2LOW)
    )
    return Step(cont, emitted, True if new_flag else flag)


def rule_t(side: Side, i: int, flag: bool) -> Step:
    level = SEG[i]
    block_start = _C4_INDEX if level == "T1" else _L1_INDEX
    lt, pp = side.light_touch, side.pin_prick
    # The block's dermatomes judged by rule S (flag not carried): all continue, any emits, any flags.
    bc, be, bv = True, False, False
    for j in range(block_start, i + 1):
        if lt[j + 1] == "2" and pp[j + 1] == "2":
            continue  # rule S1: continues, emits nothing, flags nothing
        c_cont, c_emitted, c_flag = _rule_s(lt[j + 1], pp[j + 1], j, False)
        bc = bc and c_cont
        be = be or bool(c_emitted)
        bv = bv or c_flag
    return _rule_t(level, side.motor[level], bc, be, bv, flag)


@cache
def _rule_t(level: str, grade: str, bc: bool, be: bool, bv: bool, flag: bool) -> Step:
    """Rule T given its block's judgement: all continue (``bc``), any emits (``be``), any flags (``bv``)."""
    cont = (grade in NRM or grade == "NT") and bc
    emitted = None
    if grade == "NT" or not (grade in NRM and bc and not be):
        if grade in S1LOW or (grade in D2LOW and (be or not bc)):
            emitted = level + "*"
        else:
            emitted = _tag(level, flag)
    new_flag = (
        grade in S1LOW
        or grade in D2LOW
        or (grade in D2HIGH and bc)
        or (grade in ("5", "NT") and bc and bv and not be)
    )
    return Step(cont, emitted, True if new_flag else flag)


#: Which rule judges each segment in the motor-level walk: P (C4, L1), T (T1, S1), K (other key
#: muscles), S (sensory).
_MOTOR_RULE: tuple[str, ...] = tuple(
    "p" if level in ("C4", "L1") else "t" if level in ("T1", "S1") else "k" if level in NEXT_KEY else "s"
    for level in SEG
)


def motor_level(side: Side, vac: str) -> str:
    flag = False
    out: list[str] = []
    lt, pp, grades = side.light_touch, side.pin_prick, side.motor
    for i in range(S3_INDEX + 1):
        rule = _MOTOR_RULE[i]
        if rule == "s":
            if lt[i + 1] == "2" and pp[i + 1] == "2":
                continue  # rule S1: intact, nothing emitted, the flag as it was
            cont, emitted, new_flag = _rule_s(lt[i + 1], pp[i + 1], i, flag)
        elif rule == "k":
            level = SEG[i]
            cont, emitted, new_flag = rule_k(level, grades[level], grades[NEXT_KEY[level]], flag)
        elif rule == "p":
            cont, emitted, new_flag = _rule_p(grades[_RULE_P_MUSCLE[SEG[i]]], i, flag)
        else:
            cont, emitted, new_flag = rule_t(side, i, flag)
        if emitted:
            out.append(emitted)
        flag = flag or new_flag
        if not cont:
            return ",".join(out)
    # Rule V: the walk reached S4-5.
    has_s3 = "S3" in out or "S3*" in out
    if vac == "No":
        if not has_s3:
            out.append(_tag("S3", flag))
    elif vac == "NT":
        if not has_s3:
            out.append(_tag("S3", flag))
        out.append(_tag("INT", flag))
    else:
        out.append(_tag("INT", flag))
    return ",".join(out)


# §3.4 neurological level of injury ---------------------------------------------------------

_NLI_MOTOR_REGION = frozenset(
    {"C4", "C5", "C6", "C7", "C8", "T1", "L1", "L2", "L3", "L4", "L5", "S1"}
)

#: The motor step of each segment in the NLI walk (both sides), worked out once: None outside
#: the motor region; for C4 and L1 rule P on the key muscle below (C5, L2): (True, that muscle,
#: ""); otherwise rule K on the segment's muscle and the next key muscle, T1 and S1 being their
#: own next: (False, muscle, next muscle).
_NLI_MOTOR_STEP: tuple[tuple[bool, str, str] | None, ...] = tuple(
    None if level not in _NLI_MOTOR_REGION
    else (True, _RULE_P_MUSCLE[level], "") if level in _RULE_P_MUSCLE
    else (False, level, level if level in ("T1", "S1") else NEXT_KEY[level])
    for level in SEG
)


def neurological_level(exam: Exam) -> str:
    flag = False
    out: list[str] = []
    right_lt, right_pp, right_motor = exam.right.light_touch, exam.right.pin_prick, exam.right.motor
    left_lt, left_pp, left_motor = exam.left.light_touch, exam.left.pin_prick, exam.left.motor
    for i in range(S3_INDEX + 1):
        level = SEG[i]
        motor_step = _NLI_MOTOR_STEP[i]
        if right_lt[i + 1] == "2" and right_pp[i + 1] == "2" and left_lt[i + 1] == "2" and left_pp[i + 1] == "2":
            # Rule S1 on both sides (the commonest case): intact, nothing emitted, the flag as it was.
            if motor_step is None:
                continue
            s_emit, s_cont, s_flag = None, True, flag
        else:
            r = _rule_s(right_lt[i + 1], right_pp[i + 1], i, flag)
            lf = _rule_s(left_lt[i + 1], left_pp[i + 1], i, flag)
            s_emit = None
            if r.emitted or lf.emitted:
                both_starred = bool(
                    r.emitted and lf.emitted and "*" in r.emitted and "*" in lf.emitted
                )
                s_emit = level + "*" if both_starred else _tag(level, flag)
            s_cont = r.cont and lf.cont
            s_flag = flag or r.flag or lf.flag
        if motor_step is not None:
            is_p, muscle, below = motor_step
            if is_p:
                mr = _rule_p(right_motor[muscle], i, flag)
                ml = _rule_p(left_motor[muscle], i, flag)
            else:
                mr = rule_k(level, right_motor[muscle], right_motor[below], flag)
                ml = rule_k(level, left_motor[muscle], left_motor[below], flag)
            emit = None
            if mr.emitted or ml.emitted or s_emit:
                starred = bool(
                    mr.emitted and ml.emitted and ("*" in mr.emitted or "*" in ml.emitted)
                )
                emit = level + "*" if starred else _tag(level, flag)
            if not s_cont:
                cont, new_flag = False, s_flag
            else:
                cont, new_flag = mr.cont and ml.cont, s_flag or mr.flag or ml.flag
        else:
            emit, cont, new_flag = s_emit, s_cont, s_flag
        if emit:
            out.append(emit)
        flag = flag or new_flag
        if not cont:
            return ",".join(out)
    out.append(_tag("INT", flag))
    return ",".join(out)


# §3.5 complete or incomplete ---------------------------------------------------------------


def _v4(exam: Exam) -> list[str]:
    return [
        exam.right.light_touch[_S45_INDEX],
        exam.right.pin_prick[_S45_INDEX],
        exam.left.light_touch[_S45_INDEX],
        exam.left.pin_prick[_S45_INDEX],
    ]


#: The S4-5 values of §3.5 and §3.6 as sets (a set's superset test reads the four values in one call).
_ZERO = frozenset({"0"})
_ZERO_OR_STAR = frozenset({"0", "0*"})
_ZERO_OR_DOUBLE_STAR = frozenset({"0", "0**"})
_ZERO_ANY_STARS = frozenset({"0", "0*", "0**"})


def injury_complete(exam: Exam) -> str:
    v4 = _v4(exam)
    if exam.vac == "No" and exam.dap == "No":
        if _ZERO.issuperset(v4):
            return "C"
        if _ZERO_OR_STAR.issuperset(v4):
            return "C*,I*"
        if _ZERO_OR_DOUBLE_STAR.issuperset(v4):
            return "I*"
    if exam.vac != "Yes" and exam.dap != "Yes" and CAN_BE_ABSENT.issuperset(v4):
        return "C,I"
    return "I"


# §3.6 AIS -----------------------------------------------------------------------------------


@cache
def _candidates(level_string: str) -> tuple[str, ...]:
    """The candidates of a level string ("C5*,C6" -> C5, C6); memoised (a few dozen strings)."""
    return tuple(level_string.replace("*", "").split(","))


@cache
def _scan_muscles(candidate: str) -> tuple[str, ...]:
    """Key muscles "more than three levels below" a motor-level candidate."""
    if candidate == "INT":
        return ()
    start = IDX[candidate] + 4
    return tuple(m for m in KEY_MUSCLES if IDX[m] >= start)


@cache
def _below(candidate: str) -> tuple[str, ...]:
    """Key muscles strictly caudal to an NLI candidate."""
    if candidate == "INT":
        return ()
    return tuple(m for m in KEY_MUSCLES if IDX[m] > IDX[candidate])


def _mfp(side: Side, motor: str) -> tuple[bool, bool]:
    for candidate in _candidates(motor):
        for muscle in _scan_muscles(candidate):
            grade = side.motor[muscle]
            if grade != "0" or muscle == side.non_key:
                return True, grade == "0**"
    return False, False


def _mfa(side: Side, motor: str) -> tuple[bool, bool]:
    uncertain = False
    for candidate in _candidates(motor):
        failed = False
        for muscle in _scan_muscles(candidate):
            grade = side.motor[muscle]
            if grade in ("0*", "0**"):
                uncertain = True
            if grade not in B_CAN_BE_ZERO or muscle == side.non_key:
                failed = True
                break
        if not failed:
            return True, uncertain
    return False, False


def _c_count(exam: Exam, nli: str) -> str | None:
    """'sure' / 'unsure' for the first qualifying NLI candidate, None if none qualifies."""
    for candidate in _candidates(nli):
        muscles = _below(candidate)
        h = len(muscles)
        grades = [s.motor[m] for m in muscles for s in (exam.right, exam.left)]
        sure = sum(map(C_SURE.__contains__, grades))
        unsure = sum(map(C_UNSURE.__contains__, grades))
        if sure > h:
            return "sure"
        if sure + unsure > h:
            return "unsure"
    return None


def _starred(exam: Exam) -> bool:
    """Whether any cell of the exam carries a star (a non-SCI reason)."""
    r, lf = exam.right, exam.left
    return "*" in "".join((*r.light_touch, *r.pin_prick, *lf.light_touch, *lf.pin_prick,
                           *r.motor.values(), *lf.motor.values()))


def _destar(exam: Exam) -> Exam:
    def side(s: Side) -> Side:
        return Side(
            tuple(v.replace("*", "") for v in s.light_touch),
            tuple(v.replace("*", "") for v in s.pin_prick),
            {k: v.replace("*", "") for k, v in s.motor.items()},
            s.non_key,
        )

    return Exam(side(exam.right), side(exam.left), exam.vac, exam.dap)


def asia_impairment_scale(
    exam: Exam, nli: str, motor_right: str, motor_left: str, complete: str
) -> str:
    """The AIS of an exam, given its own neurological level, motor levels and completeness as
    :func:`classify_exam` works them out (the C rule relies on ``nli`` being the exam's own)."""
    if nli == "INT" and exam.vac == "Yes":
        return "E"
    if nli == "INT*" and exam.vac == "Yes":
        return "E*"
    v4 = _v4(exam)
    all_zero = _ZERO.issuperset(v4)
    ssp = exam.dap != "No" or not all_zero
    ssp_uncertain = exam.dap == "No" and not all_zero and _ZERO_ANY_STARS.issuperset(v4)
    if exam.vac in ("Yes", "NT"):
        mi, mi_uncertain = True, False
    elif exam.vac == "No":
        right, left = _mfp(exam.right, motor_right), _mfp(exam.left, motor_left)
        mi = ssp and (right[0] or left[0])
        mi_uncertain = mi and ((right[0] and right[1]) or (left[0] and left[1]))
    else:
        mi, mi_uncertain = False, False

    grades: list[str] = []
    if "C" in complete:
        grades.append("A*" if "*" in complete else "A")
    mfa_r, mfa_l = _mfa(exam.right, motor_right), _mfa(exam.left, motor_left)
    if ssp and exam.vac != "Yes" and mfa_r[0] and mfa_l[0]:
        starred = ssp_uncertain or (exam.vac == "No" and (mfa_r[1] or mfa_l[1]))
        grades.append("B*" if starred else "B")
    if mi:
        qualified = _c_count(exam, nli)
        if qualified is not None:
            # Without a star the de-starred exam is the exam itself, and ``nli`` is its own
            # neurological level (classify_exam), which qualifies (above).
            fails_destarred = False
            if _starred(exam):
                destarred = _destar(exam)
                fails_destarred = _c_count(destarred, neurological_level(destarred)) is None
            starred = qualified == "unsure" or mi_uncertain or fails_destarred
            grades.append("C*" if starred else "C")
        any_d, any_certain = False, False
        for candidate in _candidates(nli):
            if candidate == "INT":
                break
            muscles = _below(candidate)
            h = len(muscles)
            if h == 0:
                any_d = any_certain = True
                break
            grades_below = [s.motor[m] for m in muscles for s in (exam.right, exam.left)]
            high = len(grades_below) - sum(map(W.__contains__, grades_below))
            hunsure = sum(map(D_UNSURE.__contains__, grades_below))
            if high - hunsure >= h:
                any_d = any_certain = True
                break
            if high >= h:
                any_d = True
        if any_d:
            grades.append("D*" if (not any_certain or mi_uncertain) else "D")
    if exam.vac != "No":
        if "INT*" in nli:
            grades.append("E*")
        elif "INT" in nli:
            grades.append("E")
    return ",".join(grades)


# §3.7 sensory ZPP ---------------------------------------------------------------------------


def _zpp_sorted(items: list[str]) -> str:
    if len(items) < 2:  # nothing to sort (the commonest case)
        return ",".join(items)
    return ",".join(
        sorted(items, key=lambda x: -1 if x == "NA" else IDX[x.replace("*", "")])
    )


def sensory_zpp(side: Side, dap: str) -> str:
    lt45, pp45 = side.light_touch[_S45_INDEX], side.pin_prick[_S45_INDEX]
    if dap == "Yes" or lt45 not in CAN_BE_ABSENT or pp45 not in CAN_BE_ABSENT:
        return "NA"
    zpp: list[str] = []
    if dap == "NT" or (dap == "No" and not (lt45 == "0" and pp45 == "0")):
        zpp.append("NA")
    flag = False
    for i in range(S3_INDEX, 0, -1):  # S3 ... C2
        level = SEG[i]
        lt, pp = side.light_touch[i], side.pin_prick[i]
        if lt == "0" and pp == "0":
            continue
        if lt not in CAN_BE_ABSENT or pp not in CAN_BE_ABSENT:
            zpp.append(_tag(level, flag))
            break
        if lt in ("NT", "NT*") or pp in ("NT", "NT*"):
            zpp.append(_tag(level, flag))
            continue
        zpp.append(level + "*")
        flag = True
    else:
        zpp.append("C1")
    return _zpp_sorted(zpp)


# §3.8 motor ZPP -----------------------------------------------------------------------------


_SACRAL_OR_INTACT = frozenset({"S2", "S3", "INT"})


def motor_zpp(side: Side, vac: str, ais: str, motor: str) -> str:
    if vac == "Yes":
        return "NA"
    zpp: list[str] = ["NA"] if vac == "NT" else []
    test_nk = "C" in ais and side.non_key is not None
    candidates = _candidates(motor)
    top = IDX[candidates[0]]
    if not _SACRAL_OR_INTACT.isdisjoint(candidates):
        last = candidates[-1]
        bottom = IDX["S3" if last == "INT" else last]
    else:
        bottom = IDX["S1"]

    # The key muscle's grade at each segment index (None where there is no key muscle).
    motor_grades = side.motor
    grade_of: list[str | None] = list(map(motor_grades.get, KEY_AT))  # type: ignore[arg-type]  # get(None) is None
    lts, pps = side.light_touch, side.pin_prick

    first_star = None
    # Exams without any star (the commonest) skip the walk: every grade of grade_of is in side.motor.
    if "*" in "".join(lts) or "*" in "".join(pps) or "*" in "".join(motor_grades.values()):
        for i in range(bottom + 1):
            if "*" in lts[i] or "*" in pps[i] or "*" in (grade_of[i] or ""):
                first_star = i
                break
    last_normal = bottom
    # The last "normal" segment matters only for tagging, and only once a star is found (tagged).
    for i in range(top, bottom + 1) if first_star is not None else ():
        grade = grade_of[i]
        lt, pp = lts[i], pps[i]
        normal = (  # sensory "normal-like": 2 or a double-starred value
            (lt == "2" or lt.endswith("**"))
            and (pp == "2" or pp.endswith("**"))
            and (grade is None or grade == "5" or grade.endswith("**"))
        )
        if not normal:
            last_normal = i - 1 if i > top else bottom
            break
    nk_index = None
    if side.non_key is not None and IDX[side.non_key] <= bottom:
        nk_index = IDX[side.non_key]

    def tagged(i: int) -> bool:
        if first_star is None:
            return False
        grade = grade_of[i]
        if grade is not None:
            return "0*" in grade
        if side.light_touch[i] in DIGIT_STAR_SENSORY or side.pin_prick[i] in DIGIT_STAR_SENSORY:
            return True
        return first_star <= i <= last_normal

    def override(i: int) -> bool:
        return test_nk and nk_index is not None and nk_index - i > 3

    add_nk = nk_added = False
    for i in range(bottom, top - 1, -1):
        grade = grade_of[i]
        if grade is not None:
            shows_function = grade[0] in "12345" or grade in ("0**", "NT**")
            if shows_function or grade in ZPP_MAYBE:
                if override(i):
                    add_nk = True
                else:
                    zpp.append(_tag(SEG[i], tagged(i)))
                    if SEG[i] == side.non_key:
                        nk_added = True
                if shows_function:
                    break
        elif SEG[i] in candidates:
            if override(i):
                add_nk = True
            else:
                zpp.append(_tag(SEG[i], tagged(i)))
    if add_nk and not nk_added and nk_index is not None:
        zpp.append(SEG[nk_index])
    return _zpp_sorted(zpp)


# Whole classification ----------------------------------------------------------------------


_UPPER_OF = itemgetter(*KEY_MUSCLES[:5])
_LOWER_OF = itemgetter(*KEY_MUSCLES[5:])


def classify_exam(exam: Exam) -> IsncsciResult:
    r, lf = exam.right, exam.left
    r_upper = _points(_UPPER_OF(r.motor))
    l_upper = _points(_UPPER_OF(lf.motor))
    r_lower = _points(_LOWER_OF(r.motor))
    l_lower = _points(_LOWER_OF(lf.motor))
    r_lt, l_lt = _points(r.light_touch[1:]), _points(lf.light_touch[1:])
    r_pp, l_pp = _points(r.pin_prick[1:]), _points(lf.pin_prick[1:])
    right_sensory, left_sensory = sensory_level(r), sensory_level(lf)
    right_motor, left_motor = motor_level(r, exam.vac), motor_level(lf, exam.vac)
    nli = neurological_level(exam)
    complete = injury_complete(exam)
    ais = asia_impairment_scale(exam, nli, right_motor, left_motor, complete)
    return IsncsciResult(
        right_upper_motor_total=_total(r_upper),
        left_upper_motor_total=_total(l_upper),
        right_lower_motor_total=_total(r_lower),
        left_lower_motor_total=_total(l_lower),
        right_motor_total=_total(r_upper + r_lower),
        left_motor_total=_total(l_upper + l_lower),
        upper_motor_total=_total(r_upper + l_upper),
        lower_motor_total=_total(r_lower + l_lower),
        right_touch_total=_total(r_lt),
        left_touch_total=_total(l_lt),
        touch_total=_total(r_lt + l_lt),
        right_prick_total=_total(r_pp),
        left_prick_total=_total(l_pp),
        prick_total=_total(r_pp + l_pp),
        right_sensory=right_sensory,
        left_sensory=left_sensory,
        right_motor=right_motor,
        left_motor=left_motor,
        neurological_level_of_injury=nli,
        injury_complete=complete,
        asia_impairment_scale=ais,
        right_sensory_zpp=sensory_zpp(r, exam.dap),
        left_sensory_zpp=sensory_zpp(lf, exam.dap),
        right_motor_zpp=motor_zpp(r, exam.vac, ais, right_motor),
        left_motor_zpp=motor_zpp(lf, exam.vac, ais, left_motor),
    )
