#!/usr/bin/python3
"""Every write is checked (docs/reliability.md, "Nothing lost").

usage: test_output_faults.py DIALOGUEKG DATA_DIR GEN_RECORDS

For every output format of `dialoguekg convert`:
- standard output on /dev/full: exit 1 and "cannot write FORMAT to
  standard output: No space left on device";
- standard output on a pipe whose reader has gone (SIGPIPE ignored, so the
  write fails with EPIPE): exit 1 and "... Broken pipe";
- `| head -c 10` on a large input, SIGPIPE ignored: the same;
- `-o FILE` with the file size limited (RLIMIT_FSIZE) so that writing fails
  at byte N, for many N from 0 to the size of the output less one, including
  at once (a full disk): exit 1, a message naming FILE, FILE unchanged, no
  temporary file left; and with the limit at exactly the size: success.
And `--help` / `--version` on /dev/full exit 1 (fclose(stdout) checked).

An LD_PRELOAD shim that makes write() fail cannot do this job: glibc's
stdio writes through an internal write() that a preloaded library does not
replace.  RLIMIT_FSIZE makes the kernel itself fail the write (EFBIG) at an
exact offset, with no privileges, which exercises the same code paths as a
full disk (ENOSPC, tested with /dev/full).
"""
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile

BIN, DATA, GEN = sys.argv[1], sys.argv[2], sys.argv[3]
SEEDS = [os.path.join(DATA, "dialogues", f)
         for f in sorted(os.listdir(os.path.join(DATA, "dialogues")))]
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


def formats():
    out = subprocess.run([BIN, "convert", "--help"], capture_output=True,
                         text=True, check=True).stdout
    part = out.split("Formats:\n", 1)[1]
    names = []
    for line in part.splitlines():
        m = re.match(r"^  ([a-z][a-z0-9-]*)\s{2,}", line)
        if not m:
            if names:
                break
            continue
        names.append(m.group(1))
    return names


def ignore_sigpipe():
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)


FORMATS = formats()
check(len(FORMATS) >= 8, "convert --help lists the formats: %r" % FORMATS)
# Formats that draw with Graphviz are slow on big inputs: the tests that
# need a big input or many runs use the RDF formats and DOT/GraphML.
HEAVY = {"svg", "png", "html"}

# ---- /dev/full and a closed pipe, every format ----------------------------
for fmt in FORMATS:
    with open("/dev/full", "wb") as full:
        p = subprocess.run([BIN, "convert", "-t", fmt] + SEEDS, stdout=full,
                           stderr=subprocess.PIPE, text=True)
    check(p.returncode == 1, "%s > /dev/full exits 1 (got %d)" %
          (fmt, p.returncode))
    check(("dialoguekg: convert: cannot write %s to standard output: "
           "No space left on device" % fmt) in p.stderr,
          "%s > /dev/full says why: %r" % (fmt, p.stderr))

    r, w = os.pipe()
    os.close(r)
    p = subprocess.run([BIN, "convert", "-t", fmt] + SEEDS, stdout=w,
                       stderr=subprocess.PIPE, text=True,
                       restore_signals=False, preexec_fn=ignore_sigpipe)
    os.close(w)
    check(p.returncode == 1, "%s to a closed pipe exits 1 (got %d)" %
          (fmt, p.returncode))
    check(("dialoguekg: convert: cannot write %s to standard output: "
           "Broken pipe" % fmt) in p.stderr,
          "%s to a closed pipe says why: %r" % (fmt, p.stderr))

for args in (["--help"], ["--version"], ["convert", "--help"],
             ["validate", "--help"]):
    with open("/dev/full", "wb") as full:
        p = subprocess.run([BIN] + args, stdout=full, stderr=subprocess.PIPE,
                           text=True)
    check(p.returncode == 1 and "write error on standard output" in p.stderr,
          "%s > /dev/full: exit %d, %r" % (args, p.returncode, p.stderr))

with tempfile.TemporaryDirectory() as tmp:
    big = os.path.join(tmp, "big.jsonl")
    with open(big, "w") as f:
        subprocess.run(["/usr/bin/python3", GEN, "600", "--seed", "7"],
                       stdout=f, check=True)

    # ---- | head -c 10 (SIGPIPE ignored as a shell's trap '' PIPE does) ----
    for fmt in FORMATS:
        if fmt in HEAVY:
            continue
        p = subprocess.run(
            ["bash", "-c", "trap '' PIPE; \"$0\" convert -t \"$1\" \"$2\" "
             "| head -c 10 >/dev/null; exit ${PIPESTATUS[0]}", BIN, fmt, big],
            stderr=subprocess.PIPE, text=True)
        check(p.returncode == 1 and "Broken pipe" in p.stderr,
              "%s | head -c 10: exit %d, %r" % (fmt, p.returncode, p.stderr))

    # ---- -o FILE with a write failure at byte N ---------------------------
    small = SEEDS
    for fmt in FORMATS:
        if fmt in HEAVY:
            offsets_wanted = 3
        else:
            offsets_wanted = 12
        ref = os.path.join(tmp, "ref." + fmt)
        p = subprocess.run([BIN, "convert", "-t", fmt, "-o", ref] + small,
                           capture_output=True)
        check(p.returncode == 0, "%s -o works: %r" % (fmt, p.stderr))
        size = os.path.getsize(ref)
        # 0 (nothing can be written: a full disk), 1, around the stdio buffer
        # (4096) and its multiples, and evenly spread offsets up to size - 1.
        offs = {0, 1, 4095, 4096, 4097, 8192, size - 1}
        step = max(1, size // offsets_wanted)
        offs.update(range(step, size, step))
        offs = sorted(o for o in offs if 0 <= o < size)
        if fmt in HEAVY:
            offs = [0, size // 2, size - 1]
        outdir = os.path.join(tmp, "out-" + fmt)
        os.mkdir(outdir)
        target = os.path.join(outdir, "graph.out")
        original = b"the previous export, which must survive\n"
        for n in offs + [size]:
            with open(target, "wb") as f:
                f.write(original)

            def limit(n=n):
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))

            p = subprocess.run([BIN, "convert", "-t", fmt, "-o", target] +
                               small, capture_output=True, text=True,
                               preexec_fn=limit)
            left = sorted(os.listdir(outdir))
            if n < size:
                check(p.returncode == 1,
                      "%s -o, failing at byte %d of %d: exit %d" %
                      (fmt, n, size, p.returncode))
                check(target in p.stderr and "File too large" in p.stderr,
                      "%s -o, failing at byte %d: message names the file "
                      "and the cause: %r" % (fmt, n, p.stderr))
                with open(target, "rb") as f:
                    check(f.read() == original,
                          "%s -o, failing at byte %d: FILE unchanged" %
                          (fmt, n))
            else:
                check(p.returncode == 0,
                      "%s -o with room for exactly %d bytes: exit %d %r" %
                      (fmt, n, p.returncode, p.stderr))
                with open(target, "rb") as f, open(ref, "rb") as g:
                    check(f.read() == g.read(),
                          "%s -o with exactly enough room: complete output" %
                          fmt)
            check(left == ["graph.out"],
                  "%s -o, limit %d: no temporary file left: %r" %
                  (fmt, n, left))

    # -o into a directory that does not exist: clear message, exit 1.
    p = subprocess.run([BIN, "convert", "-o",
                        os.path.join(tmp, "no", "such", "dir", "x.ttl")] +
                       SEEDS, capture_output=True, text=True)
    check(p.returncode == 1 and "cannot create a temporary file" in p.stderr,
          "-o in a missing directory: exit %d, %r" % (p.returncode, p.stderr))

print("output faults: %d passed, %d failed" %
      (checks - len(failures), len(failures)))
sys.exit(1 if failures else 0)
