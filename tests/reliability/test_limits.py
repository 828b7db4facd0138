#!/usr/bin/python3
"""One broken line in a large JSON Lines file (docs/reliability.md).

usage: test_limits.py DIALOGUEKG GEN_RECORDS

A file of 20,000 generated records gets three bad lines: malformed JSON at
line 12,345, a record over --max-record-size at line 15,000 and a record
nested deeper than --max-depth at line 17,000.  Then:
- validate reports each with FILE:LINE:COL, counts 3 invalid, exits 1;
- convert --keep-going writes the 19,997 good records, says
  "3 of 20000 records rejected and skipped", exits 1;
- convert without --keep-going stops at line 12,345 (nothing after it is
  read), exits 1, and with -o FILE leaves no FILE behind;
- the options themselves refuse bad values with exit 2.
"""
import os
import re
import subprocess
import sys
import tempfile

BIN, GEN = sys.argv[1], sys.argv[2]
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


N = 20000
tmp = tempfile.mkdtemp()
gen = subprocess.run(["/usr/bin/python3", GEN, str(N), "--seed", "11"],
                     capture_output=True, check=True).stdout.splitlines()
check(len(gen) == N, "the generator wrote %d lines" % len(gen))
lines = list(gen)
BROKEN, BIG, DEEP = 12345, 15000, 17000
lines[BROKEN - 1] = lines[BROKEN - 1][:40]  # cut in the middle
lines[BIG - 1] = lines[BIG - 1][:-1] + b', "$pad": "' + b"p" * 5000 + b'"}'
lines[DEEP - 1] = lines[DEEP - 1][:-1] + b', "$deep": ' + b"[" * 10 + \
    b"]" * 10 + b"}"
src = os.path.join(tmp, "big.jsonl")
with open(src, "wb") as f:
    f.write(b"\n".join(lines) + b"\n")
LIMITS = ["--max-record-size", "4K", "--max-depth", "8"]

# validate: every bad line, with its line number.
p = subprocess.run([BIN, "validate", "-q"] + LIMITS + [src],
                   capture_output=True, text=True)
check(p.returncode == 1, "validate exits 1 (got %d)" % p.returncode)
for line, pattern in ((BROKEN, r"."), (BIG, r"size limit of 4096 bytes"),
                      (DEEP, r"nesting deeper than 8 levels")):
    check(re.search(r"^dialoguekg: %s:%d:\d+: error: .*%s" %
                    (re.escape(src), line, pattern), p.stderr, re.M),
          "validate reports line %d (%s): %r" % (line, pattern,
                                                 p.stderr[:500]))
errors = [l for l in p.stderr.splitlines() if ": error: " in l]
check(len(errors) == 3, "validate reports exactly 3 errors: %r" % errors)
p = subprocess.run([BIN, "validate"] + LIMITS + [src], capture_output=True,
                   text=True)
check("20000 records, 3 invalid" in p.stderr,
      "validate counts the invalid records: %r" % p.stderr[-200:])

# convert --keep-going: the rest is written, the count is given, exit 1.
p = subprocess.run([BIN, "convert", "-q", "--keep-going", "-t", "ntriples"] +
                   LIMITS + [src], capture_output=True)
err = p.stderr.decode()
check(p.returncode == 1, "convert --keep-going exits 1 (got %d)" %
      p.returncode)
check("dialoguekg: convert: 3 of 20000 records rejected and skipped" in err,
      "convert --keep-going gives the count: %r" % err[-300:])
dialogues = p.stdout.count(
    b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    b"<https://w3id.org/dialoguekg/ns#Dialogue> .")
check(dialogues == N - 3, "convert --keep-going writes %d dialogues (got %d)"
      % (N - 3, dialogues))
for line in (BROKEN, BIG, DEEP):
    check(re.search(r"%s:%d:\d+: error:" % (re.escape(src), line), err),
          "convert --keep-going reports line %d" % line)

# convert without --keep-going: stops at the first bad line.
out = os.path.join(tmp, "out.nt")
p = subprocess.run([BIN, "convert", "-q", "-t", "ntriples", "-o", out] +
                   LIMITS + [src], capture_output=True, text=True)
check(p.returncode == 1, "convert stops with exit 1 (got %d)" % p.returncode)
check(re.search(r"%s:%d:\d+: error:" % (re.escape(src), BROKEN), p.stderr),
      "convert names line %d: %r" % (BROKEN, p.stderr[:300]))
check(not re.search(r":(%d|%d):\d+: error:" % (BIG, DEEP), p.stderr),
      "convert reads nothing after the first bad line")
check(not os.path.exists(out) and os.listdir(tmp) == ["big.jsonl"],
      "convert -o leaves no file behind: %r" % os.listdir(tmp))

# Bad option values: usage errors.
for opt, value in (("--max-record-size", "0"), ("--max-record-size", "1T"),
                   ("--max-record-size", "-5"), ("--max-record-size", ""),
                   ("--max-record-size", "99999999999999999999"),
                   ("--max-depth", "0"), ("--max-depth", "1001"),
                   ("--max-depth", "1K")):
    for cmd in ("convert", "validate"):
        p = subprocess.run([BIN, cmd, opt, value, src], capture_output=True,
                           text=True)
        check(p.returncode == 2 and p.stderr.startswith(
            "dialoguekg: %s: %s takes" % (cmd, opt)),
            "%s %s %r: exit %d %r" % (cmd, opt, value, p.returncode,
                                      p.stderr[:200]))

print("limits: %d passed, %d failed" % (checks - len(failures),
                                         len(failures)))
sys.exit(1 if failures else 0)
