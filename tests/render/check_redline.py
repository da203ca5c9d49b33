"""The redline (accord render --document redline) read back by independent readers:
pandoc accepting every tracked change gives revision M's text and rejecting every
one gives revision N's, paragraph by paragraph; LibreOffice (through python3-uno)
sees the tracked changes and, accepting or rejecting them all, stores M's or N's
text; python-docx opens it, and every change is by M's author at M's time. On the
Skopje sample's revisions 1->2, 2->3, 1->3 (and back, 3->1), and on hostile text.
What each revision reads as is worked out from the bundle JSON, not from Accord."""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import zipfile

import docx

from render_check_lib import SAMPLE, Failures, check_package, flatten_clauses, load, recital_text, run_accord

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The hostile-text table of tests/render/hostile_text_tests.cpp, as text a clause may hold.
HOSTILE = [
    "Fish & chips < 5 > 3 \"quoted\" 'apostrophe' &amp; &#x41;",
    "{{title}} {{#x}}section{{/x}} {{{raw}}} {{> partial}} {{=<% %>=}}",
    "]]> <![CDATA[ x ]]> <!-- not a comment -->",
    "\u0625\u0639\u0644\u0627\u0646 \u0645\u0634\u062a\u0631\u0643 and \u05d4\u05e6\u05d4\u05e8\u05d4 mixed",
    "Zoe\u0308 n\u0303 a\u030a\u0301 \u1e9b\u0323",
    "\u0417\u0430\u0435\u0434\u043d\u0438\u0447\u043a\u0430 \u0403 \u0110or\u0111evi\u0107 Had\u017ei\u0107 Szab\u00f3 Kakavij\u00eb",
    "w" * 3000,
    "a\tb\t\tc",
    "first line\nsecond line\n\nfourth line\n",
    "\U0001F469\u200D\U0001F4BB \U0001F1F2\U0001F1F0 \U0001F44D\U0001F3FD \u2705",
    "  two leading, two trailing  ",
    "\u00ab{{x}}\u00bb\t&\n\u05d0 e\u0301 \U0001F600 <b>not bold</b>",
]


def revision(bundle, n):
    return next(r for r in bundle["declarations"][0]["revisions"] if r["number"] == n)


def expected_paragraphs(rev):
    """The body of a revision: recitals, numbered clauses, closing formula, one
    paragraph each (a line break inside a clause stays inside its paragraph)."""
    out = [recital_text(r) for r in rev.get("preamble", [])]
    out += [label + " " + text for _, label, text in flatten_clauses(rev["operative"])]
    if rev.get("closingFormula"):
        out.append(rev["closingFormula"])
    return [flat(p) for p in out]


def expected_text(rev):
    return "\n".join(expected_paragraphs(rev))


def flat(text):
    """Whitespace runs (spaces, tabs, line breaks) as one space: plain text as
    pandoc prints it."""
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(text):
    """pandoc's plain text as paragraphs (separated by blank lines; a line break
    inside a paragraph is a single newline)."""
    return [p for p in (flat(p) for p in re.split(r"\n[ \t]*\n", text)) if p]


def pandoc(path, mode):
    return subprocess.run(["pandoc", f"--track-changes={mode}", "-f", "docx", "-t", "plain", "--wrap=none", path],
                          capture_output=True, text=True, check=True).stdout


def check_pandoc(path, older, newer, failures):
    for mode, rev in (("accept", newer), ("reject", older)):
        got, want = paragraphs(pandoc(path, mode)), expected_paragraphs(rev)
        # The title and subtitles come first (pandoc may keep them as metadata); the body is the rest.
        body = got[len(got) - len(want):] if len(got) >= len(want) else got
        if not failures.check(len(got) - len(want) in range(0, 4),
                              f"{path}: pandoc {mode}: {len(got)} paragraphs for {len(want)} of revision {rev['number']}"):
            continue
        for i, (g, w) in enumerate(zip(body, want)):
            if not failures.check(g == w, f"{path}: pandoc {mode} paragraph {i}: {g[:90]!r} != {w[:90]!r}"):
                break


def squash(text):
    return re.sub(r"\s+", "", text.lstrip("\ufeff"))


class LibreOffice:
    """One headless soffice for the run, driven over a socket with python3-uno."""

    def __init__(self):
        import uno
        self.uno = uno
        self.profile = tempfile.mkdtemp(prefix="accord-lo-redline-")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
             f"-env:UserInstallation=file://{self.profile}",
             f"--accept=socket,host=127.0.0.1,port={self.port};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 60
        while True:
            try:
                self.ctx = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def prop(self, name, value):
        from com.sun.star.beans import PropertyValue
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    def text_after(self, path, command):
        """(number of tracked changes, the text once `command` applied them all)."""
        url = self.uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (self.prop("Hidden", True),))
        try:
            count = doc.Redlines.Count
            frame = doc.getCurrentController().getFrame()
            self.dispatcher.executeDispatch(frame, command, "", 0, ())
            out = os.path.abspath(path) + "." + command.rsplit(":", 1)[-1] + ".txt"
            doc.storeToURL(self.uno.systemPathToFileUrl(out),
                           (self.prop("FilterName", "Text (encoded)"), self.prop("FilterOptions", "UTF8,LF")))
            with open(out, encoding="utf-8") as f:
                return count, f.read()
        finally:
            doc.close(True)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def check_libreoffice(lo, path, older, newer, failures):
    for command, rev in ((".uno:AcceptAllTrackedChanges", newer), (".uno:RejectAllTrackedChanges", older)):
        count, text = lo.text_after(path, command)
        failures.check(count > 0, f"{path}: LibreOffice sees no tracked change")
        failures.check(squash(text).endswith(squash(expected_text(rev))),
                       f"{path}: LibreOffice {command}: the text is not revision {rev['number']}'s: "
                       f"{text[-300:]!r}")


def check_python_docx(path, newer, failures):
    """python-docx opens it; every insertion and deletion (runs and paragraph marks)
    is by the newer revision's author at its time, with a unique id."""
    document = docx.Document(path)
    body = document.element.body
    marks = [e for e in body.iter() if e.tag in (W + "ins", W + "del")]
    failures.check(marks, f"{path}: no w:ins or w:del at all")
    ids = [m.get(W + "id") for m in marks]
    failures.check(len(ids) == len(set(ids)), f"{path}: w:id repeats")
    for m in marks:
        failures.check(m.get(W + "author") == newer["author"] and m.get(W + "date") == newer["createdAt"],
                       f"{path}: a change by {m.get(W + 'author')} at {m.get(W + 'date')}")
    for d in body.iter(W + "del"):
        failures.check(not list(d.iter(W + "t")), f"{path}: deleted text outside w:delText")


def render_redline(accord, bundle, out, n, m):
    run_accord(accord, "render", bundle, "--document", "redline", "--from", str(n), "--to", str(m), "-o", out)
    return out


def hostile_bundle(sample):
    """Revision 4: revision 3 with the hostile texts in its clauses and a recital,
    one clause moved to the end and one deleted."""
    b = json.loads(json.dumps(sample))
    revs = b["declarations"][0]["revisions"]
    r = json.loads(json.dumps(revs[-1]))
    r["number"] = revs[-1]["number"] + 1
    flat = []

    def walk(clauses):
        for c in clauses:
            flat.append(c)
            walk(c.get("items", []))
    walk(r["operative"])
    for i, text in enumerate(HOSTILE):
        flat[i % len(flat)]["text"] = text if i < len(flat) else flat[i % len(flat)]["text"] + " " + text
    r["preamble"][1]["text"] = HOSTILE[-1]
    r["operative"].append(r["operative"].pop(0))
    r["operative"].pop(1)
    revs.append(r)
    decl = b["declarations"][0]
    decl.pop("finalRevision", None)
    decl["status"] = "drafting"
    decl["endorsements"] = []
    decl["commitments"] = []
    return b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    failures = Failures()
    sample = load(SAMPLE)
    hostile = hostile_bundle(sample)
    hostile_path = os.path.join(args.out, "hostile.json")
    with open(hostile_path, "w", encoding="utf-8") as f:
        json.dump(hostile, f, ensure_ascii=False)

    cases = [(SAMPLE, sample, 1, 2), (SAMPLE, sample, 2, 3), (SAMPLE, sample, 1, 3), (SAMPLE, sample, 3, 1),
             (hostile_path, hostile, 3, 4), (hostile_path, hostile, 4, 1)]
    rendered = []
    for bundle_path, bundle, n, m in cases:
        name = f"{os.path.basename(bundle_path).split('.')[0]}-r{n}-r{m}.docx"
        path = render_redline(args.accord, bundle_path, os.path.join(args.out, name), n, m)
        again = render_redline(args.accord, bundle_path, os.path.join(args.out, "again-" + name), n, m)
        with open(path, "rb") as a, open(again, "rb") as b:
            failures.check(a.read() == b.read(), f"{path}: two renders differ")
        check_package(path, failures, allow_braces=bundle is hostile)
        older, newer = revision(bundle, n), revision(bundle, m)
        check_pandoc(path, older, newer, failures)
        check_python_docx(path, newer, failures)
        rendered.append((path, older, newer))

    lo = LibreOffice()
    try:
        for path, older, newer in rendered:
            check_libreoffice(lo, path, older, newer, failures)
    finally:
        lo.close()
    failures.finish("redline readers (pandoc, LibreOffice + python3-uno, python-docx)")


if __name__ == "__main__":
    main()
