"""docs/pathway-traces.md is what `spinemet-desktop trace` prints for the example cases today."""

from __future__ import annotations

from pathlib import Path

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import case_from_json
from spinemet_desktop.report.trace import trace_markdown
from tests.conftest import EXAMPLES, ROOT

HEADER = (
    "# Decision traces of the example cases\n\n"
    "Generated with `spinemet-desktop trace resources/examples/NAME.json` (each case as of its "
    "assessment time); `tests/e2e/test_docs.py` checks that this file is current.\n\n"
)


def render() -> str:
    parts = [HEADER]
    for path in EXAMPLES:
        case = case_from_json(path.read_text(encoding="utf-8"))
        assert case.encounter.assessed_at is not None
        parts.append(trace_markdown(case, assess(case, reference_time(case, case.encounter.assessed_at))) + "\n")
    return "".join(parts)


def test_pathway_traces_doc_is_current() -> None:
    doc = Path(ROOT / "docs" / "pathway-traces.md").read_text(encoding="utf-8")
    assert doc == render(), "regenerate: python -m tests.e2e.test_docs"


if __name__ == "__main__":
    (ROOT / "docs" / "pathway-traces.md").write_text(render(), encoding="utf-8")
