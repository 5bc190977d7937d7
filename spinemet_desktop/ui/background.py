"""Long work off the GUI thread: the referral PDF and the FHIR export of a large case take seconds.

:func:`run_in_background` runs a function in a worker thread and hands its result (or the
exception it raised) back on the GUI thread, so that the window keeps answering meanwhile. The
worker gets its own copies of what it reads (the caller's job): the case may be edited while it
works.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether the work is done.
POLL_MS = 40


def run_in_background(parent: QObject, work: Callable[[], Any], done: Callable[[Any], None],
                      failed: Callable[[BaseException], None], name: str = "spinemet-work") -> threading.Thread:
    """Run ``work()`` in a thread; then ``done(result)`` or ``failed(exception)`` on the GUI thread."""
    outcome: list[tuple[bool, Any]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the user
            outcome.append((False, exc))

    thread = threading.Thread(target=target, daemon=True, name=name)
    poll = QTimer(parent)
    poll.setInterval(POLL_MS)

    def check() -> None:
        if thread.is_alive():
            return
        poll.stop()
        poll.deleteLater()
        ok, value = outcome[0] if outcome else (False, RuntimeError("the work stopped unexpectedly"))
        if ok:
            done(value)
        else:
            failed(value)

    poll.timeout.connect(check)
    thread.start()
    poll.start()
    return thread


__all__ = ["POLL_MS", "run_in_background"]
