"""The wizard pages of a case, in order. Their titles are here so that menus can show them before
any page exists; the order of the entry pages is that of :data:`spinemet_desktop.present.pages.ENTRY_PAGES`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from spinemet_desktop.present.pages import ENTRY_PAGES

#: Each page's translation context and title.
TITLES = {
    "triage": ("TriagePage", QT_TRANSLATE_NOOP("TriagePage", "Triage")),
    "history": ("PatientHistoryPage", QT_TRANSLATE_NOOP("PatientHistoryPage", "Patient & history")),
    "neurology": ("NeurologyPage", QT_TRANSLATE_NOOP("NeurologyPage", "Neurology (ISNCSCI)")),
    "imaging": ("ImagingPage", QT_TRANSLATE_NOOP("ImagingPage", "Imaging findings")),
    "labs": ("LabsPage", QT_TRANSLATE_NOOP("LabsPage", "Labs")),
    "summary": ("SummaryPage", QT_TRANSLATE_NOOP("SummaryPage", "Summary & referral")),
}
#: The pages in wizard order: the entry pages, then the summary.
PAGE_KEYS = (*ENTRY_PAGES, "summary")


def page_index(key: str) -> int:
    return PAGE_KEYS.index(key)


def page_title(page: str | int) -> str:
    """A page's title in the UI's language, by key or position."""
    context, title = TITLES[PAGE_KEYS[page] if isinstance(page, int) else page]
    return QCoreApplication.translate(context, title)
