#include "accord/render/pdf_converter.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <future>
#include <list>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "accord/base/sha256.h"
#include "process_group.h"

namespace accord::render {
namespace fs = std::filesystem;
using domain::Error;
using domain::ErrorCode;

namespace {

constexpr const char* kMissing =
    "PDF needs LibreOffice (the Debian package libreoffice-writer-nogui), which is not installed on this "
    "server; docx, xml and akn work without it";

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A PDF starts with "%PDF-" and ends with "%%EOF" (and a line end or two): a
// truncated or foreign file is refused rather than handed out.
bool looksLikePdf(const std::string& bytes) {
  if (bytes.compare(0, 5, "%PDF-") != 0) return false;
  std::size_t tail = bytes.size() > 32 ? bytes.size() - 32 : 0;
  return bytes.find("%%EOF", tail) != std::string::npos;
}

// The last lines LibreOffice wrote, for an error message.
std::string tailOf(const fs::path& log) {
  std::string text = readAll(log);
  if (text.size() > 300) text = "..." + text.substr(text.size() - 300);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? std::string() : " (LibreOffice said: " + text + ")";
}

// How long a resident LibreOffice that is running may take to answer on its pipe.
constexpr std::chrono::milliseconds kRunningAnswers{10000};

// The UNO client of a resident LibreOffice: connects to the pipe (waiting while a
// freshly started LibreOffice comes up), opens the DOCX hidden, exports a PDF,
// closes the document. Written into the work folder at start.
constexpr const char* kUnoClient = R"PY(import sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


pipe, source, target, wait = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
deadline = time.monotonic() + wait
while True:
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except NoConnectException:
        if time.monotonic() > deadline:
            sys.exit("LibreOffice did not answer on its pipe")
        time.sleep(0.05)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                        (prop("Hidden", True), prop("ReadOnly", True)))
if document is None:
    sys.exit("LibreOffice could not open the document")
try:
    document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
finally:
    document.close(True)
)PY";

}  // namespace

struct PdfConverter::Impl {
  PdfSettings settings;
  std::string program;  // empty: LibreOffice not found
  fs::path workDir;
  bool ownsWorkDir = false;

  mutable std::mutex mutex;
  mutable std::condition_variable slotFreed;
  mutable std::vector<bool> busy;  // one per slot
  // The cache: PDFs by DOCX hash, most recently used first.
  mutable std::list<std::pair<std::string, std::string>> lru;
  mutable std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> cached;
  mutable std::size_t cachedBytes = 0;
  // Conversions under way, so that a second request for the same document waits
  // for the first one's result instead of starting LibreOffice again.
  mutable std::map<std::string, std::shared_future<domain::Result<std::string>>> inFlight;
  mutable PdfStats stats;
  mutable std::uint64_t jobs = 0;
  // Resident mode: the UNO client script, a pipe name per slot, and each slot's
  // running LibreOffice (its process group's leader; 0: none). A slot's entry is
  // only touched by the conversion that holds the slot.
  fs::path unoClient;
  std::string pipePrefix;
  mutable std::vector<int> office;

  std::size_t takeSlot() const {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      auto free = std::find(busy.begin(), busy.end(), false);
      if (free != busy.end()) {
        *free = true;
        ++stats.running;
        stats.peakRunning = std::max(stats.peakRunning, stats.running);
        return static_cast<std::size_t>(free - busy.begin());
      }
      slotFreed.wait(lock);
    }
  }

  void releaseSlot(std::size_t slot, double seconds, bool ok, bool timedOut) const {
    {
      std::lock_guard<std::mutex> lock(mutex);
      busy[slot] = false;
      --stats.running;
      stats.seconds += seconds;
      if (ok) ++stats.conversions;
      else ++stats.failures;
      if (timedOut) ++stats.timeouts;
    }
    slotFreed.notify_one();
  }

  fs::path profile(std::size_t slot) const { return workDir / ("profile-" + std::to_string(slot)); }

  // One LibreOffice run in `slot`. A crash or a timeout may leave the slot's
  // profile locked or half written: it is removed, and the next run in that slot
  // starts LibreOffice afresh with a new one.
  domain::Result<std::string> run(std::size_t slot, std::string_view docx, bool& timedOut) const {
    std::uint64_t job;
    {
      std::lock_guard<std::mutex> lock(mutex);
      job = ++jobs;
    }
    fs::path dir = workDir / ("job-" + std::to_string(job));
    std::error_code ec;
    fs::create_directories(dir, ec);
    fs::path input = dir / "document.docx", log = dir / "soffice.log";
    {
      std::ofstream out(input, std::ios::binary);
      out.write(docx.data(), static_cast<std::streamsize>(docx.size()));
      if (!out.flush()) {
        fs::remove_all(dir, ec);
        return Error{ErrorCode::kInternal, "cannot write the document for LibreOffice in " + dir.string(), ""};
      }
    }
    ProcessOutcome outcome = stats.resident ? residentRun(slot, dir, log) : oneShotRun(slot, dir, log);
    std::string pdf = readAll(dir / "document.pdf");
    std::string said = tailOf(log);
    fs::remove_all(dir, ec);

    timedOut = outcome.kind == ProcessOutcome::Kind::kTimedOut;
    bool clean = outcome.kind == ProcessOutcome::Kind::kExited && outcome.code == 0;
    if (!clean || !looksLikePdf(pdf)) {
      // A LibreOffice that failed once is not trusted with the next document.
      if (stats.resident) stopOffice(slot);
      fs::remove_all(profile(slot), ec);
    }
    if (timedOut)
      return Error{ErrorCode::kUnavailable,
                   "the PDF conversion took longer than " + std::to_string(settings.timeout.count()) +
                       " ms and was stopped; try again later",
                   "format"};
    if (outcome.kind == ProcessOutcome::Kind::kNotStarted)
      return Error{ErrorCode::kUnavailable, "LibreOffice (" + program + ") could not be started", "format"};
    if (outcome.kind == ProcessOutcome::Kind::kSignalled)
      return Error{ErrorCode::kInternal,
                   "LibreOffice crashed (signal " + std::to_string(outcome.code) + ") converting to PDF" + said, ""};
    if (!clean || !looksLikePdf(pdf))
      return Error{ErrorCode::kInternal,
                   "LibreOffice gave no valid PDF (exit status " + std::to_string(outcome.code) + ")" + said, ""};
    return pdf;
  }

  std::vector<std::string> officeArgs(std::size_t slot) const {
    return {program, "-env:UserInstallation=file://" + fs::absolute(profile(slot)).string(), "--headless",
            "--invisible", "--norestore", "--nologo", "--nodefault"};
  }

  void countStart() const {
    std::lock_guard<std::mutex> lock(mutex);
    ++stats.started;
  }

  // LibreOffice converts `dir`/document.docx and exits.
  ProcessOutcome oneShotRun(std::size_t slot, const fs::path& dir, const fs::path& log) const {
    std::vector<std::string> argv = officeArgs(slot);
    for (const char* a : {"--convert-to", "pdf:writer_pdf_Export", "--outdir"}) argv.emplace_back(a);
    argv.push_back(dir.string());
    argv.push_back((dir / "document.docx").string());
    countStart();
    return runProcessGroup(argv, log.string(), settings.timeout);
  }

  // The slot's resident LibreOffice converts it, started first when it is not running.
  ProcessOutcome residentRun(std::size_t slot, const fs::path& dir, const fs::path& log) const {
    const bool fresh = !processGroupRunning(office[slot]);
    if (fresh && !startOffice(slot)) return ProcessOutcome{};
    // A new LibreOffice takes seconds to open its pipe: the client waits for it at
    // most as long as the whole conversion may take. A running one answers at once.
    ProcessOutcome outcome =
        runClient(slot, dir, log, fresh ? settings.timeout : std::min(settings.timeout, kRunningAnswers));
    if (outcome.kind == ProcessOutcome::Kind::kExited && outcome.code == 0) return outcome;
    // Asked once more when the failure need not be the document's:
    // - LibreOffice runs but the client failed while it was new (on its first start
    //   with a fresh profile it restarts itself, dropping a client connected early)
    //   or crashed (python's UNO bridge can, with a LibreOffice still coming up);
    // - a LibreOffice that looked alive had been killed just before (it still looks
    //   alive until it has exited, and its pipe never answers): started again.
    if (processGroupRunning(office[slot])) {
      if (fresh || outcome.kind == ProcessOutcome::Kind::kSignalled)
        return runClient(slot, dir, log, settings.timeout);
      return outcome;
    }
    if (fresh || !startOffice(slot)) return outcome;
    return runClient(slot, dir, log, settings.timeout);
  }

  // Starts the slot's LibreOffice listening on its pipe. One that died between
  // conversions may have left its profile locked or half written: the new one
  // starts with a fresh profile, as after a failed conversion.
  bool startOffice(std::size_t slot) const {
    std::error_code ec;
    if (office[slot] != 0) fs::remove_all(profile(slot), ec);
    std::vector<std::string> argv = officeArgs(slot);
    argv.push_back("--accept=pipe,name=" + pipePrefix + std::to_string(slot) + ";urp;StarOffice.ComponentContext");
    office[slot] = startProcessGroup(argv, (workDir / ("office-" + std::to_string(slot) + ".log")).string());
    countStart();
    return office[slot] != 0;
  }

  // The UNO client converts `dir`/document.docx, waiting up to `wait` for the pipe.
  ProcessOutcome runClient(std::size_t slot, const fs::path& dir, const fs::path& log,
                           std::chrono::milliseconds wait) const {
    return runProcessGroup({settings.python, unoClient.string(), pipePrefix + std::to_string(slot),
                            (dir / "document.docx").string(), (dir / "document.pdf").string(),
                            std::to_string(wait.count() / 1000.0)},
                           log.string(), settings.timeout);
  }

  void stopOffice(std::size_t slot) const {
    stopProcessGroup(office[slot]);
    office[slot] = 0;
  }

  // Whether python3 can drive LibreOffice here (Debian's python3-uno is installed).
  bool unoAvailable() const {
    ProcessOutcome o = runProcessGroup({settings.python, "-c", "import uno"}, (workDir / "uno-check.log").string(),
                                       std::chrono::milliseconds(20000));
    return o.kind == ProcessOutcome::Kind::kExited && o.code == 0;
  }

  void remember(const std::string& key, const std::string& pdf) const {
    if (pdf.size() > settings.cacheBytes) return;
    lru.emplace_front(key, pdf);
    cached[key] = lru.begin();
    cachedBytes += pdf.size();
    while (cachedBytes > settings.cacheBytes) {
      cachedBytes -= lru.back().second.size();
      cached.erase(lru.back().first);
      lru.pop_back();
    }
  }
};

PdfConverter::PdfConverter(PdfSettings settings) : impl_(std::make_unique<Impl>()) {
  impl_->settings = std::move(settings);
  impl_->settings.maxParallel = std::max<std::size_t>(1, impl_->settings.maxParallel);
  impl_->busy.assign(impl_->settings.maxParallel, false);
  impl_->program = findProgram(impl_->settings.soffice);
  impl_->stats.available = !impl_->program.empty();
  if (impl_->settings.workDir.empty()) {
    std::random_device rd;
    impl_->workDir = fs::temp_directory_path() / ("accord-pdf-" + std::to_string(rd()) + std::to_string(rd()));
    impl_->ownsWorkDir = true;
  } else {
    impl_->workDir = impl_->settings.workDir;
  }
  impl_->office.assign(impl_->settings.maxParallel, 0);
  if (impl_->settings.resident && impl_->stats.available) {
    std::error_code ec;
    fs::create_directories(impl_->workDir, ec);
    impl_->unoClient = impl_->workDir / "uno_convert.py";
    std::ofstream(impl_->unoClient) << kUnoClient;
    std::random_device rd;
    impl_->pipePrefix = "accord-pdf-" + std::to_string(rd()) + "-";
    impl_->stats.resident = impl_->unoAvailable();
  }
}

PdfConverter::~PdfConverter() {
  for (std::size_t slot = 0; slot < impl_->office.size(); ++slot) impl_->stopOffice(slot);
  std::error_code ec;
  if (impl_->ownsWorkDir) fs::remove_all(impl_->workDir, ec);
}

bool PdfConverter::available() const { return impl_->stats.available; }

domain::Result<std::string> PdfConverter::convert(std::string_view docx) const {
  if (!available()) return Error{ErrorCode::kUnavailable, kMissing, "format"};
  const std::string key = base::sha256Hex(docx);
  std::promise<domain::Result<std::string>> promise;
  {
    std::unique_lock<std::mutex> lock(impl_->mutex);
    if (auto hit = impl_->cached.find(key); hit != impl_->cached.end()) {
      impl_->lru.splice(impl_->lru.begin(), impl_->lru, hit->second);
      ++impl_->stats.cacheHits;
      return hit->second->second;
    }
    if (auto running = impl_->inFlight.find(key); running != impl_->inFlight.end()) {
      auto shared = running->second;
      ++impl_->stats.cacheHits;
      lock.unlock();
      return shared.get();
    }
    impl_->inFlight.emplace(key, promise.get_future().share());
  }

  std::size_t slot = impl_->takeSlot();
  auto start = std::chrono::steady_clock::now();
  bool timedOut = false;
  domain::Result<std::string> pdf = impl_->run(slot, docx, timedOut);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  impl_->releaseSlot(slot, seconds, pdf.ok(), timedOut);
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    if (pdf.ok()) impl_->remember(key, *pdf);  // failures are not kept: the next request tries again
    impl_->inFlight.erase(key);
  }
  promise.set_value(pdf);
  return pdf;
}

PdfStats PdfConverter::stats() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->stats;
}

}  // namespace accord::render
