"""The entry forms name each field with the label the referral and the summary use
(present.fields; tests/unit/test_field_labels.py checks the referral side), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from spinemet_desktop.present.fields import field_specs, spec
from spinemet_desktop.ui import language
from spinemet_desktop.ui.labels import ui_renderer
from spinemet_desktop.ui.main_window import MainWindow
from spinemet_desktop.ui.pages.base import FormPage


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    language.install("en", pseudo=False)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_form_field_carries_its_declared_label(window, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    language.install(lang, pseudo=False)
    shown = MainWindow(window.store)
    qtbot.addWidget(shown)
    r = ui_renderer()
    seen = set()
    for page in shown.editor.pages:
        if not isinstance(page, FormPage):
            continue
        captions = {label.buddy(): label.text().replace("&", "") for label in page.findChildren(QLabel) if label.buddy()}
        for address, field in page.fields.items():
            found = spec(address)
            assert found is not None, address
            title = found.title(r)
            assert field.input.accessibleName() == title, address
            if not address.startswith("labs."):  # a lab row's caption is its analyte in bold
                assert captions.get(field.input) == title, address
            seen.add(address)
    # Every declared field is on a page (the labs' text results included).
    assert seen == set(field_specs())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_graded_scales_say_what_each_answer_means(lang: str) -> None:
    """Issue 22: the ESCC answers carry Bilsky's definitions, ECOG and Karnofsky their descriptors,
    taken from the scales' own tables and translated."""
    from spinemet_desktop.clinical.scores import escc, scales
    from spinemet_desktop.ui.labels import choices

    language.install(lang, pseudo=False)
    r = ui_renderer()
    for kind, table in (("escc", escc.DEFINITIONS), ("ecog", scales.ECOG), ("kps", scales.KPS)):
        shown = dict(choices(kind))
        assert set(table) <= set(shown), kind
        for value, meaning in table.items():
            assert shown[value].endswith(f" — {r.clinical(meaning)}"), (kind, value, shown[value])
    assert dict(choices("escc"))["1b"].startswith("1b — ")
    if lang == "de":
        assert "Thecal sac" not in dict(choices("escc"))["1b"]
