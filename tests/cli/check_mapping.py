#!/usr/bin/env python3
"""`carescore inspect --write-mapping` then `--mapping`: the saved mapping applies to the same export
with the same rows, and a broken mapping is refused with its path in the message.
usage: check_mapping.py CARESCORE FIXTURE"""
import json
import os
import subprocess
import sys
import tempfile


def inspect(cli, *args):
    run = subprocess.run([cli, "inspect", *args], capture_output=True)
    return run.returncode, run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


def main():
    cli, fixture = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        saved = os.path.join(folder, "mapping.json")
        code, out, err = inspect(cli, fixture, "--format", "json", "--write-mapping", saved)
        detected = json.loads(out)["files"][0]
        with open(saved, encoding="utf-8") as f:
            document = json.load(f)
        if document["format"] != "carescore-mapping" or document["vendor"] != detected["detection"]["key"]:
            print("the written mapping is not the detected one:", document.get("vendor"))
            return 1
        code, out, err = inspect(cli, fixture, "--format", "json", "--mapping", saved)
        applied = json.loads(out)["files"][0]
        if applied["mappingApplied"] != "saved" or not applied["mappingHeadersMatch"]:
            print("the saved mapping was not applied as such:", applied["mappingApplied"], applied["mappingHeadersMatch"])
            return 1
        if applied["mapped"]["rows"] != detected["mapped"]["rows"]:
            print("rows differ:", applied["mapped"]["rows"], detected["mapped"]["rows"])
            return 1
        document["columns"][0]["field"] = "wait_second"
        with open(saved, "w", encoding="utf-8") as f:
            json.dump(document, f)
        code, out, err = inspect(cli, fixture, "--mapping", saved)
        if code != 1 or "columns[0].field" not in err or "did you mean" not in err:
            print("a broken mapping was not refused with its path:", code, err)
            return 1
    print("mapping written, applied and refused as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
