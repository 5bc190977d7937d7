"""The trend of the serial examinations in the app, painted from ``present.trend``.

Hidden while the case has fewer than two examinations; otherwise the same chart as the referral,
with its text alternative as accessible description (plain text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.model.case import Case
from spinemet_desktop.present import trend as serial
from spinemet_desktop.ui.labels import clinical
from spinemet_desktop.ui.spine_map_widget import DrawingWidget


class TrendWidget(DrawingWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trend of the serial examinations"), serial.NARROWEST, 520.0, parent)
        self.setObjectName("examTrend")
        self.hide()

    def show_case(self, case: Case, assessment: Assessment) -> None:
        t = serial.trend(case, assessment)
        if t is None:
            self.hide()
            return
        self.set_figure(t, lambda width: serial.draw(t, clinical, width),
                        lambda: " ".join(clinical(line) for line in serial.text_alternative(t)))
        self.show()
