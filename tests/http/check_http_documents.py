#!/usr/bin/env python3
"""Reads back the documents the HTTP scenario downloaded (http_scenario_tests
leaves them in --dir with bundle.json, what they must say) with readers that share
no code with Accord: python-docx and LibreOffice + pdftotext through the render
suite's own checks (tests/render), and lxml validating every XML against the XSDs
in schema/. A document that does not open, does not validate, or does not say
what the API was told, fails.

usage: check_http_documents.py --dir DIR   (from the source tree)"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "render"))

from lxml import etree  # noqa: E402

from check_readers import (check_declaration_docx, check_implementation_docx, check_pdf, convert_to_pdf,  # noqa: E402
                           check_status_docx)
from render_check_lib import Failures, check_package, english_date, flatten_clauses  # noqa: E402

PREFIX = "skopje-joint-declaration"
TODAY = "2017-10-15"


def schemas():
    """Every XSD of schema/, by target namespace."""
    out = {}
    for path in glob.glob("schema/*.xsd"):
        doc = etree.parse(path)
        out[doc.getroot().get("targetNamespace")] = etree.XMLSchema(doc)
    return out


def check_xml(path, by_namespace, failures, needles=()):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        doc = etree.parse(path, parser)
    except etree.XMLSyntaxError as e:
        failures.check(False, f"{path}: not well-formed: {e}")
        return
    namespace = etree.QName(doc.getroot()).namespace
    schema = by_namespace.get(namespace)
    if not failures.check(schema is not None, f"{path}: no schema for namespace {namespace}"):
        return
    failures.check(schema.validate(doc), f"{path}: invalid: {schema.error_log}")
    text = "".join(doc.getroot().itertext())
    for n in needles:
        failures.check(n in text, f"{path}: {n[:60]!r} missing")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    args = ap.parse_args()
    at = lambda name: os.path.join(args.dir, name)
    failures = Failures()
    with open(at("bundle.json"), encoding="utf-8") as f:
        bundle = json.load(f)
    declaration = bundle["declarations"][0]
    revisions = {r["number"]: r for r in declaration["revisions"]}
    final_rev, first_rev = revisions[declaration["finalRevision"]], revisions[1]

    final_docx, draft_docx = at(f"{PREFIX}-r2-final.docx"), at(f"{PREFIX}-r1-draft.docx")
    status_docx = at(f"{PREFIX}-endorsement-status-{TODAY}.docx")
    impl_docx = at(f"{PREFIX}-implementation-{TODAY}.docx")
    check_package(final_docx, failures, allow_braces=True)  # the text itself holds "{{title}}"
    for p in (draft_docx, status_docx, impl_docx):
        check_package(p, failures)
    recitals, clauses, table = check_declaration_docx(final_docx, bundle, final_rev, True, failures)
    d_recitals, d_clauses, _ = check_declaration_docx(draft_docx, bundle, first_rev, False, failures)
    check_status_docx(status_docx, bundle, failures)
    check_implementation_docx(impl_docx, bundle, failures)

    by_namespace = schemas()
    final_text = [c[2] for c in flatten_clauses(final_rev["operative"])]
    check_xml(at(f"{PREFIX}-r2-final.xml"), by_namespace, failures, final_text + ["Mirela Dervishi"])
    check_xml(at(f"{PREFIX}-r1-draft.xml"), by_namespace, failures,
              [c[2] for c in flatten_clauses(first_rev["operative"])])
    check_xml(at(f"{PREFIX}-endorsement-status-{TODAY}.xml"), by_namespace, failures, ["Elena Petrovska"])
    check_xml(at(f"{PREFIX}-implementation-{TODAY}.xml"), by_namespace, failures,
              [c["text"] for c in declaration["commitments"]])

    # A folder made afresh for this conversion: no PDF of an earlier run can pass.
    pdf_dir = tempfile.mkdtemp(prefix="accord-pdf-", dir=args.dir)
    os.rmdir(pdf_dir)
    pdfs = convert_to_pdf((final_docx, draft_docx), pdf_dir, failures)
    pdf = lambda p: pdfs[p]
    labelled = lambda cs: [label + " " + text for _, label, text in cs]
    check_pdf(pdf(final_docx), "", recitals + labelled(clauses) + table, failures)
    check_pdf(pdf(draft_docx), f"DRAFT — revision 1 — {english_date(first_rev['createdAt'])}",
              d_recitals + labelled(d_clauses), failures)
    failures.finish("HTTP documents (python-docx, LibreOffice + pdftotext, lxml + XSD)")


if __name__ == "__main__":
    main()
