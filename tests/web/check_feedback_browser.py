#!/usr/bin/env python3
"""The pages tell people what happened and what is wrong, and hold their shape
(issue 19 part A), in headless Chromium against the real accord-server:
- a message after each action, in words, with the focus on it, shown once, with
  an undo where the domain has one;
- every invalid field of a refused form described beside it (aria-invalid,
  aria-describedby), a summary at the top, the focus on the first field; the
  sign-in error without internal names;
- no page wider than a 390 px phone with hostile text loaded (2,000-character
  words, markup, mixed scripts), and a header that does not fill the first screen;
- an HTML not-found page for unknown addresses outside /api; breadcrumbs."""
import json
import os
import re
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

DECL = "skopje-joint-declaration"
ARGS = None
SITE = None
# One unbroken "word" as long as a title may be, with markup, {{...}} and three scripts.
LONG_WORD = "Ω" * 40 + "<b>{{x}}</b>" + "Ж" * 40 + "W" * 200
HOSTILE_ID = "hostile-text"


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


class Page(accord_site.SiteCase, unittest.TestCase):
    width, height = 1280, 900

    def set_value(self, element_id, value):
        # Date inputs take a value from script the same way in every locale; long texts go faster so.
        self.driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)

    def flash(self):
        """The message of the page, which must have the focus."""
        message = self.wait.until(EC.presence_of_element_located((By.ID, "flash")))
        self.assertEqual(message.get_attribute("role"), "status")
        focused = self.driver.execute_script("return document.activeElement && document.activeElement.id")
        self.assertEqual(focused, "flash", "the message takes the focus")
        return message.text

    def http(self):
        return accord_site.Http(SITE.url, accord_site.session_cookie(self.driver))

    def load_hostile_conference(self):
        """A conference whose title, venue and delegate are one long word each (once)."""
        http = self.http()
        status, _, _ = http.request("/conferences/" + HOSTILE_ID)
        if status == 200:
            return
        _, _, page = http.request("/conferences/new")
        form = {"csrf": accord_site.csrf_of(page), "title": LONG_WORD, "city": "Ж" * 150, "venue": LONG_WORD,
                "startDate": "2017-10-12", "endDate": "2017-10-13", "languages": "en", "id": HOSTILE_ID,
                "status": "planned", "organizers": LONG_WORD, "speakers": ""}
        status, _, body = http.request("/conferences", form)
        self.assertEqual(status, 303, body[:2000])
        _, _, page = http.request("/conferences/" + HOSTILE_ID)
        version = re.search(rb'name="version" value="(\d+)"', page).group(1).decode()
        status, _, body = http.request("/conferences/%s/delegates" % HOSTILE_ID,
                                       {"csrf": accord_site.csrf_of(page), "version": version, "country": "MK",
                                        "role": "expert", "name": LONG_WORD, "title": LONG_WORD})
        self.assertEqual(status, 303, body[:2000])


class Feedback(Page):
    def test_each_action_says_what_it_did_once_and_offers_an_undo(self):
        self.sign_in("secretariat")
        self.open("/conferences/new")
        self.type_into("conf-title", "Ohrid <i>Follow-up</i> Meeting")
        self.type_into("conf-city", "Ohrid")
        self.set_value("conf-start", "2017-10-12")
        self.set_value("conf-end", "2017-10-13")
        self.type_into("conf-languages", "en")
        self.type_into("conf-id", "ohrid-follow-up")
        self.submit("#conference-form button[type=submit]")
        self.assertEqual(self.flash(), "Conference “Ohrid <i>Follow-up</i> Meeting” created")
        self.shot("feedback-conference-created")
        self.driver.refresh()
        self.assertEqual(self.css("#flash"), [], "a message is shown once")

        # Adding a delegate can be undone from the message.
        self.driver.find_element(By.CSS_SELECTOR, "details.add-delegate summary").click()
        Select(self.driver.find_element(By.ID, "delegate-country")).select_by_value("MK")
        self.type_into("delegate-name", "Nikola Petrov")
        self.submit("#add-delegate button[type=submit]")
        self.assertEqual(self.flash().splitlines()[0], "Nikola Petrov added to the delegation of North Macedonia")
        self.assertIn("Nikola Petrov", self.driver.find_element(By.ID, "delegations").find_element(
            By.XPATH, "..").text)
        self.submit("#flash button[type=submit]")
        self.assertEqual(self.flash().splitlines()[0], "Delegate removed from the delegation of North Macedonia")
        # Gone from the delegations (the directory, and so the speaker picker, keep the person).
        self.assertNotIn("Nikola Petrov", self.driver.find_element(By.ID, "delegations").find_element(
            By.XPATH, "..").text)

        # A declaration's status, in words (the sample is open for endorsement: it closes).
        self.open("/declarations/%s" % DECL)
        before = self.driver.find_element(By.TAG_NAME, "html")
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/status'] button"))
        self.wait.until(EC.staleness_of(before))
        self.assertEqual(self.flash(), "Status changed to “Closed”")

    def test_a_message_cannot_be_forged_from_a_link_or_another_session(self):
        self.sign_in("secretariat")
        self.open("/?flash=Revision%2099%20saved&message=x")
        self.assertEqual(self.css("#flash"), [])
        self.driver.add_cookie({"name": "accord_flash", "value": "m=Forged%20message.0000"})
        self.open("/")
        self.assertEqual(self.css("#flash"), [], "an unsigned message is not shown")

    def test_report_form_describes_every_invalid_field_and_then_says_it_was_submitted(self):
        self.sign_in("coordinator.al")
        self.driver.find_element(By.CSS_SELECTOR, ".inbox-report a").click()  # "Report progress on ‘…’ for Albania"
        self.wait.until(EC.presence_of_element_located((By.ID, "report-form")))
        self.submit("#report-form button[value=submit]")
        summary = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
        self.assertIn("fields need correcting", summary.text)
        for label in ("Period from", "Period to", "Percent done", "What was done"):
            self.assertIn(label, summary.text)
        self.assertNotIn("periodStart", summary.text, "no internal field names")
        for field in ("periodStart", "periodEnd", "percent", "narrative"):
            element = self.driver.find_element(By.ID, field)
            self.assertEqual(element.get_attribute("aria-invalid"), "true", field)
            described = element.get_attribute("aria-describedby")
            self.assertTrue(described, field)
            texts = [self.driver.find_element(By.ID, d).text for d in described.split()]
            self.assertTrue(any(texts), "%s is described by its error" % field)
        self.assertEqual(self.driver.execute_script("return document.activeElement.id"), "periodStart",
                         "the first field to correct has the focus")
        link = summary.find_element(By.CSS_SELECTOR, "a")
        self.assertEqual(link.get_attribute("hash"), "#periodStart", "the summary links to the field")
        self.shot("feedback-report-errors")

        self.set_value("periodStart", "2026-01-01")
        self.set_value("periodEnd", "2026-06-30")
        self.type_into("percent", "40")
        self.type_into("narrative", "Contact point designated.")
        self.submit("#report-form button[value=submit]")
        self.assertEqual(self.flash(), "Albania: report for 1 January 2026 – 30 June 2026 submitted")

    def assert_every_error_described(self, fields, first):
        summary = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
        self.assertIn("%d fields need correcting" % len(fields), summary.text)
        for field in fields:
            element = self.driver.find_element(By.ID, field)
            described = element.get_attribute("aria-describedby")
            self.assertTrue(described, field)
            texts = [self.driver.find_element(By.ID, d).text for d in described.split()]
            self.assertTrue(any(texts), "%s is described by its error" % field)
        self.assertEqual(self.driver.execute_script("return document.activeElement.id"), first,
                         "the first field to correct has the focus")

    def test_an_endorsement_row_describes_every_invalid_field(self):
        self.sign_in("secretariat")
        self.open("/declarations/%s/endorsements" % DECL)
        self.driver.find_element(By.XPATH, "//form[@id='endorse-SI']/ancestor::details/summary").click()
        Select(self.driver.find_element(By.ID, "to-SI")).select_by_value("endorsed")
        self.set_value("date-SI", "")
        before = self.driver.find_element(By.TAG_NAME, "html")
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "#endorse-SI button[type=submit]"))
        self.wait.until(EC.staleness_of(before))
        alert = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#endorse-SI [role=alert]")))
        self.assertIn("2 fields need correcting", alert.text)
        for field in ("signer-SI", "date-SI"):
            self.assertEqual(self.driver.find_element(By.ID, field).get_attribute("aria-invalid"), "true", field)
        self.assertEqual(self.driver.execute_script("return document.activeElement.id"), "signer-SI",
                         "the first field to correct has the focus")

    def test_commitment_and_account_forms_describe_every_invalid_field(self):
        self.sign_in("secretariat")
        self.open("/declarations/%s/commitments/new" % DECL)
        self.type_into("cm-id", "cm-every-error")
        self.type_into("cm-milestones", "only a title")
        self.submit("#commitment-form button[type=submit]")
        self.assert_every_error_described(["cm-text", "cm-deadline", "cm-milestones", "cm-countries"], "cm-text")
        self.assertEqual(self.driver.find_element(By.ID, "cm-id").get_attribute("value"), "cm-every-error",
                         "what was typed stays")
        self.shot("feedback-commitment-errors")

        # A new declaration on its conference's page.
        self.open("/conferences/skopje-2016")
        self.driver.find_element(By.CSS_SELECTOR, "details.new-declaration summary").click()
        self.type_into("decl-language", "x")
        self.type_into("decl-id", "two words")
        self.submit("#new-declaration button[type=submit]")
        self.assert_every_error_described(["decl-title", "decl-language", "decl-id"], "decl-title")

        self.sign_in("admin")
        self.open("/users")
        self.type_into("acc-name", "two words")
        self.type_into("acc-email", "not an address")
        Select(self.driver.find_element(By.ID, "acc-role")).select_by_value("coordinator")
        self.submit("#new-account-form button[type=submit]")
        self.assert_every_error_described(["acc-name", "acc-display", "acc-email", "acc-country"], "acc-name")

    def test_a_refused_reminder_describes_every_invalid_field_and_keeps_the_ticks(self):
        # Named to run before test_each_action_..., which closes the sample declaration
        # (unittest runs a class's tests in name order): a closed one has nobody to remind.
        self.sign_in("secretariat")
        self.open("/declarations/%s/reminders" % DECL)
        boxes = self.wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "#reminder-form input[type=checkbox]")))
        first_box = boxes[0].get_attribute("id")
        for box in boxes:
            if box.is_selected():
                box.click()
        self.set_value("reminder-message", "")
        self.submit("#reminder-form button[value=send]")
        self.assert_every_error_described([first_box, "reminder-message"], first_box)
        self.assertEqual(self.driver.find_element(By.ID, "reminder-message").get_attribute("aria-invalid"), "true")
        summary = self.driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
        self.assertIn("Countries", summary, "the field named as the form labels it")
        self.assertEqual([b for b in self.css("#reminder-form input[type=checkbox]") if b.is_selected()], [],
                         "no box is ticked again behind the user's back")
        self.shot("feedback-reminder-errors")

    def test_roles_and_statuses_are_words_not_codes(self):
        self.sign_in("coordinator.al")
        self.assertEqual(self.driver.find_element(By.ID, "who-role").text, "National coordinator — Albania")
        self.sign_in("secretariat")
        self.assertEqual(self.driver.find_element(By.ID, "who-role").text, "Secretariat")
        self.open("/conferences")
        statuses = [td.text for td in self.css("table tbody tr td:nth-child(4)")]
        self.assertTrue(statuses)
        for status in statuses:
            self.assertIn(status, ("Planned", "Ongoing", "Concluded"))

    def test_a_withdrawn_invitation_is_given_again_from_the_message(self):
        api, auth = accord_site.api_as(SITE, "secretariat")
        status, _, body = api.request("/api/v1/declarations", json.dumps(
            {"id": "feedback-undo", "conference": "skopje-2016", "title": "Undo Declaration",
             "invitedCountries": ["AL", "MK"]}).encode(), auth)
        self.assertEqual(status, 201, body)
        self.sign_in("secretariat")
        self.open("/declarations/feedback-undo")
        before = self.driver.find_element(By.TAG_NAME, "html")
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, 'ul.invited li[data-country="AL"] button'))
        self.wait.until(EC.staleness_of(before))
        self.assertEqual(self.flash().splitlines()[0], "Albania is no longer invited")
        self.assertNotIn("AL", [e.get_attribute("data-country") for e in self.css("ul.invited li")])
        self.submit("#flash button[type=submit]")
        self.assertEqual(self.flash().splitlines()[0], "Albania invited")
        self.assertIn("AL", [e.get_attribute("data-country") for e in self.css("ul.invited li")])

    def test_sign_in_errors_are_in_words(self):
        self.open("/signin")
        self.submit("form button[type=submit]")
        summary = self.driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
        self.assertIn("User name must not be empty", summary)
        self.assertIn("Password must not be empty", summary)
        self.type_into("name", "monitor")
        self.type_into("password", "not the password")
        self.submit("form button[type=submit]")
        error = self.driver.find_element(By.ID, "password-error").text
        self.assertEqual(error, "The user name or password is not right.")


class Navigation(Page):
    def test_unknown_addresses_answer_an_html_not_found_page(self):
        http = accord_site.Http(SITE.url)
        for path in ("/nothing-here", "/declarations/%s/nothing" % DECL, "/conferences/x/y/z"):
            status, headers, body = http.request(path, headers={"Accept": "text/html,application/xhtml+xml"})
            self.assertEqual(status, 404, path)
            self.assertTrue(headers["Content-Type"].startswith("text/html"), path)
            self.assertIn(b"Not found", body)
        status, headers, _ = http.request("/api/v1/nothing-here", headers={"Accept": "text/html"})
        self.assertEqual(status, 404)
        self.assertEqual(headers["Content-Type"].split(";")[0], "application/problem+json")
        self.sign_in("monitor")
        self.open("/declarations/%s/nothing" % DECL)
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "h1").text, "Not found")

    def test_breadcrumbs_lead_back_to_the_conference(self):
        self.sign_in("monitor")
        self.open("/declarations/%s/endorsements" % DECL)
        crumbs = self.css("nav[aria-label=Breadcrumb] li")
        self.assertEqual(crumbs[0].text, "Conferences")
        self.assertEqual(crumbs[-1].text, "Endorsements")
        self.assertEqual(crumbs[-1].find_element(By.CSS_SELECTOR, "[aria-current=page]").text, "Endorsements")
        self.assertEqual(len(crumbs), 4)
        self.assertTrue(crumbs[1].find_element(By.TAG_NAME, "a").get_attribute("href").endswith("/conferences/"
                                                                                                  "skopje-2016"))
        # The sample is illustrative: its pages say so.
        banner = self.driver.find_element(By.CSS_SELECTOR, ".illustrative[role=note]")
        self.assertIn("Illustrative sample", banner.text)
        # Kosovo* is printed with its mark and the note the mark refers to.
        self.assertIn("Kosovo*", self.driver.find_element(By.TAG_NAME, "main").text)
        self.assertIn("UNSCR 1244/1999", self.driver.find_element(By.CSS_SELECTOR, "aside.footnotes").text)
        # An assignment's page is five steps down.
        self.open("/commitments/cm-common-indicators/countries/AL")
        self.assertEqual([c.text for c in self.css("nav[aria-label=Breadcrumb] li")][-2:],
                         ["Implementation", "Albania"])


class Names(Page):
    SECRETARIAT = "Conference Secretariat, OSCE Mission to Skopje (secretariat)"

    def test_pages_name_people_and_their_roles_not_user_names(self):
        self.sign_in("monitor")
        self.open("/declarations/" + DECL)
        history = [li.text for li in self.css("ol.history > li")]
        self.assertTrue(history)
        for entry in history:
            self.assertIn(" by " + self.SECRETARIAT, entry)
        self.open("/declarations/%s/endorsements" % DECL)
        self.assertIn("recorded on behalf by " + self.SECRETARIAT, self.driver.find_element(By.ID, "country-BG").text)
        # 8 of 12, not a rounded percentage: the bar counts countries too.
        progress = self.driver.find_element(By.ID, "endorsement-progress")
        summary = self.driver.find_element(By.ID, "endorsement-summary").text
        self.assertRegex(summary, r"^\d+ of \d+ invited countr(y|ies) (has|have) signed")
        self.assertNotIn("%", summary)
        signed, invited = re.match(r"(\d+) of (\d+)", summary).groups()
        self.assertEqual((progress.get_attribute("value"), progress.get_attribute("max")), (signed, invited))
        # A report names its author by name; a reviewer without an account here keeps the user name.
        self.open("/commitments/cm-common-indicators/countries/AL")
        self.assertIn("By Mirela Dervishi (national coordinator); reviewed by monitor.osr", self.driver.find_element(
            By.TAG_NAME, "main").text)


class Phone(Page):
    width, height = 390, 844
    PAGES = ["/", "/conferences", "/conferences/" + HOSTILE_ID, "/declarations/%s" % DECL,
             "/declarations/%s/endorsements" % DECL, "/declarations/%s/implementation" % DECL,
             "/commitments/cm-common-indicators/countries/AL", "/audit", "/notifications"]

    def test_no_page_is_wider_than_a_phone_with_hostile_text(self):
        self.sign_in("secretariat")
        self.load_hostile_conference()
        for path in self.PAGES:
            self.open(path)
            self.wait.until(EC.presence_of_element_located((By.TAG_NAME, "footer")))
            widths = self.driver.execute_script(
                "return [document.documentElement.scrollWidth, window.innerWidth,"
                " document.querySelector('header.site').getBoundingClientRect().height]")
            self.assertLessEqual(widths[0], widths[1], "%s is %d px wide on a %d px phone" % (path, widths[0],
                                                                                             widths[1]))
            self.assertLess(widths[2], 844 / 4, "%s: the header is %d px tall" % (path, widths[2]))
        self.open("/conferences/" + HOSTILE_ID)
        self.shot("phone-hostile-conference")
        # The long word is there, wrapped, not cut away.
        self.assertIn("W" * 50, self.driver.find_element(By.TAG_NAME, "h1").text.replace("\n", ""))


if __name__ == "__main__":
    accord_site.run(__doc__)
