// The declaration as Akoma Ntoso and every document as PDF through the API: the
// media types and file names, AKN for the text only, PDF through the server's
// managed LibreOffice (converted once, then from the cache, counted in /metrics),
// a PDF asked of a server without LibreOffice answered 503 while every other
// format still works, and a hung converter answered with an error, not a file.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kRender = std::string(kDeclaration) + "/render";
const std::string kStatus = std::string(kDeclaration) + "/status/endorsements";
const std::string kImplementation = std::string(kDeclaration) + "/status/implementation";

bool isPdf(const std::string& body) {
  return body.rfind("%PDF-", 0) == 0 && body.find("%%EOF", body.size() > 32 ? body.size() - 32 : 0) != std::string::npos;
}

// The value of an unlabelled series (or one with `labels`) in the exposition.
double metric(const std::string& exposition, const std::string& series) {
  auto at = exposition.find("\n" + series + " ");
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, series << " not in /metrics");
  return std::stod(exposition.substr(at + series.size() + 2));
}

// A stand-in for LibreOffice: a shell script taking the same arguments.
struct FakeOffice {
  std::string dir = (std::filesystem::temp_directory_path() / ("accord-office-" + std::to_string(::getpid()))).string();
  std::string path = dir + "/soffice";
  explicit FakeOffice(const std::string& body) {
    std::filesystem::create_directories(dir);
    std::ofstream(path) << "#!/bin/sh\n" << body;
    ::chmod(path.c_str(), 0755);
  }
  ~FakeOffice() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir + "/" + name);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(document_formats_api_tests)

BOOST_AUTO_TEST_CASE(the_declaration_downloads_as_akoma_ntoso) {
  PluginServer server;
  Client c = server.client();
  Response akn = c.get(kRender + "?format=akn");
  BOOST_TEST(akn.status == 200);
  BOOST_TEST(akn.header("Content-Type") == "application/akn+xml");
  BOOST_TEST(akn.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-r3-final.akn.xml\"");
  BOOST_TEST(akn.body.find("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">") !=
             std::string::npos);
  BOOST_TEST(akn.body.find("<FRBRlanguage language=\"eng\"/>") != std::string::npos);
  Response draft = c.get(kRender + "?format=akn&revision=1");
  BOOST_TEST(draft.status == 200);
  BOOST_TEST(draft.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-r1-draft.akn.xml\"");
  // The reports are not legal texts.
  Response report = c.get(kStatus + "?format=akn");
  BOOST_TEST(report.status == 400);
  BOOST_TEST(report.header("Content-Type").rfind("application/problem+json", 0) == 0u);
  BOOST_TEST(report.str("field") == "format");
  BOOST_TEST(report.str("detail").find("Akoma Ntoso") != std::string::npos, report.body);
}

BOOST_AUTO_TEST_CASE(every_document_downloads_as_pdf_converted_once) {
  ServerOptions options;
  options.config["pdf.maxParallel"] = "2";
  PluginServer server(options);
  Client c = server.client();
  const std::pair<std::string, std::string> documents[] = {
      {kRender + "?format=pdf", "skopje-joint-declaration-r3-final.pdf"},
      {kRender + "?format=pdf&document=redline&from=1&to=3", "skopje-joint-declaration-r1-r3-redline.pdf"},
      {kStatus + "?format=pdf", "skopje-joint-declaration-endorsement-status-2017-10-15.pdf"},
      {kImplementation + "?format=pdf", "skopje-joint-declaration-implementation-2017-10-15.pdf"}};
  for (const auto& [path, name] : documents) {
    Response pdf = c.get(path);
    BOOST_TEST_CONTEXT(path) {
      BOOST_TEST(pdf.status == 200);
      BOOST_TEST(pdf.header("Content-Type") == "application/pdf");
      BOOST_TEST(pdf.header("Content-Disposition") == "attachment; filename=\"" + name + "\"");
      BOOST_TEST(isPdf(pdf.body));
    }
  }
  // Another reader of the same document: its DOCX bytes are the same, so the
  // converter answers from its cache (the read cache may answer first; either way
  // LibreOffice does not run again).
  BOOST_TEST(c.as("mon;monitor").get(kRender + "?format=pdf").status == 200);
  std::string m = server.anonymous().get("/metrics").body;
  BOOST_TEST(metric(m, "accord_pdf_available") == 1);
  BOOST_TEST(metric(m, "accord_pdf_conversions_total{result=\"converted\"}") == 4);
  BOOST_TEST(metric(m, "accord_pdf_converters_started_total") == 4);
  BOOST_TEST(metric(m, "accord_pdf_conversions_total{result=\"failed\"}") == 0);
  BOOST_TEST(metric(m, "accord_pdf_conversion_seconds_total") > 0);
  BOOST_TEST(metric(m, "accord_pdf_converters_peak") <= 2);
}

BOOST_AUTO_TEST_CASE(without_libreoffice_a_pdf_is_503_and_the_other_formats_work) {
  ServerOptions options;
  options.config["pdf.soffice"] = "/nonexistent/libreoffice/soffice";
  PluginServer server(options);
  Client c = server.client();
  for (const std::string& path : {kRender + "?format=pdf", kStatus + "?format=pdf"}) {
    Response pdf = c.get(path);
    BOOST_TEST_CONTEXT(path) {
      BOOST_TEST(pdf.status == 503);
      BOOST_TEST(pdf.header("Content-Type").rfind("application/problem+json", 0) == 0u);
      BOOST_TEST(pdf.str("field") == "format");
      BOOST_TEST(pdf.str("detail").find("libreoffice-writer-nogui") != std::string::npos, pdf.body);
      BOOST_TEST(!pdf.header("X-Content-Type-Options").empty());
    }
  }
  for (const char* format : {"docx", "xml", "akn"})
    BOOST_TEST(c.get(kRender + "?format=" + format).status == 200, format);
  BOOST_TEST(metric(server.anonymous().get("/metrics").body, "accord_pdf_available") == 0);
}

BOOST_AUTO_TEST_CASE(a_hung_conversion_is_an_error_never_a_broken_file) {
  FakeOffice office("sleep 60\n");
  ServerOptions options;
  options.config["pdf.soffice"] = office.path;
  options.config["pdf.timeoutMs"] = "500";
  PluginServer server(options);
  Response pdf = server.client().get(kRender + "?format=pdf");
  BOOST_TEST(pdf.status == 503);
  BOOST_TEST(pdf.header("Content-Type").rfind("application/problem+json", 0) == 0u);
  BOOST_TEST(pdf.str("detail").find("took longer than 500 ms") != std::string::npos, pdf.body);
  std::string m = server.anonymous().get("/metrics").body;
  BOOST_TEST(metric(m, "accord_pdf_timeouts_total") == 1);
  BOOST_TEST(metric(m, "accord_pdf_conversions_total{result=\"failed\"}") == 1);
  BOOST_TEST(metric(m, "accord_pdf_converters_running") == 0);
}

BOOST_AUTO_TEST_CASE(ten_concurrent_pdf_requests_start_at_most_n_converters) {
  // Each run marks itself running, logs how many marks it sees, works a while and
  // writes a PDF where LibreOffice would.
  FakeOffice office(
      "d=$(dirname \"$0\"); mkdir -p \"$d/running\"; touch \"$d/running/$$\"\n"
      "ls \"$d/running\" | wc -l >> \"$d/counts\"\n"
      "out=\"\"; prev=\"\"; for a in \"$@\"; do [ \"$prev\" = \"--outdir\" ] && out=\"$a\"; prev=\"$a\"; done\n"
      "sleep 0.3\n"
      "printf '%%PDF-1.4\\n%%%%EOF\\n' > \"$out/document.pdf\"\n"
      "rm \"$d/running/$$\"\n");
  ServerOptions options;
  options.config["pdf.soffice"] = office.path;
  options.config["pdf.maxParallel"] = "2";
  PluginServer server(options);
  Client c = server.client();
  // Ten different documents (revisions, reports, redlines), so that no two
  // requests share a conversion.
  const std::vector<std::string> paths = {
      kRender + "?format=pdf&revision=1", kRender + "?format=pdf&revision=2", kRender + "?format=pdf&revision=3",
      kStatus + "?format=pdf", kImplementation + "?format=pdf",
      kRender + "?format=pdf&document=redline&from=1&to=2", kRender + "?format=pdf&document=redline&from=1&to=3",
      kRender + "?format=pdf&document=redline&from=2&to=3", kRender + "?format=pdf&document=redline&from=2&to=1",
      kRender + "?format=pdf&document=redline&from=3&to=1"};
  std::vector<int> statuses(paths.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < paths.size(); ++i)
    threads.emplace_back([&, i] { statuses[i] = c.get(paths[i]).status; });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < paths.size(); ++i) BOOST_TEST(statuses[i] == 200, paths[i]);
  // Counted by the converters themselves: never more than two at once.
  std::istringstream counts(office.read("counts"));
  int most = 0, runs = 0;
  for (int n; counts >> n; ++runs) most = std::max(most, n);
  BOOST_TEST(runs == 10);
  BOOST_TEST(most <= 2);
  BOOST_TEST(most >= 1);
  std::string m = server.anonymous().get("/metrics").body;
  BOOST_TEST(metric(m, "accord_pdf_converters_started_total") == 10);
  BOOST_TEST(metric(m, "accord_pdf_converters_peak") <= 2);
  BOOST_TEST(metric(m, "accord_pdf_converters_peak") >= 1);
}

// Each language version of the text is an Expression of its own: ?language= gives
// that version as a whole AKN document, FRBRlanguage its language, the English
// Expression named its master; a language with no version, or a malformed one, is
// refused naming the parameter.
BOOST_AUTO_TEST_CASE(each_language_version_downloads_as_its_own_akoma_ntoso_expression) {
  PluginServer server;
  Client c = server.client();
  for (const auto& [language, code] : {std::pair<std::string, std::string>{"fr", "fra"}, {"mk", "mkd"}}) {
    BOOST_TEST_CONTEXT(language) {
      Response akn = c.get(kRender + "?format=akn&language=" + language);
      BOOST_TEST(akn.status == 200, akn.body.substr(0, 400));
      BOOST_TEST(akn.header("Content-Type") == "application/akn+xml");
      BOOST_TEST(akn.header("Content-Disposition") ==
                 "attachment; filename=\"skopje-joint-declaration-r3-final-" + language + ".akn.xml\"");
      BOOST_TEST(akn.body.find("<FRBRlanguage language=\"" + code + "\"/>") != std::string::npos);
      BOOST_TEST(akn.body.find("/" + code + "@r3\"/>") != std::string::npos, "the Expression's IRI");
      BOOST_TEST(akn.body.find("<FRBRmasterExpression href=\"/akn/osce/statement/2016-10-28/"
                               "skopje-joint-declaration/eng@r3\"") != std::string::npos);
    }
  }
  Response none = c.get(kRender + "?format=akn&language=de");
  BOOST_TEST(none.status == 404);
  BOOST_TEST(none.str("field") == "language");
  for (const char* bad : {"d%3Ce", "%7B%7Bx%7D%7D", "fr%00", "-fr"}) {
    Response refused = c.get(kRender + "?format=akn&language=" + bad);
    BOOST_TEST(refused.status == 400, bad);
    BOOST_TEST(refused.str("field") == "language", bad);
  }
}

BOOST_AUTO_TEST_SUITE_END()
