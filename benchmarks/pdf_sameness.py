"""Show that a change to the PDF code leaves every referral page as it was (issue 26).

    python benchmarks/pdf_sameness.py write DIR            # every example's referral, both languages,
                                                           # full and short, and the largest case
    python benchmarks/pdf_sameness.py compare DIR_A DIR_B  # bytes, then every page rendered and text

Run ``write`` once with the code before the change (e.g. a copy of ``main`` first on PYTHONPATH)
and once after, then ``compare``. The PDFs are written in reportlab's invariant mode with one
creation time, so that unchanged drawing gives identical bytes; ``compare`` also renders every
page with ``pdftoppm`` (72 dpi) and compares the pixels, and compares ``pdftotext -layout``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CREATED = datetime(2026, 11, 30, 12, tzinfo=UTC)


def write(folder: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.report.pdf import build_referral_pdf
    from spinemet_desktop.ui.app import example_cases

    sys.path.insert(0, str(ROOT))
    from tests.largest_case import largest_case

    folder.mkdir(parents=True, exist_ok=True)
    cases = [(case.patient.record_number or case.id, case, (False, True)) for case in example_cases()]
    cases.append(("largest", largest_case(), (False,)))
    for name, case, kinds in cases:
        assessment = assess(case, reference_time(case, CREATED))
        for language in ("en", "de"):
            for short in kinds:
                report = build_referral_pdf(case, assessment, language=language, created_at=CREATED, short=short)
                path = folder / f"{name}-{language}{'-short' if short else ''}.pdf"
                path.write_bytes(report.data)
                print(path.name, report.pages, "pages")


def compare(first: Path, second: Path) -> int:
    from PIL import Image, ImageChops

    names = sorted(p.name for p in first.glob("*.pdf"))
    if names != sorted(p.name for p in second.glob("*.pdf")):
        print("not the same files")
        return 1
    same_bytes = [n for n in names if (first / n).read_bytes() == (second / n).read_bytes()]
    pages = differing = texts_differing = 0
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            rendered = []
            for side, folder in (("a", first), ("b", second)):
                out = Path(work) / side
                out.mkdir(exist_ok=True)
                for old in out.iterdir():
                    old.unlink()
                subprocess.run(["pdftoppm", "-r", "72", "-png", str(folder / name), str(out / "p")], check=True)
                text = subprocess.run(["pdftotext", "-layout", str(folder / name), "-"], check=True,
                                      capture_output=True).stdout
                rendered.append((sorted(out.glob("*.png")), text))
            (a_pages, a_text), (b_pages, b_text) = rendered
            if len(a_pages) != len(b_pages):
                print(name, "page count differs")
                return 1
            for a, b in zip(a_pages, b_pages, strict=True):
                pages += 1
                x, y = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
                if x.size != y.size or ImageChops.difference(x, y).getbbox() is not None:
                    differing += 1
                    print(name, a.name, "differs")
            texts_differing += a_text != b_text
    print(f"{len(names)} PDFs, {len(same_bytes)} byte-identical; {pages} pages rendered, {differing} differ; "
          f"{len(names) - texts_differing} of {len(names)} texts identical")
    return int(bool(differing or texts_differing))


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"] and len(sys.argv) == 3:
        write(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["compare"] and len(sys.argv) == 4:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
