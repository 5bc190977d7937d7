"""Each pathway rule cites what pathway.md cites for it (issue 29): the recommendations and sections
of the "Source" column of the rule tables §3 (C), §4.2 (A), §5.2 (B) and §11 (S), with the strength
of the recommendation box and whether the rule is stated or inferred. The user sees these refs
next to every piece of advice, so a dropped reference is a wrong citation.

Where a rule cites more than its table row, the extra reference comes from the row's own text or
from the decision tree of the same section, noted beside it."""

from __future__ import annotations

import pytest

from spinemet_desktop.clinical.pathway import RULES_BY_ID

# id: (refs, strength, origin)
SOURCES: dict[str, tuple[set[str], str, str]] = {
    "C1": ({"6.1.2", "E8", "E9"}, "soll", "stated"),  # output column: history (E 8) and exam (E 9)
    "C2": ({"E2"}, "soll", "stated"),
    "C3": ({"E3"}, "soll", "stated"),
    "C4": ({"E4"}, "soll", "stated"),
    "C5": ({"5.1"}, "", "stated"),
    "C6": ({"E5", "E29", "E30", "E31"}, "soll", "stated"),  # §6.1: WHO ladder E 29, neuropathic E 30, breakthrough E 31
    "C7": ({"5.2", "E6"}, "soll", "stated"),
    "C8": ({"5.3", "E7"}, "sollte", "stated"),
    "C9": ({"E28", "§9"}, "soll", "stated"),
    "C10": ({"E1", "E15"}, "soll", "stated"),  # §11 S7: biopsy first (E 1, E 15)
    "C11": ({"E15", "E16", "E17", "E18", "E19", "E20"}, "sollte", "stated"),
    "A1": ({"E2"}, "soll", "stated"),
    "A2": ({"E3"}, "soll", "stated"),
    "A3": ({"E4"}, "sollte", "stated"),
    "A4": ({"5.1"}, "", "stated"),
    "A5": ({"6.3"}, "", "stated"),
    "A6": ({"E13"}, "soll", "stated"),
    "A7": ({"6.3.1.2"}, "", "stated"),
    "A8": ({"6.3.1.1.1"}, "", "stated"),
    "A9": ({"10.5.7"}, "", "stated"),
    "A10": ({"10.5.7"}, "", "stated"),
    "A11": ({"10.5.4", "10.5.5"}, "", "stated"),
    "A12": ({"E34"}, "soll", "stated"),
    "A13": ({"E53"}, "sollte", "stated"),
    "A14": ({"10.5.7"}, "", "stated"),
    "A15": ({"10.5.7"}, "", "inference"),  # "use as decision input = inference"
    "A16": ({"E45"}, "soll", "stated"),
    "A17": ({"E47"}, "soll", "stated"),
    "A18": ({"E46"}, "soll", "stated"),
    "A19": ({"E48"}, "sollte", "stated"),
    "A20": ({"E51"}, "kann", "stated"),
    "A21": ({"E35"}, "soll", "stated"),
    "A22": ({"E52"}, "kann", "stated"),
    "A23": ({"E71", "E72", "11.2"}, "sollte", "stated"),
    "A24": ({"E65", "E66", "10.5.6"}, "sollte", "stated"),
    "A25": ({"§9"}, "", "stated"),
    "A26": ({"10.1.4", "E42"}, "kann", "stated"),
    "A27": ({"E78"}, "soll", "stated"),
    "A28": ({"E80"}, "sollte", "stated"),
    "A29": ({"E81"}, "sollte", "stated"),
    "A30": ({"11.3"}, "", "stated"),
    "A31": ({"E74"}, "", "stated"),
    "B1": ({"E2"}, "soll", "stated"),
    "B2": ({"E3"}, "soll", "stated"),
    "B3": ({"5.1", "E10"}, "soll", "stated"),  # §5.1 tree: imaging = current MRI and/or CT [E10]
    "B4": ({"E10"}, "soll", "stated"),
    "B5": ({"6.3"}, "", "stated"),
    "B6": ({"E11"}, "kann", "stated"),
    "B7": ({"E25"}, "soll", "stated"),
    "B8": ({"10.5.5"}, "", "stated"),
    "B9": ({"7.2.2"}, "", "stated"),
    "B10": ({"E41"}, "soll", "stated"),
    "B11": ({"E40"}, "soll", "stated"),
    "B12": ({"E39"}, "sollte", "stated"),
    "B13": ({"E37"}, "soll", "stated"),
    "B14": ({"E36"}, "kann", "stated"),
    "B15": ({"E34", "E35"}, "soll", "stated"),
    "B16": ({"10.5.7"}, "", "stated"),
    "B17": ({"§9", "E28"}, "soll", "inference"),  # §5.1 tree: tumour board (§9, E28); §7 item 9: inferred
    "B18": ({"10.5.2"}, "", "stated"),
    "B19": ({"E56", "10.5.2"}, "sollte", "stated"),
    "B20": ({"E57"}, "kann", "stated"),
    "B21": ({"E58", "E59"}, "kann", "stated"),
    "B22": ({"E60"}, "kann", "stated"),
    "B23": ({"E49", "E50"}, "soll", "stated"),
    "B24": ({"10.4.2"}, "", "stated"),
    "B25": ({"E53"}, "sollte", "stated"),
    "B26": ({"E32", "E33", "10.1.2"}, "kann", "stated"),
    "B27": ({"E44"}, "soll", "stated"),
    "B28": ({"E54"}, "sollte", "stated"),
    "S1": ({"E2", "E3"}, "soll", "inference"),  # "which findings count is inference"
    "S2": ({"10.5.7"}, "", "inference"),
    "S3": ({"10.5.7"}, "", "inference"),
    "S5": ({"E58", "E83", "E84", "E85", "E86", "11.8"}, "sollte", "inference"),
    "S7": ({"E1", "E15", "E18"}, "soll", "stated"),
    "S8": ({"FR F4", "FR F5", "FR F6"}, "", "stated"),
}


@pytest.mark.parametrize("rule_id", SOURCES)
def test_each_rule_cites_its_sources(rule_id: str) -> None:
    refs, strength, origin = SOURCES[rule_id]
    rule = RULES_BY_ID[rule_id]
    assert set(rule.refs) == refs and len(rule.refs) == len(refs)
    assert (rule.strength, rule.origin) == (strength, origin)


def test_every_guideline_rule_of_the_tables_is_transcribed() -> None:
    for family, count in (("C", 11), ("A", 31), ("B", 28)):
        assert {f"{family}{i}" for i in range(1, count + 1)} <= set(SOURCES)
