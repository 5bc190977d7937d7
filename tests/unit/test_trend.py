"""The trend of the serial examinations (issue 28): values, events, text alternative and drawing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from spinemet_desktop.clinical.assess import assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.i18n import Catalogue
from spinemet_desktop.model import Case, PriorRadiotherapy, case_from_json
from spinemet_desktop.model.isncsci import NeuroExam
from spinemet_desktop.model.text import decimal, localise
from spinemet_desktop.present import trend as serial
from spinemet_desktop.present.drawing import Label, Poly, text_width
from tests.conftest import EXAMPLES


def _case(name: str) -> Case:
    return case_from_json(next(p for p in EXAMPLES if name in p.name).read_text(encoding="utf-8"))


def _say(language: str):  # type: ignore[no-untyped-def]
    catalogue = Catalogue(language)
    return lambda text: localise(text, catalogue.translate, lambda v: decimal(v, comma=language == "de"))


def test_the_assessments_classifications_give_the_same_trend() -> None:
    case = _case("breast")
    a = assess(case, reference_time(case, case.encounter.assessed_at))  # type: ignore[arg-type]
    assert serial.trend(case, a) == serial.trend(case)


def test_no_trend_with_fewer_than_two_examinations() -> None:
    for name in ("lung", "prostate", "rcc"):
        assert serial.trend(_case(name)) is None


def test_the_breast_example_over_time() -> None:
    """Exam 1 (19.11. 16:30): UEMS 50, LEMS 40, LT 90, PP 90, AIS D; exam 2 (20.11. 14:10): LEMS 24, AIS C."""
    case = _case("breast")
    t = serial.trend(case)
    assert t is not None
    first, second = t.points
    assert (first.uems, first.lems, first.light_touch, first.pin_prick, first.ais) == (50, 40, 90, 90, "D")
    assert (second.uems, second.lems, second.light_touch, second.pin_prick, second.ais) == (50, 24, 90, 90, "C")
    assert first.examined_at < second.examined_at and first.note is None
    # Deficit onset (19.11. 08:30) and the glucocorticoid (20.11. 12:30) lie next to the exams and are drawn;
    # the systemic therapy (since 01.02.2025) is listed only.
    assert [e.kind for e in t.events] == ["deficit_onset", "glucocorticoid"]
    assert [e.kind for e in t.outside] == ["systemic_therapy"]
    assert t.start == t.events[0].at and t.end == second.examined_at
    lines = [_say("en")(line) for line in serial.text_alternative(t)]
    assert "From the first to the latest examination: UEMS 50 → 50 (+0); LEMS 40 → 24 (-16); light touch 90 → 90 " \
           "(+0); pin prick 90 → 90 (+0); AIS D → C." in lines
    assert lines[1].startswith("Examination 1 (2026-11-19 16:30 UTC+01:00): UEMS 50, LEMS 40, light touch 90, "
                               "pin prick 90, AIS D")
    assert any(line.startswith("Marked on the time axis: deficit onset 2026-11-19 08:30") for line in lines)
    assert any(line.startswith("Earlier or later, not drawn: current systemic therapy started 2025-02-01") for line in lines)
    de = [_say("de")(line) for line in serial.text_alternative(t)]
    assert de[1].startswith("Untersuchung 1 (2026-11-19 16:30 UTC+01:00): UEMS 50, LEMS 40, leichte Berührung 90, "
                            "Spitz-Stumpf-Diskrimination 90, AIS D")
    assert "LEMS 40 → 24 (-16)" in de[-3] and de[-3].startswith("Von der ersten bis zur letzten Untersuchung")


def test_missing_values_are_gaps_never_zero() -> None:
    case = _case("breast")
    earlier = case.neuro_exams[0]
    del earlier.isncsci.left_motor["L2"]  # the lower-limb total of exam 1 is not known
    earlier.isncsci.right_light_touch = {**earlier.isncsci.right_light_touch, "T12": "NT"}
    t = serial.trend(case)
    assert t is not None
    first = t.points[0]
    assert first.lems is None and first.uems == 50 and first.ais is None
    assert first.light_touch is None  # a not-testable cell: the total is not determinable
    assert _say("en")(first.note) == "worksheet incomplete (1 cells or fields missing)"
    assert "LEMS not determined" in _say("en")(serial.text_alternative(t)[1])
    d = serial.draw(t, _say("en"))
    lems_lines = [s for s in d.shapes if isinstance(s, Poly) and s.stroke == serial.STYLE["lems"][2] and s.dash]
    assert lems_lines == []  # no line from a missing value


def test_untimed_exams_are_counted_and_far_events_listed() -> None:
    case = _case("breast")
    case.neuro_exams.append(NeuroExam())
    case.history.prior_spine_radiotherapy = [PriorRadiotherapy(level_from="T9", level_to="T11", total_dose_gy=8.0,
                                                               fractions=1, completed_on=date(2026, 11, 19))]
    t = serial.trend(case)
    assert t is not None and t.untimed == 1 and len(t.points) == 2
    # The radiotherapy completed on 19.11. (placed at the start of that day) lies within the window.
    assert "radiotherapy" in [e.kind for e in t.events]
    lines = [_say("en")(line) for line in serial.text_alternative(t)]
    assert "1 examination(s) without a time are not placed on the time axis." in lines
    # Exams months apart widen the window: the systemic therapy start (01.02.2025) is still outside it.
    case.neuro_exams[0].examined_at = case.neuro_exams[1].examined_at - timedelta(days=60)
    t = serial.trend(case)
    assert t is not None and "systemic_therapy" not in [e.kind for e in t.events]


def test_two_exams_without_times_give_no_axis() -> None:
    case = _case("breast")
    for exam in case.neuro_exams:
        exam.examined_at = None
    t = serial.trend(case)
    assert t is not None and t.points == () and t.untimed == 2
    d = serial.draw(t, _say("en"))
    texts = [s.text for s in d.shapes if isinstance(s, Label)]
    assert texts == ["Fewer than two examinations with a time: no trend to draw."]


def test_the_chart_marks_series_by_shape_and_dash_and_labels_their_ends() -> None:
    t = serial.trend(_case("breast"))
    assert t is not None
    kinds = {name: (shape, dash) for name, (shape, dash, _colour) in serial.STYLE.items()}
    assert len({shape for shape, _ in kinds.values()}) == 4  # four marker shapes
    assert kinds["uems"][1] != kinds["lems"][1] and kinds["light_touch"][1] != kinds["pin_prick"][1]
    for language in ("en", "de"):
        d = serial.draw(t, _say(language))
        texts = [s.text for s in d.shapes if isinstance(s, Label)]
        assert {"UEMS 50", "LEMS 24", "LT 90", "PP 90"} <= set(texts)
        assert texts.count("D") == 1 and texts.count("C") == 1  # AIS per exam
        assert ("deficit onset" if language == "en" else "Beginn der Ausfälle") in texts
        for s in d.shapes:
            if isinstance(s, Label):
                w = text_width(s.text, s.size) * (1.1 if s.bold else 1.0)
                left = s.x - {"middle": w / 2, "end": w}.get(s.anchor, 0.0)
                assert -0.5 <= left and left + w <= d.width + 0.5, s


def test_the_time_axis_is_absolute() -> None:
    """Exams recorded in different UTC offsets are ordered and placed by their absolute times (S14):
    09:00 at UTC-05:00 is 15:00 at UTC+01:00, so it comes after 14:10 at UTC+01:00."""
    case = _case("breast")
    case.neuro_exams[0].examined_at = datetime.fromisoformat("2026-11-20T09:00:00-05:00")
    t = serial.trend(case)
    assert t is not None
    assert [p.ais for p in t.points] == ["C", "D"]
    assert (t.points[1].examined_at - t.points[0].examined_at) == timedelta(minutes=50)
