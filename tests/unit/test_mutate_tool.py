"""The mutation-testing tool itself (scripts/mutate.py): its operators, and that a mutant lives only
in memory (issue 29)."""

from __future__ import annotations

import sys
import textwrap
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))
import mutate

SOURCE = '''
"""Docstring: 1 < 2 is not mutated."""
__all__ = ["f"]
LIMIT = 15
GRADES = ("0", "1a")
POINTS = {"low": 1, "high": 2}
RANGE = (0, 18)
ROWS = (("C0", "C2", "junctional"),)
A, B = 1, 2


def f(x: int, flag: bool = True) -> int:
    assert x is not None
    if x <= LIMIT and flag:
        return 3
    return 4 if x in (16, 17) else POINTS["low"]
'''


@pytest.fixture()
def module(tmp_path: Path) -> Path:
    path = tmp_path / "demo.py"
    path.write_text(textwrap.dedent(SOURCE), encoding="utf-8")
    return path


def _found(path: Path) -> list[tuple[str, str, str]]:
    return [(m.op, m.original, m.mutated) for m in mutate.mutants_of(path, path.parent)]


def test_every_operator_and_nothing_else(module: Path) -> None:
    found = _found(module)
    assert {op for op, _, _ in found} == set(mutate.OPERATORS)
    assert ("compare", "x <= LIMIT", "x < LIMIT") in found
    assert ("number", "15", "16") in found and ("number", "15", "14") in found
    assert ("boolop", "x <= LIMIT and flag", "x <= LIMIT or flag") in found
    assert ("negate", "x <= LIMIT and flag", "not (x <= LIMIT and flag)") in found
    assert ("negate", "4 if x in (16, 17) else POINTS['low']", "4 if not x in (16, 17) else POINTS['low']") in found
    assert ("bool", "True", "False") in found
    assert ("table", "'0'", "(entry deleted)") in found and ("table", "'high': 2", "(entry deleted)") in found
    assert ("member", "x in (16, 17)", "(without 17)") in found
    tables = [original for op, original, _ in found if op == "table"]
    # a (low, high) range, the fields of a row, an unpacked pair and __all__ are not tables
    assert sorted(tables) == sorted(["'0'", "'1a'", "'low': 1", "'high': 2", "('C0', 'C2', 'junctional')"])
    # docstring and assert are left alone
    assert not any("1 < 2" in original or "is not None" in original for _, original, _ in found)


def test_a_mutant_is_compiled_in_memory_and_the_file_is_unchanged(module: Path) -> None:
    before = module.read_text(encoding="utf-8")
    mutants = {(m.op, m.original, m.mutated): m for m in mutate.mutants_of(module, module.parent)}

    def run(key: tuple[str, str, str], x: int) -> int:
        m = mutants[key]
        code = mutate.mutated_code(module, m.index, m.op, m.line)
        namespace = ModuleType("demo").__dict__
        exec(code, namespace)  # noqa: S102
        return namespace["f"](x)

    assert run(("compare", "x <= LIMIT", "x < LIMIT"), 15) == 1  # the original gives 3
    assert run(("member", "x in (16, 17)", "(without 17)"), 17) == 1  # the original gives 4
    with pytest.raises(KeyError):
        run(("table", "'low': 1", "(entry deleted)"), 20)
    assert module.read_text(encoding="utf-8") == before


def test_a_changed_source_is_refused(module: Path) -> None:
    m = next(m for m in mutate.mutants_of(module, module.parent) if m.op == "compare")
    with pytest.raises(RuntimeError, match="source changed"):
        mutate.mutated_code(module, m.index, "bool", m.line)


def test_the_configured_scope_is_the_whole_clinical_core() -> None:
    config = mutate.load_config()
    files = [p.relative_to(mutate.ROOT).as_posix() for p in mutate.scope_files(config)]
    for required in ("scores/sins.py", "isncsci/engine.py", "pathway/rules.py", "pathway/guideline.py",
                     "findings.py", "assess.py", "derive.py", "labs.py", "neuro.py", "reirradiation.py"):
        assert f"spinemet_desktop/clinical/{required}" in files
    assert all(f.startswith("spinemet_desktop/clinical/") for f in files)
    assert config.threshold >= 90


def test_test_files_reach_modules_through_packages() -> None:
    closure = mutate.import_closure(mutate.ROOT / "tests" / "unit" / "test_scores.py")
    assert "spinemet_desktop.clinical.scores.sins" in closure  # via spinemet_desktop.clinical.scores
    assert "spinemet_desktop.clinical" in closure


def test_ci_runs_a_seeded_sample_against_the_threshold() -> None:
    ci = (mutate.ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    runs = [line for line in ci if "scripts/mutate.py" in line and not line.startswith("#")]
    assert len(runs) == 1 and "--sample" in runs[0] and "--seed" in runs[0] and "--threshold" not in runs[0]


def test_parametrised_cases_a_mutant_removed_are_found_in_pytests_message() -> None:
    # A deleted rule removes test_rule_metadata[C3]; pytest names the function, not the case.
    path = mutate.ROOT / "tests" / "unit" / "test_pathway_rules.py"
    text = f"1 warning in 1.0s\nERROR: not found: {path}::test_rule_metadata\n(no match in any of [<Module>])\n"
    selected = ["tests/unit/test_pathway_rules.py::test_rule_metadata[C3]",
                "tests/unit/test_pathway_rules.py::test_rule_metadata[C4]",
                "tests/unit/test_pathway_rules.py::test_every_rule_has_a_case"]
    assert mutate._not_found(text, selected) == set(selected[:2])
    assert mutate._not_found("3 passed\n", selected) == set()


def test_the_journal_takes_over_only_outcomes_that_still_hold(module: Path, tmp_path: Path) -> None:
    """--resume: a killed mutant stays killed while its module is unchanged; a survivor is tested
    again once the tests change (a new test may kill it); nothing is taken over for changed source;
    a line cut short by a crash is skipped."""
    killed, survived = mutate.mutants_of(module, module.parent)[:2]
    journal_file = tmp_path / "journal.jsonl"
    sources = {killed.path: mutate.source_digest(module)}
    first = mutate.Journal(journal_file, sources, tests="tests-1")
    first.add(killed, mutate.Outcome(killed.id, "killed", killer="t::a"))
    first.add(survived, mutate.Outcome(survived.id, "survived"))
    first.add(survived, mutate.Outcome("interrupted-one", "error", detail="interrupted"))
    with journal_file.open("a", encoding="utf-8") as out:
        out.write('{"path": "demo.py", "sour')

    same = mutate.Journal(journal_file, sources, tests="tests-1").earlier()
    assert {k: o.status for k, o in same.items()} == {killed.id: "killed", survived.id: "survived"}
    assert same[killed.id].killer == "t::a"

    new_tests = mutate.Journal(journal_file, sources, tests="tests-2").earlier()
    assert {k: o.status for k, o in new_tests.items()} == {killed.id: "killed"}

    module.write_text(module.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    changed = {killed.path: mutate.source_digest(module)}
    assert mutate.Journal(journal_file, changed, tests="tests-1").earlier() == {}


def test_the_tests_digest_follows_the_test_files(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("def test_a(): pass\n", encoding="utf-8")
    config = mutate.Config(paths=[], tests=["tests"])
    before = mutate.tests_digest(config, tmp_path)
    assert mutate.tests_digest(config, tmp_path) == before
    (tmp_path / "tests" / "test_a.py").write_text("def test_a(): assert 0\n", encoding="utf-8")
    assert mutate.tests_digest(config, tmp_path) != before


def _equivalents(module: Path, tmp_path: Path, toml: str) -> mutate.Equivalents:
    (tmp_path / "equivalent.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    config = mutate.Config(paths=[], equivalent="equivalent.toml")
    return mutate.load_equivalents(config, mutate.mutants_of(module, module.parent), tmp_path)


def test_an_equivalent_mutant_is_named_by_its_line_not_its_line_number(module: Path, tmp_path: Path) -> None:
    entry = '''
        [[mutant]]
        path = "demo.py"
        function = "f"
        source_line = "if x <= LIMIT and flag:"
        op = "compare"
        original = "x <= LIMIT"
        mutated = "x < LIMIT"
        reason = "an example"
    '''
    found = _equivalents(module, tmp_path, entry)
    assert found.problems == [] and list(found.reasons.values()) == ["an example"]
    (mutant,) = [m for m in mutate.mutants_of(module, module.parent) if m.id in found.reasons]
    assert (mutant.op, mutant.original, mutant.mutated) == ("compare", "x <= LIMIT", "x < LIMIT")
    # Lines added above move the mutant; the entry still names it.
    module.write_text("\n\n# a comment\n" + module.read_text(encoding="utf-8"), encoding="utf-8")
    moved = _equivalents(module, tmp_path, entry)
    assert moved.problems == [] and list(moved.reasons) != list(found.reasons)


def test_a_stale_ambiguous_or_unexplained_entry_is_reported_and_excludes_nothing(module: Path, tmp_path: Path) -> None:
    found = _equivalents(module, tmp_path, '''
        [[mutant]]
        path = "demo.py"
        function = "f"
        source_line = "if x < LIMIT and flag:"
        op = "compare"
        original = "x < LIMIT"
        mutated = "x <= LIMIT"
        reason = "the code has changed since"

        [[mutant]]
        path = "demo.py"
        source_line = "LIMIT = 15"
        op = "number"
        original = "15"
        mutated = "16"
        reason = ""
    ''')
    assert found.reasons == {}
    assert len(found.problems) == 2
    assert "names no mutant" in found.problems[0] and "no reason" in found.problems[1]


def test_nth_picks_one_of_several_mutants_named_alike(tmp_path: Path) -> None:
    path = tmp_path / "twice.py"
    path.write_text("def f(x):\n    if x:\n        return 1\n    if x:\n        return 2\n", encoding="utf-8")
    entry = '''
        [[mutant]]
        path = "twice.py"
        function = "f"
        source_line = "if x:"
        op = "negate"
        original = "x"
        mutated = "not x"
        reason = "an example"
    '''
    ambiguous = _equivalents(path, tmp_path, entry)
    assert ambiguous.reasons == {} and "names 2 mutants (add nth)" in ambiguous.problems[0]
    second = _equivalents(path, tmp_path, entry + "    nth = 2\n")
    assert second.problems == []
    (chosen,) = [m for m in mutate.mutants_of(path, tmp_path) if m.id in second.reasons]
    assert chosen.line == 4


def test_every_mutant_judged_equivalent_is_still_there_with_its_reason() -> None:
    """The project's list names exactly one mutant of the clinical code as it is, each with a
    reason; after a change of that code, judge the mutant again and mend the entry."""
    config = mutate.load_config()
    mutants = [m for path in mutate.scope_files(config) for m in mutate.mutants_of(path)]
    found = mutate.load_equivalents(config, mutants)
    assert found.problems == []
    assert len(found.reasons) == len(tomllib.loads((mutate.ROOT / config.equivalent).read_text(encoding="utf-8"))["mutant"])


def _sample(mutants: list[mutate.Mutant], pool: list[mutate.Mutant], size: int, seed: int) -> list[str]:
    args = mutate.argparse.Namespace(only=[], op=None, sample=size, seed=seed)
    return [m.id for m in mutate._choose(pool, args, mutate.stable_names(mutants))]


def test_a_seeded_sample_moves_by_one_mutant_when_one_leaves_the_pool_or_lines_move(module: Path) -> None:
    mutants = mutate.mutants_of(module, module.parent)
    assert len(mutants) > 12
    first = _sample(mutants, mutants, 6, 29)
    assert len(first) == 6 and first == _sample(mutants, mutants, 6, 29)
    assert first != _sample(mutants, mutants, 6, 30), "another seed draws another sample"
    # One drawn mutant judged equivalent (left out of the pool): the other five stay drawn.
    pool = [m for m in mutants if m.id != first[2]]
    second = _sample(mutants, pool, 6, 29)
    assert len(second) == 6 and len(set(first) & set(second)) == 5
    # Lines added above every mutant: the same mutants are drawn, at their new lines.
    module.write_text("\n\n# a comment\n" + module.read_text(encoding="utf-8"), encoding="utf-8")
    moved = mutate.mutants_of(module, module.parent)
    names = mutate.stable_names(mutants)
    moved_names = mutate.stable_names(moved)
    assert sorted(names[i] for i in first) == sorted(moved_names[i] for i in _sample(moved, moved, 6, 29))
    assert set(first).isdisjoint(_sample(moved, moved, 6, 29)), "ids carry line numbers; names do not"
