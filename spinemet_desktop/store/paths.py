"""Where the local data lives: the platform's user data directory, or SPINEMET_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "spinemet-desktop"
ENV_DATA_DIR = "SPINEMET_DATA_DIR"
DB_FILENAME = "cases.sqlite3"


def data_dir() -> Path:
    """The data directory, created readable by the user only (0700 on POSIX)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override).expanduser() if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except PermissionError:
            pass
    return path


def database_path() -> Path:
    return data_dir() / DB_FILENAME
