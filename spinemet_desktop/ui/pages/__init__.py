"""The wizard pages of a case. Their titles are here so that menus can show them before any page exists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: (translation context, title) of each page, in wizard order.
PAGE_TITLES = (
    ("PatientHistoryPage", QT_TRANSLATE_NOOP("PatientHistoryPage", "Patient & history")),
    ("NeurologyPage", QT_TRANSLATE_NOOP("NeurologyPage", "Neurology (ISNCSCI)")),
    ("ImagingPage", QT_TRANSLATE_NOOP("ImagingPage", "Imaging findings")),
    ("LabsPage", QT_TRANSLATE_NOOP("LabsPage", "Labs")),
    ("SummaryPage", QT_TRANSLATE_NOOP("SummaryPage", "Summary & referral")),
)


def page_title(index: int) -> str:
    context, title = PAGE_TITLES[index]
    return QCoreApplication.translate(context, title)
