"""Starting the Qt application (and the headless smoke test)."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from spinemet_desktop import __version__
from spinemet_desktop.model.fileformat import CaseFileError
from spinemet_desktop.store import (
    CaseStore,
    Store,
    StoreError,
    data_dir,
    open_configured_store,
    restore_backup,
)
from spinemet_desktop.store.files import private_umask
from spinemet_desktop.store.recovery import GIVE_UP_AFTER, RecoveryLog
from spinemet_desktop.store.report_files import clear_opened
from spinemet_desktop.ui.plain import ask, message_box, warn

if TYPE_CHECKING:
    from spinemet_desktop.model import Case
    from spinemet_desktop.ui.main_window import MainWindow

#: The full check of the store, then the daily backup, run this long after start, when the first
#: window is up and idle.
BACKUP_DELAY_MS = 3000
#: The case editor is built this long after the first window is shown (see MainWindow.editor).
EDITOR_WARM_UP_MS = 150
#: A case reopened after a crash that has been open this long did not crash the start.
RECOVERY_SETTLED_MS = 30_000


def example_cases() -> list[Case]:
    from importlib.resources import files

    from spinemet_desktop.model import case_from_json

    folder = files("spinemet_desktop.resources").joinpath("examples")
    return [case_from_json(p.read_bytes()) for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".json")]


def _open_store(smoke_test: bool) -> tuple[Store | None, str | None]:
    """Open the configured store (the workstation's file, or the clinic's server: store/select.py);
    a damaged database file is put aside, explained, and a backup offered. Returns the store (None
    if there is none to use) and what was found damaged (None if nothing)."""
    try:
        opened = open_configured_store()
    except StoreError as exc:
        if smoke_test:
            print(f"smoke-test: store unavailable: {exc}", file=sys.stderr)
        else:
            ask(None, QMessageBox.Icon.Critical, "spinemet-desktop", str(exc))
        return None, None
    if opened.damaged is None:
        return opened.store, None
    damage = f"the damaged case database was moved to {opened.damaged} ({opened.problem})"
    explanation = QCoreApplication.translate(
        "app", "The case database could not be read: it is damaged (%1).\n\nIt has not been deleted: it was "
        "moved to %2. The program has started with an empty case database.").replace(
        "%1", opened.problem).replace("%2", str(opened.damaged))
    backups = opened.backups
    if smoke_test:
        print(f"smoke-test: damaged database moved to {opened.damaged} ({opened.problem}); "
              f"{len(backups)} backup(s) available", file=sys.stderr)
        return opened.store, damage
    title = QCoreApplication.translate("app", "Case database damaged")
    if not backups:
        advice = QCoreApplication.translate(
            "app", "There is no backup to restore. Ask your IT department: the damaged file may be repairable.")
        warn(None, title, explanation + "\n\n" + advice)
        return opened.store, damage
    newest = backups[0]
    answer = ask(
        None, QMessageBox.Icon.Question, title,
        explanation + "\n\n" + QCoreApplication.translate("app", "Restore the newest backup, from %1?").replace(
            "%1", newest.taken_at.astimezone().strftime("%d.%m.%Y %H:%M")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return opened.store, damage
    assert isinstance(opened.store, CaseStore)  # only a workstation's file has backups
    try:
        return restore_backup(opened.store, newest.path), damage
    except StoreError as exc:
        warn(None, QCoreApplication.translate("app", "Backup not restored"), str(exc))
        return CaseStore(opened.store.path), damage


def _recovery_log() -> RecoveryLog | None:
    try:
        return RecoveryLog(data_dir())
    except StoreError:
        return None


def _recover(window: MainWindow, store: Store) -> tuple[Case, str] | tuple[None, str] | None:
    """Reopen the case that was open when the program last died, with a notice saying so.

    A case whose reopening was followed by the end of the program twice in a row (it may be what
    ends it) is not reopened again: the notice says so, and it stays in the case list."""
    try:
        abandoned = store.abandoned_cases()
    except StoreError:
        return None
    log = _recovery_log()
    if log is not None:
        log.forget_all_but([holder.case_id for holder in abandoned])
    for holder in abandoned:
        if log is not None and not log.should_reopen(holder.case_id):
            return None, QCoreApplication.translate(
                "app", "The case %1 was open when spinemet-desktop ended, and the program ended again each of the "
                "last %2 times it reopened it. It has not been reopened: open it from the case list (or export it "
                "for your IT department).").replace("%1", holder.case_id).replace("%2", str(GIVE_UP_AFTER))
        try:
            case = store.get(holder.case_id)
        except (KeyError, CaseFileError, StoreError):
            continue
        if log is not None:
            log.reopening(case.id)  # counted before it is shown: a crash while showing it counts
        if not window.show_case(case):
            continue
        if log is not None:  # still running a while later: it was not the case that ended the program
            QTimer.singleShot(RECOVERY_SETTLED_MS, window, lambda case_id=case.id: log.settled(case_id))
        notice = QCoreApplication.translate(
            "app", "spinemet-desktop was not closed properly (the program was ended or the computer lost "
            "power) while this case was open. It has been reopened with every edit saved up to %1.").replace(
            "%1", case.updated_at.astimezone().strftime("%d.%m.%Y %H:%M:%S"))
        return case, notice
    return None


def run(smoke_test: bool = False, self_test: bool = False, open_case: str | None = None) -> int:
    """Start the program; ``smoke_test`` shows the first window and quits (with ``open_case``:
    after opening that case in the editor and visiting every page); ``self_test`` see below."""
    started = time.perf_counter()
    private_umask()  # every file the program writes is the user's only
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("spinemet-desktop")
    app.setApplicationVersion(__version__)
    from spinemet_desktop.ui import language
    from spinemet_desktop.ui.main_window import MainWindow

    language.install(language.chosen_language())

    headless = smoke_test or self_test
    store, damage = _open_store(headless)
    if store is None:
        return 1
    _clear_opened_copies()  # temporary copies of referrals left by a program that ended
    window = MainWindow(store)
    if store.sent_edits:
        sent = QCoreApplication.translate(
            "app", "%1 edit(s) kept on this computer while the server could not be reached were sent to the "
            "server.").replace("%1", str(store.sent_edits))
        window.statusBar().showMessage(sent)
        if headless:
            print(f"smoke-test: {store.sent_edits} edit(s) kept on this computer were sent to the server")
    conflicts = store.take_conflicts()  # found while sending edits kept on this computer
    if conflicts:
        if headless:
            for conflict in conflicts:
                print(f"smoke-test: conflict: {conflict.message()}", file=sys.stderr)
        else:
            QTimer.singleShot(0, lambda: window.show_conflicts(conflicts))
    recovered = _recover(window, store)
    case = recovered[0] if recovered is not None else None
    if recovered is not None:
        notice = recovered[1]
        window.statusBar().showMessage(notice)
        if headless:
            print(f"smoke-test: recovered case {case.id}: {notice}" if case is not None else f"smoke-test: {notice}")
        else:
            title = (QCoreApplication.translate("app", "Case recovered") if case is not None
                     else QCoreApplication.translate("app", "Case not reopened"))
            icon = QMessageBox.Icon.Information if case is not None else QMessageBox.Icon.Warning
            QTimer.singleShot(0, lambda: message_box(window, icon, title, notice).open())
    window.place_on_screen()
    window.show()
    if headless:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        elapsed = (time.perf_counter() - started) * 1000
        shown = f"case {case.id}" if case is not None else f"the case list ({store.count()} cases)"
        print(f"smoke-test: main window shown with {shown} in {elapsed:.0f} ms ({store.location})")
        # The smoke test stops at the first window, as a user's start does before the warm-up; the
        # self-test goes on to the forms and the cases.
        code = (_self_test(window) if _check_forms(window, headless=True) else 1) if self_test else 0
        if self_test:  # the check a user's program runs shortly after start
            problem = store.full_check()
            if damage is not None:  # put aside at this start: the installation's store is not sound
                print(f"self-test: FAILED: {damage}; a new, empty one was started", file=sys.stderr)
                code = 1
            elif problem is not None:
                print(f"self-test: the case database is damaged: {problem}", file=sys.stderr)
                code = 1
        if open_case is not None and code == 0:
            code = _open_and_visit(window, store, open_case)
        QTimer.singleShot(0, app.quit)
        app.exec()
        if window.open_case_id is not None:
            window.editor.close_case()
        store.close()
        _clear_opened_copies()
        return code
    # Check the forms and build the case editor and its pages while the user looks at the list, so
    # that the first case opens at once.
    QTimer.singleShot(EDITOR_WARM_UP_MS, lambda: (window.editor.build_pages_while_idle()
                                                  if _check_forms(window, headless=False) else app.exit(1)))
    QTimer.singleShot(BACKUP_DELAY_MS, window.check_store_then_back_up)
    if open_case is not None and window.open_case_id != open_case:
        QTimer.singleShot(0, lambda: window.open_case(open_case))
    code = app.exec()
    store.close()
    _clear_opened_copies()
    return code


def _clear_opened_copies() -> None:
    """Remove the temporary copies of referrals opened for viewing (store/report_files.py)."""
    try:
        clear_opened()
    except StoreError:
        pass  # the data folder cannot be used: the store has said why


def _check_forms(window: MainWindow, headless: bool) -> bool:
    """Load and check the form declarations (forms/*.yaml) and the site configuration.

    A broken declaration means an edited installation: the program says which file and line and
    stops. A site configuration with an error is not used; the laboratory page says so.
    """
    from spinemet_desktop.present.forms import FormError, forms, use_site_locator
    from spinemet_desktop.store.paths import site_config_path

    use_site_locator(site_config_path)
    try:
        loaded = forms()
    except FormError as exc:
        message = QCoreApplication.translate("app", "The program's forms are damaged and it cannot be used: %1\n\n"
                                             "Reinstall spinemet-desktop.").replace("%1", str(exc))
        print(f"spinemet-desktop: {exc}", file=sys.stderr)
        if not headless:
            ask(window, QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Forms damaged"), message)
        return False
    if loaded.site_error:
        print(f"spinemet-desktop: site configuration not used: {loaded.site_error}", file=sys.stderr)
        window.show_site_error(loaded.site_error, dialog=not headless)
    return True


def _open_and_visit(window: MainWindow, store: Store, case_id: str) -> int:
    """--smoke-test --open: open a stored case in the editor as a user would, show every page, close it."""
    from spinemet_desktop.store import CaseLockedError

    started = time.perf_counter()
    try:
        case = store.get(case_id)
        if window.open_case_id != case_id:
            window.editor.open_case(case)
        window.stack.setCurrentWidget(window.editor)
        for index, page in enumerate(window.editor.pages):
            window.editor.go_to_page(index)
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if not page.isVisible():
                raise RuntimeError(f"page {index + 1} ({page.title}) was not shown")
        if not window.editor.close_case():
            raise StoreError("the case could not be saved when it was closed")
    except KeyError:
        print(f"smoke-test: no case {case_id} in {store.location}", file=sys.stderr)
        return 2
    except (CaseLockedError, CaseFileError, StoreError, RuntimeError, ValueError) as exc:
        print(f"smoke-test: case {case_id} could not be opened: {exc}", file=sys.stderr)
        return 1
    print(f"smoke-test: opened case {case_id} and visited all {len(window.editor.pages)} pages in "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    return 0


def _self_test(window: MainWindow) -> int:
    """Open every example case in the real window and build its referral in both languages.

    For installers and packaged builds: it exercises what the smoke test does not load (the
    case model, the clinical code, the pages, the PDF, the FHIR export). Prints one line per
    case; 0 if all pass.
    """
    from spinemet_desktop.report.fhir import build_fhir_bundle
    from spinemet_desktop.report.pdf import build_referral_pdf

    failures = 0
    for case in example_cases():
        started = time.perf_counter()
        try:
            if not window.show_case(case):
                raise RuntimeError("the case could not be opened")
            assessment = window.editor.assessment
            if assessment is None or assessment.pathway is None:
                raise RuntimeError("no assessment")
            pages = [build_referral_pdf(case, assessment, language=lang).pages for lang in ("de", "en")]
            entries = len(build_fhir_bundle(case, assessment, language="de").bundle.entry or [])
            window.editor.close_case()
        except Exception as exc:  # noqa: BLE001 - report every failure, then fail as a whole
            failures += 1
            print(f"self-test: {case.id}: FAILED: {exc!r}", file=sys.stderr)
            continue
        print(f"self-test: {case.id}: urgency {assessment.pathway.urgency.level}, "
              f"referral {pages[0]}+{pages[1]} pages (de+en), FHIR {entries} entries, {(time.perf_counter() - started) * 1000:.0f} ms")
    return 1 if failures or not _self_test_instructions(window) else 0


def _self_test_instructions(window: MainWindow) -> bool:
    """The instructions for use open in both languages and their PDF is there (shipped or made)."""
    from spinemet_desktop.ui.ifu_dialog import InstructionsDialog, pdf_path

    for language in ("de", "en"):
        try:
            dialog = InstructionsDialog(language, window)
            text = dialog.browser.toPlainText()
            dialog.deleteLater()
            path = pdf_path(language)
            if len(text) < 1000 or path.stat().st_size < 10_000:
                raise RuntimeError("instructions empty")
        except Exception as exc:  # noqa: BLE001 - report the failure, then fail as a whole
            print(f"self-test: instructions for use ({language}): FAILED: {exc!r}", file=sys.stderr)
            return False
        print(f"self-test: instructions for use ({language}): {len(text)} characters, PDF {path.name}")
    return True
