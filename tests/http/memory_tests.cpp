// Memory under load (issue 17): the views whose cost grows with the data — the
// comparison of two revisions and an assignment's page with its reports — are
// bounded, so that sixteen people (or one script) viewing the largest a writer
// can make at once cannot exhaust the server. The server runs in this process,
// so the process's peak resident memory is the server's; the test measures how
// far it rises above where it stood before the views began. A bound on memory,
// not on time: figures are printed for the record.
#include <malloc.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <boost/test/unit_test.hpp>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include "accord/domain/revision.h"
#include "accord/storage/storage.h"
#include "plugin_server.h"

using namespace accord;
using namespace accord::test;

namespace {

constexpr int kParallelViews = 16;
// Generous: the views are slow in a debug build on a busy machine (comparing is
// quadratic in a unit's words), and a view that times out measures nothing.
constexpr int kViewTimeoutSeconds = 600;
// What sixteen simultaneous views of the largest comparison or assignment page may
// add to the server's resident memory: 16 MiB a view (the two revisions
// themselves are at most about 0.4 MiB each in memory at these limits).
constexpr long kBoundKiB = kParallelViews * 16 * 1024;

// Under AddressSanitizer (.ci/sanitize) freed memory sits in its quarantine (256 MiB
// by default) and every block carries redzones, so the process's RSS measures the
// sanitizer, not Accord: the views still run there, checked for memory errors, and
// the bound is asserted in the ordinary build (./test) only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssMeansSomething = false;
#else
constexpr bool kRssMeansSomething = true;
#endif

// A /proc/self/status figure in KiB ("VmHWM", "VmRSS").
long statusKiB(const std::string& key) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
  BOOST_FAIL("no " << key << " in /proc/self/status");
  return 0;
}

// Gives memory freed by earlier views back to the system, so that they do not
// hide this load's cost, and resets the peak (VmHWM) to the current resident
// size (Linux clear_refs 5).
void resetPeak() {
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
}

// GET `path` with the session `cookie`, waiting as long as it takes. Returns the
// status (-1 when no answer came) and the body's size.
std::pair<int, std::size_t> view(int port, const std::string& path, const std::string& cookie) {
  try {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    session.setTimeout(Poco::Timespan(kViewTimeoutSeconds, 0));
    Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Cookie", cookie);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::size_t size = 0;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) size += static_cast<std::size_t>(in.gcount());
    return {response.getStatus(), size};
  } catch (const std::exception&) {
    return {-1, 0};
  }
}

// Runs `kParallelViews` threads each GETting `path` once, at the same time, with
// the session cookie of `as`, and returns how far the peak resident size rose
// above the resident size before, in KiB. Every view must succeed.
long peakRiseKiB(const Client& as, const std::string& path, std::size_t* bytes) {
  const std::string cookie = "accord_session=" + as.token();
  auto start = std::chrono::steady_clock::now();
  BOOST_TEST_REQUIRE(view(as.port(), path, cookie).first == 200);  // warm: templates, caches, connections
  BOOST_TEST_MESSAGE("memory: one view of " << path << " took "
                     << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count()
                     << " ms");
  resetPeak();
  long before = statusKiB("VmRSS");
  std::vector<std::thread> threads;
  std::vector<std::pair<int, std::size_t>> answers(kParallelViews);
  for (int i = 0; i < kParallelViews; ++i)
    threads.emplace_back([&, i] { answers[static_cast<std::size_t>(i)] = view(as.port(), path, cookie); });
  for (auto& t : threads) t.join();
  long rise = statusKiB("VmHWM") - before;
  for (const auto& a : answers) BOOST_TEST(a.first == 200);
  *bytes = answers.front().second;
  return rise;
}

// Clause texts of `chars` characters from words of five letters, the older and
// newer revision differing in every other word: the most spans a comparison of
// that size can have.
std::string words(std::size_t chars, bool newer, std::size_t seed) {
  std::string out;
  for (std::size_t w = 0; out.size() + 6 <= chars; ++w) {
    bool changed = newer && w % 2 == 1;
    char a = static_cast<char>('a' + (seed + w) % 26), b = changed ? 'z' : 'q';
    out += std::string{a, b, a, b, a} + (out.size() + 12 <= chars ? " " : "");
  }
  return out.substr(0, chars);
}

std::string revisionJson(std::size_t units, std::size_t charsPerUnit, bool newer) {
  std::string out = R"({"changeNote":"long","operative":[)";
  for (std::size_t i = 0; i < units; ++i)
    out += (i ? "," : "") + std::string(R"({"id":"c)") + std::to_string(i) + R"(","text":)" +
           quoted(words(charsPerUnit, newer, i)) + "}";
  return out + "]}";
}

// A draft declaration `id` with two revisions of `units` units of `charsPerUnit`
// characters each, every other word changed; returns its comparison page.
std::string largestComparison(Client& c, const std::string& id, std::size_t units, std::size_t charsPerUnit) {
  Response made = c.post("/api/v1/declarations?conference=skopje-2016",
                         R"({"id":")" + id + R"(","title":"Long","kind":"statement","invitedCountries":["AL"]})");
  BOOST_TEST_REQUIRE(made.status == 201);
  std::string where = made.header("Location");
  for (bool newer : {false, true}) {
    Response cut = c.post(where + "/revisions", revisionJson(units, charsPerUnit, newer), {{"If-Match", c.etag(where)}});
    BOOST_TEST_REQUIRE(cut.status == 201, cut.body.substr(0, 300));
  }
  return "/declarations/" + id + "/compare?from=1&to=2";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(memory_tests)

BOOST_AUTO_TEST_CASE(sixteen_views_of_the_largest_comparisons_stay_within_the_bound) {
  PluginServer server;
  Client c = server.client();
  using domain::kMaxRevisionChars;
  using domain::kMaxRevisionUnits;
  using domain::kMaxUnitChars;
  // Two shapes of the largest revision: the most units, and the longest units.
  std::string many = largestComparison(c, "many-units", kMaxRevisionUnits, kMaxRevisionChars / kMaxRevisionUnits);
  std::string longest = largestComparison(c, "long-units", kMaxRevisionChars / kMaxUnitChars, kMaxUnitChars);
  for (const std::string& path : {many, longest}) {
    std::size_t bytes = 0;
    long rise = peakRiseKiB(c, path, &bytes);
    BOOST_TEST_MESSAGE("memory: " << kParallelViews << " parallel views of " << path << " (" << bytes / 1024
                                  << " KiB of HTML each): peak RSS rose " << rise / 1024 << " MiB (bound "
                                  << kBoundKiB / 1024 << " MiB)");
    if (kRssMeansSomething) BOOST_TEST(rise < kBoundKiB, path << ": peak RSS rose " << rise << " KiB");
  }
}

BOOST_AUTO_TEST_CASE(sixteen_views_of_an_assignment_with_thousands_of_reports_stay_within_the_bound) {
  PluginServer server;
  Client c = server.client();
  // Thousands of reports, written straight into the database the server uses (as
  // years of reporting would leave them): through the API it would take minutes.
  std::string path;
  {
    auto store = storage::openStore(server.storageUri()).value();
    domain::Status s = store->run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
      auto commitments = r.commitments().listByDeclaration(domain::DeclarationId("skopje-joint-declaration"), {});
      if (!commitments.ok()) return commitments.error();
      const domain::Commitment& first = commitments->items.front();
      auto assignments = r.assignments().listByCommitment(first.id);
      if (!assignments.ok()) return assignments.error();
      const domain::Assignment& a = assignments->front();
      path = "/commitments/" + first.id.str() + "/countries/" + a.country.str();
      for (int i = 0; i < 3555; ++i) {
        domain::ProgressReport p;
        p.id = domain::ReportId("bulk-" + std::to_string(i));
        p.commitment = first.id;
        p.country = a.country;
        p.periodStart = domain::Date::parse("d", "2017-01-01").value();
        p.periodEnd = domain::Date::parse("d", "2017-06-30").value();
        p.narrative = std::string(1000, 'n');
        p.percent = 50;
        p.evidence = {"https://example.org/evidence/" + std::to_string(i)};
        p.author = "coordinator";
        // Submitted, as years of reporting leave them: a draft is its country's
        // own, and the secretariat viewing the page would not see it.
        p.state = domain::ReportState::kSubmitted;
        p.submittedAt = domain::Timestamp::fromSeconds(1500000000 + i);
        p.version = 1;
        if (auto st = r.reports().insert(p); !st.ok()) return st;
      }
      return {};
    });
    BOOST_TEST_REQUIRE(s.ok(), (s.ok() ? "" : s.error().message));
  }
  std::size_t bytes = 0;
  long rise = peakRiseKiB(c, path, &bytes);
  BOOST_TEST_MESSAGE("memory: " << kParallelViews << " parallel views of " << path << " with 3555 reports ("
                                << bytes / 1024 << " KiB of HTML each): peak RSS rose " << rise / 1024 << " MiB (bound "
                                << kBoundKiB / 1024 << " MiB)");
  if (kRssMeansSomething) BOOST_TEST(rise < kBoundKiB, "peak RSS rose " << rise << " KiB");
  // Paged: the page holds the newest reports and a way to the older ones.
  Response page = Client(c.port()).get(path, {{"Cookie", "accord_session=" + c.token()}});
  BOOST_TEST(page.body.find("Older reports") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
