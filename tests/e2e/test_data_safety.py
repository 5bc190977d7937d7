"""End to end: the real program killed mid-edit, a damaged database, a case left open by a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spinemet_desktop.model import Case, Patient
from spinemet_desktop.store import CaseStore, open_store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINEMET_DATA_DIR": str(data_dir),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def smoke_test(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spinemet_desktop", "--smoke-test"], capture_output=True,
                          text=True, env=_env(data_dir), timeout=120, check=False)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killed_while_typing_then_the_next_start_recovers_every_edit(data_dir: Path) -> None:
    typed = "Kill-Recover-Müller"
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "e2e" / "crash_driver.py"), typed],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(data_dir))
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("typed "), (line, proc.stderr.read() if proc.stderr else "")
        case_id = line.split()[1]
        time.sleep(1.5)  # edits are on disk at most one second after they were made
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store = CaseStore()
    assert store.get(case_id).patient.surname == typed
    assert [h.case_id for h in store.abandoned_cases()] == [case_id]
    assert any(e.field == "patient.surname" and e.new == typed for e in store.audit(case_id))
    store.close()

    result = smoke_test(data_dir)
    assert result.returncode == 0, result.stderr
    assert f"recovered case {case_id}" in result.stdout
    assert "not closed properly" in result.stdout
    store = CaseStore()
    assert store.abandoned_cases() == []  # closed cleanly this time: nothing to recover next start
    store.close()
    assert "recovered" not in smoke_test(data_dir).stdout


def test_a_garbage_database_does_not_stop_the_program_and_is_kept(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    garbage = os.urandom(4096) + b"this is not an SQLite database"
    (data_dir / "cases.sqlite3").write_bytes(garbage)
    result = smoke_test(data_dir)
    assert result.returncode == 0, result.stderr
    assert "damaged database moved to" in result.stderr
    kept = list((data_dir / "damaged").glob("cases-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    opened = open_store(data_dir / "cases.sqlite3")  # the new database is sound and usable
    assert opened.damaged is None
    opened.store.create(Case(patient=Patient(surname="After")))
    opened.store.close()
