// The audit hash chain, independent of any database: SHA-256 against the FIPS
// vectors, the canonical form, and the verifier naming the first broken link.
#include <boost/test/unit_test.hpp>

#include "accord/app/audit_chain.h"
#include "accord/base/json_writer.h"
#include "accord/base/sha256.h"

using namespace accord::app;
using namespace accord::base;

BOOST_AUTO_TEST_SUITE(audit_chain_tests)

BOOST_AUTO_TEST_CASE(sha256_matches_the_fips_vectors) {
  BOOST_TEST(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  BOOST_TEST(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  BOOST_TEST(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  BOOST_TEST(sha256Hex(std::string(1000000, 'a')) ==
             "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

BOOST_AUTO_TEST_CASE(json_text_escapes_what_json_requires) {
  JsonWriter w;
  w.beginObject().field("t", std::string("a\"b\\c\nd\x01")).field("n", 3).field("x", 0.1).endObject();
  BOOST_TEST(w.str() == "{\"t\":\"a\\\"b\\\\c\\nd\\u0001\",\"n\":3,\"x\":0.10000000000000001}");
}

namespace {
std::vector<AuditEvent> chain(int n) {
  std::vector<AuditEvent> out;
  std::string prev = kGenesisHash;
  for (int i = 1; i <= n; ++i) {
    AuditEntry e{"sec.user", "conference.updated", "conference", "c1", "{\"v\":" + std::to_string(i - 1) + "}",
                 "{\"v\":" + std::to_string(i) + "}"};
    out.push_back(sealEvent(e, i, accord::domain::Timestamp::fromSeconds(1500000000 + i), prev));
    prev = out.back().hash;
  }
  return out;
}

ChainReport verify(const std::vector<AuditEvent>& events, AuditHead head) {
  ChainVerifier v;
  for (const auto& e : events)
    if (!v.feed(e)) break;
  return v.finish(head);
}
}  // namespace

// Stored chains must keep verifying after an upgrade: the canonical form and the
// hash of a known event are pinned here, written out rather than taken from the
// code. Every field counts, the sequence number and the previous hash included
// (the storage tamper tests cannot see those two alone: a renumbering or relinking
// in the database also breaks the sequence or the links).
BOOST_AUTO_TEST_CASE(a_known_event_keeps_its_canonical_form_and_hash) {
  const std::string prev = "5f1c0a6b2e0d4c8f9a7b3e2d1c0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29";
  AuditEntry entry{"sec.user", "conference.updated", "conference", "c1", "{\"v\":1}", "{\"v\":2}"};
  AuditEvent e = sealEvent(entry, 2, accord::domain::Timestamp::fromSeconds(1500000002), prev);
  const std::string canonical =
      "{\"seq\":2,\"at\":\"2017-07-14T02:40:02Z\",\"actor\":\"sec.user\",\"action\":\"conference.updated\","
      "\"entity\":\"conference\",\"entityId\":\"c1\",\"before\":{\"v\":1},\"after\":{\"v\":2}}";
  BOOST_TEST(canonicalForm(e) == canonical);
  BOOST_TEST(e.prevHash == prev);
  BOOST_TEST(e.hash == sha256Hex(prev + canonical));
  AuditEvent moved = sealEvent(entry, 3, accord::domain::Timestamp::fromSeconds(1500000002), prev);
  BOOST_TEST(moved.hash != e.hash);  // the sequence number is hashed
  AuditEvent relinked = sealEvent(entry, 2, accord::domain::Timestamp::fromSeconds(1500000002), std::string(64, '0'));
  BOOST_TEST(relinked.hash != e.hash);  // so is the previous hash
}

BOOST_AUTO_TEST_CASE(an_intact_chain_verifies) {
  auto events = chain(5);
  auto r = verify(events, {5, events.back().hash});
  BOOST_TEST(r.ok);
  BOOST_TEST(r.checked == 5);
  BOOST_TEST(canonicalForm(events[0]).find("\"before\":{\"v\":0}") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_altered_actor_is_found_at_its_event) {
  auto events = chain(5);
  events[2].entry.actor = "intruder";
  auto r = verify(events, {5, events.back().hash});
  BOOST_TEST(!r.ok);
  BOOST_TEST(r.brokenAt.value_or(0) == 3);
}

BOOST_AUTO_TEST_CASE(a_rehashed_event_breaks_the_next_link) {
  auto events = chain(5);
  events[1].entry.after = "{\"v\":99}";
  events[1].hash = chainHash(events[1].prevHash, events[1]);
  auto r = verify(events, {5, events.back().hash});
  BOOST_TEST(r.brokenAt.value_or(0) == 3);
}

BOOST_AUTO_TEST_CASE(a_missing_event_or_tail_is_found) {
  auto events = chain(5);
  auto gap = events;
  gap.erase(gap.begin() + 1);
  BOOST_TEST(verify(gap, {5, events.back().hash}).brokenAt.value_or(0) == 2);
  auto cut = events;
  cut.resize(3);
  auto r = verify(cut, {5, events.back().hash});
  BOOST_TEST(r.brokenAt.value_or(0) == 4);
}

BOOST_AUTO_TEST_SUITE_END()
