"""Page 1: triage — the few facts that decide urgency and transport, and the answer as soon as it is
determined (guideline E2–E6, 10.5.7; pathway.md §3 and the safety rules S1–S3 of §11).

The page is built from ``forms/triage.yaml``, which names fields the other pages declare: each
field keeps its label, answers and help, and the full forms show what is entered here (the editor
refreshes a page whose fields were edited elsewhere when it is shown). Every field is one key or
one choice away: yes/no and lists answer to their first letters or the arrow keys, Tab moves on.

Above the form: the urgency, the immobilisation for transport and whom to call
(:mod:`spinemet_desktop.present.triage`), and the short referral of what is known. The page says
all this itself, so the editor hides the side panel while it is shown (the page needs the width
for its three columns). ``neuro.*``
fields are those of the latest examination (the first entry of a case without one starts it),
``imaging.lesion.*`` those of the first lesion (the first entry of a case without one adds it).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.i18n import current_language
from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.address import ANY_LESION, FieldAddress
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.triage import triage_view
from spinemet_desktop.session import Changes, Op, ops
from spinemet_desktop.ui.labels import URGENCY_STYLE, ui_renderer
from spinemet_desktop.ui.pages.base import FormPage, PageHost
from spinemet_desktop.ui.pages.referral import no_viewer_text, start_referral
from spinemet_desktop.ui.plain import message_box, plain_label, tooltip


def _label(name: str) -> QLabel:
    label = plain_label()  # contacts come from the site configuration, messages quote file names
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TriagePage(FormPage):
    key = "triage"
    #: Three columns side by side: a caption longer than this goes above its field.
    long_label = 24

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.exam_id: str | None = None
        self.lesion_id: str | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 4, 0, 4)  # every pixel for the three columns (1024 px wide at 125 %)

        # The answer, above the questions: urgency, transport, whom to call.
        answer = QFrame()
        answer.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(answer)
        self.banner = _label("triageUrgency")
        self.banner.setMargin(6)
        self.immobilise = _label("triageImmobilise")
        self.call = _label("triageCall")
        self.call.setStyleSheet("font-weight: bold;")
        self.contacts = _label("triageContacts")
        self.open_facts = QLabel()  # links to the fields that would decide it
        self.open_facts.setObjectName("triageOpenFacts")
        self.open_facts.setWordWrap(True)
        self.open_facts.setTextFormat(Qt.TextFormat.RichText)
        self.open_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.open_facts.linkActivated.connect(self.open_link)
        self.short_referral = QPushButton(self.tr("Short &referral (PDF)"))
        self.short_referral.setToolTip(tooltip(self.tr("One page for the spine centre with what is known now and "
                                                       "what was not yet assessed; kept with the case")))
        self.short_referral.clicked.connect(self.create_short_referral)
        self.message = _label("triageMessage")
        self.message.hide()
        call = QHBoxLayout()
        call.addWidget(self.call, 1)
        call.addWidget(self.short_referral, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.banner)
        box.addWidget(self.immobilise)
        box.addLayout(call)
        for label in (self.contacts, self.open_facts, self.message):
            box.addWidget(label)
        column.addWidget(answer)

        # The questions, in two columns; the order is the triage.yaml's (Tab follows it).
        self.exam_note = _label("triageExam")
        self.lesion_note = _label("triageLesion")
        declared = forms().triage
        assert declared is not None  # the shipped forms declare it (checked at start-up)
        # The groups are added in their declared order (Tab follows it), each to its column.
        columns = QHBoxLayout()
        columns.setSpacing(2)  # three columns on a 1366-pixel screen, also in long-worded languages
        stacks = [QVBoxLayout() for _ in range(3)]
        for stack in stacks:
            columns.addLayout(stack, 1)
        for spec, group in zip(declared.groups, forms().triage_groups(), strict=True):
            outer = self.add_group(stacks[spec.column - 1], group)
            if any(item.field.startswith("neuro.") for item in group.items):
                outer.insertWidget(0, self.exam_note)
            if any(item.field.startswith("imaging.lesion.") for item in group.items):
                outer.insertWidget(0, self.lesion_note)
        for stack in stacks:
            stack.addStretch(1)
        column.addLayout(columns)
        column.addStretch(1)
        self.set_scrolling_body(body)
        first = self.fields[declared.groups[0].items[0].field]
        self.setFocusProxy(first)

    # -- the examination and the lesion shown -------------------------------------------------------
    def context(self) -> dict[str, str | None]:
        return {"exam_id": self.exam_id, "lesion_id": self.lesion_id}

    def shown(self, case: Case) -> tuple[NeuroExam | None, Lesion | None]:
        exam = next((e for e in case.neuro_exams if e.id == self.exam_id), None)
        lesion = next((x for x in case.imaging.lesions if x.id == self.lesion_id), None)
        return exam, lesion

    def operation(self, address: str, value: object) -> Op:
        # The first lesion finding of a case without a lesion adds it (with the value: one undo step).
        return ops.set_field(address, value, new_lesion=True, **self.context())

    def edited(self, changes: Changes) -> None:
        """Adopt the examination or lesion the first entry started."""
        case = self.editor.case
        if not changes.applied or case is None:
            return
        if self.exam_id is None and case.neuro_exams:
            latest = case.latest_exam()
            self.exam_id = latest.id if latest is not None else None
        if self.lesion_id is None and case.imaging.lesions:
            self.lesion_id = case.imaging.lesions[0].id
        self._notes(case)

    def refresh(self, case: Case) -> None:
        latest = case.latest_exam()
        self.exam_id = latest.id if latest is not None else None
        self.lesion_id = case.imaging.lesions[0].id if case.imaging.lesions else None
        super().refresh(case)
        self._notes(case)

    def _notes(self, case: Case) -> None:
        r = ui_renderer()
        exam, lesion = self.shown(case)
        if exam is None:
            self.exam_note.setText(self.tr("The first answer below starts the examination."))
        else:
            count = len(case.neuro_exams)
            self.exam_note.setText(self.tr("Bedside facts of the latest examination (%1 of %2, %3); a new one is "
                                           "started on the page Neurology.").replace("%1", str(count))
                                   .replace("%2", str(count)).replace("%3", r.when(exam.examined_at)))
        if lesion is None:
            self.lesion_note.setText(self.tr("The first answer below adds the lesion; further lesions on the page "
                                             "Imaging findings."))
        else:
            count = len(case.imaging.lesions)
            self.lesion_note.setText(self.tr("Lesion 1 of %1 (%2); further lesions on the page Imaging findings.")
                                     .replace("%1", str(count)).replace("%2", lesion.level_label or
                                                                         self.tr("level not set")))

    # -- the answer ------------------------------------------------------------------------------------
    def update_results(self, assessment: Assessment) -> None:
        r = ui_renderer()
        self.show_defaults(assessment)
        view = triage_view(assessment, r)
        u = view.urgency
        self.banner.setText(f"{u.mark} {u.headline}")
        self.banner.setStyleSheet(URGENCY_STYLE[u.level] + "font-weight:bold; font-size: 115%;")
        self.banner.setAccessibleName(self.tr("Urgency: %1").replace("%1", u.headline))
        self.banner.setProperty("level", u.level.value)
        self.immobilise.setText(view.immobilise)
        self.immobilise.setProperty("value", view.immobilise_value)
        self.call.setText(view.call)
        self.contacts.setText(" · ".join(f"{row.label}: {row.value}" for row in view.contacts))
        names = ", ".join(m.label for m in view.open_facts)
        links = ", ".join(f"<a href='{escape(m.field)}'>{escape(m.label)}</a>" if m.field else escape(m.label)
                          for m in view.open_facts)
        self.open_facts.setText(escape(self.tr("Still open: %1")).replace("%1", links) if names else "")
        self.open_facts.setVisible(bool(names))
        for label in (self.immobilise, self.call, self.contacts):
            label.setAccessibleName(label.text())
        self.open_facts.setAccessibleName(self.tr("Still open: %1").replace("%1", names))
        self.open_facts.setAccessibleDescription(self.tr("Each one opens its field"))

    def open_link(self, address: str) -> None:
        """A still-open fact: its field here if the page shows it, else on its home page."""
        try:
            where = FieldAddress.parse(address)
        except ValueError:
            return
        if not self.focus_field(where):
            self.editor.go_to_field(address)

    def focus_field(self, address: FieldAddress) -> bool:
        """Only the first lesion's fields are here (another lesion's are on the imaging page)."""
        if address.lesion not in (None, ANY_LESION, self.lesion_id):
            return False
        return super().focus_field(address)

    # -- the short referral ----------------------------------------------------------------------------
    #: Opens a file with the system viewer; replaced in tests.
    open_file = staticmethod(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def create_short_referral(self) -> None:
        """The short referral, made in the background; opened when it is ready."""
        problem = start_referral(self, self.editor, current_language(), short=True,
                                 done=self._short_referral_created, failed=self._short_referral_failed)
        if problem is not None:
            self._say(problem)
            return
        self.short_referral.setEnabled(False)
        self._say(self.tr("Creating the short referral…"))

    def _short_referral_created(self, path: Path | None, text: str) -> None:
        self.short_referral.setEnabled(True)
        if path is not None and self.open_file(path) is False:
            text += "\n" + no_viewer_text(path)
        self._say(text)

    def _short_referral_failed(self, exc: BaseException) -> None:
        self.short_referral.setEnabled(True)
        text = self.tr("The short referral could not be created: %1").replace("%1", str(exc) or type(exc).__name__)
        self._say(text)
        box = message_box(self, QMessageBox.Icon.Warning, self.tr("Export failed"), text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        super().reset()
        self._say("")
