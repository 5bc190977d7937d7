"""Traceability: from every guideline item to the rules that implement it, where the program shows
it, and the tests that check it — generated from the code, never written by hand.

    python -m spinemet_desktop.traceability           regenerate docs/traceability.md and the
                                                       generated parts of the instructions for use
    python -m spinemet_desktop.traceability --check   exit 1 if any of them is not current

Sources: the rule table (:data:`~spinemet_desktop.clinical.pathway.rules.RULES`: refs, strength,
origin, effects), the guideline's items with what the program does outside the rules and the
recorded reasons for what it leaves out (:mod:`spinemet_desktop.clinical.pathway.guideline`),
:data:`DECISION_PLACES` / :data:`ADVICE_PLACES` (where the renderers put each kind of answer; a
test checks them against the referral and the summary page) and the tests.

**Which tests check an item.** A test names what it checks with the pytest marker
``@pytest.mark.covers("A9", "E34", "S4")`` — rule ids, Empfehlungen (``E nn``), French rules
(``F n``) or safety rules (``S n``) — on the test function or class, in a module's
``pytestmark``, or on one parameter (``pytest.param(..., marks=pytest.mark.covers(...))``). The
tests are found by pytest's own collection (so parametrised ids and inherited marks count as
pytest sees them) of the test files that use the marker. An item's tests are the tests of the
rules citing it plus the tests naming it.

This module runs from a checkout with the test dependencies installed; the program itself reads
only the files it writes.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spinemet_desktop import GUIDELINE_VERSION
from spinemet_desktop.clinical.isncsci import ISNCSCI_CITATION, ISNCSCI_VERSION
from spinemet_desktop.clinical.pathway.facts import (
    ESCALATORS,
    FACT_LABELS,
    LESION_KEYS,
    PATIENT_KEYS,
    PLANNED_FOR_WORSE,
    RECORDED_ONLY,
)
from spinemet_desktop.clinical.pathway.guideline import (
    ELSEWHERE,
    FRENCH_RULES,
    OUT_OF_SCOPE,
    PLACE_KEYS,
    RECOMMENDATIONS,
    SAFETY_RULES,
    Elsewhere,
    GuidelineItem,
    OutOfScope,
)
from spinemet_desktop.clinical.pathway.rules import RULES, Rule
from spinemet_desktop.clinical.result import STATUS_TEXT, ScoreResult, Status
from spinemet_desktop.clinical.scores import SPECS, escc, scales
from spinemet_desktop.clinical.scores.not_computed import REFERENCE_SCORES
from spinemet_desktop.model.text import N_

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "traceability.md"
IFU_DIR = ROOT / "resources" / "ifu"
MARKER = "covers"

#: Translates a text of the catalogue's context "" (or of the context given).
Translate = Callable[..., str]


def _english(text: str, context: str = "") -> str:
    return text

# ---- where each kind of answer is shown ---------------------------------------------------------
#: The places, by the keys of :data:`~spinemet_desktop.clinical.pathway.guideline.PLACE_KEYS`, as
#: (catalogue context, text): the case editor's pages by their titles as the program shows them
#: (spinemet_desktop/ui/pages), the side panel, the summary page and the referral's pages.
PLACE_WORDS: dict[str, tuple[str, str]] = {
    "history_page": ("PatientHistoryPage", "Patient & history"),
    "neurology_page": ("NeurologyPage", "Neurology (ISNCSCI)"),
    "imaging_page": ("ImagingPage", "Imaging findings"),
    "labs_page": ("LabsPage", "Labs"),
    "side_panel": ("", N_("side panel")),
    "summary": ("", N_("summary page")),
    "referral_p1": ("", N_("referral p. 1")),
    "referral_later": ("", N_("referral p. 2 ff.")),
}


def _place(key: str, tr: Translate) -> str:
    context, text = PLACE_WORDS[key]
    return str(tr(text, context))
_PATHWAY = ("side_panel", "summary", "referral_p1", "referral_later")

#: Where a decision is shown, by output. The side panel's urgency banner is made of imaging, spine
#: centre and surgery; the summary's table of decisions has every output; page 1 of the referral
#: lists all but the safety net; the decision trace (referral, later pages) has every output and
#: every rule that fired.
DECISION_PLACES: dict[str, tuple[str, ...]] = {
    "imaging": _PATHWAY,
    "spine_centre": _PATHWAY,
    "surgery": _PATHWAY,
    "radiotherapy": ("summary", "referral_p1", "referral_later"),
    "immobilise": ("summary", "referral_p1", "referral_later"),
    "biopsy": ("summary", "referral_p1", "referral_later"),
    "embolisation": ("summary", "referral_p1", "referral_later"),
    "safety_net": ("summary", "referral_later"),
}
#: Where advice is shown, by its timing: page 1 of the referral has "now", "within 24 h",
#: warnings and the further plan; background ("info") follows the decision trace.
ADVICE_PLACES: dict[str, tuple[str, ...]] = {
    "now": ("summary", "referral_p1", "referral_later"),
    "24h": ("summary", "referral_p1", "referral_later"),
    "warning": ("summary", "referral_p1", "referral_later"),
    "plan": ("summary", "referral_p1", "referral_later"),
    "info": ("summary", "referral_later"),
}
#: A qualifier (S3) is printed with the decision it qualifies, and the side panel lists what is
#: planned for the worse until recorded.
QUALIFIER_PLACES: tuple[str, ...] = _PATHWAY


def _ordered(places: Iterable[str]) -> tuple[str, ...]:
    found = set(places)
    return tuple(p for p in PLACE_KEYS if p in found)


def rule_places(rule: Rule) -> tuple[str, ...]:
    places: set[str] = set()
    for effect in rule.effects:
        if effect.qualifies:
            places.update(QUALIFIER_PLACES)
        elif effect.slot is not None:
            places.update(DECISION_PLACES[effect.slot])
        else:
            places.update(ADVICE_PLACES[effect.timing])
    return _ordered(places)


def sets_decision(rule: Rule) -> bool:
    return any(effect.slot is not None for effect in rule.effects)


# ---- the tests that name what they check ----------------------------------------------------------
_COLLECT = """
import json, sys
import pytest

class Covers:
    found = []
    def pytest_collection_finish(self, session):
        for item in session.items:
            ids = [str(a) for mark in item.iter_markers(%(marker)r) for a in mark.args]
            if ids:
                self.found.append([item.nodeid, ids])

plugin = Covers()
code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *sys.argv[2:]], plugins=[plugin])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"code": int(code), "found": plugin.found}, out)
"""


def marker_files(root: Path = ROOT) -> list[Path]:
    """The test files that use the marker (the others need not be collected)."""
    pattern = re.compile(rf"\bmark\.{MARKER}\(")
    return [p for p in sorted((root / "tests").rglob("test_*.py")) if pattern.search(p.read_text(encoding="utf-8"))]


def collect_tests(root: Path = ROOT) -> dict[str, tuple[str, ...]]:
    """Item id -> the test node ids that name it, as pytest collects them."""
    files = [str(p.relative_to(root)) for p in marker_files(root)]
    if not files:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "covers.json"
        result = subprocess.run([sys.executable, "-c", _COLLECT % {"marker": MARKER}, str(out), *files],
                                cwd=root, capture_output=True, text=True, timeout=600, check=False)
        if not out.exists():
            raise RuntimeError(f"collecting the tests failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        data = json.loads(out.read_text(encoding="utf-8"))
    if data["code"] != 0:
        raise RuntimeError(f"collecting the tests failed (pytest exit {data['code']}):\n{result.stdout[-3000:]}")
    tests: dict[str, list[str]] = {}
    for nodeid, ids in data["found"]:
        for item_id in ids:
            tests.setdefault(item_id, []).append(nodeid)
    return {k: tuple(dict.fromkeys(v)) for k, v in tests.items()}


# ---- the matrix ---------------------------------------------------------------------------------
Status_ = Literal["implemented", "advice", "out_of_scope", "missing"]
STATUS_WORDS: dict[str, str] = {
    "implemented": N_("implemented"),
    "advice": N_("advice only"),
    "out_of_scope": N_("out of scope"),
    "missing": N_("NOT MAPPED"),
}
ORIGIN_WORDS = {"stated": N_("stated"), "inference": N_("inferred")}
_SAFETY_NOTE = re.compile(r"§11 (S\d+)\b")


@dataclass(frozen=True)
class Row:
    item: GuidelineItem
    rules: tuple[Rule, ...]
    status: Status_
    elsewhere: Elsewhere | None
    reason: OutOfScope | None
    places: tuple[str, ...]
    tests: tuple[str, ...]


def rules_for(item_id: str) -> tuple[Rule, ...]:
    """The rules implementing an item: citing it (E nn, FR Fn), being it (S n), or changed by it
    (a rule whose note cites pathway.md §11 S n)."""
    found = []
    for rule in RULES:
        if item_id.startswith("E") and item_id in rule.refs or item_id.startswith("F") and f"FR {item_id}" in rule.refs or item_id.startswith("S") and (rule.id == item_id or item_id in _SAFETY_NOTE.findall(rule.note)):
            found.append(rule)
    return tuple(found)


def build_rows(items: Iterable[GuidelineItem], tests: Mapping[str, tuple[str, ...]]) -> list[Row]:
    rows = []
    for item in items:
        rules = rules_for(item.id)
        elsewhere = ELSEWHERE.get(item.id)
        reason = OUT_OF_SCOPE.get(item.id)
        if any(sets_decision(r) for r in rules) or elsewhere is not None:
            status: Status_ = "implemented"
        elif rules:
            status = "advice"
        elif reason is not None:
            status = "out_of_scope"
        else:
            status = "missing"
        places = [p for r in rules for p in rule_places(r)] + list(elsewhere.shown if elsewhere else ())
        covered = [t for r in rules for t in tests.get(r.id, ())] + list(tests.get(item.id, ()))
        rows.append(Row(item, rules, status, elsewhere, reason, _ordered(places), tuple(dict.fromkeys(covered))))
    return rows


def matrix(tests: Mapping[str, tuple[str, ...]]) -> dict[str, list[Row]]:
    return {"E": build_rows(RECOMMENDATIONS, tests), "F": build_rows(FRENCH_RULES, tests),
            "S": build_rows(SAFETY_RULES, tests)}


def counts(rows: Iterable[Row]) -> dict[str, int]:
    out = dict.fromkeys(STATUS_WORDS, 0)
    for row in rows:
        out[row.status] += 1
    return out


def summary_line(m: Mapping[str, list[Row]], tr: Translate = _english) -> str:
    parts = []
    for key, title in (("E", N_("Empfehlungen E1–E86")), ("F", N_("French rules F1–F11")),
                       ("S", N_("safety rules S1–S14"))):
        c = counts(m[key])
        text = tr(N_("%1: %2 implemented, %3 advice only, %4 out of scope with reasons")).replace(
            "%1", tr(title)).replace("%2", str(c["implemented"])).replace("%3", str(c["advice"])).replace(
            "%4", str(c["out_of_scope"]))
        if c["missing"]:
            text += "; " + tr(N_("%1 NOT MAPPED")).replace("%1", str(c["missing"]))
        parts.append(text)
    return "; ".join(parts) + "."


# ---- Markdown ----------------------------------------------------------------------------------
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _rule_ids(rules: Iterable[Rule], tr: Translate) -> str:
    return ", ".join(f"{r.id}" + (f" ({tr(ORIGIN_WORDS['inference'])})" if r.origin == "inference" else "")
                     for r in rules)


def _test_names(nodeids: Iterable[str]) -> str:
    """Test names, a parametrised test once with its number of cases ("test_rule[C2]" stays whole when
    it is the only case named)."""
    groups: dict[str, list[str]] = {}
    for nodeid in nodeids:
        path, _, name = nodeid.partition("::")
        base = f"{Path(path).stem}::{name.partition('[')[0]}"
        groups.setdefault(base, []).append(name)
    out = []
    for base, names in groups.items():
        out.append(f"`{base.split('::')[0]}::{names[0]}`" if len(names) == 1 else f"`{base}` (×{len(names)})")
    return ", ".join(out)


def _note(row: Row, tr: Translate) -> str:
    if row.reason is not None:
        return f"{tr(row.reason.reason)} ({row.reason.section})"
    if row.elsewhere is not None:
        return f"{tr(row.elsewhere.what)} ({', '.join(f'`{m}`' for m in row.elsewhere.modules)})"
    return ""


def matrix_table(rows: Iterable[Row], tr: Translate, *, full: bool) -> str:
    """The matrix as a Markdown table; ``full`` adds the content and the test names (docs)."""
    head = [tr(N_("Item")), tr(N_("Strength")), tr(N_("Rules")), tr(N_("Status")), tr(N_("Shown in")),
            tr(N_("Tests")), tr(N_("Program function or reason"))]
    if full:
        head.insert(1, "Content (pathway.md)")
    out = []
    for row in rows:
        tests = _test_names(row.tests) if full else str(len(row.tests))
        cells = [f"**{row.item.id}**", row.item.strength or "—", _rule_ids(row.rules, tr) or "—",
                 tr(STATUS_WORDS[row.status]), ", ".join(_place(p, tr) for p in row.places) or "—", tests or "—",
                 _note(row, tr)]
        if full:
            cells.insert(1, f"{row.item.content} ({row.item.where})")
        out.append(cells)
    return _table(head, out)


def rules_table(tr: Translate, tests: Mapping[str, tuple[str, ...]] | None) -> str:
    """Every rule: id, title, guideline references, strength, origin, where it shows (and its tests)."""
    head = [tr(N_("Rule")), tr(N_("Title")), tr(N_("Guideline")), tr(N_("Strength")), tr(N_("Origin")),
            tr(N_("Shown in"))]
    if tests is not None:
        head.append(tr(N_("Tests")))
    out = []
    for rule in RULES:
        cells = [f"**{rule.id}**", tr(rule.title), ", ".join(rule.refs), rule.strength or "—",
                 tr(ORIGIN_WORDS[rule.origin]), ", ".join(_place(p, tr) for p in rule_places(rule))]
        if tests is not None:
            cells.append(_test_names(tests.get(rule.id, ())) or "**none**")
        out.append(cells)
    return _table(head, out)


DOC_HEADER = """# Traceability: guideline → rules → display → tests

Generated by `python -m spinemet_desktop.traceability` from the rule table
(`spinemet_desktop/clinical/pathway/rules.py`), the guideline's items with what the program does
outside the rules and the reasons for what it leaves out
(`spinemet_desktop/clinical/pathway/guideline.py`), where the renderers show each kind of answer
(`spinemet_desktop/traceability.py`, `DECISION_PLACES` / `ADVICE_PLACES`) and the tests.
`tests/unit/test_traceability.py` fails when this file is not current, when an item has neither a
rule, a program function nor a recorded reason, or when a rule has no test. Do not edit by hand.

Guideline: {guideline}.
Content paraphrased from `../shared/clinical/pathway.md` (English; never the guideline's own text). Where pathway.md does not give an Empfehlung's wording or strength, the
row says so.

**Summary:** {summary}

## How to read it

- **Status.** *implemented*: a rule citing the item sets a decision (imaging, spine centre,
  surgery, radiotherapy, immobilisation, biopsy, embolisation, safety net), or a program function
  outside the rules does what it asks (named in the last column). *advice only*: the rules citing it
  give advice (a recommendation with its guideline number), no decision. *out of scope*: not
  implemented, with the recorded reason and the section it refers to.
- **Rules.** Every rule citing the item; *(inferred)* marks a rule that is an inference, not stated
  in the guideline (pathway.md §7, §11). Safety rules also list the older rules they changed
  (a rule whose note cites `pathway.md §11 S n`).
- **Shown in.** Derived from each rule's effects: a decision appears where its output appears, advice
  where its timing puts it (page 1 of the referral has now / within 24 h / warnings / plan;
  background follows the decision trace); every rule that fires is in the decision trace.
- **Tests.** A test names what it checks with `@pytest.mark.covers("A9", "E34", "S4")` (on the
  function, its class, the module's `pytestmark` or one `pytest.param`); an item's tests are the
  tests of its rules plus the tests naming it.

"""


def traceability_markdown(tests: Mapping[str, tuple[str, ...]]) -> str:
    m = matrix(tests)
    parts = [DOC_HEADER.format(guideline=GUIDELINE_VERSION, summary=summary_line(m))]
    for key, title in (("E", "Empfehlungen E1–E86"), ("F", "French nuclear-medicine rules F1–F11 (pathway.md §9)"),
                       ("S", "Safety rules S1–S14 (pathway.md §11)")):
        parts.append(f"## {title}\n\n{matrix_table(m[key], _english, full=True)}\n")
    parts.append("## Every rule with its tests\n\n" + rules_table(_english, tests))
    return "".join(parts)


# ---- generated parts of the instructions for use ---------------------------------------------------
def _empty(score_id: str, name: str, citation: str, status: Status, version: str) -> ScoreResult:
    """A result with nothing computed: what a table says about itself."""
    return ScoreResult(score_id=score_id, name=name, total=None, display=None, band=None, band_label=None,
                       meaning=None, items=(), missing=(), citation=citation, status=status, version=version)


def score_catalogue() -> list[ScoreResult]:
    """Every score and classification the program computes, as an empty result (name, version,
    citation, verification status from its module)."""
    empties = [scales.kps(None), scales.ecog(None), scales.asa(None), scales.frankel(None),
               scales.mrc_weakest(None), escc.compute(None), scales.scst(None)]
    from_specs = [_empty(spec.id, spec.name, spec.citation, spec.status, spec.version) for spec in SPECS.values()]
    isncsci = _empty("isncsci", N_("ISNCSCI classification (AIS, neurological level of injury, motor and "
                                   "sensory levels and scores, zones of partial preservation)"),
                     ISNCSCI_CITATION, Status.VERIFIED, ISNCSCI_VERSION)
    return from_specs + empties + [isncsci]


def scores_block(tr: Translate) -> str:
    head = [tr(N_("Score or classification")), tr(N_("Version")), tr(N_("Citation")),
            tr(N_("Verification status"))]
    return _table(head, ([tr(r.name), tr(r.version) or "—", r.citation, tr(STATUS_TEXT[r.status])]
                         for r in score_catalogue()))


def not_computed_block(tr: Translate) -> str:
    head = [tr(N_("Score")), tr(N_("Citation")), tr(N_("Why it is not computed"))]
    return _table(head, ([tr(r.name), r.citation, tr(r.reason)] for r in REFERENCE_SCORES))


#: How the pathway treats a fact that is not recorded: (short label, explanation), by kind.
MISSING_HANDLING: dict[str, tuple[str, str]] = {
    "default": (N_("undetermined, named as missing"),
                N_("Never read as 'no' or normal: a decision that depends on it stays undetermined, with the "
                   "answers still possible, and the fact is listed as missing; advice that needs it is not "
                   "given.")),
    "planned_for_worse": (N_("worse case planned for, named"),
                          N_("Where a rule can, it plans for the worse case and lists the fact under 'planned for "
                             "the worse until recorded' (recording it may lower the answer); otherwise as above.")),
    "escalator": (N_("can only raise the urgency"),
                  N_("While it is not known, the other facts decide.")),
    "recorded_only": (N_("only a recorded finding counts"),
                      N_("Left empty, nothing was recorded (no previous radiotherapy field, no flare, no "
                         "finding).")),
}


def missing_handling(key: str) -> str:
    if key in RECORDED_ONLY:
        return "recorded_only"
    if key in ESCALATORS:
        return "escalator"
    if key in PLANNED_FOR_WORSE:
        return "planned_for_worse"
    return "default"


def inputs_block(tr: Translate) -> str:
    legend = "".join(f"- **{tr(short)}**: {tr(long)}\n" for short, long in MISSING_HANDLING.values())
    head = [tr(N_("Fact")), tr(N_("Of")), tr(N_("If it is not recorded"))]
    rows = []
    for key in PATIENT_KEYS + LESION_KEYS:
        kind = N_("lesion") if key in LESION_KEYS else N_("patient")
        rows.append([tr(FACT_LABELS[key]), tr(kind), tr(MISSING_HANDLING[missing_handling(key)][0])])
    return legend + "\n" + _table(head, rows)


def score_items_block(tr: Translate) -> str:
    head = [tr(N_("Score")), tr(N_("Items (a missing item leaves the total empty and is named)"))]
    return _table(head, ([tr(spec.name), "; ".join(tr(item.label) for item in spec.items)] for spec in SPECS.values()))


def ifu_blocks(language: str, tests: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """The generated parts of the instructions for use in one language."""
    translate = _translator(language)
    m = matrix(tests)
    blocks = {
        "inputs": inputs_block(translate),
        "score-items": score_items_block(translate),
        "scores": scores_block(translate),
        "not-computed": not_computed_block(translate),
        "rules": rules_table(translate, None),
        "summary": summary_line(m, translate) + "\n",
    }
    for key in ("E", "F", "S"):
        blocks[f"matrix-{key}"] = matrix_table(m[key], translate, full=False)
    return blocks


def _translator(language: str) -> Translate:
    from spinemet_desktop.i18n import Catalogue

    catalogue = Catalogue(language)
    return lambda text, context="": catalogue.translate(context, text) if text else text


_BLOCK = re.compile(r"(<!-- generated:(?P<name>[a-zA-Z-]+) -->\n)(?P<body>.*?)(<!-- end generated:(?P=name) -->)",
                    re.DOTALL)


def fill_blocks(text: str, blocks: Mapping[str, str]) -> str:
    """Replace the body of every ``<!-- generated:NAME -->`` … ``<!-- end generated:NAME -->``."""
    seen: set[str] = set()

    def body(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in blocks:
            raise KeyError(f"unknown generated block {name!r}")
        seen.add(name)
        return f"{match.group(1)}{blocks[name]}{match.group(4)}"

    out = _BLOCK.sub(body, text)
    if missing := set(blocks) - seen:
        raise KeyError(f"the instructions lack the generated blocks {sorted(missing)}")
    return out


def ifu_path(language: str, root: Path = ROOT) -> Path:
    return root / "resources" / "ifu" / f"instructions-for-use.{language}.md"


def outputs(tests: Mapping[str, tuple[str, ...]], root: Path = ROOT) -> dict[Path, str]:
    """Every generated file with the text it should have."""
    out = {root / "docs" / "traceability.md": traceability_markdown(tests)}
    for language in ("en", "de"):
        path = ifu_path(language, root)
        out[path] = fill_blocks(path.read_text(encoding="utf-8"), ifu_blocks(language, tests))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spinemet_desktop.traceability", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a generated file is not current")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs(collect_tests()).items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'not current' if args.check else 'written'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
