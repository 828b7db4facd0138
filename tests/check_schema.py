#!/usr/bin/env python3
"""One contract: data/record.schema.json, run by a real JSON Schema validator
(python3-jsonschema, draft 2020-12, formats asserted), and `dialoguekg
validate` give every file the same verdict.

usage: check_schema.py DIALOGUEKG SOURCE_DIR FILE...

A file is accepted when every record in it is.  The text is first read as
I-JSON (RFC 7493: UTF-8, no duplicate key, no lone surrogate; JSON Lines for
*.jsonl); a text that is not is rejected before the schema.  The schema
cannot relate two values: where the tool alone rejects, every one of its
errors must be one of those cross-field rules (listed in the schema's
description), or the test fails.  The schema's participant codes must be
exactly those of data/countries.json and data/organizations.json."""
import json
import os
import subprocess
import sys

import jsonschema

CROSS_FIELD = (
    "is before date",
    'which is not among "participants"',
    "a second delegation of",
    '"end" is before "start"',
)


class NotIJson(Exception):
    pass


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise NotIJson("duplicate key")
    return dict(pairs)


def check_strings(value):
    if isinstance(value, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise NotIJson("lone surrogate")
    elif isinstance(value, dict):
        for k, v in value.items():
            check_strings(k)
            check_strings(v)
    elif isinstance(value, list):
        for v in value:
            check_strings(v)


def records_of(path):
    """The records of a file, or raises NotIJson / ValueError."""
    text = open(path, "rb").read().decode("utf-8")  # strict: invalid -> error
    texts = [t for t in text.splitlines() if t.strip()] if path.endswith(".jsonl") else [text]
    records = []
    for t in texts:
        value = json.loads(t, object_pairs_hook=no_duplicates)
        check_strings(value)
        if isinstance(value, list) and not path.endswith(".jsonl"):
            records.extend(value)
        else:
            records.append(value)
    return records


def schema_verdict(validator, path):
    try:
        records = records_of(path)
    except (NotIJson, ValueError) as e:  # JSONDecodeError, UnicodeDecodeError
        return False, f"not I-JSON: {e}"
    for i, record in enumerate(records):
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            return False, f"record {i}: /{'/'.join(map(str, e.path))}: {e.message[:120]}"
    return True, ""


def main():
    tool, src, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    schema = json.load(open(os.path.join(src, "data/record.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    failures = 0
    # The participant codes of the schema are the built-in data's.
    countries = [c["alpha2"] for c in json.load(open(os.path.join(src, "data/countries.json")))["countries"]]
    orgs = [o["id"] for o in json.load(open(os.path.join(src, "data/organizations.json")))["organizations"]]
    if schema["$defs"]["party"]["enum"] != countries + orgs or schema["$defs"]["countryCode"]["enum"] != countries:
        print("FAIL: the schema's participant codes differ from data/countries.json + data/organizations.json")
        failures += 1
    counts = {"accepted": 0, "rejected": 0, "cross-field": 0}
    for path in files:
        run = subprocess.run([tool, "validate", "-q", path], capture_output=True, text=True)
        tool_ok = run.returncode == 0
        schema_ok, why = schema_verdict(validator, path)
        if tool_ok == schema_ok:
            counts["accepted" if tool_ok else "rejected"] += 1
            continue
        errors = [l for l in run.stderr.splitlines() if ": error: " in l]
        if not tool_ok and schema_ok and errors and all(any(r in l for r in CROSS_FIELD) for l in errors):
            counts["cross-field"] += 1
            continue
        failures += 1
        print(f"FAIL: {path}: validate {'accepts' if tool_ok else 'rejects'}, the schema "
              f"{'accepts' if schema_ok else 'rejects'} {why}")
        for line in run.stderr.splitlines()[:3]:
            print(f"  {line}")
    # The comparison can fail: without its "required", the schema must
    # disagree with the tool on a record that lacks a required field.
    weak = dict(schema)
    del weak["required"]
    weak_validator = jsonschema.Draft202012Validator(weak)
    probe = os.path.join(src, "tests/bad/missing-required.json")
    if schema_verdict(weak_validator, probe)[0] is not True:
        print("FAIL: a schema without 'required' still rejects missing-required.json")
        failures += 1
    print(f"{len(files)} files: {counts['accepted']} accepted and {counts['rejected']} rejected by both, "
          f"{counts['cross-field']} rejected by the tool's cross-field rules alone")
    print(f"{len(files) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
