#!/usr/bin/env python3
"""Every Akoma Ntoso document of the Skopje sample — each revision of each
declaration — rendered by the real `accord` binary, validated against the OASIS
schema by lxml (its own XMLSchema, not Accord's validator) and read back: one
recital per recital, one paragraph per operative clause with its number, one point
per sub-item, stable ids as wIds, a signature for every signing country of the
final text, FRBR identifiers in the original language. `accord validate` accepts
the document and names the schema.

usage: check_akn.py --accord BUILD/plugin/cli/accord --out DIR   (from the source tree)"""
import argparse
import os
import sys

from lxml import etree

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from render_check_lib import SAMPLE, Failures, country_names, final_revision, load, render, run_accord

AKN = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SCHEMA = "schema/akoma-ntoso/akomantoso30.xsd"
LANGUAGES = {"en": "eng", "fr": "fra", "mk": "mkd", "ru": "rus", "sq": "sqi"}  # ISO 639-2/T, as AKN names them


def xp(node, path):
    return node.xpath(path, namespaces=AKN)


def text(node):
    """An element's text as a reader sees it, <eol/> as a line break."""
    out = node.text or ""
    for child in node:
        out += "\n" if etree.QName(child).localname == "eol" else text(child)
        out += child.tail or ""
    return out


def check_units(f, parent, clauses, depth, where):
    """Each clause at `depth` is a paragraph (0) or point with its number, wId and text."""
    units = xp(parent, "a:paragraph" if depth == 0 else "a:list/a:point")
    f.check(len(units) == len(clauses), f"{where}: {len(units)} units for {len(clauses)} clauses")
    for i, (unit, clause) in enumerate(zip(units, clauses)):
        num = f"{i + 1}." if depth == 0 else f"({chr(ord('a') + i)})" if depth == 1 else None
        if num:
            f.check(xp(unit, "a:num/text()") == [num], f"{where}: clause {clause['id']} numbered {xp(unit, 'a:num/text()')}")
        f.check(unit.get("wId") == clause["id"], f"{where}: wId {unit.get('wId')} for {clause['id']}")
        body = xp(unit, "a:intro/a:p" if clause.get("items") else "a:content/a:p")
        f.check(len(body) == 1 and text(body[0]) == clause["text"], f"{where}: text of {clause['id']} differs")
        check_units(f, unit, clause.get("items", []), depth + 1, where)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    f = Failures()
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    bundle = load(SAMPLE)

    documents = 0
    for declaration in bundle["declarations"]:
        for revision in declaration["revisions"]:
            n = revision["number"]
            where = f"{declaration['id']} r{n}"
            names = country_names(bundle, revision["createdAt"])  # as on the revision's day
            out = render(args.accord, SAMPLE, os.path.join(args.out, f"{declaration['id']}-r{n}.akn.xml"),
                         "--declaration", declaration["id"], "--revision", str(n))
            documents += 1
            doc = etree.parse(out)
            if not f.check(schema.validate(doc), f"{where}: not valid: {schema.error_log.last_error}"):
                continue
            root = doc.getroot()
            f.check(xp(root, "/a:akomaNtoso/a:statement/@name") == ["declaration"], f"{where}: not a declaration statement")
            f.check(xp(root, "//a:FRBRExpression/a:FRBRlanguage/@language") == ["eng"], f"{where}: language")
            f.check(xp(root, "//a:FRBRWork/a:FRBRcountry/@value") == ["osce"], f"{where}: jurisdiction")
            recitals = xp(root, "//a:preamble/a:recitals/a:recital")
            f.check([r.get("wId") for r in recitals] == [r["id"] for r in revision.get("preamble", [])],
                    f"{where}: recitals {[r.get('wId') for r in recitals]}")
            for element, recital in zip(recitals, revision.get("preamble", [])):
                lead = recital.get("leadPhrase")
                expected = (lead + " " if lead else "") + recital["text"]
                f.check(text(xp(element, "a:p")[0]) == expected, f"{where}: recital {recital['id']} differs")
            check_units(f, xp(root, "//a:mainBody")[0], revision["operative"], 0, where)

            final = declaration.get("finalRevision") == n
            signers = [e for e in declaration.get("endorsements", [])
                       if e["status"] in ("endorsed", "endorsed_ad_referendum")] if final else []
            locations = xp(root, "//a:conclusions//a:signature/a:location/text()")
            f.check(sorted(locations) == sorted(names[e["country"]] for e in signers),
                    f"{where}: signatures for {locations}")
            persons = xp(root, "//a:conclusions//a:signature/a:person/text()")
            f.check(sorted(persons) == sorted(e["signer"]["name"] for e in signers if e.get("signer")),
                    f"{where}: signers {persons}")

    f.check(documents >= 3, f"only {documents} AKN documents in the sample")

    # One Expression per language version: the French text of the final revision is
    # an Expression of the same Work in French, naming the English one its master.
    declaration = bundle["declarations"][0]
    revision = final_revision(declaration)
    n = revision["number"]
    french = next(v for v in declaration["languageVersions"] if v["language"] == "fr" and v["revision"] == n)
    out = render(args.accord, SAMPLE, os.path.join(args.out, f"{declaration['id']}-r{n}-fr.akn.xml"),
                 "--declaration", declaration["id"], "--language", "fr")
    doc = etree.parse(out)
    if f.check(schema.validate(doc), f"French AKN not valid: {schema.error_log.last_error}"):
        root = doc.getroot()
        english_uri = xp(root, "//a:FRBRWork/a:FRBRuri/@value")[0] + f"/eng@r{n}"
        f.check(xp(root, "//a:FRBRExpression/a:FRBRlanguage/@language") == ["fra"], "French AKN: language")
        f.check(xp(root, "//a:FRBRExpression/a:FRBRuri/@value")[0].endswith(f"/fra@r{n}"), "French AKN: Expression IRI")
        f.check(xp(root, "//a:FRBRExpression/a:FRBRmasterExpression/@href") == [english_uri],
                f"French AKN: master {xp(root, '//a:FRBRExpression/a:FRBRmasterExpression/@href')}")
        texts = [text(p) for p in xp(root, "//a:mainBody//a:p")]
        translated = [u["text"] for u in french["units"] if u["unit"].startswith("op")]
        f.check(translated and all(t in texts for t in translated), "French AKN: the clauses are not the French text")
        documents += 1
    # Every language version of the final text exports as its own valid AKN document:
    # the same Work, an Expression of its own in that language (FRBRlanguage, IRI),
    # each naming the English one its master.
    work = None
    expressions = set()
    for version in declaration["languageVersions"]:
        if version["revision"] != n:
            continue
        language = version["language"]
        where = f"{language} AKN"
        out = render(args.accord, SAMPLE, os.path.join(args.out, f"{declaration['id']}-r{n}-all-{language}.akn.xml"),
                     "--declaration", declaration["id"], "--language", language)
        doc = etree.parse(out)
        if not f.check(schema.validate(doc), f"{where} not valid: {schema.error_log.last_error}"):
            continue
        root = doc.getroot()
        code = LANGUAGES[language]
        f.check(xp(root, "//a:FRBRExpression/a:FRBRlanguage/@language") == [code], f"{where}: language")
        uri = xp(root, "//a:FRBRExpression/a:FRBRuri/@value")[0]
        f.check(uri.endswith(f"/{code}@r{n}"), f"{where}: Expression IRI {uri}")
        expressions.add(uri)
        this_work = xp(root, "//a:FRBRWork/a:FRBRuri/@value")[0]
        f.check(work in (None, this_work), f"{where}: another Work {this_work}")
        work = this_work
        f.check(xp(root, "//a:FRBRExpression/a:FRBRmasterExpression/@href") == [this_work + f"/eng@r{n}"],
                f"{where}: master")
        texts = [text(p) for p in xp(root, "//a:mainBody//a:p")]
        ops = [u["text"] for u in version["units"] if u["unit"].startswith("op")]
        f.check(ops and all(t in texts for t in ops), f"{where}: the clauses are not its own text")
        documents += 1
    f.check(len(expressions) >= 2, f"only {len(expressions)} language versions exported: {expressions}")

    last = os.path.join(args.out, os.listdir(args.out)[0])
    proc = run_accord(args.accord, "validate", last, expect=None)
    f.check(proc.returncode == 0 and "akomantoso30.xsd" in proc.stdout, f"accord validate: {proc.stdout}{proc.stderr}")
    f.finish(f"{documents} Akoma Ntoso documents of the Skopje sample")


if __name__ == "__main__":
    main()
