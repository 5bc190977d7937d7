"""Benchmarks of spinemet-desktop on this machine (not tests: nothing here asserts a time).

    python benchmarks/run.py                 all benchmarks, a table
    python benchmarks/run.py --json          one JSON object
    python benchmarks/run.py --only isncsci  selected benchmarks (comma-separated)

Whole-process figures (start-up) are medians of interleaved A/B runs against a bare PySide6
script in the same run, after a warm-up, so that the ratio does not depend on the machine's
speed. In-process figures are medians (and 95th percentiles where the issue asks for them)
of many repetitions. See benchmarks/README.md for the latest figures and targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.conformance.isncsci_json (the shared-case loader)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {  # issue 26
    "startup_ratio": ("<=", 1.3),
    "startup_peak_rss_ratio": ("<=", 1.3),
    "open_case_ms": ("<=", 250.0),
    "assess_ms": ("<=", 1.0),
    "edit_to_panel_ms_p95": ("<=", 8.0),
    "isncsci_ms": ("<=", 0.08),
    "isncsci_cold_ms": ("<=", 0.08),
    "store_search_ms": ("<=", 5.0),
    "store_search_ms_100k": ("<=", 20.0),
    "store_startup_check_ms": ("<=", 20.0),
    "pdf_ms": ("<=", 100.0),
    "bundle_startup_ratio": ("<=", 1.0),
    "bundle_size_mib": ("<=", 200.0),
    "pg_store_search_ms": ("<=", 20.0),
    "pg_store_save_ms": ("<=", 50.0),
    "keys_to_urgency": ("<=", 40),
    "keys_to_complete_case": ("<=", 400),
}


def _median_ms(samples_ns: list[int]) -> float:
    return statistics.median(samples_ns) / 1e6


def _p95_ms(samples_ns: list[int]) -> float:
    ordered = sorted(samples_ns)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] / 1e6


def _repeat(fn: Callable[[], object], runs: int, clock: Callable[[], int] = time.perf_counter_ns) -> list[int]:
    samples = []
    for _ in range(runs):
        t0 = clock()
        fn()
        samples.append(clock() - t0)
    return samples


# -- whole process ---------------------------------------------------------------------------
def _app_command() -> list[str]:
    script = Path(sys.executable).parent / ("spinemet-desktop.exe" if os.name == "nt" else "spinemet-desktop")
    if script.exists():
        return [str(script), "--smoke-test"]
    return [sys.executable, "-m", "spinemet_desktop", "--smoke-test"]


# Runs the command and reports its wall time and peak memory. It runs in its own small Python
# process because on Linux a child's ru_maxrss starts at the RSS of the process that forked it:
# forked from this benchmark process (with Qt loaded) every child would look as big as we are.
_MEASURE = """
import json, os, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if hasattr(os, "wait4"):
    _pid, status, usage = os.wait4(proc.pid, 0)
    ms = (time.perf_counter() - t0) * 1000
    code = os.waitstatus_to_exitcode(status)
    kib = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
else:
    code = proc.wait()
    ms = (time.perf_counter() - t0) * 1000
    kib = None
err = proc.stderr.read().decode(errors="replace")[-2000:]
print(json.dumps({"ms": ms, "kib": kib, "code": code, "stderr": err}))
"""


def _process_env(data: str) -> dict[str, str]:
    """The environment of a measured program run: offscreen Qt, its own data folder, byte code."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SPINEMET_DATA_DIR": data}
    # An installed program runs from byte code (pip compiles it at install); without this a
    # PYTHONDONTWRITEBYTECODE in the environment would make every run compile the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_process(command: list[str], env: dict[str, str]) -> tuple[float, int | None]:
    """Wall time in ms and peak resident memory in KiB (None where the OS cannot tell)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, capture_output=True,
                         text=True, check=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result['code']}): {result['stderr']}")
    return result["ms"], result["kib"]


def bench_startup(runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as data:
        env = _process_env(data)
        commands = {"app": _app_command(), "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_qt.py")],
                    # The floor: the first window's widgets from Qt alone (benchmarks/qt_floor.py).
                    "floor": [sys.executable, str(ROOT / "benchmarks" / "qt_floor.py")]}
        for command in commands.values():  # warm-up: file cache, first store creation, .pyc files
            _run_process(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[int]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved A/B/C
            for name, command in commands.items():
                ms, kib = _run_process(command, env)
                times[name].append(ms)
                if kib is not None:
                    rss[name].append(kib)
    app_ms, bare_ms, floor_ms = (statistics.median(times[name]) for name in ("app", "bare", "floor"))
    out: dict[str, object] = {
        "startup_app_ms": round(app_ms, 1),
        "startup_bare_qt_ms": round(bare_ms, 1),
        "startup_ratio": round(app_ms / bare_ms, 3),
        "startup_qt_floor_ms": round(floor_ms, 1),
        "startup_qt_floor_ratio": round(floor_ms / bare_ms, 3),
        "startup_runs": runs,
        "startup_command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(commands["app"])),
    }
    if rss["app"] and rss["bare"] and rss["floor"]:
        app_mib, bare_mib, floor_mib = (max(rss[name]) / 1024 for name in ("app", "bare", "floor"))
        out.update(startup_peak_rss_mib=round(app_mib, 1), startup_bare_peak_rss_mib=round(bare_mib, 1),
                   startup_peak_rss_ratio=round(app_mib / bare_mib, 3),
                   startup_qt_floor_peak_rss_ratio=round(floor_mib / bare_mib, 3))
    return out


def _bundle_executable(folder: Path) -> Path:
    for name in ("spinemet-desktop", "spinemet-desktop.exe", "spinemet-desktop.app/Contents/MacOS/spinemet-desktop"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"no spinemet-desktop executable in {folder} (build it: packaging/build.sh)")


def bench_bundle(folder: Path, runs: int) -> dict[str, object]:
    """The PyInstaller bundle against the installed package: start-up (interleaved A/B, same
    smoke test, same empty store) and the unpacked size on disk."""
    executable = _bundle_executable(folder)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    with tempfile.TemporaryDirectory() as data:
        env = _process_env(data)
        commands = {"bundle": [str(executable), "--smoke-test"], "package": _app_command()}
        for command in commands.values():
            _run_process(command, env)  # warm-up
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_run_process(command, env)[0])
    bundle_ms, package_ms = statistics.median(times["bundle"]), statistics.median(times["package"])
    return {"bundle_startup_ms": round(bundle_ms, 1), "bundle_package_startup_ms": round(package_ms, 1),
            "bundle_startup_ratio": round(bundle_ms / package_ms, 3), "bundle_runs": runs,
            "bundle_size_mib": round(size / 2**20, 1)}


# -- in process ------------------------------------------------------------------------------
def _examples():  # type: ignore[no-untyped-def]
    from spinemet_desktop.ui.app import example_cases

    return example_cases()


def bench_assess(runs: int) -> dict[str, object]:
    from datetime import datetime

    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time

    per_case, cpu = {}, {}
    for case in _examples():
        as_of = reference_time(case, datetime.now().astimezone())
        assess(case, as_of)  # warm-up
        key = case.patient.record_number or case.id
        per_case[key] = round(_median_ms(_repeat(lambda c=case, t=as_of: assess(c, t), runs)), 3)
        # CPU time of this thread: what the work costs whatever else the machine runs.
        cpu[key] = round(_median_ms(_repeat(lambda c=case, t=as_of: assess(c, t), runs, clock=time.thread_time_ns)), 3)
    return {"assess_ms": max(per_case.values()), "assess_ms_per_case": per_case,
            "assess_cpu_ms": max(cpu.values())}


# The classifier cold, in a fresh process: import it (the model and pydantic are imported by the
# shared-case loader afterwards, as the caller that builds the input), then classify each exam once,
# without warm-up. CPU time of the process for the import, as the machine may be shared.
_ISNCSCI_COLD = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
w0, c0 = time.perf_counter_ns(), time.process_time_ns()
from spinemet_desktop.clinical.isncsci import classify
import_ms, import_cpu_ms = (time.perf_counter_ns() - w0) / 1e6, (time.process_time_ns() - c0) / 1e6
from tests.conformance.isncsci_json import load_cases, values_from_praxis
exams = [values_from_praxis(case) for _id, case in load_cases()]
first = []
for values in exams:
    t0 = time.perf_counter_ns()
    classify(values)
    first.append(time.perf_counter_ns() - t0)
print(json.dumps({"import_ms": import_ms, "import_cpu_ms": import_cpu_ms,
                  "cold_ms": statistics.median(first) / 1e6, "cold_total_ms": sum(first) / 1e6}))
"""


def bench_isncsci(runs: int) -> dict[str, object]:
    from spinemet_desktop.clinical.isncsci import classify
    from tests.conformance.isncsci_json import load_cases, values_from_praxis

    cases = [case for _id, case in load_cases()]
    exams = [values_from_praxis(case) for case in cases]
    for values in exams:
        classify(values)
    medians = [_median_ms(_repeat(lambda v=v: classify(v), runs)) for v in exams]
    cpu = [_median_ms(_repeat(lambda v=v: classify(v), runs, clock=time.thread_time_ns)) for v in exams]
    # The same with the model input built from the reference's JSON each time (pydantic validation).
    with_input = [_median_ms(_repeat(lambda c=c: classify(values_from_praxis(c)), runs)) for c in cases]
    cold = [json.loads(subprocess.run([sys.executable, "-c", _ISNCSCI_COLD, str(ROOT)], env=_process_env(""),
                                      capture_output=True, text=True, check=True).stdout) for _ in range(5)]
    return {"isncsci_ms": round(statistics.median(medians), 4), "isncsci_cpu_ms": round(statistics.median(cpu), 4),
            "isncsci_ms_slowest_exam": round(max(medians), 4), "isncsci_exams": len(exams),
            "isncsci_with_input_ms": round(statistics.median(with_input), 4),
            "isncsci_cold_ms": round(statistics.median(c["cold_ms"] for c in cold), 4),
            "isncsci_cold_total_ms": round(statistics.median(c["cold_total_ms"] for c in cold), 2),
            "isncsci_import_ms": round(statistics.median(c["import_ms"] for c in cold), 1),
            "isncsci_import_cpu_ms": round(statistics.median(c["import_cpu_ms"] for c in cold), 1)}


def bench_edit_to_panel(runs: int) -> dict[str, object]:
    """Key press in the worksheet grid -> recomputed assessment -> side panel repainted."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as data:
        os.environ["SPINEMET_DATA_DIR"] = data
        from spinemet_desktop.store import CaseStore
        from spinemet_desktop.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        store = CaseStore()
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        window.show_case(_examples()[0])
        editor = window.editor
        editor.go_to("neurology")
        grid = editor.current_page().grid
        grid.setFocus()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        # Count the assessments, not keep them: the program holds only the latest, and keeping every
        # one here made the garbage collector's full passes (50-70 ms) part of the measurement.
        seen = [0]
        editor.assessment_changed.connect(lambda _assessment: seen.__setitem__(0, seen[0] + 1))
        samples, cpu = [], []
        for i in range(runs + 5):
            grid.setCurrentCell(3, 0)  # right C5 (elbow flexors): 5 <-> 2 changes the motor level
            before = seen[0]
            t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
            QTest.keyClick(grid, Qt.Key.Key_2 if i % 2 == 0 else Qt.Key.Key_5)
            while seen[0] == before:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            editor.side_panel.repaint()
            if i >= 5:  # warm-up
                samples.append(time.perf_counter_ns() - t0)
                cpu.append(time.thread_time_ns() - c0)
        cells = [[(grid.item(r, c).text() if grid.item(r, c) else "") for c in range(grid.columnCount())]
                 for r in range(grid.rowCount())]
        panel = (editor.side_panel.urgency.text(), editor.side_panel.details.text(), editor.side_panel.width())
        editor.flush()
        window.close()
        store.close()
    floor = _edit_floor(app, cells, *panel, runs)
    return {"edit_to_panel_ms": round(_median_ms(samples), 2), "edit_to_panel_ms_p95": round(_p95_ms(samples), 2),
            "edit_to_panel_cpu_ms": round(_median_ms(cpu), 2), "edit_to_panel_cpu_ms_p95": round(_p95_ms(cpu), 2),
            "edit_to_panel_presses": len(samples),
            "edit_to_panel_qt_floor_ms": round(_median_ms(floor), 2),
            "edit_to_panel_qt_floor_ms_p95": round(_p95_ms(floor), 2)}


def _edit_floor(app, cells: list[list[str]], urgency: str, html: str, panel_width: int,  # type: ignore[no-untyped-def]
                runs: int) -> list[int]:
    """The same presses in Qt alone (benchmarks/qt_floor.py ``EditFloor``): the key event, the cell
    and the panel, holding the program's last text, repainted; nothing computed or laid out."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from qt_floor import EditFloor
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    window = EditFloor(cells, urgency, html, panel_width)
    window.show()
    window.grid.setFocus()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    samples = []
    for i in range(runs + 5):
        window.grid.setCurrentCell(3, 0)
        t0 = time.perf_counter_ns()
        QTest.keyClick(window.grid, Qt.Key.Key_2 if i % 2 == 0 else Qt.Key.Key_5)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        window.panel.repaint()
        if i >= 5:
            samples.append(time.perf_counter_ns() - t0)
    window.close()
    return samples


# One user's first case of a session, in a fresh process: the program's first window (the case
# list of a store holding the example cases) is shown as at start; then the user selects the first
# row and presses Enter, and the clock runs until the editor is ready for typing: shown, the focus
# on its first page, the case assessed (side panel filled) and the window repainted. Mode "now":
# the case is chosen at once (before the editor warm-up the program runs 150 ms after start: the
# model, the clinical code and the pages are loaded and built after the press); mode "warm": the
# user chooses after the warm-up has run, as anyone who reads the list for a moment does.
_OPEN_CASE = """
import json, sys, time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from spinemet_desktop.ui import app as program, language
from spinemet_desktop.ui.main_window import MainWindow

qt = QApplication([])
language.install(language.chosen_language())
store, _damage = program._open_store(True)  # as the program opens it
window = MainWindow(store)
window.show()
qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
if sys.argv[1] == "warm":
    QTimer.singleShot(program.EDITOR_WARM_UP_MS, lambda: program._check_forms(window, headless=False) and window.editor.build_pages_while_idle())
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert window._editor is not None, "the warm-up did not build the editor"
table = window.case_list.table
table.setFocus()
table.selectRow(0)
qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
t0 = time.perf_counter_ns()
QTest.keyClick(table, Qt.Key.Key_Return)
while True:
    qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    editor = window._editor
    if (editor is not None and window.stack.currentWidget() is editor and editor.assessment is not None
            and editor.isAncestorOf(qt.focusWidget())):
        break
window.repaint()
ms = (time.perf_counter_ns() - t0) / 1e6
opened = window.open_case_id
editor.close_case()
store.close()
print(json.dumps({"ms": ms, "case": opened}))
"""


def bench_open_case(runs: int) -> dict[str, object]:
    """From choosing a case in the list (Enter) to the editor ready for typing, first case of a
    session: fresh processes, median of ``runs`` each, at once and after the editor warm-up."""
    with tempfile.TemporaryDirectory() as data:
        env = _process_env(data)
        fill = ("from spinemet_desktop.store import CaseStore\n"
                "from spinemet_desktop.ui.app import example_cases\n"
                "s = CaseStore(); s.save_many(example_cases()); s.close()")
        subprocess.run([sys.executable, "-c", fill], env=env, check=True, capture_output=True)
        samples: dict[str, list[float]] = {"now": [], "warm": []}
        for i in range(runs + 1):
            for mode, times in samples.items():
                out = subprocess.run([sys.executable, "-c", _OPEN_CASE, mode], env=env, check=True,
                                     capture_output=True, text=True)
                if i:  # the first of each is a warm-up (file cache, byte code)
                    times.append(json.loads(out.stdout.strip().splitlines()[-1])["ms"])
    return {"open_case_ms": round(statistics.median(samples["now"]), 1),
            "open_case_after_warm_up_ms": round(statistics.median(samples["warm"]), 1),
            "open_case_runs": runs}


def bench_pdf(runs: int) -> dict[str, object]:
    """In-process: build the referral PDF of each example (assessment done once); whole process:
    the ``report`` command, A/B against the bare Qt script like start-up."""
    from datetime import datetime

    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.report.pdf import build_referral_pdf

    per_case, cpu = {}, {}
    for case in _examples():
        a = assess(case, reference_time(case, datetime.now().astimezone()))
        for language in ("en", "de"):
            build_referral_pdf(case, a, language=language)  # warm-up: fonts, catalogue
            key = f"{case.patient.record_number or case.id}-{language}"
            per_case[key] = round(_median_ms(_repeat(
                lambda c=case, x=a, lang=language: build_referral_pdf(c, x, language=lang), runs)), 1)
            cpu[key] = _median_ms(_repeat(lambda c=case, x=a, lang=language: build_referral_pdf(c, x, language=lang),
                                          runs, clock=time.thread_time_ns))
    example = ROOT / "resources" / "examples" / "breast-t10-mscc.json"
    with tempfile.TemporaryDirectory() as out:
        env = {**os.environ, "SPINEMET_DATA_DIR": out}
        command = [*_app_command()[:-1], "report", str(example), "-o", str(Path(out) / "r.pdf"), "--lang", "de"]
        _run_process(command, env)
        process = [_run_process(command, env)[0] for _ in range(5)]
    return {"pdf_ms": round(statistics.median(per_case.values()), 1), "pdf_ms_slowest": max(per_case.values()),
            "pdf_ms_per_case": per_case, "pdf_cpu_ms": round(statistics.median(cpu.values()), 1),
            "pdf_report_command_ms": round(statistics.median(process), 1)}


def _generated_cases(n: int):  # type: ignore[no-untyped-def]
    """n plausible cases (names, record numbers, one exam copied from an example)."""
    import random
    from uuid import uuid4

    rng = random.Random(20261121)
    surnames = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann"]
    given = ["Anna", "Maria", "Peter", "Klaus", "Ursula", "Hans", "Monika", "Jürgen", "Petra", "Thomas"]
    templates = _examples()
    for i in range(n):
        template = templates[i % len(templates)]
        patient = template.patient.model_copy(update={
            "surname": f"{rng.choice(surnames)}-{i}", "given_name": rng.choice(given),
            "record_number": f"PID-{i:07d}"})
        yield template.model_copy(update={"id": uuid4().hex, "patient": patient})


def _fill(store, n: int) -> None:  # type: ignore[no-untyped-def]
    batch: list = []
    for case in _generated_cases(n):
        batch.append(case)
        if len(batch) == 1000:
            store.save_many(batch)
            batch = []
    if batch:
        store.save_many(batch)


SEARCH_QUERIES = ["müller", "pid-0004", "anna schmidt", "zzz-no-match", ""]


def bench_store(sizes: list[int], runs: int) -> dict[str, object]:
    from spinemet_desktop.store import CaseStore, open_store

    out: dict[str, object] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as data:
            path = Path(data) / "cases.sqlite3"
            store = CaseStore(path)
            _fill(store, n)
            store.close()
            checked = []
            for _ in range(5):  # as the app starts: open with the start-up check
                t0 = time.perf_counter_ns()
                open_store(path).store.close()
                checked.append(time.perf_counter_ns() - t0)
            t0 = time.perf_counter_ns()
            store = CaseStore(path)
            open_ms = (time.perf_counter_ns() - t0) / 1e6
            t0 = time.perf_counter_ns()
            store.full_check()  # in a background thread after start
            full_check_ms = (time.perf_counter_ns() - t0) / 1e6
            mib = path.stat().st_size / 2**20
            for q in SEARCH_QUERIES:
                store.list_cases(q)  # warm-up
            search = [_median_ms(_repeat(lambda q=q, s=store: s.list_cases(q), runs)) for q in SEARCH_QUERIES]
            # The same in CPU time of this thread (SQLite runs in it): what the search costs whatever
            # else the machine is doing (wall time grows with the load of other processes).
            search_cpu = [_median_ms(_repeat(lambda q=q, s=store: s.list_cases(q), runs, clock=time.thread_time_ns))
                          for q in SEARCH_QUERIES]
            middle = store.list_cases(limit=50)[25 if n > 25 else 0].id
            get = _median_ms(_repeat(lambda s=store, i=middle: s.get(i), runs))
            store.close()
        key = f"{n // 1000}k" if n % 1000 == 0 else str(n)
        out[f"store_{key}"] = {"open_ms": round(open_ms, 2), "open_checked_ms": round(_median_ms(checked), 2),
                               "full_check_ms": round(full_check_ms, 1), "file_mib": round(mib, 1),
                               "search_ms_median": round(statistics.median(search), 2),
                               "search_ms_worst_query": round(max(search), 2),
                               "search_ms_per_query": dict(zip(SEARCH_QUERIES, (round(x, 2) for x in search),
                                                               strict=True)),
                               "search_cpu_ms_per_query": dict(zip(SEARCH_QUERIES, (round(x, 2) for x in search_cpu),
                                                                   strict=True)),
                               "open_case_ms": round(get, 3)}
    main = next((v for k, v in out.items() if k == "store_10k"), None) or next(iter(out.values()))
    out["store_search_ms"] = main["search_ms_worst_query"]  # type: ignore[index]
    out["store_search_cpu_ms"] = max(main["search_cpu_ms_per_query"].values())  # type: ignore[index]
    out["store_open_case_ms"] = main["open_case_ms"]  # type: ignore[index]
    largest = out[f"store_{max(sizes) // 1000}k" if max(sizes) % 1000 == 0 else f"store_{max(sizes)}"]
    out["store_startup_check_ms"] = largest["open_checked_ms"]  # type: ignore[index]
    out["store_startup_check_cases"] = max(sizes)
    if "store_100k" in out:
        out["store_search_ms_100k"] = out["store_100k"]["search_ms_worst_query"]  # type: ignore[index]
        out["store_search_cpu_ms_100k"] = max(out["store_100k"]["search_cpu_ms_per_query"].values())  # type: ignore[index]
    return out


def bench_store_pg(sizes: list[int], runs: int) -> dict[str, object]:
    """The clinic server (issue 25): a throwaway PostgreSQL cluster of this machine, durable as in
    production (fsync, synchronous commit), reached over TCP on the loopback interface, filled with
    n generated cases; search (the five queries of the store benchmark), open a case (read it and
    take its lock), and save an open case (one field changed: version check, update, audit entry,
    commit) as the editor does."""
    from tests.pgserver import Cluster, binaries, wait_until_accepting

    if binaries() is None:
        raise SystemExit("store_pg needs PostgreSQL (initdb, pg_ctl); none found")
    from spinemet_desktop.store.postgres import PostgresStore

    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="spinemet-bench-pg-", dir="/tmp") as folder, \
            tempfile.TemporaryDirectory() as data:
        os.environ["SPINEMET_DATA_DIR"] = data
        cluster = Cluster(Path(folder), durable=True)  # its own folder: handed to "nobody" under root
        cluster.start()
        try:
            wait_until_accepting(cluster.tcp_url)
            import psycopg

            for n in sizes:
                with psycopg.connect(cluster.tcp_url, autocommit=True) as admin:
                    admin.execute(f"CREATE DATABASE bench_{n}")
                url = cluster.tcp_url.rsplit("/", 1)[0] + f"/bench_{n}"
                store = PostgresStore(url)
                t0 = time.perf_counter()
                _fill(store, n)
                fill_s = time.perf_counter() - t0
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("VACUUM ANALYZE spinemet.cases")
                    mib = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20
                for q in SEARCH_QUERIES:
                    store.list_cases(q)  # warm-up: plans, cache
                search = [_median_ms(_repeat(lambda q=q, s=store: s.list_cases(q), runs)) for q in SEARCH_QUERIES]
                ids = iter([c.id for c in store.list_cases(limit=runs + 1)])

                def open_case(s: PostgresStore = store, pending: Iterator[str] = ids) -> None:
                    case_id = next(pending)  # a different case each time
                    s.get(case_id)
                    s.lock(case_id).release()

                open_ms = _median_ms(_repeat(open_case, runs))
                case = store.get(next(ids))
                lock = store.lock(case.id)
                saves = []
                for i in range(runs):
                    case.history.pain_nrs = i % 11
                    t = time.perf_counter_ns()
                    case = store.save(case)
                    saves.append(time.perf_counter_ns() - t)
                lock.release()
                store.close()
                key = f"{n // 1000}k" if n % 1000 == 0 else str(n)
                out[f"pg_store_{key}"] = {
                    "fill_s": round(fill_s, 1), "database_mib": round(mib, 1),
                    "search_ms_median": round(statistics.median(search), 2),
                    "search_ms_worst_query": round(max(search), 2),
                    "search_ms_per_query": dict(zip(SEARCH_QUERIES, (round(x, 2) for x in search), strict=True)),
                    "open_case_ms": round(open_ms, 2), "save_ms_median": round(_median_ms(saves), 2),
                    "save_ms_p95": round(_p95_ms(saves), 2)}
        finally:
            cluster.stop()
    main = out[next(k for k in out if k.startswith("pg_store_"))]
    out["pg_store_search_ms"] = main["search_ms_worst_query"]  # type: ignore[index]
    out["pg_store_open_case_ms"] = main["open_case_ms"]  # type: ignore[index]
    out["pg_store_save_ms"] = main["save_ms_p95"]  # type: ignore[index]
    return out


def bench_inputs() -> dict[str, object]:
    """The work a person does (issue 23): key presses and clicks from a new case to the urgency and to
    a complete case, counted by a pytest-qt run of benchmarks/input_driver.py (counts, not times)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "inputs.json"
        env = {**os.environ, "SPINEMET_INPUTS_OUT": str(out), "SPINEMET_DATA_DIR": folder,
               "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
                        str(ROOT / "benchmarks" / "input_driver.py")],
                       cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=600)
        return dict(json.loads(out.read_text(encoding="utf-8")))


BENCHMARKS: dict[str, Callable[[argparse.Namespace], dict[str, object]]] = {
    "startup": lambda a: bench_startup(a.process_runs),
    "assess": lambda a: bench_assess(a.runs),
    "isncsci": lambda a: bench_isncsci(a.runs),
    "edit": lambda a: bench_edit_to_panel(a.presses),
    "open_case": lambda a: bench_open_case(a.process_runs),
    "store": lambda a: bench_store(a.store_sizes, 21),
    "pdf": lambda a: bench_pdf(max(5, a.runs // 20)),
    "bundle": lambda a: bench_bundle(a.bundle, a.process_runs),
    "store_pg": lambda a: bench_store_pg(a.pg_sizes, 51),
    "inputs": lambda a: bench_inputs(),
}
#: Run only when asked for (a built bundle; PostgreSQL and some minutes to fill 100,000 cases).
ON_REQUEST = {"bundle", "store_pg"}


def machine() -> dict[str, object]:
    from PySide6 import __version__ as pyside

    from spinemet_desktop import __version__

    return {"python": platform.python_version(), "pyside6": pyside, "spinemet_desktop": __version__,
            "platform": platform.platform(), "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", default=",".join(b for b in BENCHMARKS if b not in ON_REQUEST),
                        help="comma-separated: " + ", ".join(BENCHMARKS) + " (bundle needs --bundle)")
    parser.add_argument("--runs", type=int, default=200, help="repetitions of in-process timings")
    parser.add_argument("--process-runs", type=int, default=7, help="A/B pairs for start-up (>= 5)")
    parser.add_argument("--presses", type=int, default=100, help="key presses for edit_to_panel")
    parser.add_argument("--store-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1000, 10000],
                        help="case counts for the store benchmark, e.g. 1000,10000,100000")
    parser.add_argument("--pg-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[100000],
                        help="case counts for the clinic-server benchmark (store_pg)")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "spinemet-desktop",
                        help="the PyInstaller bundle folder for the bundle benchmark")
    args = parser.parse_args(argv)
    selected = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(selected) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    results: dict[str, object] = {"machine": machine()}
    for name in selected:
        results.update(BENCHMARKS[name](args))
    results["targets"] = {
        key: {"target": f"{op} {limit}", "met": results[key] <= limit}  # type: ignore[operator]
        for key, (op, limit) in TARGETS.items() if key in results
    }
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for key, value in results.items():
            print(f"{key:28} {json.dumps(value, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
