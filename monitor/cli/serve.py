"""`storywatch serve`: the archive in Datasette, on this machine only unless asked, stopped as one.

Datasette runs as a child process in its own session: every SIGINT, SIGTERM or SIGHUP that storywatch gets is
forwarded to it, storywatch waits for it to exit (killing it if it has not within STOP_GRACE_S), and the
temporary folder of its metadata is removed on the way out.
"""

from __future__ import annotations

import ipaddress
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

import click

from monitor.archive.datasette import datasette_argv, datasette_available, datasette_metadata
from monitor.archive.queries import known_watches
from monitor.cli.context import Context

FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
STOP_GRACE_S = 10.0


def is_loopback(host: str) -> bool:
    """Whether binding `host` serves this machine only."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def run_child(argv: list[str]) -> tuple[int, int | None]:
    """Run `argv` until it exits, forwarding the signals storywatch receives; returns (exit code, the first
    signal forwarded or None)."""
    child = subprocess.Popen(argv, start_new_session=True)  # only what we forward reaches it
    forwarded: list[tuple[int, float]] = []  # (signal, when)

    def forward(signum: int, frame: FrameType | None) -> None:
        forwarded.append((signum, time.monotonic()))
        if child.poll() is None:
            child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in FORWARDED}
    try:
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                pass
            if forwarded and time.monotonic() - forwarded[0][1] > STOP_GRACE_S:
                child.kill()
    finally:
        if child.poll() is None:  # storywatch itself is failing: never leave Datasette behind
            child.kill()
            child.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code, (forwarded[0][0] if forwarded else None)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; an address other than this machine's needs --public.")
@click.option("--port", default=8001, show_default=True)
@click.option("--public", is_flag=True, help="Allow a --host that other machines can reach (the archive is then "
                                             "readable by anyone who reaches it).")
@click.option("--private-tables", is_flag=True, help="Also serve the subscribers' tables (chat ids).")
@click.option("--internal-tables", is_flag=True, help="Also list the operators' tables (runs, service state).")
@click.option("--print-metadata", is_flag=True, help="Print the Datasette metadata (JSON) and exit.")
@click.pass_obj
def serve_cmd(obj: Context, host: str, port: int, public: bool, private_tables: bool, internal_tables: bool,
              print_metadata: bool) -> None:
    """Open the archive in Datasette (pip install 'storywatch[serve]'): readable views of the articles, the
    follow-ups and each story's timeline, with facets, full-text search and canned queries. Listens on this
    machine only unless --public; the subscribers' tables are not served unless --private-tables. SIGTERM or
    Ctrl-C stops storywatch and Datasette together."""
    db = Path(obj.db_path)
    if not is_loopback(host) and not public:
        raise click.ClickException(f"--host {host} would serve the archive to other machines: add --public to "
                                   "mean it, or leave the default 127.0.0.1")
    if not print_metadata and not datasette_available():
        raise click.ClickException("Datasette is not installed: pip install 'storywatch[serve]'")
    watches: list[str] = []
    if db.exists() or not print_metadata:
        with obj.reader() as archive:  # an up-to-date archive (else: run storywatch init); never written here
            watches = known_watches(archive)
    metadata = datasette_metadata(db.stem, watches=watches, private=private_tables, internal=internal_tables)
    if print_metadata:
        click.echo(json.dumps(metadata, indent=2))
        return
    if not is_loopback(host):
        click.echo(f"warning: serving the archive on {host}: anyone who can reach this address can read it",
                   err=True)
    with tempfile.TemporaryDirectory(prefix="storywatch-serve-") as work:
        path = Path(work) / "metadata.json"
        path.write_text(json.dumps(metadata), encoding="utf-8")
        click.echo(f"Datasette on http://{host}:{port}/{db.stem} (Ctrl-C stops it)", err=True)
        code, stopped_by = run_child(datasette_argv(sys.executable, db, path, host=host, port=port))
    if code and stopped_by is None:
        raise click.ClickException(f"datasette exited with {code}")
