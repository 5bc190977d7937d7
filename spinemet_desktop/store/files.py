"""Writing files so that they are either complete or absent."""

from __future__ import annotations

import os
from pathlib import Path
from uuid import uuid4


def write_atomic(path: Path, text: str) -> None:
    """Write a text file (UTF-8) so that it is either complete or absent."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write a file so that it is either complete or absent (temp file + fsync + os.replace).

    The file is readable by its owner only (0600): what is written is a patient's data (referrals,
    exports, case files)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid4().hex}.tmp")
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
