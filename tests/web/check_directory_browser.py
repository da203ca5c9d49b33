#!/usr/bin/env python3
"""The directory of a conference in headless Chromium against the real
accord-server: the secretariat opens the Skopje conference, follows "People and
organizations", adds an organization and a person (a refused e-mail address first,
said beside its field, the typing kept), finds the person by searching, changes
their title through Edit, and then picks them on the conference page to add to a
delegation and adds them as a speaker with their role, which the conference page
shows; a coordinator of another country reads the directory without the address. Screenshot: directory.png under --out/screenshots."""
import os
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402


def setUpModule():
    accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class Directory(accord_site.SiteCase, unittest.TestCase):
    def test_the_secretariat_adds_a_person_and_makes_them_a_delegate(self):
        self.sign_in("secretariat")
        self.open("/conferences/skopje-2016")
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(By.ID, "directory-link").click()
        self.wait.until(EC.staleness_of(old))
        self.wait.until(EC.presence_of_element_located((By.ID, "person-form")))

        self.type_into("org-name", "La Strada Macedonia")
        self.type_into("org-acronym", "LS")
        Select(self.driver.find_element(By.ID, "org-kind")).select_by_value("civil_society")
        Select(self.driver.find_element(By.ID, "org-country")).select_by_value("MK")
        self.submit("#org-save")
        self.wait.until(EC.presence_of_element_located((By.ID, "organizations")))
        self.assertIn("Civil society", self.driver.find_element(By.ID, "organizations").text)

        # A bad address: refused beside its field, what was typed kept.
        self.type_into("person-name", "Elena Stojanovska")
        self.type_into("person-email", "elena at example.org")
        self.submit("#person-save")
        error = self.wait.until(EC.presence_of_element_located((By.ID, "person-email-error")))
        self.assertIn("e-mail", error.text)
        self.assertEqual(self.driver.find_element(By.ID, "person-name").get_attribute("value"), "Elena Stojanovska")
        self.type_into("person-email", "elena@example.org")
        self.type_into("person-title", "Programme Officer")
        self.type_into("person-language", "mk")
        Select(self.driver.find_element(By.ID, "person-country")).select_by_value("MK")
        Select(self.driver.find_element(By.ID, "person-organization")).select_by_visible_text(
            "La Strada Macedonia (LS)")
        self.submit("#person-save")

        self.type_into("people-search-name", "stojanov")
        self.submit("#people-search-go")
        rows = self.wait.until(EC.presence_of_element_located((By.ID, "people"))).text
        self.assertIn("Elena Stojanovska", rows)
        self.assertIn("elena@example.org", rows)
        self.assertIn("La Strada Macedonia", rows)
        self.assertNotIn("Nina Suomalainen", rows)
        self.shot("directory")

        # Edit: the form comes back filled in, and saving rewrites the entry.
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(
            By.XPATH, "//table[@id='people']//th[contains(., 'Elena Stojanovska')]/a").click()
        self.wait.until(EC.staleness_of(old))
        self.assertEqual(self.wait.until(EC.presence_of_element_located((By.ID, "person-email")))
                         .get_attribute("value"), "elena@example.org")
        self.type_into("person-title", "Head of Programmes")
        self.submit("#person-save")
        self.type_into("people-search-name", "stojanov")
        self.submit("#people-search-go")
        self.assertIn("Head of Programmes", self.wait.until(
            EC.presence_of_element_located((By.ID, "people"))).text)

        # On the conference page she is in the directory's list of the delegate form.
        self.open("/conferences/skopje-2016")
        person = Select(self.wait.until(EC.presence_of_element_located((By.ID, "delegate-person"))))
        # The form sits in a closed <details>: its options' text is read as the DOM holds it.
        labels = [o.get_attribute("textContent") for o in person.options]
        self.assertTrue(any("Elena Stojanovska" in label for label in labels), labels)

        # And she speaks: picked from the directory with her role, shown on the page.
        Select(self.driver.find_element(By.ID, "speaker-person")).select_by_visible_text(
            "Elena Stojanovska, Head of Programmes")
        self.type_into("speaker-role", "Closing remarks")
        self.submit("#speaker-add")
        speakers = self.wait.until(EC.presence_of_element_located((By.ID, "speakers"))).text
        self.assertIn("Elena Stojanovska, Head of Programmes (Closing remarks)", speakers)

    def test_another_countrys_coordinator_reads_the_directory_without_addresses(self):
        self.sign_in("secretariat")
        self.open("/conferences/skopje-2016/directory")
        self.wait.until(EC.presence_of_element_located((By.ID, "person-form")))
        self.type_into("person-name", "Arben Krasniqi")
        self.type_into("person-email", "arben@example.org")
        Select(self.driver.find_element(By.ID, "person-country")).select_by_value("MK")
        self.submit("#person-save")
        self.sign_in("coordinator.al")
        self.open("/conferences/skopje-2016/directory?search=krasniqi")
        rows = self.wait.until(EC.presence_of_element_located((By.ID, "people"))).text
        self.assertIn("Arben Krasniqi", rows)
        self.assertNotIn("arben@example.org", rows)
        self.assertEqual(self.driver.find_elements(By.ID, "person-form"), [])


if __name__ == "__main__":
    accord_site.run(__doc__)
