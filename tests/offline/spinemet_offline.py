"""No network for the test suite: loaded by every Python process the tests start.

tests/conftest.py puts this folder first on PYTHONPATH, so the program's own processes (the CLI
and the app in the end-to-end tests) import it at start-up through ``sitecustomize``; conftest
imports it into the test process itself. Internet sockets then refuse to connect or resolve names; local
(AF_UNIX) sockets, which Qt may use, still work. Any network access by the product is a bug.
"""

from __future__ import annotations

import socket

BLOCKED = (socket.AF_INET, socket.AF_INET6)


class NetworkBlockedError(OSError):
    pass


def _refuse(what: object) -> None:
    raise NetworkBlockedError(f"network access attempted in the offline test suite: {what!r}")


def _guard(name: str):  # type: ignore[no-untyped-def]
    original = getattr(socket.socket, name)

    def guarded(self, address, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.family in BLOCKED:
            _refuse(address)
        return original(self, address, *args, **kwargs)

    return guarded


if not getattr(socket, "_spinemet_offline", False):
    for _name in ("connect", "connect_ex", "sendto", "bind"):
        setattr(socket.socket, _name, _guard(_name))
    socket.getaddrinfo = lambda host, *a, **k: _refuse(host)  # type: ignore[assignment]
    socket.gethostbyname = lambda host: _refuse(host)  # type: ignore[assignment]
    socket._spinemet_offline = True  # type: ignore[attr-defined]
