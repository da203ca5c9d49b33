#!/usr/bin/env python3
"""The accessibility pass: axe-core (the npm package pinned in tests/web/package.json
and package-lock.json, installed with `npm ci` into a cache directory when missing)
runs inside headless Chromium on every main page, for each role, at 1280x900 and
390x844. No serious or critical violation may remain. Every page is saved as a
screenshot at both sizes under --out/screenshots/a11y-<role>-<page>-<size>.png."""
import hashlib
import os
import shutil
import subprocess
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DECL = "/declarations/skopje-joint-declaration"
ARGS = None
SITE = None
AXE = None
SIZES = [("desktop", 1280, 900), ("phone", 390, 844)]
# The main pages of each role: (name, path).
PAGES = {
    "secretariat": [("home", "/"), ("conferences", "/conferences"), ("conference", "/conferences/skopje-2016"),
                    ("declaration", DECL), ("endorsements", DECL + "/endorsements"),
                    ("implementation", DECL + "/implementation"), ("compare", DECL + "/compare?from=2&to=3"),
                    ("consultation", DECL + "/consultation"), ("audit", "/audit"), ("notifications", "/notifications"),
                    ("new-conference", "/conferences/new"),
                    ("assignment", "/commitments/cm-common-indicators/countries/AL")],
    "coordinator.mk": [("home", "/"), ("declaration", DECL), ("endorsements", DECL + "/endorsements"),
                       ("assignment", "/commitments/cm-common-indicators/countries/MK")],
    "monitor": [("home", "/"), ("implementation", DECL + "/implementation"),
                ("assignment", "/commitments/cm-common-indicators/countries/AL")],
    "viewer": [("home", "/"), ("declaration", DECL), ("endorsements", DECL + "/endorsements"),
               ("account", "/account")],
}


def axe_source():
    """axe.min.js from the pinned package, installed once per lock file into a cache."""
    lock = open(os.path.join(HERE, "package-lock.json"), "rb").read()
    base = os.environ.get("ACCORD_NPM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "accord", "npm")
    target = os.path.join(base, hashlib.sha256(lock).hexdigest()[:16])
    script = os.path.join(target, "node_modules", "axe-core", "axe.min.js")
    if not os.path.exists(script):
        if not shutil.which("npm"):
            raise RuntimeError("npm is needed to install axe-core (the Debian package npm; .ci/setup.sh installs it)")
        os.makedirs(target, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(os.path.join(HERE, name), target)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target, check=True,
                       stdout=subprocess.DEVNULL)
    return open(script, encoding="utf-8").read()


def setUpModule():
    global SITE, AXE, ARGS
    ARGS = accord_site.SiteCase.args
    AXE = axe_source()
    SITE = accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class Accessibility(accord_site.SiteCase, unittest.TestCase):
    width, height = 1280, 900

    def violations(self):
        """Serious and critical violations of the page as shown, in words."""
        self.driver.execute_script(AXE)
        result = self.driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); },"
            " function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });")
        out = []
        for v in result:
            if v.get("impact") in ("serious", "critical"):
                targets = ", ".join(" ".join(n.get("target", [])) for n in v.get("nodes", [])[:3])
                out.append("%s (%s): %s at %s" % (v["id"], v["impact"], v["help"], targets))
        return out

    def check_role(self, role):
        self.sign_in(role)
        found = []
        for label, width, height in SIZES:
            self.driver.set_window_size(width, height)
            for name, path in PAGES[role]:
                self.open(path)
                self.wait.until(EC.presence_of_element_located((By.TAG_NAME, "footer")))
                self.driver.save_screenshot(os.path.join(
                    ARGS.out, "screenshots", "a11y-%s-%s-%s.png" % (role.replace(".", "-"), name, label)))
                found += ["%s %s at %s: %s" % (role, path, label, v) for v in self.violations()]
        self.assertEqual(found, [], "\n".join(found))

    def test_secretariat(self):
        self.check_role("secretariat")

    def test_coordinator(self):
        self.check_role("coordinator.mk")

    def test_monitor(self):
        self.check_role("monitor")

    def test_viewer(self):
        self.check_role("viewer")

    def test_signed_out_pages(self):
        found = []
        for label, width, height in SIZES:
            self.driver.set_window_size(width, height)
            for name, path in (("signin", "/signin"), ("not-found", "/no-such-page")):
                self.open(path)
                self.wait.until(EC.presence_of_element_located((By.TAG_NAME, "footer")))
                self.driver.save_screenshot(os.path.join(ARGS.out, "screenshots", "a11y-%s-%s.png" % (name, label)))
                found += ["%s at %s: %s" % (path, label, v) for v in self.violations()]
        self.assertEqual(found, [], "\n".join(found))


if __name__ == "__main__":
    accord_site.run(__doc__)
