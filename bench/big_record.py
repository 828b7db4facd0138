#!/usr/bin/env python3
"""One record, growing (issue 17, "Quadratic in the size of one record"):
the time of `dialoguekg convert -t ntriples` on ONE record holding N
distinct agencies, N distinct topics or N unknown keys, for N in 5k, 10k,
20k, 100k (and more with --sizes).  Linear work doubles when N doubles;
the table's last column is the time per item, which stays flat when the
work is linear.  Each row is the fastest of --repeat runs.

usage: bench/big_record.py BUILD_DIR [--sizes 5000,10000,...] [--repeat N]"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def record(kind, n):
    r = {"series": "Big Record Dialogue", "date": "2020-01-01", "participants": ["US", "JP"]}
    if kind == "agencies":
        r["delegations"] = [{"country": "US", "agencies": [f"Agency Number {i}" for i in range(n)]}]
    elif kind == "topics":
        r["topics"] = [f"topic number {i}" for i in range(n)]
    else:  # unknown keys: every one an error (the record is refused)
        for i in range(n):
            r[f"unknown_{i}"] = i
    return r


def run(tool, path, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([tool, "convert", "-q", "-t", "ntriples", path],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best, done.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--sizes", default="5000,10000,20000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tool = os.path.join(args.build, "dialoguekg")
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| one record with | N | exit | seconds | µs per item |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("agencies", "topics", "unknown keys"):
            for n in sizes:
                path = os.path.join(tmp, "record.json")
                with open(path, "w") as f:
                    json.dump(record(kind, n), f)
                took, code = run(tool, path, args.repeat)
                print(f"| {kind} | {n:,} | {code} | {took:.3f} | {took / n * 1e6:.1f} |")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
