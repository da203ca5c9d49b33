#include "accord/app/audit_checkpoint.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace accord::app {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

constexpr std::string_view kTitle = "Accord audit checkpoint v1";
constexpr std::string_view kScheme = "ed25519:";

std::string toHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;  // upper case is not what formatCheckpoint writes
}

std::optional<std::string> fromHex(std::string_view text) {
  if (text.size() % 2 != 0) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    int hi = hexValue(text[i]), lo = hexValue(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
  }
  return out;
}

bool isHash(std::string_view s) { return s.size() == 64 && fromHex(s).has_value(); }

// The file's lines without CRs, leading and trailing blank lines dropped.
std::vector<std::string_view> linesOf(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::size_t first = 0;
  while (first < lines.size() && lines[first].empty()) ++first;
  return {lines.begin() + static_cast<std::ptrdiff_t>(first), lines.end()};
}

Error malformed(std::size_t line, const std::string& what) {
  return Error::invalid("checkpoint", "line " + std::to_string(line + 1) + " of the checkpoint " + what);
}

}  // namespace

std::string checkpointMessage(const AuditCheckpoint& c) {
  return std::string(kTitle) + "\nsequence: " + std::to_string(c.seq) + "\nhash: " + c.hash +
         "\nevent-time: " + c.eventAt.iso() + "\ntaken: " + c.takenAt.iso() + "\n";
}

std::string formatCheckpoint(const AuditCheckpoint& c, std::string_view signature) {
  return checkpointMessage(c) + "signature: " + std::string(kScheme) + toHex(signature) + "\n";
}

Result<AuditCheckpoint> readCheckpoint(std::string_view text, const CheckpointVerifier& verifier) {
  static const char* const kKeys[] = {"sequence", "hash", "event-time", "taken", "signature"};
  auto lines = linesOf(text);
  if (lines.empty() || lines[0] != kTitle)
    return Error::invalid("checkpoint", "is not an Accord audit checkpoint (it must start with '" +
                                            std::string(kTitle) + "')");
  if (lines.size() != 6) return malformed(std::min<std::size_t>(lines.size(), 6), "is missing or extra");
  std::string values[5];
  for (std::size_t i = 0; i < 5; ++i) {
    std::string prefix = std::string(kKeys[i]) + ": ";
    if (lines[i + 1].substr(0, prefix.size()) != prefix)
      return malformed(i + 1, "must be '" + prefix + "...'");
    values[i] = std::string(lines[i + 1].substr(prefix.size()));
  }
  AuditCheckpoint c;
  const std::string& seq = values[0];
  if (seq.empty() || seq.size() > 18 || !std::all_of(seq.begin(), seq.end(), [](unsigned char ch) {
        return std::isdigit(ch);
      }))
    return malformed(1, "must give the sequence as a number");
  c.seq = std::stoll(seq);
  if (!isHash(values[1])) return malformed(2, "must give the hash as 64 lower-case hex digits");
  c.hash = values[1];
  auto eventAt = domain::Timestamp::parse("event-time", values[2]);
  if (!eventAt.ok()) return malformed(3, "must give the event's time as YYYY-MM-DDTHH:MM:SSZ");
  c.eventAt = *eventAt;
  auto takenAt = domain::Timestamp::parse("taken", values[3]);
  if (!takenAt.ok()) return malformed(4, "must give its time as YYYY-MM-DDTHH:MM:SSZ");
  c.takenAt = *takenAt;
  std::string_view sig = values[4];
  if (sig.substr(0, kScheme.size()) != kScheme) return malformed(5, "must give an ed25519: signature");
  auto signature = fromHex(sig.substr(kScheme.size()));
  if (!signature) return malformed(5, "must give the signature in lower-case hex");
  // The message is rebuilt from the values read, so that only what was signed counts.
  if (checkpointMessage(c) != std::string(kTitle) + "\n" + std::string(lines[1]) + "\n" + std::string(lines[2]) +
                                  "\n" + std::string(lines[3]) + "\n" + std::string(lines[4]) + "\n")
    return malformed(1, "is not written the way Accord writes checkpoints (leading zeros?)");
  if (!verifier.verify(checkpointMessage(c), *signature))
    return Error{ErrorCode::kUnauthenticated,
                 "the checkpoint's signature does not verify with this public key: the checkpoint was altered, "
                 "or it was signed with another key",
                 "checkpoint"};
  return c;
}

}  // namespace accord::app
