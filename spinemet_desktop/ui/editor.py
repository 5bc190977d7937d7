"""The case editor: the wizard pages, the live side panel and the save state of one case session.

The editor is a view of a :class:`~spinemet_desktop.session.CaseSession`, which owns the case, its
undo history, its save state and its assessment. Every edit goes through :meth:`CaseEditor.apply`
with an operation (:mod:`spinemet_desktop.session.ops`); a refused edit leaves the case exactly as
it was. The editor decides *when*: it saves 400 ms after the last edit, and never later than one
second after the first unsaved one, and recomputes once per event-loop turn. Pages and the side
panel only display what the assessment says. An open case is locked (:meth:`Store.lock`) so
that no other window or program edits it at the same time.

On a clinic server a save that cannot reach the server is kept on this computer; the header then
says so and the kept edits are sent when the server is back (:meth:`Store.sync`, retried). If
someone else changed the case meanwhile the store saves the edits as a separate case, and the
editor closes the case and reports the conflict (``conflicts_found``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model import Case
from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.present.fields import page_of
from spinemet_desktop.session import CaseSession, Changes, Op
from spinemet_desktop.store import CaseConflictError, KeptOnThisComputer, Store, StoreError
from spinemet_desktop.ui.pages import PAGE_KEYS, page_index, page_title
from spinemet_desktop.ui.pages.base import FormPage, Page
from spinemet_desktop.ui.pages.completeness import page_missing
from spinemet_desktop.ui.plain import plain_label, tooltip
from spinemet_desktop.ui.side_panel import SidePanel

AUTOSAVE_DELAY_MS = 400
#: An edit is on disk at most this long after it was made, however fast the typing goes on.
AUTOSAVE_MAX_DELAY_MS = 1000
SAVE_RETRY_MS = 5000


def page_class(key: str) -> type[Page]:
    """The class of the page with a key; its module is imported when the page is first built."""
    if key == "triage":
        from spinemet_desktop.ui.pages.triage import TriagePage
        return TriagePage
    if key == "history":
        from spinemet_desktop.ui.pages.history import PatientHistoryPage
        return PatientHistoryPage
    if key == "neurology":
        from spinemet_desktop.ui.pages.neurology import NeurologyPage
        return NeurologyPage
    if key == "imaging":
        from spinemet_desktop.ui.pages.imaging import ImagingPage
        return ImagingPage
    if key == "labs":
        from spinemet_desktop.ui.pages.labs import LabsPage
        return LabsPage
    if key == "summary":
        from spinemet_desktop.ui.pages.summary import SummaryPage
        return SummaryPage
    raise KeyError(key)


class PageList:
    """The editor's wizard pages, in order. A page's widgets are built the first time the page is
    needed — shown, a field on it asked for, or read by code (``pages[i]``, iteration) — so that
    opening the first case builds one page, not six. Until then its place in the page stack is an
    empty holder. The page list's "complete/incomplete" does not need the pages
    (:func:`spinemet_desktop.ui.pages.completeness.page_missing`)."""

    def __init__(self, editor: CaseEditor) -> None:
        self._editor = editor
        self._pages: list[Page | None] = [None] * len(PAGE_KEYS)

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index: int) -> Page:
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._editor._build_page(index)
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[i] for i in range(len(self)))

    def built(self) -> list[tuple[int, Page]]:
        """The pages built so far, with their positions (nothing is built by asking)."""
        return [(i, page) for i, page in enumerate(self._pages) if page is not None]

    def build_next(self) -> bool:
        """Build the first page not yet built; False when all are."""
        for i, page in enumerate(self._pages):
            if page is None:
                self[i]
                return True
        return False


class CaseEditor(QWidget):
    assessment_changed = Signal(object)
    case_saved = Signal(str)
    save_failed = Signal(str)
    undo_changed = Signal(bool, bool)  # can undo, can redo
    #: Kept edits could not be written to their case (a list of store Conflicts); if one is the
    #: open case's, the case has been closed.
    conflicts_found = Signal(list)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session: CaseSession | None = None
        self.assessment: Assessment | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._sync_timer = QTimer(self, singleShot=True, interval=SAVE_RETRY_MS)
        self._sync_timer.timeout.connect(self._sync)
        self._recompute_timer = QTimer(self, singleShot=True, interval=0)
        self._recompute_timer.timeout.connect(self.recompute)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages of the case"))
        self.nav.setAccessibleDescription(self.tr("Each page says whether it is complete. Alt+1 to Alt+6 or "
                                                  "Ctrl+Page Up/Down change the page."))
        # Long page titles (German, large text) wrap instead of being cut off.
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages_stack = QStackedWidget()
        for key in PAGE_KEYS:
            holder = QWidget()  # the page goes in when it is first needed (PageList)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages_stack.addWidget(holder)
            QListWidgetItem(page_title(key), self.nav)
        # As wide as the longest page title (at most 240 px): on a small screen the page gets the rest.
        widest = max(self.nav.fontMetrics().horizontalAdvance(page_title(key)) for key in PAGE_KEYS)
        self.nav.setMaximumWidth(min(240, widest + 2 * self.nav.frameWidth() + 16))
        self.pages = PageList(self)
        self._stale_pages: set[int] = set()
        #: Pages whose fields may show values older than the case (a field shown on two pages was
        #: edited on the other one): they read the case again when they are next shown.
        self._stale_values: set[int] = set()
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.side_panel = SidePanel()
        self.side_panel.field_requested.connect(self.go_to_field)

        self.notice = QLabel(self.tr("Decision support — verify clinically. The treating physician decides."))
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.notice.text())
        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_state = plain_label()  # says why a save failed: the store's words, a path
        self.save_state.setObjectName("saveState")
        self.save_state.setWordWrap(True)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages_stack)
        splitter.addWidget(self.side_panel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.save_state)
        top.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to_page(self.nav.currentRow() + s))
        self.nav.setCurrentRow(0)

    def build_pages_while_idle(self) -> None:
        """Build the pages not built yet, one per turn of the event loop, while no case is open
        (the user is reading the case list), so that each page shows at once when first visited.
        Stops once a case is open: its pages are then built when first shown, since building one
        now would hold up the typing."""
        if self.session is None and self.pages.build_next():
            QTimer.singleShot(0, self, self.build_pages_while_idle)  # not after the editor is gone

    # -- navigation ----------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.nav.setCurrentRow(index)
            self.pages[index].setFocus()

    def current_page(self) -> Page:
        return self.pages[self.nav.currentRow()]

    def page(self, key: str) -> Page:
        """The page with a key ("triage", "history", "neurology", "imaging", "labs", "summary")."""
        return self.pages[page_index(key)]

    def go_to(self, key: str) -> None:
        self.go_to_page(page_index(key))

    def go_to_field(self, address: str | None) -> None:
        """Open the page that holds a field and put the focus on it (the 'what is missing' links): the
        field's home page (a page that shows the field a second time, the triage page, focuses it
        itself)."""
        if not address:
            return
        try:
            where = FieldAddress.parse(address)
        except ValueError:
            return
        index = page_index(page_of(where))
        self.go_to_page(index)
        if not self.pages[index].focus_field(where):
            self.pages[index].setFocus()

    # -- the case ------------------------------------------------------------------------
    @property
    def case(self) -> Case | None:
        return self.session.case if self.session is not None else None

    @property
    def lock(self) -> object | None:
        return self.session.lock if self.session is not None else None

    def open_case(self, case: Case) -> None:
        """Show a case for editing; raises CaseLockedError (nothing changes) if it is open elsewhere."""
        if self.session is not None and case.id == self.session.case.id:
            if not self.flush():
                raise StoreError(self.tr("The edits of the open case could not be saved; it stays open."))
            session = CaseSession(case, self.store, self.session.lock)
        else:
            session = CaseSession.open(self.store, case)
            if not self.close_case():
                if session.lock is not None:
                    session.lock.release()
                raise StoreError(self.tr("The edits of the open case could not be saved; it stays open."))
            # Nothing of the case shown before may remain: its selections, messages, scroll positions.
            for _i, page in self.pages.built():
                page.reset()
            self.side_panel.reset()
        self.session = session
        self.save_state.clear()  # "Saved hh:mm" belonged to the case shown before
        self._emit_undo_state()
        for _i, page in self.pages.built():
            page.refresh(case)
        self.recompute()
        self.go_to_page(0)

    def take_over(self, other: CaseEditor) -> None:
        """Go on editing the other editor's case session — lock, undo history, save state — on the
        same page (the widgets are rebuilt when the language changes; the case must not notice)."""
        other.flush()
        other._save_timer.stop()
        other._sync_timer.stop()
        self.session, other.session = other.session, None
        page = other.nav.currentRow()
        self._emit_undo_state()
        if self.session is None:
            return
        self.refresh_pages()
        self.recompute()
        self.go_to_page(page)
        if self.session.dirty:  # the save failed just now: keep retrying, and say so
            self._save_timer.start(SAVE_RETRY_MS)
        elif self.store.pending_edits():
            self._show_save_state(self.store.offline_reason, kept=True)
            self._sync_timer.start(SAVE_RETRY_MS)
        else:
            self._show_save_state(None)

    def close_case(self) -> bool:
        """Save and release the open case; False (the case stays open) if it could not be saved."""
        if not self.flush():
            return False
        if self.session is not None:
            self.session.close()
        self._drop_case()
        return True

    def _drop_case(self) -> None:
        """Let go of the open case without saving (it is saved, or the store kept the edits as a
        separate case)."""
        self._save_timer.stop()
        if self.session is not None:
            self.session.release()
        self.session = None
        self.assessment = None

    def apply(self, op: Op, key: str | None = None) -> Changes:
        """Change the case through the session (see :meth:`CaseSession.apply`)."""
        if self.session is None:
            return Changes(False)
        changes = self.session.apply(op, key)
        if changes.reload:
            self.refresh_pages()
        if changes.applied:
            self._stale_values = set(range(len(self.pages))) - {self.nav.currentRow()}
            self._changed()
        return changes

    def undo(self) -> None:
        self._step(self.session.undo() if self.session is not None else Changes(False))

    def redo(self) -> None:
        self._step(self.session.redo() if self.session is not None else Changes(False))

    def _step(self, changes: Changes) -> None:
        if changes.applied:
            self.refresh_pages()
            self._changed()

    def _emit_undo_state(self) -> None:
        s = self.session
        self.undo_changed.emit(bool(s and s.can_undo), bool(s and s.can_redo))

    def _changed(self) -> None:
        assert self.session is not None and self.session.unsaved_since is not None
        left_ms = AUTOSAVE_MAX_DELAY_MS - (time.monotonic() - self.session.unsaved_since) * 1000
        self._save_timer.start(max(0, min(AUTOSAVE_DELAY_MS, int(left_ms))))
        self._recompute_timer.start()
        self._emit_undo_state()

    def refresh_pages(self) -> None:
        if self.case is not None:
            for _i, page in self.pages.built():
                page.refresh(self.case)
            self._stale_values.clear()

    def ensure_saved(self) -> bool:
        """Write pending edits, and the case itself if it is not in the store yet (e.g. an example)."""
        if self.session is None:
            return False
        try:
            if not self.store.exists(self.session.case.id):
                self.session.mark_unsaved()
        except StoreError:
            self.session.mark_unsaved()  # the save below says why
        return self.flush() and self.session is not None and not self.store.pending_edits()

    def flush(self) -> bool:
        """Write pending edits now (autosave timer, closing, switching case). True when nothing of
        the open case is left unsaved (on a server: or kept on this computer)."""
        self._save_timer.stop()
        if self.session is None or not self.session.dirty:
            return True
        try:
            self.session.save()
        except KeptOnThisComputer as exc:  # safe on this computer; sent when the server is back
            self._show_save_state(str(exc), kept=True)
            self._sync_timer.start(SAVE_RETRY_MS)
            return True
        except CaseConflictError as exc:
            self._drop_case()
            self.conflicts_found.emit(self.store.take_conflicts() or [exc.conflict])
            return True
        except StoreError as exc:
            self._show_save_state(str(exc))
            self.save_failed.emit(str(exc))
            self._save_timer.start(SAVE_RETRY_MS)
            return False
        self._show_save_state(None)
        self.case_saved.emit(self.session.case.id)
        self._report_conflicts()
        return True

    def _sync(self) -> None:
        """Send the edits kept on this computer (retried until the server takes them)."""
        try:
            sent = self.store.sync()
        except StoreError as exc:  # the server answers but refuses a kept edit: say why, keep trying
            self._show_save_state(str(exc), kept=True)
            sent = False
        if sent:
            if self.session is not None and not self.session.dirty:
                self._show_save_state(None)
        else:
            self._sync_timer.start(SAVE_RETRY_MS)
        self._report_conflicts()

    def _report_conflicts(self) -> None:
        conflicts = self.store.take_conflicts()
        if not conflicts:
            return
        if self.session is not None and any(c.case_id == self.session.case.id for c in conflicts):
            if self.session.dirty:  # the newest edits go to the separate case too
                try:
                    self.session.save()
                except CaseConflictError:
                    pass
                except StoreError:
                    self.conflicts_found.emit(conflicts)
                    return  # stays open (NOT SAVED) until they can be written there
            self._drop_case()
        self.conflicts_found.emit(conflicts)

    def _show_save_state(self, error: str | None, kept: bool = False) -> None:
        """Always visible: when the case was last saved, or that it is not saved and why."""
        if error is None:
            text = self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        elif kept:
            text = self.tr("‼ NOT SAVED on the server — kept on this computer. %1 Saving is retried.").replace(
                "%1", error)
        else:
            text = self.tr("‼ NOT SAVED: %1 Your edits are kept in memory; saving is retried.").replace("%1", error)
        self.save_state.setText(text)
        self.save_state.setAccessibleName(text)
        self.save_state.setProperty("failed", error is not None)
        self.save_state.setStyleSheet("color: #b00020; font-weight: bold" if error else "")

    def recompute(self) -> None:
        self._recompute_timer.stop()
        if self.session is None or self.case is None:
            return
        self.assessment = self.session.assess()
        self._update_header()
        for i, key in enumerate(PAGE_KEYS):
            missing = page_missing(key, self.case, self.assessment)
            state = self.tr("complete") if not missing else self.tr("incomplete")
            item = self.nav.item(i)
            title = page_title(key)
            text = f"{title}\n({state})"
            if item.text() != text:
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {state}")
            item.setToolTip(tooltip("\n".join(missing)))
        # Only the page in view shows its results now; the others when they are next shown.
        self._stale_pages = set(range(len(self.pages)))
        self._show_page_results(self.nav.currentRow())
        self.side_panel.update_results(self.case, self.assessment)
        self.assessment_changed.emit(self.assessment)

    def _build_page(self, index: int) -> Page:
        """Build a page (PageList) into its holder in the stack, showing the open case and its
        results as a page built earlier would."""
        page = page_class(PAGE_KEYS[index])(self)
        holder = self.pages_stack.widget(index)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(page)
        page.show()  # at once, not when the event loop next runs (as for a child added to a shown widget)
        self._stale_values.discard(index)
        self._stale_pages.discard(index)
        if self.case is not None:
            page.refresh(self.case)
            if self.assessment is not None:
                page.update_results(self.assessment)
                if isinstance(page, FormPage):
                    page.update_conditions(self.case)
        return page

    def _page_chosen(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.pages[index]  # built before it is shown, so that its first frame is laid out
        self.pages_stack.setCurrentIndex(index)
        self._show_page_results(index)

    def _show_page_results(self, index: int) -> None:
        # The triage page shows the urgency, the transport and whom to call itself.
        if not 0 <= index < len(self.pages):
            return
        self.side_panel.setVisible(PAGE_KEYS[index] != "triage")
        page = self.pages[index]  # built on first show
        if index in self._stale_values and self.case is not None:
            self._stale_values.discard(index)
            page.refresh(self.case)
        if index in self._stale_pages and self.assessment is not None:
            self._stale_pages.discard(index)
            page.update_results(self.assessment)
            if isinstance(page, FormPage) and self.case is not None:
                page.update_conditions(self.case)

    def _update_header(self) -> None:
        assert self.case is not None
        p = self.case.patient
        parts = [p.display_name or self.tr("(no name)")]
        if p.date_of_birth:
            parts.append(self.tr("born %1").replace("%1", p.date_of_birth.strftime("%d.%m.%Y")))
        if p.record_number:
            parts.append(self.tr("record %1").replace("%1", p.record_number))
        self.header.setText(" · ".join(parts))
