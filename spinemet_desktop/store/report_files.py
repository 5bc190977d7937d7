"""The referral PDFs the program writes into its data folder, and the copies it opens for viewing.

A created referral is kept in the store (with its hash) and written to ``reports/`` for the
system's PDF viewer; an earlier referral opened from the case is copied to ``opened/`` for the
viewer. Both folders are private (0700, files 0600). ``opened/`` holds temporary copies only: it is
emptied when the program ends and when it starts (after a crash). When a case is deleted, the
files of its referrals are deleted too (found by their SHA-256, whatever they are called now).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from spinemet_desktop.store.files import private_folder, write_atomic_bytes
from spinemet_desktop.store.paths import data_dir

REPORTS_DIR = "reports"
OPENED_DIR = "opened"


def reports_folder() -> Path:
    return private_folder(data_dir() / REPORTS_DIR)


def write_report(name: str, data: bytes) -> Path:
    """Write a created referral into ``reports/`` (user-only); its path."""
    path = reports_folder() / name
    write_atomic_bytes(path, data)
    return path


def write_opened_copy(name: str, data: bytes) -> Path:
    """A temporary copy of a stored referral for the system's viewer (removed by :func:`clear_opened`)."""
    path = private_folder(data_dir() / OPENED_DIR) / name
    write_atomic_bytes(path, data)
    return path


def clear_opened() -> None:
    """Remove the temporary copies (at the end of the program, and at start after a crash; a copy a
    viewer still holds open on Windows stays until the next start)."""
    folder = data_dir() / OPENED_DIR
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def remove_report_files(sha256s: Iterable[str]) -> list[Path]:
    """Delete the referral PDFs in ``reports/`` and ``opened/`` whose SHA-256 is one of ``sha256s``
    (a deleted case's referrals); the paths deleted."""
    import hashlib  # OpenSSL: loaded when a case is deleted, not at start-up (issue 26)

    wanted = set(sha256s)
    removed: list[Path] = []
    if not wanted:
        return removed
    for name in (REPORTS_DIR, OPENED_DIR):
        folder = data_dir() / name
        for path in sorted(folder.glob("*.pdf")) if folder.is_dir() else ():
            try:
                if hashlib.sha256(path.read_bytes()).hexdigest() in wanted:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # e.g. open in a viewer on Windows: left for the user to delete
    return removed


__all__ = ["OPENED_DIR", "REPORTS_DIR", "clear_opened", "remove_report_files", "reports_folder", "write_opened_copy",
           "write_report"]
