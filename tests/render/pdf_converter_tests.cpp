// The PDF converter's management, with stand-ins for LibreOffice (shell scripts
// that take the same arguments): at most N at once, a timeout that kills the
// whole process group, a crash or a lie answered with an error and the slot's
// profile made afresh, the cache by DOCX hash, and a missing program answered
// as unavailable. The real LibreOffice is driven by check_pdf.py and the HTTP suite,
// and here in resident mode (one LibreOffice kept up per slot, driven through UNO).
#include "accord/render/pdf_converter.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;
namespace fs = std::filesystem;

namespace {

// The part every stand-in shares: it finds --outdir, the input and the profile
// folder in its arguments as LibreOffice would, and makes the profile.
const char* kPrologue = R"(#!/bin/sh
out=""; profile=""; prev=""
for a in "$@"; do
  [ "$prev" = "--outdir" ] && out="$a"
  case "$a" in -env:UserInstallation=file://*) profile="${a#-env:UserInstallation=file://}";; esac
  prev="$a"
done
mkdir -p "$profile"
)";

const char* kWritePdf = "printf '%%PDF-1.4\\n1 0 obj <<>> endobj\\ntrailer <<>>\\n%%%%EOF\\n' > \"$out/document.pdf\"\n";

struct Fake {
  test::TempDir dir;
  std::string script;

  explicit Fake(const std::string& body) {
    script = dir.path() + "/soffice";
    dir.write("soffice", std::string(kPrologue) + body);
    ::chmod(script.c_str(), 0755);
  }
  PdfSettings settings(std::size_t parallel = 2, int timeoutMs = 10000) const {
    PdfSettings s;
    s.soffice = script;
    s.maxParallel = parallel;
    s.timeout = std::chrono::milliseconds(timeoutMs);
    s.workDir = dir.path() + "/work";
    return s;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir.path() + "/" + name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

// Whether `pid` is alive: a killed process whose parent is gone stays a zombie
// until whoever adopted it reaps it, which in a container may be never.
bool running(int pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  auto close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z' && line[close + 2] != 'X';
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pdf_converter_tests)

BOOST_AUTO_TEST_CASE(a_missing_libreoffice_is_unavailable_naming_the_package) {
  PdfSettings s;
  s.soffice = "/nonexistent/soffice";
  PdfConverter converter(s);
  BOOST_TEST(!converter.available());
  auto pdf = converter.convert("docx bytes");
  BOOST_REQUIRE(!pdf.ok());
  BOOST_TEST(pdf.error().code == domain::ErrorCode::kUnavailable);
  BOOST_TEST(pdf.error().field == "format");
  BOOST_TEST(pdf.error().message.find("libreoffice-writer-nogui") != std::string::npos);
  BOOST_TEST(converter.stats().started == 0u);
}

BOOST_AUTO_TEST_CASE(ten_conversions_at_once_never_run_more_than_n_converters) {
  // Each run marks itself running in a folder, counts the marks, and logs the count.
  Fake fake(std::string("mkdir -p \"$(dirname \"$0\")/running\"; touch \"$(dirname \"$0\")/running/$$\"\n"
                        "ls \"$(dirname \"$0\")/running\" | wc -l >> \"$(dirname \"$0\")/counts\"\n"
                        "sleep 0.3\n") +
            kWritePdf + "rm \"$(dirname \"$0\")/running/$$\"\n");
  const std::size_t n = 3;
  PdfConverter converter(fake.settings(n));
  std::vector<std::thread> threads;
  std::vector<bool> ok(10, false);
  for (int i = 0; i < 10; ++i)
    threads.emplace_back([&, i] { ok[i] = converter.convert("document " + std::to_string(i)).ok(); });
  for (auto& t : threads) t.join();
  for (int i = 0; i < 10; ++i) BOOST_TEST(ok[i], "conversion " << i);

  std::istringstream counts(fake.read("counts"));
  int most = 0, runs = 0;
  for (int c; counts >> c; ++runs) most = std::max(most, c);
  BOOST_TEST(runs == 10);
  BOOST_TEST(most >= 1);
  BOOST_TEST(most <= static_cast<int>(n));
  PdfStats stats = converter.stats();
  BOOST_TEST(stats.started == 10u);
  BOOST_TEST(stats.conversions == 10u);
  BOOST_TEST(stats.peakRunning <= static_cast<int>(n));
  BOOST_TEST(stats.running == 0);
}

BOOST_AUTO_TEST_CASE(the_same_document_converts_once) {
  Fake fake(std::string("echo run >> \"$(dirname \"$0\")/runs\"\nsleep 0.2\n") + kWritePdf);
  PdfConverter converter(fake.settings(4));
  std::vector<std::thread> threads;
  for (int i = 0; i < 5; ++i) threads.emplace_back([&] { BOOST_TEST(converter.convert("same bytes").ok()); });
  for (auto& t : threads) t.join();
  auto again = converter.convert("same bytes");
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->rfind("%PDF-", 0) == 0u);
  BOOST_TEST(fake.read("runs") == "run\n");
  BOOST_TEST(converter.stats().conversions == 1u);
  BOOST_TEST(converter.stats().cacheHits == 5u);
  BOOST_TEST(converter.convert("other bytes").ok());
  BOOST_TEST(converter.stats().conversions == 2u);
}

BOOST_AUTO_TEST_CASE(a_conversion_past_the_timeout_is_killed_with_its_children) {
  // The stand-in starts a child, as soffice starts soffice.bin, and hangs.
  Fake fake("sleep 30 &\necho $! > \"$(dirname \"$0\")/child\"\nwait\n");
  PdfConverter converter(fake.settings(1, 300));
  auto pdf = converter.convert("docx");
  BOOST_REQUIRE(!pdf.ok());
  BOOST_TEST(pdf.error().code == domain::ErrorCode::kUnavailable);
  BOOST_TEST(pdf.error().message.find("took longer than 300 ms") != std::string::npos);
  int child = std::stoi(fake.read("child"));
  // SIGKILL is delivered at once but a process takes a moment to die: wait for
  // it (a bound, not a speed: a child left running never stops within it).
  for (int i = 0; i < 500 && running(child); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  BOOST_TEST(!running(child), "the hanging child " << child << " still runs");
  BOOST_TEST(converter.stats().timeouts == 1u);
  BOOST_TEST(converter.stats().failures == 1u);
}

BOOST_AUTO_TEST_CASE(a_crash_is_an_error_and_the_slot_starts_afresh) {
  Fake fake("if [ -f \"$(dirname \"$0\")/crash\" ]; then kill -SEGV $$; fi\n" + std::string(kWritePdf));
  PdfConverter converter(fake.settings(1));
  fake.dir.write("crash", "");
  auto crashed = converter.convert("first");
  BOOST_REQUIRE(!crashed.ok());
  BOOST_TEST(crashed.error().code == domain::ErrorCode::kInternal);
  BOOST_TEST(crashed.error().message.find("crashed") != std::string::npos);
  // The crashed run's profile is gone, so that the next run does not inherit its locks.
  BOOST_TEST(!fs::exists(fake.dir.path() + "/work/profile-0"));
  fs::remove(fake.dir.path() + "/crash");
  auto next = converter.convert("first");
  BOOST_REQUIRE(next.ok());
  BOOST_TEST(fs::exists(fake.dir.path() + "/work/profile-0"));
  BOOST_TEST(converter.stats().failures == 1u);
  BOOST_TEST(converter.stats().conversions == 1u);
}

BOOST_AUTO_TEST_CASE(output_that_is_not_a_pdf_is_never_handed_out) {
  for (const char* body : {"echo 'not a pdf' > \"$out/document.pdf\"\n",          // wrong bytes
                           "printf '%%PDF-1.4\\n1 0 obj' > \"$out/document.pdf\"\n",  // truncated
                           "exit 0\n",                                             // nothing at all
                           "exit 77\n"}) {                                         // a failure
    BOOST_TEST_CONTEXT(body) {
      Fake fake(body);
      PdfConverter converter(fake.settings(1));
      auto pdf = converter.convert("docx");
      BOOST_REQUIRE(!pdf.ok());
      BOOST_TEST(pdf.error().code == domain::ErrorCode::kInternal);
      BOOST_TEST(pdf.error().message.find("no valid PDF") != std::string::npos);
      // A failure is not cached: the next request tries again.
      BOOST_TEST(!converter.convert("docx").ok());
      BOOST_TEST(converter.stats().started == 2u);
    }
  }
}

// The processes whose command line names `text` (the test's own work folder), killed
// as a crash would: LibreOffice gone without a word.
int killProcessesNaming(const std::string& text) {
  int killed = 0;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string pid = entry.path().filename().string();
    if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream in(entry.path() / "cmdline");
    std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (cmdline.find(text) != std::string::npos && ::kill(std::stoi(pid), SIGKILL) == 0) ++killed;
  }
  return killed;
}

BOOST_AUTO_TEST_CASE(a_resident_libreoffice_serves_many_documents_and_is_started_again_after_a_crash) {
  test::TempDir dir;
  PdfSettings s;
  s.resident = true;
  s.maxParallel = 1;
  s.cacheBytes = 0;  // every request converts
  s.timeout = std::chrono::milliseconds(60000);
  s.workDir = dir.path() + "/work";
  PdfConverter converter(s);
  BOOST_TEST_REQUIRE(converter.stats().available, "LibreOffice (libreoffice-writer-nogui) is installed");
  BOOST_TEST_REQUIRE(converter.stats().resident, "python3-uno drives it");
  const std::string docx = test::renderOrFail(test::renderDossier(), DocumentKind::kDeclaration, Format::kDocx);
  for (int i = 0; i < 3; ++i) {
    auto pdf = converter.convert(docx);
    BOOST_TEST_REQUIRE(pdf.ok(), (pdf.ok() ? "" : pdf.error().message));
    BOOST_TEST(pdf->compare(0, 5, "%PDF-") == 0);
  }
  BOOST_TEST(converter.stats().conversions == 3u);
  BOOST_TEST(converter.stats().started == 1u, "one LibreOffice served all three");

  BOOST_TEST_REQUIRE(killProcessesNaming(s.workDir) > 0, "the resident LibreOffice runs between conversions");
  auto again = converter.convert(docx);
  BOOST_TEST_REQUIRE(again.ok(), (again.ok() ? "" : again.error().message));
  BOOST_TEST(converter.stats().started == 2u, "started again after it died");
}

BOOST_AUTO_TEST_SUITE_END()
