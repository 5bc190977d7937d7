"""End to end: the store commands of the command line, on both stores (tests/conftest.py: backend).

``import``, ``list`` and ``--smoke-test --open`` work on the configured store: the workstation's
file, or the clinic's server named by SPINEMET_STORE_URL, exactly alike.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spinemet_desktop.present.pages import ENTRY_PAGES
from tests.conftest import EXAMPLES, Backend

pytestmark = pytest.mark.slow


def run(data_dir: Path, *args: str, store: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The program on the store of ``data_dir``, or on the one ``store`` (an environment) names."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINEMET_DATA_DIR": str(data_dir), **(store or {})}
    return subprocess.run([sys.executable, "-m", "spinemet_desktop", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=120)


def test_import_list_and_open_every_page(backend: Backend, data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "import", "--json", *map(str, EXAMPLES), store=backend.env)
    assert result.returncode == 0, result.stderr
    ids = json.loads(result.stdout)
    assert len(ids) == len(EXAMPLES) == len(set(ids))
    listed = json.loads(run(data_dir, "list", "--json", store=backend.env).stdout)
    assert {c["id"] for c in listed} == set(ids)
    breast = next(c for c in listed if c["record_number"] == "PID-100231")
    assert set(breast) == {"id", "surname", "given_name", "record_number", "date_of_birth", "updated_at"}
    found = json.loads(run(data_dir, "list", "--json", "--search", "pid-100231", store=backend.env).stdout)
    assert [c["id"] for c in found] == [breast["id"]]
    plain = run(data_dir, "list", store=backend.env).stdout.splitlines()
    assert len(plain) == len(ids) and any(line.startswith(breast["id"] + "\t") for line in plain)

    opened = run(data_dir, "--smoke-test", "--open", breast["id"], store=backend.env)
    assert opened.returncode == 0, opened.stderr
    assert f"opened case {breast['id']} and visited all {len(ENTRY_PAGES) + 1} pages" in opened.stdout
    missing = run(data_dir, "--smoke-test", "--open", "0" * 32, store=backend.env)
    assert missing.returncode == 2 and "no case" in missing.stderr


def test_import_refuses_bad_files_with_the_reason_and_keeps_the_good(backend: Backend, data_dir: Path,
                                                                     tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "history": {"ecog": 9}}', encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text('{"schema_version": 99}', encoding="utf-8")
    result = run(data_dir, "import", "--json", str(bad), str(EXAMPLES[0]), str(newer), store=backend.env)
    assert result.returncode == 2
    assert f"{bad}: refused:" in result.stderr and "history.ecog" in result.stderr
    assert f"{newer}: refused:" in result.stderr and "newer program" in result.stderr
    [imported] = json.loads(result.stdout)
    assert [c["id"] for c in json.loads(run(data_dir, "list", "--json", store=backend.env).stdout)] == [imported]
    text = run(data_dir, "import", str(EXAMPLES[0]), store=backend.env)
    assert text.returncode == 0 and f"{EXAMPLES[0]}: imported as case " in text.stdout


def test_a_server_that_cannot_be_reached_is_said_plainly(data_dir: Path) -> None:
    nowhere = {"SPINEMET_STORE_URL": "postgresql://nobody@/spinemet?host=/nonexistent-socket-dir"}
    result = run(data_dir, "list", store=nowhere)
    assert result.returncode != 0 and "cannot be reached" in result.stderr and "Traceback" not in result.stderr
    result = run(data_dir, "--smoke-test", store=nowhere)
    assert result.returncode == 1 and "cannot be reached" in result.stderr and "Traceback" not in result.stderr
    garbled = run(data_dir, "list", store={"SPINEMET_STORE_URL": "postgresql://db/spinemet?host/x=1"})
    assert garbled.returncode != 0 and "cannot be used" in garbled.stderr and "Traceback" not in garbled.stderr


def test_store_copy_to_the_server_and_back(pg_url: str, data_dir: Path, tmp_path: Path) -> None:
    from spinemet_desktop.model import case_from_json
    from spinemet_desktop.store import CaseStore
    from spinemet_desktop.store.postgres import PostgresStore

    assert run(data_dir, "import", *map(str, EXAMPLES)).returncode == 0
    workstation = CaseStore()
    first = workstation.list_cases()[0]
    workstation.add_report(first.id, b"%PDF-1.4 sent", created_at=first.updated_at, language="de", pages=1)
    workstation.close()

    copied = run(data_dir, "store", "copy", "--to", pg_url)
    assert copied.returncode == 0, copied.stderr
    assert f"{len(EXAMPLES)} copied, 0 already there unchanged, 0 refused" in copied.stdout
    again = run(data_dir, "store", "copy", "--to", pg_url)  # idempotent
    assert again.returncode == 0 and f"0 copied, {len(EXAMPLES)} already there unchanged" in again.stdout
    server = PostgresStore(pg_url)
    assert server.count() == len(EXAMPLES)
    assert [r.sha256 for r in server.list_reports(first.id)] and server.report_pdf(
        server.list_reports(first.id)[0].id) == b"%PDF-1.4 sent"
    assert server.audit(first.id)[-1].action == "copied"

    # The same patient entered on a second workstation: refused unless asked.
    other_data = tmp_path / "other-workstation"
    twin = case_from_json(EXAMPLES[0].read_bytes()).model_copy(update={"id": "f" * 32})
    other_file = tmp_path / "twin.json"
    other_file.write_text(twin.model_dump_json(), encoding="utf-8")
    assert run(other_data, "import", str(other_file)).returncode == 0
    refused = run(other_data, "store", "copy", "--to", pg_url)
    assert refused.returncode == 2 and f"record number {twin.patient.record_number} is already" in refused.stderr
    assert server.count() == len(EXAMPLES)
    allowed = run(other_data, "store", "copy", "--to", pg_url, "--allow-duplicates")
    assert allowed.returncode == 0 and "1 copied" in allowed.stdout and server.count() == len(EXAMPLES) + 1

    # Back from the server into an empty workstation (a backup), audit trails and reports included.
    backup = tmp_path / "backup-workstation"
    restored = run(backup, "store", "copy", "--from", pg_url)
    assert restored.returncode == 0 and f"{len(EXAMPLES) + 1} copied" in restored.stdout
    copy = CaseStore(backup / "cases.sqlite3")
    assert copy.case_json(first.id) == server.case_json(first.id)
    assert [(e.action, e.field, e.new) for e in copy.audit(first.id)[:-1]] == \
        [(e.action, e.field, e.new) for e in server.audit(first.id)]
    assert copy.report_pdf(server.list_reports(first.id)[0].id) == b"%PDF-1.4 sent"
    copy.close()
    server.close()


def test_store_upgrade_is_for_the_owner(roles, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _name, clinician = roles.clinician()
    refused = run(data_dir, "store", "upgrade", "--url", clinician)
    assert refused.returncode != 0 and "store upgrade" in refused.stderr and "owner" in refused.stderr
    done = run(data_dir, "store", "upgrade", "--url", roles.owner())
    assert done.returncode == 0 and "schema version 4, 0 cases" in done.stdout, done.stderr
    listed = run(data_dir, "list", "--json", store={"SPINEMET_STORE_URL": clinician})
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
