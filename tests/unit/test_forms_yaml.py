"""The form declarations read with LibYAML (issue 26) are what PyYAML's own safe loader reads."""

from __future__ import annotations

import pytest
import yaml

from spinemet_desktop.model.untrusted import _base_loader
from spinemet_desktop.present.forms.load import FormError, _read_yaml
from tests.conftest import ROOT

DECLARATIONS = sorted((ROOT / "forms").rglob("*.yaml"))


def test_the_fast_loader_is_used_where_pyyaml_has_it() -> None:
    assert len(DECLARATIONS) >= 3
    assert _base_loader() is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


@pytest.mark.parametrize("path", DECLARATIONS, ids=lambda p: p.name)
def test_every_declaration_reads_the_same_with_both_loaders(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert _read_yaml(text, path.name) == yaml.load(text, Loader=yaml.SafeLoader)


@pytest.mark.parametrize("text", ["a: [1, 2\nb: 3\n", "a: 1\n  b: 2\n", "- a\nb: c\n", "a: !!python/object:os.system x\n"])
def test_broken_or_unsafe_yaml_is_a_form_error_with_its_line(text: str) -> None:
    with pytest.raises(FormError, match=r"pages\.yaml \(line \d+, column \d+\): not valid YAML"):
        _read_yaml(text, "pages.yaml")
