#!/usr/bin/env python3
"""The browser UI in the person's language, in headless Chromium against the real
accord-server (issue 15, item 4). A coordinator chooses Français on their account
page: every page after it says lang="fr" and shows the French catalogue's words (the
menu, the inbox, a declaration's status, the endorsement page), dates in French; the
secretariat chooses Русский and reads the conference's dates in Russian. The browser
itself asks for English (--lang=en-US): the account's choice comes first. The
expected words are read from templates/html/messages.<lang>.json, so the check
follows the translators and still fails when a page shows English."""
import json
import os
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DECL = "skopje-joint-declaration"


def catalogue(lang):
    """The catalogue's messages, with no-break spaces as the browser's text() gives them (plain)."""
    path = os.path.join(HERE, "..", "..", "templates", "html", "messages.%s.json" % lang)
    with open(path, encoding="utf-8") as f:
        messages = json.load(f)["messages"]
    plain = lambda m: m.replace("\u00a0", " ").replace("\u202f", " ")
    return {k: plain(m) if isinstance(m, str) else m for k, m in messages.items()}


def setUpModule():
    accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class Languages(accord_site.SiteCase, unittest.TestCase):
    def choose_language(self, tag):
        self.open("/account")
        Select(self.driver.find_element(By.ID, "own-language-select")).select_by_value(tag)
        self.submit("#save-language")

    def lang(self):
        return self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")

    def main_text(self):
        return self.driver.find_element(By.TAG_NAME, "main").text

    def test_a_coordinator_who_chooses_french_reads_every_page_in_french(self):
        fr, en = catalogue("fr"), catalogue("en")
        self.sign_in("coordinator.mk")
        self.assertEqual(self.lang(), "en")  # nothing chosen: the browser's English
        self.choose_language("fr")
        self.assertEqual(self.lang(), "fr")
        flash = self.driver.find_element(By.CSS_SELECTOR, "[role=status]").text
        self.assertIn(fr["flash.language_saved"].replace("{{language}}", "fr"), flash)

        self.open("/")
        self.assertEqual(self.lang(), "fr")
        nav = self.driver.find_element(By.TAG_NAME, "nav").text
        self.assertIn(fr["nav.home"], nav)
        self.assertNotIn(en["nav.conferences"] + "\n", nav + "\n")
        self.assertIn(fr["inbox.group.report"], self.main_text())
        self.assertIn(fr["label.no_report"].lower(), self.main_text().lower())  # inside a sentence

        self.open("/declarations/%s/endorsements" % DECL)
        self.assertEqual(self.lang(), "fr")
        status = self.driver.find_element(By.CSS_SELECTOR, ".badge").text
        self.assertIn(fr["label.declaration_status.open_for_endorsement"], status)
        self.assertIn(fr["tab.endorsements"], self.main_text())
        self.assertNotIn(en["endorsements.endorsement_status"], self.main_text())

        self.open("/conferences/skopje-2016")
        self.assertIn("octobre 2016", self.main_text())  # the dates in French words
        self.shot("ui-french")

    def test_the_secretariat_reads_russian_after_choosing_it(self):
        ru = catalogue("ru")
        self.sign_in("secretariat")
        self.choose_language("ru")
        self.open("/conferences/skopje-2016")
        self.assertEqual(self.lang(), "ru")
        self.assertIn(ru["conference.dates"], self.main_text())
        self.assertIn("октября 2016", self.main_text())
        self.assertIn(ru["nav.audit"], self.driver.find_element(By.TAG_NAME, "nav").text)
        # Back to none: English again, from the browser's language.
        self.choose_language("")
        self.assertEqual(self.lang(), "en")


if __name__ == "__main__":
    accord_site.run(__doc__)
