#!/usr/bin/env python3
"""The Skopje declaration in other languages, read back by independent readers
(python-docx and pandoc): French from the sample's own language version, Russian
and Arabic from versions this check adds to a copy of the sample (test data, made
up here); labels, dates and country names in each language, the country's 2016
name in a 2016 document and its current name in a 2026 one, and the parallel
DOCX keeping each unit and its translation on the same table row.

usage: check_languages.py --accord BUILD/plugin/cli/accord --out DIR"""
import argparse
import copy
import json
import os
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import docx  # python3-docx (Debian)
from lxml import etree  # python-docx's own XML library

W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
LOCALES = {"en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "ar": "ar-SA"}

from render_check_lib import SAMPLE, Failures, final_revision, flatten_clauses, load, run_accord

FORMER_FR = "l’ex-République yougoslave de Macédoine"
FORMER_RU = "бывшая югославская Республика Македония"


def unit_ids(revision):
    ids = [r["id"] for r in revision["preamble"]]

    def walk(clauses):
        for c in clauses:
            ids.append(c["id"])
            walk(c.get("items", []))
    walk(revision["operative"])
    return ids


def with_versions(sample, out):
    """The sample with Russian and Arabic versions of its final revision (made-up text)."""
    bundle = copy.deepcopy(sample)
    declaration = bundle["declarations"][0]
    revision = final_revision(declaration)
    for language, words, title in [("ru", "Текст пункта", "Совместная декларация"),
                                   ("ar", "نص البند", "إعلان مشترك")]:
        declaration["languageVersions"].append({
            "revision": revision["number"], "language": language, "state": "draft", "translator": "check_languages.py",
            "authentic": False, "title": title,
            "units": [{"unit": u, "leadPhrase": "", "text": f"{words} {u}", "sourceRevision": revision["number"]}
                      for u in unit_ids(revision)],
            "closingFormula": f"{words} closing", "closingSourceRevision": revision["number"],
            "verifiedBy": "", "verifiedAt": None})
    path = os.path.join(out, "skopje-languages.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False)
    return path


def document_text(path):
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            texts.extend(c.text for c in row.cells)
    return "\n".join(texts)


def pandoc_text(path):
    # Standalone, so that the Title paragraph (pandoc's metadata title) is printed too.
    return subprocess.run(["pandoc", "-s", "-t", "plain", "--wrap=none", path], capture_output=True, text=True,
                          check=True).stdout


def check_proofing(f, path, language, what):
    """Word and LibreOffice spell-check in the document's language: the default run
    properties name its locale (w:lang w:val="fr-FR"), a right-to-left language also
    as the complex-script language (w:bidi) with right-to-left paragraphs and runs."""
    styles = etree.fromstring(zipfile.ZipFile(path).read("word/styles.xml"))
    lang = styles.xpath("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang", namespaces=W)
    val = lambda e, a: e.get("{%s}%s" % (W["w"], a))
    f.check(len(lang) == 1 and val(lang[0], "val") == LOCALES[language],
            f"{what}: w:lang is {[val(e, 'val') for e in lang]}, not {LOCALES[language]}")
    rtl = language == "ar"
    bidi = lang[0].get("{%s}bidi" % W["w"]) if lang else None
    f.check((bidi == LOCALES[language]) == rtl, f"{what}: w:lang w:bidi is {bidi}")
    paragraphs = styles.xpath("/w:styles/w:docDefaults/w:pPrDefault/w:pPr/w:bidi", namespaces=W)
    runs = styles.xpath("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rtl", namespaces=W)
    f.check(bool(paragraphs) == rtl and bool(runs) == rtl,
            f"{what}: right-to-left defaults {len(paragraphs)} bidi, {len(runs)} rtl")


def check_language(f, accord, bundle_path, out, language, needles, what):
    path = os.path.join(out, f"skopje-{language}.docx")
    run_accord(accord, "render", bundle_path, "--language", language, "--today", "2017-10-15", "-o", path)
    for reader, text in [("python-docx", document_text(path)), ("pandoc", pandoc_text(path))]:
        for needle in needles:
            f.check(needle in text, f"{what} ({reader}): {needle!r} missing")
        f.check("North Macedonia" not in text, f"{what} ({reader}): the 2016 text prints the current name")
    # Spelling and hyphenation follow the document's language, not a fixed en-GB.
    check_proofing(f, path, language, what)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    f = Failures()
    a = args.accord
    sample = load(SAMPLE)
    declaration = sample["declarations"][0]
    revision = final_revision(declaration)
    french = next(v for v in declaration["languageVersions"] if v["language"] == "fr")
    bundle = with_versions(sample, args.out)

    # French: the sample's own version, French labels, dates and the 2016 name.
    check_language(f, a, bundle, args.out, "fr",
                   [french["title"], french["units"][3]["text"], french["closingFormula"], "Approbations",
                    "Signataire", "28 octobre 2016", FORMER_FR], "French declaration")
    # Russian: labels, "28 октября 2016 г." and the 2016 name in Russian.
    check_language(f, a, bundle, args.out, "ru",
                   ["Совместная декларация", "Текст пункта op-vi-b", "Одобрения", "Подписавший",
                    "28 октября 2016 г.", FORMER_RU], "Russian declaration")

    # The country's name as at the document's date: a status report as of 2016 and
    # one as of 2026, in English and in French.
    for today, language, expected, absent in [
            ("2016-10-28", "en", "the former Yugoslav Republic of Macedonia", "North Macedonia"),
            ("2026-01-15", "en", "North Macedonia", "former Yugoslav"),
            ("2016-10-28", "fr", FORMER_FR, "Macédoine du Nord"),
            ("2026-01-15", "fr", "Macédoine du Nord", "ex-République")]:
        path = os.path.join(args.out, f"status-{today}-{language}.docx")
        run_accord(a, "render", bundle, "--document", "status", "--today", today, "--language", language, "-o", path)
        text = document_text(path)
        check_proofing(f, path, language, f"status as of {today}")
        f.check(expected in text, f"status as of {today} ({language}): {expected!r} missing")
        f.check(absent not in text, f"status as of {today} ({language}): {absent!r} printed")

    # Parallel: one row per unit (title, units, closing formula), each row the same
    # unit in both languages; no borders.
    path = os.path.join(args.out, "skopje-en-ru.docx")
    run_accord(a, "render", bundle, "--parallel", "en,ru", "-o", path)
    d = docx.Document(path)
    f.check(len(d.tables) == 1, f"parallel: {len(d.tables)} tables")
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    ids = unit_ids(revision)
    english = [declaration["title"]] + [r["text"] for r in revision["preamble"]] + \
        [c[2] for c in flatten_clauses(revision["operative"])] + [revision["closingFormula"]]
    russian = ["Совместная декларация"] + [f"Текст пункта {u}" for u in ids] + ["Текст пункта closing"]
    f.check(len(rows) == len(english), f"parallel: {len(rows)} rows for {len(english)} units")
    for row, en, ru in zip(rows, english, russian):
        f.check(len(row) == 2 and en.replace("\n", "") in row[0].replace("\n", "") and row[1].endswith(ru),
                f"parallel: row {row!r} does not pair {en[:40]!r} with {ru!r}")
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    f.check('<w:insideV w:val="nil"/>' in body and '<w:top w:val="nil"/>' in body, "parallel: the table has borders")
    f.check("<w:cantSplit/>" in body, "parallel: rows may split across pages")
    f.check("<w:bidi/>" not in body, "parallel: left-to-right text marked right-to-left")

    # Arabic alone: the whole document right to left, proofed in Arabic.
    check_language(f, a, bundle, args.out, "ar", ["إعلان مشترك", "نص البند op-vi-b"], "Arabic declaration")

    # Right-to-left: Arabic beside English keeps its direction.
    path = os.path.join(args.out, "skopje-en-ar.docx")
    run_accord(a, "render", bundle, "--parallel", "en,ar", "-o", path)
    d = docx.Document(path)
    right = [r.cells[1]._tc for r in d.tables[0].rows]
    bidi = sum(1 for tc in right if tc.xpath(".//w:pPr/w:bidi"))
    rtl = sum(1 for tc in right if tc.xpath(".//w:rPr/w:rtl"))
    f.check(bidi == len(right) and rtl == len(right), f"Arabic column: {bidi} bidi, {rtl} rtl of {len(right)} cells")
    left = [r.cells[0]._tc for r in d.tables[0].rows]
    f.check(not any(tc.xpath(".//w:bidi") for tc in left), "English column marked right-to-left")

    # Refusals: a language without a complete version, a bad tag, both options.
    for extra, pattern in [(["--language", "de"], "no 'de' version"), (["--language", "d<e"], "language"),
                           (["--language", "fr", "--parallel", "en,fr"], "parallel")]:
        proc = run_accord(a, "render", bundle, *extra, "-o", os.path.join(args.out, "refused.docx"), expect=None)
        f.check(proc.returncode != 0 and pattern in proc.stderr, f"{extra}: exit {proc.returncode}, {proc.stderr!r}")
    f.check(not os.path.exists(os.path.join(args.out, "refused.docx")), "a refused render left a file")
    f.finish("declarations in other languages")


if __name__ == "__main__":
    main()
