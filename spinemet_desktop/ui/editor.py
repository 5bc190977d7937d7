"""The case editor: wizard pages, the live side panel, autosave, undo. One path for every mutation.

Every edit goes through :meth:`CaseEditor.apply`, which changes the case model (validated by
pydantic; a refused edit leaves the case exactly as it was), records the previous state for undo,
schedules the autosave (400 ms after the last edit, and never later than one second after the
first unsaved one) and one recompute per event-loop turn. Pages and the side panel only display
what :func:`~spinemet_desktop.clinical.assess.assess` returns. An open case is locked
(:meth:`Store.lock`) so that no other window or program edits it at the same time.

On a clinic server a save that cannot reach the server is kept on this computer; the header then
says so and the kept edits are sent when the server is back (:meth:`Store.sync`, retried). If
someone else changed the case meanwhile the store saves the edits as a separate case, and the
editor closes the case and reports the conflict (``conflicts_found``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment, assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.model import Case
from spinemet_desktop.model.caseio import describe_validation_error
from spinemet_desktop.store import (
    CaseConflictError,
    HeldCase,
    KeptOnThisComputer,
    Store,
    StoreError,
)

AUTOSAVE_DELAY_MS = 400
#: An edit is on disk at most this long after it was made, however fast the typing goes on.
AUTOSAVE_MAX_DELAY_MS = 1000
SAVE_RETRY_MS = 5000
UNDO_LIMIT = 500
#: Successive edits of the same field within this time are one undo step (typing a word).
UNDO_MERGE_SECONDS = 1.5


class Page(QWidget):
    """A wizard page. Subclasses build their form and implement refresh/status."""

    title = ""

    def __init__(self, editor: CaseEditor) -> None:
        super().__init__()
        self.editor = editor

    def set_scrolling_body(self, body: QWidget) -> None:
        """Put the page's form into a scroll area (small screens, 200 % text)."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.title)
        scroll.setAccessibleDescription(self.tr("The form of this page; Tab moves through its fields."))
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self, case: Case) -> None:
        """Show the case (called when a case is opened or changed elsewhere)."""

    def update_results(self, assessment: Assessment) -> None:
        """Show computed results that belong on this page."""

    def missing(self, case: Case, assessment: Assessment) -> list[str]:
        """What is still missing on this page (empty = complete)."""
        return []


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
        from spinemet_desktop.ui.pages.history import PatientHistoryPage
        from spinemet_desktop.ui.pages.imaging import ImagingPage
        from spinemet_desktop.ui.pages.labs import LabsPage
        from spinemet_desktop.ui.pages.neurology import NeurologyPage
        from spinemet_desktop.ui.pages.summary import SummaryPage
        from spinemet_desktop.ui.side_panel import SidePanel

        self.store = store
        self.case: Case | None = None
        self.assessment: Assessment | None = None
        self._dirty = False
        self._dirty_since: float | None = None
        self.lock: HeldCase | None = None
        self._undo: list[Case] = []
        self._redo: list[Case] = []
        self._last_edit: tuple[str | None, float] = (None, 0.0)
        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._sync_timer = QTimer(self, singleShot=True, interval=SAVE_RETRY_MS)
        self._sync_timer.timeout.connect(self._sync)
        self._recompute_timer = QTimer(self, singleShot=True, interval=0)
        self._recompute_timer.timeout.connect(self.recompute)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages of the case"))
        self.nav.setAccessibleDescription(self.tr("Each page says whether it is complete. Alt+1 to Alt+5 or "
                                                  "Ctrl+Page Up/Down change the page."))
        self.nav.setMaximumWidth(240)
        # Long page titles (German, large text) wrap instead of being cut off.
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages_stack = QStackedWidget()
        self.pages: list[Page] = [
            PatientHistoryPage(self), NeurologyPage(self), ImagingPage(self), LabsPage(self),
            SummaryPage(self),
        ]
        for page in self.pages:
            self.pages_stack.addWidget(page)
            QListWidgetItem(page.title, self.nav)
        self._stale_pages: set[int] = set()
        self.nav.currentRowChanged.connect(self.pages_stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._show_page_results)
        self.side_panel = SidePanel(self)

        self.notice = QLabel(self.tr("Decision support — verify clinically. The treating physician decides."))
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.notice.text())
        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
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

    # -- navigation ----------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.nav.setCurrentRow(index)
            self.pages[index].setFocus()

    def current_page(self) -> Page:
        return self.pages[self.nav.currentRow()]

    def go_to_field(self, field: str | None) -> None:
        """Open the page that holds a case field (used by 'what is missing' links)."""
        if not field:
            return
        prefix = field.split(".")[0]
        index = {"patient": 0, "encounter": 0, "history": 0, "neuro": 1, "imaging": 2, "labs": 3}.get(prefix)
        if index is not None:
            self.go_to_page(index)
            focus = getattr(self.pages[index], "focus_field", None)
            if focus:
                focus(field)

    # -- the case ------------------------------------------------------------------------
    def open_case(self, case: Case) -> None:
        """Show a case for editing; raises CaseLockedError (nothing changes) if it is open elsewhere."""
        if self.case is None or case.id != self.case.id:
            lock = self.store.lock(case.id)
            if not self.close_case():
                lock.release()
                raise StoreError(self.tr("The edits of the open case could not be saved; it stays open."))
            self.lock = lock
        self.case = case
        self._undo.clear()
        self._redo.clear()
        self._emit_undo_state()
        for page in self.pages:
            page.refresh(case)
        self.recompute()
        self.go_to_page(0)

    def take_over(self, other: CaseEditor) -> None:
        """Go on editing the other editor's case with its lock, undo history and page (the
        widgets are rebuilt when the language changes; the case must not notice)."""
        other.flush()
        other._save_timer.stop()
        other._sync_timer.stop()
        self.case, self.lock, self._undo, self._redo = other.case, other.lock, other._undo, other._redo
        self._dirty, self._dirty_since = other._dirty, other._dirty_since
        page = other.nav.currentRow()
        other.case, other.lock = None, None
        self._emit_undo_state()
        if self.case is None:
            return
        self.refresh_pages()
        self.recompute()
        self.go_to_page(page)
        if self._dirty:  # the save failed just now: keep retrying, and say so
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
        self._drop_case()
        return True

    def _drop_case(self) -> None:
        self._save_timer.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.case = None
        self.assessment = None
        self._dirty, self._dirty_since = False, None

    def apply(self, mutation: Callable[[Case], None], key: str | None = None) -> str | None:
        """Change the case; returns a message if the value was refused (the case is unchanged).

        ``key`` names the field being edited: successive edits of one field merge into one undo
        step while the user keeps typing.
        """
        if self.case is None:
            return None
        before = self.case.model_copy(deep=True)
        try:
            mutation(self.case)
        except (ValidationError, ValueError) as exc:
            if self.case != before:  # a mutation refused half-way must not leave half an edit
                self.case = before
                self.refresh_pages()
            if isinstance(exc, ValidationError):
                return describe_validation_error(exc).split("\n", 1)[-1]
            return str(exc)
        now = time.monotonic()
        last_key, last_at = self._last_edit
        if key is None or key != last_key or now - last_at > UNDO_MERGE_SECONDS or not self._undo:
            self._undo.append(before)
            del self._undo[:-UNDO_LIMIT]
        self._last_edit = (key, now)
        self._redo.clear()
        self._changed()
        return None

    def undo(self) -> None:
        self._step(self._undo, self._redo)

    def redo(self) -> None:
        self._step(self._redo, self._undo)

    def _step(self, source: list[Case], target: list[Case]) -> None:
        if self.case is None or not source:
            return
        target.append(self.case)
        self.case = source.pop()
        self._last_edit = (None, 0.0)
        self.refresh_pages()
        self._changed()

    def _emit_undo_state(self) -> None:
        self.undo_changed.emit(bool(self._undo), bool(self._redo))

    def _changed(self) -> None:
        self._dirty = True
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = AUTOSAVE_MAX_DELAY_MS - (now - self._dirty_since) * 1000
        self._save_timer.start(max(0, min(AUTOSAVE_DELAY_MS, int(left_ms))))
        self._recompute_timer.start()
        self._emit_undo_state()

    def refresh_pages(self) -> None:
        if self.case is not None:
            for page in self.pages:
                page.refresh(self.case)

    def ensure_saved(self) -> bool:
        """Write pending edits, and the case itself if it is not in the store yet (e.g. an example)."""
        try:
            if self.case is not None and not self.store.exists(self.case.id):
                self._dirty = True
        except StoreError:
            self._dirty = True  # the save below says why
        return self.flush() and self.case is not None and not self.store.pending_edits()

    def flush(self) -> bool:
        """Write pending edits now (autosave timer, closing, switching case). True when nothing of
        the open case is left unsaved (on a server: or kept on this computer)."""
        self._save_timer.stop()
        if not self._dirty or self.case is None:
            return True
        try:
            saved = self.store.save(self.case)
        except KeptOnThisComputer as exc:  # safe on this computer; sent when the server is back
            if exc.case is not None:
                self.case.updated_at = exc.case.updated_at
            self._dirty, self._dirty_since = False, None
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
        self.case.updated_at = saved.updated_at
        self._dirty = False
        self._dirty_since = None
        self._show_save_state(None)
        self.case_saved.emit(self.case.id)
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
            if self.case is not None and not self._dirty:
                self._show_save_state(None)
        else:
            self._sync_timer.start(SAVE_RETRY_MS)
        self._report_conflicts()

    def _report_conflicts(self) -> None:
        conflicts = self.store.take_conflicts()
        if not conflicts:
            return
        if self.case is not None and any(c.case_id == self.case.id for c in conflicts):
            if self._dirty:  # the newest edits go to the separate case too
                try:
                    self.store.save(self.case)
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
        if self.case is None:
            return
        as_of = reference_time(self.case, datetime.now().astimezone())
        self.assessment = assess(self.case, as_of)
        self._update_header()
        for i, page in enumerate(self.pages):
            missing = page.missing(self.case, self.assessment)
            state = self.tr("complete") if not missing else self.tr("incomplete")
            item = self.nav.item(i)
            text = f"{page.title}\n({state})"
            if item.text() != text:
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.title}, {state}")
            item.setToolTip("\n".join(missing))
        # Only the page in view shows its results now; the others when they are next shown.
        self._stale_pages = set(range(len(self.pages)))
        self._show_page_results(self.nav.currentRow())
        self.side_panel.update_results(self.case, self.assessment)
        self.assessment_changed.emit(self.assessment)

    def _show_page_results(self, index: int) -> None:
        if index in self._stale_pages and self.assessment is not None:
            self._stale_pages.discard(index)
            self.pages[index].update_results(self.assessment)

    def _update_header(self) -> None:
        assert self.case is not None
        p = self.case.patient
        parts = [p.display_name or self.tr("(no name)")]
        if p.date_of_birth:
            parts.append(self.tr("born %1").replace("%1", p.date_of_birth.strftime("%d.%m.%Y")))
        if p.record_number:
            parts.append(self.tr("record %1").replace("%1", p.record_number))
        self.header.setText(" · ".join(parts))


class FormPage(Page):
    """A page of bound fields: each field writes one attribute of a part of the case."""

    def __init__(self, editor: CaseEditor) -> None:
        super().__init__(editor)
        self._bindings: list[tuple[object, Callable[[Case], object], str]] = []
        self._fields_by_path: dict[str, QWidget] = {}

    def bind(self, field, target: Callable[[Case], object], attr: str, path: str = "") -> None:  # type: ignore[no-untyped-def]
        self._bindings.append((field, target, attr))
        if path:
            self._fields_by_path[path] = field

        def write(value: object) -> None:
            error = self.editor.apply(lambda case: setattr(target(case), attr, value), key=f"{id(field)}")
            if error or field.is_valid():
                field.show_error(error)

        field.edited.connect(write)

    def refresh(self, case: Case) -> None:
        for field, target, attr in self._bindings:
            field.set_value(getattr(target(case), attr))  # type: ignore[attr-defined]

    def focus_field(self, path: str) -> None:
        widget = self._fields_by_path.get(path)
        if widget is not None:
            widget.setFocus()
