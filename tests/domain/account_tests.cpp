// Accounts: which user names and e-mail addresses are accepted, and the rule that
// binds a coordinator, and only a coordinator, to one known country.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/account.h"
#include "fixtures.h"

using namespace accord::domain;
using accord::test::cc;
namespace bdata = boost::unit_test::data;

namespace {
CountryCatalog catalog() {
  CountryCatalog c;
  for (const char* code : {"MK", "RS", "XK"}) c.put(Country{cc(code), code, "", "", {}, code[0] == 'X', {}});
  return c;
}

Account coordinatorMk() {
  Account a;
  a.name = "coordinator.mk";
  a.displayName = "Aleksandar Trajkovski";
  a.email = "coordinator.mk@skopje-2016.example";
  a.role = Role::kCoordinator;
  a.country = cc("MK");
  a.passwordHash = PasswordHash("pbkdf2-sha256$1$c2FsdA==$aGFzaA==");
  return a;
}

const char* const kGoodNames[] = {"abc", "coordinator.mk", "jane_doe-2", "a23"};
const char* const kBadNames[] = {"ab", "2fast", ".dot", "jane doe", "jane@doe", "élodie", "cli:root", "a/b",
                                 "x123456789012345678901234567890123456789012345678901234567890abcd"};
const char* const kGoodEmails[] = {"jane@example.org", "a.b+tag@sub.example.co.uk", "x@skopje-2016.example"};
const char* const kBadEmails[] = {"jane",          "jane@",          "@example.org",   "jane@example",
                                  "jane doe@x.org", "jane@exa mple.org", "jane@-x.org", "jane@x..org",
                                  ".jane@x.org",    "jane@x.org\nBcc: y@z.org", "\"j\"@x.org", "j<a>@x.org"};
}  // namespace

BOOST_AUTO_TEST_SUITE(account_tests)

BOOST_DATA_TEST_CASE(good_user_names_are_accepted, bdata::make(kGoodNames), name) {
  auto parsed = parseUserName("name", name);
  BOOST_TEST_REQUIRE(parsed.ok());
  BOOST_TEST(*parsed == name);
}

BOOST_AUTO_TEST_CASE(user_names_are_folded_to_lower_case) {
  BOOST_TEST(parseUserName("name", "Coordinator.MK").value() == "coordinator.mk");
}

BOOST_DATA_TEST_CASE(bad_user_names_are_refused_naming_the_field, bdata::make(kBadNames), name) {
  auto parsed = parseUserName("name", name);
  BOOST_TEST_REQUIRE(!parsed.ok());
  BOOST_TEST(parsed.error().code == ErrorCode::kInvalidArgument);
  BOOST_TEST(parsed.error().field == "name");
}

BOOST_DATA_TEST_CASE(plausible_email_addresses_are_accepted, bdata::make(kGoodEmails), email) {
  BOOST_TEST(parseEmail("email", email).ok());
}

BOOST_DATA_TEST_CASE(implausible_email_addresses_are_refused, bdata::make(kBadEmails), email) {
  auto parsed = parseEmail("email", email);
  BOOST_TEST_REQUIRE(!parsed.ok());
  BOOST_TEST(parsed.error().field == "email");
}

BOOST_AUTO_TEST_CASE(an_account_is_normalised) {
  Account a = coordinatorMk();
  a.name = "Coordinator.MK";
  a.displayName = "  Aleksandar Trajkovski ";
  a.email = " coordinator.mk@skopje-2016.example ";
  BOOST_TEST_REQUIRE(normalize(a, catalog()).ok());
  BOOST_TEST(a.name == "coordinator.mk");
  BOOST_TEST(a.displayName == "Aleksandar Trajkovski");
  BOOST_TEST(a.email == "coordinator.mk@skopje-2016.example");
  BOOST_TEST(a.actor().actsFor(cc("MK")));
  BOOST_TEST(!a.actor().actsFor(cc("RS")));
}

BOOST_AUTO_TEST_CASE(a_coordinator_needs_a_known_country_and_nobody_else_has_one) {
  Account a = coordinatorMk();
  a.country.reset();
  BOOST_TEST(normalize(a, catalog()).error().field == "country");
  a.country = cc("FR");  // a real code, but not in this deployment's list
  auto unknown = normalize(a, catalog());
  BOOST_TEST(unknown.error().field == "country");
  BOOST_TEST(unknown.error().message.find("'FR'") != std::string::npos);
  a.country = cc("XK");
  BOOST_TEST(normalize(a, catalog()).ok());
  a.role = Role::kMonitor;
  BOOST_TEST(normalize(a, catalog()).error().field == "country");
  a.country.reset();
  BOOST_TEST(normalize(a, catalog()).ok());
}

BOOST_AUTO_TEST_CASE(an_account_without_a_password_hash_is_refused) {
  Account a = coordinatorMk();
  a.passwordHash = PasswordHash();
  BOOST_TEST(normalize(a, catalog()).error().field == "password");
}

BOOST_AUTO_TEST_CASE(a_multi_line_display_name_is_refused) {
  Account a = coordinatorMk();
  a.displayName = "Aleksandar\nTrajkovski";
  BOOST_TEST(normalize(a, catalog()).error().field == "displayName");
}

const char* const kGoodLanguages[] = {"", "en", "fr", "ru", "de", "it", "es", "sq", "bs", "hr", "mk", "sr",
                                     "sr-Latn", "cnr"};
const char* const kBadLanguages[] = {"EN", "fr-FR", "sr-latn", "xx", "\tfr", "fr\n", "<b>", "{{language}}", "françai"};

BOOST_DATA_TEST_CASE(the_offered_languages_are_accepted, bdata::make(kGoodLanguages), language) {
  auto parsed = parseAccountLanguage("language", language);
  BOOST_TEST_REQUIRE(parsed.ok());
  BOOST_TEST(*parsed == language);
}

BOOST_DATA_TEST_CASE(other_languages_are_refused_naming_the_field, bdata::make(kBadLanguages), language) {
  auto parsed = parseAccountLanguage("language", language);
  BOOST_TEST_REQUIRE(!parsed.ok());
  BOOST_TEST(parsed.error().field == "language");
  // The message lists the choices and never echoes what was sent.
  BOOST_TEST(parsed.error().message.find("sr-Latn") != std::string::npos);
  BOOST_TEST(parsed.error().message.find(language) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(normalize_refuses_an_unknown_language_and_keeps_a_known_one) {
  Account a = coordinatorMk();
  a.language = "mk";
  BOOST_TEST(normalize(a, catalog()).ok());
  BOOST_TEST(a.language == "mk");
  a.language = "klingon";
  auto s = normalize(a, catalog());
  BOOST_TEST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "language");
}

BOOST_AUTO_TEST_SUITE_END()
