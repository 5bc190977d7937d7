"""Started with every Python process of the test suite (tests/conftest.py sets PYTHONPATH): no network."""

import spinemet_offline  # noqa: F401
