#!/usr/bin/python3
"""A small OAuth 2.0 authorisation server for the tests (RFC 6749 + PKCE, RFC 7636).

Endpoints:
  GET  /authorize  response_type=code, client_id, redirect_uri (http://127.0.0.1:<port>/ only),
                   scope, state, code_challenge, code_challenge_method=S256 -> 302 to the
                   redirect URI with code and state (what the provider does after the person
                   signs in). Anything wrong -> 400, no redirect.
  POST /token      grant_type=authorization_code (code, redirect_uri, client_id, code_verifier
                   checked against the challenge: S256) or grant_type=refresh_token.
                   Errors as RFC 6749 5.2 JSON: invalid_grant, invalid_client, ...
  POST /revoke     token=<refresh token> (RFC 7009): revokes it and its access tokens.
  GET  /control/stats            counts, for the test's checks (never a token).
  POST /control/expire-access    every access token issued so far stops working.
  POST /control/tamper-state     the next /authorize answers with a wrong state.
  POST /control/rotate           refreshes return a new refresh token from now on.

Tokens live in memory. access_ok(user, token) is what the SMTP fixture's XOAUTH2 handler asks.
Nothing is logged: the tests must never print a token.
"""
import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit


class OAuthState:
    def __init__(self, client_id, client_secret="", user="clerk@example.com", expires_in=3600,
                 scope=None):
        self.lock = threading.Lock()
        self.client_id = client_id
        self.client_secret = client_secret
        self.user = user
        self.expires_in = expires_in
        self.scope = scope
        self.codes = {}      # code -> dict(challenge, redirect_uri, scope)
        self.refresh = {}    # refresh token -> dict(revoked, scope)
        self.access = {}     # access token -> dict(refresh, expires)
        self.tamper_state = False
        self.rotate = False
        self.stats = {"authorize": 0, "code_exchanges": 0, "refreshes": 0, "refused": 0,
                      "pkce_failures": 0, "revoked": 0, "xoauth2_ok": 0, "xoauth2_refused": 0,
                      "last_error": "", "last_scope": "", "last_login_hint": ""}

    def new_access(self, refresh_token):
        token = "at-" + secrets.token_urlsafe(24)
        self.access[token] = {"refresh": refresh_token, "expires": time.time() + self.expires_in}
        return token

    def access_ok(self, user, token):
        with self.lock:
            entry = self.access.get(token)
            ok = (entry is not None and user == self.user and entry["expires"] > time.time()
                  and not self.refresh.get(entry["refresh"], {}).get("revoked", True))
            self.stats["xoauth2_ok" if ok else "xoauth2_refused"] += 1
            return ok


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # never log requests: they carry codes and tokens
            pass

        def reply(self, status, body, content_type="application/json", headers=None):
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def error(self, status, code, description=""):
            with state.lock:
                state.stats["refused"] += 1
                state.stats["last_error"] = code
            self.reply(status, json.dumps({"error": code, "error_description": description}))

        def form(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}

        def do_GET(self):
            url = urlsplit(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            if url.path == "/authorize":
                return self.authorize(q)
            if url.path == "/control/stats":
                with state.lock:
                    return self.reply(200, json.dumps(state.stats))
            self.reply(404, "{}")

        def authorize(self, q):
            redirect = q.get("redirect_uri", "")
            parts = urlsplit(redirect)
            if q.get("client_id") != state.client_id:
                return self.error(400, "invalid_client", "unknown client_id")
            if parts.scheme != "http" or parts.hostname != "127.0.0.1" or not parts.port:
                return self.error(400, "invalid_request", "redirect_uri must be a loopback address")
            if q.get("response_type") != "code":
                return self.error(400, "unsupported_response_type")
            if q.get("code_challenge_method") != "S256" or len(q.get("code_challenge", "")) != 43:
                return self.error(400, "invalid_request", "PKCE S256 required")
            if not q.get("state"):
                return self.error(400, "invalid_request", "state required")
            code = "4/" + secrets.token_urlsafe(16)  # Google's codes hold a '/'
            with state.lock:
                state.stats["authorize"] += 1
                state.stats["last_scope"] = q.get("scope", "")
                state.stats["last_login_hint"] = q.get("login_hint", "")
                state.codes[code] = {"challenge": q["code_challenge"], "redirect_uri": redirect,
                                     "scope": q.get("scope", "")}
                answer_state = q["state"]
                if state.tamper_state:
                    state.tamper_state = False
                    answer_state = "forged" + secrets.token_urlsafe(8)
            location = redirect + "?" + urlencode({"code": code, "state": answer_state})
            self.reply(302, "", "text/plain", {"Location": location})

        def do_POST(self):
            url = urlsplit(self.path)
            f = self.form()
            if url.path == "/token":
                return self.token(f)
            if url.path == "/revoke":
                with state.lock:
                    entry = state.refresh.get(f.get("token", ""))
                    if entry:
                        entry["revoked"] = True
                        state.stats["revoked"] += 1
                return self.reply(200, "{}")
            if url.path == "/control/expire-access":
                with state.lock:
                    for entry in state.access.values():
                        entry["expires"] = 0
                return self.reply(200, "{}")
            if url.path == "/control/tamper-state":
                with state.lock:
                    state.tamper_state = True
                return self.reply(200, "{}")
            if url.path == "/control/rotate":
                with state.lock:
                    state.rotate = True
                return self.reply(200, "{}")
            self.reply(404, "{}")

        def client_ok(self, f):
            if f.get("client_id") != state.client_id:
                return False
            return not state.client_secret or f.get("client_secret") == state.client_secret

        def token(self, f):
            if not self.client_ok(f):
                return self.error(401, "invalid_client", "unknown client or wrong secret")
            grant = f.get("grant_type")
            with state.lock:
                if grant == "authorization_code":
                    entry = state.codes.pop(f.get("code", ""), None)  # one use only
                    if entry is None:
                        state.stats["refused"] += 1
                        state.stats["last_error"] = "invalid_grant"
                        return self.reply(400, json.dumps({"error": "invalid_grant",
                                                           "error_description": "unknown or used code"}))
                    if f.get("redirect_uri") != entry["redirect_uri"]:
                        state.stats["refused"] += 1
                        state.stats["last_error"] = "invalid_grant"
                        return self.reply(400, json.dumps({"error": "invalid_grant",
                                                           "error_description": "redirect_uri differs"}))
                    verifier = f.get("code_verifier", "")
                    computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                    if not (43 <= len(verifier) <= 128) or computed != entry["challenge"]:
                        state.stats["pkce_failures"] += 1
                        state.stats["refused"] += 1
                        state.stats["last_error"] = "invalid_grant"
                        return self.reply(400, json.dumps({"error": "invalid_grant",
                                                           "error_description": "PKCE verification failed"}))
                    state.stats["code_exchanges"] += 1
                    refresh = "rt-" + secrets.token_urlsafe(24)
                    state.refresh[refresh] = {"revoked": False, "scope": entry["scope"]}
                    access = state.new_access(refresh)
                    body = {"access_token": access, "token_type": "Bearer", "expires_in": state.expires_in,
                            "refresh_token": refresh, "scope": entry["scope"]}
                    return self.reply(200, json.dumps(body))
                if grant == "refresh_token":
                    old = f.get("refresh_token", "")
                    entry = state.refresh.get(old)
                    if entry is None or entry["revoked"]:
                        state.stats["refused"] += 1
                        state.stats["last_error"] = "invalid_grant"
                        return self.reply(400, json.dumps({"error": "invalid_grant",
                                                           "error_description": "refresh token revoked"}))
                    state.stats["refreshes"] += 1
                    refresh = old
                    if state.rotate:
                        entry["revoked"] = True
                        refresh = "rt-" + secrets.token_urlsafe(24)
                        state.refresh[refresh] = {"revoked": False, "scope": entry["scope"]}
                    body = {"access_token": state.new_access(refresh), "token_type": "Bearer",
                            "expires_in": state.expires_in}
                    if refresh != old:
                        body["refresh_token"] = refresh
                    return self.reply(200, json.dumps(body))
            return self.error(400, "unsupported_grant_type")

    return Handler


def start(state):
    """Serves in a thread on 127.0.0.1 at a free port; returns (server, port)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]
