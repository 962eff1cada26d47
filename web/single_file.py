#!/usr/bin/env python3
"""Packs the built page into one HTML file that opens from file:// (double-click, e-mail attachment,
intranet share), where a browser will not fetch a separate .wasm. Every <link rel=stylesheet> and
<script src> of index.html is inlined, the module's bytes ride along as base64 and are handed to the
loader as Module.wasmBinary (so the loader never fetches), and the Content-Security-Policy allows
exactly these inline scripts and styles by hash, with connect-src 'none': nothing can leave.
Reuses the one linked module instead of linking a second -sSINGLE_FILE build.

Usage: single_file.py DIST_DIR OUTPUT_HTML
"""
import base64
import hashlib
import re
import sys
from pathlib import Path


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def safe_inline(text: str, tag: str) -> str:
    # A literal "</script" or "</style" inside would end the element early.
    if re.search(r"</" + tag, text, re.IGNORECASE):
        raise SystemExit(f"single_file.py: inlined {tag} contains '</{tag}'; cannot inline it safely")
    return text


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    dist, output = Path(sys.argv[1]), Path(sys.argv[2])
    page = (dist / "index.html").read_text(encoding="utf-8")
    script_hashes, style_hashes = [], []

    def inline_style(match: re.Match) -> str:
        css = safe_inline((dist / match.group(1)).read_text(encoding="utf-8"), "style")
        style_hashes.append(csp_hash(css))
        return f"<style>{css}</style>"

    def inline_script(match: re.Match) -> str:
        name = match.group(1)
        blocks = []
        if name == "carescore.js":
            # The module's bytes, decoded before the loader runs; with wasmBinary set it never fetches.
            wasm = base64.b64encode((dist / "carescore.wasm").read_bytes()).decode("ascii")
            blocks.append(
                "(() => { const text = atob('" + wasm + "'); const bytes = new Uint8Array(text.length);"
                " for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);"
                " window.Module.wasmBinary = bytes; })();")
        blocks.append(safe_inline((dist / name).read_text(encoding="utf-8"), "script"))
        script_hashes.extend(csp_hash(block) for block in blocks)
        return "".join(f"<script>{block}</script>" for block in blocks)

    page, styles = re.subn(r'<link rel="stylesheet" href="([^"]+)">', inline_style, page)
    page, scripts = re.subn(r'<script src="([^"]+)"></script>', inline_script, page)
    if scripts == 0 or "carescore.js" in page:
        raise SystemExit("single_file.py: index.html has no <script src=\"carescore.js\"> to inline")

    policy = ("default-src 'none'; script-src " + " ".join(script_hashes) + " 'wasm-unsafe-eval'; "
              "style-src " + " ".join(style_hashes) + "; connect-src 'none'; img-src data: blob:; "
              "base-uri 'none'; form-action 'none'")
    page, policies = re.subn(r'(<meta http-equiv="Content-Security-Policy"\s+content=")[^"]*(")',
                             lambda m: m.group(1) + policy + m.group(2), page)
    if policies != 1:
        raise SystemExit("single_file.py: index.html must hold exactly one Content-Security-Policy meta tag")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    print(f"single_file.py: {output} ({output.stat().st_size / 1e6:.2f} MB, {scripts} scripts, {styles} styles inlined)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
