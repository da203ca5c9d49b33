"""A conference's calendar (.ics) read by an independent parser, Debian's
python3-icalendar: the conference's days and each commitment's deadline and
milestones as events with stable UIDs, DTSTAMP, SUMMARY, a URL to the site and
an alarm a week before; CRLF line ends and no line over 75 octets; the same UIDs
on a second fetch; nothing without signing in; 404 for an unknown conference;
an agenda session as a timed event in floating local time.
And each person's feed at /calendar/{token}.ics: the address made on /calendar
(shown once), fetched without a session, the same UIDs as the conference's
file, a coordinator's holding only their country's commitments; a replaced or
stopped address answers 404."""
import datetime
import json
import re
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
            if str(e["UID"]).startswith("session."):
                self.assertEqual(len(alarms), 0, "the conference's own event reminds of its days")
                continue
            self.assertEqual(len(alarms), 1)
            self.assertEqual(alarms[0].decoded("TRIGGER"), datetime.timedelta(days=-7))

    def test_agenda_sessions_are_timed_events_in_the_conferences_local_time(self):
        name = "secretariat"
        bearer = token(self.server.url, name, self.server.passwords[name])
        api = self.server.url + "/api/v1/conferences/skopje-2016"
        with urllib.request.urlopen(urllib.request.Request(
                api, headers={"Authorization": "Bearer " + bearer}), timeout=30) as r:
            etag = r.headers["ETag"]
        body = {"sessions": [{"id": "opening", "date": "2016-10-27", "start": "09:30", "end": "11:00",
                              "title": "Opening; remarks, \\ and {{more}}", "room": "Hall A"}]}
        req = urllib.request.Request(api, data=json.dumps(body).encode(), method="PATCH",
                                     headers={"Authorization": "Bearer " + bearer, "If-Match": etag,
                                              "Content-Type": "application/merge-patch+json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            self.assertEqual(r.status, 200)
        events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(self.fetch()).walk("VEVENT")}
        session = events["session.skopje-2016.opening@accord"]
        # Floating local time (no zone): the time of the place, as the agenda prints it.
        self.assertEqual(session.decoded("DTSTART"), datetime.datetime(2016, 10, 27, 9, 30))
        self.assertEqual(session.decoded("DTEND"), datetime.datetime(2016, 10, 27, 11, 0))
        self.assertIsNone(session.decoded("DTSTART").tzinfo)
        self.assertEqual(str(session["SUMMARY"]), "Opening; remarks, \\ and {{more}}")
        self.assertEqual(str(session["DESCRIPTION"]), "Hall A")

    def test_nothing_without_signing_in_and_404_for_an_unknown_conference(self):
        status, _, body = Http(self.server.url).request(PATH)
        self.assertNotEqual(status, 200)
        self.assertNotIn(b"BEGIN:VCALENDAR", body)
        status, _, _ = self.http.request("/conferences/no-such-conference/calendar.ics")
        self.assertEqual(status, 404)


def web_post(http, page, path):
    """Posts the first form of `page` that targets `path`, with its CSRF token."""
    status, _, html = http.request(page)
    assert status == 200, (page, status)
    csrf = re.search(rb'name="csrf" value="([0-9a-f]+)"', html).group(1).decode()
    return http.request(path, data={"csrf": csrf}, headers={"Origin": http.base})


class PersonalFeed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(ARGS.server, ARGS.accord, ARGS.source)
        cls.people = {name: Http(cls.server.url, token(cls.server.url, name, cls.server.passwords[name]))
                      for name in ("secretariat", "coordinator.al")}

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def make_address(self, name):
        status, _, html = web_post(self.people[name], "/calendar", "/calendar")
        self.assertEqual(status, 200, html[:300])
        m = re.search(rb'id="calendar-address" value="([^"]+)"', html)
        self.assertIsNotNone(m, html)
        address = m.group(1).decode()
        self.assertTrue(address.startswith(self.server.url + "/calendar/") and address.endswith(".ics"), address)
        # shown once: the page no longer holds it
        _, _, again = self.people[name].request("/calendar")
        self.assertNotIn(address.encode(), again)
        self.assertIn(b'id="calendar-since"', again)
        return address[len(self.server.url):]

    def feed(self, path):
        status, headers, body = Http(self.server.url).request(path)  # no session: the address is the credential
        self.assertEqual(status, 200, body[:300])
        self.assertTrue(headers["Content-Type"].startswith("text/calendar"))
        return icalendar.Calendar.from_ical(body)

    def countries_of(self, commitment):
        http = self.people["secretariat"]
        status, _, body = http.request("/api/v1/commitments/" + commitment,
                                       headers={"Authorization": "Bearer " + http.cookie})
        self.assertEqual(status, 200, body[:300])
        return json.loads(body)["countries"]

    def test_secretariat_feed_has_every_event_with_stable_uids(self):
        path = self.make_address("secretariat")
        first = self.feed(path)
        uids = [str(e["UID"]) for e in first.walk("VEVENT")]
        self.assertEqual(uids, [str(e["UID"]) for e in self.feed(path).walk("VEVENT")])
        self.assertEqual(len(uids), len(set(uids)))
        self.assertIn("conference.skopje-2016@accord", uids)
        # the same events as the conference's own file, under the same UIDs
        _, _, body = self.people["secretariat"].request(PATH)
        self.assertEqual(set(uids), {str(e["UID"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")})
        for e in first.walk("VEVENT"):
            for key in ("DTSTAMP", "SUMMARY", "URL"):
                self.assertIn(key, e)
            self.assertEqual(e.walk("VALARM")[0].decoded("TRIGGER"), datetime.timedelta(days=-7))

    def test_coordinator_feed_holds_only_their_countrys_commitments(self):
        everything = {str(e["UID"]) for e in self.feed(self.make_address("secretariat")).walk("VEVENT")}
        mine = {str(e["UID"]) for e in self.feed(self.make_address("coordinator.al")).walk("VEVENT")}
        self.assertIn("conference.skopje-2016@accord", mine)
        all_deadlines = {u[len("deadline."):-len("@accord")] for u in everything if u.startswith("deadline.")}
        my_deadlines = {u[len("deadline."):-len("@accord")] for u in mine if u.startswith("deadline.")}
        for commitment in all_deadlines:
            self.assertEqual(commitment in my_deadlines, "AL" in self.countries_of(commitment), commitment)
        self.assertTrue(my_deadlines, "no commitment of AL in the sample")
        self.assertLess(len(my_deadlines), len(all_deadlines), "the sample should have a commitment without AL")

    def test_replaced_stopped_and_unknown_addresses_answer_404(self):
        old = self.make_address("coordinator.al")
        new = self.make_address("coordinator.al")
        self.feed(new)
        for path in (old, "/calendar/" + "0" * 64 + ".ics", "/calendar/nothing", "/calendar/%00.ics"):
            status, _, body = Http(self.server.url).request(path)
            self.assertEqual(status, 404, path)
            self.assertNotIn(b"BEGIN:VCALENDAR", body)
        status, _, _ = web_post(self.people["coordinator.al"], "/calendar", "/calendar/stop")
        self.assertEqual(status, 303)
        status, _, _ = Http(self.server.url).request(new)
        self.assertEqual(status, 404)
        _, _, page = self.people["coordinator.al"].request("/calendar")
        self.assertIn(b'id="calendar-none"', page)
        # stopping again is refused in words, not a server error
        status, _, _ = web_post(self.people["coordinator.al"], "/calendar", "/calendar/stop")
        self.assertEqual(status, 404)
        # without a session the page and its forms are closed
        status, _, _ = Http(self.server.url).request("/calendar", data={"csrf": "x"})
        self.assertEqual(status, 401)


if __name__ == "__main__":
    ARGS, rest = arguments(__doc__)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
