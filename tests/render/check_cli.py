#!/usr/bin/env python3
"""The render and validate commands as a user runs them: exit codes, messages that
name what is wrong, and `accord validate` catching invalid XML with line numbers.

usage: check_cli.py --accord BUILD/plugin/cli/accord --out DIR"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from render_check_lib import SAMPLE, Failures, run_accord


def expect(failures, proc, code, pattern, what):
    output = proc.stdout + proc.stderr
    failures.check(proc.returncode == code, f"{what}: exit {proc.returncode}, expected {code}\n{output}")
    failures.check(re.search(pattern, output, re.S) is not None, f"{what}: output lacks /{pattern}/:\n{output}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    f = Failures()
    a = args.accord
    out = lambda name: os.path.join(args.out, name)

    expect(f, run_accord(a, "render", "--help", expect=None), 0, r"--document KIND.*-o", "render --help")
    expect(f, run_accord(a, "validate", "--help", expect=None), 0, r"FILE\.xml", "validate --help")
    expect(f, run_accord(a, "render", SAMPLE, expect=None), 2, r"missing -o FILE", "render without -o")
    expect(f, run_accord(a, "render", SAMPLE, "--document", "minutes", "-o", out("x.docx"), expect=None), 2,
           r"--document must be one of declaration\|status\|implementation\|redline, not 'minutes'", "bad --document")
    expect(f, run_accord(a, "render", SAMPLE, "--format", "odt", "-o", out("x.odt"), expect=None), 2,
           r"--format must be one of docx\|xml\|akn\|pdf, not 'odt'", "bad --format")
    expect(f, run_accord(a, "render", SAMPLE, "--document", "status", "--format", "akn", "-o", out("s.akn.xml"),
                         expect=None), 2, r"--format akn: akn \(Akoma Ntoso\) is the declaration's text only",
           "a report as akn")
    expect(f, run_accord(a, "render", SAMPLE, "--soffice", "/nonexistent/soffice", "-o", out("x.pdf"), expect=None),
           2, r"--format pdf needs LibreOffice.*libreoffice-writer-nogui", "pdf without LibreOffice")
    expect(f, run_accord(a, "render", SAMPLE, "--pdf-timeout", "0", "-o", out("x.pdf"), expect=None), 2,
           r"--pdf-timeout must be whole seconds", "bad --pdf-timeout")
    expect(f, run_accord(a, "render", SAMPLE, "--revision", "two", "-o", out("x.docx"), expect=None), 2,
           r"--revision must be a revision number", "non-numeric --revision")
    expect(f, run_accord(a, "render", SAMPLE, "--revision", "9", "-o", out("r9.docx"), expect=None), 1,
           r"error: revision: declaration 'skopje-joint-declaration' has no revision 9 \(it has 3\)", "--revision 9")
    f.check(not os.path.exists(out("r9.docx")), "a failed render left an output file")
    expect(f, run_accord(a, "render", SAMPLE, "--declaration", "nope", "-o", out("x.docx"), expect=None), 1,
           r"no declaration 'nope'", "unknown declaration")
    expect(f, run_accord(a, "render", SAMPLE, "--today", "2017-02-30", "-o", out("x.docx"), expect=None), 2,
           r"--today", "impossible --today")

    # The format follows the output's extension; the XML validates.
    expect(f, run_accord(a, "render", SAMPLE, "--document", "status", "--today", "2017-10-15", "-o", out("s.xml"),
                         expect=None), 0, r"wrote .*s\.xml \(status, xml", "render status to .xml")
    expect(f, run_accord(a, "validate", out("s.xml"), expect=None), 0, r"valid \(endorsement-status\.xsd\)",
           "validate rendered XML")

    # A custom template folder with a broken template is reported at load time.
    os.makedirs(out("custom/xml"), exist_ok=True)
    with open(out("custom/xml/declaration.xml.mustache"), "w") as t:
        t.write('<?xml version="1.0"?>\n<declaration>\n  {{#clauses}}\n</declaration>\n')
    expect(f, run_accord(a, "render", SAMPLE, "--templates", out("custom"), "-o", out("c.xml"), expect=None), 1,
           r"declaration\.xml\.mustache:3:3: Mustache: Unclosed section \"clauses\"", "broken custom template")

    # Invalid XML is caught with its line number; so is malformed XML.
    with open(out("s.xml"), encoding="utf-8") as src:
        lines = src.read().splitlines()
    line = next(i for i, l in enumerate(lines) if 'status="endorsed"' in l)
    lines[line] = lines[line].replace('status="endorsed"', 'status="signed"', 1)
    with open(out("invalid.xml"), "w", encoding="utf-8") as dst:
        dst.write("\n".join(lines) + "\n")
    expect(f, run_accord(a, "validate", out("invalid.xml"), expect=None), 1,
           rf"invalid\.xml:{line + 1}:.*'signed'.*1 problem against endorsement-status\.xsd", "validate invalid XML")
    with open(out("malformed.xml"), "w") as dst:
        dst.write('<?xml version="1.0"?>\n<declaration xmlns="urn:accord:declaration:1">\n<title>x</titel>\n')
    expect(f, run_accord(a, "validate", out("malformed.xml"), expect=None), 1, r"malformed\.xml:3:", "validate malformed")
    with open(out("other.xml"), "w") as dst:
        dst.write('<note xmlns="urn:example"/>\n')
    expect(f, run_accord(a, "validate", out("other.xml"), expect=None), 1,
           r"no schema declares the root element \{urn:example\}note", "validate unknown root")
    expect(f, run_accord(a, "validate", out("missing.xml"), expect=None), 1, r"cannot read", "validate missing file")
    f.finish("render and validate commands")


if __name__ == "__main__":
    main()
