#!/usr/bin/env python3
"""Group commit acknowledges nothing before its batch is durable.

The server (a build with tests, which honours GRIDSAFE_FAULT_CRASH_BEFORE_COMMIT=1) exits
after its command writer has written a batch and before the batch's COMMIT. Several
clients send a grid.create each at the same moment. Then: (1) no client got an answer,
(2) after a restart none of the grids exists and the file is intact, (3) each command
resent with its original id is applied once, and a second resend is answered as a replay
with the same grid, (4) the audit chain verifies.

Usage: commit_crash_test.py SERVER_BINARY     (standard library only; prints "N passed, M failed")
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crash_test as ct  # noqa: E402  (server start, login and replica helpers)

gs = ct.gs
CLIENTS = 8


def send_together(port: int, fingerprint: str, town: int, village: int,
                  planned: list[tuple[str, str]]) -> list[object]:
    """Each client sends its command once all are logged in; returns reply or error per client."""
    connections = [ct.connect(port, fingerprint) for _ in planned]
    start = threading.Barrier(len(planned))
    outcomes: list[object] = [None] * len(planned)

    def send(index: int) -> None:
        command_id, name = planned[index]
        start.wait()
        try:
            outcomes[index] = connections[index].command(
                "grid.create", {"townId": town, "name": name, "areaIds": [village], "part": name}, command_id)
        except (gs.GridSafeError, OSError) as error:
            outcomes[index] = error

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(planned))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for conn in connections:
        try:
            conn.close()
        except OSError:
            pass
    return outcomes


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="gridsafe-commit-crash-")
    data = os.path.join(work, "data")
    try:
        # A first start seeds the demo; the town and village are read from it.
        port = ct.free_port()
        proc, fingerprint = ct.start_server(binary, data, port)
        conn = ct.connect(port, fingerprint)
        town, village = ct.town_and_village(conn)
        conn.close()
        proc.terminate()
        proc.wait(timeout=10)

        planned = [(str(uuid.uuid4()), "提交前崩溃-%02d" % i) for i in range(CLIENTS)]
        proc, fingerprint = ct.start_server(binary, data, port, {"GRIDSAFE_FAULT_CRASH_BEFORE_COMMIT": "1"})
        outcomes = send_together(port, fingerprint, town, village, planned)
        proc.wait(timeout=20)
        ct.check(proc.returncode == 70, "the server exited between writing a batch and its COMMIT (exit %s)"
                 % proc.returncode)
        answered = [o for o in outcomes if isinstance(o, dict)]
        ct.check(not answered, "no client got an answer for a command of the uncommitted batch (%d did)"
                 % len(answered))

        db = sqlite3.connect(os.path.join(data, "gridsafe.sqlite"))
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.close()
        ct.check(integrity == "ok", "the database is intact after the crash (%s)" % integrity)

        proc, fingerprint = ct.start_server(binary, data, port)
        try:
            conn = ct.connect(port, fingerprint)
            counts = ct.grids_named(conn, "提交前崩溃-")
            ct.check(not counts, "after the restart none of the unacknowledged grids exists (%d do)" % len(counts))
            first = {cid: conn.command("grid.create", {"townId": town, "name": name, "areaIds": [village],
                                                       "part": name}, cid) for cid, name in planned}
            ct.check(all(not r["replayed"] for r in first.values()),
                     "each command resent with its original id is applied, not replayed")
            again = {cid: conn.command("grid.create", {"townId": town, "name": name, "areaIds": [village],
                                                       "part": name}, cid) for cid, name in planned}
            ct.check(all(again[cid]["replayed"] and again[cid]["result"]["gridId"] == first[cid]["result"]["gridId"]
                         for cid in first),
                     "a second resend is answered as a replay with the same grid")
            counts = ct.grids_named(conn, "提交前崩溃-")
            ct.check(len(counts) == CLIENTS and all(n == 1 for n in counts.values()),
                     "each of the %d grids exists exactly once" % CLIENTS)
            conn.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        ct.check_audit(binary, data)
    except Exception as error:  # a crash of the test itself is a failure, not a hang
        ct.check(False, "unexpected error: %r" % (error,))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(ct.results)
    failed = len(ct.results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
