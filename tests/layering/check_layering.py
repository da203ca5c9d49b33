#!/usr/bin/env python3
"""The layering test: reads every #include under plugin/ and fails, naming file and
line, on an arrow that runs against the layers of the README ("What is where"):

    base <- domain <- app <- json <- {bundle, http}
            domain <- render
                      app <- {storage, security, mail}
    {json, bundle, storage, render, security, http} <- web <- plugin
    {json, bundle, storage, render, security} <- cli
    platform <- plugin, platform <- server (the host knows nothing else of Accord)

Adapters never include one another, with one exception: json, the wire shape of
records, which the bundle file and the API both speak. A file's layer is its
folder: plugin/include/accord/<layer>/ or plugin/src/<layer>/; plugin/server and
plugin/cli are the host and the command-line tool.

Usage: check_layering.py [PLUGIN_DIR]   (default: plugin/ beside tests/)
       check_layering.py --self-test    (shows that a wrong arrow is caught)
"""
import os
import re
import sys
import tempfile

ADAPTERS = {"json", "bundle", "storage", "render", "security", "http"}
ALLOWED = {
    "base": set(),
    "domain": {"base"},
    "app": {"domain", "base"},
    "json": {"app", "domain", "base"},
    "bundle": {"json", "app", "domain", "base"},
    "http": {"json", "app", "domain", "base"},
    "storage": {"app", "domain", "base"},
    "render": {"domain", "base"},
    "mail": {"app", "domain", "base"},
    "security": {"app", "domain", "base"},
    "web": ADAPTERS | {"app", "domain", "base"},
    "platform": set(),
    "plugin": ADAPTERS | {"mail", "web", "platform", "app", "domain", "base"},
    "cli": (ADAPTERS - {"http"}) | {"app", "domain", "base"},
    "server": {"platform"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of(relative):
    parts = relative.split(os.sep)
    if parts[0] == "include" and len(parts) > 2 and parts[1] == "accord":
        return parts[2]
    if parts[0] == "src" and len(parts) > 1:
        return parts[1]
    return parts[0]


def check(plugin_dir):
    problems = []
    for root, _, files in os.walk(plugin_dir):
        for name in sorted(files):
            if not name.endswith((".h", ".hpp", ".cpp", ".cc")):
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, plugin_dir)
            layer = layer_of(relative)
            shown = os.path.join("plugin", relative)
            if layer not in ALLOWED:
                problems.append(f"{shown}:1: folder '{layer}' is no layer; add it to the layering rules")
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(2)
                    if ".." in target.split("/"):
                        problems.append(f"{shown}:{number}: '{target}' reaches into another folder; "
                                        "include a layer's public header as \"accord/<layer>/...\"")
                        continue
                    if not target.startswith("accord/"):
                        continue
                    to = target.split("/")[1]
                    if to == layer:
                        continue
                    if to not in ALLOWED:
                        problems.append(f"{shown}:{number}: '{target}' names no layer")
                    elif to not in ALLOWED[layer]:
                        may = ", ".join(sorted(ALLOWED[layer])) or "no other layer"
                        problems.append(f"{shown}:{number}: {layer} may not include {target} "
                                        f"({layer} may include: {may})")
    return problems


def self_test():
    """The checker must catch a wrong arrow, a reach into another folder and an
    unknown folder, and pass a tree that keeps the rules."""
    with tempfile.TemporaryDirectory() as d:
        def write(relative, text):
            path = os.path.join(d, relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        write("src/app/ok.cpp", '#include "accord/domain/date.h"\n#include "support.h"\n')
        write("server/main.cpp", '#include "accord/platform/plugin.h"\n#include <Poco/Net/HTTPServer.h>\n')
        if check(d):
            return ["a tree that keeps the rules was refused: " + "; ".join(check(d))]
        write("src/domain/bad.cpp", '// one\n#include "accord/app/store.h"\n')
        write("src/storage/bad.cpp", '#include "accord/http/api.h"\n')
        write("src/web/bad.cpp", '#include "../http/call.h"\n')
        write("server/bad.cpp", '#include "accord/base/data_dir.h"\n')
        write("src/extra/x.cpp", "\n")
        found = check(d)
        expected = ["plugin/src/domain/bad.cpp:2: domain may not include accord/app/store.h",
                    "plugin/src/storage/bad.cpp:1: storage may not include accord/http/api.h",
                    "plugin/src/web/bad.cpp:1: '../http/call.h' reaches into another folder",
                    "plugin/server/bad.cpp:1: server may not include accord/base/data_dir.h",
                    "plugin/src/extra/x.cpp:1: folder 'extra' is no layer"]
        return [f"not caught: {e}" for e in expected if not any(p.startswith(e) for p in found)]


def main():
    if sys.argv[1:] == ["--self-test"]:
        failures = self_test()
    else:
        plugin_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "plugin")
        failures = check(os.path.normpath(plugin_dir))
    for f in failures:
        print(f)
    if failures:
        print(f"{len(failures)} include(s) against the layers", file=sys.stderr)
        return 1
    print("every include keeps the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
