#!/usr/bin/python3
"""`dialoguekg push` against a scripted Graph Store on 127.0.0.1: what it
sends (method, URL, Content-Type, body, Digest and Basic authentication),
and how it meets failures: PUT retried with backoff after 503, 429
(Retry-After), 408 and a timeout; POST never retried; 4xx not retried;
the server's message in the error; the password in no message.  Then the
network faults of docs/query-and-push.md ("When the push fails"): the
connection closed mid-body, an answer cut short, 500, 503 with Retry-After
on a POST, a server that never answers, 401 on Basic, other statuses,
nothing listening, credentials in the URL; for each the exit code, the
number of requests the server saw, and no password in any output or file.

usage: test_push_http.py DIALOGUEKG SOURCE_DIR
"""

import base64
import glob
import hashlib
import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

DKG, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
RECORDS = sorted(glob.glob(os.path.join(SRC, "data/dialogues/*.json")))
USER, PASSWORD, REALM, NONCE = "dba", "s3cret-pw", "test", "abcdef0123456789"

script = []    # per request: (status, headers, body, delay) or "digest"
requests = []  # (method, path, headers, body)


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def digest_ok(header, method, uri):
    if not header or not header.startswith("Digest "):
        return False
    fields = {}
    for part in urllib.request.parse_http_list(header[7:]):
        k, _, v = part.partition("=")
        fields[k.strip()] = v.strip().strip('"')
    ha1 = md5("%s:%s:%s" % (USER, REALM, PASSWORD))
    ha2 = md5("%s:%s" % (method, fields.get("uri", "")))
    if "qop" in fields:
        want = md5(":".join([ha1, fields["nonce"], fields["nc"],
                             fields["cnonce"], fields["qop"], ha2]))
    else:
        want = md5("%s:%s:%s" % (ha1, fields["nonce"], ha2))
    return fields.get("response") == want and fields.get("username") == USER


import urllib.request  # noqa: E402  (parse_http_list)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_one(self):
        length = int(self.headers.get("Content-Length", "0"))
        step = script.pop(0) if script else (500, {}, "script ended", 0)
        if step[0] == "close-mid-body":
            # Headers and part of the body read, then the socket closed
            # with no answer at all.
            part = self.rfile.read(min(step[1], length))
            requests.append((self.command, self.path, dict(self.headers),
                             part))
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        requests.append((self.command, self.path, dict(self.headers), body))
        if step[0] == "cut-answer":
            # A status line and headers promising more than is sent.
            _, status, promised, text = step
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(promised))
            self.end_headers()
            self.wfile.write(text.encode())
            self.wfile.flush()
            self.close_connection = True
            return
        if step[0] == "silent":
            # The request read, never an answer: wait until the client
            # gives up and closes its end.
            self.rfile.read(1)
            self.close_connection = True
            return
        if step[0] == "echo":
            # An error page that echoes the request's Authorization
            # header, decoded too, like a careless proxy.
            auth = self.headers.get("Authorization", "")
            decoded = ""
            if auth.startswith("Basic "):
                decoded = base64.b64decode(auth[6:]).decode()
            self.reply(step[1], {}, "<p>you sent <b>%s</b> (%s), %s</p>" %
                       (auth, decoded, auth.rstrip("=")))
            return
        if step == "digest":
            if digest_ok(self.headers.get("Authorization"), self.command,
                         self.path):
                step = (201, {}, "", 0)
            else:
                # Put back before answering: the next request may come on
                # a new connection, handled by another thread.
                script.insert(0, "digest")
                self.reply(401, {"WWW-Authenticate":
                                 'Digest realm="%s", nonce="%s", qop="auth"'
                                 % (REALM, NONCE)}, "Unauthorized")
                return
        if step == "basic":
            want = "Basic " + base64.b64encode(
                ("%s:%s" % (USER, PASSWORD)).encode()).decode()
            if self.headers.get("Authorization") == want:
                step = (204, {}, "", 0)
            else:
                script.insert(0, "basic")
                self.reply(401, {"WWW-Authenticate": 'Basic realm="t"'}, "no")
                return
        status, headers, text, delay = step
        if delay:
            time.sleep(delay)
        self.reply(status, headers, text)

    def reply(self, status, headers, text):
        data = text.encode()
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_PUT = do_POST = handle_one


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.handle_error = lambda request, address: None  # a client that gave up
port = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()
endpoint = "http://127.0.0.1:%d/store" % port

passed = failed = 0


def check(cond, what, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s %s" % (what, detail))


tmp = tempfile.mkdtemp()
pwfile = os.path.join(tmp, "pw")
with open(pwfile, "w") as f:
    f.write(PASSWORD + "\n")


def push(steps, *args, env_password=None, url=None):
    """Runs push in a fresh working directory that is also its HOME and
    TMPDIR, so that every file it could write is looked at by
    no_secret()."""
    del requests[:]
    script[:] = steps
    env = dict(os.environ)
    env.pop("DIALOGUEKG_PASSWORD", None)
    if env_password:
        env["DIALOGUEKG_PASSWORD"] = env_password
    run_dir = tempfile.mkdtemp(dir=tmp)
    env["HOME"] = env["TMPDIR"] = run_dir
    t0 = time.monotonic()
    p = subprocess.run([DKG, "push", "--endpoint", url or endpoint] +
                       list(args), capture_output=True, text=True, env=env,
                       cwd=run_dir, timeout=120)
    p.run_dir = run_dir
    return p, time.monotonic() - t0


def no_secret(p, name, secrets=(PASSWORD,)):
    """No password in stdout, stderr, any file the run left, or (in clear)
    any request line, body or header but Basic's Authorization."""
    for secret in secrets:
        check(secret not in p.stdout and secret not in p.stderr,
              name + ": password printed", p.stdout + p.stderr)
        for root, _, files in os.walk(p.run_dir):
            for f in files:
                with open(os.path.join(root, f), "rb") as data:
                    check(secret.encode() not in data.read(),
                          name + ": password in a file", f)
        for method, path, headers, body in requests:
            seen = [path.encode(), body] + [
                ("%s: %s" % kv).encode() for kv in headers.items()
                if kv[0].lower() != "authorization"]
            check(not any(secret.encode() in x for x in seen),
                  name + ": password sent in clear")


def fault(p, name, code, n, secrets=(PASSWORD,)):
    """Exit code, number of requests the server saw, no secret."""
    check(p.returncode == code, name + ": exit %d" % code,
          "%d %s" % (p.returncode, p.stderr))
    check(len(requests) == n, name + ": %d request(s)" % n,
          "%d %s" % (len(requests), p.stderr))
    no_secret(p, name, secrets)


# 1. PUT with Digest: method, graph parameter, content type, the body.
p, _ = push(["digest"], "--user", USER, "--password-file", pwfile, *RECORDS)
check(p.returncode == 0, "digest PUT", p.stderr)
final = requests[-1] if requests else ("", "", {}, b"")
check(final[0] == "PUT", "method PUT", final[0])
q = urllib.parse.parse_qs(urllib.parse.urlparse(final[1]).query)
check(q.get("graph") == ["https://w3id.org/dialoguekg/id/graph"],
      "graph parameter", final[1])
check(final[2].get("Content-Type") == "application/n-triples",
      "content type", final[2].get("Content-Type"))
nt = subprocess.run([DKG, "convert", "-t", "ntriples"] + RECORDS,
                    capture_output=True).stdout
check(final[3] == nt, "body is the N-Triples export")
check(PASSWORD not in p.stdout + p.stderr, "password printed")

# 2. Basic, Turtle, POST, the default graph, password from the environment.
p, _ = push(["basic"], "--user", USER, "--auth", "basic", "--append",
            "--allow-insecure-auth", "--format", "turtle", "--graph", "default", *RECORDS,
            env_password=PASSWORD)
check(p.returncode == 0, "basic POST", p.stderr)
check(requests and requests[-1][0] == "POST", "method POST")
check(requests and requests[-1][1].endswith("?default"), "?default",
      requests[-1][1] if requests else "")
check(requests and requests[-1][2].get("Content-Type") == "text/turtle",
      "turtle content type")

# 3. PUT retried after 503 and 429 (Retry-After: 1), then success.
p, took = push([(503, {}, "busy", 0), (429, {"Retry-After": "1"}, "slow", 0),
                (408, {}, "timeout", 0), (201, {}, "", 0)], *RECORDS)
check(p.returncode == 0, "PUT after 503, 429, 408", p.stderr)
check(len(requests) == 4, "four attempts", str(len(requests)))
check(took >= 1 + 1 + 2 - 0.2, "backoff waited", "%.1f s" % took)
check("trying again" in p.stderr, "retries are told", p.stderr)

# 4. Retries run out: the last status and the server's message, exit 1.
p, _ = push([(503, {}, "store is <b>read-only</b> now", 0)] * 3,
            "--retries", "2", *RECORDS)
check(p.returncode == 1, "exit 1 after retries", str(p.returncode))
check("HTTP 503: store is read-only now" in p.stderr, "server message",
      p.stderr)
check(len(requests) == 3, "three attempts", str(len(requests)))

# 5. POST is not retried.
p, _ = push([(503, {}, "busy", 0), (201, {}, "", 0)], "--append", *RECORDS)
check(p.returncode == 1 and len(requests) == 1, "POST not retried",
      "%d %d" % (p.returncode, len(requests)))

# 6. 400 is not retried; its message is shown.
p, _ = push([(400, {}, "Bad RDF: line 3", 0)], *RECORDS)
check(p.returncode == 1 and len(requests) == 1 and
      "HTTP 400: Bad RDF: line 3" in p.stderr, "400", p.stderr)

# 7. A timeout: retried, then given up with the curl error.
p, _ = push([(201, {}, "", 3), (201, {}, "", 3)], "--timeout", "1",
            "--retries", "1", *RECORDS)
check(p.returncode == 1 and len(requests) == 2 and
      "timed out" in p.stderr, "timeout retried then reported", p.stderr)

# 8. Wrong password: 401 said, with a hint; not retried.
with open(pwfile, "w") as f:
    f.write("wrong\n")
p, _ = push(["digest"], "--user", USER, "--password-file", pwfile, *RECORDS)
check(p.returncode == 1 and "HTTP 401" in p.stderr and
      "wrong" not in p.stderr.replace("wrong user", ""), "401", p.stderr)

# Network faults: each gives the right message, exit code and number of
# requests (a PUT is tried 1 + --retries times, a POST once), and no
# password anywhere.  Credentials go with every request (Basic, sent
# without waiting for a challenge), so a leak would show.
with open(pwfile, "w") as f:
    f.write(PASSWORD + "\n")
BASIC = ("--user", USER, "--auth", "basic", "--allow-insecure-auth",
         "--password-file", pwfile)
full = len(nt)
failed_put = "push: PUT %s into https://w3id.org/dialoguekg/id/graph " \
    "failed after retries: " % endpoint
failed_post = "push: POST %s into https://w3id.org/dialoguekg/id/graph " \
    "failed: " % endpoint

# 9. The server closes the connection mid-body, without an answer.
p, _ = push([("close-mid-body", 1000)] * 3, *BASIC, "--retries", "2",
            *RECORDS)
fault(p, "mid-body PUT", 1, 3)
check(failed_put in p.stderr, "mid-body PUT: message names the URL",
      p.stderr)
check(p.stderr.count("trying again") == 2, "mid-body PUT: retries told",
      p.stderr)
check(all(len(r[3]) < full for r in requests) and full > 1000,
      "mid-body PUT: body cut", str([len(r[3]) for r in requests]))
p, _ = push([("close-mid-body", 1000), (201, {}, "", 0)], *BASIC,
            *RECORDS)
fault(p, "mid-body PUT then 201", 0, 2)
check(requests and requests[-1][3] == nt, "mid-body: whole body resent")
p, _ = push([("close-mid-body", 1000), (201, {}, "", 0)], *BASIC,
            "--append", *RECORDS)
fault(p, "mid-body POST", 1, 1)
check(failed_post in p.stderr and "never retried" in p.stderr and
      "trying again" not in p.stderr, "mid-body POST: message", p.stderr)

# 10. The answer is cut short: headers promise 500 bytes, 7 come.
cut = ("cut-answer", 200, 500, "partial")
p, _ = push([cut] * 2, *BASIC, "--retries", "1", *RECORDS)
fault(p, "cut answer PUT", 1, 2)
check(failed_put + "HTTP 200, then the answer was cut short: " in p.stderr
      and "remaining to read" in p.stderr, "cut answer PUT: message",
      p.stderr)
p, _ = push([cut, (201, {}, "", 0)], *BASIC, "--append", *RECORDS)
fault(p, "cut answer POST", 1, 1)
check(failed_post + "HTTP 200, then the answer was cut short" in p.stderr
      and "may have merged" in p.stderr, "cut answer POST: message",
      p.stderr)

# 11. 500: a PUT is retried (it is idempotent), a POST is not; the
# server's HTML page is shown as text.
page = ("<html><head><title>Error</title></head><body><h1>500 Internal"
        " Server Error</h1><p>SR325: Transaction rolled back</p></body>"
        "</html>")
p, _ = push([(500, {}, page, 0)] * 2, *BASIC, "--retries", "1", *RECORDS)
fault(p, "500 PUT", 1, 2)
check(failed_put + "HTTP 500: Error 500 Internal Server Error SR325: "
      "Transaction rolled back" in p.stderr, "500 PUT: message", p.stderr)
p, _ = push([(500, {}, page, 0), (201, {}, "", 0)], *BASIC, *RECORDS)
fault(p, "500 then 201 PUT", 0, 2)
p, _ = push([(500, {}, page, 0), (201, {}, "", 0)], *BASIC, "--append",
            *RECORDS)
fault(p, "500 POST", 1, 1)
check(failed_post + "HTTP 500: " in p.stderr and
      "trying again" not in p.stderr, "500 POST: message", p.stderr)

# 12. 503 with Retry-After on a POST: not retried, the wait is told.
p, _ = push([(503, {"Retry-After": "1"}, "busy", 0), (201, {}, "", 0)],
            *BASIC, "--append", *RECORDS)
fault(p, "503 POST", 1, 1)
check(failed_post + "HTTP 503: busy" in p.stderr and
      "asks to wait 1 s" in p.stderr and "never retried" in p.stderr,
      "503 POST: message", p.stderr)

# 13. The server reads the request and never answers.
p, _ = push([("silent",)] * 2, *BASIC, "--timeout", "1", "--retries", "1",
            *RECORDS)
fault(p, "silent PUT", 1, 2)
check(failed_put in p.stderr and "timed out" in p.stderr,
      "silent PUT: message", p.stderr)
p, _ = push([("silent",), (201, {}, "", 0)], *BASIC, "--timeout", "1",
            "--append", *RECORDS)
fault(p, "silent POST", 1, 1)
check(failed_post in p.stderr and "timed out" in p.stderr and
      "may have merged" in p.stderr, "silent POST: message", p.stderr)

# 14. 401 on Basic: the hint, no retry, neither password shown.
WRONG = "wrong-basic-pw"
p, _ = push(["basic"], "--user", USER, "--auth", "basic",
            "--allow-insecure-auth", *RECORDS, env_password=WRONG)
fault(p, "basic 401", 1, 1, (PASSWORD, WRONG))
check("failed: HTTP 401: no (wrong user or password?)" in p.stderr,
      "basic 401: message", p.stderr)
# --auth any with --allow-insecure-auth: curl first asks without
# credentials, then sends Basic: two requests for one attempt, no retry.
p, _ = push(["basic"], "--user", USER, "--allow-insecure-auth", *RECORDS,
            env_password=WRONG)
fault(p, "basic 401 (any)", 1, 2, (PASSWORD, WRONG))
check("(wrong user or password?)" in p.stderr, "basic 401 (any): hint",
      p.stderr)

# 15. Statuses that are not retried, with their hints; 408 on a POST.
for status, hint, args in [
        (501, "HTTP 501: no", ()),
        (403, "HTTP 403: no (the user may not write this graph)", ()),
        (404, "HTTP 404: no (is --endpoint a Graph Store endpoint", ()),
        (405, "HTTP 405: no (is --endpoint a Graph Store endpoint", ()),
        (408, "HTTP 408: no (a POST is never retried)", ("--append",))]:
    p, _ = push([(status, {}, "no", 0), (201, {}, "", 0)], *BASIC, *args,
                *RECORDS)
    fault(p, "%d" % status, 1, 1)
    check(hint in p.stderr, "%d: message" % status, p.stderr)
p, _ = push([(401, {"WWW-Authenticate": 'Basic realm="t"'}, "no", 0)],
            *RECORDS)
fault(p, "401 without --user", 1, 1)
check("HTTP 401: no (the endpoint needs --user and a password)" in p.stderr,
      "401 without --user: message", p.stderr)

# 16. Nothing listens: said at once, not retried.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed = "http://127.0.0.1:%d/store" % probe.getsockname()[1]
p, _ = push([], *BASIC, url=closed, *RECORDS)
probe.close()
fault(p, "refused", 1, 0)
check(("push: PUT %s into" % closed) in p.stderr and
      "connect" in p.stderr and "trying again" not in p.stderr,
      "refused: message", p.stderr)

# 17. Credentials inside --endpoint are refused, and not echoed.
p, _ = push([], "--user", USER, "--password-file", pwfile, *RECORDS,
            url="http://%s:%s@127.0.0.1:%d/store" % (USER, PASSWORD, port))
fault(p, "credentials in the URL", 2, 0)
check("--user" in p.stderr, "credentials in the URL: message", p.stderr)

# 18. Basic over plain http:// (issue 17).  --auth any: Digest only, so
# a server offering only Basic gets no credentials, and the message says
# why; --auth basic is refused before anything is sent.
p, _ = push(["basic"], "--user", USER, "--password-file", pwfile, *RECORDS)
fault(p, "any over http, Basic only", 1, 1)
check(not any("Authorization" in r[2] for r in requests),
      "any over http: no Authorization header sent",
      str([r[2] for r in requests]))
check("offers only Basic" in p.stderr and "--allow-insecure-auth" in
      p.stderr, "any over http: message", p.stderr)
p, _ = push(["basic"], "--user", USER, "--auth", "basic", "--password-file",
            pwfile, *RECORDS)
fault(p, "basic over http", 2, 0)
check("in clear" in p.stderr and "--allow-insecure-auth" in p.stderr,
      "basic over http: message", p.stderr)
p, _ = push(["digest"], "--user", USER, "--password-file", pwfile, *RECORDS)
check(p.returncode == 0, "digest over http still works", p.stderr)
helptext = subprocess.run([DKG, "push", "--help"], capture_output=True,
                          text=True).stdout
check("--allow-insecure-auth" in helptext and "--deadline S" in helptext
      and "default 600" in helptext, "--help names the options", helptext)

# 19. The server's error page echoes the credentials (in clear, Base64,
# without its padding): every form is redacted, in the retry warnings and
# in the final message.
B64 = base64.b64encode(("%s:%s" % (USER, PASSWORD)).encode()).decode()
ECHOED = (PASSWORD, B64, B64.rstrip("="), "%s:%s" % (USER, PASSWORD))
p, _ = push([("echo", 503), ("echo", 403)], *BASIC, *RECORDS)
fault(p, "echoed credentials", 1, 2, ECHOED)
check(p.stderr.count("[redacted]") >= 4 and "trying again" in p.stderr and
      "HTTP 403: you sent Basic [redacted] (dba:[redacted])" in p.stderr,
      "echoed credentials: redacted", p.stderr)
assert len(B64.rstrip("=")) != len(B64), "the test needs a padded form"

# 20. A server that accepts the connection and never answers: --deadline
# bounds the whole push, retries and waits included.
p, took = push([("silent",)] * 4, *BASIC, "--deadline", "2", *RECORDS)
fault(p, "silent, deadline", 1, 1)
check(took < 10 and "timed out" in p.stderr and
      "--deadline of 2 s ran out" in p.stderr, "silent, deadline: message",
      "%.1f s %s" % (took, p.stderr))
p, took = push([(503, {"Retry-After": "5"}, "busy", 0)] * 4, *BASIC,
               "--deadline", "3", *RECORDS)
fault(p, "503 past the deadline", 1, 1)
check(took < 3 and "leaves no time to try again" in p.stderr,
      "503 past the deadline: message", "%.1f s %s" % (took, p.stderr))

server.shutdown()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
