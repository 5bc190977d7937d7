"""One writer per case: a lock file per open case, held with an operating-system file lock.

The lock itself is the operating system's (``flock`` on POSIX, ``LockFile`` via ``msvcrt`` on
Windows), so it disappears with its process however that process ends — a crash, SIGKILL or a
power cut leave no lock behind that could block the next start. The file only carries who holds
it (for the message) and outlives a crashed holder; a lock file whose lock is free but which still
names a holder therefore means "this case was open when its program died". A clean release empties
the file before removing it, so it never looks like a crash.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spinemet_desktop.model.fileformat import now_utc

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far beyond the holder text: a locked region on Windows cannot be read by
    # others, and the holder must stay readable for the "who has it open" message.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def host_name() -> str:
    """This computer's name (without importing the socket module at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return os.environ.get("COMPUTERNAME") or socket.gethostname()


def os_user() -> str:
    """The operating-system user name, as recorded in locks and the audit trail."""
    import getpass  # not at start-up

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment or the password database
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a case open."""

    case_id: str
    pid: int
    user: str
    host: str
    since: datetime

    @classmethod
    def me(cls, case_id: str) -> LockHolder:
        return cls(case_id, os.getpid(), os_user(), host_name(), now_utc())

    def to_json(self) -> str:
        return json.dumps({"case_id": self.case_id, "pid": self.pid, "user": self.user, "host": self.host,
                           "since": self.since.isoformat()})

    @classmethod
    def from_json(cls, text: str) -> LockHolder | None:
        try:
            d = json.loads(text)
            return cls(str(d["case_id"]), int(d["pid"]), str(d["user"]), str(d["host"]),
                       datetime.fromisoformat(d["since"]))
        except (ValueError, KeyError, TypeError):
            return None


class CaseLockedError(RuntimeError):
    """The case is open in another window or program; the message says where."""

    def __init__(self, holder: LockHolder | None) -> None:
        self.holder = holder
        if holder is None:
            where = "another spinemet-desktop window"
        else:
            where = (f"another spinemet-desktop window (user {holder.user} on {holder.host}, process "
                     f"{holder.pid}, since {holder.since.astimezone():%d.%m.%Y %H:%M})")
        super().__init__(f"This case is already open in {where}. Close it there first; "
                         "a case is edited in one place at a time so that no edit overwrites another.")


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 65536:
            break
    return b"".join(chunks).decode("utf-8", "replace").strip()


def _safe_name(case_id: str) -> str:
    if not case_id or not all(c.isalnum() or c in "-_" for c in case_id):
        raise ValueError(f"not a case id: {case_id!r}")
    return f"{case_id}.lock"


class CaseLock:
    """A held case lock; release it when the case is closed (also on garbage collection)."""

    def __init__(self, path: Path, fd: int, stale: LockHolder | None) -> None:
        self.path = path
        self._fd: int | None = fd
        #: The holder recorded by a program that died with the case open, if there was one.
        self.stale = stale

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # empty first: a leftover file must not look like a crash
            _unlock(fd)
        finally:
            os.close(fd)
        try:
            self.path.unlink()
        except OSError:
            pass  # another program opened it meanwhile (Windows) — an empty file is harmless

    def __del__(self) -> None:
        if self._fd is not None:
            self.release()


def acquire(directory: Path, case_id: str) -> CaseLock:
    """Lock a case for this program, or raise :class:`CaseLockedError` naming the holder."""
    directory.mkdir(mode=0o700, exist_ok=True)
    path = directory / _safe_name(case_id)
    for _attempt in range(10):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = LockHolder.from_json(_read(fd))
            os.close(fd)
            raise CaseLockedError(holder)
        # The previous holder may have removed the file between our open and our lock; then we
        # hold a lock on a file nobody else will see. Try again with the file that is there now.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            _unlock(fd)
            os.close(fd)
            continue
        stale = LockHolder.from_json(_read(fd))
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, LockHolder.me(case_id).to_json().encode("utf-8"))
        os.fsync(fd)
        return CaseLock(path, fd, stale)
    raise CaseLockedError(None)  # pragma: no cover - ten lost races in a row


def abandoned(directory: Path) -> list[LockHolder]:
    """Cases that were open on this computer when their program died (newest first).

    A lock file whose operating-system lock is free but which still names its holder was left
    by a program that ended without closing the case. Only this computer's are returned: a
    shared data folder's other hosts are not ours to judge.
    """
    found = []
    host = host_name()
    for path in sorted(directory.glob("*.lock")) if directory.is_dir() else ():
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            if not _try_lock(fd):
                continue
            holder = LockHolder.from_json(_read(fd))
            _unlock(fd)
        finally:
            os.close(fd)
        if holder is not None and holder.host == host and path.name == _safe_name(holder.case_id):
            found.append(holder)
    return sorted(found, key=lambda h: h.since, reverse=True)
