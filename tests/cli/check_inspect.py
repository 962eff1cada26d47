#!/usr/bin/env python3
"""Golden test of `carescore inspect --format json`: runs the CLI on fixtures (from their folder,
so paths are relative) and compares with the expected report. Column "type" and "format" are left
out: they come from type inference (another module) and are checked by its own tests.
usage: check_inspect.py CARESCORE EXPECTED_JSON FIXTURE..."""
import difflib
import json
import os
import subprocess
import sys


def normalized(report):
    report.pop("carescore", None)
    for f in report["files"]:
        for c in f.get("columns", []):
            c.pop("type", None)
            c.pop("format", None)
    return json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False)


def main():
    cli, expected_path, fixtures = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    folder = os.path.dirname(os.path.abspath(fixtures[0]))
    names = [os.path.basename(f) for f in fixtures]
    run = subprocess.run([cli, "inspect", *names, "--format", "json"], cwd=folder, capture_output=True)
    actual = json.loads(run.stdout.decode("utf-8"))
    if os.environ.get("UPDATE_GOLDEN"):
        with open(expected_path, "w", encoding="utf-8") as out:
            out.write(normalized(actual) + "\n")
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    a, e = normalized(actual), normalized(expected)
    if a != e:
        sys.stdout.writelines(difflib.unified_diff(e.splitlines(True), a.splitlines(True), "expected", "actual"))
        return 1
    # The exit status says whether every file read without errors.
    wanted = 0 if all(f["ok"] for f in actual["files"]) else 1
    if run.returncode != wanted:
        print(f"exit status {run.returncode}, expected {wanted}")
        return 1
    print(f"inspect report matches {os.path.basename(expected_path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
