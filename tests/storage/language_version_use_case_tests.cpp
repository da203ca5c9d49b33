// Language versions through the real stores: written unit by unit under
// optimistic concurrency, carried over to a new revision with the changed units
// outdated, verified, holding up the final text, and exported and imported with
// the conference.
#include "accord/app/declaration_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/language_version_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ClauseId;
using domain::ErrorCode;
using domain::UnitTranslationStatus;

BOOST_AUTO_TEST_SUITE(language_version_use_case_tests)

namespace {
const domain::DeclarationId kDecl("lang-d");

domain::Revision text(const std::string& op2) {
  domain::Revision r;
  r.preamble = {{ClauseId("rec-1"), "Recognizing", "that trafficking follows migration routes,"}};
  r.operative = {{ClauseId("op-1"), "Agree on indicators.", {}}, {ClauseId("op-2"), op2, {}}};
  r.changeNote = "Draft";
  return r;
}

void drafted(Env& env) {
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::Declaration d;
  d.id = kDecl;
  d.conference = sample.conference.id;
  d.title = "Languages";
  d.invitedCountries = {cc("MK"), cc("AL")};
  ok(app::createDeclaration(env.ctx, secretariat(), d));
  ok(app::cutRevision(env.ctx, secretariat(), kDecl, text("Meet again in 2017."), 1));
}

app::LanguageVersionChange french() {
  app::LanguageVersionChange c;
  c.translator = "M. Dupont";
  c.authentic = true;
  c.units = {{ClauseId("rec-1"), "Reconnaissant", "que la traite suit les routes migratoires,", 0},
             {ClauseId("op-1"), "", "Conviennent d'indicateurs.", 0},
             {ClauseId("op-2"), "", "Se réuniront en 2017.", 0}};
  return c;
}

UnitTranslationStatus statusOf(const app::LanguageVersionView& v, const char* unit) {
  for (const auto& u : v.coverage.units)
    if (u.unit.str() == unit) return u.status;
  BOOST_FAIL("no unit " << unit);
  return UnitTranslationStatus::kMissing;
}
}  // namespace

BOOST_DATA_TEST_CASE(a_version_is_stored_read_back_and_verified, allBackends(), backend) {
  Env env(backend);
  drafted(env);
  auto saved = ok(app::saveLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", french(), 0));
  BOOST_TEST(saved.version.version == 1);
  BOOST_TEST(saved.coverage.complete());  // no closing formula in the original
  auto read = ok(app::getLanguageVersion(env.ctx, coordinator("MK"), kDecl, 1, "fr"));
  BOOST_TEST(read.version.units.size() == 3u);
  BOOST_TEST(read.version.units[0].leadPhrase == "Reconnaissant");
  BOOST_TEST(read.version.units[2].text == "Se réuniront en 2017.");
  BOOST_TEST(read.version.translator == "M. Dupont");
  BOOST_TEST(read.version.authentic);
  BOOST_TEST((codeOf(app::saveLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", french(), 0)) ==
              ErrorCode::kConflict));
  BOOST_TEST((codeOf(app::saveLanguageVersion(env.ctx, coordinator("MK"), kDecl, 1, "fr", french(), 1)) ==
              ErrorCode::kForbidden));
  auto verified = ok(app::verifyLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", 1));
  BOOST_TEST((verified.version.state == domain::TranslationState::kVerified));
  BOOST_TEST(ok(app::getLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr")).version.verifiedAt.has_value());
}

BOOST_DATA_TEST_CASE(a_new_revision_outdates_the_changed_units_and_final_waits_for_them, allBackends(), backend) {
  Env env(backend);
  drafted(env);
  ok(app::saveLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", french(), 0));
  ok(app::verifyLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", 1));
  ok(app::cutRevision(env.ctx, secretariat(), kDecl, text("Meet again in Ohrid in 2017."), 2));
  auto carried = ok(app::getLanguageVersion(env.ctx, secretariat(), kDecl, 2, "fr"));
  BOOST_TEST(!carried.stored);
  BOOST_TEST((carried.carriedFrom == std::optional<int>(1)));
  BOOST_TEST((statusOf(carried, "op-1") == UnitTranslationStatus::kCurrent));
  BOOST_TEST((statusOf(carried, "op-2") == UnitTranslationStatus::kOutdated));
  ok(app::moveDeclaration(env.ctx, secretariat(), kDecl, domain::DeclarationStatus::kConsultation, 3));
  auto refused = app::moveDeclaration(env.ctx, secretariat(), kDecl, domain::DeclarationStatus::kFinal, 4);
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().field == "languages");
  BOOST_TEST((ok(app::getDeclaration(env.ctx, secretariat(), kDecl)).status == domain::DeclarationStatus::kConsultation));
  app::LanguageVersionChange fix;
  fix.units = {{ClauseId("op-2"), "", "Se réuniront à Ohrid en 2017.", 0}};
  ok(app::saveLanguageVersion(env.ctx, secretariat(), kDecl, 2, "fr", fix, 0));
  ok(app::verifyLanguageVersion(env.ctx, secretariat(), kDecl, 2, "fr", 1));
  ok(app::moveDeclaration(env.ctx, secretariat(), kDecl, domain::DeclarationStatus::kFinal, 4));
  // Revision 1's version is still revision 1's, verified as it was.
  BOOST_TEST((ok(app::getLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr")).version.state ==
              domain::TranslationState::kVerified));
}

BOOST_DATA_TEST_CASE(versions_travel_with_the_conference_export, allBackends(), backend) {
  Env env(backend);
  drafted(env);
  ok(app::saveLanguageVersion(env.ctx, secretariat(), kDecl, 1, "fr", french(), 0));
  auto exported = ok(app::exportDossier(env.ctx, secretariat(), sampleDossier().conference.id));
  BOOST_TEST_REQUIRE(exported.languageVersions.size() == 1u);
  BOOST_TEST(exported.languageVersions[0].units.size() == 3u);
  BOOST_TEST(exported.languageVersions[0].units[1].sourceRevision == 1);
  Env other(backend);
  ok(app::importDossier(other.ctx, secretariat(), exported, sampleCatalog()));
  auto read = ok(app::getLanguageVersion(other.ctx, secretariat(), kDecl, 1, "fr"));
  BOOST_TEST(read.version.units[1].text == "Conviennent d'indicateurs.");
}

BOOST_AUTO_TEST_SUITE_END()
