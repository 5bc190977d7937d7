"""Automatic backups of the case database, and putting a damaged database aside.

A backup is a complete, checked copy of the database taken with SQLite's online backup API
(consistent even while the program writes), at most one per day, in ``backups/`` next to the
database; the newest :data:`KEEP` are kept. A damaged database is never deleted: it is moved to
``damaged/`` with the time in its name, together with its WAL and shared-memory files.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from spinemet_desktop.model.fileformat import now_utc
from spinemet_desktop.store.files import PRIVATE_FILE, make_private, private_folder

KEEP = 7
INTERVAL = timedelta(hours=24)
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
_STAMP = "%Y%m%dT%H%M%SZ"
SIDE_FILES = ("-wal", "-shm")
#: Files SQLite may write beside a database it opens (a backup copy is checked after writing).
_ALL_SIDE_FILES = (*SIDE_FILES, "-journal")
#: A backup copy is written under a name starting with this and ending in ".tmp" until it is checked.
_TMP_PREFIX = "."


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of a database, newest first."""
    folder = db_path.parent / BACKUP_DIR
    found = []
    for path in folder.glob(f"{db_path.stem}-*{db_path.suffix}") if folder.is_dir() else ():
        stamp = path.name[len(db_path.stem) + 1:len(path.name) - len(db_path.suffix)]
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=now_utc().tzinfo)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def check(path: Path) -> str | None:
    """None if SQLite finds the database file sound, else the problem in SQLite's words."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:5])
    return None if result == "ok" else result


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    backups = list_backups(db_path)
    return not backups or (now or now_utc()) - backups[0].taken_at >= INTERVAL


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_ALL_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def clean(db_path: Path) -> None:
    """Remove what a backup that was ended half-way (killed, power cut) left in ``backups/``: its
    unfinished copy and SQLite's side files of any copy (the backups themselves are closed files,
    so a side file beside one is a leftover)."""
    folder = db_path.parent / BACKUP_DIR
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        name = path.name
        leftover = (name.startswith(f"{_TMP_PREFIX}{db_path.stem}-") and ".tmp" in name) or \
            (name.startswith(f"{db_path.stem}-") and name.endswith(_ALL_SIDE_FILES))
        if leftover and path.is_file():
            path.unlink(missing_ok=True)


def take_backup(db: sqlite3.Connection, db_path: Path, now: datetime | None = None) -> Backup:
    """Copy the open database to a new backup file, check the copy and keep the newest KEEP.

    The copy is a plain (rollback-journal) database, so that checking or restoring it writes no
    WAL files beside it; the unfinished copy and SQLite's side files are removed whatever
    happens, and a copy left by a backup that was killed is removed by the next one (:func:`clean`).
    """
    now = now or now_utc()
    folder = private_folder(db_path.parent / BACKUP_DIR)
    clean(db_path)
    target = folder / f"{db_path.stem}-{now.strftime(_STAMP)}{db_path.suffix}"
    tmp = target.with_name(f"{_TMP_PREFIX}{target.name}.tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
    try:
        dest = sqlite3.connect(tmp)
        try:
            db.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        problem = check(tmp)
        if problem:
            raise sqlite3.DatabaseError(f"the backup copy failed its check: {problem}")
        os.replace(tmp, target)
    finally:
        _remove_with_side_files(tmp)
    for old in list_backups(db_path)[KEEP:]:
        _remove_with_side_files(old.path)
    return Backup(target, now.replace(microsecond=0))


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its WAL/SHM files) to ``damaged/``; returns its new path."""
    stamp = (now or now_utc()).strftime(_STAMP)
    folder = private_folder(db_path.parent / DAMAGED_DIR)
    target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}{db_path.suffix}"
    os.replace(db_path, target)
    make_private(target)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
            make_private(target.with_name(target.name + suffix))
    return target


def restore(backup: Path, db_path: Path) -> None:
    """Make a backup the database (the database must be closed; the current file is kept aside)."""
    problem = check(backup)
    if problem:
        raise sqlite3.DatabaseError(f"the backup {backup.name} is damaged too: {problem}")
    clean(db_path)  # the check of an older (WAL) backup may have left side files beside it
    if db_path.exists():
        move_aside(db_path)
    import shutil

    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE), "wb") as out, \
                open(backup, "rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
