#!/usr/bin/python3
"""Real-SMTP fixture for tst_smtpclient_aiosmtpd (run with Debian's /usr/bin/python3).

serve: start aiosmtpd on 127.0.0.1 at a free port, print the port as the first line,
       save every message's raw bytes (plus its envelope as JSON) into --outdir, and
       exit when stdin closes. With --oauth-client-id, also run oauth_server.py's
       authorisation server (second line: "oauth PORT"); XOAUTH2 then accepts only the
       access tokens it issued, for --user, while they are valid.
check: parse every saved message with the email package (policy.default) and print a
       JSON report; exit status 1 when any message breaks a rule.
"""
import argparse
import base64
import glob
import hashlib
import json
import os
import socket
import ssl
import sys

from email import errors, policy
from email.parser import BytesParser, Parser


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(args):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    oauth = None
    if args.oauth_client_id:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import oauth_server
        oauth = oauth_server.OAuthState(args.oauth_client_id, args.oauth_client_secret, args.user,
                                        args.oauth_expires_in)
        oauth_http, oauth_port = oauth_server.start(oauth)

    class Handler:
        def __init__(self):
            self.count = 0

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            # --rcpt-reply NEEDLE=REPLY: answer RCPT TO for addresses containing NEEDLE with
            # REPLY (4xx/5xx fault injection on a real server).
            for rule in args.rcpt_reply or []:
                needle, _, reply = rule.partition("=")
                if needle and needle in address:
                    return reply
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            self.count += 1
            base = os.path.join(args.outdir, "msg%03d" % self.count)
            with open(base + ".eml", "wb") as f:
                f.write(envelope.original_content)
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump({"mail_from": envelope.mail_from,
                           "rcpt_tos": envelope.rcpt_tos,
                           "smtp_utf8": bool(envelope.smtp_utf8),
                           "mail_options": envelope.mail_options}, f)
            return "250 2.0.0 Message accepted for delivery"

        async def auth_XOAUTH2(self, server, auth_args):
            blob = base64.b64decode(auth_args[1]) if len(auth_args) > 1 else b""
            if oauth is not None:
                # The token must be one the authorisation server issued and still honours.
                fields = dict(part.split("=", 1) for part in blob.decode("utf-8", "replace").split("\x01") if "=" in part)
                bearer = fields.get("auth", "")
                if bearer.startswith("Bearer ") and oauth.access_ok(fields.get("user"), bearer[7:]):
                    return AuthResult(success=True, auth_data=args.user)
            else:
                expected = ("user=%s\x01auth=Bearer %s\x01\x01" % (args.user, args.token)).encode()
                if args.token and blob == expected:
                    return AuthResult(success=True, auth_data=args.user)
            # Google's behaviour: a JSON error as a 334 challenge, then 535 after the
            # client's empty line.
            error = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"})
            await server.challenge_auth(error, encode_to_b64=True)
            return AuthResult(success=False, handled=False,
                              message="535 5.7.8 Username and Password not accepted")

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login.decode("utf-8") == args.user
              and auth_data.password.decode("utf-8") == args.password)
        return AuthResult(success=ok, handled=False)

    ctx = None
    if args.mode in ("starttls", "implicit"):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.cert, args.key)

    exclude = {"any": ["XOAUTH2"], "plain": ["LOGIN", "XOAUTH2"], "login": ["PLAIN", "XOAUTH2"],
               "xoauth2": ["PLAIN", "LOGIN"], "none": []}[args.auth]
    kwargs = dict(enable_SMTPUTF8=args.smtputf8 == "on",
                  data_size_limit=args.size_limit,
                  auth_exclude_mechanism=exclude,
                  auth_required=args.auth != "none",
                  auth_require_tls=True,
                  authenticator=authenticator)
    if args.mode == "starttls":
        kwargs.update(require_starttls=True, tls_context=ctx)
    elif args.mode == "implicit":
        # aiosmtpd only counts STARTTLS as "TLS" for AUTH; here the whole connection is.
        kwargs.update(ssl_context=ctx, auth_require_tls=False)

    last_error = None
    for _ in range(20):
        port = free_port()
        controller = Controller(Handler(), hostname="127.0.0.1", port=port, **kwargs)
        try:
            controller.start()
            break
        except Exception as error:  # port taken between probe and bind: try another
            last_error = error
            controller = None
    if controller is None:
        print("ERROR %s" % last_error, flush=True)
        return 2
    print(port, flush=True)
    if oauth is not None:
        print("oauth %d" % oauth_port, flush=True)
    sys.stdin.read()
    controller.stop()
    return 0


def check(args):
    reports = []
    failed = False
    with open(args.attachment, "rb") if args.attachment else open(os.devnull, "rb") as f:
        source = f.read()
    source_sha = hashlib.sha256(source).hexdigest()
    for path in sorted(glob.glob(os.path.join(args.outdir, "*.eml"))):
        raw = open(path, "rb").read()
        problems = []
        without_crlf = raw.replace(b"\r\n", b"")
        if b"\r" in without_crlf or b"\n" in without_crlf:
            problems.append("bare CR or LF")
        longest = max(len(line) for line in raw.split(b"\r\n"))
        if longest > 998:
            problems.append("line of %d octets" % longest)
        envelope = {}
        if os.path.exists(path[:-4] + ".json"):
            envelope = json.load(open(path[:-4] + ".json", encoding="utf-8"))
        utf8 = envelope.get("smtp_utf8", False)
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            if not utf8:
                problems.append("8-bit data on the wire without SMTPUTF8")
        if utf8:  # RFC 6532: UTF-8 headers are legitimate in an SMTPUTF8 transaction
            msg = Parser(policy=policy.SMTPUTF8).parsestr(raw.decode("utf-8"))
        else:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        defects = []
        tolerated = []
        for part in msg.walk():
            defects += [type(d).__name__ for d in part.defects]
            for name, value in part.items():
                for d in getattr(value, "defects", []):
                    text = "%s: %s" % (name, d)
                    # The RFC 2047 name="=?...?=" that SMTP.md asks for older readers is
                    # technically outside RFC 2047; filename*= (RFC 2231) is the real name.
                    if name.lower() == "content-type" and str(d) in (
                            "encoded word inside quoted string",
                            "missing trailing whitespace after encoded-word"):
                        tolerated.append(text)
                    elif utf8 and isinstance(d, errors.NonASCIILocalPartDefect):
                        tolerated.append(text)
                    else:
                        defects.append(text)
        if defects:
            problems.append("defects: " + ", ".join(defects))
        for name in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version"):
            if msg[name] is None:
                problems.append("missing " + name)
        attachments = []
        for part in msg.iter_attachments():
            data = part.get_content()
            attachments.append({"filename": part.get_filename(),
                                "content_type": part.get_content_type(),
                                "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest(),
                                "matches_source": hashlib.sha256(data).hexdigest() == source_sha})
        body = msg.get_body(preferencelist=("plain",))
        from_header = msg["From"]
        to_header = msg["To"]
        reply_to = msg["Reply-To"]
        reports.append({
            "file": os.path.basename(path),
            "problems": problems,
            "tolerated": tolerated,
            "subject": str(msg["Subject"]),
            "from_name": from_header.addresses[0].display_name if from_header and from_header.addresses else None,
            "from_address": from_header.addresses[0].addr_spec if from_header and from_header.addresses else None,
            "to_name": to_header.addresses[0].display_name if to_header and to_header.addresses else None,
            "message_id": str(msg["Message-ID"]),
            "reply_to_name": reply_to.addresses[0].display_name if reply_to and reply_to.addresses else None,
            "reply_to_address": reply_to.addresses[0].addr_spec if reply_to and reply_to.addresses else None,
            "header_names": list(msg.keys()),
            "text": body.get_content() if body is not None else None,
            "attachments": attachments,
            "envelope": envelope,
        })
        failed = failed or bool(problems)
    print(json.dumps({"messages": reports}, ensure_ascii=False))
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--outdir", required=True)
    s.add_argument("--mode", choices=["plain", "starttls", "implicit"], default="starttls")
    s.add_argument("--auth", choices=["none", "any", "plain", "login", "xoauth2"], default="any")
    s.add_argument("--cert")
    s.add_argument("--key")
    s.add_argument("--user", default="clerk")
    s.add_argument("--password", default="")
    s.add_argument("--token", default="")
    s.add_argument("--oauth-client-id", default="")
    s.add_argument("--oauth-client-secret", default="")
    s.add_argument("--oauth-expires-in", type=int, default=3600)
    s.add_argument("--smtputf8", choices=["on", "off"], default="on")
    s.add_argument("--size-limit", type=int, default=32 * 1024 * 1024)
    s.add_argument("--rcpt-reply", action="append",
                   help="NEEDLE=REPLY: reply REPLY to RCPT TO addresses containing NEEDLE")
    c = sub.add_parser("check")
    c.add_argument("--outdir", required=True)
    c.add_argument("--attachment")
    args = parser.parse_args()
    return serve(args) if args.command == "serve" else check(args)


if __name__ == "__main__":
    sys.exit(main())
