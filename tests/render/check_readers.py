#!/usr/bin/env python3
"""Reads the rendered DOCX of the Skopje sample back with readers that share no code
with Accord: python-docx (paragraphs, numbering, tables, header, properties) and
LibreOffice (DOCX -> PDF, then pdftotext). Every recital, clause, sub-item, country
and signer must come back, in order, with the right numbering. A package that
python-docx cannot open, that LibreOffice cannot convert, or whose text does not
come back whole, fails. A bundle of hostile text goes through the same readers.

usage: check_readers.py --accord BUILD/plugin/cli/accord --out DIR   (from the source tree)"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import docx
from lxml import etree

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from render_check_lib import (SAMPLE, TODAY, Failures, check_package, country_names, english_date,
                              final_revision, flatten_clauses, load, recital_text, render, roman)

W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def xp(element, expression):
    """XPath with the w: prefix bound, on python-docx and plain lxml elements alike."""
    return etree.XPath(expression, namespaces=W)(element)


def in_order(texts, needles, failures, what):
    """Each needle equals some text, after the previous needle's; returns their indexes."""
    found, at = [], 0
    for n in needles:
        try:
            at = texts.index(n, at)
        except ValueError:
            failures.check(False, f"{what}: {n[:70]!r} missing or out of order")
            return found
        found.append(at)
        at += 1
    return found


def word_labels(document):
    """The label Word prints before each paragraph, computed from numbering.xml the
    way Word does for decimal/lowerLetter/lowerRoman lists (None: not numbered)."""
    numbering = document.part.numbering_part.element
    abstract = {a.get(docx.oxml.ns.qn("w:abstractNumId")): a for a in xp(numbering, "w:abstractNum")}
    levels = {}
    for num in xp(numbering, "w:num"):
        a = abstract[xp(num, "w:abstractNumId/@w:val")[0]]
        levels[num.get(docx.oxml.ns.qn("w:numId"))] = {
            int(l.get(docx.oxml.ns.qn("w:ilvl"))): (xp(l, "w:numFmt/@w:val")[0], xp(l, "w:lvlText/@w:val")[0])
            for l in xp(a, "w:lvl")}
    fmt = {"decimal": str, "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1),
           "lowerRoman": roman}
    counters, labels = {}, []
    for p in document.paragraphs:
        ilvl = xp(p._p, "w:pPr/w:numPr/w:ilvl/@w:val")
        num_id = xp(p._p, "w:pPr/w:numPr/w:numId/@w:val")
        if not ilvl:
            labels.append(None)
            continue
        level, c = int(ilvl[0]), counters.setdefault(num_id[0], [0] * 9)
        c[level] += 1
        c[level + 1:] = [0] * (8 - level)
        text = levels[num_id[0]][level][1]
        for k in range(level + 1):
            text = text.replace(f"%{k + 1}", fmt[levels[num_id[0]][k][0]](c[k]))
        labels.append(text)
    return labels


def check_declaration_docx(path, bundle, revision, final, failures):
    declaration = bundle["declarations"][0]
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    conference = bundle["conference"]
    in_order(texts, [declaration["title"], conference["title"]], failures, f"{path} title")
    recitals = [recital_text(r) for r in revision["preamble"]]
    clauses = flatten_clauses(revision["operative"])
    indexes = in_order(texts, recitals + [c[2] for c in clauses] + [revision["closingFormula"]], failures,
                       f"{path} text")
    for r, i in zip(revision["preamble"], indexes):
        if r.get("leadPhrase"):
            run = d.paragraphs[i].runs[0]
            failures.check(run.text == r["leadPhrase"] and run.italic, f"{path}: lead phrase not in italics: {run.text!r}")
    labels = word_labels(d)
    for (depth, label, text), i in zip(clauses, indexes[len(recitals):]):
        failures.check(labels[i] == label, f"{path}: clause {text[:40]!r} numbered {labels[i]!r}, expected {label!r}")
        ilvl = xp(d.paragraphs[i]._p, "w:pPr/w:numPr/w:ilvl/@w:val")
        failures.check(ilvl == [str(depth)], f"{path}: clause {text[:40]!r} at list level {ilvl}")
    header = "\n".join(p.text for p in d.sections[0].header.paragraphs)
    expected_header = "" if final else f"DRAFT — revision {revision['number']} — {english_date(revision['createdAt'])}"
    failures.check(header == expected_header, f"{path}: header {header!r}, expected {expected_header!r}")
    footer = d.sections[0].footer._element.xml
    failures.check(" PAGE " in footer and " NUMPAGES " in footer, f"{path}: footer lacks page X of Y fields")
    props = d.core_properties
    failures.check(props.title == declaration["title"], f"{path}: core title {props.title!r}")
    failures.check(props.revision == revision["number"], f"{path}: core revision {props.revision}")
    failures.check(props.created.isoformat() == revision["createdAt"][:-1], f"{path}: created {props.created}")
    if not final:
        failures.check(len(d.tables) == 0, f"{path}: a draft carries an endorsement table")
        return recitals, clauses, []
    table = d.tables[0]
    failures.check(bool(xp(table.rows[0]._tr, "w:trPr/w:tblHeader")), f"{path}: table header row does not repeat")
    names = country_names(bundle, revision["createdAt"])
    by_country = {e["country"]: e for e in declaration["endorsements"]}
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    expected = []
    for code in declaration["invitedCountries"]:
        signer = (by_country.get(code) or {}).get("signer") or {}
        expected.append((names[code], signer.get("name", ""), signer.get("title", "")))
    failures.check([tuple(r[:3]) for r in rows] == expected, f"{path}: endorsement rows {rows} != {expected}")
    return recitals, clauses, [x for e in expected for x in e[:2] if x]


def check_status_docx(path, bundle, failures):
    declaration = bundle["declarations"][0]
    d = docx.Document(path)
    names = country_names(bundle, TODAY)
    by_country = {e["country"]: e for e in declaration["endorsements"]}
    rows = [[c.text for c in r.cells] for r in d.tables[1].rows[1:]]
    countries = [r[0] for r in rows if len(set(r)) > 1]  # statement rows span all columns
    failures.check(countries == [names[c] for c in declaration["invitedCountries"]], f"{path}: countries {countries}")
    texts = "\n".join(p.text for p in d.paragraphs) + "\n".join("|".join(r) for r in rows)
    for e in declaration["endorsements"]:
        if e.get("signer"):
            failures.check(e["signer"]["name"] in texts, f"{path}: signer {e['signer']['name']} missing")
        if e.get("statement"):
            failures.check("Statement: " + e["statement"] in [c for r in rows for c in r], f"{path}: statement missing")
    signed = sum(1 for e in declaration["endorsements"] if e["status"] in ("endorsed", "endorsed_ad_referendum"))
    summary = f"{signed} of {len(declaration['invitedCountries'])} invited countries have endorsed"
    failures.check(summary in texts, f"{path}: summary {summary!r} missing")
    return [names[c] for c in declaration["invitedCountries"]]


def check_implementation_docx(path, bundle, failures):
    declaration = bundle["declarations"][0]
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    commitments = [c["text"] for c in declaration["commitments"]]
    in_order([t.split("\t", 1)[-1] for t in texts], commitments, failures, f"{path} commitments")
    rows = [[c.text for c in r.cells] for r in d.tables[-1].rows[1:]]
    cells = sum(len(c["countries"]) for c in declaration["commitments"])
    failures.check(len(rows) == cells, f"{path}: {len(rows)} items, expected {cells}")
    timeliness = [r[6] for r in rows]
    overdue = [t == "Overdue" for t in timeliness]
    failures.check(overdue == sorted(overdue, reverse=True), f"{path}: overdue items not first: {timeliness}")
    return commitments


def squash(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(pdf, header):
    """pdftotext's reading-order text without the running header and footer, and
    the page count the footer states, checked against the real one."""
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = [p for p in raw.split("\f") if p.strip()]
    stated = set(re.findall(r"Page \d+ of (\d+)", raw))
    kept = []
    for page in pages:
        kept += [l for l in page.splitlines() if l.strip() != header and not re.fullmatch(r"\s*Page \d+ of \d+\s*", l)]
    return "\n".join(kept), len(pages), stated


def check_pdf(pdf, header, needles, failures):
    text, pages, stated = pdf_text(pdf, header)
    failures.check(stated == {str(pages)}, f"{pdf}: footer says of {stated}, the PDF has {pages} pages")
    flat, at = squash(text), 0
    for n in needles:
        i = flat.find(squash(n), at)
        if not failures.check(i >= 0, f"{pdf}: {n[:70]!r} missing or out of order"):
            return
        at = i + len(squash(n))


def hostile_bundle(sample):
    """The sample with hostile text in the final revision, a statement and a signer."""
    b = json.loads(json.dumps(sample))
    rev = final_revision(b["declarations"][0])
    rev["operative"][0]["text"] = "Tabs\there\tand & < > \" ' {{title}} {{#x}}y{{/x}}\nsecond line\n\nfourth line"
    rev["operative"][2]["items"][0]["text"] = "Донаудампфшиффартсгезелшафт" * 20 + " Đorđević Hadžić Kakavijë"
    rev["preamble"][1]["text"] = "e\u0301 \u05d4\u05e6\u05d4\u05e8\u05d4 \u0625\u0639\u0644\u0627\u0646 \U0001F469\u200D\U0001F4BB \U0001F1F2\U0001F1F0"
    b["declarations"][0]["endorsements"][0]["signer"]["name"] = "Mirela <Dervishi> & \"{{name}}\""
    return b


def convert_to_pdf(docs, outdir, failures):
    """Converts `docs` with LibreOffice into `outdir`, which must not exist yet (so
    that every PDF found there was written by this conversion), and returns each
    DOCX's PDF. Fails the run on a non-zero exit, a missing or empty PDF, or a PDF
    that no DOCX of this run accounts for."""
    os.makedirs(outdir)
    profile = tempfile.mkdtemp(prefix="accord-lo-")
    try:
        convert = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                                  "pdf", "--outdir", outdir, *docs], capture_output=True, text=True, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    said = f"{convert.stdout}{convert.stderr}"
    if not failures.check(convert.returncode == 0, f"LibreOffice exited with {convert.returncode}: {said}"):
        failures.finish("render readers")
    pdfs = {d: os.path.join(outdir, os.path.basename(d)[:-5] + ".pdf") for d in docs}
    extra = sorted(set(os.listdir(outdir)) - {os.path.basename(p) for p in pdfs.values()})
    failures.check(not extra, f"LibreOffice wrote files no DOCX of this run accounts for: {extra}")
    for d, p in pdfs.items():
        if not failures.check(os.path.exists(p) and os.path.getsize(p) > 0 and os.path.getmtime(p) >= os.path.getmtime(d),
                              f"LibreOffice did not convert {d} into {p}: {said}"):
            failures.finish("render readers")
    return pdfs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    # Nothing from an earlier run may stand in for this one's output.
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    failures = Failures()
    sample = load(SAMPLE)
    declaration = sample["declarations"][0]
    out = lambda name: os.path.join(args.out, name)

    final_path = render(args.accord, SAMPLE, out("declaration.docx"))
    draft_path = render(args.accord, SAMPLE, out("declaration-r1.docx"), "--revision", "1")
    status_path = render(args.accord, SAMPLE, out("status.docx"), "--document", "status")
    impl_path = render(args.accord, SAMPLE, out("implementation.docx"), "--document", "implementation")
    hostile = hostile_bundle(sample)
    with open(out("hostile.json"), "w", encoding="utf-8") as f:
        json.dump(hostile, f, ensure_ascii=False)
    hostile_path = render(args.accord, out("hostile.json"), out("hostile.docx"))

    for p in (final_path, draft_path, status_path, impl_path):
        check_package(p, failures)
    check_package(hostile_path, failures, allow_braces=True)

    final_rev, first_rev = final_revision(declaration), declaration["revisions"][0]
    recitals, clauses, table = check_declaration_docx(final_path, sample, final_rev, True, failures)
    d_recitals, d_clauses, _ = check_declaration_docx(draft_path, sample, first_rev, False, failures)
    countries = check_status_docx(status_path, sample, failures)
    commitments = check_implementation_docx(impl_path, sample, failures)
    h_recitals, h_clauses, h_table = check_declaration_docx(hostile_path, hostile, final_revision(hostile["declarations"][0]),
                                                            True, failures)

    docs = (final_path, draft_path, status_path, impl_path, hostile_path)
    pdfs = convert_to_pdf(docs, os.path.join(args.out, "pdf"), failures)
    pdf = lambda p: pdfs[p]
    labelled = lambda cs: [label + " " + text for _, label, text in cs]
    check_pdf(pdf(final_path), "", recitals + labelled(clauses) + [final_rev["closingFormula"]] + table, failures)
    draft_header = f"DRAFT — revision 1 — {english_date(first_rev['createdAt'])}"
    check_pdf(pdf(draft_path), draft_header, d_recitals + labelled(d_clauses), failures)
    check_pdf(pdf(status_path), f"Endorsement status — as of {english_date('2017-10-15')}", countries, failures)
    check_pdf(pdf(impl_path), f"Implementation report — as of {english_date('2017-10-15')}", commitments, failures)
    # Emoji and right-to-left text depend on the fonts LibreOffice finds and on
    # pdftotext's reordering; python-docx checked them exactly above.
    check_pdf(pdf(hostile_path), "", labelled(h_clauses) + h_table, failures)
    failures.finish("render readers (python-docx, LibreOffice + pdftotext)")


if __name__ == "__main__":
    main()
