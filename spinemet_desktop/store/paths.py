"""Where the local data lives: the platform's user data directory, or SPINEMET_DATA_DIR; and
where the site configuration is found."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "spinemet-desktop"
ENV_DATA_DIR = "SPINEMET_DATA_DIR"
ENV_SITE_CONFIG = "SPINEMET_SITE_CONFIG"
DB_FILENAME = "cases.sqlite3"
SITE_FILENAME = "site.yaml"


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


def site_config_path() -> Path | None:
    """The site configuration in use: $SPINEMET_SITE_CONFIG, else site.yaml in the user's data
    folder, else in the machine-wide configuration folder; None when there is none."""
    override = os.environ.get(ENV_SITE_CONFIG)
    if override:
        return Path(override).expanduser()
    from platformdirs import site_config_dir

    for folder in (data_dir(), Path(site_config_dir(APP_NAME, appauthor=False))):
        candidate = folder / SITE_FILENAME
        if candidate.is_file():
            return candidate
    return None
