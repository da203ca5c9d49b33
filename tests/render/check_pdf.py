#!/usr/bin/env python3
"""Every document of the Skopje sample as PDF, made by the real `accord render
--format pdf` (its managed LibreOffice converter), read back with pdftotext: every
recital, clause, sub-item and signer in order, the draft's header, the reports'
countries and commitments, and a bundle of hostile text in every script the
fonts must cover (Latin Extended, Greek, Cyrillic, Hebrew, Arabic, emoji). A file
that is not a whole PDF fails; a LibreOffice that never finishes is stopped by
--pdf-timeout and answered with an error, not a file.

usage: check_pdf.py --accord BUILD/plugin/cli/accord --out DIR   (from the source tree)"""
import argparse
import json
import os
import shutil
import stat
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from check_readers import (check_declaration_docx, check_implementation_docx, check_pdf, check_status_docx, hostile_bundle,
                           pdf_text, squash)
from render_check_lib import SAMPLE, Failures, english_date, final_revision, load, render, run_accord

# Every script a declaration may hold; each must come back from the PDF's text.
SCRIPTS = ["Ελληνικά δημοκρατία", "Донаудампфшиффартсгезелшафт", "Đorđević Hadžić Kakavijë Szabó", "Łódź Şişli Ångström",
           "\u05d4\u05e6\u05d4\u05e8\u05d4", "\u0625\u0639\u0644\u0627\u0646", "\U0001F469\u200D\U0001F4BB \u2705"]


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def printed(script, text):
    """Whether every letter of `script` is in `text`. pdftotext gives right-to-left
    words in reading order or reversed, wrapped in direction marks, and reads
    Arabic's lam-alef ligature (one glyph) back as alef-lam: for those scripts the
    same letters in any order will do."""
    word = squash(script)
    if word in text or word[::-1] in text:
        return True
    if not any("\u0590" <= ch <= "\u08ff" for ch in word):
        return False
    return any(sorted(text[i:i + len(word)]) == sorted(word) for i in range(len(text) - len(word) + 1))


def is_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    f = Failures()
    sample = load(SAMPLE)
    declaration = sample["declarations"][0]
    out = lambda name: os.path.join(args.out, name)

    # The DOCX twins tell what each PDF must say (python-docx reads them).
    # One work folder for every run: LibreOffice's profile is made once (cold) and
    # reused by the later runs (warm), as the server's converter reuses it.
    work = ["--pdf-work-dir", out("work")]
    docs = {"final": [], "draft": ["--revision", "1"], "status": ["--document", "status"],
            "implementation": ["--document", "implementation"]}
    for name, extra in docs.items():
        render(args.accord, SAMPLE, out(name + ".docx"), *extra)
        render(args.accord, SAMPLE, out(name + ".pdf"), *extra, *work)
    render(args.accord, SAMPLE, out("redline.pdf"), "--document", "redline", "--from", "1", "--to", "3", *work)

    hostile = hostile_bundle(sample)
    rev = final_revision(hostile["declarations"][0])
    rev["preamble"][2]["text"] = " ".join(SCRIPTS)
    with open(out("hostile.json"), "w", encoding="utf-8") as h:
        json.dump(hostile, h, ensure_ascii=False)
    render(args.accord, out("hostile.json"), out("hostile.docx"))
    render(args.accord, out("hostile.json"), out("hostile.pdf"), *work)

    for name in list(docs) + ["redline", "hostile"]:
        f.check(is_pdf(out(name + ".pdf")), f"{name}.pdf is not a whole PDF")

    final_rev, first_rev = final_revision(declaration), declaration["revisions"][0]
    labelled = lambda cs: [label + " " + text for _, label, text in cs]
    recitals, clauses, table = check_declaration_docx(out("final.docx"), sample, final_rev, True, f)
    check_pdf(out("final.pdf"), "", recitals + labelled(clauses) + [final_rev["closingFormula"]] + table, f)
    d_recitals, d_clauses, _ = check_declaration_docx(out("draft.docx"), sample, first_rev, False, f)
    check_pdf(out("draft.pdf"), f"DRAFT — revision 1 — {english_date(first_rev['createdAt'])}",
              d_recitals + labelled(d_clauses), f)
    check_pdf(out("status.pdf"), f"Endorsement status — as of {english_date('2017-10-15')}",
              check_status_docx(out("status.docx"), sample, f), f)
    check_pdf(out("implementation.pdf"), f"Implementation report — as of {english_date('2017-10-15')}",
              check_implementation_docx(out("implementation.docx"), sample, f), f)
    # The redline shows the newer text with the older one struck through: the final
    # revision's clauses are all there.
    redline_text = squash(pdf_text(out("redline.pdf"), "")[0])
    for c in final_rev["operative"]:
        f.check(squash(c["text"])[:60] in redline_text, f"redline.pdf: clause {c['id']} missing")

    h_recitals, h_clauses, h_table = check_declaration_docx(out("hostile.docx"), hostile, rev, True, f)
    check_pdf(out("hostile.pdf"), "", labelled(h_clauses) + h_table, f)
    hostile_text = squash(pdf_text(out("hostile.pdf"), "")[0]).translate(BIDI_MARKS)
    for script in SCRIPTS:
        f.check(printed(script, hostile_text), f"hostile.pdf: {script!r} did not print")

    # A LibreOffice that hangs is stopped, and no file is left behind.
    hang = out("soffice-hangs")
    with open(hang, "w") as h:
        h.write("#!/bin/sh\nsleep 60\n")
    os.chmod(hang, os.stat(hang).st_mode | stat.S_IEXEC)
    proc = run_accord(args.accord, "render", SAMPLE, "--soffice", hang, "--pdf-timeout", "1", "-o", out("hung.pdf"),
                      expect=None)
    f.check(proc.returncode == 1 and "took longer than 1000 ms" in proc.stderr, f"hung conversion: {proc.stderr}")
    f.check(not os.path.exists(out("hung.pdf")), "a hung conversion left a file")
    f.finish("PDFs of the Skopje sample and of hostile text (accord --format pdf, pdftotext)")


if __name__ == "__main__":
    main()
