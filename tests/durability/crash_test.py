#!/usr/bin/env python3
"""Acknowledged data is never lost, and a retried command is applied once — even when the
server is killed with SIGKILL in the middle of a stream of commands.

Each round: start the real server on a data folder, send grid.create commands one after
another, kill -9 the server while a command chosen at random is on its way, start it again on the same folder, and
check that (1) every command the server acknowledged is there exactly once, (2) resending
every command with its original id creates nothing twice, (3) the SQLite file passes
integrity and foreign-key checks, and (4) the audit chain verifies.

Usage: crash_test.py SERVER_BINARY     (standard library only; prints "N passed, M failed")
"""

from __future__ import annotations

import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "protocol"))
import gridsafe_client as gs  # noqa: E402  (the independent client, written from PROTOCOL.md)

FP_RE = re.compile(r"((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")
ROUNDS = 4
results: list[bool] = []


def check(ok: bool, what: str) -> None:
    results.append(bool(ok))
    print(("PASS  " if ok else "FAIL  ") + what, flush=True)


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_server(binary: str, data: str, port: int, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([binary, "--data-dir", data, "--listen", "127.0.0.1:%d" % port, "--demo-minimal",
                             "--language", "en"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=None if env is None else {**os.environ, **env})
    deadline = time.monotonic() + 20
    fingerprint = ""
    while time.monotonic() < deadline:
        line = proc.stdout.readline().decode("utf-8", "replace")
        if not line:
            break
        m = FP_RE.search(line)
        if m:
            fingerprint = m.group(1)
            break
    if not fingerprint:
        proc.kill()
        raise RuntimeError("server did not start")
    # Keep draining stdout so the server never blocks on it.
    threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()
    return proc, fingerprint


def connect(port: int, fingerprint: str) -> gs.Connection:
    deadline = time.monotonic() + 10
    while True:
        try:
            conn = gs.Connection("127.0.0.1", port, fingerprint, timeout=10, connect_timeout=5)
            conn.hello()
            conn.login("yaoguan", "gridsafe-yaoguan")
            return conn
        except gs.GridSafeError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def check_audit(binary: str, data: str, prefix: str = "") -> None:
    """The console's verify-audit on the stopped server's data folder."""
    verified = subprocess.run([binary, "--data-dir", data, "--language", "en", "verify-audit"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    check(verified.returncode == 0, "%sthe audit chain verifies (%s)"
          % (prefix, verified.stdout.decode("utf-8", "replace").strip()))


def town_and_village(conn: gs.Connection) -> tuple[int, int]:
    replica = gs.Replica()
    replica.sync(conn)
    town = replica.find_town("遥观镇")
    village = next(r for r in replica.regions().values() if r["name"] == "建农村")
    return town["id"], village["id"]


def grids_named(conn: gs.Connection, prefix: str) -> dict[str, int]:
    replica = gs.Replica()
    replica.sync(conn)
    counts: dict[str, int] = {}
    for grid in replica.grids().values():
        if grid["name"].startswith(prefix) and grid["status"] == "active":
            counts[grid["name"]] = counts.get(grid["name"], 0) + 1
    return counts


def run_round(binary: str, data: str, round_no: int, rng: random.Random) -> None:
    port = free_port()
    proc, fingerprint = start_server(binary, data, port)
    conn = connect(port, fingerprint)
    town, village = town_and_village(conn)
    prefix = "崩溃%d-" % round_no
    planned = [(str(uuid.uuid4()), "%s%04d" % (prefix, i)) for i in range(2000)]
    acknowledged: dict[str, int] = {}

    # The kill is tied to the stream, not to the clock, so a slow or fast disk cannot make
    # it land before the first command or after the last: it comes while command number
    # `kill_at` is on its way (or being written), a moment after it was sent.
    kill_at = rng.randint(50, 1500)
    delay = rng.uniform(0.0, 0.002)
    killer = threading.Thread(target=lambda: (time.sleep(delay), os.kill(proc.pid, 9)))
    for index, (command_id, name) in enumerate(planned):
        if index == kill_at:
            killer.start()
        try:
            reply = conn.command("grid.create", {"townId": town, "name": name, "areaIds": [village], "part": name}, command_id)
        except gs.GridSafeError:
            break  # the server died under us
        acknowledged[command_id] = reply["result"]["gridId"]
    killer.join()
    proc.wait(timeout=10)
    conn.close()
    check(proc.returncode == -9 and 0 < len(acknowledged) < len(planned),
          "round %d: server killed with SIGKILL mid-stream, after %d acknowledged commands"
          % (round_no, len(acknowledged)))

    # The file as the crash left it: consistent.
    db = sqlite3.connect(os.path.join(data, "gridsafe.sqlite"))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    foreign = db.execute("PRAGMA foreign_key_check").fetchall()
    db.close()
    check(integrity == "ok" and not foreign, "round %d: database intact after the crash (%s, %d FK problems)"
          % (round_no, integrity, len(foreign)))

    proc, fingerprint = start_server(binary, data, port)
    try:
        conn = connect(port, fingerprint)
        counts = grids_named(conn, prefix)
        names = dict(planned)
        lost = [names[c] for c in acknowledged if counts.get(names[c], 0) != 1]
        check(not lost, "round %d: every acknowledged grid is there exactly once after restart (%d lost)"
              % (round_no, len(lost)))

        # Resend everything with the original ids, as a client's outbox would.
        replay_mismatch = 0
        for command_id, name in planned:
            reply = conn.command("grid.create", {"townId": town, "name": name, "areaIds": [village], "part": name}, command_id)
            if command_id in acknowledged and (not reply["replayed"]
                                               or reply["result"]["gridId"] != acknowledged[command_id]):
                replay_mismatch += 1
        check(replay_mismatch == 0, "round %d: acknowledged commands are answered as replays with the same grid"
              % round_no)
        counts = grids_named(conn, prefix)
        check(len(counts) == len(planned) and all(n == 1 for n in counts.values()),
              "round %d: after resending all %d commands each grid exists exactly once" % (round_no, len(planned)))
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    check_audit(binary, data, "round %d: " % round_no)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="gridsafe-crash-")
    rng = random.Random(20261129)
    try:
        data = os.path.join(work, "data")
        for round_no in range(1, ROUNDS + 1):
            run_round(binary, data, round_no, rng)
    except Exception as error:  # a crash of the test itself is a failure, not a hang
        check(False, "unexpected error: %r" % (error,))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
