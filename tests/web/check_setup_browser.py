#!/usr/bin/env python3
"""Setting up from nothing in headless Chromium against the real accord-server: the
secretariat creates a conference (a refused date shown beside its field first),
finds it by city and year, starts a declaration on its page, which opens in the
editor on an empty first revision, writes the first text, invites countries (and
withdraws one invitation) and opens the consultation. Pages offer none of it to a
monitor. Screenshots go under --out/screenshots."""
import os
import sys
import unittest

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

ARGS = None
SITE = None
TITLE = "Regional Meeting on Referral <Ohrid> {{title}}"
CITY = "Ohrid"


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class SetUp(accord_site.SiteCase, unittest.TestCase):
    def set_date(self, element_id, iso):
        # A date input takes its value from script the same way in every locale.
        self.driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, iso)

    def invited(self):
        try:
            return [e.get_attribute("data-country") for e in self.driver.find_elements(By.CSS_SELECTOR, "ul.invited li")]
        except StaleElementReferenceException:
            return []  # asked while the page after the form was loading: the wait asks again

    def test_the_secretariat_sets_up_a_conference_and_a_declaration_from_nothing(self):
        self.sign_in("secretariat")
        self.driver.find_element(By.LINK_TEXT, "Conferences").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "new-conference"))).click()
        self.type_into("conf-title", TITLE)
        self.type_into("conf-city", CITY)
        self.type_into("conf-venue", "Hotel Metropol")
        self.set_date("conf-start", "2017-10-12")
        self.set_date("conf-end", "2017-10-11")
        self.type_into("conf-languages", "en, mk")
        self.type_into("conf-id", "ohrid-2017")
        self.type_into("conf-organizers", "OSCE Mission to Skopje (OSCE)\nNational Commission")
        self.type_into("conf-speakers", "Nina Head \u2014 Opening remarks")
        self.driver.find_element(By.CSS_SELECTOR, "#conference-form button[type=submit]").click()
        error = self.wait.until(EC.presence_of_element_located((By.ID, "conference-error")))
        self.assertIn("Last day", error.text)
        self.assertEqual(self.driver.find_element(By.ID, "conf-title").get_attribute("value"), TITLE,
                         "the form keeps what was typed")
        self.set_date("conf-end", "2017-10-13")
        self.driver.find_element(By.CSS_SELECTOR, "#conference-form button[type=submit]").click()
        # The form's own page has an h1 too: wait for the new conference's page first.
        self.wait.until(EC.url_contains("/conferences/ohrid-2017"))
        heading = self.wait.until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
        self.assertEqual(heading.text, TITLE, "markup and {{...}} typed by a user are shown as text")
        self.assertEqual(self.driver.find_element(By.ID, "organizers").text,
                         "OSCE Mission to Skopje (OSCE)\nNational Commission")
        self.assertEqual(self.driver.find_element(By.ID, "speakers").text, "Nina Head (Opening remarks)")

        # A delegate new to the conference's directory heads North Macedonia's delegation.
        self.driver.find_element(By.CSS_SELECTOR, "details.add-delegate summary").click()
        Select(self.driver.find_element(By.ID, "delegate-country")).select_by_value("MK")
        Select(self.driver.find_element(By.ID, "delegate-role")).select_by_value("head_of_delegation")
        self.type_into("delegate-name", "Nikola Petrov")
        self.type_into("delegate-title", "National Anti-Trafficking Co-ordinator")
        self.driver.find_element(By.CSS_SELECTOR, "#add-delegate button[type=submit]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.ID, "delegations"), "Delegations (1)"))
        row = self.driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=delegations] tbody tr")
        self.assertIn("Nikola Petrov, National Anti-Trafficking Co-ordinator (head of delegation)", row.text)

        # More delegates from a CSV file's text, pasted: a refused row is named and
        # nothing can be imported; the corrected file is previewed, then imported.
        self.submit("#import-delegates")
        self.type_into("import-csv", "country;name;role\nAL;Besa Krasniqi;expert\nZZ;<b>Nobody</b>;expert\n")
        self.driver.find_element(By.ID, "import-preview").click()
        rows = self.wait.until(EC.presence_of_element_located((By.ID, "import-rows")))
        self.assertIn("row 3, country: is not a known country code", rows.text)
        self.assertIn("<b>Nobody</b>", rows.text, "markup in a cell is shown as text")
        self.assertFalse(self.driver.find_elements(By.ID, "import-store"))
        self.type_into("import-csv", "country;name;role\nAL;Besa Krasniqi;expert\nMK;Nikola Petrov;head_of_delegation\n")
        self.driver.find_element(By.ID, "import-preview").click()
        # The refused preview's page has a summary too: wait for it to go first.
        self.wait.until(EC.staleness_of(rows))
        summary = self.wait.until(EC.presence_of_element_located((By.ID, "import-summary")))
        self.assertIn("2 rows: 1 would change the delegations, 0 refused.", summary.text)
        self.driver.find_element(By.ID, "import-store").click()
        self.wait.until(EC.text_to_be_present_in_element((By.ID, "delegations"), "Delegations (2)"))
        self.assertIn("Besa Krasniqi", self.driver.find_element(By.CSS_SELECTOR,
                                                                "section[aria-labelledby=delegations] tbody").text)

        # Found by city and year, not by another year.
        self.open("/conferences?city=ohr&year=2017")
        self.assertEqual([e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "table.conferences th a")],
                         [TITLE])
        self.open("/conferences?city=ohr&year=2016")
        self.assertTrue(self.driver.find_elements(By.XPATH, "//p[text()='No conference matches.']"))

        # A declaration starts on the conference page and opens in the editor.
        self.open("/conferences/ohrid-2017")
        self.driver.find_element(By.CSS_SELECTOR, "details.new-declaration summary").click()
        self.type_into("decl-title", "Ohrid Joint Declaration")
        self.type_into("decl-id", "ohrid-joint")
        self.shot("setup-conference")
        self.driver.find_element(By.CSS_SELECTOR, "#new-declaration button[type=submit]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h2"), "Write the first text"))
        self.assertIn("/declarations/ohrid-joint/edit", self.driver.current_url)
        self.type_into("r.new.text", "that referral saves lives,")
        self.type_into("c.new.text", "Agree to refer victims across borders.")
        self.type_into("closingFormula", "Done at Ohrid.")
        self.type_into("changeNote", "First text")
        self.shot("setup-first-text")
        self.driver.find_element(By.CSS_SELECTOR, "#save-revision").click()
        clause = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".operative .clause")))
        self.assertTrue(clause.text.startswith("1. Agree to refer victims across borders."), clause.text)

        # Nobody is invited yet; two are, then one is withdrawn.
        self.assertEqual(self.invited(), [])
        self.assertIn("No country is invited yet", self.driver.find_element(By.ID, "invitations-heading")
                      .find_element(By.XPATH, "..").text)
        for code in ("MK", "AL"):
            Select(self.driver.find_element(By.ID, "invite-country")).select_by_value(code)
            self.driver.find_element(By.XPATH, "//form[.//select[@id='invite-country']]//button").click()
            self.wait.until(lambda d, c=code: c in self.invited())
        self.assertEqual(self.invited(), ["MK", "AL"])
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, 'li[data-country="AL"] button'))
        self.wait.until(lambda d: self.invited() == ["MK"])
        self.shot("setup-declaration")
        self.click_and_confirm(self.driver.find_element(By.XPATH, "//button[text()='Open consultation']"))
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".badge"), "In consultation"))

        # A monitor reads it all but is offered none of the set-up.
        self.sign_in("monitor")
        self.open("/conferences/ohrid-2017")
        self.assertFalse(self.driver.find_elements(By.ID, "new-declaration"))
        self.assertFalse(self.driver.find_elements(By.ID, "edit-conference"))
        self.open("/declarations/ohrid-joint")
        self.assertEqual(self.invited(), ["MK"])
        self.assertFalse(self.driver.find_elements(By.ID, "invite-country"))
        self.assertFalse(self.driver.find_elements(By.CSS_SELECTOR, "ul.invited button"))
        self.open("/conferences")
        self.assertFalse(self.driver.find_elements(By.ID, "new-conference"))
        self.open("/conferences/new")
        self.assertIn("secretariat", self.driver.find_element(By.TAG_NAME, "main").text)


if __name__ == "__main__":
    accord_site.run(__doc__)
