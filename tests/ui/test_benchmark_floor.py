"""The start-up floor of benchmarks/qt_floor.py stays a floor: never more than the real first window.

``startup_qt_floor_ratio`` is quoted as what Qt alone costs for the program's first window. That
holds only while the floor shows no more than the program does and loads none of its code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

from PySide6.QtWidgets import QMenu, QWidget

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import qt_floor
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def _qt_class(widget: QWidget) -> str:
    """The Qt class a widget is (the program's own subclasses counted as their Qt base)."""
    return next(k.__name__ for k in type(widget).__mro__ if k.__module__.startswith("PySide6"))


def _census(window: QWidget) -> tuple[Counter[str], int, int]:
    widgets = Counter(_qt_class(w) for w in window.findChildren(QWidget) if w.isVisible())
    menus = window.findChildren(QMenu)
    return widgets, len(menus), sum(len(m.actions()) for m in menus)


def test_the_floor_shows_no_more_than_the_first_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    floor = qt_floor.build()
    qtbot.addWidget(floor)
    floor.show()
    qtbot.waitExposed(floor)
    assert window.stack.currentWidget() is window.case_list  # the program's first window
    program_widgets, program_menus, program_actions = _census(window)
    floor_widgets, floor_menus, floor_actions = _census(floor)
    assert floor_widgets, "the floor shows nothing"
    more = {name: n for name, n in floor_widgets.items() if n > program_widgets[name]}
    assert not more, f"the floor shows widgets the first window does not: {more}"
    assert floor_menus <= program_menus and floor_actions <= program_actions
    assert floor.width() * floor.height() <= window.width() * window.height()


def test_the_floor_loads_none_of_the_program() -> None:
    code = ("import runpy, sys\n"
            f"runpy.run_path({str(ROOT / 'benchmarks' / 'qt_floor.py')!r}, run_name='__main__')\n"
            "ours = sorted(m for m in sys.modules if m.split('.')[0] == 'spinemet_desktop')\n"
            "assert not ours, ours\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "floor: shown" in out.stdout
