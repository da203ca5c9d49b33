#!/usr/bin/env python3
"""Accounts in headless Chromium against the real accord-server: the administrator
opens Accounts from the menu, creates a coordinator for Austria without choosing a
password (a refused form first, its error beside the field), reads the password
shown once, and sees the account on the home page as never used; the coordinator
signs in with it and finds the invitation to endorse; the administrator disables
the account, after which it cannot sign in. Screenshots go under --out/screenshots
(accounts.png is the README's)."""
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


class Accounts(accord_site.SiteCase, unittest.TestCase):
    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, ".who button").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "password")))

    def fill_new_account(self, country):
        """Austria's new coordinator in the new-account form, the country chosen or not."""
        self.type_into("acc-name", "coordinator.at")
        self.type_into("acc-display", "Katharina Huber")
        self.type_into("acc-email", "k.huber@example.org")
        Select(self.driver.find_element(By.ID, "acc-role")).select_by_value("coordinator")
        if country:
            Select(self.driver.find_element(By.ID, "acc-country")).select_by_value(country)

    def test_an_administrator_creates_a_coordinator_who_signs_in_and_sees_the_invitation(self):
        self.sign_in("admin")
        self.driver.find_element(By.LINK_TEXT, "Accounts").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "new-account-form")))
        names = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "#accounts tbody th")]
        self.assertIn("coordinator.mk", names)

        # A coordinator needs a country: refused, said beside the field, typing kept.
        self.fill_new_account(None)
        self.driver.find_element(By.ID, "create-account").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "account-error")))
        self.assertIn("country", self.driver.find_element(By.ID, "account-error").text)
        self.assertEqual(self.driver.find_element(By.ID, "acc-name").get_attribute("value"), "coordinator.at")
        # The README's picture: the list and the form filled in, before it is sent.
        self.open("/users")
        self.fill_new_account("AT")
        self.shot("accounts")
        self.driver.find_element(By.ID, "create-account").click()
        password = self.wait.until(EC.presence_of_element_located((By.ID, "issued-password"))).text
        self.assertGreaterEqual(len(password), 12)
        self.assertIn("shown this once", self.driver.find_element(By.TAG_NAME, "main").text)

        self.open("/")
        never = self.driver.find_element(By.ID, "never-used-accounts").text
        self.assertIn("coordinator.at", never)
        self.assertIn("Austria", never)
        self.sign_out()

        # The coordinator signs in with the password shown once and finds the invitation.
        self.site.passwords["coordinator.at"] = password
        self.sign_in("coordinator.at")
        task = self.driver.find_element(By.LINK_TEXT, "Endorse or decline for Austria")
        self.assertTrue(task.is_displayed())
        self.assertFalse(self.driver.find_elements(By.LINK_TEXT, "Accounts"), "no Accounts menu for a coordinator")
        self.open("/users")
        self.assertIn("Not allowed", self.driver.find_element(By.TAG_NAME, "h1").text)
        self.sign_out()

        # Used now; disabled, it cannot sign in again.
        self.sign_in("admin")
        self.assertNotIn("coordinator.at", " ".join(e.text for e in self.driver.find_elements(By.ID, "never-used-accounts")))
        self.open("/users/coordinator.at")
        self.driver.find_element(By.ID, "disable-account").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "enable-account")))
        self.assertIn("disabled", self.driver.find_element(By.TAG_NAME, "main").text)
        self.sign_out()
        self.driver.find_element(By.ID, "name").send_keys("coordinator.at")
        field = self.driver.find_element(By.ID, "password")
        field.send_keys(password)
        field.submit()
        self.wait.until(EC.presence_of_element_located((By.ID, "signin-error")))
        self.assertFalse(self.driver.find_elements(By.CSS_SELECTOR, ".who"))


if __name__ == "__main__":
    accord_site.run(__doc__)
