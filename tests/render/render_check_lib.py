"""Shared by the render checks that run the real `accord` binary: running it,
and what a reader should find in a rendered document, worked out from the bundle
JSON itself (not from Accord's C++), so that the checks stay independent."""
import datetime
import json
import subprocess
import sys
import xml.dom.minidom
import zipfile

SAMPLE = "samples/skopje-2016/skopje-2016.json"
COUNTRIES = "samples/reference/countries.json"
TODAY = "2017-10-15"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Failures:
    """Collects every failed expectation, so one run reports them all."""

    def __init__(self):
        self.items = []

    def check(self, condition, message):
        if not condition:
            self.items.append(message)
        return condition

    def finish(self, what):
        if self.items:
            print(f"FAILED: {what}: {len(self.items)} problem(s)")
            for m in self.items:
                print("  - " + m)
            sys.exit(1)
        print(f"ok: {what}")


def run_accord(accord, *args, expect=0):
    proc = subprocess.run([accord, *args], capture_output=True, text=True)
    if expect is not None and proc.returncode != expect:
        sys.exit(f"accord {' '.join(args)} exited {proc.returncode}, expected {expect}:\n"
                 f"{proc.stdout}{proc.stderr}")
    return proc


def render(accord, bundle, out, *extra):
    run_accord(accord, "render", bundle, "--today", TODAY, "-o", out, *extra)
    return out


def english_date(iso):
    d = datetime.date.fromisoformat(iso[:10])
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def country_names(bundle, on=None, language="en"):
    """Display names in `language` as on the day `on` (ISO, e.g. a revision's date):
    the reference list, overridden by the bundle; a former name whose [from, until)
    holds `on` instead of the current one."""
    names = {}
    for c in load(COUNTRIES)["countries"] + bundle.get("countries", []):
        shown = c.get("displayName") or c["name"]
        mark = shown[len(c["name"]):] if shown.startswith(c["name"]) else ""
        local = c.get("names", {}).get(language)
        names[c["code"]] = local + mark if language != "en" and local else shown
    if on:
        day = on[:10]
        for c in load(COUNTRIES)["countries"]:
            for former in c.get("formerNames", []):
                if former.get("from", "0000-00-00") <= day < former["until"]:
                    names[c["code"]] = former.get("names", {}).get(language) if language != "en" and \
                        former.get("names", {}).get(language) else former["name"]
    return names


def final_revision(declaration):
    number = declaration.get("finalRevision") or declaration["revisions"][-1]["number"]
    return next(r for r in declaration["revisions"] if r["number"] == number)


def roman(n):
    out = ""
    for value, text in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]:
        while n >= value:
            out, n = out + text, n - value
    return out


def clause_label(depth, index):
    if depth == 0:
        return f"{index + 1}."
    if depth == 1:
        return "(" + chr(ord("a") + index % 26) * (index // 26 + 1) + ")"
    return f"({roman(index + 1)})"


def flatten_clauses(clauses, depth=0):
    """[(depth, label, text)] in reading order."""
    out = []
    for i, c in enumerate(clauses):
        out.append((depth, clause_label(depth, i), c["text"]))
        out.extend(flatten_clauses(c.get("items", []), depth + 1))
    return out


def recital_text(recital):
    lead = recital.get("leadPhrase") or ""
    return (lead + " " if lead else "") + recital["text"]


def check_package(path, failures, allow_braces=False):
    """The OPC package: a sound ZIP, content types first, no folder entries, every
    XML part well-formed, every part typed, no Mustache tag left over."""
    with zipfile.ZipFile(path) as z:
        failures.check(z.testzip() is None, f"{path}: a ZIP entry fails its CRC")
        names = z.namelist()
        failures.check(names[0] == "[Content_Types].xml", f"{path}: first entry is {names[0]}")
        failures.check(not any(n.endswith("/") for n in names), f"{path}: folder entries {names}")
        failures.check(all(i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist()),
                       f"{path}: not every entry is deflated")
        failures.check(all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist()),
                       f"{path}: entry dates are not fixed")
        types = xml.dom.minidom.parseString(z.read("[Content_Types].xml"))
        defaults = {e.getAttribute("Extension") for e in types.getElementsByTagName("Default")}
        overrides = {e.getAttribute("PartName") for e in types.getElementsByTagName("Override")}
        for name in names:
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                try:
                    xml.dom.minidom.parseString(data)
                except Exception as e:  # any parser error means a broken part
                    failures.check(False, f"{path}: {name} is not well-formed XML: {e}")
            failures.check("/" + name in overrides or name.rsplit(".", 1)[-1] in defaults,
                           f"{path}: {name} has no content type")
            if not allow_braces:
                text = data.decode("utf-8", "replace")
                failures.check("{{" not in text and "}}" not in text, f"{path}: {name} holds a Mustache tag")
