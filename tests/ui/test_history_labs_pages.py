"""The history and laboratory pages, driven with the keyboard as a user would (issue 5).

Out-of-range and malformed values show their message next to the field and leave the case
holding "not assessed"; flags and hints appear and disappear as values change.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spinemet_desktop.model.enums import Sex
from spinemet_desktop.present.forms import load
from spinemet_desktop.store.paths import ENV_SITE_CONFIG, site_config_path
from spinemet_desktop.ui.pages.completeness import page_missing
from tests.ui.conftest import new_case_page

_page = new_case_page


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.input.setFocus()
    qtbot.keyClick(field.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.input, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.input, text)
    QApplication.processEvents()


def _choose(qtbot, field, value) -> None:  # type: ignore[no-untyped-def]
    combo = field.combo
    combo.setFocus()
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    QApplication.processEvents()
    assert combo.currentData() == value


def _error(field) -> str:  # type: ignore[no-untyped-def]
    return field.error.text() if field.error.isVisible() else ""


# -- history ---------------------------------------------------------------------------------------
def test_every_declared_item_is_on_the_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _editor, page = _page(window, qtbot, "history")
    declared = [i for i in load.forms().history.items() if i.kind != "show"]
    assert set(page.fields) == {i.field for i in declared}
    for item in declared:
        name = page.fields[item.field].input.accessibleName()
        assert name, item.field
        if item.used_by:
            assert "Used by:" in page.fields[item.field].input.toolTip(), item.field
    assert set(page.displays) == {"red_flags", "ambulatory_status"}


def test_history_validation_messages_next_to_the_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    nrs = page.fields["history.pain_nrs"]
    _type(qtbot, nrs, "11")
    assert "allowed range 0–10" in _error(nrs) and editor.case.history.pain_nrs is None
    _type(qtbot, nrs, "7,5")
    assert "whole number" in _error(nrs) and editor.case.history.pain_nrs is None
    _type(qtbot, nrs, "abc")
    assert "enter a number" in _error(nrs)
    _type(qtbot, nrs, "7")
    assert _error(nrs) == "" and editor.case.history.pain_nrs == 7
    onset = page.fields["history.pain_onset"]
    _type(qtbot, onset, (date.today() + timedelta(days=3)).strftime("%d.%m.%Y"))
    assert "future" in _error(onset) and editor.case.history.pain_onset is None
    _type(qtbot, onset, "31.02.2026")
    assert "expected" in _error(onset)
    _type(qtbot, onset, "01.10.2026")
    assert _error(onset) == "" and editor.case.history.pain_onset == date(2026, 10, 1)
    _type(qtbot, onset, "01.1")  # typing on: intermediate input is allowed and stores nothing
    assert editor.case.history.pain_onset is None and "expected" in _error(onset)
    dose = page.fields["history.steroid_dose_mg"]
    assert dose.isVisibleTo(page), "an unanswered question hides nothing"
    _choose(qtbot, page.fields["history.steroids_given"], False)
    assert not dose.isVisibleTo(page), "not asked after 'no glucocorticoid given'"
    _choose(qtbot, page.fields["history.steroids_given"], True)
    assert dose.isVisibleTo(page)
    _type(qtbot, dose, "2000")
    assert "allowed range" in _error(dose) and editor.case.history.steroid_dose_mg is None


def test_history_hints_appear_and_disappear(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    mismatch = page.notes["kps_ecog_consistency:history.ecog"]
    _choose(qtbot, page.fields["history.karnofsky"], 90)
    _choose(qtbot, page.fields["history.ecog"], 3)
    qtbot.waitUntil(lambda: mismatch.isVisible() and "do not match" in mismatch.text())
    assert editor.case.history.karnofsky == 90 and editor.case.history.ecog == 3  # never converted
    _choose(qtbot, page.fields["history.ecog"], 1)
    qtbot.waitUntil(lambda: not mismatch.isVisible())

    default = page.notes["radiosensitivity_default:history.radiosensitivity_override"]
    _choose(qtbot, page.fields["history.primary_tumour"], "kidney")
    qtbot.waitUntil(lambda: "Default: low (primary tumour: Kidney" in default.text())
    _choose(qtbot, page.fields["history.radiosensitivity_override"], "high")
    qtbot.waitUntil(lambda: not default.isVisible())

    flags = page.displays["red_flags"]
    assert "not fully assessed" in flags.text()
    _choose(qtbot, page.fields["history.known_cancer"], True)
    qtbot.waitUntil(lambda: "Red-flag back pain" in flags.text())
    _choose(qtbot, page.fields["history.known_cancer"], False)
    qtbot.waitUntil(lambda: "Red-flag back pain" not in flags.text())


def test_required_items_make_the_page_incomplete_until_answered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    missing = page_missing("history", editor.case, editor.assessment)
    assert "Glucocorticoid dose (mg dexamethasone equivalent)" not in missing
    _choose(qtbot, page.fields["history.steroids_given"], True)
    qtbot.waitUntil(lambda: "Glucocorticoid dose (mg dexamethasone equivalent)" in
                    page_missing("history", editor.case, editor.assessment))
    assert "Karnofsky index" in missing
    _choose(qtbot, page.fields["history.ecog"], 2)  # Karnofsky or ECOG
    qtbot.waitUntil(lambda: "Karnofsky index" not in page_missing("history", editor.case, editor.assessment))


def test_previous_radiotherapy_courses_with_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "history")
    courses = page.fields["history.prior_spine_radiotherapy"]
    courses.add_button.setFocus()
    qtbot.keyClick(courses.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(editor.case.history.prior_spine_radiotherapy) == 1)
    row = courses.rows[0]
    assert QApplication.focusWidget() is row["level_from"].combo
    # An empty course asks for what a re-irradiation needs (pathway.md §11 S5).
    missing = page_missing("history", editor.case, editor.assessment)
    assert {"Course 1: first and last level", "Course 1: total dose and fractions", "Course 1: completed on"} <= set(missing)
    _choose(qtbot, row["level_from"], "T9")
    # One level alone does not say how far the field reached: the last level is still asked for.
    qtbot.waitUntil(lambda: editor.case.history.prior_spine_radiotherapy[0].level_from == "T9")
    assert "Course 1: first and last level" in page_missing("history", editor.case, editor.assessment)
    _choose(qtbot, row["level_to"], "T11")
    qtbot.waitUntil(lambda: "Course 1: first and last level" not in page_missing("history", editor.case, editor.assessment))
    _type(qtbot, row["total_dose_gy"], "300")
    assert "allowed range" in _error(row["total_dose_gy"])
    _type(qtbot, row["total_dose_gy"], "20")
    _type(qtbot, row["fractions"], "5")
    _type(qtbot, row["completed_on"], "12.03.2025")
    course = editor.case.history.prior_spine_radiotherapy[0]
    assert (course.level_from, course.level_to, course.total_dose_gy, course.fractions, course.completed_on) == \
        ("T9", "T11", 20, 5, date(2025, 3, 12))
    assert not [m for m in page_missing("history", editor.case, editor.assessment) if m.startswith("Course 1")]


# -- laboratory ------------------------------------------------------------------------------------
def test_lab_values_units_ranges_and_flags(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "labs")
    editor.apply(lambda c: setattr(c.patient, "sex", Sex.MALE))
    calcium = page.rows["calcium"]
    assert "Calcium" in page.missing_label.text() or editor.assessment is None
    _type(qtbot, calcium.value, "abc")
    assert "enter a number" in _error(calcium.value) and not editor.case.labs.results
    _type(qtbot, calcium.value, "9")  # impossible in mmol/L
    assert "allowed range 0.5–6" in _error(calcium.value) and not editor.case.labs.results
    _type(qtbot, calcium.value, "2.9")
    assert _error(calcium.value) == ""
    # the range comes from the built-in defaults (no site configuration) and is shown and stored
    assert (calcium.low.value(), calcium.high.value()) == (2.15, 2.6)
    qtbot.waitUntil(lambda: "Hypercalcaemia" in page.missing_label.text())
    assert "↑ above the reference range 2.15–2.6 mmol/L" in calcium.judgement.text()
    # the laboratory reported mg/dL: the number stays, the range and the plausible limits convert
    _choose(qtbot, calcium.unit, "mg/dL")
    assert (calcium.low.value(), calcium.high.value()) == (8.6172, 10.4208)
    assert calcium.value.maximum == pytest.approx(24.048)
    qtbot.waitUntil(lambda: "Hypercalcaemia" not in page.missing_label.text())
    assert "↓ below the reference range" in calcium.judgement.text()
    _type(qtbot, calcium.value, "11.5")
    qtbot.waitUntil(lambda: "Hypercalcaemia" in page.missing_label.text())

    inr = page.rows["inr"]
    _type(qtbot, inr.value, "1.8")
    qtbot.waitUntil(lambda: "Bleeding risk" in page.missing_label.text())
    _type(qtbot, inr.value, "1.0")
    qtbot.waitUntil(lambda: "Bleeding risk" not in page.missing_label.text())

    crp, leukocytes = page.rows["crp"], page.rows["leukocytes"]
    _type(qtbot, crp.value, "80")
    _type(qtbot, leukocytes.value, "15")
    qtbot.waitUntil(lambda: "consider infection" in page.missing_label.text())
    _type(qtbot, leukocytes.value, "7")
    qtbot.waitUntil(lambda: "consider infection" not in page.missing_label.text())

    _type(qtbot, calcium.measured_at, (date.today() + timedelta(days=2)).strftime("%d.%m.%Y 10:00"))
    assert "future" in _error(calcium.measured_at)
    assert "Calcium: time of sampling" in page.missing_label.text()
    _type(qtbot, calcium.measured_at, "20.11.2026 08:00")
    qtbot.waitUntil(lambda: "Calcium: time of sampling" not in page.missing_label.text())


def test_missing_minimum_labs_and_sex_specific_ranges(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _editor, page = _page(window, qtbot, "labs")
    assert "Still missing: Haemoglobin; Leukocytes; Platelets" in page.missing_label.text()
    haemoglobin = page.rows["haemoglobin"]
    qtbot.waitUntil(lambda: "depends on the patient's sex" in haemoglobin.judgement.text())
    _type(qtbot, haemoglobin.value, "11.0")
    assert (haemoglobin.low.value(), haemoglobin.high.value()) == (None, None)  # no guess
    assert "Haemoglobin: reference range" in page.missing_label.text()
    _type(qtbot, haemoglobin.low, "12")
    _type(qtbot, haemoglobin.high, "16")
    qtbot.waitUntil(lambda: "↓ below the reference range 12–16 g/dL" in haemoglobin.judgement.text())
    assert "Haemoglobin;" not in page.missing_label.text()


def test_optional_lab_triggers_follow_the_history(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _page(window, qtbot, "labs")
    trigger = page.rows["vitamin_d"].trigger
    qtbot.waitUntil(lambda: "Indication not yet known" in trigger.text())
    editor.apply(lambda c: setattr(c.history.differentials, "metabolic", True))
    qtbot.waitUntil(lambda: trigger.text().startswith("Indicated: osteoporosis is a differential diagnosis"))
    editor.apply(lambda c: setattr(c.history.differentials, "metabolic", False))
    qtbot.waitUntil(lambda: trigger.text().startswith("Not indicated"))
    report = page.rows["protein_electrophoresis"]
    _type(qtbot, report.value, "M-gradient IgG kappa")
    assert editor.case.labs.results[-1].text == "M-gradient IgG kappa"


@pytest.fixture
def site_config(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "site.yaml"
    monkeypatch.setenv(ENV_SITE_CONFIG, str(path))
    load.use_site_locator(site_config_path)  # as the program does at start
    yield path
    load.use_site_locator(None)


def test_a_site_configuration_sets_the_ranges(site_config, qtbot) -> None:  # type: ignore[no-untyped-def]
    from spinemet_desktop.store import CaseStore
    from spinemet_desktop.ui.main_window import MainWindow

    site_config.write_text("laboratory: Zentrallabor Test\nreference_ranges:\n"
                           "  calcium: {low: 8.8, high: 10.6, unit: mg/dL}\n", encoding="utf-8")
    store = CaseStore()
    window = MainWindow(store)
    qtbot.addWidget(window)
    editor, page = _page(window, qtbot, "labs")
    assert "Reference ranges of Zentrallabor Test" in page.source.text()
    _type(qtbot, page.rows["calcium"].value, "2.5")
    assert (page.rows["calcium"].low.value(), page.rows["calcium"].high.value()) == (2.1956, 2.6447)
    editor.close_case()
    store.close()


def test_a_broken_site_configuration_is_not_used_and_says_why(site_config, qtbot) -> None:  # type: ignore[no-untyped-def]
    from spinemet_desktop.store import CaseStore
    from spinemet_desktop.ui.main_window import MainWindow

    site_config.write_text("reference_ranges:\n  calcium: {low: 2.2, high: 2.6, unit: mEq/L}\n", encoding="utf-8")
    store = CaseStore()
    window = MainWindow(store)
    qtbot.addWidget(window)
    editor, page = _page(window, qtbot, "labs")
    assert "could not be used" in page.source.text() and "mEq/L" in page.source.text()
    _type(qtbot, page.rows["calcium"].value, "2.5")
    assert (page.rows["calcium"].low.value(), page.rows["calcium"].high.value()) == (2.15, 2.6)
    editor.close_case()
    store.close()


def test_prognosis_estimate_offers_only_what_a_score_supports_when_they_disagree(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """pathway.md §11 S11: lung cancer, Karnofsky 60, no visceral metastases: van der Linden 3
    points (group A, very poor) against revised Tokuhashi 9 (>= 6 months, good)."""
    from tests.ui.conftest import example

    case = example("rcc")
    case.history.primary_tumour = "lung_nsclc"
    case.history.karnofsky = 60
    case.imaging.visceral_metastases = "none"
    window.show_case(case)
    editor = window.editor
    editor.go_to("history")
    page = editor.current_page()
    field = page.fields["history.prognosis_override"]
    note = page.notes["prognosis_scores:history.prognosis_override"]
    qtbot.waitUntil(lambda: "disagree" in note.text())
    model = field.combo.model()
    enabled = {field.combo.itemData(i): model.item(i).isEnabled() for i in range(1, field.combo.count())}
    assert enabled == {"very_poor": True, "poor": False, "good": True}
    _choose(qtbot, field, "good")
    qtbot.waitUntil(lambda: editor.case.history.prognosis_override == "good")
    assert "disagree" not in note.text()


def test_one_sampling_time_for_the_whole_panel_and_a_value_may_differ(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 23: the panel's time is typed once; each value entered takes it and shows it; a value
    sampled at another time keeps its own when the panel's time changes; one undo step each."""
    editor, page = _page(window, qtbot, "labs")
    _type(qtbot, page.panel_time, "29.11.2026 07:30")
    hb, crp = page.rows["haemoglobin"], page.rows["crp"]
    _type(qtbot, hb.value, "12.5")
    _type(qtbot, crp.value, "8")
    panel = datetime(2026, 11, 29, 7, 30).astimezone()
    times = {r.analyte: r.measured_at for r in editor.case.labs.results}
    assert times == {"haemoglobin": panel, "crp": panel}
    assert hb.measured_at.value() == panel, "the row shows the time it took"
    _type(qtbot, crp.measured_at, "29.11.2026 11:00")  # this value was sampled later
    _type(qtbot, page.panel_time, "29.11.2026 08:00")
    times = {r.analyte: r.measured_at for r in editor.case.labs.results}
    assert times == {"haemoglobin": datetime(2026, 11, 29, 8, 0).astimezone(),
                     "crp": datetime(2026, 11, 29, 11, 0).astimezone()}
    assert hb.measured_at.value() == times["haemoglobin"]
    editor.undo()
    QApplication.processEvents()
    assert {r.analyte: r.measured_at for r in editor.case.labs.results}["haemoglobin"] == panel


def test_which_fields_are_hidden_after_a_no_unless_they_hold_a_value(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: "Which drug and last dose" is hidden while anticoagulants are "no" — shown for
    "yes" and when not recorded, and never hidden while it holds an entry."""
    from spinemet_desktop.session import ops

    window.new_case()
    editor = window.editor
    editor.go_to("history")
    page = editor.current_page()
    details = page.fields["history.anticoagulant_details"]
    dose = page.fields["history.steroid_dose_mg"]

    def shown_after(*changes: tuple[str, object]) -> bool:
        for address, value in changes:
            editor.apply(ops.set_field(address, value))
        editor.recompute()
        return details.isVisibleTo(page)

    assert shown_after() and dose.isVisibleTo(page)  # not recorded: the question stays
    assert not shown_after(("history.anticoagulants", False))
    assert shown_after(("history.anticoagulants", True))
    assert shown_after(("history.anticoagulant_details", "apixaban 5 mg, 08:00"), ("history.anticoagulants", False))
    assert not shown_after(("history.anticoagulant_details", None))
    shown_after(("history.steroids_given", False))
    assert not dose.isVisibleTo(page)
    from tests.ui.conftest import example

    window.show_case(example("breast"))  # another case: rebuilt from that case
    history = window.editor.page("history")
    assert history.fields["history.anticoagulant_details"].isVisibleTo(history) \
        == (window.editor.case.history.anticoagulants is not False or bool(window.editor.case.history.anticoagulant_details))
