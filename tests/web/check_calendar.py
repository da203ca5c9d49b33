"""A conference's calendar (.ics) read by an independent parser, Debian's
python3-icalendar: the conference's days and each commitment's deadline and
milestones as events with stable UIDs, DTSTAMP, SUMMARY, a URL to the site and
an alarm a week before; CRLF line ends and no line over 75 octets; the same UIDs
on a second fetch; nothing without signing in; 404 for an unknown conference."""
import datetime
import json
import sys
import unittest
import urllib.request

import icalendar

from accord_site import Http, Server, arguments

ARGS = None
PATH = "/conferences/skopje-2016/calendar.ics"


def token(base, name, password):
    req = urllib.request.Request(base + "/api/v1/session", data=json.dumps({"user": name, "password": password}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)["token"]


class ConferenceCalendar(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(ARGS.server, ARGS.accord, ARGS.source)
        name = "secretariat"
        cls.http = Http(cls.server.url, token(cls.server.url, name, cls.server.passwords[name]))

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def fetch(self):
        status, headers, body = self.http.request(PATH)
        self.assertEqual(status, 200, body[:300])
        self.assertTrue(headers["Content-Type"].startswith("text/calendar"))
        return body

    def test_events_parse_with_stable_uids_links_and_alarms(self):
        first, second = self.fetch(), self.fetch()
        for raw in first.split(b"\r\n")[:-1]:
            self.assertLessEqual(len(raw), 75, raw)
            self.assertNotIn(b"\n", raw)
        events = [e for e in icalendar.Calendar.from_ical(first).walk("VEVENT")]
        uids = [str(e["UID"]) for e in events]
        self.assertEqual(len(uids), len(set(uids)), "a UID given twice")
        again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(second).walk("VEVENT")]
        self.assertEqual(uids, again)
        by_uid = {str(e["UID"]): e for e in events}
        conference = by_uid["conference.skopje-2016@accord"]
        self.assertEqual(conference.decoded("DTSTART"), datetime.date(2016, 10, 27))
        self.assertEqual(conference.decoded("DTEND"), datetime.date(2016, 10, 29))  # exclusive: the 28th is the last day
        deadline = by_uid["deadline.cm-common-indicators@accord"]
        self.assertEqual(deadline.decoded("DTSTART"), datetime.date(2017, 12, 31))
        self.assertTrue(str(deadline["SUMMARY"]).startswith("Deadline: "))
        self.assertTrue(str(deadline["URL"]).startswith(self.server.url + "/declarations/"), deadline["URL"])
        self.assertTrue(any(u.startswith("milestone.cm-common-indicators.") for u in uids))
        for e in events:
            self.assertIn("DTSTAMP", e)
            alarms = e.walk("VALARM")
            self.assertEqual(len(alarms), 1)
            self.assertEqual(alarms[0].decoded("TRIGGER"), datetime.timedelta(days=-7))

    def test_nothing_without_signing_in_and_404_for_an_unknown_conference(self):
        status, _, body = Http(self.server.url).request(PATH)
        self.assertNotEqual(status, 200)
        self.assertNotIn(b"BEGIN:VCALENDAR", body)
        status, _, _ = self.http.request("/conferences/no-such-conference/calendar.ics")
        self.assertEqual(status, 404)


if __name__ == "__main__":
    ARGS, rest = arguments(__doc__)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
