"""Crash recovery that cannot lock a user out: how often a case was reopened after a crash in a row.

When the program ends with a case open, the next start reopens it (:meth:`Store.abandoned_cases`).
If that case is what makes the program end — a value that crashes it whenever it is shown — every
start would reopen it and end again. So each reopening is counted in a small file in the data
folder, and the count is cleared once the program has shown the case and gone on working (or the
case is closed normally). A case whose reopening was followed by the end of the program
:data:`GIVE_UP_AFTER` times in a row is not reopened again: it stays in the case list, and the
user is told why.
"""

from __future__ import annotations

import json
from pathlib import Path

from spinemet_desktop.model.limits import is_id
from spinemet_desktop.store.files import write_atomic

#: Starts that reopened a case and then ended (crashed, were killed) before it was settled.
GIVE_UP_AFTER = 2
FILENAME = "recovery.json"


class RecoveryLog:
    """The counts of reopenings after a crash, kept in ``recovery.json`` in the data folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILENAME

    def _read(self) -> dict[str, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8")[:10_000])
        except (OSError, ValueError):
            return {}  # absent, unreadable or damaged: nothing is known
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and is_id(k) and isinstance(v, int)
                and not isinstance(v, bool) and 0 < v < 1000}

    def _write(self, counts: dict[str, int]) -> None:
        try:
            if counts:
                write_atomic(self.path, json.dumps(counts))
            else:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # recovery still works; only the protection against a crash loop is weaker

    def attempts(self, case_id: str) -> int:
        """How many starts in a row reopened this case and then ended without settling."""
        return self._read().get(case_id, 0)

    def should_reopen(self, case_id: str) -> bool:
        return self.attempts(case_id) < GIVE_UP_AFTER

    def reopening(self, case_id: str) -> None:
        """Count a reopening (before the case is shown: a crash while showing it counts)."""
        counts = self._read()
        counts[case_id] = counts.get(case_id, 0) + 1
        self._write(counts)

    def forget_all_but(self, case_ids: list[str]) -> None:
        """Forget the counts of cases no longer left open by a program that ended (closed normally
        since, or deleted)."""
        counts = self._read()
        kept = {k: v for k, v in counts.items() if k in case_ids}
        if kept != counts:
            self._write(kept)

    def settled(self, case_id: str) -> None:
        """The reopened case was shown and worked with (or closed normally): forget the count."""
        counts = self._read()
        if counts.pop(case_id, None) is not None:
            self._write(counts)


__all__ = ["FILENAME", "GIVE_UP_AFTER", "RecoveryLog"]
