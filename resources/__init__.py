"""Data shipped with the application: example cases, fonts and translations.

This folder is installed as the package ``spinemet_desktop.resources`` (see pyproject.toml);
read it with :func:`importlib.resources.files`, never with paths relative to the source tree.
"""
