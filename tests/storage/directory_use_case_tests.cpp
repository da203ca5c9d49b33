// The directory of people and organizations through the real stores (SQLite, and
// PostgreSQL when configured): entries added and rewritten under the conference's
// version, each with its audit event, read back field for field, e-mail addresses
// kept from who may not read them.
#include "accord/app/conference_use_cases.h"
#include "accord/app/directory_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

namespace {
domain::Actor viewer() { return {"viewer", domain::Role::kViewer, std::nullopt}; }

domain::Person marta() {
  domain::Person p;
  p.id = domain::PersonId("marta");
  p.name = "Marta Petrovska";
  p.title = "Adviser";
  p.country = cc("MK");
  p.email = "marta@example.org";
  p.language = "mk";
  return p;
}

domain::Conference emptyConference(Env& env) {
  domain::Conference c = sampleDossier().conference;
  c.id = domain::ConferenceId("dir-conf");
  c.delegations.clear();
  c.organizers.clear();
  c.speakers.clear();
  return ok(app::createConference(env.ctx, secretariat(), c, {}));
}
}  // namespace

BOOST_AUTO_TEST_SUITE(directory_use_case_tests)

BOOST_DATA_TEST_CASE(a_person_is_added_and_rewritten_under_the_conferences_version, allBackends(), backend) {
  Env env(backend);
  auto c = emptyConference(env);
  auto catalog = sampleCatalog();
  BOOST_TEST((codeOf(app::writePerson(env.ctx, monitor(), catalog, c.id, marta(), false, c.version)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::writePerson(env.ctx, secretariat(), catalog, c.id, marta(), false, c.version + 1)) ==
              ErrorCode::kConflict));
  auto before = auditCount(env.fresh.store());
  auto added = ok(app::writePerson(env.ctx, secretariat(), catalog, c.id, marta(), false, c.version));
  BOOST_TEST(added.conferenceVersion == c.version + 1);
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).version == added.conferenceVersion);
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
  auto stored = ok(app::getPerson(env.ctx, secretariat(), c.id, domain::PersonId("marta")));
  BOOST_TEST(stored.name == "Marta Petrovska");
  BOOST_TEST(stored.email == "marta@example.org");
  BOOST_TEST(stored.language == "mk");
  BOOST_TEST((stored.country == cc("MK")));
  auto taken = app::writePerson(env.ctx, secretariat(), catalog, c.id, marta(), false, added.conferenceVersion);
  BOOST_TEST((codeOf(taken) == ErrorCode::kAlreadyExists));
  BOOST_TEST(taken.error().field == "id");
  domain::Person changed = marta();
  changed.title = "Head of Unit";
  changed.email.clear();
  auto rewritten = ok(app::writePerson(env.ctx, secretariat(), catalog, c.id, changed, true, added.conferenceVersion));
  BOOST_TEST(rewritten.conferenceVersion == added.conferenceVersion + 1);
  auto again = ok(app::getPerson(env.ctx, secretariat(), c.id, domain::PersonId("marta")));
  BOOST_TEST(again.title == "Head of Unit");
  BOOST_TEST(again.email.empty());
  domain::Person stranger = marta();
  stranger.id = domain::PersonId("nobody");
  auto unknown = app::writePerson(env.ctx, secretariat(), catalog, c.id, stranger, true, rewritten.conferenceVersion);
  BOOST_TEST((codeOf(unknown) == ErrorCode::kNotFound));
  BOOST_TEST(unknown.error().field == "person");
}

BOOST_DATA_TEST_CASE(a_refused_entry_names_its_field_and_changes_nothing, allBackends(), backend) {
  Env env(backend);
  auto c = emptyConference(env);
  auto catalog = sampleCatalog();
  auto expectRefused = [&](domain::Person p, const std::string& field) {
    auto r = app::writePerson(env.ctx, secretariat(), catalog, c.id, p, false, c.version);
    BOOST_TEST_REQUIRE(!r.ok(), field);
    BOOST_TEST(r.error().field == field);
  };
  auto p = marta();
  p.email = "marta.example.org";
  expectRefused(p, "person.email");
  p = marta();
  p.email = "marta@example.org\n";
  expectRefused(p, "person.email");
  p = marta();
  p.language = "Mk";
  expectRefused(p, "person.language");
  p = marta();
  p.country = cc("ZZ");
  expectRefused(p, "person.country");
  p = marta();
  p.organization = domain::OrganizationId("nowhere");
  expectRefused(p, "person.organization");
  p = marta();
  p.name = std::string(301, 'x');
  expectRefused(p, "person.name");
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).version == c.version);
  BOOST_TEST(ok(app::listPeople(env.ctx, secretariat(), c.id, {})).items.empty());
}

BOOST_DATA_TEST_CASE(organizations_keep_their_kind_and_people_may_belong_to_them, allBackends(), backend) {
  Env env(backend);
  auto c = emptyConference(env);
  auto catalog = sampleCatalog();
  domain::Organization o{domain::OrganizationId("ukim"), "Ss. Cyril and Methodius University", "UKIM", cc("MK"),
                         domain::OrganizationKind::kAcademic};
  auto added = ok(app::writeOrganization(env.ctx, secretariat(), catalog, c.id, o, false, c.version));
  auto stored = ok(app::getOrganization(env.ctx, viewer(), c.id, o.id));
  BOOST_TEST((stored.kind == domain::OrganizationKind::kAcademic));
  BOOST_TEST(stored.acronym == "UKIM");
  domain::Person p = marta();
  p.organization = o.id;
  ok(app::writePerson(env.ctx, secretariat(), catalog, c.id, p, false, added.conferenceVersion));
  auto found = ok(app::listOrganizations(env.ctx, viewer(), c.id, {"ukim", {}}));
  BOOST_TEST(found.items.size() == 1u);
}

BOOST_DATA_TEST_CASE(the_list_is_searched_paged_and_hides_email_addresses, allBackends(), backend) {
  Env env(backend);
  auto c = emptyConference(env);
  auto catalog = sampleCatalog();
  long version = c.version;
  for (const char* name : {"Ana Ilievska", "Besnik Hoxha", "Ana Kovač", "Ivana Marković"}) {
    domain::Person p = marta();
    p.name = name;
    p.id = domain::PersonId("p" + std::to_string(version));
    version = ok(app::writePerson(env.ctx, secretariat(), catalog, c.id, p, false, version)).conferenceVersion;
  }
  app::DirectoryQuery q{"ANA", {1, ""}};
  auto first = ok(app::listPeople(env.ctx, secretariat(), c.id, q));
  BOOST_TEST_REQUIRE(first.items.size() == 1u);
  BOOST_TEST(first.items[0].name == "Ana Ilievska");
  BOOST_TEST(first.items[0].email == "marta@example.org");
  q.page.after = first.next;
  auto second = ok(app::listPeople(env.ctx, secretariat(), c.id, q));
  BOOST_TEST_REQUIRE(second.items.size() == 1u);
  BOOST_TEST(second.items[0].name == "Ana Kovač");
  q.page.after = second.next;
  auto third = ok(app::listPeople(env.ctx, secretariat(), c.id, q));
  BOOST_TEST_REQUIRE(third.items.size() == 1u);
  BOOST_TEST(third.items[0].name == "Ivana Marković");
  BOOST_TEST(third.next.empty());
  q.page.after = "x1";
  BOOST_TEST(app::listPeople(env.ctx, secretariat(), c.id, q).error().field == "cursor");
  auto al = ok(app::listPeople(env.ctx, coordinator("AL"), c.id, {}));
  auto mk = ok(app::listPeople(env.ctx, coordinator("MK"), c.id, {}));
  auto mon = ok(app::listPeople(env.ctx, monitor(), c.id, {}));
  BOOST_TEST_REQUIRE(al.items.size() == 4u);
  BOOST_TEST_REQUIRE(mk.items.size() == 4u);
  for (const auto& p : al.items) BOOST_TEST(p.email.empty());
  for (const auto& p : mk.items) BOOST_TEST(p.email == "marta@example.org");  // MK's own people
  for (const auto& p : mon.items) BOOST_TEST(p.email.empty());
  BOOST_TEST((codeOf(app::listPeople(env.ctx, viewer(), domain::ConferenceId("nowhere"), {})) ==
              ErrorCode::kNotFound));
}

BOOST_AUTO_TEST_SUITE_END()
