// The checkpoint file: what is signed, how it is written and read back, and every
// alteration of it refused, whether it breaks the format or only the signature.
#include "accord/app/audit_checkpoint.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace accord;
using namespace accord::app;

namespace {

// A stand-in scheme: the "signature" is the message reversed. The real one is
// security's Ed25519 (tests/security/ed25519_tests.cpp).
class Reversing final : public CheckpointVerifier, public CheckpointSigner {
 public:
  domain::Result<std::string> sign(std::string_view m) const override { return std::string(m.rbegin(), m.rend()); }
  bool verify(std::string_view m, std::string_view s) const override { return std::string(m.rbegin(), m.rend()) == s; }
};

AuditCheckpoint sample() {
  AuditCheckpoint c;
  c.seq = 42;
  c.hash = std::string(60, 'a') + "0f9e";
  c.eventAt = *domain::Timestamp::parse("t", "2017-08-01T12:00:00Z");
  c.takenAt = *domain::Timestamp::parse("t", "2017-08-02T09:30:00Z");
  return c;
}

std::string file() {
  Reversing r;
  return formatCheckpoint(sample(), *r.sign(checkpointMessage(sample())));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  BOOST_REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

struct Altered {
  const char* name;
  std::string text;
  domain::ErrorCode code;
};
std::ostream& operator<<(std::ostream& os, const Altered& a) { return os << a.name; }

std::vector<Altered> altered() {
  using domain::ErrorCode;
  return {
      {"another sequence", replaced(file(), "sequence: 42", "sequence: 41"), ErrorCode::kUnauthenticated},
      {"another hash", replaced(file(), "a0f9e", "a0f9f"), ErrorCode::kUnauthenticated},
      {"another time", replaced(file(), "09:30:00", "09:31:00"), ErrorCode::kUnauthenticated},
      {"another signature", replaced(file(), "signature: ed25519:0a", "signature: ed25519:0b"),
       ErrorCode::kUnauthenticated},
      {"leading zero", replaced(file(), "sequence: 42", "sequence: 042"), ErrorCode::kInvalidArgument},
      {"not a number", replaced(file(), "sequence: 42", "sequence: 4x"), ErrorCode::kInvalidArgument},
      {"huge number", replaced(file(), "sequence: 42", "sequence: 99999999999999999999"), ErrorCode::kInvalidArgument},
      {"short hash", replaced(file(), "a0f9e", "a0f9"), ErrorCode::kInvalidArgument},
      {"upper-case hash", replaced(file(), "a0f9e", "A0F9E"), ErrorCode::kInvalidArgument},
      {"bad time", replaced(file(), "2017-08-02T09:30:00Z", "yesterday"), ErrorCode::kInvalidArgument},
      {"other scheme", replaced(file(), "ed25519:", "rsa:"), ErrorCode::kInvalidArgument},
      {"odd hex", replaced(file(), "signature: ed25519:0", "signature: ed25519:"), ErrorCode::kInvalidArgument},
      {"missing line", replaced(file(), "taken: 2017-08-02T09:30:00Z\n", ""), ErrorCode::kInvalidArgument},
      {"extra line", file() + "note: x\n", ErrorCode::kInvalidArgument},
      {"no title", replaced(file(), "Accord audit checkpoint v1\n", ""), ErrorCode::kInvalidArgument},
      {"empty", "", ErrorCode::kInvalidArgument},
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_checkpoint_tests)

BOOST_AUTO_TEST_CASE(a_checkpoint_reads_back_as_written) {
  Reversing r;
  std::string text = file();
  BOOST_TEST(text.rfind("Accord audit checkpoint v1\nsequence: 42\nhash: ", 0) == 0u);
  BOOST_TEST(text.find("event-time: 2017-08-01T12:00:00Z\ntaken: 2017-08-02T09:30:00Z\nsignature: ed25519:") !=
             std::string::npos);
  auto back = readCheckpoint(text, r);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->seq == 42);
  BOOST_TEST(back->hash == sample().hash);
  BOOST_TEST(back->eventAt.iso() == sample().eventAt.iso());
  BOOST_TEST(back->takenAt.iso() == sample().takenAt.iso());
}

BOOST_AUTO_TEST_CASE(a_checkpoint_pasted_into_a_mail_still_reads) {
  Reversing r;
  std::string text = file(), crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  BOOST_TEST(readCheckpoint("\n\r\n" + crlf + "\r\n\n", r).ok());
}

BOOST_DATA_TEST_CASE(an_altered_checkpoint_is_refused, boost::unit_test::data::make(altered()), a) {
  Reversing r;
  auto read = readCheckpoint(a.text, r);
  BOOST_REQUIRE(!read.ok());
  BOOST_TEST(read.error().code == a.code, read.error().message);
  BOOST_TEST(read.error().field == "checkpoint");
}

BOOST_AUTO_TEST_SUITE_END()
