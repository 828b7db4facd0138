#!/usr/bin/python3
"""`dialoguekg push` against a scripted Graph Store on 127.0.0.1: what it
sends (method, URL, Content-Type, body, Digest and Basic authentication),
and how it meets failures: PUT retried with backoff after 503, 429
(Retry-After), 408 and a timeout; POST never retried; 4xx not retried;
the server's message in the error; the password in no message.

usage: test_push_http.py DIALOGUEKG SOURCE_DIR
"""

import base64
import glob
import hashlib
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

DKG, SRC = sys.argv[1], sys.argv[2]
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
        body = self.rfile.read(length) if length else b""
        requests.append((self.command, self.path, dict(self.headers), body))
        step = script.pop(0) if script else (500, {}, "script ended", 0)
        if step == "digest":
            if digest_ok(self.headers.get("Authorization"), self.command,
                         self.path):
                step = (201, {}, "", 0)
            else:
                self.reply(401, {"WWW-Authenticate":
                                 'Digest realm="%s", nonce="%s", qop="auth"'
                                 % (REALM, NONCE)}, "Unauthorized")
                script.insert(0, "digest")
                return
        if step == "basic":
            want = "Basic " + base64.b64encode(
                ("%s:%s" % (USER, PASSWORD)).encode()).decode()
            if self.headers.get("Authorization") == want:
                step = (204, {}, "", 0)
            else:
                self.reply(401, {"WWW-Authenticate": 'Basic realm="t"'}, "no")
                script.insert(0, "basic")
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


def push(steps, *args, env_password=None):
    del requests[:]
    script[:] = steps
    env = dict(os.environ)
    env.pop("DIALOGUEKG_PASSWORD", None)
    if env_password:
        env["DIALOGUEKG_PASSWORD"] = env_password
    t0 = time.monotonic()
    p = subprocess.run([DKG, "push", "--endpoint", endpoint] + list(args),
                       capture_output=True, text=True, env=env, timeout=120)
    return p, time.monotonic() - t0


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
            "--format", "turtle", "--graph", "default", *RECORDS,
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

server.shutdown()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
