# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
"""An aiosmtpd handler for the notification tests.

Run as: python3 -m aiosmtpd -n -c smtpsink.Sink -l 127.0.0.1:PORT
            --tlscert CERT --tlskey KEY -- FOLDER USERS_FILE
(with this folder on PYTHONPATH). USERS_FILE holds "user:password" lines;
AUTH PLAIN and LOGIN check them (after STARTTLS, as aiosmtpd requires).
Each accepted mail is written to FOLDER as N.eml (the bytes received) and
N.json (envelope, login, TLS, and the headers and body as Python's email
parser reads them), the .json last so that its presence means complete.
"""
import email
import email.policy
import json
import os
import pathlib

from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder, users_file):
        self.folder = pathlib.Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.users = {}
        with open(users_file, encoding="utf-8") as f:
            for line in f:
                user, sep, password = line.rstrip("\n").partition(":")
                if sep:
                    self.users[user] = password
        self.count = 0

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 2:
            parser.error("smtpsink.Sink takes FOLDER USERS_FILE")
        return cls(*args)

    def _check(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and self.users.get(auth_data.login.decode()) == auth_data.password.decode())
        # handled=False: aiosmtpd answers a refusal with its 535 itself.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    # aiosmtpd's command line takes no authenticator: hand ours to the
    # server before its own PLAIN and LOGIN run.
    async def auth_PLAIN(self, server, args):
        server._authenticator = self._check
        return await server.auth_PLAIN(None, args)

    async def auth_LOGIN(self, server, args):
        server._authenticator = self._check
        return await server.auth_LOGIN(None, args)

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "login": session.login_data.decode() if isinstance(session.login_data, bytes) else None,
            "tls": session.ssl is not None,
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": str(message["to"]),
            "date": str(message["date"]),
            "messageId": str(message["message-id"]),
            "contentType": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
            "crlfOnly": b"\n" not in raw.replace(b"\r\n", b""),
        }
        base = self.folder / str(self.count)
        base.with_suffix(".eml").write_bytes(raw)
        tmp = base.with_suffix(".tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, base.with_suffix(".json"))
        return "250 OK"
