"""Starting the Qt application (and the headless smoke test)."""

from __future__ import annotations

import sys
import time
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from spinemet_desktop import __version__
from spinemet_desktop.model import Case, CaseFileError, case_from_json
from spinemet_desktop.store import CaseStore, StoreError, open_store, restore_backup

if TYPE_CHECKING:
    from spinemet_desktop.ui.main_window import MainWindow

#: The daily backup runs this long after start, when the first window is up and idle.
BACKUP_DELAY_MS = 3000


def example_cases() -> list[Case]:
    folder = files("spinemet_desktop.resources").joinpath("examples")
    return [case_from_json(p.read_bytes()) for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".json")]


def _open_store(smoke_test: bool) -> CaseStore | None:
    """Open the store; a damaged database is put aside, explained, and a backup offered."""
    try:
        opened = open_store()
    except StoreError as exc:
        if smoke_test:
            print(f"smoke-test: store unavailable: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "spinemet-desktop", str(exc))
        return None
    if opened.damaged is None:
        return opened.store
    explanation = QCoreApplication.translate("app", 
        "The case database could not be read: it is damaged (%1).\n\nIt has not been deleted: it was "
        "moved to %2. The program has started with an empty case database.").replace(
        "%1", opened.problem).replace("%2", str(opened.damaged))
    backups = opened.backups
    if smoke_test:
        print(f"smoke-test: damaged database moved to {opened.damaged} ({opened.problem}); "
              f"{len(backups)} backup(s) available", file=sys.stderr)
        return opened.store
    if not backups:
        QMessageBox.warning(None, QCoreApplication.translate("app", "Case database damaged"), explanation + "\n\n" + QCoreApplication.translate("app", 
            "There is no backup to restore. Ask your IT department: the damaged file may be repairable."))
        return opened.store
    newest = backups[0]
    answer = QMessageBox.question(
        None, QCoreApplication.translate("app", "Case database damaged"),
        explanation + "\n\n" + QCoreApplication.translate("app", "Restore the newest backup, from %1?").replace(
            "%1", newest.taken_at.astimezone().strftime("%d.%m.%Y %H:%M")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return opened.store
    try:
        return restore_backup(opened.store, newest.path)
    except StoreError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("app", "Backup not restored"), str(exc))
        return CaseStore(opened.store.path)


def _recover(window: MainWindow, store: CaseStore) -> tuple[Case, str] | None:
    """Reopen the case that was open when the program last died, with a notice saying so."""
    for holder in store.abandoned_cases():
        try:
            case = store.get(holder.case_id)
        except (KeyError, CaseFileError):
            continue
        if not window.show_case(case):
            continue
        notice = QCoreApplication.translate("app", 
            "spinemet-desktop was not closed properly (the program was ended or the computer lost "
            "power) while this case was open. It has been reopened with every edit saved up to %1.").replace(
            "%1", case.updated_at.astimezone().strftime("%d.%m.%Y %H:%M:%S"))
        return case, notice
    return None


def run(smoke_test: bool = False) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("spinemet-desktop")
    app.setApplicationVersion(__version__)
    from spinemet_desktop.ui.main_window import MainWindow

    store = _open_store(smoke_test)
    if store is None:
        return 1
    window = MainWindow(store)
    recovered = _recover(window, store)
    if recovered is not None:
        case, notice = recovered
        window.statusBar().showMessage(notice)
        if smoke_test:
            print(f"smoke-test: recovered case {case.id}: {notice}")
        else:
            QTimer.singleShot(0, lambda: QMessageBox.information(window, QCoreApplication.translate("app", "Case recovered"), notice))
    elif smoke_test:
        summaries = store.list_cases(limit=1)
        try:
            case = store.get(summaries[0].id) if summaries else example_cases()[0]
        except (KeyError, CaseFileError):
            case = example_cases()[0]
        window.show_case(case)
    window.show()
    if smoke_test:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QTimer.singleShot(0, app.quit)
        app.exec()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"smoke-test: main window shown with case {case.id} in {elapsed:.0f} ms")
        window.editor.close_case()
        store.close()
        return 0
    QTimer.singleShot(BACKUP_DELAY_MS, window.take_daily_backup)
    code = app.exec()
    store.close()
    return code
