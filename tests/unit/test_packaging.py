"""The packaging files agree with the package and with their documentation.

The bundle itself is built and self-tested by CI (`.ci/run`, packaging/build.sh); these checks
catch the drift that a build on one platform would not: a new runtime dependency whose licence
the bundle would not list, a WiX source that no longer parses or whose identity changed, or a
`.deb` that would not depend on the libraries the README names.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


def _licences():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("licences", PACKAGING / "licences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_has_its_licence_listed(tmp_path: Path) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    out = _licences().write(tmp_path / "licenses", ROOT)
    listed = (out / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    names = {_key(line.split(" ", 1)[0]) for line in listed.splitlines() if re.match(r"^\S+ \d", line)}
    for requirement in map(Requirement, declared):
        assert _key(requirement.name) in names, f"{requirement.name} missing from THIRD-PARTY.txt"
    assert (out / "DejaVu" / "LICENSE-DejaVu.txt").exists()
    assert "LGPL" in listed  # Qt/PySide6, whose terms the text explains


def test_the_wix_source_keeps_its_identity_and_installs_the_whole_bundle() -> None:
    tree = ET.parse(PACKAGING / "windows" / "spinemet-desktop.wxs")
    package = tree.getroot().find(f"{WIX}Package")
    assert package is not None
    assert package.get("Scope") == "perUserOrMachine"
    upgrade = package.get("UpgradeCode")
    # The documented upgrade code is the one in the source (administrators rely on it).
    assert upgrade is not None and f"{{{upgrade}}}" in (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert package.find(f"{WIX}MajorUpgrade") is not None
    files = package.find(f"{WIX}Feature/{WIX}Files")
    assert files is not None and files.get("Include") == r"$(var.BundleDir)\**"
    shortcut = package.find(f".//{WIX}Shortcut")
    assert shortcut is not None and shortcut.get("Target", "").endswith("spinemet-desktop.exe")
    detection = [v for v in package.iter(f"{WIX}RegistryValue") if v.get("Name") == "Version"]
    assert detection and detection[0].get("Root") == "HKMU" and detection[0].get("KeyPath") == "yes"


def test_the_deb_depends_on_the_libraries_the_readme_names() -> None:
    control = (PACKAGING / "linux" / "control.in").read_text(encoding="utf-8")
    depends = {d.strip().split(" ")[0] for d in re.search(r"^Depends: (.+)$", control, re.MULTILINE).group(1).split(",")}  # type: ignore[union-attr]
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    named = set(re.search(r"minimal system install `([^`]+)`", readme.replace("\n", " ")).group(1).split())  # type: ignore[union-attr]
    assert named <= depends


def test_the_bundle_keeps_the_installed_resource_layout() -> None:
    """importlib.resources finds spinemet_desktop.resources in a wheel; the spec copies the same
    folders to the same place, so the bundle finds them too."""
    spec = (PACKAGING / "spinemet-desktop.spec").read_text(encoding="utf-8")
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = data["tool"]["setuptools"]["package-data"]["spinemet_desktop.resources"]
    for folder in {pattern.split("/")[0] for pattern in shipped}:
        assert f'"spinemet_desktop/resources/{folder}"' in spec, folder
