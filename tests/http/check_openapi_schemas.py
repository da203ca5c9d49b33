#!/usr/bin/env python3
"""Checks that the OpenAPI document accord-server serves is true of its answers:
starts the real server on a fresh database (the Skopje sample, 127.0.0.1, port 0),
calls every GET operation and a run of writes, and validates every body against
the schema the document gives for that operation, status and media type, with
python3-jsonschema (Draft 2020-12). Schemas forbid unknown properties, so a field
added to an answer and not to the document fails here.

Requests are signed in like any client's: the sample accounts are made with
`accord seed-accounts` (as ./run does) and each actor signs in with
POST /api/v1/session for its bearer token.

usage: check_openapi_schemas.py --server BUILD/.../accord-server --cli BUILD/plugin/cli/accord"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import jsonschema

IDS = {"/api/v1/conferences/": "skopje-2016", "/api/v1/declarations/": "skopje-joint-declaration",
       "/api/v1/commitments/": "cm-common-indicators"}
PARAMS = {"{country}": "MK", "{n}": "1", "{report}": "rp-ci-mk-1", "{name}": "monitor",
          "{person}": "nina-suomalainen", "{organization}": "osce-mission-skopje"}


class Server:
    def __init__(self, binary, cli):
        self.dir = tempfile.mkdtemp(prefix="accord-openapi-")
        storage = f"sqlite:{self.dir}/accord.db"
        accounts = f"{self.dir}/sample-accounts.txt"
        subprocess.run([cli, "seed-accounts", f"--storage={storage}", f"--out={accounts}"], check=True,
                       stdout=subprocess.DEVNULL)
        self.passwords = {}
        with open(accounts) as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 3 and not line.startswith("#"):
                    self.passwords[fields[0]] = fields[1]
        self.tokens = {}
        self.proc = subprocess.Popen([binary, "--port=0", f"--storage={storage}"], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        for line in self.proc.stdout:
            m = re.search(r"url=(http://127\.0\.0\.1:\d+)/", line)
            if m:
                self.url = m.group(1)
                return
        sys.exit("accord-server did not start")

    def token(self, actor):
        if actor not in self.tokens:
            status, _, body = self.call("POST", "/api/v1/session",
                                        {"user": actor, "password": self.passwords[actor]}, actor=None)
            assert status == 201, body
            self.tokens[actor] = json.loads(body)["token"]
        return self.tokens[actor]

    def call(self, method, path, body=None, headers=None, actor="secretariat"):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if actor is not None:
            request.add_header("Authorization", "Bearer " + self.token(actor))
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            request.add_header(k, v)
        try:
            with urllib.request.urlopen(request) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Checker:
    def __init__(self, server):
        self.server = server
        status, _, body = server.call("GET", "/api/v1/openapi.json", actor=None)
        assert status == 200
        self.doc = json.loads(body)
        self.failures = []
        self.checked = 0

    def operation(self, method, path):
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
            if re.match(pattern, path.split("?")[0]) and method.lower() in item:
                return template, item[method.lower()]
        return None, None

    def check(self, method, path, body=None, headers=None, actor="secretariat", expect=None):
        status, head, raw = self.server.call(method, path, body, headers, actor)
        what = f"{method} {path} -> {status}"
        template, op = self.operation(method, path)
        if op is None:
            self.failures.append(f"{what}: not in the document")
            return status, head, raw
        if expect is not None and status != expect:
            self.failures.append(f"{what}: expected {expect}: {raw[:300]!r}")
        response = op["responses"].get(str(status))
        if response is None:
            self.failures.append(f"{what}: status not documented for {method} {template}")
            return status, head, raw
        media = (head.get("Content-Type") or "").split(";")[0]
        content = response.get("content")
        if content is None:
            return status, head, raw
        if media not in content:
            self.failures.append(f"{what}: {media} not documented ({list(content)})")
            return status, head, raw
        if media.endswith("json"):
            schema = dict(self.doc)
            schema.update(content[media]["schema"])
            try:
                jsonschema.Draft202012Validator(schema).validate(json.loads(raw))
                self.checked += 1
            except jsonschema.ValidationError as e:
                self.failures.append(f"{what}: {e.message} at {'/'.join(map(str, e.absolute_path))}")
        return status, head, raw


def filled(template):
    path = template
    for prefix, value in IDS.items():
        if path.startswith(prefix):
            path = path.replace("{id}", value, 1)
    for k, v in PARAMS.items():
        path = path.replace(k, v)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--cli", required=True)
    args = ap.parse_args()
    server = Server(args.server, args.cli)
    try:
        c = Checker(server)
        for template, item in c.doc["paths"].items():
            # An amendment exists only once the writes below propose one on d2.
            if "get" in item and template not in ("/metrics",) and "{aid}" not in template and "{language}" not in template:
                # A required parameter takes its documented example, else the sample's conference.
                required = [p for p in item["get"]["parameters"] if p["in"] == "query" and p["required"]]
                query = "&".join(f"{p['name']}={p.get('schema', {}).get('example', 'skopje-2016')}" for p in required)
                admins = template.startswith("/api/v1/users") or template == "/api/v1/notifications/failed"
                actor = "admin" if admins else "secretariat"
                c.check("GET", filled(template) + ("?" + query if query else ""), actor=actor, expect=200)
        d = "/api/v1/declarations/skopje-joint-declaration"
        for extra in ("?status=endorsed", "?country=MK"):
            c.check("GET", d + "/endorsements" + extra, expect=200)
        c.check("GET", d + "/status/implementation?country=MK&limit=1", expect=200)
        c.check("GET", "/api/v1/commitments/cm-common-indicators/countries/AL/reports", expect=200)
        # Writes, their answers and their refusals.
        c.check("POST", "/api/v1/conferences", {"id": "c2", "title": "T", "city": "Vienna", "startDate": "2018-01-01",
                                                "endDate": "2018-01-02"}, expect=201)
        c.check("PATCH", "/api/v1/conferences/c2", {"city": "Graz"}, {"If-Match": '"v1"'}, expect=200)
        c.check("POST", "/api/v1/conferences/c2/delegations", {"country": "AT", "members": []},
                {"If-Match": '"v2"'}, expect=201)
        c.check("POST", "/api/v1/declarations?conference=c2", {"id": "d2", "title": "T", "invitedCountries": ["AT"]},
                expect=201)
        c.check("POST", "/api/v1/declarations/d2/revisions", {"changeNote": "First draft", "operative": [{"id": "op1", "text": "Agree."}]},
                {"If-Match": '"v1"'}, expect=201)
        c.check("PATCH", "/api/v1/declarations/d2", {"status": "consultation"}, {"If-Match": '"v2"'}, expect=200)
        r1 = "/api/v1/declarations/d2/revisions/1"
        c.check("POST", r1 + "/comments", {"unit": "op1", "quote": "Agree", "text": "Agree to what?"}, expect=201)
        c.check("POST", r1 + "/comments", {"replyToComment": 1, "text": "To meet."}, expect=201)
        c.check("POST", r1 + "/amendments", {"unit": "op1", "kind": "replace", "text": "Agree to meet.",
                                             "justification": "Say what."}, expect=201)
        c.check("GET", r1 + "/amendments/1", expect=200)
        c.check("POST", r1 + "/amendments/1/state", {"state": "accepted"}, {"If-Match": '"v1"'}, expect=200)
        c.check("POST", r1 + "/amendments/1/state", {"state": "withdrawn"}, {"If-Match": '"v1"'}, expect=412)
        c.check("GET", r1 + "/amendments?state=accepted", expect=200)
        c.check("GET", r1 + "/comments?unit=op1", expect=200)
        # A French version of d2's revision 1, written, read, verified; a stale save refused.
        fr = r1 + "/languages/fr"
        c.check("PUT", fr, {"translator": "M. Dupont", "authentic": True,
                            "units": [{"unit": "op1", "text": "Convenir."}]}, {"If-Match": '"v0"'}, expect=200)
        c.check("GET", fr, expect=200)
        c.check("GET", r1 + "/languages", expect=200)
        c.check("POST", fr + "/verification", {}, {"If-Match": '"v1"'}, expect=200)
        c.check("PUT", fr, {"translator": "x"}, {"If-Match": '"v1"'}, expect=412)
        c.check("PUT", fr, {"units": [{"unit": "op9", "text": "x"}]}, {"If-Match": '"v2"'}, expect=400)
        c.check("PATCH", "/api/v1/declarations/d2", {"consultationVisibility": "secretariat_only"},
                {"If-Match": '"v3"'}, expect=200)
        c.check("POST", d + "/reminders", {"message": "Please answer.", "preview": True}, expect=200)
        c.check("POST", d + "/reminders", {"message": "Please answer."}, expect=201)
        c.check("POST", d + "/reminders", {}, expect=409)
        c.check("PUT", "/api/v1/commitments/cm-common-indicators/reminder-schedule", {"daysBefore": 30}, expect=200)
        c.check("POST", d + "/commitments", {"id": "cm-x", "text": "Do it.", "clause": "op-awareness",
                                             "deadline": "2018-12-31", "countries": ["MK"]}, expect=201)
        c.check("PUT", "/api/v1/commitments/cm-x/countries/MK", {"acceptance": "accepted"}, {"If-Match": '"v1"'},
                "coordinator.mk", expect=200)
        c.check("POST", "/api/v1/commitments/cm-x/countries/MK/reports",
                {"id": "rx", "periodStart": "2017-01-01", "periodEnd": "2017-06-30", "narrative": "n", "percent": 5},
                None, "coordinator.mk", expect=201)
        c.check("PATCH", "/api/v1/commitments/cm-x/countries/MK/reports/rx",
                {"narrative": "Reworked.", "percent": 10, "evidence": ["https://example.org/e"]},
                {"If-Match": '"v1"'}, "coordinator.mk", expect=200)
        c.check("PATCH", "/api/v1/commitments/cm-x/countries/MK/reports/rx", {"state": "submitted"},
                {"If-Match": '"v2"'}, "coordinator.mk", expect=200)
        # Accounts: an admin makes the coordinator of Austria; the server makes up the password.
        _, _, made = c.check("POST", "/api/v1/users", {"name": "coordinator.at", "displayName": "Anna Gruber",
                                                      "email": "anna.gruber@example.at", "role": "coordinator",
                                                      "country": "AT"}, actor="admin", expect=201)
        server.passwords["coordinator.at"] = json.loads(made)["password"]
        c.check("PATCH", "/api/v1/users/coordinator.at", {"displayName": "Anna M. Gruber"}, {"If-Match": '"v1"'},
                actor="admin", expect=200)
        _, _, reset = c.check("POST", "/api/v1/users/coordinator.xk/password", {}, {"If-Match": '"v1"'},
                              actor="admin", expect=200)
        server.passwords["coordinator.xk"] = json.loads(reset)["password"]
        c.check("GET", "/api/v1/session", actor="coordinator.xk", expect=200)
        c.check("POST", "/api/v1/users", {"name": "x"}, actor="admin", expect=400)
        # A person's own preferences: the language, set and cleared; a bad one refused.
        c.check("PUT", "/api/v1/preferences", {"language": "ru"}, actor="viewer", expect=200)
        c.check("GET", "/api/v1/preferences", actor="viewer", expect=200)
        c.check("PUT", "/api/v1/preferences", {"language": None}, actor="viewer", expect=200)
        c.check("PUT", "/api/v1/preferences", {"language": "klingon"}, actor="viewer", expect=400)
        # ... and how notifications reach them (issue 16): one topic changed, a bad timing refused.
        c.check("PUT", "/api/v1/preferences", {"notifications": {"reports": {"email": True, "timing": "digest"}}},
                actor="viewer", expect=200)
        c.check("PUT", "/api/v1/preferences", {"notifications": {"reports": {"email": True, "timing": "weekly"}}},
                actor="viewer", expect=400)
        c.check("GET", "/api/v1/users", actor="viewer", expect=403)
        c.check("GET", "/api/v1/session", actor="coordinator.at", expect=200)
        status, head, _ = c.check("GET", d + "/endorsements/AT", expect=200)
        c.check("PUT", d + "/endorsements/AT", {"status": "consulting"}, {"If-Match": head["ETag"]},
                "coordinator.at", expect=200)
        c.check("PUT", d + "/endorsements/AT", {"status": "consulting"}, {"If-Match": head["ETag"]},
                "coordinator.at", expect=412)
        c.check("POST", "/api/v1/conferences", {"id": "bad id"}, expect=400)
        c.check("PATCH", "/api/v1/conferences/c2", {"city": "Linz"}, expect=428)
        c.check("GET", "/api/v1/declarations/nowhere", expect=404)
        c.check("PATCH", "/api/v1/commitments/cm-x", {"text": "Do it well."}, {"If-Match": '"v1"'}, expect=200)
        c.check("DELETE", "/api/v1/conferences/c2", None, {"If-Match": '"v3"'}, expect=409)
        c.check("POST", "/api/v1/conferences", {"id": "c3", "title": "T", "city": "Graz", "startDate": "2018-01-01",
                                                "endDate": "2018-01-02"}, expect=201)
        c.check("DELETE", "/api/v1/conferences/c3", None, {"If-Match": '"v1"'}, expect=204)
        c.check("POST", "/api/v1/session", {"user": "monitor", "password": "not the password"}, actor=None,
                expect=401)
        c.check("POST", "/api/v1/session", {"user": "monitor"}, actor=None, expect=400)
        c.check("GET", "/api/v1/conferences", actor=None, expect=401)
        c.check("DELETE", "/api/v1/session", actor="coordinator.at", expect=204)
    finally:
        server.stop()
    if c.failures:
        print(f"FAILED: the OpenAPI document is not true of {len(c.failures)} answer(s):")
        for f in c.failures:
            print("  - " + f)
        sys.exit(1)
    print(f"ok: {c.checked} answers match their documented schemas")


if __name__ == "__main__":
    main()
