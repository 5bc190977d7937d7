"""Collect the licences of everything the bundle ships (called by spinemet-desktop.spec).

Writes ``<out>/THIRD-PARTY.txt`` (each distribution with its version, licence and home page, as
its installed metadata state them) and copies every licence file the distributions install,
plus Python's own licence and the DejaVu font licence. Reads installed metadata only: what is
listed is what was bundled, in the versions that were bundled.
"""

from __future__ import annotations

import shutil
import sys
from importlib.metadata import PackageNotFoundError, distribution, requires
from pathlib import Path

from packaging.requirements import Requirement

ROOTS = ("spinemet-desktop",)


def _closure() -> list[str]:
    """Runtime dependencies of the program, transitively, with the extras a dependency asks for
    (``psycopg[binary]`` brings psycopg-binary and its libpq); our own extras such as [test] left out."""
    seen: dict[tuple[str, str], None] = {}
    queue: list[tuple[str, str]] = [(name, "") for name in ROOTS]
    while queue:
        name, extra = queue.pop(0)
        key = (name.lower().replace("_", "-"), extra)
        if key in seen:
            continue
        seen[key] = None
        for text in requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": extra}):
                queue += [(requirement.name, ""), *((requirement.name, e) for e in requirement.extras)]
    return list(dict.fromkeys(name for name, _extra in seen if name not in ROOTS))


def _licence(name: str) -> str:
    meta = distribution(name).metadata
    # The SPDX expression, else the first line of the free-text licence field.
    expression = meta.get("License-Expression") or next(iter((meta.get("License") or "").splitlines()), "")
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return expression or ", ".join(classifiers) or "see the distribution's files"


def write(out: Path, root: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        "spinemet-desktop bundles the following software. Each licence file the distribution",
        "installs is in the folder of the same name next to this file.",
        "",
        f"Python {sys.version.split()[0]}: PSF-2.0 (python/LICENSE.txt)",
    ]
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows layout
    if python_licence.exists():
        (out / "python").mkdir(exist_ok=True)
        shutil.copy2(python_licence, out / "python" / "LICENSE.txt")
    for name in sorted(_closure()):
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        meta = dist.metadata
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u), "")
        lines.append(f"{meta['Name']} {dist.version}: {_licence(name)}  {home}".rstrip())
        for file in dist.files or []:
            text = str(file).lower()
            if "/licenses/" in text or Path(text).name.startswith(("license", "copying", "notice")):
                target = out / meta["Name"] / Path(str(file)).name
                target.parent.mkdir(exist_ok=True)
                shutil.copy2(Path(str(dist.locate_file(file))), target)
    lines += [
        "",
        "Qt 6 and PySide6 are used under the GNU LGPL v3: the bundle links them dynamically",
        "(the Qt libraries are separate files in _internal/PySide6 and can be replaced). Their",
        "sources: https://download.qt.io/official_releases/ and https://code.qt.io/pyside/pyside-setup.",
        "psycopg (clinic mode, docs/clinic-server.md) is used under the GNU LGPL v3: its modules are",
        "separate files in _internal/psycopg and can be replaced (source: https://github.com/psycopg/psycopg).",
        "psycopg-binary brings libpq (PostgreSQL licence) and the libraries libpq uses (OpenSSL,",
        "MIT Kerberos, Cyrus SASL, OpenLDAP) in _internal/psycopg_binary.libs, as built by the psycopg",
        "project; their licences are those of the psycopg-binary distribution listed above.",
        "DejaVu fonts: see DejaVu/LICENSE-DejaVu.txt.",
    ]
    (out / "DejaVu").mkdir(exist_ok=True)
    shutil.copy2(root / "resources" / "fonts" / "LICENSE-DejaVu.txt", out / "DejaVu" / "LICENSE-DejaVu.txt")
    (out / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
