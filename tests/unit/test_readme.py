"""The README's first screen gives exactly two commands, and CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = text.split("---", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", first_screen, flags=re.DOTALL)


def test_first_screen_has_exactly_two_commands() -> None:
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("spinemet-desktop")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()
