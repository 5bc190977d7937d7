#!/usr/bin/env python3
"""Mutation testing of the clinical core (issue 29; how to use it: docs/mutation-testing.md).

Each mutant is one small change to one module of the configured scope (``[tool.mutate]`` in
pyproject.toml): a comparison flipped, a number moved by one, ``and``/``or`` swapped, a condition
negated, ``True``/``False`` swapped, a table entry deleted, an entry dropped from a membership
literal. The fast tests are then run against it; a mutant the tests do not notice "survives".

The source tree is never changed. A mutant exists only inside the pytest process that tests it:
``scripts/mutate_plugin.py`` puts an import hook in front of Python's own finders that compiles
the mutated syntax tree in memory for that one module. Interrupting the run (Ctrl-C) therefore
cannot leave a mutated file behind.

Speed: one traced baseline run records which test executes which line of the scope and how long
each test takes. A mutant inside a function is then tested only by the tests that execute its
line, fastest first, with ``-x``; a mutant of code that runs at import time (the tables) by every
test whose test file imports the module, directly or through other modules. A mutant on a line no
test executes survives without a run ("not covered").
"""

from __future__ import annotations

import argparse
import ast
import copy
import fnmatch
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = Path(__file__).resolve().parent
ENV_MUTANT = "SPINEMET_MUTANT"
ENV_TRACE = "SPINEMET_MUTATION_TRACE"
ENV_STATUS = "SPINEMET_MUTATION_STATUS"

OPERATORS: dict[str, str] = {
    "compare": "comparison flipped (< ↔ <=, > ↔ >=, == ↔ !=)",
    "number": "numeric constant ±1",
    "boolop": "and ↔ or",
    "negate": "condition negated (if, elif, while, conditional expression, comprehension filter)",
    "bool": "True ↔ False",
    "table": "table entry deleted (an element of a dict/tuple/list/set literal in module-level code)",
    "member": "entry dropped from the literal of a membership test (x in (...))",
}
_FLIP: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
}
_COMPOUND_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


# -- configuration -----------------------------------------------------------------------------


@dataclass
class Config:
    paths: list[str]
    exclude: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=lambda: ["tests/unit", "tests/conformance"])
    threshold: float = 90.0
    #: Extra pytest arguments for every run (e.g. plugins the fast tests do not need).
    pytest_args: list[str] = field(default_factory=list)
    #: A TOML file listing the mutants judged equivalent (left out of runs and samples).
    equivalent: str = ""
    timeout_min: float = 30.0
    timeout_factor: float = 4.0


def load_config(root: Path = ROOT) -> Config:
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    section = data.get("tool", {}).get("mutate", {})
    if "paths" not in section:
        raise SystemExit("pyproject.toml has no [tool.mutate] paths")
    known = set(Config.__dataclass_fields__)
    unknown = set(section) - known
    if unknown:
        raise SystemExit(f"[tool.mutate]: unknown keys {sorted(unknown)}")
    return Config(**section)


def scope_files(config: Config, root: Path = ROOT) -> list[Path]:
    """The Python files to mutate, sorted (paths minus excludes)."""
    files: set[Path] = set()
    for entry in config.paths:
        path = root / entry
        files.update(path.rglob("*.py") if path.is_dir() else [path])
    excluded = [root / e for e in config.exclude]

    def is_excluded(p: Path) -> bool:
        return any(p == e or e in p.parents for e in excluded)

    return sorted(p for p in files if not is_excluded(p))


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# -- mutants judged equivalent -----------------------------------------------------------------

#: The fields that name a mutant in the list of equivalents: stable when lines move.
EQUIVALENT_KEYS = ("path", "function", "source_line", "op", "original", "mutated")


@dataclass
class Equivalents:
    """The mutants judged equivalent (``[tool.mutate] equivalent``): a mutant that changes nothing
    a user could see is left out of runs and samples, with the reason written down. An entry names
    its mutant by path, function, the text of its line, operator and the change (not by line
    number); ``nth`` (from 1) picks one of several mutants an entry would name alike."""

    #: mutant id -> the entry's reason
    reasons: dict[str, str]
    #: entries that name no mutant of the code as it is (stale) or several (ambiguous)
    problems: list[str]


def load_equivalents(config: Config, mutants: Sequence[Mutant], root: Path = ROOT) -> Equivalents:
    if not config.equivalent:
        return Equivalents({}, [])
    data = tomllib.loads((root / config.equivalent).read_text(encoding="utf-8"))
    by_key: dict[tuple[str, ...], list[Mutant]] = {}
    for m in mutants:
        by_key.setdefault(_equivalent_key(asdict(m)), []).append(m)
    reasons: dict[str, str] = {}
    problems: list[str] = []
    for i, entry in enumerate(data.get("mutant", []), 1):
        unknown = set(entry) - {*EQUIVALENT_KEYS, "reason", "nth"}
        if unknown or not str(entry.get("reason", "")).strip():
            problems.append(f"entry {i}: " + (f"unknown keys {sorted(unknown)}" if unknown else "no reason"))
            continue
        found = by_key.get(_equivalent_key(entry), [])
        nth = entry.get("nth")
        if nth is not None:
            found = found[nth - 1: nth] if isinstance(nth, int) and nth >= 1 else []
        if len(found) != 1:
            what = "names no mutant of the code as it is" if not found else f"names {len(found)} mutants (add nth)"
            problems.append(f"entry {i} ({entry.get('path')}: {entry.get('original')} → {entry.get('mutated')}): {what}")
            continue
        reasons[found[0].id] = entry["reason"].strip()
    return Equivalents(reasons, problems)


def _equivalent_key(fields: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(fields.get(k) or "") for k in EQUIVALENT_KEYS)


# -- mutation sites ----------------------------------------------------------------------------


@dataclass
class _Site:
    node: ast.AST
    op: str
    param: object
    function: str | None
    import_time: bool
    anchor: tuple[int, int]  # lines whose execution means the mutated code ran


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def _literal_elements(node: ast.AST) -> ast.Tuple | ast.List | ast.Set | None:
    """The literal of a membership test: (a, b), [a, b], {a, b}, frozenset({a, b})."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return node
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple")
            and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Tuple | ast.List | ast.Set)):
        return node.args[0]
    return None


class _Collector:
    """Walks a module's tree in a fixed order and lists every mutation site.

    The order depends only on the tree, so the k-th site of a copy of the tree is the same site:
    that is how a pytest process finds the mutant the runner chose (by index).
    """

    def __init__(self) -> None:
        self.sites: list[_Site] = []

    def collect(self, tree: ast.Module) -> list[_Site]:
        for stmt in tree.body:
            self._stmt(stmt, function=None, import_time=True, table=True)
        return self.sites

    def _add(self, node: ast.AST, op: str, param: object, ctx: dict) -> None:  # type: ignore[type-arg]
        self.sites.append(_Site(node, op, param, ctx["function"], ctx["import_time"], ctx["anchor"]))

    def _stmt(self, stmt: ast.stmt, *, function: str | None, import_time: bool, table: bool) -> None:
        if _is_docstring(stmt) or isinstance(stmt, ast.Assert | ast.Import | ast.ImportFrom):
            return
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                return
        if (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Name | ast.Attribute)
                and ast.unparse(stmt.test).endswith("TYPE_CHECKING")):
            return
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            # Decorators and defaults run when the module is imported; the body when called.
            header = {"function": function, "import_time": import_time, "anchor": (stmt.lineno, stmt.lineno),
                      "table": table}
            for expr in [*stmt.decorator_list, *stmt.args.defaults, *(d for d in stmt.args.kw_defaults if d)]:
                self._expr(expr, header, parent=None)
            name = stmt.name if function is None else f"{function}.{stmt.name}"
            for inner in stmt.body:
                self._stmt(inner, function=name, import_time=False, table=False)
            return
        if isinstance(stmt, ast.ClassDef):
            for inner in stmt.body:
                self._stmt(inner, function=function, import_time=import_time, table=table)
            return
        is_compound = any(hasattr(stmt, f) for f in _COMPOUND_BODIES)
        end = stmt.end_lineno or stmt.lineno
        ctx = {"function": function, "import_time": import_time, "anchor": (stmt.lineno, end), "table": table}
        if isinstance(stmt, ast.If | ast.While):
            self._add(stmt, "negate", None, {**ctx, "anchor": (stmt.test.lineno, stmt.test.end_lineno or stmt.lineno)})
        # A tuple that is unpacked (a, b = 1, 2) is not a table.
        unpacked = isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Tuple | ast.List) for t in stmt.targets)
        for name, value in ast.iter_fields(stmt):
            if name in _COMPOUND_BODIES or name in ("targets", "target", "annotation", "returns", "type_comment"):
                continue
            for expr in value if isinstance(value, list) else [value]:
                if isinstance(expr, ast.expr):
                    anchor = (expr.lineno, expr.end_lineno or expr.lineno) if is_compound else ctx["anchor"]
                    rows_unpacked = isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Tuple) and name == "iter"
                    self._expr(expr, {**ctx, "anchor": anchor}, parent=None,
                               no_table=unpacked and name == "value", rows=rows_unpacked)
        for name in _COMPOUND_BODIES:
            for inner in getattr(stmt, name, None) or []:
                if isinstance(inner, ast.stmt):
                    self._stmt(inner, function=function, import_time=import_time, table=table)
                elif isinstance(inner, ast.ExceptHandler):
                    for s in inner.body:
                        self._stmt(s, function=function, import_time=import_time, table=table)

    def _expr(self, node: ast.expr, ctx: dict, parent: ast.AST | None, *,  # type: ignore[type-arg]
              no_table: bool = False, rows: bool = False, record: bool = False) -> None:
        if isinstance(node, ast.JoinedStr):
            return
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool):
                self._add(node, "bool", None, ctx)
            elif isinstance(node.value, int | float):
                self._add(node, "number", 1, ctx)
                self._add(node, "number", -1, ctx)
            return
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _FLIP:
                    self._add(node, "compare", i, ctx)
                elif isinstance(op, ast.In | ast.NotIn):
                    literal = _literal_elements(node.comparators[i])
                    if literal is not None:
                        for j in range(len(literal.elts)):
                            self._add(node, "member", (i, j), ctx)
        elif isinstance(node, ast.BoolOp):
            self._add(node, "boolop", None, ctx)
        elif isinstance(node, ast.IfExp):
            self._add(node, "negate", None, ctx)
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            for g, gen in enumerate(node.generators):
                for k in range(len(gen.ifs)):
                    self._add(node, "negate", (g, k), ctx)
        elif isinstance(node, ast.Lambda):
            ctx = {**ctx, "import_time": False}
        # A (low, high) pair of numbers is a range, one record: not a table.
        number_pair = isinstance(node, ast.Tuple) and len(node.elts) == 2 and all(
            isinstance(e, ast.Constant) and isinstance(e.value, int | float) for e in node.elts)
        table_literal = (
            ctx["table"] and ctx["import_time"] and not no_table and not record and not number_pair
            and (isinstance(node, ast.Dict | ast.List | ast.Set)
                 or (isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load)))
        )
        if table_literal:
            count = len(node.keys) if isinstance(node, ast.Dict) else len(node.elts)  # type: ignore[attr-defined]
            for i in range(count):
                self._add(node, "table", i, ctx)
        for name, value in ast.iter_fields(node):
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.comprehension):
                    for e in (child.iter, *child.ifs):
                        self._expr(e, ctx, node)
                elif isinstance(child, ast.keyword):
                    self._expr(child.value, ctx, node)
                elif isinstance(child, ast.expr):
                    # A row of a table (an element of a tuple/list, a dict value, a row that a
                    # loop unpacks) is a record: its fields are not table entries.
                    child_record = (
                        (isinstance(node, ast.Tuple | ast.List) and (rows or table_literal) and isinstance(child, ast.Tuple))
                        or (isinstance(node, ast.Dict) and name == "values" and isinstance(child, ast.Tuple))
                    )
                    self._expr(child, ctx, node, record=child_record)


def collect_sites(tree: ast.Module) -> list[_Site]:
    return _Collector().collect(tree)


def apply_site(tree: ast.AST, site: _Site) -> None:
    """Apply one site to the tree it was collected from (in place)."""
    node, op, param = site.node, site.op, site.param
    if op == "compare":
        assert isinstance(node, ast.Compare) and isinstance(param, int)
        node.ops[param] = _FLIP[type(node.ops[param])]()
    elif op == "member":
        assert isinstance(node, ast.Compare) and isinstance(param, tuple)
        literal = _literal_elements(node.comparators[param[0]])
        assert literal is not None
        del literal.elts[param[1]]
    elif op == "number":
        assert isinstance(node, ast.Constant) and isinstance(param, int)
        node.value = node.value + param
    elif op == "bool":
        assert isinstance(node, ast.Constant)
        node.value = not node.value
    elif op == "boolop":
        assert isinstance(node, ast.BoolOp)
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif op == "negate":
        if isinstance(node, ast.If | ast.While | ast.IfExp):
            node.test = ast.UnaryOp(ast.Not(), node.test)
        else:
            assert isinstance(param, tuple)
            gen = node.generators[param[0]]  # type: ignore[attr-defined]
            gen.ifs[param[1]] = ast.UnaryOp(ast.Not(), gen.ifs[param[1]])
    elif op == "table":
        assert isinstance(param, int)
        if isinstance(node, ast.Dict):
            del node.keys[param]
            del node.values[param]
        else:
            del node.elts[param]  # type: ignore[attr-defined]
    else:  # pragma: no cover - a new operator without its application
        raise ValueError(op)
    ast.fix_missing_locations(tree)


# -- mutants -----------------------------------------------------------------------------------


@dataclass
class Mutant:
    id: str
    path: str  # relative to the repository
    module: str
    index: int  # the site's position in the module
    line: int
    col: int
    op: str
    function: str | None
    import_time: bool
    anchor: tuple[int, int]
    original: str
    mutated: str
    #: The text of the mutated line, stripped (names a mutant across edits that move lines).
    source_line: str = ""

    @property
    def area(self) -> str:
        return _area(self.path)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(site: _Site) -> tuple[str, str]:
    node, op, param = site.node, site.op, site.param
    if op == "table":
        assert isinstance(param, int)
        if isinstance(node, ast.Dict):
            key = node.keys[param]
            entry = f"{ast.unparse(key)}: {ast.unparse(node.values[param])}" if key else f"**{ast.unparse(node.values[param])}"
        else:
            entry = ast.unparse(node.elts[param])  # type: ignore[attr-defined]
        return _short(entry), "(entry deleted)"
    if op == "member":
        assert isinstance(node, ast.Compare) and isinstance(param, tuple)
        literal = _literal_elements(node.comparators[param[0]])
        assert literal is not None
        return _short(ast.unparse(node)), f"(without {_short(ast.unparse(literal.elts[param[1]]), 40)})"
    before = ast.unparse(node.test if isinstance(node, ast.If | ast.While) else node)
    return _short(before), ""


def _area(path: str) -> str:
    parts = Path(path).parts
    # spinemet_desktop/clinical/<area>/... or spinemet_desktop/clinical/<area>.py
    inner = parts[2:] if parts[:2] == ("spinemet_desktop", "clinical") else parts[1:]
    return inner[0] if len(inner) > 1 else Path(inner[0]).stem


def mutants_of(path: Path, root: Path = ROOT) -> list[Mutant]:
    source = path.read_text(encoding="utf-8")
    source_lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    rel = path.relative_to(root).as_posix()
    found = []
    for index, site in enumerate(collect_sites(tree)):
        original, suffix = _describe(site)
        if site.op in ("table", "member"):
            mutated = suffix
        else:
            # Apply the mutation to a copy of the node alone, to show it.
            node = copy.deepcopy(site.node)
            apply_site(node, _Site(node, site.op, site.param, None, False, (0, 0)))  # type: ignore[arg-type]
            mutated = _short(ast.unparse(node.test if isinstance(node, ast.If | ast.While) else node))  # type: ignore[attr-defined]
        line = getattr(site.node, "lineno", 0)
        col = getattr(site.node, "col_offset", 0)
        if site.op == "table":
            assert isinstance(site.param, int)
            element = site.node.values[site.param] if isinstance(site.node, ast.Dict) else site.node.elts[site.param]  # type: ignore[attr-defined]
            line, col = element.lineno, element.col_offset
        found.append(Mutant(
            id=f"{rel}:{line}:{col}:{site.op}:{index}", path=rel, module=module_name(path, root), index=index,
            line=line, col=col, op=site.op, function=site.function, import_time=site.import_time,
            anchor=site.anchor, original=original, mutated=mutated,
            source_line=source_lines[line - 1].strip() if 0 < line <= len(source_lines) else "",
        ))
    return found


def mutated_code(path: Path, index: int, op: str, line: int) -> object:
    """The code object of the module with mutant ``index`` applied (used by the plugin)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    sites = collect_sites(tree)
    site = sites[index]
    if site.op != op:
        raise RuntimeError(f"mutant {index} of {path} is {site.op}, expected {op}: the source changed")
    apply_site(tree, site)
    return compile(tree, str(path), "exec")


# -- static imports (which test files reach which module) --------------------------------------


def _module_file(name: str, root: Path) -> Path | None:
    base = root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports_of(path: Path, root: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    result = set()
    for name in names:
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # importing a.b.c imports a and a.b too
            prefix = ".".join(parts[:i])
            if _module_file(prefix, root) is not None:
                result.add(prefix)
    return result


def _parents(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def import_closure(path: Path, root: Path = ROOT, cache: dict[str, set[str]] | None = None) -> set[str]:
    """Every project module a file imports, directly or through other project modules (importing
    a module runs its packages' ``__init__`` too)."""
    cache = {} if cache is None else cache
    seen: set[str] = set()
    todo = list(_imports_of(path, root))
    if path.name != "__init__.py" or path.parent != root:
        todo += [p for p in _parents(module_name(path, root)) if _module_file(p, root)]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in cache:
            file = _module_file(name, root)
            cache[name] = (_imports_of(file, root) if file else set()) | _parents(name)
        todo.extend(cache[name] - seen)
    return seen


# -- running pytest ----------------------------------------------------------------------------


def _pytest_args(config: Config, args: Sequence[str]) -> list[str]:
    return ["-p", "mutate_plugin", "-p", "no:cacheprovider", "-q", "--no-header", "-o", "addopts=",
            "-o", "console_output_style=classic", "--tb=line", *config.pytest_args, *args]


def _pytest_command(python: str, config: Config, args: Sequence[str]) -> list[str]:
    return [python, "-m", "pytest", *_pytest_args(config, args)]


def preload_modules(files: list[Path], root: Path = ROOT) -> list[str]:
    """Modules the fork servers import once: pytest's own, Hypothesis, pydantic, and every project
    module that neither is nor imports (directly or through its packages) a module of the scope,
    nor touches Qt."""
    scope = {module_name(p, root) for p in files}
    cache: dict[str, set[str]] = {}
    found = ["pytest", "hypothesis", "hypothesis.strategies", "pydantic", "yaml"]
    for path in sorted((root / "spinemet_desktop").rglob("*.py")):
        name = module_name(path, root)
        if name.startswith("spinemet_desktop.ui"):
            continue
        reached = import_closure(path, root, cache) | {name}
        sources = [(_module_file(m, root) or path).read_text(encoding="utf-8") for m in reached]
        if not reached & scope and not any("PySide6" in text for text in sources):
            found.append(name)
    return found


_CACHE = tempfile.mkdtemp(prefix="mutate-cache-")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    # One translation cache for all runs (tests/conftest.py would make a new one per process).
    env["SPINEMET_CACHE_DIR"] = _CACHE
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SCRIPTS), env.get("PYTHONPATH")]))
    env.pop(ENV_MUTANT, None)
    env.pop(ENV_TRACE, None)
    env.update(extra)
    return env


class _Children:
    """The pytest processes running now (and the fork servers), so that an interrupt stops them all."""

    def __init__(self, python: str = sys.executable, preload: Sequence[str] = ()) -> None:
        self._lock = threading.Lock()
        self._procs: set[subprocess.Popen[bytes]] = set()
        self._servers: list[_ForkServer] = []
        self._idle: list[_ForkServer] = []
        self.python = python
        self.preload = list(preload)
        self.stopping = False

    def run(self, cmd: list[str], env: dict[str, str], timeout: float) -> tuple[int | None, str, float]:
        """Run a command as a new process."""
        start = time.monotonic()
        with tempfile.TemporaryFile() as out:
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            with self._lock:
                if self.stopping:
                    _kill(proc)
                self._procs.add(proc)
            try:
                code: int | None = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill(proc)
                code = None
            finally:
                with self._lock:
                    self._procs.discard(proc)
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
        return code, text, time.monotonic() - start

    def run_forked(self, args: list[str], env: dict[str, str], timeout: float) -> tuple[int | None, str, float]:
        """Run pytest with ``args`` in a fork of an idle server (one is started when none is idle)."""
        with self._lock:
            if self.stopping:
                return 2, "interrupted", 0.0
            server = self._idle.pop() if self._idle else None
        if server is None:
            server = _ForkServer(self.python, self.preload)
            with self._lock:
                self._servers.append(server)
        try:
            return server.run(args, env, timeout)
        finally:
            with self._lock:
                if server.alive() and not self.stopping:
                    self._idle.append(server)

    def stop_all(self) -> None:
        with self._lock:
            self.stopping = True
            for proc in self._procs:
                _kill(proc)
        self.close()

    def close(self) -> None:
        with self._lock:
            servers, self._servers, self._idle = self._servers, [], []
        for server in servers:
            server.stop()


class _ForkServer:
    """One scripts/mutate_server.py process: pytest runs as forks of it (POSIX only)."""

    def __init__(self, python: str, preload: list[str]) -> None:
        self.proc = subprocess.Popen([python, str(SCRIPTS / "mutate_server.py"), json.dumps(preload)], cwd=ROOT,
                                     env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     start_new_session=True)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, args: list[str], env: dict[str, str], timeout: float) -> tuple[int | None, str, float]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with tempfile.NamedTemporaryFile(prefix="mutant-out-", delete=False) as out:
            output = Path(out.name)
        try:
            request = {"args": args, "env": env, "output": str(output), "timeout": timeout}
            try:
                self.proc.stdin.write(json.dumps(request) + "\n")
                self.proc.stdin.flush()
                reply = self.proc.stdout.readline()
            except (BrokenPipeError, OSError):
                reply = ""
            text = output.read_text(encoding="utf-8", errors="replace")
        finally:
            output.unlink(missing_ok=True)
        if not reply:
            return 3, f"the fork server stopped\n{text}", 0.0
        answer = json.loads(reply)
        return answer["code"], text, answer["seconds"]

    def stop(self) -> None:
        if self.alive():
            self.proc.terminate()  # the server kills the child it runs, then exits
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _kill(self.proc)  # type: ignore[arg-type]


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


@dataclass
class Baseline:
    tests: dict[str, float]  # nodeid -> seconds (traced), in collection order
    failing: list[str]
    lines: dict[str, dict[str, set[int]]]  # nodeid -> path -> lines
    import_lines: dict[str, set[int]]
    closure: dict[str, set[str]]  # test file -> project modules it reaches
    seconds: float


def run_baseline(config: Config, files: list[Path], python: str, workers: int, children: _Children,
                 modules: set[str] | None = None) -> Baseline:
    """One traced run of the fast tests, in ``workers`` shards: the test files that import one of
    ``modules`` (the mutated ones; all of the scope if None), directly or through other modules."""
    cache: dict[str, set[str]] = {}
    closure = {p: import_closure(p, ROOT, cache)
               for p in sorted({p for entry in config.tests for p in (ROOT / entry).rglob("test_*.py")})}
    wanted = {module_name(f) for f in files} if modules is None else modules
    test_files = [p for p, reached in closure.items() if reached & wanted]
    shards: list[list[Path]] = [[] for _ in range(max(1, workers))]
    for i, path in enumerate(sorted(test_files, key=lambda p: -p.stat().st_size)):
        shards[i % len(shards)].append(path)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutate-baseline-") as tmp, ThreadPoolExecutor(len(shards)) as pool:
        futures = []
        for i, shard in enumerate(s for s in shards if s):
            out = Path(tmp) / f"trace-{i}.json"
            env = _env(**{ENV_TRACE: str(out)}, SPINEMET_MUTATION_TARGETS=json.dumps([str(f) for f in files]))
            cmd = _pytest_command(python, config, [str(p.relative_to(ROOT)) for p in shard])
            futures.append((out, pool.submit(children.run, cmd, env, 3600.0)))
        tests: dict[str, float] = {}
        failing: list[str] = []
        lines: dict[str, dict[str, set[int]]] = {}
        import_lines: dict[str, set[int]] = {}
        try:
            results = [(out, future.result()) for out, future in futures]
        except KeyboardInterrupt:
            children.stop_all()  # so that leaving the pool does not wait for the shards
            raise
        for out, (code, text, _) in results:
            if not out.exists():
                raise SystemExit(f"baseline run failed (exit {code}):\n{text[-3000:]}")
            data = json.loads(out.read_text(encoding="utf-8"))
            tests.update(data["durations"])
            failing += data["failed"]
            for nodeid, per_file in data["lines"].items():
                lines[nodeid] = {p: set(ls) for p, ls in per_file.items()}
            for p, ls in data["import_lines"].items():
                import_lines.setdefault(p, set()).update(ls)
    reach = {p.relative_to(ROOT).as_posix(): closure[p] for p in test_files}
    return Baseline(tests, sorted(set(failing)), lines, import_lines, reach, time.monotonic() - start)


def select_tests(mutant: Mutant, baseline: Baseline) -> list[str]:
    """The tests that can notice the mutant, most likely killers and fastest first."""
    lo, hi = mutant.anchor
    anchor = set(range(lo, hi + 1))
    usable = {t: d for t, d in baseline.tests.items() if t not in baseline.failing}
    covering = [t for t in usable if anchor & baseline.lines.get(t, {}).get(mutant.path, set())]
    runs_at_import = mutant.import_time or bool(anchor & baseline.import_lines.get(mutant.path, set()))
    if not runs_at_import:
        return sorted(covering, key=usable.__getitem__)
    touching = {t for t in usable if baseline.lines.get(t, {}).get(mutant.path)}
    reaching = [t for t in usable if mutant.module in baseline.closure.get(t.split("::")[0], set())]
    first = sorted(set(covering) | touching, key=usable.__getitem__)
    rest = sorted(set(reaching) - set(first), key=usable.__getitem__)
    return first + rest


@dataclass
class Outcome:
    id: str
    status: str  # killed / survived / timeout / error / not_covered
    seconds: float = 0.0
    tests: int = 0
    killer: str | None = None
    detail: str = ""


DETECTED = ("killed", "timeout")


# -- journal (resuming a long run) -------------------------------------------------------------


def source_digest(path: Path) -> str:
    """The SHA-256 of a module's source: a mutant's id and its outcome belong to that text."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tests_digest(config: Config, root: Path = ROOT) -> str:
    """One SHA-256 over every file of the configured test folders (names and contents)."""
    digest = hashlib.sha256()
    for folder in config.tests:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class Journal:
    """An append-only record of every finished mutant (``journal.jsonl`` in the report folder),
    written as each one finishes, so that an interrupted or crashed full run can go on with
    ``--resume`` instead of starting again.

    An outcome is taken over only for the same mutant of the same module source. A killed (or timed
    out) mutant stays killed while its module is unchanged; a survivor, uncovered mutant or error is
    taken over only if the tests are also unchanged, since a new test may kill it."""

    def __init__(self, path: Path, sources: dict[str, str], tests: str) -> None:
        self.path = path
        self._sources = sources  # relative module path -> source digest
        self._tests = tests
        self._lock = threading.Lock()

    def earlier(self) -> dict[str, Outcome]:
        found: dict[str, Outcome] = {}
        if not self.path.exists():
            return found
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
                outcome = Outcome(**row["outcome"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a crash
            if row.get("source") != self._sources.get(row.get("path", "")):
                continue
            if outcome.status in DETECTED or row.get("tests") == self._tests:
                found[outcome.id] = outcome
        return found

    def add(self, mutant: Mutant, outcome: Outcome) -> None:
        if outcome.detail == "interrupted":
            return
        row = {"path": mutant.path, "source": self._sources[mutant.path], "tests": self._tests,
               "outcome": asdict(outcome)}
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


class KillLog:
    """Which test file killed how many mutants of each module so far: the next mutant of that
    module runs those files' tests first, so that a kill usually comes early."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kills: dict[tuple[str, str], int] = {}

    def add(self, path: str, test: str) -> None:
        key = (path, test.split("::")[0])
        with self._lock:
            self._kills[key] = self._kills.get(key, 0) + 1

    def order(self, path: str, tests: list[str]) -> list[str]:
        with self._lock:
            kills = {f: n for (p, f), n in self._kills.items() if p == path}
        # stable: within equal kill counts the given order (most likely, then fastest) remains
        return sorted(tests, key=lambda t: -kills.get(t.split("::")[0], 0))


def run_mutant(mutant: Mutant, baseline: Baseline, config: Config, python: str, children: _Children,
               fork: bool = True, kill_log: KillLog | None = None) -> Outcome:
    selected = select_tests(mutant, baseline)
    if not selected:
        return Outcome(mutant.id, "not_covered", detail="no test executes this line")
    spec = {"path": str(ROOT / mutant.path), "module": mutant.module, "index": mutant.index, "op": mutant.op,
            "line": mutant.line}
    if kill_log is not None:
        selected = kill_log.order(mutant.path, selected)
    if children.stopping:
        return Outcome(mutant.id, "error", detail="interrupted")
    code, text, seconds, status = _run_selected(selected, spec, baseline, config, python, children, fork)
    for _attempt in range(3):
        vanished = _not_found(text, selected) if code == 4 and not status.get("failed") else set()
        if not vanished:
            break
        # The mutant removed parametrised cases (a deleted rule or table row that a test is
        # parametrised over): pytest stops before running anything. Run the remaining tests.
        selected = [t for t in selected if t not in vanished]
        if not selected:
            return Outcome(mutant.id, "survived", seconds, 0, detail="its only tests were parametrised away")
        code, text, more, status = _run_selected(selected, spec, baseline, config, python, children, fork)
        seconds += more
    return _outcome(mutant, selected, code, text, seconds, status, children, kill_log, config, baseline)


def _not_found(text: str, selected: list[str]) -> set[str]:
    """The selected node ids whose test function pytest reported as "not found"."""
    functions = {line.split("not found:", 1)[1].strip() for line in text.splitlines() if "not found:" in line}
    rel = {Path(f.split("::", 1)[0]).resolve().relative_to(ROOT).as_posix() + "::" + f.split("::", 1)[1]
           for f in functions if "::" in f and Path(f.split("::", 1)[0]).resolve().is_relative_to(ROOT)}
    return {t for t in selected if t in rel or t.split("[", 1)[0] in rel}


def _run_selected(selected: list[str], spec: dict[str, Any], baseline: Baseline, config: Config, python: str,
                  children: _Children, fork: bool) -> tuple[int | None, str, float, dict[str, Any]]:
    timeout = config.timeout_min + config.timeout_factor * sum(baseline.tests[t] for t in selected)
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        status_file = Path(tmp) / "status.json"
        args_file = Path(tmp) / "args.txt"
        args_file.write_text("\n".join(selected) + "\n", encoding="utf-8")
        env = _env(**{ENV_MUTANT: json.dumps(spec), ENV_STATUS: str(status_file)})
        pytest_args = _pytest_args(config, ["-x", f"@{args_file}"])
        if fork:
            code, text, seconds = children.run_forked(pytest_args, env, timeout)
        else:
            code, text, seconds = children.run([python, "-m", "pytest", *pytest_args], env, timeout)
        status = json.loads(status_file.read_text(encoding="utf-8")) if status_file.exists() else {}
    return code, text, seconds, status


def _outcome(mutant: Mutant, selected: list[str], code: int | None, text: str, seconds: float,
             status: dict[str, Any], children: _Children, kill_log: KillLog | None, config: Config,
             baseline: Baseline) -> Outcome:
    if code is None:
        timeout = config.timeout_min + config.timeout_factor * sum(baseline.tests[t] for t in selected)
        return Outcome(mutant.id, "timeout", seconds, len(selected), detail=f"no result within {timeout:.0f} s")
    if children.stopping and code not in (0, 1):
        return Outcome(mutant.id, "error", seconds, len(selected), detail="interrupted")
    if status.get("error"):
        return Outcome(mutant.id, "error", seconds, len(selected), detail=status["error"])
    if status.get("failed") and code != 0:
        # A test failed, or a test module could not even be collected (the mutant breaks an
        # import; pytest then exits with 2 or, for node ids it cannot find, 4).
        if kill_log is not None and "::" in status["failed"]:
            kill_log.add(mutant.path, status["failed"])
        return Outcome(mutant.id, "killed", seconds, len(selected), killer=status["failed"])
    if code != 0:
        return Outcome(mutant.id, "error", seconds, len(selected), detail=f"pytest exit {code}: {text[-1500:]}")
    if not status.get("imported"):
        return Outcome(mutant.id, "error", seconds, len(selected), detail="the mutated module was never imported")
    return Outcome(mutant.id, "survived", seconds, len(selected))


# -- report ------------------------------------------------------------------------------------


def summarise(mutants: list[Mutant], outcomes: dict[str, Outcome]) -> dict[str, dict[str, float]]:
    areas: dict[str, dict[str, float]] = {}
    for m in mutants:
        if m.id not in outcomes:
            continue
        for key in (m.area, "all"):
            row = areas.setdefault(key, {"mutants": 0, "killed": 0, "timeout": 0, "survived": 0,
                                         "not_covered": 0, "error": 0})
            row["mutants"] += 1
            row[outcomes[m.id].status] += 1
    for row in areas.values():
        detected = row["killed"] + row["timeout"]
        row["score"] = round(100.0 * detected / row["mutants"], 1) if row["mutants"] else 100.0
    return dict(sorted(areas.items(), key=lambda kv: (kv[0] == "all", kv[0])))


def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_report(directory: Path, meta: dict, mutants: list[Mutant], outcomes: dict[str, Outcome],  # type: ignore[type-arg]
                 areas: dict[str, dict[str, float]]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    rows = [{**asdict(m), **asdict(outcomes[m.id])} for m in mutants if m.id in outcomes]
    (directory / "report.json").write_text(
        json.dumps({"meta": meta, "areas": areas, "mutants": rows}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8")
    lines = [
        "# Mutation testing report", "",
        f"- command: `{meta['command']}`",
        (f"- commit {meta['commit']}, {meta['started']}, {meta['seconds']:.0f} s "
         f"(baseline {meta['baseline_seconds']:.0f} s), {meta['workers']} workers"),
        f"- {meta['selected']} of {meta['total']} mutants" + (f" (seeded sample, seed {meta['seed']})"
                                                              if meta.get("sample") else ""),
    ]
    if meta.get("equivalent"):
        lines.append(f"- {meta['equivalent']} mutants judged equivalent were left out (the list and its reasons: "
                     "`[tool.mutate] equivalent`)")
    if meta["baseline_failing"]:
        lines.append(f"- tests failing without any mutant, left out: {', '.join(meta['baseline_failing'])}")
    if meta.get("interrupted"):
        lines.append("- **interrupted**: the figures cover only the mutants finished before the interrupt")
    lines += ["", "| area | mutants | killed | timeout | survived | not covered | error | score |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, row in areas.items():
        lines.append(f"| {name} | {row['mutants']:.0f} | {row['killed']:.0f} | {row['timeout']:.0f} | "
                     f"{row['survived']:.0f} | {row['not_covered']:.0f} | {row['error']:.0f} | {row['score']} % |")
    for status in ("survived", "not_covered", "error"):
        chosen = [r for r in rows if r["status"] == status]
        if not chosen:
            continue
        lines += ["", f"## {status.replace('_', ' ')} ({len(chosen)})", ""]
        for r in chosen:
            where = f"{r['path']}:{r['line']}" + (f" ({r['function']})" if r["function"] else "")
            detail = f" — {_short(r['detail'], 200)}" if r["detail"] and status != "not_covered" else ""
            lines.append(f"- `{where}` {r['op']}: `{r['original']}` → `{r['mutated']}`{detail}")
    (directory / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- command line ------------------------------------------------------------------------------


def _choose(mutants: list[Mutant], args: argparse.Namespace, names: dict[str, str]) -> list[Mutant]:
    chosen = mutants
    if args.only:
        chosen = [m for m in chosen if any(fnmatch.fnmatch(m.id, f"*{p}*") for p in args.only)]
    if args.op:
        chosen = [m for m in chosen if m.op in args.op]
    if args.sample and args.sample < len(chosen):
        drawn = {m.id for m in sorted(chosen, key=lambda m: sample_key(m, args.seed, names))[: args.sample]}
        chosen = [m for m in chosen if m.id in drawn]
    return chosen


def stable_names(mutants: Sequence[Mutant]) -> dict[str, str]:
    """Each mutant's name as the list of equivalents spells it (path, function, the text of its
    line, operator, change) plus its place among mutants named alike: unchanged when lines move
    or other mutants come and go."""
    seen: dict[tuple[str, ...], int] = {}
    names: dict[str, str] = {}
    for m in mutants:
        key = _equivalent_key(asdict(m))
        seen[key] = seen.get(key, 0) + 1
        names[m.id] = "\x1f".join((*key, str(seen[key])))
    return names


def sample_key(mutant: Mutant, seed: int, names: dict[str, str]) -> str:
    """The order in which a seeded sample draws mutants: a hash of the seed and the mutant's stable
    name, so that a mutant joining or leaving the pool (judged equivalent, code added elsewhere)
    changes the sample by at most that one mutant and whichever one follows next in the order."""
    return hashlib.sha256(f"{seed}\x1f{names[mutant.id]}".encode()).hexdigest()


def _progress(done: int, total: int, outcome: Outcome, mutant: Mutant, verbose: bool) -> None:
    if verbose or outcome.status not in DETECTED:
        print(f"[{done}/{total}] {outcome.status:11} {mutant.path}:{mutant.line} {mutant.op}: "
              f"{mutant.original} → {mutant.mutated}  ({outcome.seconds:.1f} s, {outcome.tests} tests)", flush=True)
    elif done % 25 == 0:
        print(f"[{done}/{total}]", flush=True)


class _NothingToTest(Exception):
    """Every selected mutant already has an outcome in the journal."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=0, help="test a seeded random sample of N mutants")
    parser.add_argument("--seed", type=int, default=29, help="seed of the sample (default 29)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="exit 1 if fewer than this %% of the mutants are killed (default from pyproject)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parallel pytest processes")
    parser.add_argument("--only", action="append", default=[],
                        help="only mutants whose id (path:line:col:operator:index) contains this text")
    parser.add_argument("--op", action="append", choices=sorted(OPERATORS), help="only this operator (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "build" / "mutation",
                        help="where report.json and report.md go (default build/mutation)")
    parser.add_argument("--python", default=sys.executable, help="the Python that runs pytest")
    parser.add_argument("--no-fork", action="store_true",
                        help="start a new Python for every mutant instead of forking a prepared one (slower)")
    parser.add_argument("--include-equivalent", action="store_true",
                        help="also test the mutants judged equivalent (to check that they still survive)")
    parser.add_argument("--resume", action="store_true",
                        help="take over the outcomes of an earlier run from the report folder's journal.jsonl "
                             "(same module source; survivors only with the same tests) and test only the rest")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mutant, not only survivors")
    args = parser.parse_args(argv)

    config = load_config()
    threshold = config.threshold if args.threshold is None else args.threshold
    files = scope_files(config)
    mutants = [m for path in files for m in mutants_of(path)]
    equivalents = load_equivalents(config, mutants)
    for problem in equivalents.problems:
        print(f"{config.equivalent}: {problem}", file=sys.stderr)
    candidates = mutants if args.include_equivalent else [m for m in mutants if m.id not in equivalents.reasons]
    chosen = _choose(candidates, args, stable_names(mutants))
    if args.list:
        for m in chosen:
            mark = "\t(judged equivalent)" if m.id in equivalents.reasons else ""
            print(f"{m.id}\t{m.original} → {m.mutated}{mark}")
        print(f"{len(chosen)} of {len(mutants)} mutants in {len(files)} files"
              f" ({len(mutants) - len(candidates)} judged equivalent left out)", file=sys.stderr)
        return 0
    if not chosen:
        print("no mutants selected", file=sys.stderr)
        return 2

    args.report_dir.mkdir(parents=True, exist_ok=True)
    journal_path = args.report_dir / "journal.jsonl"
    if not args.resume:
        journal_path.unlink(missing_ok=True)
    journal = Journal(journal_path, {f.relative_to(ROOT).as_posix(): source_digest(f) for f in files},
                      tests_digest(config))
    chosen_ids = {m.id for m in chosen}
    earlier = {k: v for k, v in journal.earlier().items() if k in chosen_ids}
    to_test = [m for m in chosen if m.id not in earlier]
    if args.resume:
        print(f"resumed: {len(earlier)} outcomes taken over from {journal_path}", flush=True)
    if not to_test:
        print("every selected mutant has an outcome in the journal", flush=True)

    fork = hasattr(os, "fork") and not args.no_fork
    args.no_fork = not fork
    children = _Children(args.python, preload_modules(files) if fork else ())
    started = datetime.now(UTC).isoformat(timespec="seconds")
    commit = _git_commit()  # the tests of this commit: a run takes minutes, the tree may move on
    start = time.monotonic()
    print(f"{len(chosen)} of {len(mutants)} mutants ({len(mutants) - len(candidates)} judged equivalent left out); "
          f"traced baseline run of {', '.join(config.tests)} ...", flush=True)
    outcomes: dict[str, Outcome] = dict(earlier)
    interrupted = False
    baseline: Baseline | None = None

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    pool = ThreadPoolExecutor(max(1, args.workers))
    kill_log = KillLog()
    try:
        if not to_test:
            raise _NothingToTest
        mutated = sorted({ROOT / m.path for m in to_test})
        baseline = run_baseline(config, mutated, args.python, args.workers, children, {m.module for m in to_test})
        print(f"baseline: {len(baseline.tests)} tests in {baseline.seconds:.0f} s", flush=True)
        if baseline.failing:
            print(f"tests failing without any mutant (left out): {', '.join(baseline.failing)}", flush=True)
        pending: dict[Future[Outcome], Mutant] = {}
        queue: Iterator[Mutant] = iter(to_test)
        done = len(earlier)

        def submit_next() -> None:
            m = next(queue, None)
            if m is not None:
                assert baseline is not None
                pending[pool.submit(run_mutant, m, baseline, config, args.python, children, not args.no_fork,
                                    kill_log)] = m

        for _ in range(max(1, args.workers) * 2):
            submit_next()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                m = pending.pop(future)
                outcome = future.result()
                outcomes[m.id] = outcome
                journal.add(m, outcome)
                done += 1
                _progress(done, len(chosen), outcome, m, args.verbose)
                submit_next()
    except _NothingToTest:
        pass
    except KeyboardInterrupt:
        interrupted = True
        children.stop_all()
        print("\ninterrupted: the running tests are stopped (the source tree was never changed)", file=sys.stderr)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        children.close()
    chosen_done = [m for m in chosen if m.id in outcomes and outcomes[m.id].detail != "interrupted"]
    outcomes = {m.id: outcomes[m.id] for m in chosen_done}
    areas = summarise(chosen_done, outcomes)
    meta = {
        "command": " ".join(["scripts/mutate.py", *(argv if argv is not None else sys.argv[1:])]),
        "commit": commit, "started": started, "seconds": time.monotonic() - start,
        "baseline_seconds": baseline.seconds if baseline else 0.0, "workers": args.workers,
        "total": len(mutants), "equivalent": len(mutants) - len(candidates), "selected": len(chosen),
        "sample": args.sample, "seed": args.seed,
        "threshold": threshold, "baseline_failing": baseline.failing if baseline else [],
        "interrupted": interrupted, "operators": OPERATORS, "scope": [str(f.relative_to(ROOT)) for f in files],
    }
    write_report(args.report_dir, meta, chosen_done, outcomes, areas)
    print()
    for name, row in areas.items():
        print(f"{name:14} {row['score']:5.1f} %  ({row['killed'] + row['timeout']:.0f} of {row['mutants']:.0f} "
              f"killed; {row['survived'] + row['not_covered']:.0f} survived, {row['error']:.0f} errors)")
    print(f"report: {args.report_dir / 'report.md'}  ({meta['seconds']:.0f} s)")
    shutil.rmtree(_CACHE, ignore_errors=True)
    if interrupted:
        return 130
    score = areas.get("all", {}).get("score", 0.0)
    if score < threshold:
        print(f"FAILED: {score} % of the mutants killed, below the threshold of {threshold} %", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
