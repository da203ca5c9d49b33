// Splitting migration files into statements.
#include <boost/test/unit_test.hpp>

#include "migrations.h"

using accord::storage::detail::embeddedMigrations;
using accord::storage::detail::splitStatements;
using accord::storage::detail::Dialect;

BOOST_AUTO_TEST_SUITE(migration_split_tests)

BOOST_AUTO_TEST_CASE(statements_end_at_a_semicolon_ending_a_line_outside_function_bodies) {
  auto parts = splitStatements("-- header\nCREATE TABLE a (x TEXT);\n\nCREATE FUNCTION f() AS $$\nBEGIN\n  x;\nEND;\n"
                               "$$;\nINSERT INTO a VALUES ('a;b');\n-- trailing comment\n");
  BOOST_TEST_REQUIRE(parts.size() == 3u);
  BOOST_TEST(parts[1].find("END;") != std::string::npos);
  BOOST_TEST(parts[2].find("'a;b'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(both_dialects_carry_the_same_numbered_migrations) {
  const auto& lite = embeddedMigrations(Dialect::kSqlite);
  const auto& pg = embeddedMigrations(Dialect::kPostgresql);
  BOOST_TEST_REQUIRE(lite.size() == pg.size());
  // Numbered in increasing order; a number may be missing while its migration is
  // still on another branch (0005 is, as 0006_consultation is written).
  for (std::size_t i = 0; i < lite.size(); ++i) {
    BOOST_TEST(lite[i].version > (i == 0 ? 0 : lite[i - 1].version));
    BOOST_TEST(lite[i].name == pg[i].name);
  }
  BOOST_TEST(lite.front().version == 1);
}

BOOST_AUTO_TEST_SUITE_END()
