"""The main window: the case list and the case editor, menus, the instructions for use, About.

The window opens on the case list, which needs only the store. The case editor (its pages, the
case model and the clinical code) is built on first use — in normal runs shortly after the first
window is shown — so that the program appears fast (benchmarks/README.md).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMenuBar, QMessageBox, QStackedWidget

from spinemet_desktop import GUIDELINE_VERSION, __version__
from spinemet_desktop.i18n import current_language
from spinemet_desktop.model.fileformat import CaseFileError
from spinemet_desktop.model.limits import is_id
from spinemet_desktop.store import CaseLockedError, Conflict, Store, StoreError
from spinemet_desktop.store.files import make_private
from spinemet_desktop.store.report_files import remove_report_files
from spinemet_desktop.ui import language as ui_language
from spinemet_desktop.ui.case_list import CaseList
from spinemet_desktop.ui.pages import PAGE_KEYS, page_title
from spinemet_desktop.ui.plain import ask, message_box, plain_label, title, tooltip, warn

if TYPE_CHECKING:
    from spinemet_desktop.model import Case
    from spinemet_desktop.ui.editor import CaseEditor


#: The size the window opens at when none is remembered and the screen has room for it.
PREFERRED_SIZE = QSize(1280, 800)
#: Room for the title bar and borders before the window manager has framed the window.
FRAME_GUESS = QMargins(8, 38, 8, 8)
_GEOMETRY = "window/geometry"


def fit_geometry(available: QRect, wanted: QRect, frame: QMargins) -> QRect:
    """The window's geometry (without its frame) as close to ``wanted`` as the screen's available
    area (without task bars) allows with the frame included: no larger, and moved in where it
    would stick out."""
    width = max(1, min(wanted.width(), available.width() - frame.left() - frame.right()))
    height = max(1, min(wanted.height(), available.height() - frame.top() - frame.bottom()))
    x = min(max(wanted.x(), available.left() + frame.left()), available.left() + available.width() - frame.right() - width)
    y = min(max(wanted.y(), available.top() + frame.top()), available.top() + available.height() - frame.bottom() - height)
    return QRect(x, y, width, height)


def _fill(template: str, *values: str) -> str:
    """Put values into a translated template's %1, %2, … at once (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)


def _set_shortcut(action: QAction, keys: QKeySequence | QKeySequence.StandardKey) -> None:
    """Give an action its shortcut(s); a standard key gets every binding of the platform.

    ``setShortcuts`` with a list, not ``setShortcut``: PySide6 resolves the overloads of the
    latter by building Python enums of all of Qt's keys on first use, 15 ms of start-up.
    """
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(keys))
    else:
        action.setShortcuts([keys])


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self._editor: CaseEditor | None = None
        self.stack = QStackedWidget()
        self.case_list = self._make_case_list()
        self.stack.addWidget(self.case_list)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._update_title()
        self.statusBar().showMessage(self.tr("Decision support — verify clinically."))
        #: Shown while the site configuration is not used (the reason in its tooltip).
        self.site_warning = plain_label()
        self.site_warning.hide()
        self._site_problem: str | None = None
        self.statusBar().addPermanentWidget(self.site_warning)
        self.resize(PREFERRED_SIZE)

    def place_on_screen(self, available: QRect | None = None) -> None:
        """Open where the window was last closed (else centred at :data:`PREFERRED_SIZE`), never
        larger than the screen's available area: on a 1366 × 768 or 1280 × 720 screen, at 100 %
        or 125 % scaling, the buttons and the status bar stay on screen."""
        stored = ui_language.settings()
        saved = stored.value(_GEOMETRY) if stored is not None else None
        restored = isinstance(saved, QByteArray) and self.restoreGeometry(saved)
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen()
        if available is None:
            available = screen.availableGeometry()
        wanted = self.geometry() if restored else QRect(0, 0, PREFERRED_SIZE.width(), PREFERRED_SIZE.height())
        if not restored:
            wanted.moveCenter(available.center())
        outer, inner = self.frameGeometry(), self.geometry()
        frame = FRAME_GUESS if outer == inner else QMargins(
            inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
            outer.bottom() - inner.bottom())
        self.setGeometry(fit_geometry(available, wanted, frame))

    def remember_geometry(self) -> None:
        stored = ui_language.settings()
        if stored is None:
            return
        stored.setValue(_GEOMETRY, self.saveGeometry())
        stored.sync()
        make_private(Path(stored.fileName()))

    def _make_case_list(self) -> CaseList:
        case_list = CaseList(self.store)
        case_list.open_requested.connect(self.open_case)
        case_list.new_requested.connect(self.new_case)
        case_list.duplicate_requested.connect(self.duplicate_case)
        case_list.delete_requested.connect(self.delete_case)
        case_list.import_requested.connect(self.import_case)
        case_list.export_requested.connect(self.export_case)
        return case_list

    def _build_menus(self) -> None:
        """A new menu bar (the old one, with its actions, is deleted: rebuilt on a language switch)."""
        bar = QMenuBar(self)
        self.setMenuBar(bar)

        def add(menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, menu)
            if shortcut is not None:
                _set_shortcut(action, shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            return action

        case_menu = bar.addMenu(self.tr("&Case"))
        add(case_menu, self.tr("&New case"), self.new_case, QKeySequence.StandardKey.New)
        add(case_menu, self.tr("&Case list"), self.show_list, QKeySequence("Ctrl+L"))
        add(case_menu, self.tr("&Import case files…"), self.import_case, QKeySequence("Ctrl+I"))
        add(case_menu, self.tr("&Export this case…"), self.export_current, QKeySequence("Ctrl+E"))
        add(case_menu, self.tr("&Audit trail of this case…"), self.show_audit, QKeySequence("Ctrl+Shift+A"))
        add(case_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = add(edit, self.tr("&Undo"), lambda: self._editor and self._editor.undo(),
                               QKeySequence.StandardKey.Undo)
        self.redo_action = add(edit, self.tr("&Redo"), lambda: self._editor and self._editor.redo(),
                               QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        go = bar.addMenu(self.tr("&Go"))
        for i in range(len(PAGE_KEYS)):
            add(go, page_title(i), lambda _c=False, index=i: self._go(index), QKeySequence(f"Alt+{i + 1}"))
        languages = bar.addMenu(self.tr("&Settings")).addMenu(self.tr("&Language"))
        group = QActionGroup(languages)
        saved = ui_language.saved_language()
        system = ui_language.LANGUAGE_NAMES[ui_language.system_language()]
        for code, text in ((None, self.tr("As the system (%1)").replace("%1", system)),
                           *ui_language.LANGUAGE_NAMES.items()):
            action = add(languages, text, lambda _c=False, choice=code: self.set_language(choice))
            action.setCheckable(True)
            action.setChecked(code == saved)
            group.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        add(help_menu, self.tr("&Instructions for use"), self.show_instructions,
            QKeySequence.StandardKey.HelpContents)
        add(help_menu, self.tr("&About spinemet-desktop"), self.show_about)

    def set_language(self, choice: str | None) -> None:
        """Switch the language of the whole window now (None: as the system), keeping the open
        case, its page and its undo history; the choice is remembered for the next start."""
        ui_language.save_language(choice)
        language = choice or ui_language.system_language()
        if language == current_language():
            return
        ui_language.install(language)
        self._rebuild()

    def _rebuild(self) -> None:
        """Build every widget again, in the language installed now."""
        showing_case = self._editor is not None and self.stack.currentWidget() is self._editor
        old_list, self.case_list = self.case_list, self._make_case_list()
        self.stack.insertWidget(0, self.case_list)
        self.stack.removeWidget(old_list)
        old_list.deleteLater()
        self._build_menus()
        old_editor, self._editor = self._editor, None
        if old_editor is not None:
            self.editor.take_over(old_editor)
            self.stack.removeWidget(old_editor)
            old_editor.deleteLater()
        self.statusBar().showMessage(self.tr("Decision support — verify clinically."))
        if self._site_problem is not None:
            self.show_site_error(self._site_problem, dialog=False)
        if showing_case and self.editor.case is not None:
            self.stack.setCurrentWidget(self.editor)
        else:
            self.stack.setCurrentWidget(self.case_list)
        self._update_title()

    @property
    def editor(self) -> CaseEditor:
        """The case editor, built on first use."""
        if self._editor is None:
            from spinemet_desktop.ui.editor import CaseEditor

            editor = CaseEditor(self.store)
            editor.save_failed.connect(self._save_failed)
            editor.case_saved.connect(lambda _id: self.statusBar().showMessage(self.tr("Saved"), 2000))
            editor.undo_changed.connect(lambda u, r: (self.undo_action.setEnabled(u), self.redo_action.setEnabled(r)))
            editor.conflicts_found.connect(self.show_conflicts)
            editor.assessment_changed.connect(lambda _a: self._update_title())  # the name as it is typed
            self.stack.addWidget(editor)
            self._editor = editor
        return self._editor

    @property
    def open_case_id(self) -> str | None:
        """The id of the case open in the editor, if any (without building the editor)."""
        return self._editor.case.id if self._editor is not None and self._editor.case is not None else None

    def _go(self, index: int) -> None:
        if self.open_case_id is not None:
            self.stack.setCurrentWidget(self.editor)
            self.editor.go_to_page(index)

    # -- case actions ------------------------------------------------------------------
    def show_list(self) -> None:
        if self._editor is not None and not self._editor.close_case():
            return  # not saved: the case stays open; the message is shown by the editor
        self.case_list.reload()
        self.stack.setCurrentWidget(self.case_list)
        self._update_title()
        self.case_list.setFocus()

    def open_case(self, case_id: str) -> None:
        try:
            case = self.store.get(case_id)
        except CaseFileError as exc:  # stored, but not a case every way in would accept
            self.case_list.mark_damaged(case_id, str(exc))
            self.offer_damaged(case_id, str(exc))
            return
        except (KeyError, StoreError) as exc:
            warn(self, self.tr("Case cannot be opened"), str(exc))
            return
        self.show_case(case)

    def offer_damaged(self, case_id: str, problem: str) -> None:
        """Say why a stored case cannot be opened, and offer to export it as stored or delete it."""
        box = message_box(self, QMessageBox.Icon.Warning, self.tr("Case cannot be opened"), self.tr(
            "The case %1 cannot be opened: what is stored does not pass the checks every case passes.\n\n%2\n\n"
            "You can export it as it is stored (for your IT department) or delete it.").replace(
            "%1", case_id).replace("%2", problem), QMessageBox.StandardButton.Close)
        export = box.addButton(self.tr("&Export…"), QMessageBox.ButtonRole.ActionRole)
        delete = box.addButton(self.tr("&Delete…"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is export:
            self.export_case(case_id)
        elif chosen is delete:
            self.delete_case(case_id)

    def show_case(self, case: Case) -> bool:
        try:
            self.editor.open_case(case)
        except (CaseLockedError, StoreError) as exc:
            warn(self, self.tr("Case cannot be opened"), str(exc))
            return False
        self.stack.setCurrentWidget(self.editor)
        self._update_title()
        return True

    def show_site_error(self, problem: str, *, dialog: bool) -> None:
        """The site configuration is not used: say so in the status bar for as long as the program
        runs, and once in a dialog (``dialog``); the built-in reference ranges apply."""
        self._site_problem = problem
        text = self.tr("The site configuration has an error and is not used; the built-in reference ranges "
                       "apply: %1").replace("%1", problem)
        self.site_warning.setText("⚠ " + self.tr("Site configuration not used"))
        self.site_warning.setToolTip(tooltip(text))
        self.site_warning.setAccessibleName(text)
        self.site_warning.show()
        self.statusBar().showMessage(text)
        if dialog:
            box = message_box(self, QMessageBox.Icon.Warning, self.tr("Site configuration not used"), text)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _update_title(self) -> None:
        """The window title names the patient whose case is shown, and nobody else."""
        case = self._editor.case if self._editor is not None and self.stack.currentWidget() is self._editor else None
        if case is None:
            self.setWindowTitle(self.tr("Spinal metastases — bedside documentation"))
        else:
            self.setWindowTitle(self.tr("%1 — spinemet-desktop").replace(
                "%1", title(case.patient.display_name) or self.tr("New case")))

    def new_case(self) -> None:
        try:
            case = self.store.create()
        except StoreError as exc:
            self._save_failed(str(exc))
            return
        self.show_case(case)

    def duplicate_case(self, case_id: str) -> None:
        try:
            copy = self.store.duplicate(case_id)
        except (KeyError, CaseFileError, StoreError) as exc:
            warn(self, self.tr("Case cannot be opened"), str(exc))
            return
        self.show_case(copy)

    def delete_case(self, case_id: str) -> None:
        # An id that is no case id (a damaged row) cannot be held open by anyone: no lock to take.
        lock = None
        if is_id(case_id):
            try:
                lock = self.store.lock(case_id)
            except (CaseLockedError, StoreError) as exc:
                warn(self, self.tr("Case cannot be deleted"), str(exc))
                return
        try:
            self._delete_locked(case_id)
        except StoreError as exc:
            warn(self, self.tr("Case cannot be deleted"), str(exc))
        finally:
            if lock is not None:
                lock.release()

    def _delete_locked(self, case_id: str) -> None:
        """Ask once, then delete the case with its audit trail, its stored referrals and the
        referral files written into the data folder."""
        summary = self.case_list.summary(case_id)
        name = (summary.display_name if summary is not None else "") or self.tr("(no name)")
        record = (summary.record_number if summary is not None else "") or "—"
        answer = ask(
            self, QMessageBox.Icon.Question, self.tr("Delete case"),
            self.tr("Delete this case permanently?\n\n%1, record %2").replace("%1", name).replace("%2", record),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            reports = self.store.list_reports(case_id)
            self.store.delete(case_id)
            try:
                remove_report_files(report.sha256 for report in reports)
            except StoreError:
                pass  # the data folder cannot be used: there are no files of ours in it
            self.case_list.reload()

    def import_case(self) -> None:
        """Ask for one or several case files and import them (:meth:`import_files`)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import case files"), "", self.tr("Case files (*.json)"))
        if paths:
            self.import_files([Path(path) for path in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import case files. A patient already in the list (same record number or case id) is
        imported only if the user chooses "import as a copy" (the copy's notes say so); the user
        may open the existing case instead. One file imported is opened; several are listed."""
        from datetime import datetime

        from spinemet_desktop.present.imports import marked_copy
        from spinemet_desktop.store import read_case
        from spinemet_desktop.ui.import_dialog import CANCEL, OPEN
        from spinemet_desktop.ui.labels import ui_renderer

        imported: list[Case] = []
        problems: list[str] = []
        skipped = 0
        to_open: str | None = None
        for path in paths:
            try:
                case = read_case(path)
                holders = self.store.holders(case)
                if holders:
                    choice = self.ask_duplicate(path, case, holders, several=len(paths) > 1)
                    if choice == OPEN:
                        to_open = holders[0]
                    if choice in (OPEN, CANCEL):
                        skipped += 1
                        continue
                    case = marked_copy(case, ui_renderer(), path.name, datetime.now().astimezone(), len(holders))
                imported.append(self.store.import_case(case, source=path.name, copy_of=holders or None))
            except (CaseFileError, StoreError) as exc:
                problems.append(f"{path.name}: {exc}")
        if problems:
            warn(self, self.tr("Case file not imported"),
                 self.tr("%1 of %2 file(s) could not be imported:").replace("%1", str(len(problems)))
                 .replace("%2", str(len(paths))) + "\n\n" + "\n".join(problems))
        if to_open is not None:
            self.open_case(to_open)
        elif len(imported) == 1 and len(paths) == 1:
            self.show_case(imported[0])
        elif imported:
            self.show_list()
        if imported or skipped:
            self.statusBar().showMessage(self.tr("Imported %1 case file(s); %2 not imported.").replace(
                "%1", str(len(imported))).replace("%2", str(skipped + len(problems))), 10000)

    def ask_duplicate(self, path: Path, case: Case, holders: list[str], several: bool) -> str:
        """Ask what to do with a file whose patient is already in the list (import_dialog.OPEN, COPY, CANCEL)."""
        from spinemet_desktop.present.imports import who
        from spinemet_desktop.ui.import_dialog import DuplicateDialog
        from spinemet_desktop.ui.labels import ui_renderer

        r = ui_renderer()
        existing = []
        for case_id in holders:
            try:
                existing.append(who(self.store.get(case_id), r))
            except (KeyError, CaseFileError, StoreError):
                existing.append(case_id)
        dialog = DuplicateDialog(path.name, who(case, r), existing, several, self)
        dialog.exec()
        return dialog.choice()

    def export_case(self, case_id: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export case file"), f"{case_id}.json",
                                              self.tr("Case files (*.json)"))
        if path:
            try:
                self.store.export_file(case_id, Path(path))
            except (KeyError, CaseFileError, StoreError, OSError) as exc:
                warn(self, self.tr("Export case file"), str(exc))

    def export_current(self) -> None:
        if self.open_case_id is not None:
            self.editor.flush()
            self.export_case(self.open_case_id)

    def show_audit(self) -> None:
        if self.open_case_id is None:
            return
        from spinemet_desktop.ui.audit_dialog import AuditDialog

        case = self.editor.case
        self.editor.flush()
        try:
            entries = self.store.audit(case.id)
        except StoreError as exc:
            warn(self, self.tr("Audit trail of this case"), str(exc))
            return
        dialog = AuditDialog(entries, title(case.patient.display_name) or case.id, self)
        dialog.open()

    def check_store_then_back_up(self) -> None:
        """Shortly after start: the store's full check in a background thread (it reads every page
        of the database, too slow for the start itself), then the daily backup. If the check finds
        damage the user is told at once and no backup is taken of the damaged file."""
        import threading

        result: list[str | None] = []
        thread = threading.Thread(target=lambda: result.append(self.store.full_check()), daemon=True,
                                  name="spinemet-store-check")
        thread.start()
        poll = QTimer(self, interval=200)

        def done() -> None:
            if thread.is_alive():
                return
            poll.stop()
            poll.deleteLater()
            problem = result[0] if result else "the check stopped unexpectedly"
            if problem is None:
                self.take_daily_backup(checked=True)
            else:
                self.report_damaged_store(problem)

        poll.timeout.connect(done)
        poll.start()

    def report_damaged_store(self, problem: str) -> None:
        text = self.tr("The check of the case database found damage: %1\n\nQuit spinemet-desktop now and enter "
                       "nothing more: at the next start the damaged file is put aside (it is kept, never deleted) "
                       "and the newest backup is offered. Edits made since that backup are only in the damaged "
                       "file; your IT department may be able to recover them from it.").replace("%1", problem)
        self.statusBar().showMessage(self.tr("‼ The case database is damaged: %1").replace("%1", problem))
        message_box(self, QMessageBox.Icon.Critical, self.tr("Case database damaged"), text).open()

    def take_daily_backup(self, checked: bool = False) -> None:
        """The automatic daily backup (after the full check, shortly after the window is shown)."""
        try:
            backup = self.store.backup_if_due(checked=checked)
        except StoreError as exc:
            self.statusBar().showMessage(self.tr("‼ Daily backup failed: %1").replace("%1", str(exc)))
            return
        if backup is not None:
            self.statusBar().showMessage(self.tr("Daily backup written: %1").replace("%1", str(backup.path)), 5000)

    def show_instructions(self) -> None:
        from spinemet_desktop.ui.ifu_dialog import InstructionsDialog

        self.instructions = InstructionsDialog(current_language(), self)
        self.instructions.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.instructions.open()

    def show_about(self) -> None:
        if self.store.shared:
            where = self.tr("Cases are kept on the clinic's server: %1").replace("%1", self.store.location)
        else:
            where = self.tr("Data stay on this computer: %1").replace("%1", self.store.location)
        ask(
            self, QMessageBox.Icon.Information, self.tr("About spinemet-desktop"),
            self.tr("spinemet-desktop %1\n\nClinical basis: %2\n\nDecision support — verify clinically. "
                    "The treating physician decides.").replace("%1", __version__).replace("%2", GUIDELINE_VERSION)
            + "\n\n" + where,
        )

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        """Say which kept edits could not be written to their case, and where they are instead."""
        if self.open_case_id is None and self.stack.currentWidget() is not self.case_list:
            self.show_list()
        else:
            self.case_list.reload()
        for conflict in conflicts:
            when = conflict.at.astimezone().strftime("%d.%m.%Y %H:%M") if conflict.at else "?"
            if conflict.what == "deleted":
                meanwhile = self.tr("While this computer could not reach the server, the case %1 was deleted.")
            elif conflict.what == "opened":
                meanwhile = self.tr("While this computer could not reach the server, the case %1 was opened by %2 "
                                    "on %3 (since %4).")
            else:
                meanwhile = self.tr("While this computer could not reach the server, the case %1 was changed by %2 "
                                    "on %3 (database role %5) at %4.")
            text = _fill(meanwhile, conflict.display_name or conflict.case_id, conflict.user or "?",
                         conflict.host or "?", when, conflict.role or "?") + "\n\n" + _fill(self.tr(
                "Your %1 edit(s) kept on this computer were not written over it: they were saved as a separate "
                "case with the same patient (id %2). Compare the two cases and merge them by hand; both are in the "
                "case list."), str(conflict.edits), conflict.copy_id)
            message_box(self, QMessageBox.Icon.Warning, self.tr("Edits saved as a separate case"), text).open()

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("NOT SAVED: %1 — your edits are kept in memory and retried.")
                                     .replace("%1", message))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor is not None and not self._editor.close_case():
            answer = ask(
                self, QMessageBox.Icon.Warning, self.tr("Edits not saved"),
                self.tr("The last edits could not be saved. Quit anyway and lose them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        kept = self.store.pending_edits()
        if kept and not self.store.sync(wait=True):
            answer = ask(
                self, QMessageBox.Icon.Warning, self.tr("Edits not on the server"),
                self.tr("%1 saved edit(s) are kept on this computer only: the server cannot be reached. They are "
                        "sent when spinemet-desktop next starts on this computer. Quit now?").replace("%1", str(kept)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.remember_geometry()
        event.accept()


__all__ = ["MainWindow"]
