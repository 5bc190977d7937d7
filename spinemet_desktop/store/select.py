"""Which store to use: the workstation's SQLite file (default) or the clinic's PostgreSQL server.

The server is named by a ``postgresql://`` URL, from the environment variable
``SPINEMET_STORE_URL`` or else from ``store:`` in the site configuration
(docs/site-configuration.md, docs/clinic-server.md). Without either, the embedded SQLite store
is used, as before. psycopg (and with it libpq) is imported only when a server is named, so a
workstation without clinic mode does not pay for it at start-up.

A site configuration that names a store but cannot be read stops the program instead of falling
back to the local store: cases entered into a workstation's own file while colleagues look on the
server would be a split record.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from spinemet_desktop.model.limits import MAX_SETTINGS_FILE_BYTES
from spinemet_desktop.model.untrusted import UntrustedTextError, parse_yaml
from spinemet_desktop.store.base import Store, StoreError
from spinemet_desktop.store.db import OpenedStore, open_store
from spinemet_desktop.store.paths import site_config_path

ENV_STORE_URL = "SPINEMET_STORE_URL"
SCHEMES = ("postgresql", "postgres")
_STORE_KEY = re.compile(rb"^\s*store\s*:", re.MULTILINE)


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot name the clinic's server, or None if it can."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"not a valid address ({exc})"
    if parts.scheme not in SCHEMES:
        return f"the address must start with postgresql:// (it starts with {parts.scheme or url[:12]!r})"
    query = parse_qs(parts.query)
    if parts.password is not None or "password" in query:
        return ("the address contains a password. spinemet-desktop never stores passwords: use a "
                "password file (pgpass), Kerberos or a client certificate (docs/clinic-server.md)")
    return None


def _from_site_config(path: Path) -> str | None:
    """The ``store:`` of a site configuration file (None if it names none)."""
    try:
        with path.open("rb") as handle:  # never more than a settings file may be, whatever the file is
            raw = handle.read(MAX_SETTINGS_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"The site configuration {path} cannot be read ({exc.strerror}). It may name the "
                         "clinic's case server, so the program does not start with a local store instead. "
                         "Ask your IT department.") from None
    if not _STORE_KEY.search(raw):
        return None
    try:
        data = parse_yaml(raw, max_bytes=MAX_SETTINGS_FILE_BYTES, name=str(path))
    except UntrustedTextError as exc:
        raise StoreError(f"The site configuration names a case store but cannot be read: {exc}. The "
                         "program does not start with a local store instead. Ask your IT department.") from None
    value = data.get("store") if isinstance(data, dict) else None
    if value is None:
        return None
    if not isinstance(value, str):
        raise StoreError(f"{path}: store: must be a postgresql:// address.")
    return value.strip() or None


def configured_url() -> tuple[str | None, str]:
    """The configured server URL (None: the local store) and where it was configured."""
    url = os.environ.get(ENV_STORE_URL, "").strip()
    if url:
        return url, ENV_STORE_URL
    path = site_config_path()
    if path is None:
        return None, ""
    return _from_site_config(path), str(path)


def open_url(url: str) -> Store:
    """Open the server store named by ``url`` (StoreError if it is not a usable address)."""
    problem = url_problem(url)
    if problem:
        raise StoreError(f"The case store address cannot be used: {problem}.")
    from spinemet_desktop.store.postgres import PostgresStore

    return PostgresStore(url)


def open_configured_store() -> OpenedStore:
    """The store this workstation is configured for, opened and checked (see module docstring)."""
    url, source = configured_url()
    if url is None:
        return open_store()
    problem = url_problem(url)
    if problem:
        raise StoreError(f"The case store configured in {source} cannot be used: {problem}.")
    return OpenedStore(open_url(url))
