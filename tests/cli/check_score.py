#!/usr/bin/env python3
"""Tests of `carescore score`.
  check_score.py CARESCORE golden EXPECTED_JSON DEMO_FILE...   the demo scorecard (JSON) against the
      committed file, byte for byte (UPDATE_GOLDEN=1 rewrites it after a deliberate change)
  check_score.py CARESCORE exits PROFILE DEMO_FILE              exit codes and messages of bad arguments and bad files
  check_score.py CARESCORE csv PROFILE DEMO_FILE                CSV output escapes formula-like cells"""
import difflib
import json
import os
import subprocess
import sys
import tempfile


def run(cli, *args):
    return subprocess.run([cli, "score", *args], capture_output=True)


def golden(cli, expected_path, files):
    folder = os.path.dirname(os.path.abspath(files[0]))
    names = sorted(os.path.basename(f) for f in files)
    result = subprocess.run([cli, "score", *names, "--tz", "Asia/Ho_Chi_Minh", "--format", "json"], cwd=folder,
                            capture_output=True)
    if result.returncode != 0:
        print(result.stderr.decode("utf-8", "replace"))
        return f"exit {result.returncode}, expected 0"
    actual = result.stdout.decode("utf-8")
    json.loads(actual)
    if os.environ.get("UPDATE_GOLDEN"):
        with open(expected_path, "w", encoding="utf-8", newline="") as out:
            out.write(actual)
        return None
    with open(expected_path, encoding="utf-8", newline="") as f:
        expected = f.read()
    if actual == expected:
        return None
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="", n=2)
    print("\n".join(list(diff)[:80]))
    return "the demo scorecard differs from " + expected_path + " (UPDATE_GOLDEN=1 after a deliberate change)"


def exits(cli, profile, demo_file):
    problems = []

    def expect(args, code, stderr_has, stdout_has=None):
        result = run(cli, *args)
        err = result.stderr.decode("utf-8", "replace")
        out = result.stdout.decode("utf-8", "replace")
        if result.returncode != code:
            problems.append(f"{args}: exit {result.returncode}, expected {code}; stderr: {err.strip()}")
        if stderr_has not in err:
            problems.append(f"{args}: stderr lacks {stderr_has!r}: {err.strip()}")
        if stdout_has is not None and stdout_has not in out:
            problems.append(f"{args}: stdout lacks {stdout_has!r}")

    with tempfile.TemporaryDirectory() as tmp:
        garbage = os.path.join(tmp, "notes.csv")
        with open(garbage, "w", encoding="utf-8") as f:
            f.write("alpha,beta\n1,2\n3,4\n")
        broken_profile = os.path.join(tmp, "broken.json")
        with open(broken_profile, "w", encoding="utf-8") as f:
            f.write('{"format": "carescore-profile", "version": 1, "standards": [')
        missing = os.path.join(tmp, "missing.csv")
        expect([], 2, "no files given")
        expect([demo_file, "--format", "xml"], 2, "unknown --format 'xml'")
        expect([demo_file, "--lang", "de"], 2, "unknown --lang 'de'")
        expect([demo_file, "--from", "2026-03-01"], 2, "--from and --to go together")
        expect([demo_file, "--from", "2026-03-01", "--to", "31/03/2026"], 2, "YYYY-MM-DD")
        expect([demo_file, "--tz", "Mars/Olympus"], 2, "unknown time zone 'Mars/Olympus'")
        expect([demo_file, "--bogus", "1"], 2, "unknown option --bogus")
        # A file that cannot be read, or is not an export: exit 1, the other files still scored.
        expect([missing, demo_file], 1, "missing.csv", '"format": "carescore-scorecard"')
        expect([garbage, demo_file], 1, "not recognized", '"format": "carescore-scorecard"')
        expect([demo_file, "--profile", broken_profile], 1, "broken.json")
        expect([demo_file, "--profile", os.path.join(tmp, "nope.json")], 1, "cannot read the profile")
        expect([demo_file, "--mapping", os.path.join(tmp, "nope.json")], 1, "cannot read the mapping")
        expect([demo_file, "--profile", profile, "--from", "2026-03-01", "--to", "2026-03-31", "--tz", "Asia/Ho_Chi_Minh"],
               0, "", '"begin": "2026-02-28T17:00:00Z"')
    return "\n".join(problems) or None


def csv_escaping(cli, profile, demo_file):
    with open(profile, encoding="utf-8") as f:
        document = json.load(f)
    document["standards"][0]["label"]["en"] = "=HYPERLINK(\"http://evil\",\"x\")"
    document["standards"][1]["label"]["en"] = "+1 call, \"quoted\""
    document["standards"][2]["label"]["en"] = "-2"
    document["standards"][3]["label"]["en"] = "@SUM(A1)"
    with tempfile.TemporaryDirectory() as tmp:
        hostile = os.path.join(tmp, "hostile.json")
        with open(hostile, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        result = run(cli, demo_file, "--profile", hostile, "--format", "csv", "--tz", "Asia/Ho_Chi_Minh")
    if result.returncode != 0:
        return f"exit {result.returncode}: {result.stderr.decode('utf-8', 'replace')}"
    text = result.stdout.decode("utf-8")
    wanted = [',"\'=HYPERLINK(""http://evil"",""x"")",', ',"\'+1 call, ""quoted""",', ",'-2,", ",'@SUM(A1),"]
    missing = [w for w in wanted if w not in text]
    if missing or ",=HYPERLINK" in text or ',"=HYPERLINK' in text:
        return "CSV cells not escaped as expected: " + repr(missing)
    return None


def main():
    cli, mode = os.path.abspath(sys.argv[1]), sys.argv[2]
    if mode == "golden":
        problem = golden(cli, sys.argv[3], sys.argv[4:])
    elif mode == "exits":
        problem = exits(cli, sys.argv[3], sys.argv[4])
    else:
        problem = csv_escaping(cli, sys.argv[3], sys.argv[4])
    if problem:
        print(problem)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
