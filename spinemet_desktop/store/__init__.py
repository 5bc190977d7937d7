"""Persistence: the local SQLite case store, audit trail, backups, case locks, file import/export."""

from spinemet_desktop.store.audit import AuditEntry
from spinemet_desktop.store.db import (
    CaseStore,
    CaseSummary,
    DamagedStoreError,
    NewerStoreError,
    OpenedStore,
    ReportRecord,
    StoreError,
    open_store,
    restore_backup,
    write_atomic,
)
from spinemet_desktop.store.locks import CaseLock, CaseLockedError, LockHolder
from spinemet_desktop.store.paths import data_dir, database_path

__all__ = [
    "AuditEntry", "CaseLock", "CaseLockedError", "CaseStore", "CaseSummary", "DamagedStoreError", "LockHolder",
    "NewerStoreError", "OpenedStore", "ReportRecord", "StoreError", "data_dir", "database_path", "open_store",
    "restore_backup", "write_atomic",
]
