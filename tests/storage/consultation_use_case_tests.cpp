// The consultation through the real stores: comments and amendments numbered per
// declaration, decisions under optimistic concurrency, incorporation by a cut
// revision in the same transaction, the visibility setting kept.
#include "accord/app/consultation_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::AmendmentState;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(consultation_use_case_tests)

namespace {
const domain::DeclarationId kDecl("consult-d");

domain::Revision text() {
  domain::Revision r;
  r.operative = {{domain::ClauseId("op-1"), "Agree on indicators.", {}},
                 {domain::ClauseId("op-2"), "Meet again in 2017.", {}}};
  r.changeNote = "Draft for consultation";
  return r;
}

// The sample imported, and a declaration of its conference in consultation.
void inConsultation(Env& env) {
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::Declaration d;
  d.id = kDecl;
  d.conference = sample.conference.id;
  d.title = "Consultation";
  d.invitedCountries = {cc("MK"), cc("AL")};
  ok(app::createDeclaration(env.ctx, secretariat(), d));
  ok(app::cutRevision(env.ctx, secretariat(), kDecl, text(), 1));
  ok(app::moveDeclaration(env.ctx, secretariat(), kDecl, domain::DeclarationStatus::kConsultation, 2));
}

domain::Amendment replaceOp2(const std::string& wording) {
  domain::Amendment a;
  a.anchor = {1, domain::ClauseId("op-2"), "2017"};
  a.kind = domain::AmendmentKind::kReplace;
  a.text = wording;
  a.justification = "Say where.";
  return a;
}
}  // namespace

BOOST_DATA_TEST_CASE(remarks_are_numbered_per_declaration_and_read_back, allBackends(), backend) {
  Env env(backend);
  inConsultation(env);
  domain::Comment c;
  c.anchor = {1, domain::ClauseId("op-1"), ""};
  c.text = "Which indicators?";
  BOOST_TEST(ok(app::addComment(env.ctx, coordinator("MK"), kDecl, c, std::nullopt)).number == 1);
  domain::Comment reply;
  reply.anchor.revision = 1;
  reply.replyToComment = 1;
  reply.text = "Those of the Skopje list.";
  auto stored = ok(app::addComment(env.ctx, secretariat(), kDecl, reply, std::nullopt));
  BOOST_TEST(stored.number == 2);
  BOOST_TEST(stored.anchor.unit.str() == "op-1");
  auto a = ok(app::proposeAmendment(env.ctx, coordinator("AL"), kDecl, replaceOp2("Meet in Ohrid in 2017."),
                                    std::nullopt));
  BOOST_TEST(a.amendment.number == 1);
  BOOST_TEST(a.amendment.version == 1);
  auto comments = ok(app::listComments(env.ctx, monitor(), kDecl, 1, {}));
  BOOST_TEST_REQUIRE(comments.size() == 2u);
  BOOST_TEST(comments[0].country->str() == "MK");
  BOOST_TEST(!comments[1].country.has_value());
  BOOST_TEST(*comments[1].replyToComment == 1);
  BOOST_TEST(comments[1].createdAt.iso() == "2017-08-01T12:00:00Z");
  auto amendments = ok(app::listAmendments(env.ctx, coordinator("MK"), kDecl, std::nullopt, {}));
  BOOST_TEST_REQUIRE(amendments.size() == 1u);
  BOOST_TEST(amendments[0].amendment.anchor.quote == "2017");
  BOOST_TEST(amendments[0].amendment.justification == "Say where.");
  BOOST_TEST((amendments[0].amendment.state == AmendmentState::kProposed));
}

BOOST_DATA_TEST_CASE(a_decision_on_a_stale_version_is_a_conflict, allBackends(), backend) {
  Env env(backend);
  inConsultation(env);
  ok(app::proposeAmendment(env.ctx, coordinator("AL"), kDecl, replaceOp2("Meet in 2018."), std::nullopt));
  auto accepted = ok(app::decideAmendment(env.ctx, secretariat(), kDecl, 1, 1, AmendmentState::kAccepted, "", 1));
  BOOST_TEST(accepted.amendment.version == 2);
  BOOST_TEST(accepted.amendment.decidedAt->iso() == "2017-08-01T12:00:00Z");
  BOOST_TEST((codeOf(app::decideAmendment(env.ctx, secretariat(), kDecl, 1, 1, AmendmentState::kRejected, "No.",
                                          1)) == ErrorCode::kConflict));
  BOOST_TEST((ok(app::getAmendment(env.ctx, secretariat(), kDecl, 1, 1)).amendment.state ==
              AmendmentState::kAccepted));
}

BOOST_DATA_TEST_CASE(a_cut_incorporates_accepted_amendments_or_changes_nothing, allBackends(), backend) {
  Env env(backend);
  inConsultation(env);
  ok(app::proposeAmendment(env.ctx, coordinator("AL"), kDecl, replaceOp2("Meet in Ohrid in 2017."), std::nullopt));
  ok(app::proposeAmendment(env.ctx, coordinator("MK"), kDecl, replaceOp2("Meet in 2018."), std::nullopt));
  ok(app::decideAmendment(env.ctx, secretariat(), kDecl, 1, 1, AmendmentState::kAccepted, "", 1));
  // Amendment 2 is only proposed: the whole cut is refused, amendment 1 stays accepted.
  auto refused = app::cutRevision(env.ctx, secretariat(), kDecl, text(), 3, {1, 2});
  BOOST_TEST((codeOf(refused) == ErrorCode::kInvalidState));
  BOOST_TEST(refused.error().field == "incorporate");
  BOOST_TEST(ok(app::getDeclaration(env.ctx, secretariat(), kDecl)).revisions.size() == 1u);
  BOOST_TEST((ok(app::getAmendment(env.ctx, secretariat(), kDecl, 1, 1)).amendment.state ==
              AmendmentState::kAccepted));
  auto d = ok(app::cutRevision(env.ctx, secretariat(), kDecl, text(), 3, {1}));
  BOOST_TEST(d.latest()->operative[1].text == "Meet in Ohrid in 2017.");
  auto incorporated = ok(app::getAmendment(env.ctx, secretariat(), kDecl, 1, 1));
  BOOST_TEST((incorporated.amendment.state == AmendmentState::kIncorporated));
  BOOST_TEST(*incorporated.amendment.incorporatedIn == 2);
  BOOST_TEST(!incorporated.outdated);
  // Amendment 2 was on the same clause, which revision 2 changed: outdated, not moved.
  auto other = ok(app::getAmendment(env.ctx, secretariat(), kDecl, 1, 2));
  BOOST_TEST(other.outdated);
  BOOST_TEST(other.amendment.anchor.unit.str() == "op-2");
}

BOOST_DATA_TEST_CASE(an_export_carries_the_consultation_and_imports_again, allBackends(), backend) {
  Env env(backend);
  inConsultation(env);
  ok(app::proposeAmendment(env.ctx, coordinator("AL"), kDecl, replaceOp2("Meet in Ohrid."), std::nullopt));
  domain::Comment reply;
  reply.anchor.revision = 1;
  reply.replyToAmendment = 1;
  reply.text = "Supported.";
  ok(app::addComment(env.ctx, coordinator("MK"), kDecl, reply, std::nullopt));
  auto sample = sampleDossier();
  auto exported = ok(app::exportDossier(env.ctx, secretariat(), sample.conference.id));
  BOOST_REQUIRE(exported.amendments.size() == 1u);
  BOOST_REQUIRE(exported.comments.size() == 1u);
  BOOST_TEST(exported.amendments[0].text == "Meet in Ohrid.");
  BOOST_TEST(*exported.comments[0].replyToAmendment == 1);
  Env other(backend);
  ok(app::importDossier(other.ctx, secretariat(), exported, sampleCatalog()));
  auto again = ok(app::listAmendments(other.ctx, secretariat(), kDecl, 1, {}));
  BOOST_REQUIRE(again.size() == 1u);
  BOOST_TEST(again[0].amendment.country->str() == "AL");
  BOOST_TEST(ok(app::listComments(other.ctx, secretariat(), kDecl, 1, {})).size() == 1u);
}

BOOST_DATA_TEST_CASE(the_visibility_setting_is_kept, allBackends(), backend) {
  Env env(backend);
  inConsultation(env);
  app::DeclarationChange change;
  change.consultationVisibility = domain::ConsultationVisibility::kSecretariatOnly;
  ok(app::changeDeclaration(env.ctx, secretariat(), kDecl, change, 3));
  auto d = ok(app::getDeclaration(env.ctx, secretariat(), kDecl));
  BOOST_TEST((d.consultationVisibility == domain::ConsultationVisibility::kSecretariatOnly));
  BOOST_TEST((codeOf(app::listAmendments(env.ctx, monitor(), kDecl, 1, {})) == ErrorCode::kForbidden));
}

BOOST_AUTO_TEST_SUITE_END()
