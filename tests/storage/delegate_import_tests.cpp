// Delegates imported from CSV through the real stores: the preview says what each
// row would do or names its column and row; the import stores every row or none;
// the same file twice changes nothing the second time.
#include <map>

#include "accord/app/conference_use_cases.h"
#include "accord/app/delegate_import.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using app::ImportOutcome;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(delegate_import_tests)

namespace {
const std::string kGood =
    "\xEF\xBB\xBF" "Country;Name;Title;Organization;Role\r\n"
    "MK;Elena Stojanova;\"Head of the Unit; Ministry of Interior\";;head_of_delegation\r\n"
    "MK;Goran Petrov;;OSCE;expert\r\n"
    "AL;Arta Coordinator;National Co-ordinator;;national_coordinator\r\n"  // already in AL's delegation
    "XK;Nina Head;;;observer\r\n";                                       // in the directory, no country: new

domain::Conference created(Env& env) {
  auto sample = sampleDossier();
  return ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
}

std::vector<ImportOutcome> outcomes(const app::DelegateImport& i) {
  std::vector<ImportOutcome> out;
  for (const auto& row : i.rows) out.push_back(row.outcome);
  return out;
}
}  // namespace

BOOST_DATA_TEST_CASE(a_good_file_is_previewed_then_imported_once_and_a_second_import_changes_nothing, allBackends(),
                     backend) {
  Env env(backend);
  auto c = created(env);
  auto catalog = sampleCatalog();
  auto audits = auditCount(env.fresh.store());
  auto preview = ok(app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, kGood));
  BOOST_TEST((outcomes(preview) == std::vector<ImportOutcome>{ImportOutcome::kNewPerson, ImportOutcome::kNewPerson,
                                                               ImportOutcome::kUnchanged, ImportOutcome::kNewPerson}));
  BOOST_TEST(preview.refused == 0u);
  BOOST_TEST(preview.changes == 3u);
  BOOST_TEST(preview.rows[0].title == "Head of the Unit; Ministry of Interior");
  BOOST_TEST(preview.rows[0].line == 2u);
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).version == c.version, "a preview stores nothing");

  auto imported = ok(app::importDelegates(env.ctx, secretariat(), catalog, c.id, kGood, c.version));
  BOOST_TEST(imported.report.changes == 3u);
  c = imported.conference;
  BOOST_TEST_REQUIRE(c.delegation(cc("MK")) != nullptr);
  BOOST_TEST(c.delegation(cc("MK"))->members.size() == 2u);
  BOOST_TEST((c.delegation(cc("MK"))->members[0].role == domain::DelegateRole::kHeadOfDelegation));
  BOOST_TEST(c.delegation(cc("AL"))->members.size() == 1u);
  auto directory = ok(app::getDirectory(env.ctx, monitor(), c.id));
  auto goran = std::find_if(directory.people.begin(), directory.people.end(),
                            [](const domain::Person& p) { return p.name == "Goran Petrov"; });
  BOOST_TEST_REQUIRE((goran != directory.people.end()));
  BOOST_TEST((goran->organization == domain::OrganizationId("org-osce")), "the organization found by its acronym");
  BOOST_TEST(auditCount(env.fresh.store()) == audits + 1, "one import, one audit event");

  // Again: every row matched, nothing stored, no audit event, the version unchanged.
  auto again = ok(app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, kGood));
  BOOST_TEST(again.changes == 0u);
  for (const auto& row : again.rows) BOOST_TEST((row.outcome == ImportOutcome::kUnchanged));
  auto people = directory.people.size();
  auto same = ok(app::importDelegates(env.ctx, secretariat(), catalog, c.id, kGood, c.version));
  BOOST_TEST(same.conference.version == c.version);
  BOOST_TEST(same.report.changes == 0u);
  BOOST_TEST(ok(app::getDirectory(env.ctx, monitor(), c.id)).people.size() == people);
  BOOST_TEST(auditCount(env.fresh.store()) == audits + 1);

  // A changed role is the one change a later file makes.
  std::string promoted = "country,name,role\nMK,Goran Petrov,head_of_delegation\n";
  auto p = ok(app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, promoted));
  BOOST_TEST((outcomes(p) == std::vector<ImportOutcome>{ImportOutcome::kRoleChanged}));
}

BOOST_DATA_TEST_CASE(a_bad_row_is_named_by_row_and_column_and_nothing_is_stored, allBackends(), backend) {
  Env env(backend);
  auto c = created(env);
  auto catalog = sampleCatalog();
  std::string bad =
      "country,name,role,title\n"
      "MK,Elena Stojanova,expert,\n"
      "ZZ,Someone,expert,\n"                       // unknown country
      "MK,,chair,\n"                               // no name, unknown role
      "MK,\"Bad\x01Name\",expert,\n"               // control character
      "MK,<b>{{x}}</b>,expert," + std::string(1200, 'a') + "\n";  // markup is text; a very long cell is refused
  auto preview = ok(app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, bad));
  BOOST_TEST(preview.refused == 4u);
  BOOST_TEST((preview.rows[0].outcome == ImportOutcome::kNewPerson));
  BOOST_TEST(preview.rows[1].problems.at(0).column == "country");
  BOOST_TEST(preview.rows[1].line == 3u);
  std::vector<std::string> columns;
  for (const auto& problem : preview.rows[2].problems) columns.push_back(problem.column);
  BOOST_TEST((columns == std::vector<std::string>{"role", "name"}));
  BOOST_TEST(preview.rows[3].problems.at(0).column == "name");
  BOOST_TEST(preview.rows[4].problems.at(0).column == "title");
  BOOST_TEST(preview.rows[4].title.size() < 300u, "the preview echoes a cut cell");

  auto audits = auditCount(env.fresh.store());
  auto refused = app::importDelegates(env.ctx, secretariat(), catalog, c.id, bad, c.version);
  BOOST_TEST((codeOf(refused) == ErrorCode::kInvalidArgument));
  BOOST_TEST(refused.error().field == "row 3.country");
  auto stored = ok(app::getConference(env.ctx, monitor(), c.id));
  BOOST_TEST(stored.version == c.version);
  BOOST_TEST(stored.delegation(cc("MK")) == nullptr, "the good first row was not stored either");
  BOOST_TEST(ok(app::getDirectory(env.ctx, monitor(), c.id)).people.size() == sampleDossier().people.size());
  BOOST_TEST(auditCount(env.fresh.store()) == audits);
}

BOOST_DATA_TEST_CASE(a_file_that_is_not_a_delegate_list_is_refused_whole, allBackends(), backend) {
  Env env(backend);
  auto c = created(env);
  auto catalog = sampleCatalog();
  auto fieldOf = [&](const std::string& csv) {
    auto r = app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, csv);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::kInvalidArgument));
    return r.error().field;
  };
  BOOST_TEST(fieldOf("") == "file");
  BOOST_TEST(fieldOf("country,name,role\n") == "file");
  BOOST_TEST(fieldOf("country,name\nMK,Elena\n") == "file.header");
  BOOST_TEST(fieldOf("country,name,role,e-mail\nMK,Elena,expert,e@x.example\n") == "file.header");
  BOOST_TEST(fieldOf("country,name,role\nMK,\"Elena,expert\n") == "file");
  BOOST_TEST(fieldOf("country,name,role\nMK,\xC3(,expert\n") == "file");
  std::string big = "country,name,role\n";
  while (big.size() <= 10 * 1024 * 1024) big += "MK,Someone,expert\n";
  BOOST_TEST(fieldOf(big) == "file", "10 MB is refused before it is parsed");
  std::string many = "country,name,role\n";
  for (std::size_t i = 0; i <= app::kMaxImportRows; ++i) many += "MK,Someone " + std::to_string(i) + ",expert\n";
  BOOST_TEST(fieldOf(many) == "file");
}

BOOST_DATA_TEST_CASE(only_the_secretariat_imports_and_under_the_version_it_saw, allBackends(), backend) {
  Env env(backend);
  auto c = created(env);
  auto catalog = sampleCatalog();
  BOOST_TEST((codeOf(app::previewDelegateImport(env.ctx, coordinator("MK"), catalog, c.id, kGood)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::importDelegates(env.ctx, monitor(), catalog, c.id, kGood, c.version)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::importDelegates(env.ctx, secretariat(), catalog, c.id, kGood, c.version - 1)) ==
              ErrorCode::kConflict));
  BOOST_TEST((codeOf(app::importDelegates(env.ctx, secretariat(), catalog, domain::ConferenceId("nope"), kGood, 1)) ==
              ErrorCode::kNotFound));
}

// An optional "email" column: checked as the directory checks an address (a bad
// one refuses its row, naming the column and why), shown in the preview, and kept
// on the person new to the directory; the same file again changes nothing.
BOOST_DATA_TEST_CASE(an_email_column_is_checked_shown_and_kept_for_people_new_to_the_directory, allBackends(),
                     backend) {
  Env env(backend);
  auto c = created(env);
  auto catalog = sampleCatalog();
  const std::string bad =
      "country,name,role,email\n"
      "MK,Elena Stojanova,expert,elena@example.org\n"
      "MK,Goran Petrov,expert,goran at example.org\n"
      "AL,Milan Jovanović,observer,\n";
  auto refused = ok(app::previewDelegateImport(env.ctx, secretariat(), catalog, c.id, bad));
  BOOST_TEST_REQUIRE(refused.rows.size() == 3u);
  BOOST_TEST(refused.rows[0].email == "elena@example.org");
  BOOST_TEST((refused.rows[1].outcome == ImportOutcome::kRefused));
  BOOST_TEST_REQUIRE(refused.rows[1].problems.size() == 1u);
  BOOST_TEST(refused.rows[1].problems[0].column == "email");
  BOOST_TEST(refused.rows[1].problems[0].message.find("e-mail") != std::string::npos, refused.rows[1].problems[0].message);
  auto none = app::importDelegates(env.ctx, secretariat(), catalog, c.id, bad, c.version);
  BOOST_TEST_REQUIRE(!none.ok());
  BOOST_TEST(none.error().field == "row 3.email");
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).version == c.version);

  std::string good = bad;
  good.replace(good.find("goran at example.org"), 20, "goran@example.org");
  auto imported = ok(app::importDelegates(env.ctx, secretariat(), catalog, c.id, good, c.version));
  BOOST_TEST(imported.report.changes == 3u);
  auto directory = ok(app::getDirectory(env.ctx, secretariat(), c.id));
  std::map<std::string, std::string> emails;
  for (const auto& p : directory.people) emails[p.name] = p.email;
  BOOST_TEST(emails["Elena Stojanova"] == "elena@example.org");
  BOOST_TEST(emails["Goran Petrov"] == "goran@example.org");
  BOOST_TEST(emails["Milan Jovanović"] == "");
  auto again = ok(app::importDelegates(env.ctx, secretariat(), catalog, c.id, good, imported.conference.version));
  BOOST_TEST(again.report.changes == 0u);
  BOOST_TEST(again.conference.version == imported.conference.version);
}

BOOST_AUTO_TEST_SUITE_END()
