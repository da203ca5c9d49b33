#!/usr/bin/env python3
"""End-to-end checks of the browser UI in headless Chromium against the real
accord-server: each role signs in and does its main job through the pages, the
server refuses what the pages do not offer, downloads open as DOCX, and every
main page is saved as a screenshot under --out/screenshots."""
import io
import json
import os
import sys
import unittest

import docx
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

DECL = "skopje-joint-declaration"
ARGS = None
SITE = None
AT_PASSWORD = "Austria-Coordinator-2016!"
HR_PASSWORD = "Croatia-Coordinator-2016!"
EDIT_DECL = "ui-editor-declaration"


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site([("coordinator.at", "coordinator", "AT", AT_PASSWORD),
                                   ("coordinator.hr", "coordinator", "HR", HR_PASSWORD)])


def tearDownModule():
    accord_site.stop_site()


class Page(accord_site.SiteCase, unittest.TestCase):
    """One browser per test, signed in as the test's person."""

    def overflowing(self):
        """The elements that stick out to the right of the window (empty when the page fits)."""
        return self.driver.execute_script(
            "var out = []; document.querySelectorAll('body *').forEach(function (e) {"
            "  var r = e.getBoundingClientRect();"
            "  if (r.right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap'))"
            "    out.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(r.right)); });"
            "return document.documentElement.scrollWidth > window.innerWidth + 1 ? out.slice(0, 8) : [];")


class SignIn(Page):
    def test_wrong_password_is_refused_beside_the_field(self):
        self.sign_in_expecting_error()
        error = self.driver.find_element(By.ID, "password-error")
        self.assertIn("The user name or password is not right", error.text)
        self.assertNotIn("password:", error.text, "no internal field name before the sentence")
        self.assertEqual(self.driver.find_element(By.ID, "password").get_attribute("aria-invalid"), "true")
        self.shot("signin-error")

    def sign_in_expecting_error(self):
        self.open("/signin")
        self.driver.find_element(By.ID, "name").send_keys("monitor")
        self.driver.find_element(By.ID, "password").send_keys("not-the-password" + Keys.ENTER)
        self.wait.until(EC.presence_of_element_located((By.ID, "password-error")))

    def test_pages_need_a_session_and_the_cookie_is_httponly_strict(self):
        status, headers, _ = accord_site.Http(SITE.url).request("/declarations/" + DECL)
        self.assertEqual(status, 303)
        self.assertTrue(headers["Location"].startswith("/signin?next="))
        status, headers, _ = accord_site.Http(SITE.url).request(
            "/signin", {"name": "monitor", "password": SITE.passwords["monitor"], "next": "/"})
        self.assertEqual(status, 303)
        cookie = headers["Set-Cookie"]
        for flag in ("accord_session=", "HttpOnly", "SameSite=Strict", "Path=/"):
            self.assertIn(flag, cookie)
        self.assertIn("default-src 'self'", headers["Content-Security-Policy"])

    def test_sign_out_ends_the_session(self):
        self.sign_in("viewer")
        cookie = accord_site.session_cookie(self.driver)
        self.driver.find_element(By.CSS_SELECTOR, ".who button").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "password")))
        status, _, _ = accord_site.Http(SITE.url, cookie).request("/")
        self.assertEqual(status, 303, "the old cookie must no longer open pages")


class Coordinator(Page):
    def test_endorses_for_own_country_only(self):
        self.sign_in("coordinator.at", AT_PASSWORD)
        task = self.driver.find_element(By.LINK_TEXT, "Endorse or decline for Austria")
        self.shot("home-coordinator")
        task.click()
        self.wait.until(EC.presence_of_element_located((By.ID, "endorsement-summary")))
        signed_before = int(self.driver.find_element(By.ID, "endorsement-summary").text.split(" of ")[0])
        # The only form offered is Austria's.
        self.assertEqual([f.get_attribute("id") for f in self.css("form.endorse-form")], ["endorse-AT"])

        # The server's error lands next to the field it names: no decision is
        # preselected (check_homes.py), and then the signer is required.
        self.driver.find_element(By.CSS_SELECTOR, "#country-AT + tr summary").click()
        Select(self.driver.find_element(By.ID, "to-AT")).select_by_value("endorsed")
        self.driver.find_element(By.ID, "signer-AT").clear()  # pre-filled with the person signed in
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "#endorse-AT button[type=submit]"))
        self.wait.until(EC.presence_of_element_located((By.ID, "signer-AT-error")))
        self.assertIn("required", self.driver.find_element(By.ID, "signer-AT-error").text)

        statement = "Subject to <b>ratification</b> by {{parliament}} & the Council"
        Select(self.driver.find_element(By.ID, "to-AT")).select_by_value("endorsed")
        self.driver.find_element(By.ID, "signer-AT").clear()
        self.driver.find_element(By.ID, "title-AT").clear()
        self.driver.find_element(By.ID, "signer-AT").send_keys("Gerda Huber")
        self.driver.find_element(By.ID, "title-AT").send_keys("National Coordinator")
        self.driver.execute_script("document.getElementById('date-AT').value = '2026-11-20'")
        self.driver.find_element(By.ID, "place-AT").send_keys("Vienna")
        self.driver.find_element(By.ID, "statement-AT").send_keys(statement)
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "#endorse-AT button[type=submit]"))
        self.wait.until(EC.text_to_be_present_in_element((By.ID, "endorsement-summary"),
                                                         "%d of 12" % (signed_before + 1)))
        row = self.driver.find_element(By.ID, "country-AT")
        self.assertIn("Endorsed", row.find_element(By.CSS_SELECTOR, ".status").text)
        self.assertIn("Gerda Huber", row.text)
        row.find_element(By.CSS_SELECTOR, "details.statement summary").click()  # the statement marker
        self.assertEqual(row.find_element(By.CSS_SELECTOR, "details.statement p").text, statement)  # escaped, not markup
        self.assertEqual(self.css("#country-AT b"), [])
        progress = self.driver.find_element(By.ID, "endorsement-progress")  # counts, not a rounded percentage
        self.assertEqual((progress.get_attribute("value"), progress.get_attribute("max")),
                         (str(signed_before + 1), "12"))
        self.assertIn("%d of 12 invited countries" % (signed_before + 1),
                      self.driver.find_element(By.ID, "endorsement-summary").text)
        self.shot("endorsements")

    def test_server_refuses_a_crafted_post_for_another_country(self):
        self.sign_in("coordinator.at", AT_PASSWORD)
        self.open("/declarations/%s/endorsements" % DECL)
        si_before = self.driver.find_element(By.CSS_SELECTOR, "#country-SI .status").text
        http = self.http()
        _, _, page = http.request("/declarations/%s/endorsements" % DECL)
        csrf = accord_site.csrf_of(page)
        self.assertTrue(csrf)
        form = {"csrf": csrf, "version": "0", "to": "declined", "date": "2026-11-20",
                "signer_name": "Intruder", "method": "email"}
        status, _, body = http.request("/declarations/%s/endorsements/SI" % DECL, form)
        self.assertEqual(status, 403)
        self.assertIn(b"only the coordinator of SI", body)
        del form["csrf"]
        status, _, _ = http.request("/declarations/%s/endorsements/AT" % DECL, form)
        self.assertEqual(status, 403, "a form without the session's CSRF token is refused")
        status, _, _ = http.request("/declarations/%s/endorsements/AT" % DECL, dict(form, csrf="0" * 64))
        self.assertEqual(status, 403, "a forged CSRF token is refused")
        self.open("/declarations/%s/endorsements" % DECL)
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "#country-SI .status").text, si_before)

    def test_reports_progress_for_own_commitment(self):
        self.sign_in("coordinator.al")
        task = self.driver.find_element(By.CSS_SELECTOR, ".inbox-report a")  # names the commitment
        self.assertRegex(task.text, r"^Report progress on ‘.+’ for Albania \(")
        task.click()
        self.wait.until(EC.presence_of_element_located((By.ID, "report-form")))
        self.driver.execute_script("document.getElementById('periodStart').value = '2026-01-01';"
                                   "document.getElementById('periodEnd').value = '2026-06-30';")
        self.driver.find_element(By.ID, "percent").send_keys("40")
        self.driver.find_element(By.CSS_SELECTOR, "#report-form button[value=submit]").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "narrative-error")))  # narrative required
        self.driver.find_element(By.ID, "narrative").send_keys("Contact point designated; SOP drafted.")
        self.driver.find_element(By.CSS_SELECTOR, "#report-form button[value=submit]").click()
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.report")))
        self.assertIn("Submitted", self.css("article.report")[0].text)
        self.shot("assignment-coordinator")

    def test_accepts_a_commitment_proposed_to_own_country(self):
        self.sign_in("coordinator.hr", HR_PASSWORD)
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "Accept or decline ‘Designate a national contact point").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "decide-heading")))
        self.driver.find_element(By.ID, "lead").send_keys("Ministry of the Interior")
        self.driver.find_element(By.CSS_SELECTOR, "button[value=accepted]").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "report-form")))  # may now report
        facts = self.driver.find_element(By.CSS_SELECTOR, ".facts").text
        self.assertIn("Accepted", facts)
        self.assertIn("Ministry of the Interior", facts)
        self.assertEqual(self.css("#decide-heading"), [], "a decision is taken once")

    def test_moves_implementation_on_for_own_country_only(self):
        self.sign_in("coordinator.ba")
        self.open("/commitments/cm-common-indicators/countries/BA")
        select = Select(self.wait.until(EC.presence_of_element_located((By.ID, "status"))))
        offered = [o.get_attribute("value") for o in select.options]
        self.assertNotIn("not_started", offered, "in progress cannot go back to not started")
        self.assertIn("on_hold", offered)
        self.assertEqual(select.first_selected_option.get_attribute("value"), "", "nothing is chosen for you")
        self.submit("#status-form button")
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "#status-form .error").text, "choose the new status")
        self.assertIn("In progress", self.driver.find_element(By.CSS_SELECTOR, ".facts").text)
        select = Select(self.driver.find_element(By.ID, "status"))
        select.select_by_value("on_hold")
        self.submit("#status-form button")
        self.assertIn("On hold", self.driver.find_element(By.CSS_SELECTOR, ".facts").text)
        self.assertEqual(self.css("#assess-form"), [], "coordinators do not assess")
        http = self.http()
        _, _, page = http.request("/commitments/cm-common-indicators/countries/RS")
        self.assertNotIn(b'id="status-form"', page, "no form for a neighbour's commitment")
        form = {"csrf": accord_site.csrf_of(page), "version": "1", "status": "cancelled"}
        status, _, body = http.request("/commitments/cm-common-indicators/countries/RS/implementation", form)
        self.assertEqual(status, 403)
        status, _, body = http.request("/commitments/cm-common-indicators/countries/BA/assessment",
                                       dict(form, assessment="complete"))
        self.assertEqual(status, 403)
        self.assertIn(b"only monitors assess", body)

    def test_reworks_a_returned_report_and_submits_it(self):
        self.sign_in("coordinator.me")
        self.open("/commitments/cm-common-indicators/countries/ME")
        article = self.wait.until(EC.presence_of_element_located((By.ID, "report-rp-ci-me-1")))
        self.assertIn("Returned", article.text)
        # A new report without its narrative: the error is beside that form only.
        self.driver.execute_script("document.getElementById('periodStart').value = '2017-07-01';"
                                   "document.getElementById('periodEnd').value = '2017-09-30';")
        self.driver.find_element(By.ID, "percent").send_keys("10")
        self.submit("#report-form button[value=submit]")
        self.assertTrue(self.css("#narrative-error"))
        self.assertEqual(self.css("#report-rp-ci-me-1 .error"), [], "no error leaks into the report's own forms")
        # A crafted POST for a report of another assignment, or of another country, is refused.
        http = self.http()
        _, _, page = http.request("/commitments/cm-common-indicators/countries/ME")
        form = {"csrf": accord_site.csrf_of(page), "version": "1", "periodStart": "2017-01-01",
                "periodEnd": "2017-06-30", "percent": "1", "narrative": "Overwritten", "submit": "draft"}
        status, _, _ = http.request("/commitments/cm-common-indicators/countries/ME/reports/rp-ci-mk-1/rework", form)
        self.assertEqual(status, 404)
        status, _, _ = http.request("/commitments/cm-common-indicators/countries/MK/reports/rp-ci-mk-1/rework", form)
        self.assertEqual(status, 403)
        self.open("/commitments/cm-common-indicators/countries/ME")
        article = self.wait.until(EC.presence_of_element_located((By.ID, "report-rp-ci-me-1")))
        article.find_element(By.CSS_SELECTOR, ".edit-report summary").click()
        percent = article.find_element(By.CSS_SELECTOR, "input[name=percent]")
        percent.clear()
        percent.send_keys("150")
        narrative = article.find_element(By.CSS_SELECTOR, "textarea[name=narrative]")
        narrative.clear()
        text = "Reworked: 31 officials trained <b>{{x}}</b>\nСписак приложен."
        narrative.send_keys(text)
        self.submit("#report-rp-ci-me-1 .edit-form button[value=submit]")
        article = self.driver.find_element(By.ID, "report-rp-ci-me-1")
        error = article.find_element(By.CSS_SELECTOR, ".edit-form .error")
        self.assertIn("0 to 100", error.text, "the error is beside the field of this report's form")
        self.assertEqual(article.find_element(By.CSS_SELECTOR, "textarea[name=narrative]").get_attribute("value"),
                         text, "what was typed is kept")
        self.assertEqual(self.css("#report-form .error"), [], "the new-report form shows no error")
        percent = article.find_element(By.CSS_SELECTOR, "input[name=percent]")
        percent.clear()
        percent.send_keys("55")
        self.submit("#report-rp-ci-me-1 .edit-form button[value=submit]")
        article = self.driver.find_element(By.ID, "report-rp-ci-me-1")
        self.assertIn("Submitted", article.text)
        self.assertIn("55 %", article.text)
        self.assertEqual(article.find_element(By.CSS_SELECTOR, "p.pre").text, text)
        self.assertEqual(article.find_elements(By.CSS_SELECTOR, ".edit-report"), [], "a submitted report is not edited")
        self.assertEqual(article.find_elements(By.CSS_SELECTOR, "b"), [])
        self.shot("assignment-reworked")

    def test_phone_width_and_200_percent_zoom_fit(self):
        # 375 CSS pixels is a phone; 640 is a 1280-pixel window at 200 % zoom.
        self.sign_in("coordinator.mk")
        pages = ("/", "/conferences/skopje-2016", "/declarations/" + DECL, "/declarations/%s/endorsements" % DECL,
                 "/declarations/%s/implementation" % DECL, "/declarations/%s/compare" % DECL,
                 "/commitments/cm-common-indicators/countries/MK")
        for width in (375, 640):
            self.driver.set_window_size(width, 900)
            for path in pages:
                self.open(path)
                self.assertEqual(self.overflowing(), [], "%s scrolls sideways at %d px" % (path, width))
        self.shot("assignment-zoomed")
        self.driver.set_window_size(375, 812)
        self.open("/declarations/%s/endorsements" % DECL)
        self.shot("endorsements-phone")


class Monitor(Page):
    def test_returns_a_report_with_a_reason(self):
        self.sign_in("monitor")
        self.shot("home-monitor")
        self.assertTrue(self.css(".late-overdue li"), "overdue commitments are listed")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "Validate or return the report of North Macedonia on ‘").click()
        form = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".review-form")))
        form.find_element(By.CSS_SELECTOR, "button[value=return]").click()
        error = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".review-form .error")))
        self.assertTrue(error.text)
        reason = "Evidence of the training sessions is missing."
        self.driver.find_element(By.CSS_SELECTOR, ".review-form textarea").send_keys(reason)
        self.driver.find_element(By.CSS_SELECTOR, ".review-form button[value=return]").click()
        returned = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.report .returned")))
        self.assertIn(reason, returned.text)
        self.assertIn("Returned", self.css("article.report")[0].text)
        self.assertEqual(self.css(".review-form"), [])
        self.shot("assignment-monitor")

    def test_assesses_implementation(self):
        self.sign_in("monitor")
        self.open("/commitments/cm-common-indicators/countries/XK")
        select = Select(self.wait.until(EC.presence_of_element_located((By.ID, "assessment-choice"))))
        self.assertEqual([o.get_attribute("value") for o in select.options],
                         ["no_evidence", "not_started", "limited", "substantial", "complete"])
        select.select_by_value("substantial")
        self.submit("#assess-form button")
        self.assertIn("Substantial", self.driver.find_element(By.CSS_SELECTOR, ".facts").text)
        self.assertEqual(Select(self.driver.find_element(By.ID, "assessment-choice")).first_selected_option
                         .get_attribute("value"), "substantial")
        self.assertEqual(self.css("#status-form"), [], "monitors do not move implementation")
        self.open("/audit?entity=assignment&id=cm-common-indicators/XK")
        self.assertIn("Implementation assessed", self.driver.find_element(By.TAG_NAME, "main").text)

    def test_matrix_shows_overdue_and_filters(self):
        self.sign_in("monitor")
        self.open("/declarations/%s/implementation" % DECL)
        overdue = self.css("td.cell.tone-bad")
        self.assertTrue(overdue)
        self.assertTrue(all(c.find_element(By.TAG_NAME, "summary").get_attribute("title").endswith(": Overdue")
                            for c in overdue), "overdue is said in words, not colour only")
        self.shot("implementation")
        self.driver.find_element(By.ID, "f-overdue").click()
        self.driver.find_element(By.CSS_SELECTOR, ".filters button").click()
        self.wait.until(EC.url_contains("overdue=1"))
        cells = self.css("td.cell:not(.na)")
        self.assertTrue(cells)
        self.assertTrue(all("tone-bad" in c.get_attribute("class") for c in cells))
        self.assertTrue(self.css(".scorecards tbody tr"))

    def test_tracks_own_milestones_and_indicator_measurements(self):
        self.sign_in("coordinator.me")
        self.open("/commitments/cm-transnational-referral/countries/ME")
        Select(self.wait.until(EC.presence_of_element_located((By.ID, "state-ms-tr-3")))).select_by_value("done")
        self.submit("#milestone-ms-tr-3 button")
        self.assertIn("Done", self.driver.find_element(By.ID, "milestone-ms-tr-3").text)
        self.assertIn("set ", self.driver.find_element(By.ID, "milestone-ms-tr-3").text)
        Select(self.driver.find_element(By.ID, "indicator")).select_by_index(1)
        self.driver.find_element(By.ID, "value").send_keys("17")
        self.driver.execute_script("document.getElementById('measured-on').value = '2017-09-30';")
        self.driver.find_element(By.ID, "source").send_keys("National referral mechanism, annual data")
        self.submit("#measurement-form button")
        table = self.driver.find_element(By.CSS_SELECTOR, "table.measurements").text
        self.assertIn("17", table)
        self.assertIn("National referral mechanism", table)
        self.shot("assignment-progress")
        _, _, page = self.http().request("/commitments/cm-transnational-referral/countries/RS")
        self.assertNotIn(b"measurement-form", page, "no form for a neighbour's commitment")

    def test_defines_a_commitment_in_the_browser(self):
        self.sign_in("secretariat")
        self.open("/declarations/%s/implementation" % DECL)
        self.driver.find_element(By.ID, "new-commitment").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "commitment-form")))
        self.driver.find_element(By.ID, "cm-id").send_keys("cm-browser-shelters")
        self.driver.find_element(By.ID, "cm-text").send_keys("Open two shelters for child victims.")
        self.driver.execute_script("document.getElementById('cm-deadline').value = '2030-12-31';")
        self.driver.find_element(By.ID, "cm-milestones").send_keys(
            "ms-1 | Sites chosen | 2030-03-31\nms-2 | Shelters open | 2030-09-30")
        self.driver.find_element(By.ID, "cm-indicators").send_keys("Beds | 0 | 40 | beds")
        self.driver.find_element(By.ID, "cm-country-AT").click()
        self.shot("commitment-form")
        self.submit("#commitment-form button.primary")
        self.assertIn("/implementation", self.driver.current_url)
        self.assertIn("Open two shelters for child victims.", self.driver.find_element(By.ID, "matrix-grid").text)
        status, headers, body = self.http().request("/declarations/%s/implementation.csv" % DECL)
        self.assertEqual(status, 200)
        self.assertTrue(body.startswith(b"\xef\xbb\xbf"), "the CSV starts with a BOM")
        self.assertIn(b"cm-browser-shelters", body)

    def test_audit_page_shows_an_objects_history(self):
        self.sign_in("monitor")
        self.open("/audit")
        # The object is chosen from a list of the objects with events, by name.
        conference = "skopje-2016"
        Select(self.driver.find_element(By.ID, "entity")).select_by_value("conference")
        objects = Select(self.driver.find_element(By.ID, "id"))
        named = {o.get_attribute("value"): o.text for o in objects.options}
        self.assertIn(conference, named)
        self.assertNotEqual(named[conference], conference, "the conference is named by its title")
        objects.select_by_value(conference)
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(EC.staleness_of(old))
        self.assertIn("id=" + conference, self.driver.current_url)
        rows = self.css("#audit-events > li")
        self.assertTrue(rows)
        for row in rows:
            self.assertEqual(row.find_element(By.CSS_SELECTOR, ".entity-id").text, conference)
        self.assertEqual(Select(self.driver.find_element(By.ID, "id")).first_selected_option.get_attribute("value"),
                         conference)
        # An address naming an object outside the list (an assignment) still works.
        self.open("/audit?entity=assignment&id=cm-common-indicators/XK")
        self.assertEqual(Select(self.driver.find_element(By.ID, "id")).first_selected_option.get_attribute("value"),
                         "cm-common-indicators/XK")
        self.shot("audit")


class Secretariat(Page):
    def make_draft(self):
        """A declaration in drafting, made through the REST API as the secretariat would."""
        api = accord_site.Http(SITE.url)
        _, _, body = api.request("/api/v1/session", json.dumps(
            {"user": "secretariat", "password": SITE.passwords["secretariat"]}).encode(),
            {"Content-Type": "application/json"})
        token = json.loads(body)["token"]
        auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
        status, _, body = api.request("/api/v1/declarations", json.dumps(
            {"id": EDIT_DECL, "conference": "skopje-2016", "title": "Editor Test Declaration",
             "invitedCountries": ["AL", "MK"]}).encode(), auth)
        self.assertEqual(status, 201, body)
        _, headers, _ = api.request("/api/v1/declarations/" + EDIT_DECL, headers=auth)
        status, _, body = api.request("/api/v1/declarations/%s/revisions" % EDIT_DECL, json.dumps({
            "changeNote": "First draft",
            "preamble": [{"id": "p1", "leadPhrase": "Recognizing", "text": "the need to act together,"}],
            "operative": [
                {"id": "c1", "text": "Agree to share information on trafficking cases.",
                 "items": [{"id": "c1a", "text": "through national contact points;"}]},
                {"id": "c2", "text": "Commit to report annually."}],
            "closingFormula": "Done at Skopje."}).encode(), dict(auth, **{"If-Match": headers["ETag"]}))
        self.assertEqual(status, 201, body)

    def test_edits_a_clause_cuts_a_revision_and_compares(self):
        self.make_draft()
        self.sign_in("secretariat")
        self.assertTrue(self.driver.find_elements(By.PARTIAL_LINK_TEXT, "Finish the draft"))
        self.shot("home-secretariat")
        self.open("/declarations/" + EDIT_DECL)
        self.driver.find_element(By.LINK_TEXT, "Edit the text").click()
        text = self.wait.until(EC.presence_of_element_located((By.ID, "c.0.text")))
        # An empty clause is refused beside that clause.
        text.clear()
        self.driver.find_element(By.ID, "changeNote").send_keys("Sharpen clause 1")
        self.driver.find_element(By.CSS_SELECTOR, "#save-revision").click()
        error = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'li[data-path="c.0"] > .error')))
        self.assertIn("empty", error.text)
        text = self.driver.find_element(By.ID, "c.0.text")
        text.clear()
        text.send_keys("Agree to exchange information on trafficking cases without delay.")
        self.driver.find_element(By.ID, "c.new.text").send_keys("Invite the OSCE to follow up.")
        # Reorder with the buttons named after their clause: the page comes back renumbered.
        self.driver.find_element(By.CSS_SELECTOR, '[aria-label="Move clause 2 up"]').click()
        self.wait.until(lambda d: d.find_element(By.ID, "c.0.text").get_attribute("value") == "Commit to report annually.")
        self.assertEqual(self.driver.find_element(By.ID, "c.2.text").get_attribute("value"), "Invite the OSCE to follow up.")
        self.shot("editor")
        self.driver.find_element(By.CSS_SELECTOR, "#save-revision").click()
        summary = self.wait.until(EC.presence_of_element_located((By.ID, "compare-summary")))
        self.assertIn("Revision 1 → 2: 1 added", summary.text)
        self.assertIn("exchange", " ".join(e.text for e in self.css("ins")))
        self.assertIn("share", " ".join(e.text for e in self.css("del")))
        redline = self.driver.find_element(By.ID, "redline-download").get_attribute("href")
        self.assertIn("/download?document=redline&from=1&to=2", redline)
        self.shot("compare")
        self.open("/declarations/" + EDIT_DECL)
        clauses = [e.text for e in self.css(".operative .clause")]
        self.assertTrue(clauses[0].startswith("1. Commit to report annually."), clauses)
        self.assertTrue(clauses[1].startswith("2. Agree to exchange"), clauses)
        self.assertTrue(clauses[2].startswith("(a) through national contact points"), clauses)
        self.assertTrue(clauses[3].startswith("3. Invite the OSCE"), clauses)
        self.assertIn("Sharpen clause 1", self.driver.find_element(By.CSS_SELECTOR, ".history").text)
        self.shot("declaration-secretariat")
        # The lifecycle moves on from the same page.
        self.click_and_confirm(self.driver.find_element(By.XPATH, "//button[text()='Open consultation']"))
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".badge"), "In consultation"))
        # The download link the page offers opens as a DOCX holding the new text.
        href = self.driver.find_element(By.LINK_TEXT, "Download DOCX").get_attribute("href")
        status, headers, body = self.http().request(href[len(SITE.url):])
        self.assertEqual(status, 200)
        self.assertIn("attachment", headers["Content-Disposition"])
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(body)).paragraphs)
        self.assertIn("exchange information on trafficking cases without delay", text)
        self.assertIn("Invite the OSCE to follow up.", text)

    def test_records_on_behalf_and_downloads_every_revision(self):
        self.sign_in("secretariat")
        self.open("/declarations/%s/endorsements" % DECL)
        self.assertIn("endorse-SI", [f.get_attribute("id") for f in self.css("form.endorse-form")])
        self.driver.find_element(By.CSS_SELECTOR, "#country-SI + tr summary").click()
        Select(self.driver.find_element(By.ID, "to-SI")).select_by_value("endorsed")
        self.driver.find_element(By.ID, "signer-SI").send_keys("Mojca Novak")
        self.driver.find_element(By.ID, "title-SI").send_keys("State Secretary")
        self.driver.execute_script("document.getElementById('date-SI').value = '2026-11-25'")
        Select(self.driver.find_element(By.ID, "method-SI")).select_by_value("note_verbale")
        self.driver.find_element(By.ID, "evidence-SI").send_keys("Note verbale 12/2026")
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "#endorse-SI button[type=submit]"))
        # The page after it says what was recorded, at its top, in words.
        message = self.wait.until(EC.presence_of_element_located((By.ID, "flash")))
        self.assertEqual(message.text, "Slovenia: endorsed on 25 November 2026")
        row = self.driver.find_element(By.ID, "country-SI")
        self.assertIn("Endorsed", row.text)
        self.assertIn("recorded on behalf by Conference Secretariat, OSCE Mission to Skopje (secretariat)", row.text)
        self.open("/declarations/" + DECL)
        self.shot("declaration")
        links = [a.get_attribute("href") for a in self.css(".history a") if a.text == "DOCX"]
        self.assertGreaterEqual(len(links), 2)
        for href in links:
            status, _, body = self.http().request(href[len(SITE.url):])
            self.assertEqual(status, 200, href)
            self.assertTrue(docx.Document(io.BytesIO(body)).paragraphs, href)
        self.open("/conferences/skopje-2016")
        self.assertIn("Skopje", self.driver.find_element(By.CSS_SELECTOR, ".facts").text)
        self.assertTrue(self.css("table tbody tr"), "delegations are listed")
        self.shot("conference")


if __name__ == "__main__":
    accord_site.run(__doc__)
