"""The history and laboratory forms as data: ``forms/*.yaml`` plus a clinic's site configuration.

See :mod:`spinemet_desktop.forms.schema` for what a declaration may say and
:mod:`spinemet_desktop.forms.load` for how it is checked. This package reads files and imports the
model, clinical and report vocabularies; it never imports Qt. The UI builds its pages from it.
"""

from spinemet_desktop.forms.load import (
    FormError,
    Forms,
    ReferenceRange,
    forms,
    load_forms,
    site_config_path,
)

__all__ = ["FormError", "Forms", "ReferenceRange", "forms", "load_forms", "site_config_path"]
