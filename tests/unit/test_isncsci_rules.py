"""The building blocks of the ISNCSCI 2019 classification, rule by rule (issue 29).

Each rule is checked against its table in shared/clinical/isncsci.md (section named at each test),
over every value of the worksheet vocabulary where the table speaks of value classes. The value
classes of §1.6 are transcribed here once more, independently of the engine's constants.
"""

from __future__ import annotations

import itertools

import pytest

from spinemet_desktop.clinical.isncsci import classify, engine, exam_from_values, missing_cells
from spinemet_desktop.clinical.isncsci.engine import Exam, Side, Step
from spinemet_desktop.clinical.isncsci.sensory_map import (
    ABSENT,
    IMPAIRED,
    INTACT,
    NOT_EXAMINED,
    NOT_TESTABLE,
    dermatome_state,
    level_candidates,
    sensory_states,
)
from spinemet_desktop.model import IsncsciValues
from spinemet_desktop.model.isncsci import MOTOR_VALUES, SENSORY_VALUES
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLES

# §0: the 29 segments, rostral to caudal.
SEGMENTS = ["C1", *(f"C{i}" for i in range(2, 9)), *(f"T{i}" for i in range(1, 13)), *(f"L{i}" for i in range(1, 6)),
            "S1", "S2", "S3", "S4_5"]
KEYS = ["C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"]

# §1.6 value classes.
W = {"0", "1", "2"}
NRM = {"5", "0**", "1**", "2**", "3**", "4**", "NT**"}
POSSLOW = {"0", "1", "2", "0*", "1*", "2*", "NT", "NT*"}
S1LOW = {"0*", "1*", "2*", "NT*"}
D2LOW = {"0**", "1**", "2**"}
D2HIGH = {"3**", "4**", "NT**"}
DOUBLE_STAR = D2LOW | D2HIGH
ABN = {"0", "1", "0*", "1*"}
D2S = {"0**", "1**"}
CAN_BE_ABSENT = {"0", "NT", "0*", "NT*"}


def test_vocabularies_are_those_of_the_2019_worksheet() -> None:
    # §1.5: motor 0-5, NT, and 0-4/NT with one or two stars; sensory 0-2, NT, and 0/1/NT starred.
    assert set(MOTOR_VALUES) == {*"012345", "NT", *(f"{v}{s}" for v in ("0", "1", "2", "3", "4", "NT")
                                                  for s in ("*", "**"))}
    assert set(SENSORY_VALUES) == {"0", "1", "2", "NT", *(f"{v}{s}" for v in ("0", "1", "NT") for s in ("*", "**"))}
    assert list(engine.SEG) == SEGMENTS and list(KEY_MUSCLES) == KEYS and list(DERMATOMES) == SEGMENTS[1:]


def _tag(level: str, flag: bool) -> str:
    return level + "*" if flag else level


def _side(motor: dict[str, str] | None = None, lt: dict[str, str] | None = None, pp: dict[str, str] | None = None,
          non_key: str | None = None) -> Side:
    """A normal side with some values changed."""
    light = ["2"] * 29
    prick = ["2"] * 29
    for level, value in (lt or {}).items():
        light[SEGMENTS.index(level)] = value
    for level, value in (pp or {}).items():
        prick[SEGMENTS.index(level)] = value
    return Side(tuple(light), tuple(prick), {**dict.fromkeys(KEYS, "5"), **(motor or {})}, non_key)


# -- §3.1 rule S --------------------------------------------------------------------------------


def rule_s_spec(lt: str, pp: str, flag: bool, level: str) -> Step:
    if lt == "2" and pp == "2":
        return Step(True, None, flag)  # S1
    if lt in ABN or pp in ABN:
        return Step(False, _tag(level, flag), flag)  # S2
    if "NT*" in (lt, pp):
        return Step(False, level + "*", True)  # S3
    if "NT" in (lt, pp):
        other = pp if lt == "NT" else lt
        return Step(True, _tag(level, flag), True if other in D2S else flag)  # S4
    return Step(True, None, True)  # S5


@pytest.mark.parametrize("flag", [False, True])
@pytest.mark.parametrize("index", [0, 5, 27])  # C1 (looks at C2), C6 (at C7), S3 (at S4-5)
def test_rule_s_rows_s1_to_s5_for_every_pair_of_values(index: int, flag: bool) -> None:
    level, below = SEGMENTS[index], SEGMENTS[index + 1]
    for lt, pp in itertools.product(SENSORY_VALUES, repeat=2):
        side = _side(lt={below: lt}, pp={below: pp})
        assert engine.rule_s(side, index, flag) == rule_s_spec(lt, pp, flag, level), (lt, pp)


def test_rule_s_judges_the_dermatome_below() -> None:
    side = _side(lt={"C6": "0"})
    assert engine.rule_s(side, SEGMENTS.index("C6"), False).cont  # C6 itself is not looked at
    assert engine.rule_s(side, SEGMENTS.index("C5"), False) == Step(False, "C5", False)


# -- §3.2 sensory level -------------------------------------------------------------------------


@pytest.mark.parametrize(("lt", "pp", "level"), [
    ({}, {}, "INT"),
    ({"C2": "0"}, {}, "C1"),
    ({}, {"C6": "1"}, "C5"),
    ({"S4_5": "0"}, {}, "S3"),
    ({"T7": "NT"}, {}, "T6,INT"),
    ({"T7": "NT", "L2": "1"}, {}, "T6,L1"),
    ({"T7": "0**"}, {}, "INT*"),
    ({"T7": "0**", "L2": "1"}, {}, "L1*"),
    ({"T7": "NT*"}, {}, "T6*"),
    ({"T7": "NT*"}, {"T7": "0"}, "T6"),  # row S2 before S3
    ({"T7": "0**"}, {"T7": "NT"}, "T6,INT*"),
    ({"T7": "1**"}, {"T7": "NT"}, "T6,INT*"),
    ({"T7": "NT**"}, {"T7": "NT"}, "T6,INT"),
])
def test_sensory_level_walk(lt: dict[str, str], pp: dict[str, str], level: str) -> None:
    assert engine.sensory_level(_side(lt=lt, pp=pp)) == level


# -- §3.3 motor level: rules P, K, T and V -------------------------------------------------------


@pytest.mark.parametrize("flag", [False, True])
@pytest.mark.parametrize(("level", "muscle"), [("C4", "C5"), ("L1", "L2")])
def test_rule_p_looks_at_the_first_key_muscle_only(level: str, muscle: str, flag: bool) -> None:
    for grade in MOTOR_VALUES:
        side = _side(motor={muscle: grade}, lt={muscle: "0"}, pp={muscle: "0"})  # its dermatome is not examined
        expected = Step(grade not in W, _tag(level, flag) if grade in POSSLOW else None, flag or grade in D2LOW)
        assert engine.rule_p(side, SEGMENTS.index(level), flag) == expected, grade


def rule_k_spec(level: str, g: str, h: str, flag: bool) -> Step:
    cont = (g in NRM or g == "NT") and h not in W
    emitted = None
    if not (g in NRM and h not in POSSLOW):
        star = g in S1LOW or (g in D2LOW and h in {"0*", "1*", "2*", "NT", "NT*"})
        emitted = level + "*" if star else _tag(level, flag)
    new_flag = g in S1LOW or (g in DOUBLE_STAR and h not in W) or (g == "5" and h in D2LOW)
    return Step(cont, emitted, True if new_flag else flag)


@pytest.mark.parametrize("flag", [False, True])
def test_rule_k_for_every_pair_of_grades(flag: bool) -> None:
    for g, h in itertools.product(MOTOR_VALUES, repeat=2):
        assert engine.rule_k("C6", g, h, flag) == rule_k_spec("C6", g, h, flag), (g, h)


# Block dermatome checks of rule T (C5-T2 for T1) and what they give: (bc, be, bv).
BLOCKS = {
    "normal": ({}, (True, False, False)),
    "nt": ({"C7": "NT"}, (True, True, False)),
    "nt_with_double_star": ({"C7": ("NT", "0**")}, (True, True, True)),
    "double_star": ({"T2": "0**"}, (True, False, True)),
    "absent": ({"C5": "0"}, (False, True, False)),
    "nt_star": ({"C8": "NT*"}, (False, True, True)),
    # pin prick alone abnormal, at the first and at the last dermatome of the block (C5, T2)
    "prick_absent_first": ({"C5": ("2", "0")}, (False, True, False)),
    "prick_absent_last": ({"T2": ("2", "0")}, (False, True, False)),
}


def rule_t_spec(level: str, g: str, bc: bool, be: bool, bv: bool, flag: bool) -> Step:
    cont = (g in NRM or g == "NT") and bc
    emitted = None
    if g == "NT" or not (g in NRM and bc and not be):
        star = g in S1LOW or (g in D2LOW and (be or not bc))
        emitted = level + "*" if star else _tag(level, flag)
    new_flag = g in S1LOW | D2LOW or (g in D2HIGH and bc) or (g in {"5", "NT"} and bc and bv and not be)
    return Step(cont, emitted, True if new_flag else flag)


@pytest.mark.parametrize("flag", [False, True])
@pytest.mark.parametrize("block", BLOCKS)
def test_rule_t_checks_the_dermatomes_of_the_whole_block(block: str, flag: bool) -> None:
    changes, (bc, be, bv) = BLOCKS[block]
    lt = {level: (v[0] if isinstance(v, tuple) else v) for level, v in changes.items()}
    pp = {level: (v[1] if isinstance(v, tuple) else "2") for level, v in changes.items()}
    for grade in MOTOR_VALUES:
        side = _side(motor={"T1": grade}, lt=lt, pp=pp)
        assert engine.rule_t(side, SEGMENTS.index("T1"), flag) == rule_t_spec("T1", grade, bc, be, bv, flag), grade
        # the same block one region down: S1 with the dermatomes L2-S2 (17 segments below C5-T2)
        shifted = {SEGMENTS[SEGMENTS.index(level) + 17]: v for level, v in lt.items()}
        shifted_pp = {SEGMENTS[SEGMENTS.index(level) + 17]: v for level, v in pp.items()}
        side = _side(motor={"S1": grade}, lt=shifted, pp=shifted_pp)
        assert engine.rule_t(side, SEGMENTS.index("S1"), flag) == rule_t_spec("S1", grade, bc, be, bv, flag), grade


def test_rule_t_block_starts_at_c4_and_l1() -> None:
    # C5 (looked at from C4) belongs to the T1 block; C4 (looked at from C3) does not.
    assert not engine.rule_t(_side(lt={"C5": "0"}), SEGMENTS.index("T1"), False).cont
    assert engine.rule_t(_side(lt={"C4": "0"}), SEGMENTS.index("T1"), False).cont
    assert not engine.rule_t(_side(lt={"L2": "0"}), SEGMENTS.index("S1"), False).cont
    assert engine.rule_t(_side(lt={"L1": "0"}), SEGMENTS.index("S1"), False).cont
    assert not engine.rule_t(_side(lt={"S2": "0"}), SEGMENTS.index("S1"), False).cont
    assert engine.rule_t(_side(lt={"S3": "0"}), SEGMENTS.index("S1"), False).cont


@pytest.mark.parametrize(("vac", "flagged", "expected"), [
    ("Yes", False, "INT"), ("No", False, "S3"), ("NT", False, "S3,INT"),
    ("Yes", True, "INT*"), ("No", True, "S3*"), ("NT", True, "S3*,INT*"),
])
def test_rule_v_at_the_end_of_the_motor_walk(vac: str, flagged: bool, expected: str) -> None:
    side = _side(lt={"T6": "0**"} if flagged else {})
    assert engine.motor_level(side, vac) == expected


def test_rule_v_does_not_repeat_s3() -> None:
    side = _side(lt={"S4_5": "NT"})  # S3 is already a candidate
    assert engine.motor_level(side, "No") == "S3"
    assert engine.motor_level(side, "NT") == "S3,INT"
    assert engine.motor_level(side, "Yes") == "S3,INT"
    side = _side(lt={"S4_5": "NT", "T6": "0**"})
    assert engine.motor_level(side, "No") == "S3*"


@pytest.mark.parametrize(("motor", "lt", "level"), [
    ({}, {}, "INT"),
    ({"C5": "3"}, {}, "C5"),
    ({"C5": "2"}, {}, "C4"),
    ({"C6": "4"}, {}, "C6"),
    ({"C6": "1"}, {}, "C5"),
    ({"T1": "3"}, {}, "T1"),
    ({"L2": "0"}, {}, "L1"),
    ({"L4": "3"}, {}, "L4"),
    ({"S1": "4"}, {}, "S1"),
    ({}, {"C5": "0"}, "T1"),  # case 27: the block's dermatome stops the walk at T1
    ({}, {"T8": "1"}, "T7"),
    ({}, {"C3": "0"}, "C2"),
    ({"C7": "NT"}, {}, "C6,C7,INT"),  # C6 is the level if C7 is below 3
    ({"C5": "0*"}, {}, "C4,C5*"),  # 0* is "consider not normal": C4, or C5 tagged
])
def test_motor_level_walk(motor: dict[str, str], lt: dict[str, str], level: str) -> None:
    assert engine.motor_level(_side(motor=motor, lt=lt), "Yes") == level


# -- §3.4 neurological level of injury ------------------------------------------------------------


def _exam(right: Side | None = None, left: Side | None = None, vac: str = "Yes", dap: str = "Yes") -> Exam:
    return Exam(right or _side(), left or _side(), vac, dap)


@pytest.mark.parametrize(("right", "left", "vac", "nli"), [
    (_side(), _side(), "Yes", "INT"),
    (_side(), _side(), "No", "INT"),  # the NLI does not use VAC
    (_side(lt={"T5": "0"}), _side(lt={"T9": "1"}), "Yes", "T4"),
    (_side(motor={"C7": "3"}), _side(), "Yes", "C7"),
    (_side(motor={"C7": "3"}), _side(lt={"C6": "1"}), "Yes", "C5"),
    (_side(motor={"T1": "4"}), _side(), "Yes", "T1"),  # T1 compares the muscle with itself
    (_side(lt={"C5": "0"}), _side(), "Yes", "C4"),  # no block check in the NLI
    (_side(lt={"T5": "NT*"}), _side(lt={"T5": "NT*"}), "Yes", "T4*"),  # both sides starred
    (_side(lt={"T5": "NT*"}), _side(lt={"T5": "0"}), "Yes", "T4"),
    (_side(lt={"T5": "NT"}), _side(), "Yes", "T4,INT"),
    (_side(motor={"L3": "0*"}), _side(motor={"L3": "3"}), "Yes", "L2,L3*"),
    (_side(motor={"L3": "3"}), _side(), "Yes", "L3"),
    (_side(), _side(motor={"L4": "3"}), "Yes", "L4"),  # the motor region reaches down to S1
    (_side(motor={"L5": "4"}), _side(), "Yes", "L5"),
    (_side(motor={"S1": "3"}), _side(), "Yes", "S1"),
    (_side(motor={"C5": "2"}), _side(), "Yes", "C4"),
    (_side(lt={"T3": "0**"}), _side(motor={"L3": "3"}), "Yes", "L3*"),
    (_side(motor={"C6": "4**", "L3": "3"}), _side(), "Yes", "L3*"),  # a ** key muscle raises the flag too
    (_side(pp={"T5": "0"}), _side(), "Yes", "T4"),  # pin prick alone, either side
    (_side(), _side(pp={"T9": "1"}), "Yes", "T8"),
    (_side(lt={"S4_5": "0"}), _side(), "Yes", "S3"),  # the walk's last step looks at S4-5
])
def test_neurological_level_walk(right: Side, left: Side, vac: str, nli: str) -> None:
    assert engine.neurological_level(_exam(right, left, vac)) == nli


# The motor region of the NLI walk (C4 ... T1, L1 ... S1): one key muscle below 5 stops both the
# side's motor level and the NLI there - graded 3, at its own level (rule K, or rule T / "rule K
# against itself" at T1 and S1); graded 2 at C5 or L2, one level above (rule P at C4 or L1).
MOTOR_REGION_STOPS = [("C4", {"C5": "2"}), *((m, {m: "3"}) for m in KEYS[:5]),
                      ("L1", {"L2": "2"}), *((m, {m: "3"}) for m in KEYS[5:])]


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize(("level", "motor"), MOTOR_REGION_STOPS)
def test_nli_motor_region_stops_at_each_level(level: str, motor: dict[str, str], side: str) -> None:
    weak, normal = _side(motor=motor), _side()
    exam = _exam(weak, normal) if side == "right" else _exam(normal, weak)
    assert engine.motor_level(weak, "Yes") == level
    assert engine.neurological_level(exam) == level


# -- §3.5 complete or incomplete --------------------------------------------------------------


@pytest.mark.parametrize(("vac", "dap", "v4", "expected"), [
    ("No", "No", ("0", "0", "0", "0"), "C"),
    ("No", "No", ("0", "0*", "0", "0"), "C*,I*"),
    ("No", "No", ("0*", "0*", "0*", "0*"), "C*,I*"),
    ("No", "No", ("0", "0", "0**", "0"), "I*"),
    ("No", "No", ("0", "0*", "0**", "0"), "I"),
    ("No", "No", ("0", "NT", "0", "0"), "C,I"),
    ("No", "No", ("0", "NT*", "0*", "0"), "C,I"),
    ("No", "No", ("0", "1", "0", "0"), "I"),
    ("NT", "No", ("0", "0", "0", "0"), "C,I"),
    ("No", "NT", ("0", "0", "0", "0"), "C,I"),
    ("NT", "NT", ("NT", "0", "0", "0"), "C,I"),
    ("Yes", "No", ("0", "0", "0", "0"), "I"),
    ("No", "Yes", ("0", "0", "0", "0"), "I"),
    ("NT", "NT", ("2", "0", "0", "0"), "I"),
    ("No", "No", ("2", "2", "2", "2"), "I"),
])
def test_complete_or_incomplete(vac: str, dap: str, v4: tuple[str, str, str, str], expected: str) -> None:
    right = _side(lt={"S4_5": v4[0]}, pp={"S4_5": v4[1]})
    left = _side(lt={"S4_5": v4[2]}, pp={"S4_5": v4[3]})
    assert engine.injury_complete(_exam(right, left, vac, dap)) == expected


# -- §3.6 AIS helpers -------------------------------------------------------------------------

# "Scan start": the first key muscle scanned for motor-level candidate m.
SCAN_START = {"C1": "C5", "C2": "C6", "C3": "C7", "C4": "C8", "C5": "T1",
              **{level: "L2" for level in SEGMENTS[SEGMENTS.index("C6"):SEGMENTS.index("T10") + 1]},
              "T11": "L3", "T12": "L4", "L1": "L5", "L2": "S1",
              **{level: None for level in ("L3", "L4", "L5", "S1", "S2", "S3", "INT")}}


@pytest.mark.parametrize(("candidate", "first"), SCAN_START.items())
def test_more_than_three_levels_below_the_motor_level(candidate: str, first: str | None) -> None:
    expected = KEYS[KEYS.index(first):] if first else []
    assert list(engine._scan_muscles(candidate)) == expected


# "Muscles below": key muscles strictly caudal to an NLI candidate.
@pytest.mark.parametrize(("candidate", "first"), [
    ("C1", "C5"), ("C4", "C5"), ("C5", "C6"), ("C6", "C7"), ("C7", "C8"), ("C8", "T1"), ("T1", "L2"),
    ("T6", "L2"), ("L1", "L2"), ("L2", "L3"), ("L3", "L4"), ("L4", "L5"), ("L5", "S1"), ("S1", None),
    ("S2", None), ("S3", None), ("INT", None),
])
def test_key_muscles_below_the_neurological_level(candidate: str, first: str | None) -> None:
    assert list(engine._below(candidate)) == (KEYS[KEYS.index(first):] if first else [])


@pytest.mark.parametrize(("motor", "non_key", "level", "expected"), [
    ({}, None, "C4", (True, False)),  # all 5 below
    ({m: "0" for m in KEYS}, None, "C4", (False, False)),
    ({**{m: "0" for m in KEYS}, "S1": "1"}, None, "C4", (True, False)),
    ({**{m: "0" for m in KEYS}, "L5": "0**"}, None, "C4", (True, True)),  # uncertain
    ({**{m: "0" for m in KEYS}, "L5": "NT"}, None, "C4", (True, False)),
    ({**{m: "0" for m in KEYS}, "L5": "0*"}, None, "C4", (True, False)),
    ({m: "0" for m in KEYS}, "L4", "C4", (True, False)),  # the non-key muscle is a hit
    ({m: "0" for m in KEYS}, "L1", "C4", (False, False)),  # legacy L1: no key muscle, never a hit
    ({m: "0" for m in KEYS}, "C8", "C5", (False, False)),  # C8 is not more than 3 below C5
    ({**{m: "0" for m in KEYS}, "C8": "4"}, None, "C5", (False, False)),
    ({**{m: "0" for m in KEYS}, "T1": "4"}, None, "C5", (True, False)),
    ({**{m: "0" for m in KEYS}, "T1": "4"}, None, "C5,C6", (True, False)),
    ({**{m: "0" for m in KEYS}, "L2": "1"}, None, "C5,C6", (True, False)),  # second candidate hits
    ({**{m: "0" for m in KEYS}, "S1": "2"}, None, "L3", (False, False)),  # L3 scans nothing
])
def test_motor_function_more_than_three_levels_below(motor: dict[str, str], non_key: str | None, level: str,
                                                      expected: tuple[bool, bool]) -> None:
    assert engine._mfp(_side(motor=motor, non_key=non_key), level) == expected


@pytest.mark.parametrize(("motor", "non_key", "level", "expected"), [
    ({m: "0" for m in KEYS}, None, "C4", (True, False)),
    ({**{m: "0" for m in KEYS}, "L4": "NT"}, None, "C4", (True, False)),
    ({**{m: "0" for m in KEYS}, "L4": "NT*"}, None, "C4", (True, False)),
    ({**{m: "0" for m in KEYS}, "L4": "0*"}, None, "C4", (True, True)),
    ({**{m: "0" for m in KEYS}, "L4": "0**"}, None, "C4", (False, False)),
    ({**{m: "0" for m in KEYS}, "L4": "1"}, None, "C4", (False, False)),
    ({m: "0" for m in KEYS}, "L4", "C4", (False, False)),  # non-key function: not absent
    ({}, None, "L3", (True, False)),  # scans nothing: trivially absent
    ({**{m: "0" for m in KEYS}, "C8": "0**", "T1": "1"}, None, "C4,C5", (False, False)),
    ({**{m: "0" for m in KEYS}, "C8": "0**"}, None, "C4,C5", (True, True)),  # U from the failed C4 scan
    ({**{m: "0" for m in KEYS}, "C8": "1"}, None, "C4,C5", (True, False)),
])
def test_motor_function_can_be_absent_more_than_three_levels_below(
        motor: dict[str, str], non_key: str | None, level: str, expected: tuple[bool, bool]) -> None:
    assert engine._mfa(_side(motor=motor, non_key=non_key), level) == expected


def _below_t1(grades_right: list[str], grades_left: list[str]) -> Exam:
    lower = ["L2", "L3", "L4", "L5", "S1"]
    return _exam(_side(motor=dict(zip(lower, grades_right, strict=True))),
                 _side(motor=dict(zip(lower, grades_left, strict=True))))


@pytest.mark.parametrize(("right", "left", "expected"), [
    # H = 5 muscles below T1 per side; C needs more than H of the 10 graded below 3.
    (["0"] * 5, ["0"] * 5, "sure"),
    (["0"] * 5, ["0", "3", "3", "3", "3"], "sure"),  # 6 > 5
    (["1"] * 5, ["1", "3", "3", "3", "3"], "sure"),  # 1 is below 3 for certain, like 0 and 2
    (["0"] * 5, ["3"] * 5, None),  # 5 is not more than 5
    (["0"] * 5, ["0*", "3", "3", "3", "3"], "unsure"),
    (["0"] * 4 + ["NT"], ["NT*", "3", "3", "3", "3"], "sure"),
    (["0**"] * 5, ["0"] * 5, None),  # 0** counts as normal-like, not below 3
    (["2"] * 5, ["2*", "5", "5", "5", "5"], "unsure"),
])
def test_ais_c_count_below_the_neurological_level(right: list[str], left: list[str], expected: str | None) -> None:
    assert engine._c_count(_below_t1(right, left), "T1") == expected


def test_ais_c_count_takes_the_first_qualifying_candidate() -> None:
    exam = _below_t1(["0"] * 5, ["0"] * 5)
    assert engine._c_count(exam, "T1,S1") == "sure"
    assert engine._c_count(exam, "S1,T1") == "sure"  # S1 has no muscle below; T1 qualifies
    assert engine._c_count(exam, "S1") is None and engine._c_count(exam, "INT") is None


# -- §3.7 and §3.8 ZPPs (outside the Praxis cases) --------------------------------------------


@pytest.mark.parametrize(("dap", "lt", "pp", "expected"), [
    ("Yes", {}, {}, "NA"),
    ("No", {"S4_5": "2"}, {}, "NA"),
    ("No", {level: "0" for level in SEGMENTS[6:]}, {level: "0" for level in SEGMENTS[6:]}, "C6"),
    ("No", {level: "0" for level in SEGMENTS[1:]}, {level: "0" for level in SEGMENTS[1:]}, "C1"),
    ("NT", {level: "0" for level in SEGMENTS[1:]}, {level: "0" for level in SEGMENTS[1:]}, "NA,C1"),
    ("No", {**{level: "0" for level in SEGMENTS[6:]}, "S4_5": "NT"}, {level: "0" for level in SEGMENTS[6:]}, "NA,C6"),
    ("No", {**{level: "0" for level in SEGMENTS[6:]}, "T4": "NT"}, {level: "0" for level in SEGMENTS[6:]}, "C6,T4"),
    ("No", {**{level: "0" for level in SEGMENTS[6:]}, "T4": "0*"}, {level: "0" for level in SEGMENTS[6:]}, "C6*,T4*"),
    ("No", {**{level: "0" for level in SEGMENTS[6:]}, "L1": "1"}, {level: "0" for level in SEGMENTS[6:]}, "L1"),
])
def test_sensory_zpp(dap: str, lt: dict[str, str], pp: dict[str, str], expected: str) -> None:
    assert engine.sensory_zpp(_side(lt=lt, pp=pp), dap) == expected


# -- classify: what is missing, partial totals --------------------------------------------------


def _values(drop: tuple[str, ...] = (), vac: str | None = "Yes", dap: str | None = "Yes",
            **changes: dict[str, str]) -> IsncsciValues:
    cells: dict[str, dict[str, str]] = {}
    for side in ("right", "left"):
        cells[f"{side}_motor"] = dict.fromkeys(KEYS, "5")
        cells[f"{side}_light_touch"] = dict.fromkeys(DERMATOMES, "2")
        cells[f"{side}_pin_prick"] = dict.fromkeys(DERMATOMES, "2")
    for column, values in changes.items():
        cells[column].update(values)
    for key in drop:
        column, level = key.split(".")
        del cells[column][level]
    return IsncsciValues(**cells, vac=vac, dap=dap)


def test_missing_cells_in_worksheet_order() -> None:
    values = _values(drop=("left_motor.C5", "right_pin_prick.C5", "right_motor.C5", "left_light_touch.C4",
                           "right_light_touch.S4_5"), vac=None, dap=None)
    assert missing_cells(values) == ("left_light_touch.C4", "right_motor.C5", "right_pin_prick.C5",
                                     "left_motor.C5", "right_light_touch.S4_5", "vac", "dap")
    assert missing_cells(_values()) == ()
    assert missing_cells(_values(vac=None)) == ("vac",)
    assert missing_cells(_values(dap=None)) == ("dap",)


def test_an_exam_needs_vac_and_dap() -> None:
    for vac, dap in (("Yes", None), (None, "Yes"), (None, None)):
        with pytest.raises(KeyError):
            exam_from_values(_values(vac=vac, dap=dap))
        assert classify(_values(vac=vac, dap=dap)).result is None
    exam = exam_from_values(_values())
    assert (exam.vac, exam.dap, exam.right.light_touch[0], len(exam.right.pin_prick)) == ("Yes", "Yes", "2", 29)


@pytest.mark.parametrize(("drop", "changes", "expected"), [
    (("right_motor.L2",), {}, {"right_upper_motor_total": "25", "left_upper_motor_total": "25",
                               "left_lower_motor_total": "25", "right_touch_total": "56", "left_touch_total": "56",
                               "right_prick_total": "56", "left_prick_total": "56"}),
    (("left_motor.T1",), {"left_motor": {"L2": "3*", "S1": "NT"}}, {
        "right_upper_motor_total": "25", "right_lower_motor_total": "25", "left_lower_motor_total": "ND",
        "right_touch_total": "56", "left_touch_total": "56", "right_prick_total": "56", "left_prick_total": "56"}),
    (("left_light_touch.T3", "right_pin_prick.S4_5"), {"right_motor": {"C5": "4**", "L2": "0*"}}, {
        "right_upper_motor_total": "24", "left_upper_motor_total": "25", "right_lower_motor_total": "20",
        "left_lower_motor_total": "25", "right_touch_total": "56", "left_prick_total": "56"}),
    (("right_motor.C5",), {"left_light_touch": {"C2": "1*", "S4_5": "NT**"}}, {
        "left_upper_motor_total": "25", "right_lower_motor_total": "25", "left_lower_motor_total": "25",
        "right_touch_total": "56", "left_touch_total": "ND", "right_prick_total": "56", "left_prick_total": "56"}),
])
def test_totals_of_an_unfinished_worksheet(drop: tuple[str, ...], changes: dict, expected: dict[str, str]) -> None:  # type: ignore[type-arg]
    result = classify(_values(drop=drop, **changes))
    assert result.result is None and not result.complete
    assert result.partial_totals == expected


# -- the body chart's dermatome states (display only; §1.5 reading of the stars) ----------------

_READ = {"2": "normal", "1": "impaired", "0": "absent", "NT": "unknown"}


def _reading(value: str) -> str:
    return "normal" if value.endswith("**") else _READ[value.rstrip("*")]


def dermatome_state_spec(lt: str | None, pp: str | None) -> str:
    if lt is None or pp is None:
        return NOT_EXAMINED
    readings = [_reading(lt), _reading(pp)]
    known = [r for r in readings if r != "unknown"]
    if not known:
        return NOT_TESTABLE
    if all(r == "normal" for r in known):
        return INTACT if len(known) == 2 else NOT_TESTABLE
    if known == ["absent", "absent"]:
        return ABSENT
    return IMPAIRED


def test_dermatome_state_for_every_pair_of_values() -> None:
    for lt, pp in itertools.product([*SENSORY_VALUES, None], repeat=2):
        assert dermatome_state(lt, pp) == dermatome_state_spec(lt, pp), (lt, pp)


def test_sensory_states_cover_both_sides_and_every_dermatome() -> None:
    states = sensory_states(_values(drop=("left_pin_prick.L3",), right_light_touch={"T4": "0"},
                                    right_pin_prick={"T4": "0"}))
    assert len(states) == 2 * 28
    assert states[("right", "T4")] == ABSENT and states[("left", "L3")] == NOT_EXAMINED
    assert states[("left", "T4")] == INTACT and states[("right", "S4_5")] == INTACT


@pytest.mark.parametrize(("level", "expected"), [
    ("C5,C6*", {"C5", "C6"}), ("INT", {"INT"}), ("INT*", {"INT"}), ("S4-5", {"S4_5"}), ("T1,S4-5*", {"T1", "S4_5"}),
    (None, set()), ("", set()),
])
def test_level_candidates(level: str | None, expected: set[str]) -> None:
    assert level_candidates(level) == expected


# -- §3.6 AIS C and D: certain and uncertain counts -----------------------------------------------


def _nli_t1(right_lower: list[str], left_lower: list[str]) -> Exam:
    """Sensation impaired from T2 down on both sides, VAC and DAP present: NLI T1, motor
    incomplete for certain; the ten lower-limb grades decide between C and D."""
    impaired = {level: "1" for level in SEGMENTS[SEGMENTS.index("T2"):]}
    lower = ["L2", "L3", "L4", "L5", "S1"]
    right = _side(motor=dict(zip(lower, right_lower, strict=True)), lt=impaired, pp=impaired)
    left = _side(motor=dict(zip(lower, left_lower, strict=True)), lt=impaired, pp=impaired)
    return _exam(right, left, "Yes", "Yes")


@pytest.mark.parametrize(("last_right", "ais"), [
    # H = 5 per side below T1. Left all 0 (5 certain grades below 3); right 3, 3, 3, 3 and:
    ("3", "D"),  # 5 grades >= 3 for certain: D
    ("2", "C"),  # 6 below 3: C; only 4 at least 3: no D
    ("2*", "C*,D*"),  # "below 3, uncertain" for C; "can be >= 3, uncertain" for D
    ("1*", "C*,D*"),
    ("0*", "C*,D*"),
    ("2**", "D*"),  # consider normal: not below 3, but D only uncertain
    ("1**", "D*"),
    ("0**", "D*"),
    ("NT", "C,D"),  # NT: could be below 3 (C) and could be >= 3 (D)
    ("NT*", "C,D"),
])
def test_ais_c_and_d_with_uncertain_grades(last_right: str, ais: str) -> None:
    exam = _nli_t1(["3", "3", "3", "3", last_right], ["0"] * 5)
    assert engine.neurological_level(exam) == "T1"
    assert engine.classify_exam(exam).asia_impairment_scale == ais


def _below_c5(right_s45_lt: str = "0", dap: str = "No", vac: str = "No", right_s1: str = "0",
              all_s45: str | None = None) -> Exam:
    """Sensation and motor function absent below C5 on both sides (motor level and NLI C5)."""
    absent = {level: "0" for level in SEGMENTS[SEGMENTS.index("C6"):]}
    motor = {m: "0" for m in KEYS[1:]}
    right = _side(motor={**motor, "S1": right_s1}, lt={**absent, "S4_5": all_s45 or right_s45_lt},
                  pp={**absent, "S4_5": all_s45 or "0"})
    left = _side(motor=motor, lt={**absent, "S4_5": all_s45 or "0"}, pp={**absent, "S4_5": all_s45 or "0"})
    return _exam(right, left, vac, dap)


@pytest.mark.parametrize(("exam", "complete", "ais"), [
    (_below_c5(), "C", "A"),
    (_below_c5(right_s45_lt="1"), "I", "B"),  # sacral sparing for certain
    (_below_c5(right_s45_lt="0*"), "C*,I*", "A*,B*"),  # SSP uncertain: a zero of a non-SCI cause
    (_below_c5(all_s45="0*"), "C*,I*", "A*,B*"),
    (_below_c5(right_s45_lt="0**"), "I*", "B*"),
    (_below_c5(dap="Yes"), "I", "B"),  # DAP present: sacral sparing for certain
    (_below_c5(dap="Yes", right_s1="1"), "I", "C"),  # motor function > 3 levels below the motor level
    (_below_c5(dap="Yes", right_s1="0**"), "I", "C*"),  # ... but only a 0** (MFP uncertain)
    (_below_c5(dap="Yes", right_s1="0*"), "I", "B*,C"),
])
def test_ais_sacral_sparing_and_motor_function_below(exam: Exam, complete: str, ais: str) -> None:
    assert engine.motor_level(exam.right, exam.vac) == "C5" and engine.neurological_level(exam) == "C5"
    assert engine.injury_complete(exam) == complete
    assert engine.classify_exam(exam).asia_impairment_scale == ais


@pytest.mark.parametrize(("flagged", "vac", "ais"), [
    # An intact exam (NLI INT, INT* after a 0**), DAP present. §3.6 step 0: the early E only with
    # VAC present. VAC absent: sacral sparing, no motor function more than 3 below the motor
    # level S3 - B, and no E. VAC NT: B (VAC may be absent) or E (§3.6 E, NLI contains INT).
    (False, "Yes", "E"), (True, "Yes", "E*"),
    (False, "No", "B"), (True, "No", "B"),
    (False, "NT", "B,E"), (True, "NT", "B,E*"),
])
def test_ais_early_e_only_with_voluntary_anal_contraction(flagged: bool, vac: str, ais: str) -> None:
    right = _side(lt={"T6": "0**"} if flagged else {})
    exam = _exam(right, _side(), vac, "Yes")
    assert engine.neurological_level(exam) == ("INT*" if flagged else "INT")
    assert engine.classify_exam(exam).asia_impairment_scale == ais


@pytest.mark.parametrize(("s1", "ais"), [("1", "C"), ("0**", "C*"), ("0*", "B*,C")])
def test_ais_motor_function_below_counts_on_the_left_side_too(s1: str, ais: str) -> None:
    # §3.6 MI: MFP(right) or MFP(left), uncertain iff a side that hits is uncertain. The rows of
    # test_ais_sacral_sparing_and_motor_function_below with the sides swapped.
    exam = _below_c5(dap="Yes", right_s1=s1)
    mirrored = Exam(exam.left, exam.right, exam.vac, exam.dap)
    assert engine.motor_level(mirrored.left, "No") == "C5" and engine.neurological_level(mirrored) == "C5"
    assert engine.classify_exam(mirrored).asia_impairment_scale == ais


def test_ais_d_is_certain_when_no_muscle_is_below_the_neurological_level() -> None:
    # NLI L5: one key muscle (S1) below per side, both 0: C (2 > 1 below 3), no D.
    exam = _exam(_side(motor={"S1": "0"}), _side(motor={"S1": "0"}))
    assert engine.neurological_level(exam) == "L5"
    assert engine.classify_exam(exam).asia_impairment_scale == "C"


def test_ais_d_is_starred_when_motor_incompleteness_rests_on_a_0_double_star() -> None:
    # Right: nothing below C5 except L4 0** (the only "function" more than 3 levels below the
    # motor level, so motor incomplete is uncertain); left: all 5 below. VAC No, DAP present.
    absent = {level: "0" for level in SEGMENTS[SEGMENTS.index("C6"):SEGMENTS.index("S4_5")]}
    right = _side(motor={**{m: "0" for m in KEYS[1:]}, "L4": "0**"}, lt=absent, pp=absent)
    exam = _exam(right, _side(), "No", "Yes")
    assert engine._mfp(right, "C5") == (True, True)
    assert engine.neurological_level(exam) == "C5"
    assert engine.classify_exam(exam).asia_impairment_scale == "D*"


# -- §3.7 sensory ZPP: the walk up to C1 -----------------------------------------------------------

ALL_ABSENT = {level: "0" for level in SEGMENTS[1:]}


@pytest.mark.parametrize(("lt", "pp", "expected"), [
    ({"T4": "0*"}, {}, "C1,T4*"),  # C1 is never tagged, even after a star
    ({"T4": "NT*"}, {}, "C1,T4"),  # NT*: may be preserved, recorded untagged
    ({}, {"T4": "NT*"}, "C1,T4"),
    ({"T4": "NT"}, {"T4": "0*"}, "C1,T4"),
    ({"T4": "0*", "L1": "NT"}, {}, "C1,T4*,L1"),
])
def test_sensory_zpp_up_to_c1(lt: dict[str, str], pp: dict[str, str], expected: str) -> None:
    side = _side(lt={**ALL_ABSENT, **lt}, pp={**ALL_ABSENT, **pp})
    assert engine.sensory_zpp(side, "No") == expected


# -- §3.8 motor ZPP ------------------------------------------------------------------------------


def _zpp(right: Side, vac: str = "No", dap: str = "No", left: Side | None = None) -> tuple[str, str, str]:
    """Right motor level, AIS and right motor ZPP of an exam."""
    result = engine.classify_exam(_exam(right, left or right, vac, dap))
    return result.right_motor, result.asia_impairment_scale, result.right_motor_zpp


LOWER_ABSENT = {m: "0" for m in KEYS[5:]}
BELOW_C5 = {level: "0" for level in SEGMENTS[SEGMENTS.index("C6"):]}


@pytest.mark.parametrize(("right", "expected"), [
    # complete below C5: the ZPP runs from the most caudal muscle with function up to C5
    (_side(motor={m: "0" for m in KEYS[1:]}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "C5")),
    (_side(motor={**{m: "0" for m in KEYS[1:]}, "L3": "NT**"}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "L3")),
    (_side(motor={**{m: "0" for m in KEYS[1:]}, "L3": "2"}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "L3")),
    (_side(motor={**{m: "0" for m in KEYS[1:]}, "S1": "0*"}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "C5,S1*")),
    (_side(motor={**{m: "0" for m in KEYS[1:]}, "S1": "NT"}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "C5,S1")),
    # NT* ("maybe function" like NT and 0*): recorded, untagged (its grade holds no 0*), walk goes on
    (_side(motor={**{m: "0" for m in KEYS[1:]}, "S1": "NT*"}, lt=BELOW_C5, pp=BELOW_C5), ("C5", "A", "C5,S1")),
])
def test_motor_zpp_walks_up_from_the_most_caudal_function(right: Side, expected: tuple[str, str, str]) -> None:
    assert _zpp(right) == expected


@pytest.mark.parametrize("muscle", KEYS[2:])  # C6 at 3 would move the motor level itself to C6
def test_motor_zpp_stops_at_the_first_key_muscle_with_function(muscle: str) -> None:
    # §3.8 step 8: walking up from S1, the first key muscle that "shows function" (grade 3 here)
    # is added and stops the walk. T1 and S1 are key muscles (§1.1) like the others, although the
    # motor walk judges them with rule T; were either taken for a segment without a key muscle,
    # the ZPP would run on up to C5.
    right = _side(motor={**{m: "0" for m in KEYS[1:]}, muscle: "3"}, lt=BELOW_C5, pp=BELOW_C5)
    assert _zpp(right) == ("C5", "A", muscle)


@pytest.mark.parametrize(("lt", "pp", "expected"), [
    # T2 NT: T1 is a candidate; T5 0** sets the flag; the walk stops at T8 (T9 impaired).
    ({"T2": "NT", "T5": "0**", "T9": "1"}, {}, ("T1,T8*", "T1,T8")),
    # the candidate's own dermatome holds the star ("digit with star"): tagged
    ({"T5": "NT", "T9": "1"}, {"T8": "0**"}, ("T4,T8*", "T4,T8*")),
    ({"T5": "NT", "T9": "1"}, {"T8": "1**"}, ("T4,T8*", "T4,T8*")),
    ({"T5": "NT", "T8": "0**", "T9": "1"}, {}, ("T4,T8*", "T4,T8*")),
    # NT** is no digit: the star range decides (first star T8 ... last normal T8)
    ({"T8": "NT**", "T9": "1"}, {}, ("T8*", "T8*")),
    ({"T5": "NT", "T6": "NT", "T3": "0**", "T9": "1"}, {}, ("T4*,T5*,T8*", "T4*,T5,T8")),
])
def test_motor_zpp_tags_of_levels_without_a_key_muscle(lt: dict[str, str], pp: dict[str, str],
                                                       expected: tuple[str, str]) -> None:
    right = _side(motor=LOWER_ABSENT, lt=lt, pp=pp)
    motor, _, zpp = _zpp(right)
    assert (motor, zpp) == expected


def test_motor_zpp_down_to_s3() -> None:
    # All muscles 5; the walk reaches S4-5 and VAC No adds S3. S3's dermatome is NT: S2 is a
    # candidate, S3 is not normal, so lastNormal is S2 and S3 is not tagged by the star range.
    right = _side(lt={"S3": "NT", "T6": "0**"})
    motor, _, zpp = _zpp(right, left=_side())
    assert (motor, zpp) == ("S2*,S3*", "S2*,S3")


def test_motor_zpp_when_the_first_candidate_itself_is_not_normal() -> None:
    # C5's dermatome is NT (rule P at C4 does not look at it) and C6 is NT: candidates C5, C6, T1
    # (the T1 block holds the NT) and T8. lastNormal falls back to the bottom, so T8 is tagged.
    right = _side(motor={**LOWER_ABSENT, "C6": "NT"}, lt={"C5": "NT", "T3": "0**", "T9": "1"})
    motor, _, zpp = _zpp(right, left=_side())
    assert (motor, zpp) == ("C5,C6,T1,T8*", "T1,T8*")


@pytest.mark.parametrize(("right", "non_key", "expected_ais", "expected_zpp"), [
    # VAC NT (motor incomplete possible), DAP present, lower limbs 0: motor level L2 on both sides.
    # A non-key muscle more than 3 levels below the level with function replaces it (AIS C).
    ({"L2": "5"}, "S1", "C", "NA,S1"),  # 4 below L2
    ({"L2": "5"}, "L5", "B,C", "NA,L2"),  # 3 below L2: not more than 3
    ({"L2": "5"}, None, "B,C", "NA,L2"),
])
def test_motor_zpp_non_key_muscle(right: dict[str, str], non_key: str | None, expected_ais: str,
                                  expected_zpp: str) -> None:
    side = _side(motor={**LOWER_ABSENT, **right}, non_key=non_key)
    left = _side(motor=LOWER_ABSENT)
    motor, ais, zpp = _zpp(side, vac="NT", dap="Yes", left=left)
    assert (motor, ais, zpp) == ("L2", expected_ais, expected_zpp)


@pytest.mark.parametrize(("motor", "non_key", "expected_zpp"), [
    ({}, "L4", "NA,L4"),  # the candidate T8 is replaced by the non-key level
    ({"L4": "NT"}, "L4", "NA,L4"),  # ... which the walk already added: not twice
    ({"L3": "NT"}, "L4", "NA,L3,L4"),
])
def test_motor_zpp_non_key_muscle_below_a_sensory_motor_level(motor: dict[str, str], non_key: str,
                                                              expected_zpp: str) -> None:
    right = _side(motor={**LOWER_ABSENT, **motor}, lt={"T9": "1"}, non_key=non_key)
    left = _side(motor=LOWER_ABSENT)
    level, ais, zpp = _zpp(right, vac="NT", dap="Yes", left=left)
    assert (level, ais, zpp) == ("T8", "C", expected_zpp)


def test_the_body_chart_legend_lists_every_state() -> None:
    from spinemet_desktop.clinical.isncsci.sensory_map import STATES

    assert STATES == (INTACT, IMPAIRED, ABSENT, NOT_TESTABLE, NOT_EXAMINED)


def test_ais_c_is_starred_when_the_de_starred_exam_gives_no_c() -> None:
    # §3.6 C, third condition (the case 120 of the reference, which is not among the odd cases
    # shipped here). Right C6 light touch 1** ("consider normal"), L3-S1 graded 0 on both sides,
    # everything else normal; VAC NT (motor incomplete for certain), DAP present.
    # As examined: the sensory walk passes C6, the motor walks stop at L2 (its next muscle L3 is 0),
    # flagged by the 1** in T1's block: NLI L2*. Below L2: L3-S1, H = 4; 8 grades of 0 > 4: C for
    # certain. De-starred, C6 reads 1: NLI C5; below it C6-T1 and L2-S1, H = 9; the same 8 zeros
    # are not > 9: no C. So C* (and B: sacral sparing, VAC not Yes, S1 at 0 more than 3 below L2).
    zeros = {m: "0" for m in ("L3", "L4", "L5", "S1")}
    exam = _exam(_side(motor=zeros, lt={"C6": "1**"}), _side(motor=zeros), "NT", "Yes")
    assert engine.neurological_level(exam) == "L2*"
    assert engine.neurological_level(engine._destar(exam)) == "C5"
    assert engine.classify_exam(exam).asia_impairment_scale == "B,C*"
    # Without the star the exam reads NLI C5 and right motor level T1 (C6 in T1's block): no C
    # (8 zeros, not > 9), no B (L2 at 5 is more than 3 below T1), but 12 of the 18 muscles below C5
    # graded 3 or more (> 9): D.
    plain = _exam(_side(motor=zeros, lt={"C6": "1"}), _side(motor=zeros), "NT", "Yes")
    assert engine.classify_exam(plain).asia_impairment_scale == "D"


def test_a_total_of_values_outside_the_grades_is_parsed_and_nt_still_makes_it_not_determinable() -> None:
    # §2 totals: the NT family makes a total ND; the table of grade points is only a fast way to
    # the plain parse, which a value outside it (never a validated worksheet value) falls back to.
    assert engine._total(engine._points(("6", "1*", "2"))) == "9"
    assert engine._total(engine._points(("6", "NT", "2"))) == "ND"
    assert engine._total(engine._points(("5", "NT**"))) == "ND"
    assert engine._total(engine._points(("6", "NT", "2")) + engine._points(("5", "5"))) == "ND"
