// Who may call what, over HTTP: every route of the API, asked by every kind of
// caller, against one table of the answers DESIGN.md's roles call for. A route
// without a row fails the test, so a new route cannot ship without someone
// deciding who may call it. 401 means "sign in", 403 "not you"; any other answer
// (200, 201, 409 for a state that does not allow it) means the caller got
// past authorization.
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "plugin_server.h"

using namespace accord::test;

namespace {

// The callers: the columns of the matrix. Coordinators act for MK, the country in
// every {country} below, or for AL, its neighbour.
enum Who { kAdmin, kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer, kNobody };
const char* const kActors[] = {"admin;admin",        "secretariat;secretariat", "coordinator.mk;coordinator;MK",
                               "coordinator.al;coordinator;AL", "monitor;monitor", "viewer;viewer", ""};
const char* const kNames[] = {"admin", "secretariat", "coordinator MK", "coordinator AL", "monitor", "viewer",
                              "no token"};

const std::set<Who> kEveryone = {kAdmin, kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer, kNobody};
const std::set<Who> kSignedIn = {kAdmin, kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer};

struct Row {
  std::string route;   // "METHOD /template", as Api::routes() names it
  std::string target;  // the URL asked
  std::string body;    // JSON, or empty
  std::string etagOf;  // a URL whose ETag goes in If-Match, or empty
  std::set<Who> allowed;
};

const std::string kDecl = "/api/v1/declarations/skopje-joint-declaration";
const std::string kAssignment = "/api/v1/commitments/cm-common-indicators/countries/MK";
const std::string kConsult = "/api/v1/declarations/matrix-d/revisions/1";
const std::string kTarget = "target.person";  // an account the users rows work on

// In the order they run: the writes of one row may be what a later row reads.
const std::vector<Row>& table() {
  static const std::vector<Row> rows = {
      {"GET /healthz", "/healthz", "", "", kEveryone},
      {"GET /metrics", "/metrics", "", "", kEveryone},
      {"GET /api/v1/openapi.json", "/api/v1/openapi.json", "", "", kEveryone},
      {"POST /api/v1/session", "/api/v1/session",
       R"({"user":")" + kTarget + R"(","password":")" + TestAccounts::passwordOf(kTarget) + R"("})", "", kEveryone},
      {"GET /api/v1/session", "/api/v1/session", "", "", kSignedIn},
      {"DELETE /api/v1/session", "/api/v1/session", "", "", kSignedIn},
      {"GET /api/v1/countries", "/api/v1/countries", "", "", kSignedIn},
      {"GET /api/v1/conferences", "/api/v1/conferences", "", "", kSignedIn},
      {"POST /api/v1/conferences", "/api/v1/conferences",
       R"({"id":"matrix-c","title":"T","city":"Ohrid","startDate":"2018-01-01","endDate":"2018-01-02"})", "",
       {kSecretariat}},
      {"GET /api/v1/conferences/{id}", "/api/v1/conferences/skopje-2016", "", "", kSignedIn},
      {"PATCH /api/v1/conferences/{id}", "/api/v1/conferences/matrix-c", R"({"city":"Struga"})",
       "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"DELETE /api/v1/conferences/{id}", "/api/v1/conferences/matrix-c", "", "", {kSecretariat}},
      {"GET /api/v1/conferences/{id}/delegations", "/api/v1/conferences/skopje-2016/delegations", "", "", kSignedIn},
      {"POST /api/v1/conferences/{id}/delegations", "/api/v1/conferences/matrix-c/delegations",
       R"({"country":"AT","members":[]})", "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"POST /api/v1/conferences/{id}/delegates/import", "/api/v1/conferences/matrix-c/delegates/import?dryRun=true",
       "", "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"POST /api/v1/conferences/{id}/delegations/{country}/members",
       "/api/v1/conferences/matrix-c/delegations/AT/members",
       R"({"role":"expert","newPerson":{"id":"matrix-p","name":"Matrix Person"}})", "/api/v1/conferences/matrix-c",
       {kSecretariat}},
      {"PATCH /api/v1/conferences/{id}/delegations/{country}/members/{person}",
       "/api/v1/conferences/matrix-c/delegations/AT/members/matrix-p", R"({"role":"observer"})",
       "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"DELETE /api/v1/conferences/{id}/delegations/{country}/members/{person}",
       "/api/v1/conferences/matrix-c/delegations/AT/members/matrix-p", "", "/api/v1/conferences/matrix-c",
       {kSecretariat}},
      {"GET /api/v1/conferences/{id}/people", "/api/v1/conferences/skopje-2016/people?search=nina", "", "",
       kSignedIn},
      {"POST /api/v1/conferences/{id}/people", "/api/v1/conferences/matrix-c/people",
       R"({"id":"matrix-q","name":"Matrix Q","country":"MK","email":"q@example.org"})",
       "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"GET /api/v1/conferences/{id}/people/{person}", "/api/v1/conferences/matrix-c/people/matrix-q", "", "",
       kSignedIn},
      {"PUT /api/v1/conferences/{id}/people/{person}", "/api/v1/conferences/matrix-c/people/matrix-q",
       R"({"name":"Matrix Q","country":"MK"})", "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"GET /api/v1/conferences/{id}/organizations", "/api/v1/conferences/skopje-2016/organizations", "", "",
       kSignedIn},
      {"POST /api/v1/conferences/{id}/organizations", "/api/v1/conferences/matrix-c/organizations",
       R"({"id":"matrix-o","name":"Matrix O","kind":"civil_society"})", "/api/v1/conferences/matrix-c",
       {kSecretariat}},
      {"GET /api/v1/conferences/{id}/organizations/{organization}", "/api/v1/conferences/matrix-c/organizations/matrix-o",
       "", "", kSignedIn},
      {"PUT /api/v1/conferences/{id}/organizations/{organization}", "/api/v1/conferences/matrix-c/organizations/matrix-o",
       R"({"name":"Matrix O","kind":"other"})", "/api/v1/conferences/matrix-c", {kSecretariat}},
      {"GET /api/v1/declarations", "/api/v1/declarations", "", "", kSignedIn},
      {"POST /api/v1/declarations", "/api/v1/declarations?conference=matrix-c",
       R"({"id":"matrix-d","title":"T","invitedCountries":["MK","AL"]})", "", {kSecretariat}},
      {"GET /api/v1/declarations/{id}", kDecl, "", "", kSignedIn},
      {"POST /api/v1/declarations/{id}/revisions", "/api/v1/declarations/matrix-d/revisions",
       R"({"changeNote":"First draft","operative":[{"id":"op1","text":"Agree."}]})", "/api/v1/declarations/matrix-d", {kSecretariat}},
      {"PATCH /api/v1/declarations/{id}", "/api/v1/declarations/matrix-d", R"({"status":"consultation"})",
       "/api/v1/declarations/matrix-d", {kSecretariat}},
      // The consultation on matrix-d, now in consultation (open visibility): the
      // secretariat and the invited countries' coordinators read, monitors too;
      // a coordinator writes for their own country only (MK here). A viewer is not
      // refused but does not see a declaration in consultation at all (404, as
      // the read table below checks), so it is listed as not refused.
      {"GET /api/v1/declarations/{id}/revisions/{n}/comments", kConsult + "/comments", "", "",
       {kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      {"POST /api/v1/declarations/{id}/revisions/{n}/comments", kConsult + "/comments",
       R"({"unit":"op1","text":"Agreed.","country":"MK"})", "", {kOwnCoordinator}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/amendments", kConsult + "/amendments", "", "",
       {kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      {"POST /api/v1/declarations/{id}/revisions/{n}/amendments", kConsult + "/amendments",
       R"({"unit":"op1","kind":"replace","text":"Agree firmly.","justification":"Stronger.","country":"MK"})", "",
       {kOwnCoordinator}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/amendments/{aid}", kConsult + "/amendments/1", "", "",
       {kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      {"POST /api/v1/declarations/{id}/revisions/{n}/amendments/{aid}/state", kConsult + "/amendments/1/state",
       R"({"state":"accepted"})", kConsult + "/amendments/1", {kSecretariat}},
      // Language versions of matrix-d's revision 1: the secretariat translates. The
      // first save sends If-Match "v0", which a merely invited country's endorsement
      // (AL's) answers as its ETag; the verification then refuses the incomplete
      // version (409), past authorization.
      {"PUT /api/v1/declarations/{id}/revisions/{n}/languages/{language}", kConsult + "/languages/fr",
       R"({"units":[{"unit":"op1","text":"Convenir."}]})", "/api/v1/declarations/matrix-d/endorsements/AL",
       {kSecretariat}},
      {"POST /api/v1/declarations/{id}/revisions/{n}/languages/{language}/verification",
       kConsult + "/languages/fr/verification", "{}", kConsult + "/languages/fr", {kSecretariat}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages", kConsult + "/languages", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages/{language}", kConsult + "/languages/fr", "", "",
       kSignedIn},
      {"GET /api/v1/declarations/{id}/revisions", kDecl + "/revisions", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/revisions/{n}", kDecl + "/revisions/3", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=xml", "", "", kSignedIn},
      // Who may read a revision may compare two (the same rule as GET .../revisions/{n}).
      {"GET /api/v1/declarations/{id}/compare", kDecl + "/compare?from=1&to=3", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/endorsements", kDecl + "/endorsements", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/endorsements/{country}", kDecl + "/endorsements/MK", "", "", kSignedIn},
      // In its own name, so only the country's coordinator: the secretariat must
      // say it records on behalf (sign_off_api_tests shows that it then may).
      {"PUT /api/v1/declarations/{id}/endorsements/{country}", kDecl + "/endorsements/MK",
       R"({"status":"withdrawn","date":"2017-10-15","statement":"Withdrawn for the matrix."})",
       kDecl + "/endorsements/MK", {kOwnCoordinator}},
      {"GET /api/v1/declarations/{id}/commitments", kDecl + "/commitments", "", "", kSignedIn},
      {"POST /api/v1/declarations/{id}/commitments", kDecl + "/commitments",
       R"({"id":"matrix-cm","text":"Do it.","clause":"op-awareness","deadline":"2018-12-31","countries":["MK"]})", "",
       {kSecretariat}},
      {"GET /api/v1/commitments/{id}", "/api/v1/commitments/cm-common-indicators", "", "", kSignedIn},
      {"PATCH /api/v1/commitments/{id}", "/api/v1/commitments/cm-common-indicators", R"({"text":"x"})",
       "/api/v1/commitments/cm-common-indicators", {kSecretariat}},
      {"GET /api/v1/commitments/{id}/countries/{country}", kAssignment, "", "", kSignedIn},
      {"PUT /api/v1/commitments/{id}/countries/{country}", "/api/v1/commitments/matrix-cm/countries/MK",
       R"({"acceptance":"accepted"})", "/api/v1/commitments/matrix-cm/countries/MK", {kOwnCoordinator}},
      // The country's own progress: its coordinator only (the monitor reads it).
      {"PUT /api/v1/commitments/{id}/countries/{country}/milestones/{milestone}", kAssignment + "/milestones/ms-ci-3",
       R"({"state":"done"})", kAssignment, {kOwnCoordinator}},
      {"POST /api/v1/commitments/{id}/countries/{country}/measurements", kAssignment + "/measurements",
       R"({"indicator":"First-line officials trained in the use of the common indicators","value":40,)"
       R"("date":"2017-06-30","source":"Ministry of the Interior"})",
       kAssignment, {kOwnCoordinator}},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports", kAssignment + "/reports", "", "", kSignedIn},
      {"POST /api/v1/commitments/{id}/countries/{country}/reports", kAssignment + "/reports",
       R"({"id":"matrix-r","periodStart":"2017-07-01","periodEnd":"2017-09-30","narrative":"n","percent":5})", "",
       {kOwnCoordinator}},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kAssignment + "/reports/rp-ci-mk-1", "", "",
       kSignedIn},
      {"PATCH /api/v1/commitments/{id}/countries/{country}/reports/{report}", kAssignment + "/reports/rp-ci-mk-1",
       R"({"state":"validated"})", kAssignment + "/reports/rp-ci-mk-1", {kMonitor}},
      {"GET /api/v1/declarations/{id}/status/endorsements", kDecl + "/status/endorsements", "", "", kSignedIn},
      {"GET /api/v1/declarations/{id}/status/implementation", kDecl + "/status/implementation", "", "", kSignedIn},
      {"GET /api/v1/audit", "/api/v1/audit?entity=declaration&id=skopje-joint-declaration", "", "",
       {kAdmin, kSecretariat, kMonitor}},
      {"GET /api/v1/audit/verify", "/api/v1/audit/verify", "", "", {kAdmin, kSecretariat, kMonitor}},
      {"GET /api/v1/users", "/api/v1/users", "", "", {kAdmin}},
      {"POST /api/v1/users", "/api/v1/users",
       R"({"name":"matrix.new","displayName":"New Person","email":"new@example.org","role":"viewer"})", "", {kAdmin}},
      {"GET /api/v1/users/{name}", "/api/v1/users/" + kTarget, "", "", {kAdmin}},
      {"PATCH /api/v1/users/{name}", "/api/v1/users/" + kTarget, R"({"displayName":"Target Person"})",
       "/api/v1/users/" + kTarget, {kAdmin}},
      {"POST /api/v1/users/{name}/password", "/api/v1/users/" + kTarget + "/password",
       R"({"password":")" + TestAccounts::passwordOf(kTarget) + R"("})", "/api/v1/users/" + kTarget, {kAdmin}},
      // Nothing locks the account: the admin gets past authorization to a 409.
      {"POST /api/v1/users/{name}/unlock", "/api/v1/users/" + kTarget + "/unlock", "", "/api/v1/users/" + kTarget,
       {kAdmin}},
      // Everyone reads and marks their own notifications (no one else's: see
      // notification_api_tests); a number that is not yours is 404.
      {"GET /api/v1/notifications", "/api/v1/notifications", "", "", kSignedIn},
      {"POST /api/v1/notifications/{id}/read", "/api/v1/notifications/999999/read", "", "", kSignedIn},
      {"GET /api/v1/notifications/failed", "/api/v1/notifications/failed", "", "", {kAdmin}},
      // Everyone reads and sets their own preferences (no one else's: there is no
      // name in the address; an admin changes another's through /users/{name}).
      {"GET /api/v1/preferences", "/api/v1/preferences", "", "", kSignedIn},
      {"PUT /api/v1/preferences", "/api/v1/preferences", R"({"language":"fr"})", "", kSignedIn},
      // Everyone reads what waits for them (their role's kinds only: inbox_api_tests).
      {"GET /api/v1/inbox", "/api/v1/inbox", "", "", kSignedIn},
      // Reminders are the secretariat's: previewing reveals who has not answered
      // and who the coordinators are, so it is theirs alone too.
      {"GET /api/v1/declarations/{id}/reminders", kDecl + "/reminders", "", "", {kSecretariat}},
      {"POST /api/v1/declarations/{id}/reminders", kDecl + "/reminders", R"({"message":"Please answer."})", "",
       {kSecretariat}},
      {"GET /api/v1/commitments/{id}/reminders", "/api/v1/commitments/cm-common-indicators/reminders", "", "",
       {kSecretariat}},
      {"POST /api/v1/commitments/{id}/reminders", "/api/v1/commitments/cm-common-indicators/reminders",
       R"({"preview":true})", "", {kSecretariat}},
      {"PUT /api/v1/commitments/{id}/reminder-schedule", "/api/v1/commitments/cm-common-indicators/reminder-schedule",
       R"({"daysBefore":30})", "", {kSecretariat}},
  };
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(permission_matrix_tests)

BOOST_AUTO_TEST_CASE(every_route_answers_exactly_the_callers_its_row_allows) {
  PluginServer server;
  Client any = server.client();
  Client admin = any.as(kActors[kAdmin]);
  server.accounts()->ensure(kTarget + ";viewer");

  // Every route has exactly one row, and every row is a route.
  std::map<std::string, int> rows;
  for (const auto& row : table()) ++rows[row.route];
  std::set<std::string> served;
  for (const auto& [method, path] : [&] {
         std::vector<std::pair<std::string, std::string>> out;
         auto doc = any.get("/api/v1/openapi.json").json()->getObject("paths");
         for (const auto& [p, item] : *doc)
           for (const auto& [m, op] : *item.extract<Poco::JSON::Object::Ptr>()) {
             std::string upper;
             for (char c : m) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
             out.emplace_back(upper, p);
           }
         return out;
       }())
    served.insert(method + " " + path);
  for (const auto& route : served) BOOST_TEST(rows[route] == 1, route << " has " << rows[route] << " rows");
  for (const auto& [route, n] : rows) BOOST_TEST(served.count(route) == 1u, route << " is not a route");

  int asked = 0;
  for (const auto& row : table()) {
    std::string method = row.route.substr(0, row.route.find(' '));
    for (int w = kAdmin; w <= kNobody; ++w) {
      Who who = static_cast<Who>(w);
      Client::Headers headers;
      if (!row.etagOf.empty()) {
        Client reader = row.etagOf.rfind("/api/v1/users", 0) == 0 ? admin : any;
        headers["If-Match"] = reader.etag(row.etagOf);
      }
      Client caller = any.as(kActors[who]);
      Response r = caller.send(method, row.target, row.body, "application/json", headers);
      ++asked;
      std::string what = row.route + " as " + kNames[who] + " -> " + std::to_string(r.status) + " " +
                         r.body.substr(0, 200);
      if (row.allowed.count(who)) {
        // Allowed means served: neither refused nor failed on the way (a 500 is a bug).
        BOOST_TEST((r.status != 401 && r.status != 403), what);
        BOOST_TEST(r.status < 500, what);
      } else {
        BOOST_TEST(r.status == (who == kNobody ? 401 : 403), what);
        if (r.status == 401) BOOST_TEST(r.header("WWW-Authenticate").rfind("Bearer", 0) == 0u, what);
      }
      // Signing out ends that caller's session; the next row signs in again.
      if (method == "DELETE" && row.target == "/api/v1/session") server.accounts()->forgetTokens();
    }
  }
  BOOST_TEST(asked == static_cast<int>(table().size()) * 7);
}

// A viewer writes nothing, and is told so before anything of the request is
// looked at: an empty body, a malformed one, one without If-Match and a valid one
// all answer 403 (never 400, 409, 428 or a 200 for a request that asks nothing).
BOOST_AUTO_TEST_CASE(a_viewer_is_refused_every_write_whatever_the_body) {
  PluginServer server;
  Client any = server.client();
  Client viewer = any.as(kActors[kViewer]);
  int asked = 0;
  for (const auto& row : table()) {
    std::string method = row.route.substr(0, row.route.find(' '));
    // Signing in and out, marking one's own notification read and setting one's
    // own preferences change no record of the conference: a viewer may.
    if (method == "GET" || row.route.find("/api/v1/session") != std::string::npos ||
        row.route.find("/api/v1/notifications") != std::string::npos ||
        row.route.find("/api/v1/preferences") != std::string::npos)
      continue;
    Client::Headers ifMatch;
    if (!row.etagOf.empty()) {
      Client reader = row.etagOf.rfind("/api/v1/users", 0) == 0 ? any.as(kActors[kAdmin]) : any;
      Response current = reader.get(row.etagOf);
      if (current.status == 200) ifMatch["If-Match"] = current.header("ETag");
    }
    const std::pair<const char*, std::string> bodies[] = {
        {"empty", ""}, {"malformed", "{\"id\":"}, {"null", "null"}, {"not an object", "[1,2]"}, {"valid", row.body}};
    for (const auto& [kind, body] : bodies) {
      for (bool withIfMatch : {false, true}) {
        Response r = viewer.send(method, row.target, body, "application/json",
                                 withIfMatch ? ifMatch : Client::Headers{});
        ++asked;
        BOOST_TEST(r.status == 403, row.route << " as viewer, " << kind << " body" << (withIfMatch ? ", If-Match" : "")
                                              << " -> " << r.status << " " << r.body.substr(0, 200));
      }
    }
  }
  BOOST_TEST(asked > 100);
}

// Reading: what each caller sees of what is published and what is not (README.md,
// "Who may read what"). A viewer reads published declarations (final on) and of
// their text the final revision only; a draft report is its country's own; a
// submitted or returned one is also the reviewers'; a validated one everyone's.
// What a caller may not read answers 404, as if it did not exist, and lists leave
// it out. Every read route of the declarations and commitments appears, and every
// page that shows them.
namespace {

const std::set<Who> kReadsDrafts = {kAdmin, kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor};
const std::set<Who> kReviewers = {kAdmin, kSecretariat, kMonitor};
const std::set<Who> kOwnAndReviewers = {kAdmin, kSecretariat, kOwnCoordinator, kMonitor};
const std::set<Who> kNone = {};
const std::set<Who> kConsulted = {kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor};
const std::set<Who> kNotAdmin = {kSecretariat, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer};

struct ReadRow {
  std::string route;   // "GET /template" as the API or the pages name it
  std::string target;
  std::set<Who> sees;
  std::string needle;  // empty: an item (200 or 404); else a list (200) that names it only for `sees`
  bool page = false;   // a browser page, asked with the session cookie
  // Who reads the declaration but is refused this part of it (403, not 404):
  // the consultation, closed to admins and viewers.
  std::set<Who> refused = {};
};

const std::string kDraftDecl = "/api/v1/declarations/reads-draft";
const std::string kDraftCm = "/api/v1/commitments/reads-cm/countries/MK";
const std::string kCi = "/api/v1/commitments/cm-common-indicators/countries/";

const std::vector<ReadRow>& readTable() {
  static const std::vector<ReadRow> rows = {
      // A declaration in drafting and everything that hangs from it.
      {"GET /api/v1/declarations", "/api/v1/declarations?conference=skopje-2016", kReadsDrafts, "\"reads-draft\""},
      {"GET /api/v1/declarations/{id}", kDraftDecl, kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions", kDraftDecl + "/revisions", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions/{n}", kDraftDecl + "/revisions/1", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/render", kDraftDecl + "/render?format=xml", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/endorsements", kDraftDecl + "/endorsements", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/endorsements/{country}", kDraftDecl + "/endorsements/MK", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/status/endorsements", kDraftDecl + "/status/endorsements", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/status/implementation", kDraftDecl + "/status/implementation", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/commitments", kDraftDecl + "/commitments", kReadsDrafts},
      {"GET /api/v1/commitments/{id}", "/api/v1/commitments/reads-cm", kReadsDrafts},
      {"GET /api/v1/commitments/{id}/countries/{country}", kDraftCm, kReadsDrafts},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports", kDraftCm + "/reports", kReadsDrafts},
      // Reminders are the secretariat's: the others are refused before anything is read.
      {"GET /api/v1/declarations/{id}/reminders", kDraftDecl + "/reminders", {kSecretariat}, "", false,
       {kAdmin, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      {"GET /api/v1/commitments/{id}/reminders", "/api/v1/commitments/reads-cm/reminders", {kSecretariat}, "", false,
       {kAdmin, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      {"GET /declarations/{id}/reminders", "/declarations/reads-draft/reminders", {kSecretariat}, "", true,
       {kAdmin, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
      // The published declaration: its earlier revisions are drafts.
      {"GET /api/v1/declarations/{id}", kDecl, kSignedIn},
      {"GET /api/v1/declarations/{id}", kDecl, kReadsDrafts, "\"number\":1,"},
      {"GET /api/v1/declarations/{id}/revisions", kDecl + "/revisions", kReadsDrafts, "\"number\":2,"},
      {"GET /api/v1/declarations/{id}/revisions", kDecl + "/revisions", kSignedIn, "\"number\":3,"},
      {"GET /api/v1/declarations/{id}/revisions/{n}", kDecl + "/revisions/2", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions/{n}", kDecl + "/revisions/3", kSignedIn},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=xml&revision=1", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=xml", kSignedIn},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?document=redline&from=2&to=3", kReadsDrafts},
      // Akoma Ntoso and PDF keep the same rules (a PDF converts once, then comes from the cache).
      {"GET /api/v1/declarations/{id}/render", kDraftDecl + "/render?format=akn", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=akn&revision=1", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=akn", kSignedIn},
      {"GET /api/v1/declarations/{id}/render", kDraftDecl + "/render?format=pdf", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/render", kDecl + "/render?format=pdf", kSignedIn},
      {"GET /api/v1/declarations/{id}/compare", kDecl + "/compare?from=2&to=3", kReadsDrafts},
      // The consultation: the secretariat, the invited coordinators and (while it
      // is open to them, the default) monitors.
      {"GET /api/v1/declarations/{id}/revisions/{n}/comments", kDecl + "/revisions/3/comments", kConsulted, "", false,
       {kAdmin, kViewer}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/comments", kDraftDecl + "/revisions/1/comments", kConsulted, "",
       false, {kAdmin}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/amendments", kDecl + "/revisions/3/amendments", kConsulted, "",
       false, {kAdmin, kViewer}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/amendments", kDraftDecl + "/revisions/1/amendments", kConsulted,
       "", false, {kAdmin}},
      {"GET /api/v1/declarations/{id}/revisions/{n}/amendments/{aid}", kDraftDecl + "/revisions/1/amendments/1",
       kConsulted, "", false, {kAdmin}},
      {"GET /api/v1/declarations/{id}/compare", kDraftDecl + "/compare?from=1&to=1", kReadsDrafts},
      // Language versions follow the revision they are of; a viewer's view of the
      // final text carried over from a draft's version keeps no outdated unit.
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages", kDraftDecl + "/revisions/1/languages", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages/{language}", kDraftDecl + "/revisions/1/languages/fr",
       kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages", kDecl + "/revisions/2/languages", kReadsDrafts},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages/{language}", kDecl + "/revisions/3/languages/it",
       kSignedIn},
      {"GET /api/v1/declarations/{id}/revisions/{n}/languages", kDecl + "/revisions/3/languages", kReadsDrafts,
       "Reads: draft wording in Italian op-follow-up"},
      {"GET /api/v1/declarations/{id}/endorsements", kDecl + "/endorsements", kSignedIn},
      {"GET /api/v1/declarations/{id}/endorsements/{country}", kDecl + "/endorsements/MK", kSignedIn},
      {"GET /api/v1/declarations/{id}/status/endorsements", kDecl + "/status/endorsements", kSignedIn},
      {"GET /api/v1/declarations/{id}/commitments", kDecl + "/commitments", kSignedIn},
      {"GET /api/v1/commitments/{id}", "/api/v1/commitments/cm-common-indicators", kSignedIn},
      {"GET /api/v1/commitments/{id}/countries/{country}", kCi + "MK", kSignedIn},
      // Reports by state and country: MK's draft, MK's submitted, ME's returned,
      // AL's validated; RS's draft is nobody's here (no RS coordinator).
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kCi + "MK/reports/reads-mk-draft",
       {kOwnCoordinator}},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kCi + "AL/reports/reads-mk-draft", kNone},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kCi + "MK/reports/rp-ci-mk-1",
       kOwnAndReviewers},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kCi + "ME/reports/rp-ci-me-1", kReviewers},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports/{report}", kCi + "AL/reports/rp-ci-al-1", kSignedIn},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports", kCi + "MK/reports", {kOwnCoordinator},
       "reads-mk-draft"},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports", kCi + "MK/reports", kOwnAndReviewers,
       "rp-ci-mk-1"},
      {"GET /api/v1/commitments/{id}/countries/{country}/reports", kCi + "AL/reports", kSignedIn, "rp-ci-al-1"},
      {"GET /api/v1/declarations/{id}/status/implementation", kDecl + "/status/implementation", kNone, "rp-tr-rs-1"},
      {"GET /api/v1/declarations/{id}/status/implementation", kDecl + "/status/implementation", kSignedIn,
       "rp-tr-mk-1"},
      // The CSV tables keep the same rules: MK's draft report (period end
      // 2017-10-10) is in MK's own export only.
      {"GET /api/v1/declarations/{id}/status/implementation", kDraftDecl + "/status/implementation?format=csv",
       kReadsDrafts},
      {"GET /api/v1/declarations/{id}/status/endorsements", kDraftDecl + "/status/endorsements?format=csv",
       kReadsDrafts},
      {"GET /api/v1/declarations/{id}/status/implementation", kDecl + "/status/implementation?format=csv",
       {kOwnCoordinator}, "draft,2017-10-10"},
      // The pages show the same.
      {"GET /conferences/{id}", "/conferences/skopje-2016", kReadsDrafts, "reads-draft", true},
      {"GET /declarations/{id}", "/declarations/reads-draft", kReadsDrafts, "", true},
      {"GET /declarations/{id}", "/declarations/skopje-joint-declaration", kSignedIn, "", true},
      {"GET /declarations/{id}/download", "/declarations/reads-draft/download?format=xml", kReadsDrafts, "", true},
      {"GET /declarations/{id}/download", "/declarations/reads-draft/download?format=akn", kReadsDrafts, "", true},
      {"GET /declarations/{id}/download", "/declarations/skopje-joint-declaration/download?format=xml&revision=2",
       kReadsDrafts, "", true},
      {"GET /declarations/{id}/compare", "/declarations/skopje-joint-declaration/compare?from=2&to=3", kReadsDrafts,
       "", true},
      {"GET /declarations/{id}/endorsements", "/declarations/reads-draft/endorsements", kReadsDrafts, "", true},
      {"GET /declarations/{id}/implementation", "/declarations/reads-draft/implementation", kReadsDrafts, "", true},
      {"GET /declarations/{id}/implementation.csv", "/declarations/reads-draft/implementation.csv", kReadsDrafts, "",
       true},
      {"GET /declarations/{id}/endorsements.csv", "/declarations/reads-draft/endorsements.csv", kReadsDrafts, "", true},
      {"GET /declarations/{id}/implementation.csv", "/declarations/skopje-joint-declaration/implementation.csv",
       {kOwnCoordinator}, "draft,2017-10-10", true},
      {"GET /commitments/{id}/countries/{country}", "/commitments/reads-cm/countries/MK", kReadsDrafts, "", true},
      {"GET /commitments/{id}/countries/{country}", "/commitments/cm-common-indicators/countries/MK",
       {kOwnCoordinator}, "Reads: a draft only MK sees", true},
      {"GET /commitments/{id}/countries/{country}", "/commitments/cm-common-indicators/countries/AL", kSignedIn, "",
       true},
      // The account pages are an administrator's; anyone else is told so.
      {"GET /users", "/users", {kAdmin}, "", true, kNotAdmin},
      {"GET /users/{name}", "/users/admin", {kAdmin}, "", true, kNotAdmin},
      // The CSV import of delegates is the secretariat's; anyone else is told so.
      {"GET /conferences/{id}/delegates/import", "/conferences/skopje-2016/delegates/import", {kSecretariat}, "", true,
       {kAdmin, kOwnCoordinator, kOtherCoordinator, kMonitor, kViewer}},
  };
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_read_shows_each_caller_what_they_may_read_and_hides_the_rest) {
  PluginServer server;
  Client secretariat = server.client();
  Client any = server.anonymous();
  auto ok = [](const Response& r, int status) {
    BOOST_REQUIRE_MESSAGE(r.status == status, r.status << " " << r.body);
  };
  ok(secretariat.post("/api/v1/declarations?conference=skopje-2016",
                      R"({"id":"reads-draft","title":"Draft","invitedCountries":["MK","AL"]})"),
     201);
  ok(secretariat.post(kDraftDecl + "/revisions", R"({"changeNote":"First draft","operative":[{"id":"op1","text":"Agree."}]})",
                      {{"If-Match", secretariat.etag(kDraftDecl)}}),
     201);
  ok(secretariat.post(kDraftDecl + "/revisions/1/amendments",
                      R"({"unit":"op1","kind":"replace","text":"Agree now.","justification":"Sooner."})"),
     201);
  ok(secretariat.put(kDraftDecl + "/revisions/1/languages/fr", R"({"units":[{"unit":"op1","text":"Convenir."}]})",
                     {{"If-Match", "\"v0\""}}),
     200);
  // Italian (which the sample lacks) for every unit of the sample's revision 2:
  // those that revision 3 changed carry draft wording.
  {
    auto rev2 = secretariat.get(kDecl + "/revisions/2").json();
    std::string units;
    auto add = [&](const std::string& id) {
      units += std::string(units.empty() ? "" : ",") + R"({"unit":")" + id + R"(","text":"Reads: draft wording in Italian )" + id + "\"}";
    };
    auto preamble = rev2->getArray("preamble");
    for (std::size_t i = 0; i < preamble->size(); ++i) add(preamble->getObject(i)->getValue<std::string>("id"));
    auto operative = rev2->getArray("operative");
    for (std::size_t i = 0; i < operative->size(); ++i) add(operative->getObject(i)->getValue<std::string>("id"));
    ok(secretariat.put(kDecl + "/revisions/2/languages/it", R"({"units":[)" + units + "]}", {{"If-Match", "\"v0\""}}),
       200);
  }
  ok(secretariat.post(kDraftDecl + "/commitments",
                      R"({"id":"reads-cm","text":"Do it.","clause":"op1","deadline":"2018-12-31","countries":["MK"]})"),
     201);
  ok(secretariat.as(kActors[kOwnCoordinator])
         .post(kCi + "MK/reports", R"({"id":"reads-mk-draft","periodStart":"2017-10-01","periodEnd":"2017-10-10",
                                      "narrative":"Reads: a draft only MK sees","percent":5})"),
     201);

  // Every read route of the declarations and commitments has a row.
  std::set<std::string> covered;
  for (const auto& row : readTable()) covered.insert(row.route);
  auto doc = any.get("/api/v1/openapi.json").json()->getObject("paths");
  for (const auto& [path, item] : *doc) {
    if (path.rfind("/api/v1/declarations", 0) != 0 && path.rfind("/api/v1/commitments", 0) != 0) continue;
    if (item.extract<Poco::JSON::Object::Ptr>()->has("get"))
      BOOST_TEST(covered.count("GET " + path) == 1u, "GET " << path << " has no read row");
  }

  for (const auto& row : readTable()) {
    for (int w = kAdmin; w < kNobody; ++w) {
      Who who = static_cast<Who>(w);
      Client caller = secretariat.as(kActors[who]);
      Response r = row.page ? any.get(row.target, {{"Cookie", "accord_session=" + caller.token()}})
                            : caller.get(row.target);
      bool sees = row.sees.count(who) == 1;
      std::string what = row.target + " as " + kNames[who] + " -> " + std::to_string(r.status) + " " +
                         r.body.substr(0, 200);
      if (row.needle.empty()) {
        BOOST_TEST(r.status == (sees ? 200 : row.refused.count(who) ? 403 : 404), what);
        // Hidden is unknown: nothing in the answer says that it exists or why.
        if (!sees && !row.refused.count(who)) BOOST_TEST(r.body.find("may not") == std::string::npos, what);
      } else {
        BOOST_TEST(r.status == 200, what);
        BOOST_TEST((r.body.find(row.needle) != std::string::npos) == sees, what << " (looking for " << row.needle << ")");
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
