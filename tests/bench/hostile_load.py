#!/usr/bin/env python3
"""Measures what hostile clients cost the server and whether a normal user still gets in.

Starts the real server on a demo database, then for each flood prints the server's resident
memory (VmRSS) before, at the peak and after, and how long a normal login (TLS, hello,
auth.login) takes from another address while the flood is on. The floods (PROTOCOL.md §3.4):

  idle       N plain TCP connections that never start TLS
  halfopen   N connections that send the first bytes of a TLS ClientHello and stop
  hellos     one connection writing H hellos and never reading a reply
  pulls      one logged-in connection writing P sync.pulls and never reading
  badlogins  B connections (from B addresses) each sending a wrong password, all at once
  nested     N connections each sending a 60 KiB frame of arrays nested 60 000 deep

A benchmark: it measures and prints, and fails only if the server dies, a normal login fails
or the audit chain does not verify afterwards.
Usage: hostile_load.py SERVER_BINARY [--scale small|full]
"""

from __future__ import annotations

import os
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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "protocol"))
import gridsafe_client as gs  # noqa: E402

FP_RE = re.compile(r"((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")
SCALES = {
    "small": dict(idle=60, halfopen=60, hellos=20000, pulls=2000, badlogins=20, nested=10),
    "full": dict(idle=1000, halfopen=300, hellos=300000, pulls=20000, badlogins=200, nested=200),
}


def rss_mib(pid: int) -> float:
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return -1.0


def frame(msg: dict) -> bytes:
    payload = gs.cbor_dumps(msg)
    return struct.pack(">I", len(payload)) + payload


def tls_socket(port: int, source: str = "127.0.0.1", read_buffer: int | None = None) -> ssl.SSLSocket:
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if read_buffer:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, read_buffer)
    raw.bind((source, 0))
    raw.settimeout(15)
    raw.connect(("127.0.0.1", port))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx.wrap_socket(raw)


def read_frame(sock: ssl.SSLSocket) -> dict:
    def exact(n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data
    (length,) = struct.unpack(">I", exact(4))
    return gs.cbor_loads(exact(length))


def timed_login(port: int, source: str = "127.0.0.200") -> float:
    """Seconds for TLS + hello + auth.login of a normal user from another address."""
    start = time.monotonic()
    sock = tls_socket(port, source)
    sock.sendall(frame({"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1}})
                 + frame({"v": 1, "id": 2, "type": "auth.login",
                          "body": {"username": "henglin", "password": "gridsafe-henglin"}}))
    replies = [read_frame(sock), read_frame(sock)]
    sock.close()
    if replies[1].get("type") != "reply":
        raise RuntimeError("normal login refused: %r" % (replies[1],))
    return time.monotonic() - start


def start_server(binary: str, data: str, port: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([binary, "--data-dir", data, "--listen", "127.0.0.1:%d" % port, "--demo-minimal",
                             "--language", "en"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = proc.stdout.readline().decode("utf-8", "replace")
        match = FP_RE.search(line)
        if match:
            threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()
            return proc, match.group(1)
        if not line:
            break
    proc.kill()
    raise RuntimeError("server did not start")


def report(name: str, proc: subprocess.Popen, before: float, peak: float, login_s: float) -> None:
    time.sleep(1.0)
    after = rss_mib(proc.pid)
    print("%-10s RSS %6.1f MiB before, %6.1f peak, %6.1f after; normal login during the flood %5.0f ms"
          % (name, before, peak, after, login_s * 1000), flush=True)
    if proc.poll() is not None:
        raise RuntimeError("server died during " + name)


def flood_idle(port: int, count: int) -> list:
    socks = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        socks.append(s)
    return socks


def flood_halfopen(port: int, count: int) -> list:
    socks = flood_idle(port, count)
    for s in socks:
        s.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")  # a ClientHello that stops early
    return socks


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    scale = SCALES[sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--scale" else "small"]
    work = tempfile.mkdtemp(prefix="gridsafe-hostile-")
    port = gs_free_port()
    proc, _ = start_server(binary, os.path.join(work, "data"), port)
    try:
        timed_login(port)  # warm up
        for name in ("idle", "halfopen", "hellos", "pulls", "badlogins", "nested"):
            before = rss_mib(proc.pid)
            peak = before
            held: list = []
            if name == "idle":
                held = flood_idle(port, scale["idle"])
            elif name == "halfopen":
                held = flood_halfopen(port, scale["halfopen"])
            elif name == "hellos":
                s = tls_socket(port, "127.0.0.2", read_buffer=4096)
                burst = frame({"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1}})
                threading.Thread(target=lambda: _send_quietly(s, burst * scale["hellos"]), daemon=True).start()
                held = [s]
            elif name == "pulls":
                s = tls_socket(port, "127.0.0.3", read_buffer=4096)
                s.sendall(frame({"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1}})
                          + frame({"v": 1, "id": 2, "type": "auth.login",
                                   "body": {"username": "reviewer", "password": "gridsafe-review"}}))
                burst = b"".join(frame({"v": 1, "id": 3 + i, "type": "sync.pull", "body": {"since": 0}})
                                 for i in range(scale["pulls"]))
                threading.Thread(target=lambda: _send_quietly(s, burst), daemon=True).start()
                held = [s]
            elif name == "badlogins":
                for i in range(scale["badlogins"]):
                    s = tls_socket(port, "127.1.%d.%d" % (i // 250, 1 + i % 250))
                    s.sendall(frame({"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1}})
                              + frame({"v": 1, "id": 2, "type": "auth.login",
                                       "body": {"username": "admin", "password": "wrong-%d" % i}}))
                    held.append(s)
            elif name == "nested":
                deep = b"\x81" * 60000 + b"\x00"
                body = b"\xa1" + b"\x64args" + deep
                payload = b"\xa3\x61v\x01\x64type\x64ping\x64body" + body
                for i in range(scale["nested"]):
                    s = tls_socket(port, "127.2.%d.%d" % (i // 250, 1 + i % 250))
                    s.sendall(frame({"v": 1, "id": 1, "type": "hello", "body": {"protocol": 1}})
                              + struct.pack(">I", len(payload)) + payload)
                    held.append(s)
            deadline = time.monotonic() + 2.0
            while time.monotonic() < deadline:
                peak = max(peak, rss_mib(proc.pid))
                time.sleep(0.05)
            login_s = timed_login(port)
            peak = max(peak, rss_mib(proc.pid))
            for s in held:
                try:
                    s.close()
                except OSError:
                    pass
            report(name, proc, before, peak, login_s)
        print("after all floods: normal login %.0f ms" % (timed_login(port) * 1000))
        proc.terminate()
        proc.wait(timeout=10)
        verified = subprocess.run([binary, "--data-dir", os.path.join(work, "data"), "--language", "en",
                                   "verify-audit"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        print("verify-audit after the floods: " + verified.stdout.decode("utf-8", "replace").strip())
        return 0 if verified.returncode == 0 else 1
    except Exception as error:
        print("FAILED: %r" % (error,))
        return 1
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def _send_quietly(sock: ssl.SSLSocket, data: bytes) -> None:
    try:
        sock.sendall(data)
    except OSError:
        pass


def gs_free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


if __name__ == "__main__":
    sys.exit(main())
