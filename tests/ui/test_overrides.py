"""Overriding a derived score input from the summary page: recorded, visible, reversible."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox

from spinemet_desktop.model.enums import OrganMetastases
from tests.ui.conftest import example


def _tomita(window):  # type: ignore[no-untyped-def]
    return window.editor.assessment.scores["tomita"]


def test_override_a_derived_item_with_a_reason_then_remove_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("prostate"))
    editor = window.editor
    editor.go_to("summary")
    page = editor.current_page()
    before = _tomita(window)
    bone = next(i for i in before.items if i.id == "bone")
    assert bone.target == "tomita.bone"

    page.browser.anchorClicked.emit(QUrl("items:tomita|"))
    html = page.browser.toHtml()
    assert "override:tomita.bone" in html and "override…" in html

    page.browser.anchorClicked.emit(QUrl("override:tomita.bone"))
    dialog = page.override_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    other = next(o for o in ("solitary", "multiple") if o != bone.value)
    dialog.value_edit.setCurrentIndex(dialog.options.index(other))
    qtbot.keyClicks(dialog.reason, "second focus is a haemangioma on MRI")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    override = editor.case.overrides[-1]
    assert (override.target, override.value) == ("tomita.bone", other)
    assert override.reason == "second focus is a haemangioma on MRI" and override.set_by
    qtbot.waitUntil(lambda: _tomita(window).total != before.total, timeout=2000)
    item = next(i for i in _tomita(window).items if i.id == "bone")
    assert "haemangioma" in item.derivation and f"derived value: {bone.value}" in item.derivation
    text = page.browser.toPlainText()
    assert "OVERRIDDEN" in text and "(overridden input)" in text
    assert "overridden input" in editor.side_panel.details.text()

    page.browser.anchorClicked.emit(QUrl("unoverride:tomita.bone"))
    qtbot.waitUntil(lambda: _tomita(window).total == before.total, timeout=2000)
    assert editor.case.overrides == []


def test_numeric_override_needs_a_number(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example("breast")
    case.imaging.visceral_metastases = OrganMetastases.NONE
    window.show_case(case)
    editor = window.editor
    editor.go_to("summary")
    page = editor.current_page()
    page.request_override("rades_death_2m.interval_months")
    dialog = page.override_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.reason, "diagnosis date from the referring letter")
    qtbot.keyClicks(dialog.value_edit, "ab")
    assert not ok.isEnabled()
    dialog.value_edit.clear()
    qtbot.keyClicks(dialog.value_edit, "14,5")
    assert ok.isEnabled() and dialog.value() == 14.5
