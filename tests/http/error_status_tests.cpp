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
// The literals clients rely on (status, problem type, title), written out here
// rather than taken from the code under test.
struct Row {
  ErrorCode code;
  int status;
  const char* type;
  const char* title;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << r.code << "->" << r.status; }

const Row kTable[] = {
    {ErrorCode::kInvalidArgument, 400, "urn:accord:problem:invalid_argument", "Bad Request"},
    {ErrorCode::kNotFound, 404, "urn:accord:problem:not_found", "Not Found"},
    {ErrorCode::kAlreadyExists, 409, "urn:accord:problem:already_exists", "Conflict"},
    {ErrorCode::kInvalidState, 409, "urn:accord:problem:invalid_state", "Conflict"},
    {ErrorCode::kConflict, 412, "urn:accord:problem:conflict", "Precondition Failed"},
    {ErrorCode::kPreconditionRequired, 428, "urn:accord:problem:precondition_required", "Precondition Required"},
    {ErrorCode::kForbidden, 403, "urn:accord:problem:forbidden", "Forbidden"},
    {ErrorCode::kUnauthenticated, 401, "urn:accord:problem:unauthenticated", "Unauthorized"},
    {ErrorCode::kTooLarge, 413, "urn:accord:problem:too_large", "Content Too Large"},
    {ErrorCode::kRateLimited, 429, "urn:accord:problem:rate_limited", "Too Many Requests"},
    {ErrorCode::kUnavailable, 503, "urn:accord:problem:unavailable", "Service Unavailable"},
    {ErrorCode::kInternal, 500, "urn:accord:problem:internal", "Internal Server Error"},
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
  BOOST_TEST(o->getValue<std::string>("type") == row.type);
  BOOST_TEST(o->getValue<std::string>("title") == row.title);
  BOOST_TEST(http::problemType(row.code) == row.type);
  BOOST_TEST(http::reasonPhrase(row.status) == row.title);
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

// A fault's message names the database's or the server's internals: the client
// gets a plain sentence, the log (Reply::fault) the message.
BOOST_AUTO_TEST_CASE(a_fault_of_the_server_or_its_database_is_not_told_to_the_client) {
  for (ErrorCode code : {ErrorCode::kInternal, ErrorCode::kUnavailable}) {
    const std::string inside = "database error in report insert: UNIQUE constraint failed: report.id (SQLITE_CONSTRAINT)";
    http::Reply r = http::problem(domain::Error{code, inside, ""});
    auto detail = parse(r.body)->getValue<std::string>("detail");
    for (const char* leak : {"UNIQUE", "report.id", "SQLITE", "constraint", "database error"})
      BOOST_TEST(detail.find(leak) == std::string::npos, leak << " in " << detail);
    BOOST_TEST(!detail.empty());
    BOOST_TEST(r.fault == inside);
  }
  http::Reply told = http::problem(domain::Error::invalid("title", "is required"));
  BOOST_TEST(parse(told.body)->getValue<std::string>("detail") == "is required");
  BOOST_TEST(told.fault.empty());
}

// The PDF converter's unavailability (no LibreOffice, a conversion past its
// timeout) names the format asked for and is the client's to read; an internal
// error about a PDF is still not.
BOOST_AUTO_TEST_CASE(an_unavailable_pdf_converter_is_told_to_the_client) {
  const std::string missing = "PDF needs LibreOffice (libreoffice-writer-nogui), which is not installed";
  http::Reply r = http::problem(domain::Error{ErrorCode::kUnavailable, missing, "format"});
  BOOST_TEST(r.status == 503);
  BOOST_TEST(parse(r.body)->getValue<std::string>("detail") == missing);
  http::Reply crash = http::problem(domain::Error{ErrorCode::kInternal, "LibreOffice crashed (signal 11)", "format"});
  BOOST_TEST(parse(crash.body)->getValue<std::string>("detail").find("LibreOffice") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(problem_types_name_the_code) {
  BOOST_TEST(http::problemType(ErrorCode::kConflict) == "urn:accord:problem:conflict");
}

BOOST_AUTO_TEST_SUITE_END()
