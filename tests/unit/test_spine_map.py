"""The spine map's description (issue 28): positions, marks, labels and text alternative, for every
example and for a two-lesion, a re-irradiation and a level-mismatch case, in both languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spinemet_desktop.clinical.assess import Assessment, assess
from spinemet_desktop.clinical.reference_time import reference_time
from spinemet_desktop.i18n import Catalogue
from spinemet_desktop.model import Case, PriorRadiotherapy, case_from_json
from spinemet_desktop.model.case import Lesion
from spinemet_desktop.model.levels import SPINAL_LEVELS
from spinemet_desktop.model.text import decimal, localise
from spinemet_desktop.present import spine_map as spine
from spinemet_desktop.present.drawing import Label, Poly, Rect, text_width
from tests.conftest import EXAMPLES


def _case(name: str) -> Case:
    return case_from_json(next(p for p in EXAMPLES if name in p.name).read_text(encoding="utf-8"))


def _assess(case: Case) -> Assessment:
    assert case.encounter.assessed_at is not None
    return assess(case, reference_time(case, case.encounter.assessed_at))


def _say(language: str):  # type: ignore[no-untyped-def]
    catalogue = Catalogue(language)
    return lambda text: localise(text, catalogue.translate, lambda v: decimal(v, comma=language == "de"))


def _map(case: Case) -> spine.SpineMap:
    return spine.spine_map(case, _assess(case))


def _with_nli(case: Case, nli: str) -> tuple[Case, Assessment]:
    """The case's assessment with another NLI on the latest classification (the rest unchanged)."""
    a = _assess(case)
    assert a.isncsci is not None and a.isncsci.result is not None
    result = replace(a.isncsci.result, neurological_level_of_injury=nli)
    return case, replace(a, isncsci=replace(a.isncsci, result=result))


# -- the column -------------------------------------------------------------------------------------
def test_the_column_runs_c1_to_s5_top_down_with_region_gaps() -> None:
    m = _map(_case("prostate"))
    levels = [v.level for v in m.vertebrae]
    assert levels == list(SPINAL_LEVELS[1:])  # C1 ... S5; C0 (occiput) only when something lies there
    for upper, lower in zip(m.vertebrae, m.vertebrae[1:]):
        gap = lower.top - upper.bottom
        assert gap == (3.0 if upper.level[0] != lower.level[0] else 0.0), (upper.level, lower.level)
    # Hand-checked: C1-C7 7 x 10, gap 3, T1-T9 9 x 10.5 -> T10 starts at 167.5; L bodies are the tallest.
    assert m.vertebra("T10").top == 167.5 and m.vertebra("T10").bottom == 178.0
    assert m.vertebra("L3").height > m.vertebra("T3").height > m.vertebra("C3").height > m.vertebra("S3").height
    assert m.vertebrae[-1].bottom == 312.5


def test_the_occiput_is_drawn_only_when_a_lesion_or_field_lies_there() -> None:
    case = _case("prostate")
    case.imaging.lesions.append(Lesion(level="C0", level_to="C1"))
    m = _map(case)
    assert m.vertebrae[0].level == "C0" and m.lesions[-1].levels == ("C0", "C1")


# -- lesions: marks and labels -----------------------------------------------------------------------
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_lesion_of_every_example_is_placed_and_marked(path) -> None:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    a = _assess(case)
    m = spine.spine_map(case, a)
    assert [mark.lesion_id for mark in m.lesions] == [la.lesion.id for la in a.lesions]
    for mark, la in zip(m.lesions, a.lesions, strict=True):
        assert mark.label == la.label and mark.levels[0] == la.lesion.level
        assert mark.sins_band == la.sins.band and mark.escc_grade == la.escc.display
        several = len(a.lesions) > 1  # a single lesion is not labelled with roles
        assert mark.for_instability == (several and la is a.lesion_for_instability)
        assert mark.for_compression == (several and la is a.lesion_for_compression)
    assert sum(mark.for_instability for mark in m.lesions) == (len(a.lesions) > 1)
    assert sum(mark.for_compression for mark in m.lesions) == (len(a.lesions) > 1)


def test_two_lesions_with_different_roles_are_labelled_apart() -> None:
    """Lung example: L4 SINS 14 leads for instability, T6 ESCC 2 for compression (S4)."""
    m = _map(_case("lung"))
    t6, l4 = m.lesions
    assert (t6.label, t6.sins_band, t6.escc_grade, t6.escc_band) == ("T6", "stable", "2", "high_grade")
    assert (l4.label, l4.sins_band, l4.escc_grade, l4.escc_band) == ("L4", "unstable", "1a", "low_grade")
    assert (t6.for_instability, t6.for_compression, l4.for_instability, l4.for_compression) == (False, True, True, False)
    en = _say("en")
    assert en(t6.role) == "lesion for compression" and en(l4.role) == "lesion for instability"
    assert _say("de")(l4.role) == "Läsion für die Instabilität"
    # Breast example: both roles fall on T10; L2 has none.
    t10, l2 = _map(_case("breast")).lesions
    assert en(t10.role) == "lesion for instability and compression" and l2.role is None


def test_an_incomplete_sins_shows_what_the_items_guarantee() -> None:
    case = _case("breast")
    lesion = case.imaging.lesions[0]  # T10: 1 + 3 + 2 + 2 + 2 + 3 = 13
    lesion.sins_collapse = None  # 11 + (0 to 3): the band is open
    mark = _map(case).lesions[0]
    assert mark.sins_band is None
    assert _say("en")(mark.sins) == "SINS 11–14 (items missing)"
    lesion.sins_collapse, lesion.sins_alignment, lesion.sins_pain = "gt50", "subluxation_translation", None
    mark = _map(case).lesions[0]  # 1 + (0 to 3) + 2 + 4 + 3 + 3 = 13 to 16: unstable whatever the pain
    assert mark.sins_band == "unstable"
    assert _say("en")(mark.sins) == "SINS 13–16, unstable (items missing)"
    assert _say("de")(mark.sins) == "SINS 13–16, instabil (Items fehlen)"


def test_a_lesion_without_escc_is_not_the_lesion_for_compression_on_the_map() -> None:
    case = _case("lung")
    case.imaging.lesions[0].escc = None  # T6; L4 (ESCC 1a) now leads for compression, and for instability
    t6, l4 = _map(case).lesions
    assert t6.escc_grade is None and not t6.for_compression and not t6.for_instability
    assert l4.for_compression and l4.for_instability
    assert _say("en")(t6.escc) == "ESCC not recorded"
    case.imaging.lesions[1].escc = None  # no grade anywhere: the map names no lesion for compression
    assert not any(mark.for_compression for mark in _map(case).lesions)


def test_a_single_lesion_gets_no_role_label() -> None:
    """With one lesion the roles say nothing; "lesion for instability" on a stable lesion would mislead."""
    (mark,) = _map(_case("prostate")).lesions
    assert mark.role is None and not mark.for_instability and not mark.for_compression


def test_lesions_without_a_level_are_counted_not_drawn() -> None:
    case = _case("prostate")
    case.imaging.lesions.append(Lesion())
    m = _map(case)
    assert len(m.lesions) == 1 and m.unplaced == 1
    assert "1 lesion(s) without a level are not drawn." in [_say("en")(t) for t in spine.text_alternative(m)]


# -- neurological levels and the mismatch flag --------------------------------------------------------
def test_segments_are_drawn_at_the_vertebra_of_the_same_name() -> None:
    assert spine.vertebra_of_segment("C5") == "C5"
    assert spine.vertebra_of_segment("C8") == "T1"  # no C8 vertebra; its root leaves between C7 and T1
    assert spine.vertebra_of_segment("T10") == "T10"
    assert spine.vertebra_of_segment("L3") == "L3"
    assert spine.vertebra_of_segment("S4_5") == "S4"


def test_the_latest_exams_levels_are_placed_beside_the_column() -> None:
    m = _map(_case("breast"))  # NLI, sensory and motor levels T10 on both sides
    assert [(mark.kind, mark.side, mark.value, mark.vertebra) for mark in m.levels] == [
        ("nli", None, "T10", "T10"), ("sensory", "R", "T10", "T10"), ("sensory", "L", "T10", "T10"),
        ("motor", "R", "T10", "T10"), ("motor", "L", "T10", "T10")]
    assert m.mismatch is None  # T10 lies at the first impaired segment's vertebra (T11) or above


@pytest.mark.parametrize("name", ["lung", "prostate", "rcc"])
def test_intact_levels_are_said_not_drawn(name: str) -> None:
    m = _map(_case(name))
    assert all(mark.vertebra is None for mark in m.levels) and m.mismatch is None
    lines = [_say("en")(t) for t in spine.text_alternative(m)]
    assert "NLI, sensory and motor levels: intact (INT) on both sides." in lines
    assert "NLI, sensible und motorische Niveaus: beidseits intakt (INT)." in [_say("de")(t) for t in
                                                                              spine.text_alternative(m)]


def test_a_level_mismatch_is_flagged_when_no_lesion_lies_at_or_above_the_level() -> None:
    case = _case("breast")
    case.imaging.lesions[0].level = "T12"  # NLI T10: first impaired T11; lesions T12 and L2 lie below
    m = _map(case)
    assert m.mismatch is not None
    assert (m.mismatch.nli, m.mismatch.first_impaired, m.mismatch.vertebra) == ("T10", "T11", "T11")
    en = _say("en")(m.mismatch.text)
    assert en == ("Level mismatch: no recorded lesion lies at or above T11, the first segment below the NLI T10. "
                  "The guideline asks for imaging that covers the whole spine when there is an acute deficit (6.3).")
    assert _say("de")(m.mismatch.text).startswith("Höhendiskrepanz: Keine erfasste Läsion liegt auf oder oberhalb "
                                                  "von T11")
    assert m.mismatch.text in spine.text_alternative(m)
    # A lesion at T11 (the first impaired segment's vertebra) explains it; so does one far above.
    for level in ("T11", "C4"):
        case.imaging.lesions[0].level = level
        assert _map(case).mismatch is None, level


@pytest.mark.parametrize(("nli", "expected"), [
    ("C7", "T1"),  # first impaired C8, drawn at T1
    ("C8", "T1"),
    ("T4,T5", "T6"),  # an uncertain NLI: the most caudal candidate, so the flag is certain
    ("T5*", "T6"),  # a star (non-SCI condition) does not move the level
    ("S3", "S4"),  # first impaired S4-5, drawn at S4
])
def test_the_mismatch_vertebra_for_each_kind_of_level(nli: str, expected: str) -> None:
    case = _case("breast")
    case.imaging.lesions = [Lesion(level="S5")]  # below everything
    case, a = _with_nli(case, nli)
    m = spine.spine_map(case, a)
    assert m.mismatch is not None and m.mismatch.vertebra == expected
    case.imaging.lesions = [Lesion(level=expected)]
    case, a = _with_nli(case, nli)
    assert spine.spine_map(case, a).mismatch is None


def test_no_mismatch_without_a_deficit_or_without_a_complete_exam() -> None:
    case, a = _with_nli(_case("breast"), "INT")
    case.imaging.lesions = []
    assert spine.spine_map(case, a).mismatch is None
    case = _case("breast")
    del case.neuro_exams[1].isncsci.right_motor["C5"]  # the latest worksheet is incomplete
    m = _map(case)
    assert m.levels == () and m.mismatch is None
    assert _say("en")(m.levels_text) == ("Neurological levels: not determined — the latest worksheet is incomplete "
                                        "(1 cells or fields missing).")


def test_a_deficit_without_any_recorded_lesion_is_a_mismatch() -> None:
    case = _case("breast")
    case.imaging.lesions = []
    m = _map(case)
    assert m.mismatch is not None and m.mismatch.vertebra == "T11"
    assert "No lesion with a level recorded." in [_say("en")(t) for t in spine.text_alternative(m)]


# -- previous radiotherapy and re-irradiation ------------------------------------------------------------
def test_a_lesion_in_a_previous_field_carries_its_reirradiation_figures() -> None:
    """Lung example: T6 in the field T5–T8 of 10 x 3 Gy (15.09.2025). BED = 30 x (1 + 3/2) = 75 Gy2,
    EQD2 37.5 Gy; every course <= 98 Gy2 and > 6 months: limit 135.5 Gy2, so 60.5 Gy2 are left."""
    m = _map(_case("lung"))
    (field,) = m.fields
    assert field.number == 1 and field.levels == ("T5", "T6", "T7", "T8")
    assert _say("en")(field.text) == "RT 1: T5–T8; 10 × 3 Gy = 30 Gy; completed 2025-09-15"
    assert _say("de")(field.text) == "RT 1: T5–T8; 10 × 3 Gy = 30 Gy; abgeschlossen 2025-09-15"
    t6, l4 = m.lesions
    assert l4.reirradiation is None and t6.reirradiation is not None
    en, de = _say("en")(t6.reirradiation), _say("de")(t6.reirradiation)
    assert en.startswith("in a previous RT field (1 course(s) at T6); cumulative BED 75 Gy₂ (EQD2 37.5 Gy); "
                         "60.5 Gy₂ left to 135.5 Gy₂; ")
    assert "kumulative BED 75 Gy₂ (EQD2 37,5 Gy); 60,5 Gy₂ verbleibend bis 135,5 Gy₂" in de
    lines = [_say("en")(t) for t in spine.text_alternative(m)]
    assert "RT 1: T5–T8; 10 × 3 Gy = 30 Gy; completed 2025-09-15." in lines
    assert any(line.startswith("T6: SINS 5, stable; ESCC 2 (high-grade); lesion for compression; re-irradiation: "
                               "in a previous RT field") for line in lines)


def test_exceeded_figures_and_courses_without_levels_are_said() -> None:
    case = _case("lung")
    case.history.prior_spine_radiotherapy.append(PriorRadiotherapy(level_from="T6", level_to="T6",
                                                                   total_dose_gy=24.0, fractions=3))
    case.history.prior_spine_radiotherapy.append(PriorRadiotherapy(level_from="L4", total_dose_gy=8.0, fractions=1))
    case.history.cord_tolerance_exhausted = True
    m = _map(case)
    # A course with only one level recorded has an unknown extent: not drawn, assumed to include
    # every lesion (as clinical.reirradiation counts it).
    assert [f.levels for f in m.fields][1:] == [("T6",), ()]
    t6 = m.lesions[0]
    # 75 + 24 x (1 + 8/2) = 195 Gy2 at T6 (the course without levels is assumed to include it: + 40):
    # 235 Gy2, 115 Gy2 above the limit of 120 Gy2 (a course above 98 Gy2).
    assert "cumulative BED 235 Gy₂ (EQD2 117.5 Gy); 115 Gy₂ above the limit of 120 Gy₂" in _say("en")(t6.reirradiation)
    lines = [_say("en")(t) for t in spine.text_alternative(m)]
    assert "RT 3: levels not recorded — assumed to include every lesion; 1 × 8 Gy = 8 Gy; date not recorded." in lines
    assert "Cord tolerance recorded as exhausted." in lines


# -- the text alternative in both languages -----------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_text_alternative_names_everything_the_map_shows(path, language: str) -> None:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    m = _map(case)
    say = _say(language)
    lines = [say(t) for t in spine.text_alternative(m)]
    text = "\n".join(lines)
    assert lines[0] == {"en": "Spine map (schematic) of the column C1–S5.", "de": "Wirbelsäulenschema von C1 bis S5."}[language]
    for mark in m.lesions:
        assert any(line.startswith(f"{mark.label}: SINS") for line in lines), mark.label
        assert say(mark.escc) in text
    if language == "de":  # every template translated: no English sentence left
        for english in ("Lesions from top to bottom", "lesion for", "previous", "Neurological levels", "recorded"):
            assert english not in text, english


# -- the drawing -------------------------------------------------------------------------------------------
def test_sins_bands_differ_by_pattern_and_outline_not_only_by_colour() -> None:
    cues = {band: (style.hatch, style.outline, style.dash) for band, style in spine.SINS_STYLE.items()}
    assert len(set(cues.values())) == len(cues)
    escc = spine.ESCC_STYLE
    assert escc["low_grade"].fill == "#ffffff" and escc["borderline"].dash and not escc["high_grade"].dash
    assert [spine.ESCC_DEPTH[g] for g in ("0", "1a", "1b", "1c", "2", "3")] == sorted(spine.ESCC_DEPTH.values())


def _lines_in(shapes, box: Rect) -> list[Poly]:  # type: ignore[no-untyped-def]
    return [s for s in shapes if isinstance(s, Poly) and len(s.points) == 2 and s.stroke == "#000000"
            and all(box.x - 0.01 <= x <= box.x + box.w + 0.01 and box.y - 0.01 <= y <= box.y + box.h + 0.01
                    for x, y in s.points)]


def test_the_drawing_marks_each_lesion_by_its_bands() -> None:
    m = _map(_case("lung"))  # T6 stable / ESCC 2 in field 1; L4 unstable / ESCC 1a
    d = spine.draw(m, _say("en"))
    fills = {s.fill: s for s in d.shapes if isinstance(s, Rect) and s.stroke is None}
    unstable = fills[spine.SINS_STYLE["unstable"].fill]
    slopes = {round((b[1] - a[1]) / (b[0] - a[0])) for a, b in (line.points for line in _lines_in(d.shapes, unstable))}
    assert slopes == {1, -1}  # cross-hatched
    stable = fills[spine.SINS_STYLE["stable"].fill]
    assert _lines_in(d.shapes, stable) == []
    wedges = [s for s in d.shapes if isinstance(s, Poly) and s.closed and s.fill in
              (spine.ESCC_STYLE["high_grade"].fill, spine.ESCC_STYLE["low_grade"].fill)
              and s.points[0][0] == 166.0]
    depths = sorted(round(max(x for x, _ in w.points) - 166.0, 2) for w in wedges)
    assert depths == [round(0.25 * 12, 2), round(0.75 * 12, 2)]  # 1a and 2 on a 12-unit canal
    texts = [s.text for s in d.shapes if isinstance(s, Label)]
    assert "lesion for compression" in texts and "lesion for instability" in texts
    assert "1" in texts  # the field's number on its bracket
    field = next(s for s in d.shapes if isinstance(s, Rect) and s.fill == "#cfe9dd")
    top = 6.0  # the column's offset in the drawing
    assert (field.y, field.y + field.h) == (top + m.vertebra("T5").top - 1, top + m.vertebra("T8").bottom + 1)


def test_the_drawing_flags_the_mismatch_at_its_vertebra() -> None:
    case = _case("breast")
    case.imaging.lesions[0].level = "T12"
    m = _map(case)
    d = spine.draw(m, _say("de"))
    red = [s for s in d.shapes if isinstance(s, Poly) and s.stroke == "#a00020" and s.dash]
    assert len(red) == 1 and red[0].points[0][1] == 6.0 + m.vertebra("T11").bottom
    texts = " ".join(s.text for s in d.shapes if isinstance(s, Label))
    assert "keine Läsion auf" in texts and "NLI T10" in texts and "sensibel R/L T10" in texts
    assert "!" in texts  # the warning sign


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("width", [spine.NARROWEST, spine.WIDTH])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_everything_is_drawn_inside_the_drawing(path, language: str, width: float) -> None:  # type: ignore[no-untyped-def]
    case = case_from_json(path.read_text(encoding="utf-8"))
    case.imaging.lesions[0].level = "C2"  # labels near the top edge
    d = spine.draw(_map(case), _say(language), width)
    assert d.width == width
    for s in d.shapes:
        if isinstance(s, Label):
            w = text_width(s.text, s.size) * (1.1 if s.bold else 1.0)
            left = s.x - {"middle": w / 2, "end": w}.get(s.anchor, 0.0)
            assert -0.5 <= left and left + w <= d.width + 0.5, s
            assert s.size <= s.y <= d.height, s
        else:
            points = s.points if isinstance(s, Poly) else ((s.x, s.y), (s.x + s.w, s.y + s.h))
            assert all(-0.5 <= x <= d.width + 0.5 and -0.5 <= y <= d.height + 0.5 for x, y in points), s
