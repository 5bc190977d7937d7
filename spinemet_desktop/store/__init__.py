"""Persistence: the store interface and its two implementations (the workstation's SQLite file, a
clinic's PostgreSQL server), audit trail, backups, case locks, file import/export."""

from spinemet_desktop.store.audit import AuditEntry
from spinemet_desktop.store.base import (
    CaseConflictError,
    CaseRecord,
    CaseSummary,
    Conflict,
    DamagedStoreError,
    HeldCase,
    KeptOnThisComputer,
    NewerStoreError,
    ReportRecord,
    ServerUnreachableError,
    Store,
    StoreError,
    read_case,
)
from spinemet_desktop.store.db import (
    CaseStore,
    OpenedStore,
    open_store,
    restore_backup,
    write_atomic,
)
from spinemet_desktop.store.locks import CaseLock, CaseLockedError, LockHolder
from spinemet_desktop.store.paths import data_dir, database_path
from spinemet_desktop.store.select import open_configured_store, open_url

__all__ = [
    "AuditEntry", "CaseConflictError", "CaseLock", "CaseLockedError", "CaseRecord", "CaseStore", "CaseSummary",
    "Conflict", "DamagedStoreError", "HeldCase", "KeptOnThisComputer", "LockHolder", "NewerStoreError",
    "OpenedStore", "ReportRecord", "ServerUnreachableError", "Store", "StoreError", "data_dir", "database_path",
    "open_configured_store", "open_store", "open_url", "read_case", "restore_backup", "write_atomic",
]
