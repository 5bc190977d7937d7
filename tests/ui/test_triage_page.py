"""The triage page, driven with the keyboard only (issue 23).

For each example (its first lesion and latest examination) and for patients whose walking is not
known, the facts are entered on the triage page key by key — Tab and Shift+Tab to move, the arrow
keys to choose, typing for times — and after every input the banner, and where written down the
immobilisation, must say what the pathway says. The expected answers are in
:mod:`tests.ui.triage_expectations`, written down from pathway.md before the page existed.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.model import case_from_json
from spinemet_desktop.present.fields import field_label, page_of
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.render import renderer
from spinemet_desktop.present.view import urgency
from spinemet_desktop.ui.labels import ui_renderer
from spinemet_desktop.ui.pages import page_index
from spinemet_desktop.ui.widgets import ChoiceField, DateField, Field
from tests.conftest import EXAMPLES
from tests.ui.triage_expectations import SEQUENCES, Step

EXAMPLE_OF = {"breast": "breast", "prostate": "prostate", "lung": "lung", "rcc": "rcc"}


def _new_case(window, qtbot):  # type: ignore[no-untyped-def]
    window.new_case()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.case is not None)
    page = editor.current_page()
    assert page.key == "triage", "a new case opens on the triage page"
    return editor, page


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _focused(page) -> QWidget | None:  # type: ignore[no-untyped-def]
    return page.window().focusWidget()


def _go(qtbot, page, address: str) -> None:  # type: ignore[no-untyped-def]
    """Tab (or Shift+Tab) until the field has the keyboard focus."""
    order = list(page.fields)
    target = page.fields[address].input
    here = next((i for i, f in enumerate(order) if page.fields[f].input is _focused(page)), None)
    back = here is not None and order.index(address) < here
    for _ in range(120):
        current = _focused(page)
        if current is target:
            return
        qtbot.keyClick(current, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError(f"{address}: not reached with the keyboard")


def _enter(qtbot, field: Field, value: object) -> None:  # type: ignore[no-untyped-def]
    """Answer with keys: arrows in a list, typing in a text or time field."""
    if isinstance(field, ChoiceField):
        combo = field.combo
        target = next(i for i in range(combo.count())
                      if combo.itemData(i) == value or getattr(combo.itemData(i), "value", None) == value)
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        for _ in range(abs(target - combo.currentIndex())):
            qtbot.keyClick(combo, key)
        assert combo.currentIndex() == target
    else:
        assert isinstance(field, DateField)
        qtbot.keyClick(field.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field.input, str(value))
    _settle()


def _check(page, step: Step, where: str) -> None:  # type: ignore[no-untyped-def]
    expected = step[2]
    banner = page.banner.text()
    level = page.banner.property("level")
    if expected.startswith("undetermined"):
        assert level == "undetermined", (where, banner)
        assert ("It may be an emergency" in banner) == expected.endswith("!"), (where, banner)
    else:
        assert level == expected, (where, banner)
    word = {"emergency": "Emergency", "urgent": "Urgent", "routine": "Routine"}.get(expected)
    if word:
        assert banner.split(" ", 1)[1].startswith(word), (where, banner)
    if len(step) > 3:
        immobilise = step[3]  # type: ignore[misc]
        assert page.immobilise.property("value") == immobilise, (where, page.immobilise.text())
        assert {True: "Immobilise for transport: yes", False: "Immobilise for transport: no",
                None: "may be needed"}[immobilise] in page.immobilise.text(), (where, page.immobilise.text())


def _example_value(case, address: str) -> object:  # type: ignore[no-untyped-def]
    section, _, name = address.partition(".")
    if section == "neuro":
        obj = case.latest_exam()
    elif section == "imaging":
        obj, name = case.imaging.lesions[0], name.removeprefix("lesion.*.")
    else:
        obj = getattr(case, section)
    value = getattr(obj, name)
    if isinstance(value, datetime):  # as written in its own time zone
        return value.strftime("%d.%m.%Y %H:%M")
    return getattr(value, "value", value)


@pytest.mark.covers("E2", "E3", "E4", "E6")
@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_the_triage_page_with_the_keyboard_gives_the_pathways_banner_after_every_input(
        window, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    steps = SEQUENCES[name]
    if name in EXAMPLE_OF:  # the steps are the example's own facts (but the bedside "no deficit")
        path = next(p for p in EXAMPLES if EXAMPLE_OF[name] in p.name)
        example = case_from_json(path.read_text(encoding="utf-8"))
        for address, value, *_ in steps:
            if address != "neuro.deficit_class_override":
                assert _example_value(example, address) == value, (name, address)
    editor, page = _new_case(window, qtbot)
    page.setFocus()
    for number, step in enumerate(steps, start=1):
        address, value = step[0], step[1]
        _go(qtbot, page, address)
        _enter(qtbot, page.fields[address], value)
        _check(page, step, f"{name}, step {number}: {address} = {value}")
        # ... and the page shows the pathway's result for the case as it now stands (nothing stale).
        fresh = urgency(assess(editor.case, editor.assessment.as_of), ui_renderer())
        assert page.banner.text() == f"{fresh.mark} {fresh.headline}", (name, number)
    # The full forms show what the triage page recorded (one source of truth).
    case = editor.case
    for address, value, *_ in steps:
        home = editor.page(page_of(address))
        editor.go_to(home.key)
        shown = home.fields[address].value()
        expected = value
        if isinstance(home.fields[address], DateField):
            expected = datetime.strptime(str(value), "%d.%m.%Y %H:%M").astimezone()
        assert getattr(shown, "value", shown) == expected, (name, address, home.key)
    assert len(case.neuro_exams) <= 1 and len(case.imaging.lesions) <= 1


def test_a_new_case_opens_on_the_triage_page_with_the_first_question_focused(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _new_case(window, qtbot)
    first = forms().triage.groups[0].items[0].field  # type: ignore[union-attr]
    assert _focused(page) is page.fields[first].input
    qtbot.keyClick(page.fields[first].input, Qt.Key.Key_Down)  # "Yes": one key
    _settle()
    assert editor.case.history.complaint_weakness is True
    assert page.banner.property("level") == "emergency"
    assert "Call the spine centre now" in page.call.text()
    assert not editor.side_panel.isVisible(), "the triage page shows the answer itself"
    editor.go_to("history")
    assert editor.side_panel.isVisible()


def test_the_first_lesion_finding_adds_the_lesion_in_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _new_case(window, qtbot)
    escc = page.fields["imaging.lesion.*.escc"]
    escc.setFocus()
    qtbot.keyClick(escc.combo, Qt.Key.Key_Down)  # ESCC 0
    _settle()
    assert [lesion.escc for lesion in editor.case.imaging.lesions] == ["0"]
    assert "Lesion 1 of 1" in page.lesion_note.text()
    _go(qtbot, page, "imaging.lesion.*.level")
    _enter(qtbot, page.fields["imaging.lesion.*.level"], "T8")
    assert [(x.level, x.escc) for x in editor.case.imaging.lesions] == [("T8", "0")]
    editor.undo()
    _settle()
    assert [(x.level, x.escc) for x in editor.case.imaging.lesions] == [(None, "0")]
    editor.undo()  # the lesion and its first finding went in together
    _settle()
    assert editor.case.imaging.lesions == [] and escc.value() is None


def test_no_neurological_complaints_answers_each_open_complaint_explicitly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, page = _new_case(window, qtbot)
    button = next(b for b, g in page.shortcuts if g.title == "Neurology now")
    _enter(qtbot, page.fields["history.complaint_weakness"], True)
    assert not button.isEnabled(), "not offered while a complaint is recorded: its label would be untrue"
    _enter(qtbot, page.fields["history.complaint_weakness"], False)
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    _settle()
    h = editor.case.history
    assert (h.complaint_weakness, h.complaint_sensory, h.complaint_bladder_bowel) == (False, False, False)
    exam = editor.case.latest_exam()
    assert exam is None or exam.rapidly_progressive is None, "the course of a deficit is no complaint: left open"
    assert not button.isEnabled()
    editor.undo()
    _settle()
    assert editor.case.history.complaint_sensory is None and editor.case.history.complaint_weakness is False


def test_a_field_on_two_pages_has_one_label_one_home_and_is_found_where_it_is_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    r = renderer("en")
    for address in forms().triage.fields():  # type: ignore[union-attr]
        assert page_of(address) in ("history", "neurology", "imaging")
        assert field_label(address, r) == forms().item(address).label
    editor, triage = _new_case(window, qtbot)
    for address in forms().triage.fields():  # type: ignore[union-attr]
        caption = triage.fields[address].input.accessibleName()
        home = editor.page(page_of(address))
        assert caption == home.fields[address].input.accessibleName() == field_label(address, r)
    # A link of the triage page's "still open" facts stays there; any other goes to the home page.
    _settle()
    assert "neurological deficit class" in triage.open_facts.accessibleName()
    assert "href='neuro.deficit_class_override'" in triage.open_facts.text()
    triage.open_link("neuro.deficit_class_override")
    assert editor.current_page() is triage
    assert _focused(triage) is triage.fields["neuro.deficit_class_override"].input
    triage.open_link("history.karnofsky")  # not on the triage page
    assert editor.current_page().key == "history"
    editor.go_to("summary")
    editor.go_to_field("history.operable_per_anaesthesia")
    assert editor.current_page().key == "history"
    assert page_index("triage") == 0


def test_an_edit_on_one_page_shows_on_the_other_when_it_is_opened(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, triage = _new_case(window, qtbot)
    history = editor.page("history")
    editor.go_to("history")
    _enter(qtbot, history.fields["history.known_cancer"], True)
    editor.go_to("triage")
    assert triage.fields["history.known_cancer"].value() is True
    assert not triage.fields["history.cancer_suspected"].isVisibleTo(triage), "hidden while a cancer is known"
    _enter(qtbot, triage.fields["history.known_cancer"], False)
    assert triage.fields["history.cancer_suspected"].isVisibleTo(triage)
    editor.go_to("history")
    assert history.fields["history.known_cancer"].value() is False
    assert history.fields["history.cancer_suspected"].isVisibleTo(history)


def test_the_triage_page_is_complete_when_urgency_and_transport_are_decided(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = next(p for p in EXAMPLES if "breast" in p.name)
    window.show_case(case_from_json(path.read_text(encoding="utf-8")))
    editor = window.editor
    assert editor.nav.item(page_index("triage")).text().endswith("(complete)")
    window.new_case()
    assert editor.nav.item(page_index("triage")).text().endswith("(incomplete)")


def test_an_answer_taken_back_is_unknown_again_never_no(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Not assessed" (the first entry of every list) is unknown: the case holds nothing, and the
    banner is the one of a question never answered (S3: a missing fact never lowers the urgency)."""
    editor, page = _new_case(window, qtbot)
    _enter(qtbot, page.fields["history.complaint_weakness"], True)
    emergency = page.banner.text()
    assert page.banner.property("level") == "emergency"
    operable = page.fields["history.operable_per_anaesthesia"]
    _go(qtbot, page, "history.operable_per_anaesthesia")
    _enter(qtbot, operable, False)
    assert editor.case.history.operable_per_anaesthesia is False
    assert page.banner.text() != emergency, "a recorded 'not operable' changes the answer"
    _enter(qtbot, operable, None)  # back to "— not assessed —" with the arrow keys
    assert editor.case.history.operable_per_anaesthesia is None
    assert page.banner.text() == emergency
    assert "operability (anaesthesia)" in page.open_facts.accessibleName()
    for address in ("history.complaint_weakness", "neuro.ambulatory", "imaging.lesion.*.escc"):
        combo = page.fields[address].combo  # type: ignore[attr-defined]
        assert combo.itemData(0) is None and "not assessed" in combo.itemText(0), address


def test_the_short_referral_from_the_triage_page_is_one_page_kept_with_the_case(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from pypdf import PdfReader

    from spinemet_desktop.ui.pages.triage import TriagePage

    opened: list = []
    monkeypatch.setattr(TriagePage, "open_file", staticmethod(opened.append))
    editor, page = _new_case(window, qtbot)
    _enter(qtbot, page.fields["history.complaint_weakness"], True)
    page.short_referral.setFocus()
    qtbot.keyClick(page.short_referral, Qt.Key.Key_Space)
    assert not page.short_referral.isEnabled() and page.message.isVisible()  # made in the background
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    assert page.short_referral.isEnabled()
    data = opened[0].read_bytes()
    assert opened[0].name.startswith("short-referral-")
    records = editor.store.list_reports(editor.case.id)
    assert [r.sha256 for r in records] == [hashlib.sha256(data).hexdigest()] and records[0].pages == 1
    text = " ".join(PdfReader(str(opened[0])).pages[0].extract_text().split())
    assert "Short referral" in text and "Emergency" in text and "Not yet assessed" in text
    assert "SHA-256" in page.message.text() and page.message.isVisible()


def test_in_german_not_assessed_and_errors_are_shown_in_every_kind_of_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A yes/no question's "not assessed" and a field's error message come from the catalogue context
    of the class that defines them, also in a subclass (they were blank in German)."""
    from spinemet_desktop.ui import language
    from spinemet_desktop.ui.widgets import BoolField, NumberField

    language.install("de")
    try:
        yes_no, number = BoolField(), NumberField(0, 10, integer=True)
        qtbot.addWidget(yes_no)
        qtbot.addWidget(number)
        assert yes_no.combo.itemText(0) == "— nicht erhoben —"
        assert yes_no.description.startswith("Eine Antwort")
        number.show_error("zu groß")
        assert number.error.text() == "Fehler: zu groß"
    finally:
        language.install("en")
