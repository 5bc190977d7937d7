"""Where the local data lives: the platform's user data directory, or SPINEMET_DATA_DIR; and
where the site configuration is found."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from spinemet_desktop.store.base import StoreError
from spinemet_desktop.store.files import PRIVATE_FOLDER

APP_NAME = "spinemet-desktop"
ENV_DATA_DIR = "SPINEMET_DATA_DIR"
ENV_SITE_CONFIG = "SPINEMET_SITE_CONFIG"
DB_FILENAME = "cases.sqlite3"
SITE_FILENAME = "site.yaml"


def data_dir() -> Path:
    """The data directory. Created if it is missing, readable by the user only (0700 on POSIX);
    a folder that exists is used as it is — the program never changes the permissions of a folder
    it did not create. A folder named by SPINEMET_DATA_DIR is created only if the folder it lies
    in exists (a missing parent is a wrong path or a network drive that is not connected).
    Raises :class:`StoreError` with the reason when it cannot be used."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override).expanduser() if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if path.is_dir():
        if not os.access(path, os.W_OK | os.X_OK):
            raise StoreError(f"The data folder {path} cannot be written (it is read-only for this user). Ask "
                             f"your IT department, or set {ENV_DATA_DIR} to a folder you can write.")
        return path
    if path.exists():
        raise StoreError(f"The data folder {path} is not a folder. Set {ENV_DATA_DIR} to a folder.")
    if override and not path.parent.is_dir():
        raise StoreError(f"The data folder {path} does not exist, nor does the folder it should be in "
                         f"({path.parent}). Is a network drive not connected? Check {ENV_DATA_DIR}.")
    try:
        path.mkdir(mode=PRIVATE_FOLDER, parents=True)
    except FileExistsError:
        return path  # made by another program starting at the same moment
    except OSError as exc:
        raise StoreError(f"The data folder {path} cannot be created: {exc.strerror or exc}.") from None
    if os.name == "posix":
        path.chmod(PRIVATE_FOLDER)  # ours: private whatever the umask
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

    try:
        folders = [data_dir()]
    except StoreError:
        folders = []  # the store says why when it is opened
    for folder in (*folders, Path(site_config_dir(APP_NAME, appauthor=False))):
        candidate = folder / SITE_FILENAME
        if candidate.is_file():
            return candidate
    return None
