"""The whole test suite runs without network: in its own process and in every process it starts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

PROBE = """
import socket
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
except OSError as exc:
    print(type(exc).__name__)
"""


def test_internet_sockets_are_refused_in_the_test_process() -> None:
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(OSError, match="network access attempted"):
        socket.getaddrinfo("pypi.org", 443)


def test_internet_sockets_are_refused_in_the_programs_the_tests_start() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=os.environ.copy(),
                         timeout=60, check=True).stdout
    assert out.strip() == "NetworkBlockedError"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="POSIX local sockets")
def test_local_sockets_still_work() -> None:
    a, b = socket.socketpair()
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()
