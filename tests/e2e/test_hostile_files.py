"""Issue 21 end to end: hostile case files, names and stores through the real command line and
the real program — refused with a reason, never a traceback, a hang or a lock-out."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import Case, case_from_json, case_to_json
from spinemet_desktop.model.case import LabResult
from spinemet_desktop.report.pdf import build_referral_pdf
from spinemet_desktop.store import CaseStore
from spinemet_desktop.store.recovery import FILENAME as RECOVERY_FILE
from spinemet_desktop.store.recovery import GIVE_UP_AFTER
from tests.conftest import EXAMPLES, ROOT

BREAST = next(p for p in EXAMPLES if "breast" in p.name)


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINEMET_DATA_DIR": str(data_dir),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])), **extra}


def cli(data_dir: Path, *args: str, timeout: float = 120,
        preexec: object = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spinemet_desktop", *args], capture_output=True, text=True,
                          env=_env(data_dir), timeout=timeout, check=False, preexec_fn=preexec)  # type: ignore[arg-type]


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr[-2000:]


# -- the referral always renders --------------------------------------------------------------------------

def _text(data: bytes) -> str:
    return " ".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.parametrize("language", ["de", "en"])
def test_texts_taller_than_a_page_flow_over_pages(language: str) -> None:
    case = case_from_json(BREAST.read_bytes())
    words = " ".join(f"Wort{i:04d}" for i in range(700))  # 6,300 characters, breakable
    case.encounter.question = words + " ENDE-FRAGE"
    case.notes = "X" * 19_990 + "ENDE"  # no place to break at all
    case.labs.results = [*case.labs.results, LabResult(
        analyte="protein_electrophoresis", text="\n".join(f"Fraktion {i}: {i % 7} g/l" for i in range(90)) + "\nENDE-ELPHO")]
    report = build_referral_pdf(case, assess(case, case.updated_at), language=language)
    text = _text(report.data)
    assert report.pages >= 3
    for marker in ("Wort0000", "Wort0699 ENDE-FRAGE", "ENDE-ELPHO"):
        assert marker in text
    squeezed = text.replace(" ", "")
    assert squeezed.count("X") >= 19_990 and "XENDE" in squeezed  # nothing lost where a text was cut


def test_the_cli_says_clearly_when_a_referral_fails(tmp_path: Path, data_dir: Path) -> None:
    case_file = tmp_path / "case.json"
    case = case_from_json(BREAST.read_bytes())
    case.encounter.question = "Frage " * 1_100
    case_file.write_text(case_to_json(case), encoding="utf-8")
    result = cli(data_dir, "report", str(case_file), "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


# -- every command refuses a bad file with a reason ------------------------------------------------------

def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "nested": b"[" * 200_000,
        "digits": b'{"schema_version": 1, "history": {"karnofsky": ' + b"7" * 5000 + b"}}",
        "year9999": BREAST.read_bytes().replace(b'"updated_at": "', b'"updated_at": "9999-12-31T00:00:00+00:00", "x_":"', 1),
        "duplicate": b'{"schema_version": 1, "id": "a", "id": "b"}',
        "slash-id": json.dumps({**json.loads(BREAST.read_bytes()), "id": "a/b"}).encode(),
        "no-unit": json.dumps({**json.loads(BREAST.read_bytes()), "labs": {"results": [
            {"analyte": "albumin", "value": 3.6}]}}).encode(),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.json"
        paths[name].write_bytes(data)
    if Path("/dev/zero").exists():
        paths["device"] = Path("/dev/zero")
    return paths


@pytest.mark.parametrize("command", ["scores", "trace", "report", "export-json", "export-fhir"])
def test_every_file_command_refuses_hostile_files_without_a_traceback(tmp_path: Path, data_dir: Path,
                                                                      command: str) -> None:
    for name, path in _bad_files(tmp_path).items():
        args = [command, str(path)] + (["-o", str(tmp_path / "out")] if command not in ("scores", "trace") else [])
        result = cli(data_dir, *args, timeout=60)
        _no_traceback(result)
        assert result.returncode != 0, (name, result.stdout[:300])
        assert result.stderr.startswith("spinemet-desktop:"), (name, result.stderr[:300])
        assert not (tmp_path / "out").exists()


def test_times_without_offset_are_exported_to_fhir(tmp_path: Path, data_dir: Path) -> None:
    doc = json.loads(BREAST.read_bytes())
    doc["encounter"]["assessed_at"] = "2026-06-01T10:00:00"
    doc["neuro_exams"][0]["examined_at"] = "2026-06-01T09:30:00"
    case_file = tmp_path / "naive.json"
    case_file.write_text(json.dumps(doc), encoding="utf-8")
    result = cli(data_dir, "export-fhir", str(case_file), "-o", str(tmp_path / "fhir.json"))
    _no_traceback(result)
    assert result.returncode == 0, result.stderr
    bundle = json.loads((tmp_path / "fhir.json").read_text(encoding="utf-8"))
    assert bundle["type"] == "document"


def test_import_and_list_for_support_staff(tmp_path: Path, data_dir: Path) -> None:
    bad = _bad_files(tmp_path)
    good = tmp_path / "good.json"
    good.write_bytes(BREAST.read_bytes())
    result = cli(data_dir, "import", "--json", str(good), str(bad["duplicate"]), str(bad["no-unit"]))
    _no_traceback(result)
    assert result.returncode == 2
    [new_id] = json.loads(result.stdout)
    assert "duplicate.json: refused:" in result.stderr and "appears twice" in result.stderr
    assert "no-unit.json: refused:" in result.stderr and "need their unit" in result.stderr
    result = cli(data_dir, "import", str(good))
    assert result.returncode == 0 and "imported as case" in result.stdout
    listed = json.loads(cli(data_dir, "list", "--json").stdout)
    assert new_id in [c["id"] for c in listed] and len(listed) == 2


def test_a_stored_row_with_a_year_9999_does_not_stop_the_list_or_the_start(data_dir: Path) -> None:
    store = CaseStore()
    case = store.create(Case())
    store._db.execute("UPDATE cases SET updated_at = '9999-12-31T23:59:59+00:00' WHERE id = ?", (case.id,))
    store.close()
    listed = cli(data_dir, "list", "--json")
    _no_traceback(listed)
    [row] = json.loads(listed.stdout)
    assert row["id"] == case.id and row["damaged"]
    started = cli(data_dir, "--smoke-test")
    _no_traceback(started)
    assert started.returncode == 0 and "(1 cases)" in started.stdout


# -- a name can crash nothing -------------------------------------------------------------------------------

def _memory_limit() -> None:  # pragma: no cover - runs in the child
    import resource

    limit = 2 * 1024 ** 3  # far more than the program needs, far less than reading /dev/zero takes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and /dev/zero")
def test_a_name_with_markup_is_opened_in_the_editor_under_a_memory_limit(data_dir: Path) -> None:
    store = CaseStore()
    case = case_from_json(BREAST.read_bytes())
    case.patient.surname = '<img src="/dev/zero">'
    case.patient.given_name = '<img src="file:///dev/zero"><font size=40>Big</font>'
    case.encounter.question = '<img src="/dev/zero"> <a href="file:///etc/passwd">x</a>'
    store.save(case)
    store.close()
    result = cli(data_dir, "--smoke-test", "--open", case.id, timeout=300, preexec=_memory_limit)
    _no_traceback(result)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"opened case {case.id} and visited all" in result.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS")
def test_the_largest_case_the_limits_allow_opens_in_the_editor(data_dir: Path) -> None:
    from tests.largest_case import largest_case

    case = largest_case()
    store = CaseStore()
    store.save(case)
    store.close()
    result = cli(data_dir, "--smoke-test", "--open", case.id, timeout=300, preexec=_memory_limit)
    _no_traceback(result)
    assert result.returncode == 0 and f"opened case {case.id} and visited all" in result.stdout, result.stderr


# -- start-up and the self-test -----------------------------------------------------------------------------

def test_the_self_test_fails_when_it_finds_a_damaged_store(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "cases.sqlite3").write_bytes(b"this is not a database" * 100)
    result = cli(data_dir, "--self-test", timeout=600)
    _no_traceback(result)
    assert result.returncode != 0
    assert "self-test: FAILED" in result.stderr and "damaged" in result.stderr


def test_a_missing_data_folder_on_a_missing_drive_is_said_clearly(tmp_path: Path) -> None:
    result = cli(tmp_path / "not-mounted" / "spinemet", "--smoke-test")
    _no_traceback(result)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "not-mounted").exists()


def test_a_case_that_ended_the_program_twice_is_not_reopened(data_dir: Path) -> None:
    store = CaseStore()
    case = store.create(Case())
    store.close()
    # A program that held the case open and ended without closing it.
    holder = f"import os\nfrom spinemet_desktop.store import CaseStore\nheld = CaseStore().lock({case.id!r}); os._exit(0)"
    subprocess.run([sys.executable, "-c", holder], env=_env(data_dir), check=True, timeout=60)
    (data_dir / RECOVERY_FILE).write_text(json.dumps({case.id: GIVE_UP_AFTER}), encoding="utf-8")
    result = cli(data_dir, "--smoke-test")
    _no_traceback(result)
    assert result.returncode == 0
    assert "has not been reopened" in result.stdout and "the case list (1 cases)" in result.stdout
