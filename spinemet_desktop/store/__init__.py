"""Persistence: the local SQLite case store, file import/export, data directory."""

from spinemet_desktop.store.db import CaseStore, CaseSummary, ReportRecord, StoreError, write_atomic
from spinemet_desktop.store.paths import data_dir, database_path

__all__ = ["CaseStore", "CaseSummary", "ReportRecord", "StoreError", "data_dir", "database_path", "write_atomic"]
