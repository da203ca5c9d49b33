#!/usr/bin/env python3
"""Notification mail end to end: the real accord-server with --smtp, Debian's
aiosmtpd as the SMTP server (started here on a free loopback port, keeping every
message it accepts), changes made through the API.

  1. Delivery: the seeded accounts each get their "account created" message once;
     a commitment proposed to North Macedonia reaches its coordinator with the
     subject, both parts (text and HTML) and the link to the assignment page.
  2. 451 then 250: the message arrives once, after a retry.
  3. The SMTP server is down during a change and Accord is restarted before it
     comes back: the message arrives once, after both.
  4. Two accord-servers on one PostgreSQL (when ACCORD_TEST_POSTGRES is set):
     every notification is delivered once.
  5. The daily digest: a coordinator who chose it for commitments gets the
     proposals held (none mailed at once), then ONE digest listing them with their
     links, in their language; a restart sends no second one; with two servers on
     one PostgreSQL each person's digest arrives once too.

usage: check_mail_delivery.py --server accord-server --accord accord --source SRC"""
import argparse
import email
import email.policy
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from aiosmtpd.controller import Controller

BASE_URL = "https://accord.example.org"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sink:
    """What the SMTP server accepted. `refuse_first` answers 451 to the first
    message for each of these addresses."""

    def __init__(self, refuse_first=()):
        self.messages = []
        self.refused = []
        self.refuse_first = set(refuse_first)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                if rcpt in self.refuse_first:
                    self.refuse_first.discard(rcpt)
                    self.refused.append(rcpt)
                    return "451 4.3.0 try again later"
            msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def to(self, address):
        with self.lock:
            return [m for rcpts, m in self.messages if address in rcpts]

    def count(self):
        with self.lock:
            return len(self.messages)


def start_smtp(sink, port):
    c = Controller(sink, hostname="127.0.0.1", port=port)
    c.start()
    return c


class Accord:
    def __init__(self, args, storage, smtp_port, workdir, name="server", digest_hour=6):
        self.log_path = os.path.join(workdir, name + ".log")
        self.log = open(self.log_path, "a+", encoding="utf-8")
        self.log.seek(0, 2)
        self.start_at = self.log.tell()
        env = dict(os.environ, ACCORD_HOME=args.source)
        self.process = subprocess.Popen(
            [args.server, "--port", "0", "--storage", storage, "--smtp", "smtp://127.0.0.1:%d" % smtp_port,
             "--base-url", BASE_URL + "/", "--mail-from", "Accord <accord@example.org>",
             "--mail-reply-to", "secretariat@example.org", "--mail-retry", "1", "--mail-poll", "200",
             "--digest-hour", str(digest_hour), "--secret-file", os.path.join(workdir, "secret")],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = self._wait_for_url()

    def _text(self):
        self.log.seek(self.start_at)
        return self.log.read()

    def _wait_for_url(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            m = re.search(r"Accord is serving at (http://127\.0\.0\.1:\d+)/", self._text())
            if m:
                return m.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError("accord-server did not start:\n" + self._text())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def api(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        req = urllib.request.Request(self.url + path, method=method, headers=headers,
                                     data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read() or b"null")

    def sign_in(self, passwords, user="secretariat"):
        return self.api("POST", "/api/v1/session", {"user": user, "password": passwords[user]})["token"]


def seed_accounts(args, storage, workdir):
    out = os.path.join(workdir, "accounts-%d.txt" % time.time_ns())
    subprocess.run([args.accord, "seed-accounts", "--storage", storage, "--out", out], check=True,
                   env=dict(os.environ, ACCORD_HOME=args.source), stdout=subprocess.DEVNULL)
    passwords = {}
    for line in open(out, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, password = line.split("\t")[:2]
            passwords[name] = password
    return passwords


def commitment(cid, countries):
    return {"id": cid, "text": "Open two shelters for victims of trafficking.", "clause": "op-risk-assessment",
            "deadline": "2018-12-31", "milestones": [], "indicators": [], "countries": countries}


def wait_for(what, predicate, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting for " + what)


def check(cond, message):
    if not cond:
        raise AssertionError(message)


def part(msg, subtype):
    for p in msg.walk():
        if p.get_content_type() == "text/" + subtype:
            return p.get_content()
    raise AssertionError("no text/%s part in %s" % (subtype, msg["Subject"]))


def delivery(args, workdir):
    sink = Sink(refuse_first=["coordinator.rs@skopje-2016.example"])
    port = free_port()
    smtp = start_smtp(sink, port)
    storage = "sqlite:" + os.path.join(workdir, "accord.db")
    passwords = seed_accounts(args, storage, workdir)
    server = Accord(args, storage, port, workdir)
    try:
        check("notifications are sent by mail through smtp://127.0.0.1:%d" % port in server._text(),
              "the server says where mail goes")
        # 1. Each seeded account's "account created" message, once.
        wait_for("the seeded accounts' messages", lambda: sink.count() >= len(passwords) - 1)
        for name in passwords:
            got = sink.to(name + "@skopje-2016.example")
            if name == "coordinator.rs":
                continue  # refused once (451), checked below
            check(len(got) == 1, "%s got %d messages" % (name, len(got)))
            check(got[0]["Subject"] == "Your Accord account", got[0]["Subject"])
        # A commitment proposed to North Macedonia and Serbia.
        token = server.sign_in(passwords)
        server.api("POST", "/api/v1/declarations/skopje-joint-declaration/commitments",
                   commitment("cm-mail", ["MK", "RS"]), token)
        wait_for("the proposal to MK", lambda: sink.to("coordinator.mk@skopje-2016.example")[1:])
        msg = sink.to("coordinator.mk@skopje-2016.example")[1]
        check(msg["Subject"] == "Commitment proposed to North Macedonia: Open two shelters for victims of trafficking.",
              msg["Subject"])
        check(msg["From"] == "Accord <accord@example.org>", msg["From"])
        check(msg["Reply-To"] == "secretariat@example.org", msg["Reply-To"])
        check(msg["To"].addresses[0].display_name == "Aleksandar Trajkovski", str(msg["To"]))
        check(msg.get_content_type() == "multipart/alternative", msg.get_content_type())
        link = BASE_URL + "/commitments/cm-mail/countries/MK"
        text, html = part(msg, "plain"), part(msg, "html")
        check("Dear Aleksandar Trajkovski," in text and link in text, text)
        check('href="%s"' % link in html and "Accept or decline the commitment" in html, html)
        # Albania's coordinator chose Russian: their message is composed from
        # messages.ru.json, the country named in Russian.
        al = server.sign_in(passwords, "coordinator.al")
        server.api("PUT", "/api/v1/preferences", {"language": "ru"}, al)
        server.api("POST", "/api/v1/declarations/skopje-joint-declaration/commitments",
                   commitment("cm-lang", ["AL"]), token)
        wait_for("the proposal to AL", lambda: sink.to("coordinator.al@skopje-2016.example")[1:])
        msg = sink.to("coordinator.al@skopje-2016.example")[1]
        check(msg["Subject"] == "Стране Албания предложено обязательство: Open two shelters for victims of trafficking.",
              msg["Subject"])
        text, html = part(msg, "plain"), part(msg, "html")
        check("Здравствуйте, Mirela Dervishi!" in text and BASE_URL + "/commitments/cm-lang/countries/AL" in text, text)
        check('<html lang="ru">' in html and "Принять или отклонить обязательство" in html, html)
        # 2. Serbia's coordinator: 451 for the first message, then every message once.
        wait_for("Serbia's messages after the retry", lambda: len(sink.to("coordinator.rs@skopje-2016.example")) == 2)
        check(sink.refused == ["coordinator.rs@skopje-2016.example"], sink.refused)
        subjects = sorted(m["Subject"] for m in sink.to("coordinator.rs@skopje-2016.example"))
        check(subjects[1] == "Your Accord account" and subjects[0].startswith("Commitment proposed to Serbia"), subjects)
        # 3. The SMTP server goes down; a change is made; Accord restarts; then the
        # SMTP server comes back.
        smtp.stop()
        server.api("POST", "/api/v1/declarations/skopje-joint-declaration/commitments",
                   commitment("cm-down", ["BA"]), token)
        time.sleep(1.5)  # a few refused attempts
        server.stop()
        server = Accord(args, storage, port, workdir)
        smtp = start_smtp(sink, port)
        wait_for("the proposal to BA", lambda: len(sink.to("coordinator.ba@skopje-2016.example")) == 2)
        time.sleep(1.5)
        check(len(sink.to("coordinator.ba@skopje-2016.example")) == 2, "BA's proposal arrived more than once")
        ids = [m["Message-ID"] for _, m in sink.messages]
        check(len(ids) == len(set(ids)), "a Message-ID was sent twice")
    finally:
        server.stop()
        smtp.stop()
    print("delivery: %d messages, links, both parts, 451 retried, delivered after an outage and a restart"
          % sink.count())


def two_servers(args, workdir, uri):
    sink = Sink()
    port = free_port()
    smtp = start_smtp(sink, port)
    first = Accord(args, uri, port, workdir, "first")
    passwords = seed_accounts(args, uri, workdir)
    second = Accord(args, uri, port, workdir, "second")
    try:
        token = first.sign_in(passwords)
        countries = ["AL", "BA", "ME", "MK", "RS", "XK"]
        for k in range(8):
            (first if k % 2 else second).api("POST", "/api/v1/declarations/skopje-joint-declaration/commitments",
                                             commitment("cm-pg-%d" % k, countries), token)
        expected = len(passwords) + 8 * len(countries)
        wait_for("%d messages" % expected, lambda: sink.count() >= expected, 60)
        time.sleep(1.5)
        ids = [m["Message-ID"] for _, m in sink.messages]
        check(len(ids) == expected, "%d messages for %d notifications" % (len(ids), expected))
        check(len(set(ids)) == expected, "a notification was delivered twice")
        split = [sum(int(n) for n in re.findall(r"notifications: (\d+) sent", open(s.log_path).read()))
                 for s in (first, second)]
    finally:
        first.stop()
        second.stop()
        smtp.stop()
    print("two servers on one PostgreSQL: %d notifications, each delivered once (%d by one, %d by the other)"
          % (expected, split[0], split[1]))


def hold_proposals(server, passwords, proposals):
    """Coordinator.mk chooses the digest for commitments, in French; `proposals`
    commitments are proposed to North Macedonia. Returns their ids."""
    mk = server.sign_in(passwords, "coordinator.mk")
    server.api("PUT", "/api/v1/preferences",
               {"language": "fr", "notifications": {"commitments": {"email": True, "timing": "digest"}}}, mk)
    token = server.sign_in(passwords)
    ids = ["cm-digest-%d" % k for k in range(proposals)]
    for cid in ids:
        server.api("POST", "/api/v1/declarations/skopje-joint-declaration/commitments", commitment(cid, ["MK"]), token)
    states = [n["delivery"] for n in server.api("GET", "/api/v1/notifications", token=mk)["items"]
              if n["kind"] == "commitment_proposed"]
    check(states == ["held"] * proposals, states)
    return ids


def digests_of(sink, address):
    return [m for m in sink.to(address) if "digest" in m["Subject"] or "résumé" in m["Subject"]]


def check_digest(msg, ids):
    check(msg["Subject"].startswith("Accord : votre résumé quotidien du ") and
          msg["Subject"].endswith("(%d)" % len(ids)), msg["Subject"])
    check(msg["Message-ID"].startswith("<digest.coordinator.mk."), msg["Message-ID"])
    text, html = part(msg, "plain"), part(msg, "html")
    check('<html lang="fr">' in html, html[:200])
    for cid in ids:
        link = BASE_URL + "/commitments/%s/countries/MK" % cid
        check(link in text and 'href="%s"' % link in html, "%s missing from the digest:\n%s" % (link, text))
    check(text.count("Engagement proposé") == len(ids), text)


def digest(args, workdir):
    sink = Sink()
    port = free_port()
    smtp = start_smtp(sink, port)
    storage = "sqlite:" + os.path.join(workdir, "digest.db")
    passwords = seed_accounts(args, storage, workdir)
    mk = "coordinator.mk@skopje-2016.example"
    # A server that sends no digest (hour 24) while the proposals are made...
    server = Accord(args, storage, port, workdir, "digest-hold", digest_hour=24)
    try:
        wait_for("the account messages", lambda: sink.count() >= len(passwords))
        ids = hold_proposals(server, passwords, 4)
        time.sleep(1)
        check(len(sink.to(mk)) == 1, "a held proposal was mailed at once: %s" % [m["Subject"] for m in sink.to(mk)])
    finally:
        server.stop()
    # ... then one whose digest hour has come (00:00 UTC): one digest, once.
    for run in range(2):
        server = Accord(args, storage, port, workdir, "digest-send", digest_hour=0)
        try:
            wait_for("the digest", lambda: digests_of(sink, mk))
            time.sleep(1.5)
        finally:
            server.stop()
    got = digests_of(sink, mk)
    check(len(got) == 1, "%d digests" % len(got))
    check_digest(got[0], ids)
    smtp.stop()
    print("digest: %d proposals held, then one digest listing them in French, not sent again after a restart"
          % len(ids))


def two_servers_digest(args, workdir, uri):
    sink = Sink()
    port = free_port()
    smtp = start_smtp(sink, port)
    holder = Accord(args, uri, port, workdir, "pg-hold", digest_hour=24)
    passwords = seed_accounts(args, uri, workdir)
    mk = "coordinator.mk@skopje-2016.example"
    try:
        ids = hold_proposals(holder, passwords, 3)
    finally:
        holder.stop()
    first = Accord(args, uri, port, workdir, "pg-digest-1", digest_hour=0)
    second = Accord(args, uri, port, workdir, "pg-digest-2", digest_hour=0)
    try:
        wait_for("the digest", lambda: digests_of(sink, mk), 60)
        time.sleep(2)
    finally:
        first.stop()
        second.stop()
        smtp.stop()
    got = digests_of(sink, mk)
    check(len(got) == 1, "%d digests from two servers" % len(got))
    check_digest(got[0], ids)
    print("two servers on one PostgreSQL: one digest of %d notifications" % len(ids))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--server", required=True)
    p.add_argument("--accord", required=True)
    p.add_argument("--source", required=True)
    args = p.parse_args()
    workdir = tempfile.mkdtemp(prefix="accord-mail-")
    delivery(args, workdir)
    digest(args, workdir)
    base = os.environ.get("ACCORD_TEST_POSTGRES", "")
    if base:
        schema = "accord_mail_%d" % os.getpid()
        try:
            two_servers(args, workdir, base + ("&" if "?" in base else "?") + "schema=" + schema)
            two_servers_digest(args, workdir, base + ("&" if "?" in base else "?") + "schema=" + schema + "_digest")
        finally:
            subprocess.run(["psql", "-q", base.split("?")[0], "-c", "DROP SCHEMA IF EXISTS %s_digest CASCADE" % schema],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run(["psql", "-q", base.split("?")[0], "-c", "DROP SCHEMA IF EXISTS %s CASCADE" % schema],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        print("two servers: skipped (no ACCORD_TEST_POSTGRES)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
