"""reportlab's C accelerator (issue 26) writes the same referral, byte for byte, as pure Python."""

from __future__ import annotations

import os
import subprocess
import sys

# Builds every example's referral in both languages at a fixed time, reportlab invariant (no
# random document id), and prints the SHA-256 of each; with "plain" the accelerator is hidden.
_DIGESTS = """
import hashlib, sys
if sys.argv[1] == "plain":
    sys.modules["_rl_accel"] = None
from datetime import datetime, timezone
from reportlab import rl_config
rl_config.invariant = 1
import reportlab.lib.rl_accel as accel
from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.report.pdf import build_referral_pdf
from spinemet_desktop.ui.app import example_cases
when = datetime(2026, 11, 30, 13, tzinfo=timezone.utc)
print("python" if accel._py_funcs else "c")
for case in example_cases():
    a = assess(case, when)
    for language in ("en", "de"):
        print(hashlib.sha256(build_referral_pdf(case, a, language=language, created_at=when).data).hexdigest())
"""


def _digests(mode: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _DIGESTS, mode], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    return out.stdout.split()


def test_the_accelerator_is_installed_and_writes_the_same_referrals() -> None:
    accelerated, plain = _digests("accel"), _digests("plain")
    assert accelerated[0] == "c" and plain[0] == "python"  # reportlab[accel] is a dependency
    assert len(accelerated) > 3  # at least the two languages of two examples
    assert accelerated[1:] == plain[1:]
