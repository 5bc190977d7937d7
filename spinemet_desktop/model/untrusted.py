"""Parsing text from outside the program: case files (JSON) and settings files (YAML).

Both parsers check what would otherwise crash or exhaust the program *before* they build
anything: the size, the encoding (UTF-8), how deeply brackets or blocks nest (Python's parsers
recurse, and a file of 100,000 ``[`` would end in a ``RecursionError``), keys that appear twice
in one object (JSON and YAML would silently keep the last: "escc": 3 followed by "escc": 0), and
for JSON numbers too long to be real values and the non-standard ``NaN``/``Infinity``; for YAML
aliases (which let a small file expand into a huge structure). Pure functions on text, no I/O.
"""

from __future__ import annotations

import json
from functools import cache
from itertools import accumulate
from typing import Any

from spinemet_desktop.model.limits import MAX_NESTING, MAX_NUMBER_CHARS, shown


class UntrustedTextError(ValueError):
    """Text that cannot be parsed safely; the message says what and, where it can, where."""


# -- JSON --------------------------------------------------------------------------------------------

_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_DEPTH_STEP = [0] * 256
_DEPTH_STEP[ord("[")] = _DEPTH_STEP[ord("{")] = 1
_DEPTH_STEP[ord("]")] = _DEPTH_STEP[ord("}")] = -1


def json_nesting(data: bytes) -> int:
    """How deeply the brackets of a JSON text nest (brackets inside strings do not count).

    Linear in the size of the text, with the loops in C: escaped characters are dropped, the
    text is split at the quotes (every other piece is inside a string) and the depth is the
    largest running sum over the brackets left. About a second for 5 MB of nothing but brackets.
    """
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(unescaped.split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def _number(text: str, convert: type) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise UntrustedTextError(f"a number is written with {len(text):,} characters (at most "
                                 f"{MAX_NUMBER_CHARS}): {shown(text, 30)}")
    return convert(text)


def _no_constant(name: str) -> Any:
    raise UntrustedTextError(f"{name} is not a number a case can hold")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            others = ", ".join(shown(k, 30) for k in list(found)[:3] if k != key)
            raise UntrustedTextError(f"the key {shown(key, 40)} appears twice in one object"
                                     + (f" (beside {others})" if others else ""))
        found[key] = value
    return found


def parse_json(data: str | bytes, *, max_bytes: int, what: str = "file") -> Any:
    """A JSON text from outside, checked before and while parsing (see the module's description)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise UntrustedTextError(f"the {what} is too large ({len(raw):,} bytes; at most {max_bytes:,})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UntrustedTextError(f"the {what} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position "
                                 f"{exc.start:,})") from None
    depth = json_nesting(raw)
    if depth > MAX_NESTING:
        raise UntrustedTextError(f"the {what} nests {depth:,} levels deep (brackets in brackets; at most "
                                 f"{MAX_NESTING})")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                          parse_int=lambda s: _number(s, int), parse_float=lambda s: _number(s, float))
    except json.JSONDecodeError as exc:
        raise UntrustedTextError(f"the {what} is not valid JSON: {exc.msg} (line {exc.lineno}, "
                                 f"column {exc.colno})") from None
    except RecursionError:  # pragma: no cover - the nesting check comes first
        raise UntrustedTextError(f"the {what} nests too deeply") from None


# -- YAML --------------------------------------------------------------------------------------------

#: A settings file holds at most this many YAML nodes (the example has about 150).
MAX_YAML_NODES = 10_000


def parse_yaml(data: bytes, *, max_bytes: int, name: str) -> Any:
    """A YAML settings file from outside: UTF-8, bounded, no aliases, no duplicate keys, at most
    :data:`MAX_NESTING` deep, at most :data:`MAX_YAML_NODES` nodes. Messages start with ``name``."""
    import yaml

    if len(data) > max_bytes:
        raise UntrustedTextError(f"{name}: the file is too large ({len(data):,} bytes; at most {max_bytes:,})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UntrustedTextError(f"{name} (line {line}): the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                                 "save it as UTF-8") from None

    def where(mark: Any) -> str:
        return f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""

    depth = nodes = 0
    try:
        for event in yaml.parse(text, Loader=_base_loader()):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise UntrustedTextError(f"{name}{where(event.start_mark)}: anchors and aliases (& and *) are not "
                                         "allowed in a settings file")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise UntrustedTextError(f"{name}{where(event.start_mark)}: nested deeper than {MAX_NESTING} "
                                             "levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_YAML_NODES:
                    raise UntrustedTextError(f"{name}: more than {MAX_YAML_NODES:,} entries")
        return yaml.load(text, Loader=_loader())
    except UntrustedTextError as exc:
        if str(exc).startswith(name):
            raise
        raise UntrustedTextError(f"{name} {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UntrustedTextError(f"{name}{where(mark)}: not valid YAML: {getattr(exc, 'problem', None) or exc}") \
            from None


def _base_loader() -> Any:
    """PyYAML's safe loader, in C (libyaml) where it is installed."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _loader() -> type:
    """PyYAML's safe loader, refusing a key that appears twice in a mapping (made on first use:
    PyYAML is imported only when a settings file is read)."""

    class Loader(_base_loader()):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _value in node.value:
                key = self.construct_object(key_node, deep=deep)
                mark = key_node.start_mark
                if not isinstance(key, str | int | float | bool | None):
                    raise UntrustedTextError(f"(line {mark.line + 1}): a key is not a plain value")
                if key in seen:
                    raise UntrustedTextError(f"(line {mark.line + 1}): the key {shown(key, 40)} appears twice")
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Loader


__all__ = ["MAX_YAML_NODES", "UntrustedTextError", "json_nesting", "parse_json", "parse_yaml"]
