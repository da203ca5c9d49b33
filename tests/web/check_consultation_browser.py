#!/usr/bin/env python3
"""The consultation in headless Chromium against the real accord-server: a
coordinator proposes new wording for clause 3 from its discussion page (the
current text prefilled), the secretariat accepts it in the consolidation view and
cuts a revision that incorporates it from the editor, and the amendment then shows
as incorporated. Screenshots go under --out/screenshots."""
import json
import os
import sys
import unittest
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accord_site  # noqa: E402

ARGS = None
SITE = None
DECL = "ui-consultation"
CLAUSE3 = "Meet again in 2017 to review progress."
PROPOSED = "Meet again in Ohrid in October 2017 to review progress <together>."


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site()
    consultation_draft()


def tearDownModule():
    accord_site.stop_site()


def api(method, path, body=None, headers=None):
    """One REST call: (status, headers, parsed JSON body or None)."""
    req = urllib.request.Request(SITE.url + path, method=method, headers=dict(headers or {}),
                                 data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def consultation_draft():
    """A declaration inviting MK and AL, three clauses, in consultation: made through
    the REST API as the secretariat would."""
    _, _, session = api("POST", "/api/v1/session", {"user": "secretariat", "password": SITE.passwords["secretariat"]})
    auth = {"Authorization": "Bearer " + session["token"]}
    path = "/api/v1/declarations/" + DECL

    def if_match():
        return dict(auth, **{"If-Match": api("GET", path, headers=auth)[1]["ETag"]})

    status, _, body = api("POST", "/api/v1/declarations", {
        "id": DECL, "conference": "skopje-2016", "title": "Consultation Test Declaration",
        "invitedCountries": ["AL", "MK"]}, auth)
    assert status == 201, body
    status, _, body = api("POST", path + "/revisions", {
        "changeNote": "For consultation",
        "operative": [{"id": "c1", "text": "Agree to share information."},
                      {"id": "c2", "text": "Train officials."},
                      {"id": "c3", "text": CLAUSE3}]}, if_match())
    assert status == 201, body
    status, _, body = api("PATCH", path, {"status": "consultation"}, if_match())
    assert status == 200, body


class Consultation(accord_site.SiteCase, unittest.TestCase):
    def remarks_of(self, unit):
        return self.driver.find_element(By.CSS_SELECTOR, 'a.remarks[data-unit="%s"]' % unit)

    def test_a_proposal_is_accepted_and_incorporated_by_a_new_revision(self):
        # The coordinator of MK opens clause 3's discussion from the text.
        self.sign_in("coordinator.mk")
        self.open("/declarations/" + DECL)
        self.assertEqual(self.remarks_of("c3").text, "0 comments · 0 amendments")
        self.remarks_of("c3").click()
        wording = self.wait.until(EC.presence_of_element_located((By.ID, "proposed-text")))
        self.assertEqual(wording.get_attribute("value"), CLAUSE3, "the current text is prefilled")
        # A justification is required: refused on the same page, the wording kept.
        wording.clear()
        wording.send_keys(PROPOSED)
        self.driver.execute_script("document.getElementById('justification').removeAttribute('required')")
        self.driver.find_element(By.ID, "propose").click()
        error = self.wait.until(EC.presence_of_element_located((By.ID, "form-error")))
        self.assertIn("Justification", error.text)
        self.assertEqual(self.driver.find_element(By.ID, "proposed-text").get_attribute("value"), PROPOSED)
        self.driver.find_element(By.ID, "justification").send_keys("Say where and when.")
        self.driver.find_element(By.ID, "propose").click()
        amendment = self.wait.until(EC.presence_of_element_located((By.ID, "amendment-1")))
        self.assertIn("Proposed", amendment.text)
        self.assertIn(PROPOSED, amendment.text, "markup typed by a user is shown as text")
        self.assertIn("coordinator.mk for", amendment.text)
        self.assertTrue(self.driver.find_elements(By.ID, "withdraw-1"), "its author may withdraw it")
        self.assertFalse(self.driver.find_elements(By.ID, "accept-1"), "a coordinator does not decide")
        self.shot("consultation-unit-coordinator")
        self.assertIn("Supported by: North Macedonia", amendment.text)
        self.assertFalse(self.driver.find_elements(By.ID, "support-1"), "its own country supports it already")

        # Albania's coordinator supports it from the same page.
        self.sign_in("coordinator.al")
        self.open("/declarations/%s/revisions/1/units/c3" % DECL)
        self.wait.until(EC.presence_of_element_located((By.ID, "support-1"))).click()
        self.wait.until(EC.text_to_be_present_in_element((By.ID, "supporters-1"), "Albania"))
        self.assertFalse(self.driver.find_elements(By.ID, "support-1"), "supported once")
        self.open("/declarations/" + DECL)
        self.assertEqual(self.remarks_of("c3").text, "1 comment · 1 amendment")

        # The secretariat accepts it in the consolidation view.
        self.sign_in("secretariat")
        self.open("/declarations/%s/consultation" % DECL)
        section = self.wait.until(EC.presence_of_element_located((By.ID, "unit-c3")))
        self.assertIn(PROPOSED, section.text)
        self.assertIn("Supported by: North Macedonia, Albania", section.text)
        self.shot("consultation-consolidation")
        self.driver.find_element(By.ID, "accept-1").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#amendment-1 .badge"), "Accepted"))

        # The editor offers it; ticked, the new revision carries its wording.
        self.open("/declarations/%s/edit" % DECL)
        box = self.wait.until(EC.presence_of_element_located((By.ID, "incorporate.1")))
        self.assertFalse(box.is_selected())
        box.click()
        self.driver.find_element(By.ID, "changeNote").send_keys("MK's wording for clause 3")
        self.shot("consultation-editor")
        self.driver.find_element(By.CSS_SELECTOR, "#save-revision").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "compare-summary")))
        self.open("/declarations/" + DECL)
        clauses = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, ".operative .clause")]
        self.assertTrue(clauses[2].startswith("3. " + PROPOSED), clauses)

        # The amendment now shows as incorporated, on its revision's discussion page.
        self.open("/declarations/%s/revisions/1/units/c3" % DECL)
        amendment = self.wait.until(EC.presence_of_element_located((By.ID, "amendment-1")))
        self.assertIn("Incorporated", amendment.text)
        self.assertIn("Incorporated in revision 2.", amendment.text)
        self.open("/declarations/%s/edit" % DECL)
        self.assertFalse(self.driver.find_elements(By.ID, "incorporate.1"), "no longer offered")
        self.shot("consultation-incorporated")


if __name__ == "__main__":
    accord_site.run(__doc__)
