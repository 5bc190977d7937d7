"""A seeded mutation fuzzer for case files (issue 21), shared by the tests and by the larger run.

Each file is an example case mutated in one to four ways (mostly one, so that many files are accepted and assessed) — structurally (a value replaced by a
hostile one, a key deleted, a list grown, a key written twice) or as bytes (flipped, cut, inserted)
— from a ``random.Random`` seeded per file, so that a failure names the seed and file number that
make it again. :func:`check_file` feeds one file to every entry point that reads case files
without a window (the command line's reading, the store's import and its own load, the
assessment, the JSON and FHIR exports) and returns what happened; the editor is driven by
tests/ui/test_fuzz_editor.py.

The larger run (docs/security.md):  python -m tests.fuzz --files 5000 --seed 21
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES

AS_OF = datetime(2026, 6, 1, 12, tzinfo=UTC)
DOCS = [p.read_bytes() for p in EXAMPLES]
#: The time one file may take through every entry point before it counts as a hang.
HANG_SECONDS = 10.0

_HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1, 3, 0.5, -0.0, 1e308, -1e308, 10 ** 30, 2 ** 63, "", " ", "0", "3", "NT", "5*",
    "T10", "S4-5", "C0", "mmol/L", "g/L", "", "9999-12-31", "9999-12-31T23:59:59Z", "0001-01-01",
    "1899-12-31", "2100-12-31T23:59:59", "2026-02-30", "2026-06-01T10:00:00", "2026-06-01T10:00:00+14:00",
    "a/b", ".", "..", "x" * 65, "<img src=\"/dev/zero\">", "=HYPERLINK(\"http://x\")", "\u202eevil",
    "\x00", "\x07bell", "\ud800", "\ufffe", "A" * 201, "B" * 20_001, [], {}, [None], [[[[[[]]]]]],
    {"analyte": "albumin", "value": 3.6}, {"analyte": "calcium", "value": 3.1, "unit": "mmol/L"},
    {"analyte": "calcium", "value": 2.4, "unit": "mmol/L", "reference_low": 2.6, "reference_high": 2.2},
]
_RAW_VALUES = [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"9" * 5000, b"[" * 50 + b"]" * 50, b'"\\ud800"',
               b"0x10", b"01", b"true", b'"\\u0000"']


_SCALAR = re.compile(rb'"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null')


def json_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, as the keys and indexes that lead to it."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += json_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += json_paths(value, (*prefix, i))
    return found


def _structural(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    path = rng.choice([p for p in json_paths(doc) if p])
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    kind = rng.random()
    if kind < 0.35:
        del parent[key]
    elif kind < 0.42 and isinstance(parent[key], list) and parent[key]:
        parent[key] = parent[key] * rng.choice([2, 50, 300])  # ids repeat: the model must say so
    elif kind < 0.45 and isinstance(parent, dict):
        parent[f"{key}_extra"] = parent[key]  # an unknown key
    else:
        parent[key] = copy.deepcopy(rng.choice(_HOSTILE))
    return doc


def _as_bytes(doc: dict[str, Any], rng: random.Random) -> bytes:
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:  # a value only raw JSON can hold, in place of a scalar
        spots = [m.end() for m in re.finditer(rb": ", data)]
        if spots:
            at = rng.choice(spots)
            scalar = _SCALAR.match(data, at)
            if scalar is not None:
                data = data[:at] + rng.choice(_RAW_VALUES) + data[scalar.end():]
    if rng.random() < 0.1:  # a key written twice: the last would silently win
        spots = [i for i in range(len(data)) if data[i:i + 1] == b"{" and data[i + 1:i + 2] == b'"']
        if spots:
            at = rng.choice(spots) + 1
            close = data.find(b",", at)
            if close > 0:
                data = data[:at] + data[at:close + 1] + data[at:]
    for _ in range(rng.choice([0] * 7 + [1, 3])):  # bytes flipped, cut or inserted
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.random()
        if action < 0.4:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        elif action < 0.6:
            data = data[:at]
        else:
            data = data[:at] + rng.randbytes(rng.randrange(1, 8)) + data[at:]
    return data


def mutated(seed: int, number: int) -> bytes:
    """File ``number`` of the run seeded ``seed`` (the same bytes every time)."""
    rng = random.Random(f"{seed}/{number}")
    doc = json.loads(rng.choice(DOCS))
    for _ in range(rng.choice([1, 1, 1, 2, 4])):
        doc = _structural(doc, rng)
    return _as_bytes(doc, rng)


@dataclass
class Outcome:
    accepted: bool
    reason: str
    seconds: float


def run_cli(path: Path) -> bool:
    """``spinemet-desktop scores FILE`` in this process: it prints results or ends with its own
    message (SystemExit), never with another exception."""
    import contextlib
    import io
    import os

    from spinemet_desktop import cli

    umask = os.umask(0o022)
    os.umask(umask)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = cli.main(["scores", str(path), "--as-of", AS_OF.isoformat()])
        assert code == 0 and json.loads(out.getvalue())["case_id"]
        return True
    except SystemExit as exc:
        assert isinstance(exc.code, str) and exc.code.startswith("spinemet-desktop: "), exc.code
        return False
    finally:
        os.umask(umask)  # the command makes the process's files private; a test leaves it as it was


def check_file(path: Path, store: Any) -> Outcome:
    """Feed one file to every entry point; raise AssertionError (naming what differs) if one of them
    crashes, or if what one accepts differs from a clean load of the same case."""
    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.model import CaseFileError, case_from_json, case_to_json
    from spinemet_desktop.report.fhir import build_fhir_bundle
    from spinemet_desktop.report.results import assessment_to_dict, export_record
    from spinemet_desktop.store.files import read_case_file

    started = time.perf_counter()
    # the command line (scores, trace, report, export-*: cli._open) and the import read alike
    try:
        case = case_from_json(read_case_file(path))
    except CaseFileError as exc:
        reason = str(exc)
        assert reason.strip() and "Traceback" not in reason
        try:
            store.import_file(path)
        except CaseFileError as again:
            assert str(again) == reason, (reason, str(again))
        else:
            raise AssertionError(f"the store imported what the command line refused: {reason}")
        return Outcome(False, reason.split("\n")[-1][:120], time.perf_counter() - started)
    imported = store.import_file(path)
    loaded = store.get(imported.id)  # the store's own load
    assert loaded == imported.model_copy(update={"updated_at": loaded.updated_at}), \
        "the stored case differs from the imported one"
    # The file's case and the stored one agree but for the case's id (a copy gets a new one if the
    # id is taken), its time of saving, and what the model makes for what the file lacks (ids and
    # times from a default: the places where two readings of the same file differ).
    made = _differences(case, case_from_json(read_case_file(path))) | {("id",), ("updated_at",)}
    assert _differences(case, loaded) <= made, f"the stored case differs from the file at {_differences(case, loaded) - made}"
    assert case_from_json(case_to_json(case)) == case, "the case does not read back as written"
    clean = assessment_to_dict(assess(imported, AS_OF))
    again = assessment_to_dict(assess(loaded, AS_OF))
    assert json.dumps(clean, default=str, sort_keys=True) == json.dumps(again, default=str, sort_keys=True), \
        "the stored case is assessed differently from the imported one"
    text = json.dumps(export_record(case, assess(case, AS_OF)), default=str, allow_nan=False)
    assert "NaN" not in text and "Infinity" not in text
    build_fhir_bundle(case, assess(case, AS_OF), language="de")
    store.delete(loaded.id)
    return Outcome(True, "", time.perf_counter() - started)


def _differences(one: Any, other: Any) -> set[tuple[Any, ...]]:
    """The places where two cases differ (as their JSON documents)."""
    found: set[tuple[Any, ...]] = set()

    def walk(x: Any, y: Any, at: tuple[Any, ...]) -> None:
        if isinstance(x, dict) and isinstance(y, dict):
            for key in x.keys() | y.keys():
                walk(x.get(key), y.get(key), (*at, key))
        elif isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
            for i, (u, v) in enumerate(zip(x, y, strict=True)):
                walk(u, v, (*at, i))
        elif x != y:
            found.add(at)

    walk(one.model_dump(mode="json"), other.model_dump(mode="json"), ())
    return found


def run(files: int, seed: int, folder: Path, store: Any, report: bool = False) -> dict[str, Any]:
    """Generate and check ``files`` files; a summary (counts, reasons, slowest file)."""
    accepted = 0
    reasons: dict[str, int] = {}
    slowest = (0.0, -1)
    started = time.perf_counter()
    for number in range(files):
        path = folder / f"fuzz-{seed}-{number}.json"
        path.write_bytes(mutated(seed, number))
        try:
            outcome = check_file(path, store)
            if number % 5 == 0:  # the command line, in this process (a fifth of the files: it repeats the work)
                assert run_cli(path) == outcome.accepted, "the command line and the import disagree"
        except AssertionError as exc:
            raise AssertionError(f"file {number} of seed {seed} ({path}): {exc}") from exc
        except Exception as exc:  # a traceback is what the fuzzer looks for
            raise AssertionError(f"file {number} of seed {seed} ({path}): {type(exc).__name__}: {exc}") from exc
        assert outcome.seconds < HANG_SECONDS, f"file {number} of seed {seed} took {outcome.seconds:.1f} s"
        slowest = max(slowest, (outcome.seconds, number))
        if outcome.accepted:
            accepted += 1
        else:
            first_line = outcome.reason.split(":")[0][:60]
            reasons[first_line] = reasons.get(first_line, 0) + 1
        path.unlink()
        if report and number % 500 == 499:
            print(f"{number + 1} files, {accepted} accepted", file=sys.stderr)
    return {"files": files, "seed": seed, "accepted": accepted, "refused": files - accepted,
            "seconds": round(time.perf_counter() - started, 1), "slowest_seconds": round(slowest[0], 2),
            "slowest_file": slowest[1], "reasons": dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:15])}


def main() -> int:
    import os
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SPINEMET_DATA_DIR"] = str(Path(folder) / "data")
        from spinemet_desktop.store import CaseStore

        store = CaseStore()
        try:
            summary = run(args.files, args.seed, Path(folder), store, report=True)
        finally:
            store.close()
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
