"""Files: written so that they are either complete or absent, readable by the user only, and read
from outside with a bound on their size."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from spinemet_desktop.model.fileformat import MAX_CASE_FILE_BYTES, CaseFileError

#: Every file the program writes is readable and writable by its user only (POSIX; on Windows the
#: user profile's permissions apply).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_umask() -> None:
    """Make every file and folder this process creates from now on private to its user (POSIX):
    SQLite's side files, Qt's settings, reportlab's and the system's temporary files included.
    Called when the program starts; files written explicitly are made private anyway."""
    if os.name == "posix":
        os.umask(0o077)


def write_atomic(path: Path, text: str) -> None:
    """Write a text file (UTF-8) so that it is either complete or absent."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write a file so that it is either complete or absent (temp file + fsync + os.replace),
    readable by the user only, whatever the umask (a file it replaces gets the same): what is
    written is a patient's data (referrals, exports, case files)."""
    from uuid import uuid4  # not at start-up (uuid loads platform)

    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid4().hex}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        with open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def make_private(path: Path) -> None:
    """Readable and writable by the user only (POSIX; on Windows the profile's ACLs apply): for
    files written by others on the program's behalf (SQLite's side files, Qt's settings)."""
    if os.name == "posix" and path.exists():
        try:
            path.chmod(PRIVATE_FILE)
        except OSError:
            pass  # not our file (e.g. a shared folder): leave it as its owner set it


def private_folder(path: Path) -> Path:
    """A folder of the program's own (reports, backups, locks): created readable by the user only.
    An existing folder is left as its owner set it."""
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if os.name == "posix":
            path.chmod(PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask, never widened
    return path


def read_case_file(path: Path, limit: int = MAX_CASE_FILE_BYTES) -> bytes:
    """The bytes of a case file from outside, never more than ``limit`` read: a file that is
    larger, not a regular file (a device such as /dev/zero, a pipe, a folder) or unreadable is
    refused with :class:`CaseFileError` saying why."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise CaseFileError(f"The file cannot be read: {exc.strerror or exc}.") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CaseFileError("This is not a file that can be imported (it is a folder, a device or a pipe).")
        if info.st_size > limit:
            raise CaseFileError(f"The file is too large for a case file ({info.st_size:,} bytes; at most {limit:,}).")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise CaseFileError(f"The file cannot be read: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    if size > limit:  # it grew while being read
        raise CaseFileError(f"The file is too large for a case file (more than {limit:,} bytes).")
    return b"".join(chunks)
