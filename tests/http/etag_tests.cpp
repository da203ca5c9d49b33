// Entity tags and the preconditions built on them.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "etag.h"

using namespace accord;
using namespace accord::http;
namespace bdata = boost::unit_test::data;

namespace {
// Just enough of a server request to carry headers.
class FakeRequest final : public Poco::Net::HTTPServerRequest {
 public:
  std::istream& stream() override { return in_; }
  const Poco::Net::SocketAddress& clientAddress() const override { return address_; }
  const Poco::Net::SocketAddress& serverAddress() const override { return address_; }
  const Poco::Net::HTTPServerParams& serverParams() const override { return *params_; }
  Poco::Net::HTTPServerResponse& response() const override { throw std::logic_error("unused"); }
  bool secure() const override { return false; }

 private:
  std::istringstream in_;
  Poco::Net::SocketAddress address_;
  Poco::Net::HTTPServerParams::Ptr params_ = new Poco::Net::HTTPServerParams;
};

struct Precondition {
  const char* header;
  domain::ErrorCode code;
};
std::ostream& operator<<(std::ostream& os, const Precondition& p) { return os << p.header; }

const Precondition kBad[] = {{"*", domain::ErrorCode::kConflict},
                             {"W/\"v3\"", domain::ErrorCode::kConflict},
                             {"\"3\"", domain::ErrorCode::kInvalidArgument},
                             {"v3", domain::ErrorCode::kInvalidArgument},
                             {"\"v3\", \"v4\"", domain::ErrorCode::kInvalidArgument},
                             {"\"v\"", domain::ErrorCode::kInvalidArgument},
                             {"\"v99999999999\"", domain::ErrorCode::kInvalidArgument}};
}  // namespace

BOOST_AUTO_TEST_SUITE(etag_tests)

BOOST_AUTO_TEST_CASE(a_version_tag_round_trips_through_if_match) {
  FakeRequest r;
  r.set("If-Match", versionTag(42));
  BOOST_TEST(versionTag(42) == "\"v42\"");
  BOOST_TEST(*expectedVersion(r) == 42);
}

BOOST_AUTO_TEST_CASE(a_missing_if_match_is_precondition_required) {
  FakeRequest r;
  BOOST_TEST(expectedVersion(r).error().code == domain::ErrorCode::kPreconditionRequired);
}

BOOST_DATA_TEST_CASE(other_if_match_values_are_refused, bdata::make(kBad), p) {
  FakeRequest r;
  r.set("If-Match", p.header);
  auto v = expectedVersion(r);
  BOOST_REQUIRE(!v.ok());
  BOOST_TEST(v.error().code == p.code);
  BOOST_TEST(v.error().field == "If-Match");
}

BOOST_AUTO_TEST_CASE(content_tags_are_weak_and_follow_the_bytes) {
  BOOST_TEST(contentTag("abc").rfind("W/\"", 0) == 0u);
  BOOST_TEST(contentTag("abc") == contentTag("abc"));
  BOOST_TEST(contentTag("abc") != contentTag("abd"));
}

BOOST_AUTO_TEST_CASE(if_none_match_compares_weakly_and_takes_lists) {
  FakeRequest r;
  std::string tag = contentTag("body");
  r.set("If-None-Match", "\"other\", " + tag.substr(2));
  BOOST_TEST(ifNoneMatch(r, tag));
  r.set("If-None-Match", "\"other\"");
  BOOST_TEST(!ifNoneMatch(r, tag));
  r.set("If-None-Match", "*");
  BOOST_TEST(ifNoneMatch(r, tag));
}

BOOST_AUTO_TEST_SUITE_END()
