"""Edits kept on this computer while the clinic's server cannot be reached.

Each running program writes its own append-only file in ``journal/`` of the user's data folder
(folder 0700, file 0600), named after the server, and holds an operating-system lock on it while
it runs. The file has a header line, then one JSON object per saved state of an open case in the
order they were made, each written and flushed to disk (fsync) before the save returns. An entry
carries the whole case as it was saved, the version of the case on the server it follows
(``base``; None for a case not yet there), the time, the user and the computer. When an entry has
reached the server a ``done`` line with its number is appended; a file whose entries are all done
is removed.

A program that ended (quit, crash, kill, power cut) while entries were pending leaves its file
behind, unlocked; the next program for the same server adopts it (:meth:`Journal.adopt`) and
sends its entries first. A line cut off by a crash in the middle of writing it (so never
acknowledged to the user) is ignored. The files are plain JSON so that IT can read what a
workstation kept if it can never reach the server again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import uuid4

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.store.locks import _try_lock

HEADER = "spinemet-desktop: edits NOT SAVED on the server, kept on this computer"


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    case_id: str
    base: int | None
    at: datetime
    user: str
    host: str
    data: str  # the case file text as it was saved
    file: Path


@dataclass
class _File:
    path: Path
    fd: int  # open and locked while this program uses the file
    pending: list[JournalEntry] = field(default_factory=list)
    next_seq: int = 1


def _parse(path: Path, raw: bytes) -> tuple[list[JournalEntry], int]:
    """The pending entries of a journal file and its next free number."""
    lines = []
    for line in raw.split(b"\n"):
        try:
            value = json.loads(line)
        except ValueError:
            continue  # the end of a write cut off by a crash, or an empty line
        if isinstance(value, dict):
            lines.append(value)
    done = {line["done"] for line in lines if "done" in line}
    entries = [
        JournalEntry(int(line["seq"]), str(line["case_id"]), None if line["base"] is None else int(line["base"]),
                     datetime.fromisoformat(str(line["at"])), str(line["user"]), str(line["host"]),
                     str(line["data"]), path)
        for line in lines if "seq" in line and line["seq"] not in done
    ]
    top = max((int(line["seq"]) for line in lines if "seq" in line), default=0)
    return entries, top + 1


class Journal:
    """This program's journal for one server, and the journals it adopted from ended programs."""

    def __init__(self, folder: Path, key: str, server: str) -> None:
        self.folder = folder
        self.key = key  # names the server's files
        self.server = server  # written into the header, for people
        self._own: _File | None = None
        self._adopted: list[_File] = []

    def pending(self) -> list[JournalEntry]:
        """The entries not yet on the server: adopted ones first, each file in its order."""
        return [e for f in (*self._adopted, *([self._own] if self._own else [])) for e in f.pending]

    def __len__(self) -> int:
        return len(self.pending())

    def adopt(self) -> int:
        """Take over the files of programs that ended with entries pending; how many entries."""
        if not self.folder.is_dir():
            return 0
        ours = {f.path for f in (*self._adopted, *([self._own] if self._own else []))}
        found = 0
        for path in sorted(self.folder.glob(f"{self.key}-*.jsonl")):
            if path in ours:
                continue
            try:
                fd = os.open(path, os.O_RDWR | os.O_APPEND)
            except OSError:
                continue
            if not _try_lock(fd):  # a running program's journal
                os.close(fd)
                continue
            try:
                raw = path.read_bytes()
                if raw and not raw.endswith(b"\n"):  # cut off by a crash: drop it before appending
                    os.ftruncate(fd, raw.rfind(b"\n") + 1)
            except OSError:
                os.close(fd)
                continue
            entries, next_seq = _parse(path, raw)
            adopted = _File(path, fd, entries, next_seq)
            if entries:
                self._adopted.append(adopted)
                found += len(entries)
            else:
                self._remove(adopted)
        return found

    def append(self, *, case_id: str, base: int | None, data: str, user: str, host: str) -> JournalEntry:
        """Keep one saved state of a case. It is on disk when this returns."""
        if self._own is None:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = self.folder / f"{self.key}-{uuid4().hex}.jsonl"
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
            _try_lock(fd)  # a new file nobody else knows yet
            self._own = _File(path, fd)
            self._write(self._own, {"journal": HEADER, "server": self.server, "pid": os.getpid()})
            if hasattr(os, "O_DIRECTORY"):  # the new file's name is on disk too
                dir_fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
        own = self._own
        entry = JournalEntry(own.next_seq, case_id, base, now_utc(), user, host, data, own.path)
        self._write(own, {"seq": entry.seq, "case_id": case_id, "base": base, "at": entry.at.isoformat(),
                          "user": user, "host": host, "data": data})
        own.next_seq += 1
        own.pending.append(entry)
        return entry

    def mark_done(self, entries: list[JournalEntry]) -> None:
        """Record that these entries reached the server; files with nothing left are removed."""
        for f in (*self._adopted, *([self._own] if self._own else [])):
            seqs = {e.seq for e in entries if e.file == f.path}
            if not seqs:
                continue
            f.pending = [e for e in f.pending if e.seq not in seqs]
            if f.pending:
                done: list[dict[str, object]] = [{"done": seq} for seq in sorted(seqs)]
                self._write(f, *done)
            else:
                self._remove(f)

    def _remove(self, f: _File) -> None:
        f.path.unlink(missing_ok=True)
        os.close(f.fd)
        if f is self._own:
            self._own = None
        elif f in self._adopted:
            self._adopted.remove(f)

    @staticmethod
    def _write(f: _File, *objects: dict[str, object]) -> None:
        os.write(f.fd, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode("utf-8"))
        os.fsync(f.fd)

    def close(self) -> None:
        """Let go of the files (entries still pending stay on disk for the next start)."""
        for f in (*self._adopted, *([self._own] if self._own else [])):
            os.close(f.fd)
        self._own = None
        self._adopted = []
