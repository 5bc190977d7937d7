"""The spine map and the trend chart in the app (issue 28): on the neurology and summary pages,
live with the worksheet, with their text alternative as accessible description, in both languages."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from spinemet_desktop.model.levels import DERMATOMES
from spinemet_desktop.present import spine_map as spine
from spinemet_desktop.present import trend as serial
from spinemet_desktop.ui import language
from spinemet_desktop.ui.labels import clinical
from spinemet_desktop.ui.main_window import MainWindow
from spinemet_desktop.ui.pages import page_index
from spinemet_desktop.ui.spine_map_widget import SpineMapWidget
from spinemet_desktop.ui.trend_widget import TrendWidget
from tests.ui.conftest import example
from tests.ui.layout import focus_chain

NEUROLOGY, SUMMARY = page_index("neurology"), page_index("summary")


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    language.install("en", pseudo=False)


def _figures(window: MainWindow, page: int) -> tuple[SpineMapWidget, TrendWidget]:
    window.editor.go_to_page(page)
    QApplication.processEvents()
    current = window.editor.current_page()
    return current.findChild(SpineMapWidget), current.findChild(TrendWidget)  # type: ignore[return-value]


def _expected(window: MainWindow) -> tuple[str, str]:
    case, a = window.editor.case, window.editor.assessment
    assert case is not None and a is not None
    m = " ".join(clinical(line) for line in spine.text_alternative(spine.spine_map(case, a)))
    t = serial.trend(case)
    return m, "" if t is None else " ".join(clinical(line) for line in serial.text_alternative(t))


def _inked(widget) -> float:  # type: ignore[no-untyped-def]
    """The share of the widget's pixels (every third) that are painted dark."""
    image = widget.grab().toImage()
    samples = [QColor(image.pixel(x, y)).lightness() < 200 for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)]
    return sum(samples) / max(len(samples), 1)


@pytest.mark.parametrize("page", [NEUROLOGY, SUMMARY])
def test_both_figures_show_the_breast_example(window, qtbot, page: int) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("breast"))
    spine_map, trend = _figures(window, page)
    assert spine_map.isVisible() and trend.isVisible()
    expected_map, expected_trend = _expected(window)
    assert spine_map.accessibleName() == "Spine map" and spine_map.accessibleDescription() == expected_map
    assert "T10: SINS 13, unstable; ESCC 3 (high-grade); lesion for instability and compression." in expected_map
    assert "NLI T10; sensory level right T10;" in expected_map
    assert trend.accessibleName() == "Trend of the serial examinations"
    assert trend.accessibleDescription() == expected_trend and "LEMS 40 → 24 (-16)" in expected_trend
    assert spine_map.toolTip() == f"<p>{escape(expected_map)}</p>"  # the same words on hover, as plain text
    assert _inked(spine_map) > 0.02 and _inked(trend) > 0.01
    empty = SpineMapWidget()
    empty.resize(300, 300)
    assert _inked(empty) == 0  # nothing painted without a case
    # Figures take no keyboard focus: the Tab order of the page is unchanged.
    assert spine_map not in focus_chain(window) and trend not in focus_chain(window)


def test_a_single_examination_hides_the_trend_and_the_map_shows_reirradiation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("lung"))
    spine_map, trend = _figures(window, SUMMARY)
    assert spine_map.isVisible() and not trend.isVisible()
    description = spine_map.accessibleDescription()
    assert "T6: SINS 5, stable; ESCC 2 (high-grade); lesion for compression; re-irradiation: in a previous RT field " \
           "(1 course(s) at T6); cumulative BED 75 Gy₂ (EQD2 37.5 Gy); 60.5 Gy₂ left to 135.5 Gy₂" in description
    assert "RT 1: T5–T8; 10 × 3 Gy = 30 Gy; completed" in description


def test_the_map_follows_the_worksheet_as_it_is_typed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Light touch absent at right T4: sensory level and NLI T3, so neither lesion (T10, L2) lies at or
    above T4 — the map flags the mismatch at once."""
    window.show_case(example("breast"))
    spine_map, _trend = _figures(window, NEUROLOGY)
    assert "Level mismatch" not in spine_map.accessibleDescription()
    page = window.editor.current_page()
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(DERMATOMES.index("T4"), 1)  # right light touch
    qtbot.keyClick(grid, "0")
    qtbot.waitUntil(lambda: "Level mismatch" in spine_map.accessibleDescription())
    description = spine_map.accessibleDescription()
    assert "NLI T3; sensory level right T3;" in description
    assert "no recorded lesion lies at or above T4, the first segment below the NLI T3" in description
    assert spine_map.accessibleDescription() == _expected(window)[0]


def test_the_figures_speak_german(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    language.install("de", pseudo=False)
    german = MainWindow(window.store)
    qtbot.addWidget(german)
    german.show()
    german.show_case(example("breast"))
    spine_map, trend = _figures(german, SUMMARY)
    assert spine_map.accessibleName() == "Wirbelsäulenschema"
    assert trend.accessibleName() == "Verlauf der Untersuchungen"
    description = spine_map.accessibleDescription()
    assert description.startswith("Wirbelsäulenschema von C1 bis S5. Läsionen von oben nach unten: T10: SINS 13, "
                                  "instabil; ESCC 3 (hochgradig); Läsion für Instabilität und Kompression.")
    assert "NLI T10; sensibles Niveau rechts T10;" in description
    assert "Von der ersten bis zur letzten Untersuchung: UEMS 50 → 50 (+0); LEMS 40 → 24 (-16)" in \
        trend.accessibleDescription()
    german.editor.close_case()
    german.show_case(example("lung"))
    spine_map, _trend = _figures(german, NEUROLOGY)
    assert "60,5 Gy₂ verbleibend bis 135,5 Gy₂" in spine_map.accessibleDescription()
    german.editor.close_case()


def test_the_figure_lays_itself_out_for_its_width(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_case(example("lung"))
    spine_map, _trend = _figures(window, SUMMARY)
    narrow, wide = spine_map.drawing(300), spine_map.drawing(1000)
    assert narrow is not None and wide is not None
    assert narrow.width == spine.NARROWEST and wide.width == spine.WIDTH
    assert narrow.height > wide.height  # the labels wrap more in a narrow figure
    assert spine_map.heightForWidth(1000) == round(wide.height * spine_map.SCALE)
