#!/usr/bin/python3
"""Side-by-side SMTP client benchmark: our SmtpClient (leadintake_bench_smtp) against
Python's smtplib + email, sending the same messages (each with the same ~100 KiB PDF) to
the same local aiosmtpd, in three ways: one reused session (plaintext), a fresh session
per message (plaintext), and one reused implicit-TLS session.

Each client runs in its own process and reports its own getrusage(RUSAGE_SELF) CPU time
and peak RSS, so the server's work is not counted. The server (aiosmtpd, discarding
messages after counting them) runs in a third process.

Run with Debian's python (it has python3-aiosmtpd):
  /usr/bin/python3 tests/mail/bench_smtplib_compare.py \
      --bench build-outbox/tests/mail/leadintake_bench_smtp [--count 200] [--runs 3]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def make_pdf(path, size):
    body = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    filler = bytes((i * 7919 + 13) % 251 for i in range(4096))
    data = bytearray(body)
    while len(data) < size - 16:
        data += b"% " + filler[: min(4096, size - 16 - len(data))].replace(b"\n", b" ") + b"\n"
    data += b"trailer\n%%EOF\n"
    with open(path, "wb") as f:
        f.write(bytes(data))


# ---- server ---------------------------------------------------------------------------------

def serve(args):
    import socket
    import ssl
    from aiosmtpd.controller import Controller

    class Sink:
        def __init__(self):
            self.count = 0

        async def handle_DATA(self, server, session, envelope):
            self.count += 1
            return "250 2.0.0 accepted"

    kwargs = dict(data_size_limit=64 * 1024 * 1024)
    if args.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.cert, args.key)
        kwargs["ssl_context"] = ctx
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Sink(), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print(port, flush=True)
    sys.stdin.read()
    controller.stop()
    return 0


# ---- the smtplib client (run in its own process) ------------------------------------------

def client(args):
    import smtplib
    import ssl
    from email.message import EmailMessage

    pdf = open(args.attachment, "rb").read()
    start_usage = resource.getrusage(resource.RUSAGE_SELF)

    def build(index):
        msg = EmailMessage()
        msg["From"] = "Front Desk <desk@firm.example>"
        msg["To"] = "Attorney <attorney@firm.example>"
        msg["Subject"] = "New lead %d: Ana López" % index
        msg.set_content("A new lead was received.\nName: Ana López\nEmail: ana@example.org\n")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="resume-%d.pdf" % index)
        return msg

    def connect():
        if args.security == "implicit":
            ctx = ssl.create_default_context(cafile=args.ca_file)
            return smtplib.SMTP_SSL("127.0.0.1", args.port, context=ctx)
        return smtplib.SMTP("127.0.0.1", args.port)

    t0 = time.perf_counter()
    sent = 0
    if args.session == "fresh":
        for i in range(args.count):
            with connect() as smtp:
                smtp.send_message(build(i))
                sent += 1
    else:
        with connect() as smtp:
            for i in range(args.count):
                smtp.send_message(build(i))
                sent += 1
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage.ru_utime - start_usage.ru_utime) + (usage.ru_stime - start_usage.ru_stime)
    print(json.dumps({"sent": sent, "failed": args.count - sent, "wall_s": wall, "cpu_s": cpu,
                      "maxrss_kb": usage.ru_maxrss}))
    return 0


# ---- the driver -------------------------------------------------------------------------------

def start_server(tls, cert, key):
    cmd = [sys.executable, os.path.abspath(__file__), "serve"]
    if tls:
        cmd += ["--tls", "--cert", cert, "--key", key]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())
    return proc, port


def run_client(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit("client failed: %s\n%s" % (" ".join(cmd), out.stderr))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    s = sub.add_parser("serve")
    s.add_argument("--tls", action="store_true")
    s.add_argument("--cert")
    s.add_argument("--key")
    c = sub.add_parser("client")
    c.add_argument("--port", type=int, required=True)
    c.add_argument("--security", default="plain")
    c.add_argument("--ca-file")
    c.add_argument("--count", type=int, default=200)
    c.add_argument("--session", default="reuse")
    c.add_argument("--attachment", required=True)
    parser.add_argument("--bench", help="path to leadintake_bench_smtp")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3, help="best of N per cell")
    parser.add_argument("--pdf-kib", type=int, default=100)
    args = parser.parse_args()
    if args.command == "serve":
        return serve(args)
    if args.command == "client":
        return client(args)
    if not args.bench:
        parser.error("--bench is required")

    tmp = tempfile.mkdtemp(prefix="smtpbench-")
    pdf = os.path.join(tmp, "resume.pdf")
    make_pdf(pdf, args.pdf_kib * 1024)
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)

    scenarios = [("reused session, plaintext", "plain", "reuse"),
                 ("fresh session per message, plaintext", "plain", "fresh"),
                 ("reused session, implicit TLS", "implicit", "reuse")]
    rows = []
    for title, security, session in scenarios:
        server, port = start_server(security == "implicit", cert, key)
        try:
            results = {}
            for name in ("SmtpClient (C++/Qt)", "smtplib (Python %d.%d)" % sys.version_info[:2]):
                if name.startswith("SmtpClient"):
                    cmd = [args.bench, "--port", str(port), "--security", security, "--session", session,
                           "--count", str(args.count), "--attachment", pdf]
                else:
                    cmd = [sys.executable, os.path.abspath(__file__), "client", "--port", str(port),
                           "--security", security, "--session", session, "--count", str(args.count),
                           "--attachment", pdf]
                if security == "implicit":
                    cmd += ["--ca-file", cert]
                best = None
                for _ in range(args.runs):
                    r = run_client(cmd)
                    if r["sent"] != args.count:
                        raise SystemExit("%s sent %d of %d" % (name, r["sent"], args.count))
                    if best is None or r["wall_s"] < best["wall_s"]:
                        best = r
                results[name] = best
            for name, r in results.items():
                rows.append((title, name, args.count / r["wall_s"], 1000.0 * r["cpu_s"] / args.count,
                             r["maxrss_kb"] / 1024.0))
        finally:
            server.stdin.close()
            server.wait(timeout=30)

    print("%d messages, each with a %d KiB PDF attached, to a local aiosmtpd (best of %d runs)"
          % (args.count, args.pdf_kib, args.runs))
    print("%-38s %-22s %10s %14s %12s" % ("scenario", "client", "msg/s", "CPU ms/msg", "peak RSS MB"))
    for title, name, rate, cpu, rss in rows:
        print("%-38s %-22s %10.1f %14.2f %12.1f" % (title, name, rate, cpu, rss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
