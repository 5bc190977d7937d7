"""The case being edited, without Qt: :class:`CaseSession` and the operations that change a case.

Layer: below the user interface and the command line, above clinical/, store/ and model/.
"""

from spinemet_desktop.session.session import (
    UNDO_LIMIT,
    UNDO_MERGE_SECONDS,
    CaseSession,
    Changes,
    Op,
)

__all__ = ["UNDO_LIMIT", "UNDO_MERGE_SECONDS", "CaseSession", "Changes", "Op"]
