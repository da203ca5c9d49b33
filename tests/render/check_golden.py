#!/usr/bin/env python3
"""Golden files: renders the Skopje sample (as of 2017-10-15) and compares, byte for
byte, the XML of each document and the main parts of each DOCX with the files in
tests/render/golden/. Also renders every DOCX twice, in two processes, and requires
identical bytes (determinism).

usage: check_golden.py --accord BUILD/plugin/cli/accord --out DIR [--update]
--update rewrites the golden files from the current output; review the diff
before committing it (see golden/README.md)."""
import argparse
import difflib
import os
import sys
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from render_check_lib import SAMPLE, render

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")

# (golden file, render arguments, DOCX part or None for the XML output itself)
CASES = [
    ("skopje-declaration.xml", ["--format", "xml"], None),
    ("skopje-status.xml", ["--document", "status", "--format", "xml"], None),
    ("skopje-implementation.xml", ["--document", "implementation", "--format", "xml"], None),
    ("skopje-declaration-r1.xml", ["--revision", "1", "--format", "xml"], None),
    ("skopje-declaration.document.xml", [], "word/document.xml"),
    ("skopje-declaration.core.xml", [], "docProps/core.xml"),
    ("skopje-declaration-r1.header1.xml", ["--revision", "1"], "word/header1.xml"),
    ("skopje-status.document.xml", ["--document", "status"], "word/document.xml"),
    ("skopje-implementation.document.xml", ["--document", "implementation"], "word/document.xml"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    problems = []
    rendered = {}
    for golden, extra, part in CASES:
        key = tuple(extra)
        if key not in rendered:
            name = "-".join(a.lstrip("-") for a in extra) or "default"
            out = os.path.join(args.out, name + (".xml" if part is None else ".docx"))
            rendered[key] = render(args.accord, SAMPLE, out, *extra)
            if part is not None:  # a second process must give the same bytes
                again = render(args.accord, SAMPLE, out + ".again.docx", *extra)
                with open(out, "rb") as a, open(again, "rb") as b:
                    if a.read() != b.read():
                        problems.append(f"{name}: two renders of the same input differ")
        path = rendered[key]
        if part is None:
            with open(path, "rb") as f:
                actual = f.read()
        else:
            with zipfile.ZipFile(path) as z:
                actual = z.read(part)
        golden_path = os.path.join(GOLDEN, golden)
        if args.update:
            with open(golden_path, "wb") as f:
                f.write(actual)
            continue
        try:
            with open(golden_path, "rb") as f:
                expected = f.read()
        except FileNotFoundError:
            problems.append(f"{golden}: no golden file (run with --update)")
            continue
        if actual != expected:
            diff = difflib.unified_diff(expected.decode("utf-8").splitlines(), actual.decode("utf-8").splitlines(),
                                        "golden/" + golden, "rendered", lineterm="", n=1)
            problems.append(f"{golden} differs:\n" + "\n".join(list(diff)[:40]))
    if args.update:
        print(f"updated {len(CASES)} golden files in {GOLDEN}")
        return
    if problems:
        print("FAILED: golden files\n" + "\n".join(problems))
        sys.exit(1)
    print(f"ok: {len(CASES)} golden files match; DOCX output is deterministic")


if __name__ == "__main__":
    main()
