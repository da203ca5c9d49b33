// Parsing of storage URIs into what the Poco connectors open.
#include <boost/test/unit_test.hpp>

#include "accord/storage/storage_uri.h"

using namespace accord::storage;

BOOST_AUTO_TEST_SUITE(storage_uri_tests)

BOOST_AUTO_TEST_CASE(sqlite_paths_pass_through) {
  auto r = parseStorageUri("sqlite:var/accord.db");
  BOOST_TEST_REQUIRE(r.ok());
  BOOST_TEST(r->connector == "SQLite");
  BOOST_TEST(r->connectionString == "var/accord.db");
  BOOST_TEST(r->sqlitePath == "var/accord.db");
  BOOST_TEST(parseStorageUri("sqlite:///srv/a.db")->connectionString == "/srv/a.db");
  BOOST_TEST(parseStorageUri("sqlite:file:/srv/a.db?mode=ro")->sqlitePath.empty());
}

BOOST_AUTO_TEST_CASE(postgres_uris_become_libpq_conninfo_without_leaking_the_password) {
  auto r = parseStorageUri("postgresql://acc%40rd:s3cr%27t@db.example:5433/accord?schema=tenant_1&pool=4&sslmode=require");
  BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? "" : r.error().message));
  BOOST_TEST(r->connector == "PostgreSQL");
  BOOST_TEST(r->connectionString ==
             "dbname='accord' host='db.example' password='s3cr\\'t' port='5433' sslmode='require' user='acc@rd'");
  BOOST_TEST(r->schema == "tenant_1");
  BOOST_TEST(r->pool.value_or(0) == 4u);
  BOOST_TEST(r->redacted.find("s3cr") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_uris_are_refused_naming_the_problem) {
  for (const char* bad : {"mysql://x/y", "sqlite:", "postgresql://host", "postgresql://h:99x/db",
                          "postgresql://h/db?schema=Robert%27);DROP", "postgresql://h/db?pool=0"}) {
    auto r = parseStorageUri(bad);
    BOOST_TEST(!r.ok(), bad);
    if (!r.ok()) BOOST_TEST(r.error().field == "storage");
  }
}

BOOST_AUTO_TEST_SUITE_END()
