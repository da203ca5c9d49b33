#!/usr/bin/env python3
"""Every message key the web adapter's C++ names is in the English catalogue.

The pages ask the catalogue for their words at run time (Wording, catalogue.h),
and a key English lacks is a programming error that would answer 500. This reads
every string literal in plugin/src/web/*.cpp that has the shape of a key under one
of the catalogue's prefixes ("flash.invited", "label.timeliness.overdue") and
checks it is there; a literal that ends with "." ("label.delegate_role." +
toString(role)) must start at least one key. Usage: check_catalogue_keys.py [REPO]."""
import glob
import json
import os
import re
import sys


def without_comment(line):
    """The line up to a // that is outside every string literal."""
    at = line.find("//")
    while at >= 0:
        if line[:at].count('"') % 2 == 0:
            return line[:at]
        at = line.find("//", at + 2)
    return line


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else "."
    english = json.load(open(os.path.join(repo, "templates/html/messages.en.json"), encoding="utf-8"))["messages"]
    prefixes = {k.split(".")[0] for k in english}
    literal = re.compile(r'"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\.?)"')
    missing, checked = [], 0
    for path in sorted(glob.glob(os.path.join(repo, "plugin/src/web/*.cpp"))):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            for key in literal.findall(without_comment(line)):
                if key.split(".")[0] not in prefixes or key.endswith((".h", ".cpp", ".json", ".mustache", ".ics", ".csv")):
                    continue
                checked += 1
                known = any(k.startswith(key) for k in english) if key.endswith(".") else key in english
                if not known:
                    missing.append("%s:%d: %s" % (os.path.relpath(path, repo), number, key))
    for m in missing:
        print("not in messages.en.json:", m)
    print("%d message keys named in the web adapter's code, %d missing" % (checked, len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
