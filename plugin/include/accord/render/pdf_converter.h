// PDF from DOCX with LibreOffice headless, run as a managed converter: at most N
// conversions at once, each in its own process group with a timeout that kills
// it, each of the N slots with its own LibreOffice profile (parallel runs on one
// profile lock each other out), a slot's profile made afresh after a crash or a
// timeout, and every PDF cached by the SHA-256 of its DOCX bytes, so that the
// same document converts once however many ask for it at the same time.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "accord/domain/result.h"

namespace accord::render {

struct PdfSettings {
  // The LibreOffice program: a path, or a name looked up on PATH. Tests put a
  // script of their own here to play a slow, crashing or lying converter.
  std::string soffice = "soffice";
  std::size_t maxParallel = 2;                  // conversions at once (>= 1)
  std::chrono::milliseconds timeout{60000};     // per conversion, then the process group is killed
  std::string workDir;                          // profiles and scratch files; empty: a fresh
                                                // folder under the system temp folder, removed at the end
  std::size_t cacheBytes = 64u << 20;           // PDFs kept, least recently used dropped first; 0: none
  // Keep one LibreOffice per slot running between conversions, driven through its
  // UNO bridge by a small python3 script (Debian's python3-uno), so that a warm
  // conversion skips LibreOffice's start. A failed or timed-out conversion stops
  // the slot's LibreOffice; the next one starts it again. Without python3-uno the
  // converter runs LibreOffice once per conversion, as when this is false.
  bool resident = false;
  std::string python = "/usr/bin/python3";      // the interpreter that has Debian's uno module
};

struct PdfStats {
  std::uint64_t conversions = 0;  // LibreOffice runs that gave a PDF
  std::uint64_t cacheHits = 0;    // answered from the cache, or by joining the same document's run
  std::uint64_t failures = 0;     // runs that gave no PDF: crash, timeout, not a PDF
  std::uint64_t timeouts = 0;     // of the failures, those killed at the timeout
  std::uint64_t started = 0;      // LibreOffice processes started
  double seconds = 0;             // spent in LibreOffice runs, failed ones included
  int running = 0;                // processes running now
  int peakRunning = 0;            // the most that ever ran at once
  bool available = false;         // LibreOffice was found
  bool resident = false;          // conversions go to a LibreOffice that stays up
};

class PdfConverter {
 public:
  // Never fails: when the program is not found, available() is false and every
  // convert() answers kUnavailable, so that the other formats keep working.
  explicit PdfConverter(PdfSettings settings);
  ~PdfConverter();
  PdfConverter(const PdfConverter&) = delete;
  PdfConverter& operator=(const PdfConverter&) = delete;

  bool available() const;

  // The PDF of `docx`. Returns kUnavailable naming "format" when LibreOffice is
  // not installed or when the conversion ran past the timeout (it was killed),
  // kInternal when LibreOffice crashed or gave something that is not a
  // PDF (never handed out). Safe to call from several threads at once; blocks
  // while maxParallel conversions are running.
  domain::Result<std::string> convert(std::string_view docx) const;

  PdfStats stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace accord::render
