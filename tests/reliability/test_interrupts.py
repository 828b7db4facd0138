#!/usr/bin/python3
"""Nothing left behind (issue 17, docs/reliability.md "Output files").

usage: test_interrupts.py DIALOGUEKG DATA_DIR GEN_RECORDS

- SIGTERM, SIGINT, SIGHUP and SIGPIPE in the middle of `convert -o out.ttl`
  (and of `convert -t ntriples -o out.nt`): the process dies of that
  signal, its temporary file is gone, the message says so, and the old
  out.ttl is intact;
- after SIGKILL, the next run into the same directory names the stale
  temporary file (a warning), but not the temporary file of a run that is
  still going;
- every command that takes -o keeps the old file on any failure: `extract
  -o` on an input that yields no record and with the file size limited
  (RLIMIT_FSIZE, as a full disk) at many offsets; `viz -o` on a bad
  record and with the size limited; `convert --describe FILE` with the
  size limited.  No temporary file is left in any case.
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

BIN, DATA, GEN = sys.argv[1], sys.argv[2], sys.argv[3]
SEEDS = [os.path.join(DATA, "dialogues", f)
         for f in sorted(os.listdir(os.path.join(DATA, "dialogues")))]
CAUGHT = [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE]
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


def default_signals():
    for sig in CAUGHT:
        signal.signal(sig, signal.SIG_DFL)


def temporaries(directory):
    """Hidden files: today's `.NAME.dkg-PID-XXXXXX`, or older patterns."""
    return sorted(f for f in os.listdir(directory) if f.startswith("."))


def wait_for_temp(directory, proc, min_bytes=1 << 20, timeout=60.0,
                  other_than=None):
    """The temporary file once it holds min_bytes, or None."""
    end = time.time() + timeout
    while time.time() < end and proc.poll() is None:
        for name in temporaries(directory):
            if name == other_than:
                continue
            try:
                if os.path.getsize(os.path.join(directory, name)) >= min_bytes:
                    return name
            except FileNotFoundError:
                pass
        time.sleep(0.02)
    return None


OLD = b"the previous export, which must survive\n"

with tempfile.TemporaryDirectory() as tmp:
    big = os.path.join(tmp, "big.jsonl")
    with open(big, "w") as f:
        subprocess.run(["/usr/bin/python3", GEN, "40000", "--seed", "5"],
                       stdout=f, check=True)

    # ---- catchable signals: the temporary file goes, the old file stays --
    for fmt, name in (("turtle", "out.ttl"), ("ntriples", "out.nt")):
        for sig in CAUGHT:
            outdir = os.path.join(tmp, "sig-%s-%d" % (fmt, sig))
            os.mkdir(outdir)
            target = os.path.join(outdir, name)
            with open(target, "wb") as f:
                f.write(OLD)
            proc = subprocess.Popen(
                [BIN, "convert", "-q", "-t", fmt, "-o", target, big],
                stderr=subprocess.PIPE, preexec_fn=default_signals)
            temp = wait_for_temp(outdir, proc)
            check(temp is not None,
                  "%s %s: a temporary file appears" % (fmt, sig.name))
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=60)
            err = err.decode()
            check(proc.returncode == -sig,
                  "%s %s: dies of the signal (status %d)" %
                  (fmt, sig.name, proc.returncode))
            check(temporaries(outdir) == [],
                  "%s %s: no temporary file left: %r" %
                  (fmt, sig.name, temporaries(outdir)))
            check("removed the temporary file" in err and
                  (temp or "?") in err,
                  "%s %s: the message says so: %r" % (fmt, sig.name, err))
            with open(target, "rb") as f:
                check(f.read() == OLD,
                      "%s %s: the old file is intact" % (fmt, sig.name))

    # A signal the caller ignores (nohup) stays ignored: the run completes.
    outdir = os.path.join(tmp, "nohup")
    os.mkdir(outdir)
    target = os.path.join(outdir, "out.nt")

    def ignore_hup():
        default_signals()
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    small = os.path.join(tmp, "small.jsonl")
    with open(small, "w") as f:
        subprocess.run(["/usr/bin/python3", GEN, "3000", "--seed", "5"],
                       stdout=f, check=True)
    proc = subprocess.Popen([BIN, "convert", "-q", "-t", "ntriples", "-o",
                             target, small], preexec_fn=ignore_hup)
    wait_for_temp(outdir, proc, min_bytes=1)
    proc.send_signal(signal.SIGHUP)
    proc.wait(timeout=60)
    check(proc.returncode == 0 and os.path.getsize(target) > 0,
          "SIGHUP ignored by the caller: the run completes (status %d)" %
          proc.returncode)

    # ---- SIGKILL: the stale temporary file is named on the next run ------
    outdir = os.path.join(tmp, "killed")
    os.mkdir(outdir)
    target = os.path.join(outdir, "out.ttl")
    proc = subprocess.Popen([BIN, "convert", "-q", "-o", target, big],
                            preexec_fn=default_signals)
    stale = wait_for_temp(outdir, proc)
    proc.kill()
    proc.wait()
    check(stale is not None and temporaries(outdir) == [stale],
          "SIGKILL leaves its temporary file: %r" % temporaries(outdir))
    # A run still going in the same directory is not stale.
    live = subprocess.Popen([BIN, "convert", "-q", "-o",
                             os.path.join(outdir, "live.ttl"), big],
                            preexec_fn=default_signals)
    live_temp = wait_for_temp(outdir, live, min_bytes=1, other_than=stale)
    p = subprocess.run([BIN, "convert", "-o", os.path.join(outdir, "x.ttl")]
                       + SEEDS, capture_output=True, text=True)
    live.kill()
    live.wait()
    check(p.returncode == 0, "the next run succeeds: %r" % p.stderr)
    check(("%s: warning: stale temporary file of an interrupted run"
           % os.path.join(outdir, stale or "?")) in p.stderr,
          "the next run names the stale file: %r" % p.stderr)
    check(live_temp is not None and live_temp not in p.stderr,
          "a running process's temporary file is not called stale: %r" %
          p.stderr)

    # ---- every -o keeps the old file on failure ---------------------------
    def limited(n):
        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
        return limit

    release = os.path.join(tmp, "release.txt")
    with open(release, "w") as f:
        f.write("The third round of the U.S.-Japan Cyber Dialogue was held "
                "in Tokyo on July 22, 2015.  The United States delegation "
                "was led by the Department of State; the Japanese "
                "delegation by the Ministry of Foreign Affairs.  The "
                "delegations discussed cybercrime and capacity building.\n")
    nothing = os.path.join(tmp, "nothing.txt")
    with open(nothing, "w") as f:
        f.write("The weather was fine on Tuesday.\n")

    def runs(name, argv_for, target, limit_sizes):
        """argv_for(target) is run with the size limited at each offset."""
        outdir = os.path.dirname(target)
        ref = target + ".ref"
        p = subprocess.run(argv_for(ref), capture_output=True)
        check(p.returncode == 0, "%s: a reference run works: %r" %
              (name, p.stderr))
        size = os.path.getsize(ref)
        os.unlink(ref)
        offsets = sorted({0, 1, size // 3, size // 2, size - 1} |
                         set(limit_sizes(size)))
        for n in [o for o in offsets if 0 <= o < size] + [size]:
            with open(target, "wb") as f:
                f.write(OLD)
            p = subprocess.run(argv_for(target), capture_output=True,
                               text=True, preexec_fn=limited(n))
            with open(target, "rb") as f:
                now = f.read()
            if n < size:
                check(p.returncode == 1 and now == OLD,
                      "%s, failing at byte %d of %d: exit %d, file kept "
                      "(%r)" % (name, n, size, p.returncode, p.stderr))
            else:
                check(p.returncode == 0 and now != OLD,
                      "%s with exactly %d bytes of room: exit %d (%r)" %
                      (name, n, p.returncode, p.stderr))
            check(temporaries(outdir) == [],
                  "%s, limit %d: no temporary file left" % (name, n))

    outdir = os.path.join(tmp, "extract")
    os.mkdir(outdir)
    target = os.path.join(outdir, "records.jsonl")
    runs("extract -o", lambda t: [BIN, "extract", "-q", "-o", t, release,
                                  release], target,
         lambda size: range(0, size, max(1, size // 10)))
    for what, argv in (("an input that yields no record",
                        [BIN, "extract", "-q", "-o", target, nothing]),
                       ("a missing input",
                        [BIN, "extract", "-q", "-o", target,
                         os.path.join(tmp, "none.txt")])):
        with open(target, "wb") as f:
            f.write(OLD)
        p = subprocess.run(argv, capture_output=True, text=True)
        with open(target, "rb") as f:
            check(p.returncode == 1 and f.read() == OLD,
                  "extract -o on %s: exit %d, file kept (%r)" %
                  (what, p.returncode, p.stderr))
        check("left as it was" in p.stderr,
              "extract -o on %s says the file was kept: %r" %
              (what, p.stderr))
    with open(target, "wb") as f:
        f.write(OLD)
    proc = subprocess.Popen([BIN, "extract", "-q", "-o", target, "-"],
                            stdin=subprocess.PIPE, preexec_fn=default_signals)
    time.sleep(0.3)  # reading standard input, the temporary file is open
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    with open(target, "rb") as f:
        check(proc.returncode == -signal.SIGTERM and f.read() == OLD and
              temporaries(outdir) == [],
              "extract -o on SIGTERM: file kept, nothing left (status %d)" %
              proc.returncode)

    outdir = os.path.join(tmp, "viz")
    os.mkdir(outdir)
    target = os.path.join(outdir, "graph.html")
    runs("viz -o", lambda t: [BIN, "viz", "-q", "-o", t] + SEEDS, target,
         lambda size: [4096, 65536])
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w") as f:
        f.write('{"series": "A-B Dialogue", "date": "2018-7-26", '
                '"participants": ["US", "JP"]}\n')
    with open(target, "wb") as f:
        f.write(OLD)
    p = subprocess.run([BIN, "viz", "-o", target] + SEEDS + [bad],
                       capture_output=True, text=True)
    with open(target, "rb") as f:
        check(p.returncode == 1 and f.read() == OLD,
              "viz -o on a bad record: exit %d, file kept" % p.returncode)

    outdir = os.path.join(tmp, "describe")
    os.mkdir(outdir)
    target = os.path.join(outdir, "void.ttl")
    runs("convert --describe FILE",
         lambda t: [BIN, "convert", "-q", "-t", "ntriples", "--describe", t]
         + SEEDS, target, lambda size: [size // 4])

print("interrupts: %d passed, %d failed" %
      (checks - len(failures), len(failures)))
sys.exit(1 if failures else 0)
