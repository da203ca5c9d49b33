#!/usr/bin/env python3
"""Translating in headless Chromium against the real accord-server: the secretariat
opens Italian for the sample's final revision from the declaration's history, sees
every unit missing beside its original, translates the title and two units, saves
(only what it typed is sent), and sees them translated and the rest still missing;
a coordinator reads the same page without a form. Screenshots go under --out/screenshots."""
import os
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

ARGS = None
SITE = None
DECL = "skopje-joint-declaration"
MARKUP = "Impegno <b>{{title}}</b> & ordine"


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class Translation(accord_site.SiteCase, unittest.TestCase):
    def statuses(self):
        return {row.get_attribute("id")[5:]: row.get_attribute("data-status")
                for row in self.driver.find_elements(By.CSS_SELECTOR, "#units tbody tr")}

    def test_the_secretariat_translates_beside_the_original(self):
        self.sign_in("secretariat")
        self.open("/declarations/" + DECL)
        self.driver.find_elements(By.LINK_TEXT, "Languages")[0].click()
        versions = self.wait.until(EC.presence_of_element_located((By.ID, "versions")))
        self.assertIn("fr", versions.text, "the sample's French version is listed")
        # Its complete version downloads in French, and beside the English text.
        french = self.driver.find_element(By.CSS_SELECTOR, 'tr[data-language="fr"]')
        links = [a.get_attribute("href") for a in french.find_elements(By.TAG_NAME, "a")]
        self.assertTrue(any(h.endswith("&language=fr") for h in links), links)
        self.assertTrue(any(h.endswith("&parallel=en,fr") for h in links), links)
        cookie = accord_site.session_cookie(self.driver)
        for href in links[1:]:
            status, headers, body = accord_site.Http(SITE.url, cookie).request(href[len(SITE.url):])
            self.assertEqual(status, 200, href)
            self.assertTrue(body.startswith(b"PK"), href + " is a DOCX package")
        field = self.driver.find_element(By.ID, "open")
        field.send_keys("it")
        field.send_keys(Keys.ENTER)
        self.wait.until(EC.presence_of_element_located((By.ID, "translation-form")))
        before = self.statuses()
        self.assertTrue(before and set(before.values()) == {"missing"}, before)
        original = self.driver.find_element(By.CSS_SELECTOR, "#unit-op-awareness td").text
        self.assertIn("Undertake to inform migrants", original, "the original stands beside the field")
        self.driver.find_element(By.ID, "versionTitle").send_keys("Dichiarazione congiunta")
        self.driver.find_element(By.NAME, "text:op-awareness").send_keys(MARKUP)
        self.driver.find_element(By.NAME, "text:op-vi-a").send_keys("stabilire indicatori comuni;")
        self.driver.find_element(By.ID, "save-translation").click()
        self.wait.until(EC.text_to_be_present_in_element((By.ID, "coverage"), "2 translated"))
        after = self.statuses()
        self.assertEqual(after["op-awareness"], "current")
        self.assertEqual(after["op-vi-a"], "current")
        self.assertEqual(after["op-follow-up"], "missing")
        self.assertEqual(self.driver.find_element(By.NAME, "text:op-awareness").get_attribute("value"), MARKUP,
                         "markup typed by a user is kept as text")
        self.assertFalse(self.driver.find_elements(By.ID, "verify"), "an incomplete version cannot be verified")
        self.shot("translation-secretariat")

        # A coordinator reads it without a form.
        self.sign_in("coordinator.mk")
        self.open("/declarations/%s/revisions/3/languages/it" % DECL)
        self.wait.until(EC.presence_of_element_located((By.ID, "units")))
        self.assertFalse(self.driver.find_elements(By.ID, "save-translation"))
        self.assertIn(MARKUP, self.driver.find_element(By.ID, "unit-op-awareness").text)


if __name__ == "__main__":
    accord_site.run(__doc__)
