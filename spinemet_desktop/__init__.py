"""spinemet-desktop: bedside decision support for patients with spinal metastases.

Layers (dependencies point one way): ``ui`` -> (``report``, ``store``) -> ``clinical`` -> ``model``.
Only ``ui`` may import Qt; ``tests/unit/test_layering.py`` enforces this.
"""

__version__ = "0.1.0"

#: The clinical basis of every recommendation the program shows.
GUIDELINE_ID = "AWMF 187-003"
GUIDELINE_VERSION = "S2k-Leitlinie Wirbelsäulenmetastasen, AWMF 187-003, Version 1.0 (2024)"
GUIDELINE_VERSION_SHORT = "AWMF 187-003 v1.0 (2024)"

DECISION_SUPPORT_NOTICE = "Decision support — verify clinically. The treating physician decides."
