"""A throwaway PostgreSQL cluster for the tests, the benchmarks and CI (no Python dependencies).

    python tests/pgserver.py start DIR [--durable]   create (if needed) and start a cluster in DIR;
                                                     print its URL and its TCP URL
    python tests/pgserver.py stop DIR                stop it

The cluster is created with ``initdb`` in DIR and run with ``pg_ctl``. PostgreSQL refuses to run
as root, so when started by root (as CI is) the folder is handed to the unprivileged user
``nobody`` and every server command runs as that user. The server listens on a Unix socket inside
DIR (``url``) and on a free loopback port (``tcp_url``: for what only TCP has, such as TLS, and
for the benchmarks); never on another interface. Authentication is ``trust`` for the bootstrap
superuser ``postgres``: the cluster exists for one test run on one machine and is deleted
afterwards. Without ``--durable`` fsync is off (fast tests); the benchmarks use it durable.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

#: Debian's versioned folders (newest first), then the usual places of links to them.
BIN_DIRS = (*sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True),
            "/usr/local/bin", "/usr/bin")
SUPERUSER = "postgres"
UNPRIVILEGED = "nobody"


def binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None if PostgreSQL is not installed."""
    for folder in (os.environ.get("SPINEMET_PG_BIN", ""), *BIN_DIRS):
        if folder and all((Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found and (Path(found).resolve().parent / "initdb").exists():
        return Path(found).resolve().parent
    return None


class Cluster:
    """A PostgreSQL cluster in one folder: ``data/`` (the cluster), the socket, ``server.log``."""

    def __init__(self, folder: Path, *, durable: bool = False) -> None:
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port_file = self.folder / "tcp-port"
        self.tcp_port = int(self.port_file.read_text()) if self.port_file.exists() else None
        #: fsync and synchronous commit as in production (benchmarks); off for tests (speed).
        self.durable = durable
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl found)")
        self.bin = bin_dir

    # -- running server commands as an unprivileged user --------------------------------------
    def _as_owner(self) -> dict[str, object]:
        if os.name == "posix" and os.geteuid() == 0:
            return {"user": UNPRIVILEGED, "group": "nogroup", "extra_groups": []}
        return {}

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True,
                              check=check, cwd=self.folder, env={**os.environ, "LC_ALL": "C.UTF-8"},
                              **self._as_owner())  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@/postgres?host={self.folder}&port={self.tcp_port}"

    @property
    def tcp_url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.tcp_port}/postgres"

    def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix" and os.geteuid() == 0:
            shutil.chown(self.folder, UNPRIVILEGED, "nogroup")
        if (self.data / "PG_VERSION").exists():
            return
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")

    def start(self) -> str:
        """Start the server (on the TCP port it had before, if it ran before); its URL."""
        self.init()
        if self.tcp_port is not None and self.running():
            return self.url
        speed = "" if self.durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        for attempt in range(8):
            port = self.tcp_port or random.randint(20000, 60000)
            options = (f"-k {self.folder} -c listen_addresses=127.0.0.1 -c port={port} -c max_connections=60 "
                       f"-c shared_buffers=128MB{speed}")
            result = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60",
                               "start", check=False)
            if result.returncode == 0:
                self.tcp_port = port
                self.port_file.write_text(str(port))
                return self.url
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            if "could not bind" not in log or self.tcp_port is not None and attempt > 3:
                raise RuntimeError(f"PostgreSQL did not start: {result.stdout}{result.stderr}\n{log}")
        raise RuntimeError("PostgreSQL did not start: no free port")


    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (clients disconnected), ``immediate`` (as a crash does)."""
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_until_accepting(url: str, timeout: float = 30.0) -> None:
    """Wait until the server at ``url`` accepts connections (psycopg, imported here only)."""
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--durable", action="store_true", help="fsync and synchronous commit on")
    args = parser.parse_args(argv)
    cluster = Cluster(args.folder, durable=args.durable)
    if args.action == "start":
        print(cluster.start())
        print(cluster.tcp_url)
    else:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
