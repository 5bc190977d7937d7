"""Fork server of scripts/mutate.py: runs pytest for one mutant after another, each in a fresh fork.

Starting Python, pytest, Hypothesis, pydantic and the case model takes longer than most mutants'
tests. This process imports them once, from modules that no mutant changes, and then forks one
child per request; the child applies its mutant (``-p mutate_plugin``) and runs pytest. Nothing of
a child survives into the next one.

Protocol (one JSON object per line): request ``{"args", "env", "output", "timeout"}`` on stdin,
reply ``{"code": exit code or null on timeout, "seconds"}`` on stdout.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_child = 0


def _kill_child() -> None:
    if _child:
        try:
            os.killpg(_child, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _stop(signum: int, frame: object) -> None:
    _kill_child()
    os._exit(1)


def _run_child(request: dict) -> None:  # type: ignore[type-arg]
    code = 3
    try:
        os.setsid()
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.environ.clear()
        os.environ.update(request["env"])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        import pytest

        code = int(pytest.main(request["args"]))
    except BaseException as exc:  # noqa: BLE001 - reported through the exit code and the output
        print(f"mutate_server: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> None:
    global _child
    signal.signal(signal.SIGTERM, _stop)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))  # as `python -m pytest` run in the repository has it
    for name in json.loads(sys.argv[1]) if len(sys.argv) > 1 else []:
        importlib.import_module(name)
    import pytest  # noqa: F401 - imported once for every child

    for line in sys.stdin:
        request = json.loads(line)
        start = time.monotonic()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _run_child(request)
        _child = pid
        deadline = start + float(request["timeout"])
        code: int | None = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:
                _kill_child()
                os.waitpid(pid, 0)
                break
            time.sleep(0.01)
        _child = 0
        print(json.dumps({"code": code, "seconds": time.monotonic() - start}), flush=True)


if __name__ == "__main__":
    main()
