// The one table from error codes to HTTP statuses, and the problem documents
// built from it.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Parser.h>

#include "accord/http/error_status.h"
#include "reply.h"

using namespace accord;
using domain::ErrorCode;
namespace bdata = boost::unit_test::data;

namespace {
struct Row {
  ErrorCode code;
  int status;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << r.code << "->" << r.status; }

const Row kTable[] = {
    {ErrorCode::kInvalidArgument, 400}, {ErrorCode::kNotFound, 404},    {ErrorCode::kAlreadyExists, 409},
    {ErrorCode::kInvalidState, 409},    {ErrorCode::kConflict, 412},    {ErrorCode::kPreconditionRequired, 428},
    {ErrorCode::kForbidden, 403},       {ErrorCode::kUnauthenticated, 401}, {ErrorCode::kTooLarge, 413},
    {ErrorCode::kRateLimited, 429},     {ErrorCode::kUnavailable, 503}, {ErrorCode::kInternal, 500},
};

Poco::JSON::Object::Ptr parse(const std::string& body) {
  Poco::JSON::Parser p;
  return p.parse(body).extract<Poco::JSON::Object::Ptr>();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(error_status_tests)

BOOST_DATA_TEST_CASE(each_code_has_its_status, bdata::make(kTable), row) {
  BOOST_TEST(http::httpStatus(row.code) == row.status);
  http::Reply r = http::problem(domain::Error{row.code, "why", "signer.name"});
  BOOST_TEST(r.status == row.status);
  BOOST_TEST(r.contentType == "application/problem+json; charset=utf-8");
  auto o = parse(r.body);
  BOOST_TEST(o->getValue<int>("status") == row.status);
  BOOST_TEST(o->getValue<std::string>("type") == http::problemType(row.code));
  BOOST_TEST(o->getValue<std::string>("title") == http::reasonPhrase(row.status));
  BOOST_TEST(o->getValue<std::string>("field") == "signer.name");
}

BOOST_AUTO_TEST_CASE(the_bundle_readers_root_is_dropped_from_field_paths) {
  auto o = parse(http::problem(domain::Error::invalid("$.signer.name", "is required")).body);
  BOOST_TEST(o->getValue<std::string>("field") == "signer.name");
  auto root = parse(http::problem(domain::Error::invalid("$", "must be an object")).body);
  BOOST_TEST(!root->has("field"));
}

BOOST_AUTO_TEST_CASE(several_problems_are_listed_with_the_first_as_detail) {
  std::vector<domain::Error> errors{domain::Error::invalid("$.title", "must be a string"),
                                    domain::Error::invalid("$.city", "is required")};
  auto o = parse(http::problem(errors).body);
  BOOST_TEST(o->getValue<std::string>("detail") == "must be a string");
  BOOST_TEST(o->getArray("errors")->size() == 2u);
  BOOST_TEST(o->getArray("errors")->getObject(1)->getValue<std::string>("field") == "city");
}

BOOST_AUTO_TEST_CASE(problem_types_name_the_code) {
  BOOST_TEST(http::problemType(ErrorCode::kConflict) == "urn:accord:problem:conflict");
}

BOOST_AUTO_TEST_SUITE_END()
