#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
"""A webhook receiver for the notification tests.

Usage: webhookreceiver.py PORT FOLDER KEY_FILE

Checks X-OpsDeck-Signature (HMAC-SHA256 of the body, key read from
KEY_FILE) and keeps each Idempotency-Key once. Appends one JSON line per
request to FOLDER/requests.jsonl: path, key, signatureOk, timestamp, body,
outcome ("accepted", "duplicate", "bad-signature", "unavailable",
"rejected") and the time it came. The path's first segment chooses the
behaviour (anything after it, such as a token, is kept in "path"):
  /hook        accept (a key seen before: "duplicate", still 200)
  /flaky       first request per key: 503 with Retry-After: 1; then /hook
  /busy        first request per key: 429 with Retry-After: 3; then /hook
  /slow        first request per key: accept, then answer after 3 s; then /hook
  /lost        first request per key: accept, then answer 500; then /hook
  /reject      400 always
"""
import hashlib
import hmac
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, FOLDER, KEY_FILE = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(KEY_FILE, "rb") as f:
    KEY = f.read()
LOCK = threading.Lock()
ACCEPTED = set()
SEEN = {}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        key = self.headers.get("Idempotency-Key", "")
        expected = "sha256=" + hmac.new(KEY, body, hashlib.sha256).hexdigest()
        signature_ok = hmac.compare_digest(expected, self.headers.get("X-OpsDeck-Signature", ""))
        route = "/" + self.path.split("?")[0].split("/")[1]
        with LOCK:
            first = (route, key) not in SEEN
            SEEN[(route, key)] = True
            duplicate = key in ACCEPTED
            if route == "/reject":
                outcome = "rejected"
            elif not signature_ok:
                outcome = "bad-signature"
            elif route in ("/flaky", "/busy") and first:
                outcome = "unavailable"
            elif duplicate:
                outcome = "duplicate"
            else:
                outcome = "accepted"
                ACCEPTED.add(key)
            with open(FOLDER + "/requests.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps({"path": self.path, "key": key, "signatureOk": signature_ok,
                                    "timestamp": self.headers.get("X-OpsDeck-Timestamp", ""),
                                    "contentType": self.headers.get("Content-Type", ""),
                                    "body": json.loads(body or b"null"), "outcome": outcome,
                                    "at": time.time()}) + "\n")
        if outcome == "rejected":
            return self.answer(400)
        if outcome == "bad-signature":
            return self.answer(401)
        if outcome == "unavailable" and route == "/busy":
            return self.answer(429, [("Retry-After", "3")])
        if outcome == "unavailable":
            return self.answer(503, [("Retry-After", "1")])
        if route == "/slow" and first:
            time.sleep(3)
        if route == "/lost" and first:
            return self.answer(500)
        self.answer(200)


ThreadingHTTPServer.allow_reuse_address = True
server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
server.daemon_threads = True
server.serve_forever()
