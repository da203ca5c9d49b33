"""The pieces the browser suite stands on: a fresh database with known accounts,
the real accord-server on a free loopback port, a headless Debian Chromium driven
by Debian's chromedriver, and plain HTTP with a page's session cookie for what a
browser would not send (a crafted POST) or what it saves to disk (downloads)."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


class Server:
    """accord-server on 127.0.0.1:<free port> over a fresh SQLite database, seeded
    with the Skopje sample on first start, with the sample accounts plus `extra`
    accounts [(name, role, country, password)]."""

    def __init__(self, server, accord, source_dir, extra=()):
        self.dir = tempfile.mkdtemp(prefix="accord-web-")
        self.storage = "sqlite:" + os.path.join(self.dir, "accord.db")
        self.env = dict(os.environ, ACCORD_HOME=source_dir)
        accounts = os.path.join(self.dir, "accounts.txt")
        subprocess.run([accord, "seed-accounts", "--storage", self.storage, "--out", accounts],
                       check=True, env=self.env, stdout=subprocess.DEVNULL)
        self.passwords = {}
        with open(accounts, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                name, password = line.split("\t")[:2]
                self.passwords[name] = password
        for name, role, country, password in extra:
            args = [accord, "user", "add", name, "--role", role, "--display-name", name.title(),
                    "--email", name + "@example.org", "--password-stdin", "--storage", self.storage]
            if country:
                args += ["--country", country]
            subprocess.run(args, input=password + "\n", text=True, check=True, env=self.env,
                           stdout=subprocess.DEVNULL)
            self.passwords[name] = password
        self.log = open(os.path.join(self.dir, "server.log"), "w+", encoding="utf-8")
        self.process = subprocess.Popen([server, "--port", "0", "--storage", self.storage],
                                        env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = self._wait_for_url()

    def _wait_for_url(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            self.log.seek(0)
            m = re.search(r"Accord is serving at (http://127\.0\.0\.1:\d+)/", self.log.read())
            if m:
                return m.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.log.seek(0)
        raise RuntimeError("accord-server did not start:\n" + self.log.read())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def browser(download_dir, width=1280, height=1000):
    """Headless Chromium from Debian: no browser is downloaded by anything."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-dev-shm-usage",
                 "--user-data-dir=" + tempfile.mkdtemp(prefix="accord-chromium-"),
                 "--window-size=%d,%d" % (width, height),
                 "--lang=en-US"):  # the pages' language follows Accept-Language: English, whatever the machine's
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": download_dir,
                                              "intl.accept_languages": "en-US,en"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(0)
    return driver


class Http:
    """Plain HTTP carrying the browser's session cookie; follows no redirects, so
    that a test sees the status the server answered."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base, session_cookie=None):
        self.base = base
        self.cookie = session_cookie

    def request(self, path, data=None, headers=None):
        h = dict(headers or {})
        if self.cookie:
            h["Cookie"] = "accord_session=" + self.cookie
        body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
        req = urllib.request.Request(self.base + path, data=body, headers=h)
        opener = urllib.request.build_opener(self._NoRedirect)
        try:
            with opener.open(req, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def api_as(site, name):
    """Plain HTTP and the headers of a REST client signed in as account `name`."""
    api = Http(site.url)
    _, _, body = api.request("/api/v1/session", json.dumps(
        {"user": name, "password": site.passwords[name]}).encode(), {"Content-Type": "application/json"})
    return api, {"Authorization": "Bearer " + json.loads(body)["token"], "Content-Type": "application/json"}


def session_cookie(driver):
    c = driver.get_cookie("accord_session")
    return c["value"] if c else None


def csrf_of(html):
    m = re.search(rb'name="csrf" value="([0-9a-f]+)"', html)
    return m.group(1).decode() if m else None


class PageCase:
    """What a browser test does on the site, mixed into a unittest.TestCase that
    sets `self.driver`, `self.wait`, `self.site` and `self.out`: open a page, sign
    in, save a screenshot, confirm a data-confirm button."""

    def open(self, path):
        self.driver.get(self.site.url + path)

    def sign_in(self, name, password=None):
        self.driver.delete_all_cookies()
        self.open("/signin")
        self.driver.find_element(By.ID, "name").send_keys(name)
        field = self.driver.find_element(By.ID, "password")
        field.send_keys(password or self.site.passwords[name])
        field.send_keys(Keys.ENTER)  # the keyboard alone signs in
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".who")))

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(self.out, "screenshots", name + ".png"))

    def click_and_confirm(self, element):
        """Clicks a button that asks for confirmation (accord.js) and accepts."""
        element.click()
        WebDriverWait(self.driver, 3).until(EC.alert_is_present(), "no confirmation dialog")
        self.driver.switch_to.alert.accept()


class SiteCase(PageCase):
    """A PageCase on one server for the whole module, with a fresh browser of
    `width` x `height` per test: start it in setUpModule with start_site() and stop
    it in tearDownModule with stop_site(); run(__doc__) is the module's main.

    Its waits tolerate what the driver answers about a page being replaced: a
    condition that reads an element while the next page replaces it (a stale
    element, or Chromium's "Node with given id does not belong to the document",
    which chromedriver passes on as a plain WebDriverException) is asked again
    until the wait's time is up, instead of failing the test."""
    site = None
    args = None
    width, height = 1280, 1000

    def setUp(self):
        self.out = self.args.out
        self.downloads = os.path.join(self.out, "downloads", self.id().split(".")[-1])  # one folder per test
        os.makedirs(self.downloads, exist_ok=True)
        self.driver = browser(self.downloads, self.width, self.height)
        self.driver.set_script_timeout(60)
        self.wait = WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,))

    def tearDown(self):
        self.driver.quit()

    def css(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def type_into(self, element_id, text):
        field = self.driver.find_element(By.ID, element_id)
        field.clear()
        field.send_keys(text)

    def http(self):
        """Plain HTTP with this browser's session."""
        return Http(self.site.url, session_cookie(self.driver))

    def submit(self, selector):
        """Clicks the button `selector` and waits until the page it leads to has
        replaced this one (this page's root goes stale), so that nothing after it
        reads the page being left."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(By.CSS_SELECTOR, selector).click()
        self.wait_for_next_page(old)

    def wait_for_next_page(self, old):
        """Waits until `old` (the <html> element of the page being left) is gone."""
        def gone(_):
            try:
                old.is_enabled()
                return False
            except StaleElementReferenceException:
                return True
            except WebDriverException:
                return False  # asked in the middle of the navigation: ask again
        self.wait.until(gone)
        self.wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def start_site(extra=()):
    """Starts the module's server for every SiteCase (after run() parsed the options),
    screenshots going under --out/screenshots; returns it."""
    args = SiteCase.args
    os.makedirs(os.path.join(args.out, "screenshots"), exist_ok=True)
    SiteCase.site = Server(args.server, args.accord, args.source, extra)
    return SiteCase.site


def stop_site():
    if SiteCase.site:
        SiteCase.site.stop()


def arguments(doc):
    """The options every browser check takes (--server, --accord, --source, --out),
    and the rest for unittest."""
    p = argparse.ArgumentParser(description=doc)
    p.add_argument("--server", required=True, help="the accord-server binary")
    p.add_argument("--accord", required=True, help="the accord command-line tool")
    p.add_argument("--source", required=True, help="the source tree (ACCORD_HOME)")
    p.add_argument("--out", required=True, help="where screenshots go")
    return p.parse_known_args()


def run(doc):
    """The main of a check built on SiteCase: its options, then unittest on the rest."""
    SiteCase.args, rest = arguments(doc)
    unittest.main(module="__main__", argv=[sys.argv[0]] + rest, verbosity=2)
