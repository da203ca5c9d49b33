#!/usr/bin/env python3
"""The agenda of a conference in headless Chromium against the real accord-server:
the secretariat opens the Skopje conference, opens "Add a session", types an end
before the start and no title: the page comes back with each error beside its
field, what was typed kept, and the focus on the first field to correct; corrected,
with a speaker ticked, the session shows under its day with its times and speaker.
The secretariat then adds an organizer from the directory. A monitor sees the
agenda without forms. The add-delegate form, sent without a name for someone
new, comes back open with the error beside the name, the typing kept and the
focus there. Screenshot: agenda.png under --out/screenshots."""
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


class Agenda(accord_site.SiteCase, unittest.TestCase):
    def test_the_secretariat_adds_a_session_after_a_refusal_said_beside_its_fields(self):
        self.sign_in("secretariat")
        self.open("/conferences/skopje-2016")
        self.wait.until(EC.presence_of_element_located((By.ID, "agenda-empty")))
        self.driver.find_element(By.CSS_SELECTOR, "details.new-session > summary").click()
        Select(self.driver.find_element(By.ID, "session-new-date")).select_by_value("2016-10-27")
        self.type_into("session-new-start", "10:00")
        self.type_into("session-new-end", "09:30")
        self.type_into("session-new-room", "Hall <A>")
        self.submit("#session-form-new button[type=submit]")

        form = self.wait.until(EC.presence_of_element_located((By.ID, "session-form-new")))
        self.assertTrue(form.is_displayed(), "the refused form comes back open")
        errors = [e.text for e in form.find_elements(By.CSS_SELECTOR, ".field .error")]
        self.assertTrue(any("must be after the start (10:00)" in e for e in errors), errors)
        self.assertEqual(len(errors), 2, errors)  # the end and the missing title, at once
        self.assertEqual(self.driver.find_element(By.ID, "session-new-start").get_attribute("value"), "10:00")
        self.assertEqual(self.driver.find_element(By.ID, "session-new-room").get_attribute("value"), "Hall <A>")
        self.assertEqual(self.driver.switch_to.active_element.get_attribute("id"), "session-new-end",
                         "the first field to correct has the focus")
        self.assertEqual(self.driver.find_element(By.ID, "session-new-end").get_attribute("aria-invalid"), "true")

        self.type_into("session-new-end", "11:15")
        self.type_into("session-new-title", "Opening session — открытие")
        self.driver.find_element(By.ID, "session-new-speaker-nina-suomalainen").click()
        self.submit("#session-form-new button[type=submit]")
        agenda = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.agenda")))
        text = agenda.text
        self.assertIn("10:00–11:15", text)
        self.assertIn("Opening session — открытие", text)
        self.assertIn("Hall <A>", text)
        self.assertIn("Nina Suomalainen", text)
        heading = self.driver.find_element(By.ID, "agenda-2016-10-27").text
        self.assertIn("2016", heading)
        self.shot("agenda")

        # An organizer from the directory.
        picker = Select(self.driver.find_element(By.ID, "organizer-add"))
        label = picker.options[0].get_attribute("textContent")
        picker.select_by_index(0)
        self.submit("#organizer-add-button")
        organizers = self.wait.until(EC.presence_of_element_located((By.ID, "organizers"))).text
        self.assertIn(label, organizers)

        # A monitor reads the agenda, with no form to change it.
        self.sign_in("monitor")
        self.open("/conferences/skopje-2016")
        agenda = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.agenda")))
        self.assertIn("Opening session", agenda.text)
        self.assertEqual(self.driver.find_elements(By.ID, "session-form-new"), [])
        self.assertEqual(self.driver.find_elements(By.ID, "organizer-form"), [])

    def test_the_add_delegate_form_answers_bad_fields_beside_them(self):
        self.sign_in("secretariat")
        self.open("/conferences/skopje-2016")
        self.driver.find_element(By.CSS_SELECTOR, "details.add-delegate > summary").click()
        Select(self.driver.find_element(By.ID, "delegate-country")).select_by_value("MK")
        Select(self.driver.find_element(By.ID, "delegate-role")).select_by_value("observer")
        Select(self.driver.find_element(By.ID, "delegate-person")).select_by_value("")
        self.type_into("delegate-title", "Adviser <b>{{x}}</b>")
        self.submit("#add-delegate button[type=submit]")

        form = self.wait.until(EC.presence_of_element_located((By.ID, "add-delegate")))
        self.assertTrue(form.is_displayed(), "the refused form comes back open")
        errors = [e.text for e in form.find_elements(By.CSS_SELECTOR, ".field .error")]
        self.assertEqual(len(errors), 1, errors)
        self.assertIn("must name someone new", errors[0])
        self.assertEqual(self.driver.find_element(By.ID, "delegate-title").get_attribute("value"),
                         "Adviser <b>{{x}}</b>")
        self.assertEqual(Select(self.driver.find_element(By.ID, "delegate-role")).first_selected_option
                         .get_attribute("value"), "observer")
        self.assertEqual(self.driver.switch_to.active_element.get_attribute("id"), "delegate-name",
                         "the field to correct has the focus")

        self.type_into("delegate-name", "Vesna Markovska")
        self.submit("#add-delegate button[type=submit]")
        self.wait.until(EC.presence_of_element_located((By.ID, "delegations")))
        self.assertIn("Vesna Markovska", self.driver.find_element(By.TAG_NAME, "main").text)


if __name__ == "__main__":
    accord_site.run(__doc__)
