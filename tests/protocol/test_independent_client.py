#!/usr/bin/env python3
"""End-to-end test of the independent GridSafe client against the real server.

Usage: python3 test_independent_client.py /path/to/gridsafe-server

Starts the server with --demo-minimal on a free loopback port in a temporary data folder, runs the
checks below, prints each one and ends with "N passed, M failed".  Exit status 0 only if
nothing failed.  Written from docs/PROTOCOL.md only.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gridsafe_client as gs  # noqa: E402

USER, PASSWORD = "yaoguan", "gridsafe-yaoguan"
TOWN, OTHER_TOWN, KNOWN_GRID = "遥观镇", "横林镇", "渔庄村网格"
FP_RE = re.compile(r"Certificate SHA-256 fingerprint:\s*((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")
TEST_BUDGET = 27.0   # seconds for the whole run (the brief asks for < 30 s)
IO_TIMEOUT = 5.0     # per request

START = time.monotonic()
results: list[tuple[bool, str]] = []


def left() -> float:
    return TEST_BUDGET - (time.monotonic() - START)


def check(ok: bool, what: str, detail: str = "") -> bool:
    results.append((bool(ok), what))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", what, ("  [" + detail + "]") if detail else ""),
          flush=True)
    return bool(ok)


def note_doc(text: str) -> None:
    """A difference from PROTOCOL.md that the client tolerates (not counted as a check)."""
    print("NOTE  doc differs: " + text, flush=True)


def free_port() -> int:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


class Server:
    def __init__(self, binary: str, data_dir: str, port: int):
        self.port = port
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stdout_log: list[str] = []
        self.stderr_path = os.path.join(data_dir, "..", "server-stderr.txt")
        self.stderr_file = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [binary, "--data-dir", data_dir, "--listen", "127.0.0.1:%d" % port, "--demo-minimal",
             "--language", "en"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.stderr_file)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for raw in self.proc.stdout:  # drains stdout so the server never blocks on it
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            self.stdout_log.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def wait_fingerprint(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while True:
            rest = deadline - time.monotonic()
            if rest <= 0:
                return None
            try:
                line = self.lines.get(timeout=rest)
            except queue.Empty:
                return None
            if line is None:
                return None
            m = FP_RE.search(line)
            if m:
                return m.group(1)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        try:
            self.proc.stdout.close()
        except OSError:
            pass
        self.reader.join(timeout=2)
        self.stderr_file.close()


def connect(port: int, fp: str | None, timeout: float = IO_TIMEOUT) -> gs.Connection:
    """Connect with pinning; retry briefly while the server is still starting."""
    deadline = time.monotonic() + min(8.0, max(0.5, left()))
    while True:
        try:
            return gs.Connection("127.0.0.1", port, fp, timeout=timeout, connect_timeout=timeout)
        except gs.GridSafeError as e:
            if e.code != "network" or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def expect_error(fn, code: str):
    """Run fn(); return the GridSafeError if it has `code`, else None (and what happened)."""
    try:
        r = fn()
    except gs.GridSafeError as e:
        return e, "%s: %s" % (e.code, e.message)
    return None, "no error, reply %r" % (r,)


# ---------------------------------------------------------------------------


def cbor_self_test():
    ok = True
    frame_doc = bytes.fromhex(  # the whole hello frame of §14.1
        "00 00 00 37 a4 61 76 01 62 69 64 01 64 74 79 70 65 65 68 65 6c 6c 6f 64 62 6f 64 79 a2 68 70"
        "72 6f 74 6f 63 6f 6c 01 66 63 6c 69 65 6e 74 6c 70 79 63 6c 69 65 6e 74 20 30 2e 31")
    msg = {"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1, "client": "pyclient 0.1"}}
    payload = gs.cbor_dumps(msg)
    ok &= struct.pack(">I", len(payload)) + payload == frame_doc
    reply = bytes.fromhex(  # the captured reply from §14.1, without its 4-byte header
        "a4 61 76 01 62 69 64 01 64 74 79 70 65 65 72 65 70 6c 79 64 62 6f 64 79 a4 68 70"
        "72 6f 74 6f 63 6f 6c 01 66 73 65 72 76 65 72 75 67 72 69 64 73 61 66 65 2d 73 65 72 76 65 72"
        "20 30 2e 31 2e 30 66 73 63 68 65 6d 61 01 6d 6d 61 78 46 72 61 6d 65 42 79 74 65 73 1a 00 40"
        "00 00")
    ok &= gs.cbor_loads(reply) == {"v": 1, "id": 1, "type": "reply", "body": {
        "protocol": 1, "server": "gridsafe-server 0.1.0", "schema": 1, "maxFrameBytes": 4194304}}
    note = bytes.fromhex("a3 61 76 01 64 74 79 70 65 6c 6e 6f 74 65 2e 63 68 61 6e 67 65 64"
                         "64 62 6f 64 79 a1 64 68 65 61 64 18 40")
    ok &= gs.cbor_loads(note) == {"v": 1, "type": "note.changed", "body": {"head": 64}}
    for v in [0, 23, 24, 255, 256, 65535, 65536, 2**32, 2**63 - 1, -1, -24, -25, -2**63,
              "", "网格", b"\x00\xff", [], [1, [2, None]], {"a": True, "b": False}]:
        ok &= gs.cbor_loads(gs.cbor_dumps(v)) == v
    # §3.2: numbers with a fraction come as floats of any size; a truncated one is malformed.
    ok &= gs.cbor_loads(bytes.fromhex("f93c00")) == 1.0
    ok &= gs.cbor_loads(bytes.fromhex("fa40200000")) == 2.5
    ok &= gs.cbor_loads(bytes.fromhex("fb4020000000000000")) == 8.0
    bad = ["", "18", "1a0000", "5f", "7f", "9f", "bf", "c0", "f93c", "fb3ff00000",
           "f7", "e0", "ff", "1c", "62c328", "a10101", "a2616101616102", "0101", "6261",
           "81", "9b" + "ff" * 8]
    for h in bad:
        try:
            gs.cbor_loads(bytes.fromhex(h))
            ok = False
            print("   CBOR decoder accepted malformed %s" % h)
        except gs.CBORError:
            pass
    check(ok, "CBOR codec matches the bytes of §14.1 and rejects malformed input")


def run(binary: str) -> None:
    cbor_self_test()
    tmp = tempfile.mkdtemp(prefix="gridsafe-indep-")
    data_dir = os.path.join(tmp, "data")
    os.mkdir(data_dir)
    port = free_port()
    server = Server(binary, data_dir, port)
    try:
        run_against(server, data_dir, port)
    finally:
        server.stop()
        rc = server.proc.returncode
        if results and not all(ok for ok, _ in results):
            print("--- server stdout:\n" + "\n".join(server.stdout_log[-30:]))
            try:
                with open(server.stderr_path, "rb") as f:
                    print("--- server stderr (tail):\n"
                          + f.read()[-3000:].decode("utf-8", "replace"))
            except OSError:
                pass
        print("server stopped (exit status %s)" % rc)
        shutil.rmtree(tmp, ignore_errors=True)


def run_against(server: Server, data_dir: str, port: int) -> None:
    fp = server.wait_fingerprint(timeout=min(15.0, left()))
    if not check(fp is not None, "server prints 'Certificate SHA-256 fingerprint: …' on stdout",
                 fp or "not seen; exit=%r" % server.proc.poll()):
        return
    # §2: the certificate is stored as tls-cert.pem in the data folder.
    try:
        with open(os.path.join(data_dir, "tls-cert.pem")) as f:
            der = ssl.PEM_cert_to_DER_cert(f.read())
        check(gs.fingerprint_of(der) == fp, "printed fingerprint = SHA-256 of tls-cert.pem (DER)")
    except (OSError, ValueError) as e:
        check(False, "printed fingerprint = SHA-256 of tls-cert.pem (DER)", str(e))

    # -- pinning -----------------------------------------------------------
    try:
        c = connect(port, fp)
    except gs.GridSafeError as e:
        check(False, "TLS connection with pinned fingerprint", str(e))
        return
    check(c.fingerprint == fp and c.tls_version in ("TLSv1.2", "TLSv1.3"),
          "TLS ≥ 1.2 and peer certificate SHA-256 equals the printed fingerprint",
          "%s, %s" % (c.tls_version, c.fingerprint[:23] + "…"))
    wrong = ":".join(["00"] * 32)
    e, what = expect_error(lambda: connect(port, wrong), "certificate_changed")
    check(e is not None and e.code == "certificate_changed",
          "a different pin is refused before any request (certificate_changed)", what)

    # -- request before hello -------------------------------------------------
    with c:
        rid = c.send_request("ping", {})
        e, what = expect_error(lambda: c.wait_reply(rid), "hello_required")
        check(e is not None and e.code == "hello_required" and e.msg_id == rid,
              "request before hello → hello_required with the request's id", what)
        h = c.hello()
        check(h.get("protocol") == 1 and h.get("maxFrameBytes") == 4194304
              and isinstance(h.get("server"), str) and isinstance(h.get("schema"), int)
              and isinstance(h.get("databaseId"), str) and len(h.get("databaseId")) == 32,
              "hello → reply {protocol: 1, server, schema, databaseId, maxFrameBytes: 4194304}", repr(h))
        extra = sorted(set(h) - {"protocol", "server", "schema", "databaseId", "maxFrameBytes"})
        if extra:
            note_doc("§6.1 hello reply has undocumented field(s) %s" % ", ".join(extra))
        # -- wrong password ------------------------------------------------
        e, what = expect_error(lambda: c.login(USER, "not-the-password"), "auth_failed")
        check(e is not None and e.code == "auth_failed",
              "wrong password → auth_failed", what)
        p = c.ping()
        check(isinstance(p.get("serverTime"), str) and p["serverTime"].endswith("Z"),
              "connection stays open after auth_failed (ping in AwaitLogin)", repr(p))
        e, what = expect_error(lambda: c.pull(0), "auth_required")
        check(e is not None and e.code == "auth_required", "sync.pull before login → auth_required", what)

        # -- login ------------------------------------------------------------
        login = c.login(USER, PASSWORD)
        user = login.get("user", {})
        tok = login.get("token", "")
        check(isinstance(tok, str) and len(tok) == 43
              and re.fullmatch(r"[A-Za-z0-9_-]{43}", tok) is not None
              and user.get("username") == USER and user.get("role") == "operator"
              and isinstance(user.get("townId"), int)
              and isinstance(login.get("idleTimeoutSeconds"), int),
              "auth.login yaoguan → token (43 chars base64url), operator user with townId",
              "user=%r" % user)

        # -- paged pull ---------------------------------------------------------
        rep = gs.Replica()
        problems = []

        def on_page(since, page):
            seqs = [ch["seq"] for ch in page["changes"]]
            if seqs != sorted(seqs) or any(s <= since for s in seqs) or len(set(seqs)) != len(seqs):
                problems.append("seq not ascending/after since in page from %d" % since)
            if len(seqs) > 5:
                problems.append("page larger than limit")
            if page["more"] and (not seqs or page["last"] != seqs[-1]):
                problems.append("more=true but last != seq of last row")
            if not page["more"] and page["last"] != max(seqs[-1] if seqs else since, page["head"]):
                problems.append("more=false but last != max(last row, head)")
            for ch in page["changes"]:
                if ch["deleted"] != ("data" not in ch):
                    problems.append("deleted/data mismatch at seq %d" % ch["seq"])

        rep.sync(c, limit=5, on_page=on_page)
        check(rep.pages > 1 and not problems and rep.last == rep.head,
              "sync.pull paged with limit 5 to the end (more=false, last=head)",
              "%d pages, %d rows, last=%d head=%d %s" % (rep.pages, rep.rows, rep.last, rep.head,
                                                         "; ".join(problems)))
        full = c.pull(0, 2000)
        check(not full["more"] and {(ch["entity"], ch["id"]) for ch in full["changes"]}
              == set(rep.entities),
              "one-page snapshot (limit 2000) equals the paged replica",
              "%d rows" % len(full["changes"]))

        town = rep.find_town(TOWN)
        if not check(town is not None and town.get("id") == user.get("townId"),
                     "region %s (town/street) visible and is the user's town" % TOWN,
                     repr(town)):
            return
        grids = rep.town_grids(town["id"])
        names = [g["name"] for g in grids]
        check(KNOWN_GRID in names, "grids of %s include %s" % (TOWN, KNOWN_GRID), "、".join(names))
        regions = rep.regions()
        other = [r for r in regions.values() if r.get("name") == OTHER_TOWN]
        out_of_scope = [r for r in regions.values() if r.get("townId") not in (None, town["id"])]
        foreign_grids = [g for g in rep.grids().values() if g.get("townId") != town["id"]]
        check(not other and not out_of_scope and not foreign_grids,
              "no region of %s (nor any other town) is visible" % OTHER_TOWN,
              "%d regions, %d grids visible" % (len(regions), len(rep.grids())))

        # -- command: grid.create + replay ------------------------------------
        areas = sorted(r["id"] for r in regions.values()
                       if r.get("townId") == town["id"] and r.get("kind") in ("village", "community"))
        if not check(bool(areas), "%s has villages or communities for a village grid" % TOWN):
            return
        name = "独立客户端网格" + uuid.uuid4().hex[:6]
        cid = str(uuid.uuid4())
        args = {"townId": town["id"], "name": name, "areaIds": [areas[-1]]}
        r1 = c.command("grid.create", args, cid)
        res = r1.get("result", {})
        check(r1.get("replayed") is False and isinstance(res.get("gridId"), int)
              and res.get("revision") == 1 and isinstance(r1.get("head"), int) and r1["head"] > rep.last,
              "command grid.create → {result: {gridId, revision: 1}, replayed: false, head}", repr(r1))
        note = c.wait_note("note.changed", timeout=min(5.0, max(0.5, left())))
        check(note is not None and note["body"].get("head") == r1.get("head"),
              "note.changed {head} arrives after the command's reply", repr(note))
        r2 = c.command("grid.create", args, cid)
        check(r2.get("replayed") is True and r2.get("result") == res
              and isinstance(r2.get("head"), int) and r2.get("head") >= r1.get("head"),
              "same commandId again → replayed: true, same result, current head", repr(r2))
        stray = c.wait_note("note.changed", timeout=0.5)
        check(stray is None, "no note.changed after a replay")
        before = rep.last
        rep.sync(c)
        g = rep.grids().get(res.get("gridId"))
        check(g is not None and g["name"] == name and g["status"] == "active"
              and g["areaIds"] == [areas[-1]] and g["townId"] == town["id"] and g["revision"] == 1,
              "sync.pull since %d returns the new grid" % before, repr(g))
        e, what = expect_error(lambda: c.command("grid.create", args, str(uuid.uuid4())), "invalid")
        check(e is not None and e.code == "invalid",
              "a second active grid with the same name → invalid", what)
        c.logout()

    # -- oversized declared length ------------------------------------------
    with connect(port, fp) as c2:
        c2.hello()
        c2.send_raw(b"\xff\xff\xff\xff")
        try:
            m = c2.read_message(timeout=IO_TIMEOUT)
        except gs.GridSafeError as e:
            m = {"exception": str(e)}
        check(m.get("type") == "error" and "id" not in m
              and m.get("body", {}).get("code") == "frame_too_large",
              "declared length 0xFFFFFFFF → error frame_too_large without id", repr(m))
        check(c2.expect_closed(timeout=min(5.0, max(0.5, left()))),
              "… and the server closes the connection")

    # -- a fresh connection still works --------------------------------------
    with connect(port, fp) as c3:
        c3.hello()
        l3 = c3.login(USER, PASSWORD)
        p3 = c3.pull(0, 1)
        check(l3.get("user", {}).get("username") == USER and p3.get("more") is True,
              "a fresh connection still works (hello, login, pull)")

    # -- the CLI -----------------------------------------------------------------
    env = dict(os.environ, GS_TEST_PW=PASSWORD)
    try:
        out = subprocess.run(
            [sys.executable, os.path.join(HERE, "gridsafe_client.py"), "--server",
             "127.0.0.1:%d" % port, "--fingerprint", fp, "--user", USER, "--password-env",
             "GS_TEST_PW", "--timeout", str(IO_TIMEOUT), "grids", "--town", TOWN],
            env=env, capture_output=True, timeout=min(10.0, max(1.0, left())))
        lines = out.stdout.decode("utf-8").splitlines()
        rows = [ln.split("\t") for ln in lines]
        check(out.returncode == 0 and all(len(r) == 3 and r[0].isdigit() for r in rows)
              and any(r[1] == KNOWN_GRID and r[2] == "active" for r in rows)
              and any(r[1] == name for r in rows),
              "CLI 'grids --town %s' prints id<TAB>name<TAB>status" % TOWN,
              "rc=%d, %d lines %s" % (out.returncode, len(lines), out.stderr.decode()[-200:]))
    except subprocess.TimeoutExpired:
        check(False, "CLI 'grids --town %s' prints id<TAB>name<TAB>status" % TOWN, "timed out")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: %s PATH/TO/gridsafe-server" % sys.argv[0], file=sys.stderr)
        return 2
    binary = sys.argv[1]
    if not os.access(binary, os.X_OK):
        print("not executable: %s" % binary, file=sys.stderr)
        check(False, "server binary exists")
    else:
        try:
            run(binary)
        except Exception as e:  # any unexpected failure counts as one failed check
            traceback.print_exc()
            check(False, "unexpected exception: %s: %s" % (type(e).__name__, e))
    passed = sum(1 for ok, _ in results if ok)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
