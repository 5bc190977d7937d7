"""The entry pages in wizard order and the page that asks for each section of a case (no imports
beyond the standard library, so that the first window can show the page titles quickly)."""

from __future__ import annotations

#: The entry pages in wizard order (the summary page follows them). The triage page comes first:
#: the few facts that decide urgency and transport; its fields live on the pages after it.
ENTRY_PAGES = ("triage", "history", "neurology", "imaging", "labs")
#: The page that asks for each section of a case (a field's own declaration may say otherwise).
SECTION_PAGES = {"patient": "history", "encounter": "history", "history": "history", "neuro": "neurology",
                 "imaging": "imaging", "labs": "labs"}

__all__ = ["ENTRY_PAGES", "SECTION_PAGES"]
