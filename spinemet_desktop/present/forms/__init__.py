"""The history and laboratory forms as data: ``forms/*.yaml`` plus a clinic's site configuration.

See :mod:`spinemet_desktop.present.forms.schema` for what a declaration may say and
:mod:`spinemet_desktop.present.forms.load` for how it is checked. This package reads files and imports the
model, the clinical registries and the answer vocabularies; never Qt, never the store. The UI builds its
pages from it; :mod:`spinemet_desktop.present.fields` makes every declared field's label and vocabulary
the one the referral uses.
"""

from spinemet_desktop.present.forms.load import (
    FormError,
    Forms,
    ReferenceRange,
    forms,
    load_forms,
    site_config_path,
    use_site_locator,
)

__all__ = ["FormError", "Forms", "ReferenceRange", "forms", "load_forms", "site_config_path", "use_site_locator"]
