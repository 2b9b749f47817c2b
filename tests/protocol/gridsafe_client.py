#!/usr/bin/env python3
"""Independent GridSafe protocol v1 client, written from docs/PROTOCOL.md only.

Standard library only (Python 3.11).  Contents:

* a strict, minimal CBOR encoder/decoder for the subset in PROTOCOL.md §3.2
* framing (§3.1), envelope (§3.3), TLS with certificate pinning (§2.1)
* a small request/reply client (§5, §6), change-feed replica (§10)
* a CLI:  gridsafe_client.py --server HOST:PORT --fingerprint FP --user NAME
          --password-env VAR grids --town 遥观镇
  prints the town's grids as  id<TAB>name<TAB>status  one per line.

Exit codes of the CLI (modelled on the reference CLI in README.md):
0 done, 1 other failure, 2 usage, 3 network, 4 login/session, 5 refused by the
server, 7 certificate unknown or changed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import ssl
import struct
import sys
import time
import uuid

PROTOCOL_VERSION = 1
DEFAULT_PORT = 47470
MAX_UNAUTH_FRAME = 64 * 1024
MAX_FRAME = 4 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0

# ---------------------------------------------------------------------------
# CBOR (RFC 8949), only the subset GridSafe uses (§3.2)
# ---------------------------------------------------------------------------


class CBORError(ValueError):
    """Malformed or unsupported CBOR."""


_MAX_DEPTH = 64


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    if n < 1 << 8:
        return bytes([major << 5 | 24, n])
    if n < 1 << 16:
        return bytes([major << 5 | 25]) + struct.pack(">H", n)
    if n < 1 << 32:
        return bytes([major << 5 | 26]) + struct.pack(">I", n)
    if n < 1 << 64:
        return bytes([major << 5 | 27]) + struct.pack(">Q", n)
    raise CBORError("integer out of CBOR range")


def cbor_dumps(x) -> bytes:
    """Encode None/bool/int/str/bytes/list/tuple/dict (text keys) with definite lengths."""
    out = bytearray()
    _encode(x, out, 0)
    return bytes(out)


def _encode(x, out: bytearray, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise CBORError("nesting too deep")
    if x is None:
        out += b"\xf6"
    elif x is True:
        out += b"\xf5"
    elif x is False:
        out += b"\xf4"
    elif isinstance(x, int):
        if x >= 0:
            out += _head(0, x)
        else:
            out += _head(1, -1 - x)
    elif isinstance(x, str):
        b = x.encode("utf-8")  # raises on lone surrogates
        out += _head(3, len(b)) + b
    elif isinstance(x, (bytes, bytearray, memoryview)):
        b = bytes(x)
        out += _head(2, len(b)) + b
    elif isinstance(x, (list, tuple)):
        out += _head(4, len(x))
        for v in x:
            _encode(v, out, depth + 1)
    elif isinstance(x, dict):
        out += _head(5, len(x))
        for k, v in x.items():
            if not isinstance(k, str):
                raise CBORError("map keys must be text strings (PROTOCOL.md §3.2)")
            _encode(k, out, depth + 1)
            _encode(v, out, depth + 1)
    else:
        raise CBORError("cannot encode %s as CBOR" % type(x).__name__)


def cbor_loads(data: bytes, allow_trailing: bool = False):
    """Decode exactly one CBOR item.  Rejects (CBORError): truncation, trailing bytes,
    indefinite lengths, reserved additional info, tags, simple values other than
    false/true/null, invalid UTF-8, non-text map keys, duplicate keys, excessive nesting."""
    data = bytes(data)
    if not data:
        raise CBORError("empty payload")
    value, end = _decode(data, 0, 0)
    if end != len(data) and not allow_trailing:
        raise CBORError("%d trailing bytes after the CBOR item" % (len(data) - end))
    return value


def _need(data: bytes, i: int, n: int) -> None:
    if n > len(data) - i:
        raise CBORError("truncated CBOR at offset %d" % i)


def _decode(data: bytes, i: int, depth: int):
    if depth > _MAX_DEPTH:
        raise CBORError("nesting too deep")
    _need(data, i, 1)
    ib = data[i]
    i += 1
    major, info = ib >> 5, ib & 31
    if major == 7:
        if info == 20:
            return False, i
        if info == 21:
            return True, i
        if info == 22:
            return None, i
        if info == 31:
            raise CBORError("unexpected 'break' byte")
        # Floats (PROTOCOL.md §3.2: hours, scores, pass marks): half, single, double.
        sizes = {25: ("e", 2), 26: ("f", 4), 27: ("d", 8)}
        if info in sizes:
            fmt, size = sizes[info]
            _need(data, i, size)
            return struct.unpack(">" + fmt, data[i:i + size])[0], i + size
        raise CBORError("unsupported CBOR simple value 0x%02x" % ib)
    if major == 6:
        raise CBORError("CBOR tags are not used by GridSafe")
    if info < 24:
        n = info
    elif info <= 27:
        size = 1 << (info - 24)
        _need(data, i, size)
        n = int.from_bytes(data[i:i + size], "big")
        i += size
    elif info == 31:
        raise CBORError("indefinite-length items are not allowed")
    else:
        raise CBORError("reserved additional information %d" % info)
    if major == 0:
        return n, i
    if major == 1:
        return -1 - n, i
    if major in (2, 3):
        _need(data, i, n)
        raw = data[i:i + n]
        i += n
        if major == 2:
            return raw, i
        try:
            return raw.decode("utf-8"), i
        except UnicodeDecodeError as e:
            raise CBORError("invalid UTF-8 in text string: %s" % e) from None
    if major == 4:
        _need(data, i, n)  # every item takes at least one byte
        out = []
        for _ in range(n):
            v, i = _decode(data, i, depth + 1)
            out.append(v)
        return out, i
    if major == 5:
        _need(data, i, 2 * n)
        m = {}
        for _ in range(n):
            k, i = _decode(data, i, depth + 1)
            if not isinstance(k, str):
                raise CBORError("map key is not a text string")
            if k in m:
                raise CBORError("duplicate map key %r" % k)
            v, i = _decode(data, i, depth + 1)
            m[k] = v
        return m, i
    raise CBORError("unreachable major type %d" % major)  # pragma: no cover


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class GridSafeError(Exception):
    """An `error` message from the server, or a client-side failure.

    code: the protocol code (`auth_failed`, ...) or a client-side one
    (`network`, `certificate_changed`, `certificate_unknown`, `protocol`)."""

    def __init__(self, code: str, message: str = "", details=None, msg_id=None, closes=False):
        super().__init__("%s: %s" % (code, message))
        self.code = code
        self.message = message
        self.details = details or {}
        self.msg_id = msg_id
        self.closes = closes


# Codes whose error frame precedes a close (§8); `auth_required` closes only without id.
_CLOSING_CODES = {"bad_frame", "frame_too_large", "bad_cbor", "protocol_mismatch"}


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of the DER certificate, as 32 upper-case hex pairs joined by colons (§2.1)."""
    return ":".join("%02X" % b for b in hashlib.sha256(der).digest())


def normalize_fingerprint(fp: str) -> str:
    h = "".join(c for c in fp if c not in ": \t\r\n").upper()
    if len(h) != 64 or any(c not in "0123456789ABCDEF" for c in h):
        raise ValueError("not a SHA-256 fingerprint: %r" % fp)
    return ":".join(h[i:i + 2] for i in range(0, 64, 2))


def parse_server(s: str) -> tuple[str, int]:
    """'host:port', '[v6]:port' or 'host' (default port 47470)."""
    if s.startswith("["):
        host, _, rest = s[1:].partition("]")
        port = int(rest[1:]) if rest.startswith(":") else DEFAULT_PORT
        return host, port
    if s.count(":") == 1:
        host, port = s.split(":")
        return host, int(port)
    return s, DEFAULT_PORT


# ---------------------------------------------------------------------------
# Connection
# ---------------------------------------------------------------------------


class Connection:
    """One TLS connection to a GridSafe server.  Not thread-safe."""

    def __init__(self, host: str, port: int = DEFAULT_PORT, fingerprint: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, connect_timeout: float = 15.0,
                 require_fingerprint: bool = True):
        self.host, self.port = host, port
        self.timeout = timeout
        self.next_id = 1
        self.notes: list[dict] = []
        self.closed = False
        self.cap_in = MAX_FRAME  # we accept frames up to maxFrameBytes (§3.1)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.check_hostname = False       # self-signed: we pin instead (§2.1)
        ctx.verify_mode = ssl.CERT_NONE
        try:
            raw = socket.create_connection((host, port), timeout=connect_timeout)
        except OSError as e:
            raise GridSafeError("network", "cannot connect to %s:%d: %s" % (host, port, e)) from None
        try:
            raw.settimeout(connect_timeout)
            self.sock = ctx.wrap_socket(raw, server_hostname=None)
        except (OSError, ssl.SSLError) as e:
            raw.close()
            raise GridSafeError("network", "TLS handshake failed: %s" % e) from None
        der = self.sock.getpeercert(binary_form=True)
        self.fingerprint = fingerprint_of(der) if der else ""
        self.tls_version = self.sock.version()
        # Pin check BEFORE any request is sent (§2.1).
        if fingerprint is None:
            if require_fingerprint:
                self.close()
                raise GridSafeError("certificate_unknown",
                                    "server certificate not trusted yet; its fingerprint is "
                                    + self.fingerprint)
        elif normalize_fingerprint(fingerprint) != self.fingerprint:
            self.close()
            raise GridSafeError("certificate_changed",
                                "server certificate does NOT match the pinned fingerprint; "
                                "got " + self.fingerprint)
        self.sock.settimeout(timeout)

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                self.sock.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- framing ---------------------------------------------------------
    def send_raw(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except (OSError, ssl.SSLError) as e:
            self.close()
            raise GridSafeError("network", "send failed: %s" % e) from None

    def send_message(self, msg: dict) -> None:
        payload = cbor_dumps(msg)
        self.send_raw(struct.pack(">I", len(payload)) + payload)

    def _recv_exact(self, n: int, deadline: float) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise GridSafeError("network", "timed out waiting for the server")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(min(n - len(buf), 1 << 16))
            except (socket.timeout, TimeoutError):
                raise GridSafeError("network", "timed out waiting for the server") from None
            except (OSError, ssl.SSLError) as e:
                self.close()
                raise GridSafeError("network", "connection lost: %s" % e) from None
            if not chunk:
                self.close()
                raise GridSafeError("network", "connection closed by the server")
            buf += chunk
        return bytes(buf)

    def read_message(self, timeout: float | None = None) -> dict:
        """Read one frame and check the envelope (§3.3).  Raises GridSafeError('network')
        on close/timeout and GridSafeError('protocol') on garbage from the server."""
        if self.closed:
            raise GridSafeError("network", "connection is closed")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        (length,) = struct.unpack(">I", self._recv_exact(4, deadline))
        if length > self.cap_in:
            self.close()
            raise GridSafeError("protocol", "server frame of %d bytes exceeds %d" % (length, self.cap_in))
        payload = self._recv_exact(length, deadline)
        try:
            msg = cbor_loads(payload)
        except CBORError as e:
            self.close()
            raise GridSafeError("protocol", "bad CBOR from server: %s" % e) from None
        problem = _envelope_problem(msg)
        if problem:
            self.close()
            raise GridSafeError("protocol", "bad envelope from server: " + problem)
        return msg

    def expect_closed(self, timeout: float = 5.0) -> bool:
        """True if the server ends the connection (EOF/reset) within `timeout`, reading
        and discarding any frames before that."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.read_message(timeout=max(0.01, deadline - time.monotonic()))
            except GridSafeError as e:
                if e.code == "network" and self.closed:
                    return True
                if e.code == "network":  # timeout
                    return False
                return True
        return False

    # -- requests --------------------------------------------------------
    def send_request(self, type_: str, body: dict | None = None, msg_id: int | None = None) -> int:
        if msg_id is None:
            msg_id = self.next_id
            self.next_id += 1
        msg = {"v": 1, "id": msg_id, "type": type_, "body": {} if body is None else body}
        self.send_message(msg)
        return msg_id

    def wait_reply(self, msg_id: int, timeout: float | None = None) -> dict:
        """Wait for the reply/error with `msg_id`; notes are queued on self.notes."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            m = self.read_message(timeout=max(0.01, deadline - time.monotonic()))
            t = m["type"]
            if "id" not in m:
                if t == "error":
                    b = m["body"]
                    # An error without id concerns the connection (§8): it is about to close.
                    if b.get("code") in _CLOSING_CODES or b.get("code") == "auth_required":
                        self.close()
                    raise GridSafeError(b.get("code", "internal"), b.get("message", ""),
                                        b.get("details"), None, closes=True)
                self.notes.append(m)
                if t == "note.sessionEnded":
                    self.close()
                    raise GridSafeError("session_expired", "session ended by the server: %s"
                                        % m["body"].get("reason", ""), closes=True)
                continue  # note.changed or an unknown note: keep it, ignore unknown ones
            if m["id"] != msg_id:
                self.close()
                raise GridSafeError("protocol", "reply for id %r while waiting for %r" % (m["id"], msg_id))
            if t == "reply":
                return m["body"]
            if t == "error":
                b = m["body"]
                code = b.get("code", "internal")
                if code in _CLOSING_CODES:
                    self.close()
                raise GridSafeError(code, b.get("message", ""), b.get("details"), msg_id,
                                    closes=code in _CLOSING_CODES)
            self.close()
            raise GridSafeError("protocol", "unexpected message type %r with an id" % t)

    def request(self, type_: str, body: dict | None = None, timeout: float | None = None) -> dict:
        return self.wait_reply(self.send_request(type_, body), timeout)

    def wait_note(self, type_: str = "note.changed", timeout: float = 5.0) -> dict | None:
        """Return the first queued or arriving note of `type_`, or None after `timeout`."""
        for k, n in enumerate(self.notes):
            if n["type"] == type_:
                return self.notes.pop(k)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                m = self.read_message(timeout=max(0.01, deadline - time.monotonic()))
            except GridSafeError as e:
                if e.code == "network" and not self.closed:
                    return None
                raise
            if "id" in m:
                self.close()
                raise GridSafeError("protocol", "unsolicited reply with id %r" % m["id"])
            if m["type"] == type_:
                return m
            self.notes.append(m)
        return None

    # -- typed helpers ---------------------------------------------------
    def hello(self, client: str = "gridsafe-independent-py 0.1") -> dict:
        r = self.request("hello", {"protocol": PROTOCOL_VERSION, "client": client})
        if r.get("protocol") != PROTOCOL_VERSION:
            raise GridSafeError("protocol_mismatch", "server speaks protocol %r" % r.get("protocol"))
        return r

    def login(self, username: str, password: str) -> dict:
        return self.request("auth.login", {"username": username, "password": password})

    def resume(self, token: str) -> dict:
        return self.request("auth.resume", {"token": token})

    def logout(self) -> dict:
        return self.request("auth.logout", {})

    def ping(self) -> dict:
        return self.request("ping", {})

    def pull(self, since: int = 0, limit: int | None = None) -> dict:
        body = {"since": since}
        if limit is not None:
            body["limit"] = limit
        return self.request("sync.pull", body)

    def command(self, name: str, args: dict, command_id: str | None = None) -> dict:
        """Run a domain command; returns the reply body {result, replayed, head}."""
        cid = command_id or str(uuid.uuid4())
        return self.request("command", {"commandId": cid, "name": name, "args": args})


def _envelope_problem(m) -> str | None:
    if not isinstance(m, dict):
        return "payload is not a map"
    if m.get("v") != 1 or isinstance(m.get("v"), bool):
        return "v is %r, not 1" % (m.get("v"),)
    if "id" in m and (not isinstance(m["id"], int) or isinstance(m["id"], bool) or m["id"] < 0):
        return "id is not a non-negative integer"
    if not isinstance(m.get("type"), str) or not m["type"]:
        return "type is not a non-empty text"
    if not isinstance(m.get("body"), dict):
        return "body is not a map (always present in server messages)"
    return None


# ---------------------------------------------------------------------------
# Replica (§10)
# ---------------------------------------------------------------------------

KNOWN_ENTITIES = ("region", "grid")


class Replica:
    def __init__(self):
        self.entities: dict[tuple[str, int], dict] = {}
        self.last = 0
        self.head = 0
        self.pages = 0
        self.rows = 0

    def apply_page(self, page: dict) -> None:
        for ch in page["changes"]:
            key = (ch["entity"], ch["id"])
            if ch.get("deleted"):
                self.entities.pop(key, None)
            elif ch["entity"] in KNOWN_ENTITIES:
                self.entities[key] = ch["data"]
            # unknown entities are skipped, but `last` still advances (§10)
        self.rows += len(page["changes"])
        self.pages += 1
        self.last = max(self.last, page["last"])
        self.head = page["head"]

    def sync(self, conn: Connection, limit: int | None = 500, max_pages: int = 100000,
             on_page=None) -> None:
        for _ in range(max_pages):
            page = conn.pull(self.last, limit)
            if on_page:
                on_page(self.last, page)
            self.apply_page(page)
            if not page["more"]:
                return
        raise GridSafeError("protocol", "change feed did not end after %d pages" % max_pages)

    def of(self, entity: str) -> dict[int, dict]:
        return {i: d for (e, i), d in self.entities.items() if e == entity}

    def regions(self) -> dict[int, dict]:
        return self.of("region")

    def grids(self) -> dict[int, dict]:
        return self.of("grid")

    def find_town(self, name: str) -> dict | None:
        for r in self.regions().values():
            if r.get("name") == name and r.get("kind") in ("town", "street"):
                return r
        return None

    def town_grids(self, town_id: int) -> list[dict]:
        return sorted((g for g in self.grids().values() if g.get("townId") == town_id),
                      key=lambda g: g["id"])


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def _cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Independent GridSafe protocol client")
    ap.add_argument("--server", required=True, help="HOST:PORT")
    ap.add_argument("--fingerprint", help="pinned SHA-256 certificate fingerprint")
    ap.add_argument("--user", required=True)
    ap.add_argument("--password-env", default="GRIDSAFE_PASSWORD",
                    help="name of the environment variable holding the password")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("grids", help="list a town's grids: id<TAB>name<TAB>status")
    g.add_argument("--town", required=True)
    g.add_argument("--active-only", action="store_true")
    sub.add_parser("towns", help="list visible towns/streets: id<TAB>name<TAB>kind")
    try:
        a = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    password = os.environ.get(a.password_env)
    if password is None:
        print("error: environment variable %s is not set" % a.password_env, file=sys.stderr)
        return 2
    try:
        host, port = parse_server(a.server)
        if a.fingerprint:
            normalize_fingerprint(a.fingerprint)
    except ValueError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    try:
        with Connection(host, port, a.fingerprint, timeout=a.timeout) as c:
            c.hello()
            c.login(a.user, password)
            rep = Replica()
            rep.sync(c)
            if a.cmd == "towns":
                for r in sorted(rep.regions().values(), key=lambda r: r["id"]):
                    if r.get("kind") in ("town", "street"):
                        print("%d\t%s\t%s" % (r["id"], r["name"], r["kind"]))
                return 0
            town = rep.find_town(a.town)
            if town is None:
                print("error: no visible town or street named %s" % a.town, file=sys.stderr)
                return 1
            for gr in rep.town_grids(town["id"]):
                if a.active_only and gr.get("status") != "active":
                    continue
                print("%d\t%s\t%s" % (gr["id"], gr["name"], gr["status"]))
            try:
                c.logout()
            except GridSafeError:
                pass
            return 0
    except GridSafeError as e:
        print("error: %s: %s" % (e.code, e.message), file=sys.stderr)
        if e.code in ("certificate_changed", "certificate_unknown"):
            return 7
        if e.code == "network":
            return 3
        if e.code in ("auth_failed", "throttled", "session_expired", "auth_required"):
            return 4
        if e.code in ("forbidden", "invalid", "not_found", "conflict", "unknown_command"):
            return 5
        return 1


if __name__ == "__main__":
    try:
        sys.exit(_cli())
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
