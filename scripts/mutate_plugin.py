"""pytest plugin of scripts/mutate.py; loaded with ``-p mutate_plugin`` (scripts/ on PYTHONPATH).

With ``SPINEMET_MUTANT`` set it puts an import hook in front of Python's finders that serves the
mutated module, compiled in memory from the mutated syntax tree; nothing is written to disk. With
``SPINEMET_MUTATION_TRACE`` set it records which lines of the scope each test executes (and which
run while modules are imported) and how long each test takes.

In both modes Hypothesis runs derandomised and without its example database, so that a mutant
meets the same examples in every run and nothing is written into the tree.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import sys
import threading
import time
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import pytest

_MUTANT = json.loads(os.environ["SPINEMET_MUTANT"]) if os.environ.get("SPINEMET_MUTANT") else None
_TRACE = os.environ.get("SPINEMET_MUTATION_TRACE")
_STATUS = os.environ.get("SPINEMET_MUTATION_STATUS")
_ROOT = Path(__file__).resolve().parents[1]
_failed: list[str] = []
_error: list[str] = []


# -- the mutant --------------------------------------------------------------------------------


class _MutantLoader(importlib.abc.Loader):
    def __init__(self, code: Any) -> None:
        self.code = code

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        exec(self.code, module.__dict__)  # noqa: S102 - the mutated module itself


class _MutantFinder(importlib.abc.MetaPathFinder):
    def __init__(self, module: str, path: Path, code: Any) -> None:
        self.module, self.path, self.code = module, path, code

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.module:
            return None
        package = [str(self.path.parent)] if self.path.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, self.path, loader=_MutantLoader(self.code),
                                                      submodule_search_locations=package)


def _install_mutant(spec: dict[str, Any]) -> None:
    from mutate import mutated_code

    if spec["module"] in sys.modules:
        raise RuntimeError(f"{spec['module']} was imported before the mutant could be installed")
    code = mutated_code(Path(spec["path"]), spec["index"], spec["op"], spec["line"])
    sys.meta_path.insert(0, _MutantFinder(spec["module"], Path(spec["path"]), code))


if _MUTANT is not None:
    try:
        _install_mutant(_MUTANT)
    except Exception as exc:  # noqa: BLE001 - reported as an error of the tool, never as a kill
        _error.append(f"{type(exc).__name__}: {exc}")


# -- line tracing for the baseline --------------------------------------------------------------

_targets: dict[str, str] = {}
_current: dict[str, set[int]] | None = None
_import_lines: dict[str, set[int]] = {}
_lines: dict[str, dict[str, list[int]]] = {}
_durations: dict[str, float] = {}


def _record(frame: FrameType) -> None:
    rel = _targets[frame.f_code.co_filename]
    bucket = _current if _current is not None else _import_lines
    bucket.setdefault(rel, set()).add(frame.f_lineno)


def _local(frame: FrameType, event: str, arg: Any) -> Any:
    if event == "line":
        _record(frame)
    return _local


def _global(frame: FrameType, event: str, arg: Any) -> Any:
    if frame.f_code.co_filename in _targets:
        _record(frame)
        return _local
    return None


if _TRACE:
    for name in json.loads(os.environ.get("SPINEMET_MUTATION_TARGETS", "[]")):
        _targets[name] = Path(name).relative_to(_ROOT).as_posix()
    sys.settrace(_global)
    threading.settrace(_global)


# -- hooks -------------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    from hypothesis import HealthCheck, settings

    settings.register_profile("mutation", derandomize=True, database=None, deadline=None,
                              suppress_health_check=list(HealthCheck))
    settings.load_profile("mutation")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    global _current
    if _TRACE:
        _current = {}
    start = time.perf_counter()
    yield
    _durations[item.nodeid] = time.perf_counter() - start
    if _TRACE and _current is not None:
        _lines[item.nodeid] = {path: sorted(lines) for path, lines in _current.items()}
        _current = None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and report.nodeid not in _failed:
        _failed.append(report.nodeid)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.failed:
        _failed.append(f"{report.nodeid or '<collection>'} (collection error)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _TRACE:
        sys.settrace(None)
        threading.settrace(None)  # type: ignore[arg-type]
        Path(_TRACE).write_text(json.dumps({
            "durations": _durations,
            "failed": _failed,
            "lines": _lines,
            "import_lines": {path: sorted(lines) for path, lines in _import_lines.items()},
        }), encoding="utf-8")
    if _STATUS:
        imported = _MUTANT is not None and _MUTANT["module"] in sys.modules
        Path(_STATUS).write_text(json.dumps({
            "imported": imported,
            "failed": _failed[0] if _failed else None,
            "error": _error[0] if _error else None,
        }), encoding="utf-8")
