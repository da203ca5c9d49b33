#!/usr/bin/env python3
"""Issue 19 part B in headless Chromium against the real accord-server: the
implementation matrix as a grid (totals that follow a filter, countries ordered by
name or by number overdue, a mark per cell with its words, a list per country on a
phone), the editor (moves renumber on the server, buttons named with their item, a
change note required), and history in words (an assignment's and an endorsement's
story, the audit trail newest first without sign-ins). No page is wider than a
390 px phone. Screenshots of the matrix, the editor and the audit page at
1280x900 and 390x844 go under --out/screenshots."""
import datetime
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

ARGS = None
SITE = None
DECL = "skopje-joint-declaration"
MATRIX = "/declarations/%s/implementation" % DECL
EDIT_DECL = "ui-pages-editor"


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site()


def tearDownModule():
    accord_site.stop_site()


def number(text):
    return int(re.sub(r"[^0-9]", "", text) or "0")


class Pages(accord_site.SiteCase, unittest.TestCase):
    width, height = 1280, 900

    def phone(self):
        self.driver.set_window_size(390, 844)

    def assert_fits(self, what):
        width = self.driver.execute_script("return document.documentElement.scrollWidth")
        viewport = self.driver.execute_script("return window.innerWidth")
        self.assertLessEqual(width, viewport, what + " is wider than the window")

    def scorecards(self):
        """{code: overdue} in the scorecards' order."""
        out = {}
        for row in self.css("table.scorecards tbody tr"):
            out[row.get_attribute("data-code")] = number(row.find_element(By.CSS_SELECTOR, ".overdue-count").text)
        return out

    def overdue_total(self):
        return number(self.driver.find_element(By.ID, "overdue-total").text)

    def test_the_matrix_is_a_grid_whose_totals_follow_the_filter(self):
        self.sign_in("monitor")
        self.open(MATRIX)
        everyone = self.scorecards()
        self.assertGreater(len(everyone), 3)
        self.assertGreater(self.overdue_total(), 0, "the sample's deadlines have passed")
        self.assertEqual(self.overdue_total(), sum(everyone.values()))
        # Column heads in words, one per scorecard, with Kosovo*'s footnote.
        heads = [h.text for h in self.css("#matrix-grid thead .country-head")]
        self.assertIn("Kosovo*", heads)
        self.assertIn("Albania", heads)
        self.assertTrue(self.driver.find_element(By.ID, "matrix-footnotes").text.strip())
        self.assertRegex(self.driver.find_element(By.ID, "matrix-range").text, r"^Commitments 1–\d+ of \d+|^\d+ commitment")
        # One mark per cell, with its words for a screen reader and on hover.
        summary = self.css("#matrix-grid td.cell summary")[0]
        self.assertTrue(summary.get_attribute("title"))
        hidden = summary.find_element(By.CSS_SELECTOR, ".visually-hidden").get_attribute("textContent")
        self.assertRegex(hidden, r"^.+: (On track|At risk|Overdue|Completed|Completed late|Nothing due.*|Not assigned yet)$")
        summary.click()
        detail = summary.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".cell-detail")
        self.assertTrue(detail.is_displayed())
        self.assertIn("assignment", detail.find_element(By.TAG_NAME, "a").text)
        self.assertTrue(self.css(".legend li"))
        self.assertIn("/implementation.csv", self.driver.find_element(By.ID, "implementation-csv").get_attribute("href"))
        self.driver.execute_script("document.getElementById('matrix-summary').scrollIntoView()")
        self.shot("pages-matrix")

        # Filtered to one country, the totals are that country's, not the whole's.
        worst = max(everyone, key=lambda c: everyone[c])
        Select(self.driver.find_element(By.ID, "f-country")).select_by_value(worst)
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(EC.url_contains("country=" + worst))
        self.assertEqual(self.scorecards(), {worst: everyone[worst]})
        self.assertEqual(self.overdue_total(), everyone[worst])
        # Overdue only: every row left has an overdue cell, and the total stays.
        self.driver.find_element(By.ID, "f-overdue").click()
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(EC.url_contains("overdue=1"))
        self.assertEqual(self.overdue_total(), everyone[worst])
        for row in self.css("#matrix-grid tbody tr"):
            self.assertTrue(row.find_elements(By.CSS_SELECTOR, "td.cell.tone-bad"), row.text)

        # Ordered by number overdue, most first; by name again after.
        self.open(MATRIX)
        self.driver.find_element(By.ID, "sort-overdue").click()
        self.wait.until(EC.url_contains("sort=overdue"))
        counts = list(self.scorecards().values())
        self.assertEqual(counts, sorted(counts, reverse=True))
        codes = [h.get_attribute("data-code") for h in self.css("#matrix-grid thead .country-head")]
        self.assertEqual(codes, list(self.scorecards().keys()), "the grid's columns follow the same order")
        self.driver.find_element(By.ID, "sort-name").click()
        self.wait.until(EC.url_contains("sort=name"))
        names = [h.text for h in self.css("#matrix-grid thead .country-head")]
        self.assertEqual(names, sorted(names))

        # On a phone: pick a country, then one list of its commitments.
        self.phone()
        self.open(MATRIX)
        self.assertFalse(self.driver.find_element(By.ID, "matrix-grid").is_displayed())
        self.assert_fits("the matrix")
        self.driver.execute_script("document.querySelector('.matrix-phone').scrollIntoView()")
        self.shot("pages-matrix-phone")
        picks = self.css(".pick-list a")
        self.assertEqual(len(picks), len(everyone))
        picks[0].click()
        self.wait.until(EC.url_contains("country="))
        items = self.css(".country-list li")
        self.assertTrue(items)
        self.assertRegex(items[0].text, r"(On track|At risk|Overdue|Completed|Nothing due|Not assigned)")
        self.assert_fits("one country's list")
        self.driver.execute_script("document.querySelector('.matrix-phone').scrollIntoView()")
        self.shot("pages-matrix-country-phone")

    def test_scorecards_count_the_cells_at_risk(self):
        # A commitment for Albania due in ten days, not started: at risk by the
        # domain's rule (its own "!" mark), and counted in Albania's scorecard.
        api, auth = accord_site.api_as(SITE, "secretariat")
        due = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
        status, _, body = api.request("/api/v1/declarations/%s/commitments" % DECL, json.dumps(
            {"id": "cm-ui-at-risk", "text": "Name a contact point within days.", "clause": "op-awareness",
             "deadline": due, "milestones": [], "indicators": [], "countries": ["AL"]}).encode(), auth)
        self.assertEqual(status, 201, body)
        self.sign_in("monitor")
        self.open(MATRIX + "?country=AL")
        heads = [h.text for h in self.css("table.scorecards thead th")]
        self.assertIn("At risk", heads)
        row = self.driver.find_element(By.CSS_SELECTOR, "table.scorecards tbody tr[data-code=AL]")
        at_risk = number(row.find_element(By.CSS_SELECTOR, ".at-risk-count").text)
        self.assertGreaterEqual(at_risk, 1)
        self.assertEqual(at_risk, self.cells_at_risk(), "one count per cell marked at risk")
        self.assertIn("at risk", row.text)
        # Another country's scorecard does not count Albania's cell.
        self.open(MATRIX + "?country=MK")
        mk = self.driver.find_element(By.CSS_SELECTOR, "table.scorecards tbody tr[data-code=MK]")
        self.assertEqual(number(mk.find_element(By.CSS_SELECTOR, ".at-risk-count").text), self.cells_at_risk())

    def cells_at_risk(self):
        """The grid's cells marked "!" (At risk; "completed late" shares its colour, not its mark)."""
        return len([s for s in self.css("#matrix-grid td.cell summary") if s.get_attribute("title").endswith(": At risk")])

    def make_draft(self):
        """A declaration in drafting with three clauses, made through the REST API."""
        api, auth = accord_site.api_as(SITE, "secretariat")
        status, _, body = api.request("/api/v1/declarations", json.dumps(
            {"id": EDIT_DECL, "conference": "skopje-2016", "title": "Editor Layout Declaration",
             "invitedCountries": ["AL", "MK"]}).encode(), auth)
        self.assertEqual(status, 201, body)
        _, headers, _ = api.request("/api/v1/declarations/" + EDIT_DECL, headers=auth)
        status, _, body = api.request("/api/v1/declarations/%s/revisions" % EDIT_DECL, json.dumps({
            "changeNote": "First draft",
            "preamble": [{"id": "p1", "leadPhrase": "Recognizing", "text": "the need to act together,"}],
            "operative": [
                {"id": "c1", "text": "Agree to share information.",
                 "items": [{"id": "c1a", "text": "through contact points;"}, {"id": "c1b", "text": "each year;"}]},
                {"id": "c2", "text": "Commit to report annually."},
                {"id": "c3", "text": "Invite the OSCE to follow up."}],
            "closingFormula": "Done at Skopje."}).encode(), dict(auth, **{"If-Match": headers["ETag"]}))
        self.assertEqual(status, 201, body)

    def clause_texts(self):
        return [self.driver.find_element(By.ID, "c.%d.text" % i).get_attribute("value") for i in range(3)]

    def test_the_editor_renumbers_after_a_move_and_names_its_buttons(self):
        self.make_draft()
        self.sign_in("secretariat")
        self.open("/declarations/%s/edit" % EDIT_DECL)
        self.wait.until(EC.presence_of_element_located((By.ID, "c.0.text")))
        # Compact: no blank slot under each item, one blank clause at the end.
        self.assertEqual(len(self.css(".editor .new-row")), 2, "one blank recital and one blank clause")
        labels = [b.get_attribute("aria-label") for b in self.css("#editor button[name=op]")]
        self.assertEqual(len(labels), len(set(labels)), "every button names its item: %s" % labels)
        self.assertIn("Move clause 3 up", labels)
        self.assertIn("Move sub-item 1(b) up", labels)
        self.assertIn("Add a sub-item to clause 2", labels)
        self.driver.find_element(By.CSS_SELECTOR, '[aria-label="Move clause 3 up"]').click()
        self.wait.until(lambda d: self.clause_texts()[1] == "Invite the OSCE to follow up.")
        self.assertEqual(self.clause_texts(), ["Agree to share information.", "Invite the OSCE to follow up.",
                                               "Commit to report annually."])
        numbers = [e.text for e in self.css("fieldset li.depth-0 > .row-head .num")]
        self.assertEqual(numbers, ["1.", "2.", "3.", "New clause"])
        focused = self.driver.switch_to.active_element.get_attribute("aria-label")
        self.assertEqual(focused, "Move clause 2 up", "the moved clause keeps the focus")
        self.driver.find_element(By.CSS_SELECTOR, '[aria-label="Add a sub-item to clause 3"]').click()
        added = self.wait.until(EC.presence_of_element_located((By.ID, "c.2.0.text")))
        added.send_keys("by 31 December;")
        self.shot("pages-editor")
        self.phone()
        self.assert_fits("the editor")
        self.shot("pages-editor-phone")
        self.driver.set_window_size(1280, 900)
        # The change note is asked for, beside its field, before anything is stored.
        self.driver.find_element(By.ID, "save-revision").click()
        error = self.wait.until(EC.presence_of_element_located((By.ID, "changeNote-error")))
        self.assertIn("must not be empty", error.text)
        self.assertEqual(self.driver.find_element(By.ID, "changeNote").tag_name, "textarea")
        self.assertEqual(self.driver.find_element(By.ID, "c.2.0.text").get_attribute("value"), "by 31 December;")
        self.driver.find_element(By.ID, "changeNote").send_keys("Clause order agreed.\nA deadline for the report.")
        self.driver.find_element(By.ID, "save-revision").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "compare-summary")))
        self.open("/declarations/" + EDIT_DECL)
        clauses = [e.text for e in self.css(".operative .clause") if e.text[:1].isdigit()]
        self.assertTrue(clauses[1].startswith("2. Invite the OSCE"), clauses)
        self.assertTrue(clauses[2].startswith("3. Commit to report annually."), clauses)

    def test_history_is_told_in_words_newest_first(self):
        self.sign_in("monitor")
        # An imported assignment has years of history in its record.
        self.open("/commitments/cm-common-indicators/countries/AL")
        items = self.css("#assignment-history .history li")
        self.assertGreater(len(items), 1)
        days = [i.find_element(By.CSS_SELECTOR, ".when").text for i in items]
        self.assertEqual(days, sorted(days, reverse=True))
        self.assertTrue(any("Acceptance: Accepted" in i.text for i in items), [i.text for i in items])
        # A withdrawal is visible on the endorsement page.
        self.open("/declarations/%s/endorsements" % DECL)
        history = self.driver.find_element(By.CSS_SELECTOR, "#country-BG details.endorsement-history")
        history.find_element(By.TAG_NAME, "summary").click()
        events = history.find_elements(By.CSS_SELECTOR, "li")
        self.assertEqual(len(events), 2)
        self.assertIn("Withdrawn (was Endorsed", events[0].text)

        # The audit trail: newest first, in words, sign-ins only when asked.
        self.sign_in("secretariat")
        self.open("/audit")
        events = self.css("#audit-events > li")
        self.assertTrue(events)
        seqs = [int(e.get_attribute("data-seq")) for e in events]
        self.assertEqual(seqs, sorted(seqs, reverse=True))
        actions = [e.get_attribute("data-action") for e in events]
        self.assertFalse([a for a in actions if a.startswith("session.")], actions)
        for e in events:
            self.assertNotRegex(e.find_element(By.CSS_SELECTOR, ".audit-what strong").text, r"^[a-z_]+\.[a-z_]+$")
        self.assertIn("Conference imported", [e.find_element(By.CSS_SELECTOR, ".audit-what strong").text for e in events])
        # The objects with events are offered by name, grouped by kind.
        groups = [g.get_attribute("label") for g in self.css("select#id optgroup")]
        self.assertIn("Conferences", groups)
        conferences = self.css("select#id optgroup[label=Conferences] option")
        self.assertTrue(conferences)
        for option in conferences:
            self.assertNotEqual(option.text, option.get_attribute("value"), "named, not by id")
        self.shot("pages-audit")
        self.phone()
        self.assert_fits("the audit page")
        self.shot("pages-audit-phone")
        self.driver.set_window_size(1280, 900)
        self.driver.find_element(By.ID, "sessions").click()
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(EC.url_contains("sessions=1"))
        words = [e.text for e in self.css("#audit-events .audit-what strong")]
        self.assertIn("Signed in", words)
        # By kind of object, from the list.
        Select(self.driver.find_element(By.ID, "entity")).select_by_value("conference")
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(EC.url_contains("entity=conference"))
        kinds = {e.text for e in self.css("#audit-events .entity")}
        self.assertEqual(kinds, {"conference"})


if __name__ == "__main__":
    accord_site.run(__doc__)
