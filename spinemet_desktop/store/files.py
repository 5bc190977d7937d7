"""Writing files so that they are either complete or absent."""

from __future__ import annotations

import os
from pathlib import Path
from uuid import uuid4


def write_atomic(path: Path, text: str) -> None:
    """Write a text file (UTF-8) so that it is either complete or absent."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write a file so that it is either complete or absent (temp file + fsync + os.replace)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
