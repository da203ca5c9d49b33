#!/usr/bin/env python3
"""The homes of the coordinator and the monitor in headless Chromium against the
real accord-server (Skopje sample): a coordinator's tasks name the commitment, the
assignment page quotes the operative clause it implements, the endorsement form
starts with the signer signed in and no decision (and refuses one left out); the
monitor's late commitments group by country or by commitment, most days late first,
filter by country and status, and offer only what a use case lets the monitor do."""
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
HR_PASSWORD = "Croatia-Coordinator-2016!"


def sample():
    with open(os.path.join(ARGS.source, "samples", "skopje-2016", "skopje-2016.json"), encoding="utf-8") as f:
        return json.load(f)


def setUpModule():
    global SITE, ARGS
    ARGS = accord_site.SiteCase.args
    SITE = accord_site.start_site([("coordinator.hr", "coordinator", "HR", HR_PASSWORD)])


def tearDownModule():
    accord_site.stop_site()


class Homes(accord_site.SiteCase, unittest.TestCase):
    def test_a_coordinators_task_names_the_commitment_and_its_page_quotes_the_clause(self):
        self.sign_in("coordinator.hr")
        links = [a for a in self.css(".inbox-accept a") if a.text.startswith("Accept or decline")]
        self.assertEqual(len(links), 1, [a.text for a in self.css(".inbox a")])
        self.assertRegex(links[0].text, r"^Accept or decline ‘Designate a national contact point .*’ for Croatia$")
        self.shot("home-coordinator-named")
        links[0].click()
        self.wait.until(EC.presence_of_element_located((By.ID, "clause-text")))
        decl = sample()["declarations"][0]
        final = [r for r in decl["revisions"] if r["number"] == decl["finalRevision"]][0]
        clause = [c for c in final["operative"] if c["id"] == "op-transnational-referral"][0]
        shown = " ".join(self.driver.find_element(By.ID, "clause-text").text.split())
        self.assertIn(" ".join(clause["text"].split()), shown)  # a line break in the text shows as a space

    def test_the_endorsement_form_starts_with_the_signer_and_no_decision(self):
        self.sign_in("coordinator.al")  # "Mirela Dervishi", in Albania's delegation
        self.open("/declarations/%s/endorsements" % DECL)
        self.driver.find_element(By.CSS_SELECTOR, "#country-AL + tr summary").click()
        person = [p for p in sample()["people"] if p["name"] == "Mirela Dervishi"][0]
        self.assertEqual(self.driver.find_element(By.ID, "signer-AL").get_attribute("value"), "Mirela Dervishi")
        self.assertEqual(self.driver.find_element(By.ID, "title-AL").get_attribute("value"), person["title"])
        decision = Select(self.driver.find_element(By.ID, "to-AL"))
        self.assertEqual(decision.first_selected_option.get_attribute("value"), "")
        self.assertEqual(decision.first_selected_option.text, "Choose a decision")
        self.click_and_confirm(self.driver.find_element(By.CSS_SELECTOR, "#endorse-AL button[type=submit]"))
        self.wait.until(EC.presence_of_element_located((By.ID, "to-AL-error")))
        self.assertIn("choose a decision", self.driver.find_element(By.ID, "to-AL-error").text)
        self.assertIn("Endorsed", self.driver.find_element(By.CSS_SELECTOR, "#country-AL .status").text)  # unchanged

    def late_items(self):
        """[(group heading, lateness text, action label, action href, context)] of the overdue section."""
        out = []
        for group in self.css(".late-overdue .late-group"):
            heading = re.sub(r"\s*\(\d+\)$", "", group.find_element(By.TAG_NAME, "h4").text)
            for li in group.find_elements(By.CSS_SELECTOR, "li"):
                a = li.find_element(By.TAG_NAME, "a")
                out.append((heading, li.find_element(By.CSS_SELECTOR, ".lateness").text, a.text,
                            a.get_attribute("href"), li.find_element(By.CSS_SELECTOR, ".context").text))
        return out

    def show(self, **choices):
        for name, value in choices.items():
            Select(self.driver.find_element(By.ID, "m-" + name)).select_by_value(value)
        before = self.driver.find_element(By.ID, "late-heading")
        self.driver.find_element(By.CSS_SELECTOR, ".monitor-late button[type=submit]").click()
        # The page before has the same heading: wait for it to go, then for the new one.
        self.wait.until(EC.staleness_of(before))
        self.wait.until(EC.presence_of_element_located((By.ID, "late-heading")))

    def test_the_monitors_late_commitments_group_sort_filter_and_offer_actions(self):
        self.sign_in("monitor")
        items = self.late_items()
        self.assertGreater(len(items), 5)
        self.shot("home-monitor-by-country")
        # By country: one group per country, each most days late first.
        groups = {}
        for heading, lateness, _, _, context in items:
            self.assertTrue(context.startswith(heading + " — "), (heading, context))
            groups.setdefault(heading, []).append(int(re.match(r"(\d+) days? overdue", lateness).group(1)))
        self.assertEqual(len(groups), len(set(h for h, *_ in items)))
        for days in groups.values():
            self.assertEqual(days, sorted(days, reverse=True))
        # What the monitor can do: review the report that waits, else assess.
        review = [i for i in items if i[2] == "Review report"]
        self.assertEqual(len(review), 1)
        self.assertIn("/commitments/cm-common-indicators/countries/MK#report-", review[0][3])
        self.assertEqual({i[2] for i in items} - {"Review report"}, {"Assess implementation"})
        self.assertTrue(all("#assess-heading" in i[3] for i in items if i[2] == "Assess implementation"))
        # By commitment: the headings are the commitments' texts.
        self.show(group="commitment")
        by_commitment = self.late_items()
        self.assertEqual(sorted(i[1:] for i in by_commitment), sorted(i[1:] for i in items))
        texts = [c["text"] for c in sample()["declarations"][0]["commitments"]]
        self.assertTrue(all(i[0] in texts for i in by_commitment))
        self.shot("home-monitor-by-commitment")
        # Filters: one country, then one state, applied by the server.
        self.show(group="country", country="RS")
        serbia = self.late_items()
        self.assertTrue(serbia)
        self.assertEqual({i[0] for i in serbia}, {"Serbia"})
        self.assertEqual(len(serbia), len([i for i in items if i[0] == "Serbia"]))
        self.show(country="", status="on_hold")
        held = self.late_items()
        self.assertEqual([i[0] for i in held], ["Montenegro"])
        self.assertIn("On hold", held[0][4])
        self.assertTrue(self.css(".monitor-late a[href$='/']"), "a way back to every item")


if __name__ == "__main__":
    accord_site.run(__doc__)
