"""Page 2: the ISNCSCI worksheet, bedside facts, serial exams and the live classification."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.isncsci import classify
from spinemet_desktop.model import Case, Lesion, NeuroExam
from spinemet_desktop.model.address import FieldAddress
from spinemet_desktop.model.isncsci import GRID_COLUMNS
from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.present import view
from spinemet_desktop.present.forms import forms
from spinemet_desktop.session import Changes, ops
from spinemet_desktop.ui.body_chart import BodyChart
from spinemet_desktop.ui.isncsci_grid import IsncsciGrid, column_title, level_label
from spinemet_desktop.ui.labels import DEFICIT, clinical, tr, ui_renderer
from spinemet_desktop.ui.pages.base import DisagreementBanner, FormPage, PageHost
from spinemet_desktop.ui.plain import plain_label
from spinemet_desktop.ui.spine_map_widget import SpineMapWidget
from spinemet_desktop.ui.trend_widget import TrendWidget
from spinemet_desktop.ui.widgets import ComboBox, TextField


class NeurologyPage(FormPage):
    key = "neurology"

    def __init__(self, editor: PageHost) -> None:
        super().__init__(editor)
        self.exam_id: str | None = None
        declared = forms().neurology
        body = QWidget()
        column = QVBoxLayout(body)
        self.disagreements = DisagreementBanner(editor)
        column.addWidget(self.disagreements)

        exams_row = QHBoxLayout()
        self.exam_combo = ComboBox()
        self.exam_combo.setAccessibleName(self.tr("Examination shown"))
        self.exam_combo.setAccessibleDescription(self.tr("Earlier examinations stay for the comparison; choose one to see or edit it"))
        self.exam_combo.activated.connect(self._select_exam)
        new_exam = QPushButton(self.tr("&New examination"))
        new_exam.setToolTip(self.tr("Start a new examination; the earlier one is kept for the comparison"))
        new_exam.clicked.connect(self.new_exam)
        exams_row.addWidget(QLabel(self.tr("Examination:")))
        exams_row.addWidget(self.exam_combo, 1)
        exams_row.addWidget(new_exam)
        column.addLayout(exams_row)

        self.add_items(column, declared.group("Examination").items)
        self.examined_at = self.fields["neuro.examined_at"]

        # Worksheet | results over the body chart; on a narrow page (a small screen) the results and
        # the body chart go under the worksheet, side by side (resizeEvent).
        grid_row = self._grid_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.grid = IsncsciGrid()
        self.grid.setMinimumHeight(420)
        self.grid.cells_edited.connect(self._cells_edited)
        self.grid.message.connect(lambda text: self.grid_message.setText(text))
        grid_row.addWidget(self.grid, 3)
        self.results = QLabel()
        self.results.setObjectName("isncsciResults")
        self.results.setWordWrap(True)
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.results.setTextFormat(Qt.TextFormat.RichText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.results.linkActivated.connect(self.go_to_missing)
        self.results.setMinimumWidth(230)
        self.body_chart = BodyChart()
        side = self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        side.addWidget(self.results)
        side.addWidget(self.body_chart, 1)
        grid_row.addLayout(side, 1)
        column.addLayout(grid_row)
        self.grid_message = plain_label()
        self.grid_message.setAccessibleName(self.tr("Worksheet message"))
        column.addWidget(self.grid_message)

        # Reason for the starred (non-SCI) value in the current cell; ISNCSCI asks for one.
        reason_row = QHBoxLayout()
        self.reason_label = plain_label()
        self.reason_field = TextField(placeholder=self.tr("e.g. plexus injury, amputation, pain"))
        self.reason_label.setBuddy(self.reason_field.editor)
        self.reason_field.edited.connect(self._reason_edited)
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_field, 1)
        column.addLayout(reason_row)
        self.grid.currentCellChanged.connect(lambda *_: self._show_reason())

        buttons = QHBoxLayout()
        fill = QPushButton(self.tr("Fill rest of column as &normal"))
        fill.setToolTip(self.tr("Fill the empty cells below the current one in this column with the normal value"))
        fill.setToolTip(self.tr("Ctrl+Shift+N"))
        fill.clicked.connect(self.grid.fill_rest_normal)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self.grid, activated=self.grid.fill_rest_normal)
        self.missing_button = QPushButton(self.tr("Go to first &missing cell"))
        self.missing_button.setToolTip(self.tr("Move to the first worksheet cell that is still empty"))
        self.missing_button.clicked.connect(self.go_to_first_missing)
        buttons.addWidget(fill)
        buttons.addWidget(self.missing_button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.add_group(column, declared.group("Sacral function and non-key muscles"))
        bedside = self.add_group(column, declared.group("Bedside facts"))
        self.deficit_label = QLabel()
        self.deficit_label.setWordWrap(True)
        self.deficit_label.setTextFormat(Qt.TextFormat.PlainText)
        derived = QFormLayout()
        derived.addRow(self.tr("Derived deficit class:"), self.deficit_label)
        bedside.addLayout(derived)
        # The spine map and the trend of the serial examinations (the latest exam's levels).
        figures = QHBoxLayout()
        self.spine_map, self.trend = SpineMapWidget(), TrendWidget()
        figures.addWidget(self.spine_map)
        figures.addWidget(self.trend, 1)
        column.addLayout(figures)
        column.addStretch(1)

        self.set_scrolling_body(body)

    # -- the examination shown ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._arrange()
        super().showEvent(event)

    def _arrange(self) -> None:
        """Results over the body chart beside the worksheet when the page is wide enough (the
        worksheet's rows named by level alone if that makes the room), else under it: side by
        side, or one over the other on a very narrow page."""
        scroll = self.scroll
        outer = scroll.width() - 2 * scroll.frameWidth() if scroll is not None else self.width()
        bar = scroll.verticalScrollBar().sizeHint().width() if scroll is not None else 0
        room = outer - bar - 24  # the scroll bar and the page margins
        beside = max(self.results.minimumWidth(), self.body_chart.minimumWidth()) + 16
        wide = room >= self.grid.width_needed(True) + beside
        self.grid.set_compact(room < self.grid.width_needed(False) + (beside if wide else 0))
        self._grid_row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        side_by_side = not wide and room >= self.results.minimumWidth() + self.body_chart.minimumWidth() + 8
        self._side.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)

    def context(self) -> dict[str, str | None]:
        return {"exam_id": self.exam_id}

    def shown(self, case: Case) -> tuple[NeuroExam | None, Lesion | None]:
        return next((e for e in case.neuro_exams if e.id == self.exam_id), None), None

    def edited(self, changes: Changes) -> None:
        """The first entry of a case without an examination starts one: show it from now on."""
        case = self.editor.case
        if changes.applied and self.exam_id is None and case is not None and case.neuro_exams:
            self.exam_id = case.neuro_exams[-1].id
            self._list_exams(case)

    def new_exam(self) -> None:
        changes = self.editor.apply(ops.add_exam(datetime.now().astimezone().replace(second=0, microsecond=0)))
        if not changes.applied:
            return
        self.exam_id = changes.result
        if self.editor.case is not None:
            self.refresh(self.editor.case)
        self.grid.setFocus()

    def _select_exam(self, index: int) -> None:
        self.exam_id = self.exam_combo.itemData(index)
        if self.editor.case is not None:
            self.refresh(self.editor.case)
            if self.editor.assessment is not None:
                self.update_results(self.editor.assessment)

    def _list_exams(self, case: Case) -> None:
        self.exam_combo.clear()
        for i, exam in enumerate(case.neuro_exams, 1):
            when = exam.examined_at.astimezone().strftime("%d.%m.%Y %H:%M") if exam.examined_at else self.tr("time not set")
            self.exam_combo.addItem(self.tr("Examination %1 — %2").replace("%1", str(i)).replace("%2", when), exam.id)
        if not case.neuro_exams:
            self.exam_combo.addItem(self.tr("(no examination yet — typing starts one)"), None)
        self.exam_combo.setCurrentIndex(max(self.exam_combo.findData(self.exam_id), 0))

    def reset(self) -> None:
        super().reset()
        self.exam_id = None
        self.grid.go_home()
        self.grid_message.clear()

    def refresh(self, case: Case) -> None:
        if self.exam_id not in {e.id for e in case.neuro_exams}:
            latest = case.latest_exam()
            self.exam_id = latest.id if latest else None
        self._list_exams(case)
        exam, _ = self.shown(case)
        self.grid.show_values((exam or NeuroExam()).isncsci)
        super().refresh(case)
        self._show_reason()

    def _cells_edited(self, cells: list[tuple[str, str, str | None]]) -> None:
        changes = self.editor.apply(ops.edit_cells(self.exam_id, cells))
        self.grid_message.setText(clinical(changes.error) if changes.error else "")
        self.edited(changes)
        case = self.editor.case
        if case is not None:
            exam, _ = self.shown(case)
            self.grid.show_values((exam or NeuroExam()).isncsci)
        self._show_reason()

    # -- reasons for non-SCI marks ------------------------------------------------------
    def _current_cell_key(self) -> str | None:
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or col < 0:
            return None
        return f"{GRID_COLUMNS[col]}.{DERMATOMES[row]}"

    def _show_reason(self) -> None:
        """Enable the reason field when the current cell holds a starred value, and show its reason."""
        key = self._current_cell_key()
        value = self.grid.value_at(self.grid.currentRow(), self.grid.currentColumn()) if key else None
        starred = bool(value and value.endswith("*"))
        exam = self._shown_exam()
        if key and starred:
            column, _, level = key.partition(".")
            self.reason_label.setText(self.tr("Reason for %1 at %2 %3:").replace("%1", value or "")
                                      .replace("%2", column_title(column)).replace("%3", level_label(level)))
        else:
            self.reason_label.setText(self.tr("Reason for a starred value (select a starred cell):"))
        self.reason_field.setEnabled(starred)
        self.reason_field.set_accessible(self.reason_label.text())
        reasons = exam.isncsci.non_sci_reasons if exam else {}
        self.reason_field.set_value(reasons.get(key) if key and starred else None)

    def _shown_exam(self) -> NeuroExam | None:
        case = self.editor.case
        return self.shown(case)[0] if case is not None else None

    def _reason_edited(self, text: str | None) -> None:
        key = self._current_cell_key()
        if key is None:
            return

        changes = self.editor.apply(ops.set_non_sci_reason(self.exam_id, key, text), key=f"reason.{self.exam_id}.{key}")
        self.reason_field.show_error(clinical(changes.error) if changes.error else None)
        self.edited(changes)

    def go_to_first_missing(self) -> None:
        """Move to the first empty cell of the examination shown (looking changes nothing)."""
        case = self.editor.case
        if case is None:
            return
        exam, _ = self.shown(case)
        missing = worksheet_order(classify((exam or NeuroExam()).isncsci).missing)
        if missing:
            self.go_to_missing("#" + missing[0])
        else:
            self._focus_grid()

    def _focus_grid(self) -> None:
        """Focus the worksheet and scroll the page to its current cell."""
        self.grid.setFocus()
        cell = self.grid.visualRect(self.grid.currentIndex())  # in the worksheet's viewport
        self.reveal(self.grid, QRect(self.grid.viewport().mapTo(self.grid, cell.topLeft()), cell.size()))

    def go_to_missing(self, link: str) -> None:
        """Jump to a missing worksheet cell ("#right_motor.C5") or field ("#vac", "#dap")."""
        column, _, level = link.lstrip("#").partition(".")
        if column in GRID_COLUMNS and level in DERMATOMES:
            self.grid.setCurrentCell(DERMATOMES.index(level), GRID_COLUMNS.index(column))
            self._focus_grid()
        elif column in ("vac", "dap"):
            self.focus_field(FieldAddress("neuro", f"isncsci.{column}"))

    def focus_field(self, address: FieldAddress) -> bool:
        """A worksheet cell ("neuro.isncsci.right_motor.C5") selects it; the worksheet or the
        examination as a whole ("neuro.isncsci", "neuro") goes to its first empty cell."""
        column, _, level = address.name.removeprefix("isncsci.").partition(".")
        if address.name.startswith("isncsci.") and column in GRID_COLUMNS and level in DERMATOMES:
            self.go_to_missing(f"#{column}.{level}")
            return True
        if address.name in ("", "isncsci"):
            self.go_to_first_missing()
            return True
        return super().focus_field(address)

    def _missing_label(self, key: str) -> str:
        column, _, level = key.partition(".")
        if column in GRID_COLUMNS:
            return f"{column_title(column)} {level_label(level)}"
        return {"vac": self.tr("VAC"), "dap": self.tr("DAP")}.get(column, column)

    # -- results -------------------------------------------------------------------------
    def update_results(self, assessment: Assessment) -> None:
        case = self.editor.case
        if case is None:
            return
        self.disagreements.show_for(assessment)
        exam = self._shown_exam()
        c = classify(exam.isncsci) if exam else None
        r = c.result if c else None
        self.body_chart.show_exam(exam.isncsci if exam else NeuroExam().isncsci,
                                  r.right_sensory if r else None, r.left_sensory if r else None)
        lines: list = []  # type: ignore[type-arg]  # text, or (text, [(link, label)])
        if c is None:
            lines.append(self.tr("No examination yet."))
        elif c.result is None:
            lines.append(self.tr("Incomplete: %1 cells/fields missing").replace("%1", str(len(c.missing))))
            links = [(f"#{m}", self._missing_label(m)) for m in worksheet_order(c.missing)[:12]]
            lines.append((self.tr("Missing (select to go there):"), links))
            if c.partial_totals:
                lines.append(self.tr("Totals so far: %1").replace("%1", view.partial_totals(c, ui_renderer())))
        else:
            r = c.result
            lines += [
                self.tr("AIS: %1").replace("%1", r.asia_impairment_scale),
                self.tr("NLI: %1").replace("%1", r.neurological_level_of_injury),
                self.tr("Complete/incomplete: %1").replace("%1", r.injury_complete),
                self.tr("Sensory level R/L: %1 / %2").replace("%1", r.right_sensory).replace("%2", r.left_sensory),
                self.tr("Motor level R/L: %1 / %2").replace("%1", r.right_motor).replace("%2", r.left_motor),
                self.tr("UEMS %1, LEMS %2").replace("%1", r.upper_motor_total).replace("%2", r.lower_motor_total),
                self.tr("LT %1, PP %2").replace("%1", r.touch_total).replace("%2", r.prick_total),
                self.tr("Sensory ZPP R/L: %1 / %2").replace("%1", r.right_sensory_zpp).replace("%2", r.left_sensory_zpp),
                self.tr("Motor ZPP R/L: %1 / %2").replace("%1", r.right_motor_zpp).replace("%2", r.left_motor_zpp),
            ]
        if exam is not None:
            unexplained = [f"{column_title(k.split('.')[0])} {level_label(k.split('.')[1])}"
                           for k in exam.isncsci.starred_without_reason()]
            if unexplained:
                lines.append(self.tr("Starred values without a reason: %1").replace(
                    "%1", ", ".join(unexplained[:6]) + (" …" if len(unexplained) > 6 else "")))
        comparison = assessment.comparison
        if comparison is not None:
            lines.append("")
            lines.append(self.tr("Compared with the previous exam:"))
            if comparison.motor_change is not None:
                lines.append(self.tr("Motor score %1 → %2 (%3)").replace("%1", str(comparison.motor_total_before))
                             .replace("%2", str(comparison.motor_total_after)).replace("%3", f"{comparison.motor_change:+d}"))
            if comparison.deteriorated:
                lines.append(self.tr("DETERIORATION: %1").replace("%1", "; ".join(clinical(x) for x in comparison.reasons)))
        html_lines, plain = [], []
        for line in lines:
            if isinstance(line, tuple):
                head, links = line
                html_lines.append(escape(head) + " " + ", ".join(
                    f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in links))
                plain.append(head + " " + ", ".join(text for _h, text in links))
            else:
                html_lines.append(escape(line))
                plain.append(line)
        self.results.setText("<br>".join(html_lines))
        self.results.setAccessibleName(self.tr("ISNCSCI classification"))
        self.results.setAccessibleDescription(" ".join(plain))
        self.spine_map.show_case(case, assessment)
        self.trend.show_case(case, assessment)
        d = assessment.deficit_class
        self.deficit_label.setText(
            (tr(DEFICIT[d.value]) + f" — {clinical(d.derivation)}") if d.value else clinical(d.derivation)
        )

def worksheet_order(missing: tuple[str, ...]) -> list[str]:
    """Missing cells in the order the grid is filled (down each column), then VAC and DAP."""
    def key(item: str) -> tuple[int, int]:
        column, _, level = item.partition(".")
        if column in GRID_COLUMNS and level in DERMATOMES:
            return GRID_COLUMNS.index(column), DERMATOMES.index(level)
        return len(GRID_COLUMNS), 0
    return sorted(missing, key=key)
