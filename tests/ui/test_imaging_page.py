"""Imaging page: nuclear-medicine advice (French text, rules F1-F8) follows the findings."""

from __future__ import annotations

from datetime import date

from tests.ui.conftest import example, set_lesion_choice


def test_new_uptake_on_a_bone_scan_soon_after_treatment_start_warns_of_flare(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example("prostate")
    case.history.systemic_therapy_started_on = None
    window.show_case(case)
    editor = window.editor
    editor.go_to("imaging")
    page = editor.current_page()

    def set_choice(attr: str, value: object) -> None:
        set_lesion_choice(page, attr, value)

    assert "No nuclear-medicine advice applies" in page.nuclear_advice.text()
    page.add_lesion()
    set_choice("level", "T8")
    set_choice("modality", "bone_scintigraphy")
    set_choice("new_or_increased_uptake", True)
    date_field = page.fields["imaging.lesion.*.imaging_date"]
    date_field.line.setFocus()
    qtbot.keyClicks(date_field.line, "01.10.2026")
    # Without the start of systemic therapy a flare cannot be judged, and the page says so.
    qtbot.waitUntil(lambda: "Not assessable" in page.nuclear_advice.text(), timeout=2000)
    assert "start of systemic therapy not recorded" in page.nuclear_advice.text()
    editor.apply(lambda c: setattr(c.history, "systemic_therapy_started_on", date(2026, 7, 1)))
    qtbot.waitUntil(lambda: "may be a flare" in page.nuclear_advice.text(), timeout=2000)
    text = page.nuclear_advice.text()
    assert "⚠" in text and "(F4: FR F4)" in text and "control bone scan after the 6th month" in text
