// The sign-off workflow of the Skopje 2016 sample, acted out by people who signed
// in: a coordinator endorses for their own country and is refused for a
// neighbour's, the secretariat records an endorsement on behalf of a country, a
// monitor returns a report that its coordinator resubmits. Every audit event
// names the signed-in person, the chain verifies, and altering one row behind
// Accord's back is found.
#include "accord/app/account_use_cases.h"
#include "accord/app/audit_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/endorsement_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "accord/app/session_service.h"
#include "accord/bundle/bundle.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::EndorsementStatus;
using domain::ErrorCode;
using domain::Role;

BOOST_AUTO_TEST_SUITE(sign_off_workflow_tests)

namespace {
const domain::DeclarationId kDeclaration("skopje-joint-declaration");
const std::string kPassword = "a long enough passphrase";

// The Skopje deployment on the afternoon of day two: the sample imported and
// everyone's account in place.
struct Skopje {
  explicit Skopje(const std::string& backend) : env(backend) {
    env.clock.set(at("2016-10-28T15:00:00Z"));
    auto reference = bundle::readCountriesFile("samples/reference/countries.json");
    BOOST_TEST_REQUIRE(reference.ok());
    countries = *reference;
    auto read = bundle::readBundleFile("samples/skopje-2016/skopje-2016.json", countries);
    BOOST_TEST_REQUIRE(read.ok());
    dossier = read.dossier;
    domain::Actor admin{"cli:test", Role::kAdmin, std::nullopt};
    app::AccountServices services{hasher, countries};
    for (auto [name, role, country] : {std::tuple{"secretariat", Role::kSecretariat, ""},
                                       {"monitor", Role::kMonitor, ""},
                                       {"coordinator.si", Role::kCoordinator, "SI"},
                                       {"coordinator.mk", Role::kCoordinator, "MK"}}) {
      app::NewAccount a{name, name, std::string(name) + "@skopje-2016.example", role, std::nullopt, kPassword};
      if (*country) a.country = cc(country);
      ok(app::addAccount(env.ctx, services, admin, a));
    }
    ok(app::importDossier(env.ctx, as("secretariat"), dossier, countries));
  }

  // Signs `name` in and returns who the token says is acting, as the API would.
  domain::Actor as(const std::string& name) {
    auto in = ok(sessions.signIn(name, kPassword, "10.0.0.7"));
    return ok(sessions.authenticate(in.token)).actor;
  }
  domain::Endorsement endorsement(const char* country) {
    auto all = app::listEndorsements(env.ctx, as("monitor"), kDeclaration);
    for (const auto& e : ok(all))
      if (e.country == cc(country)) return e;
    BOOST_FAIL("no endorsement stored for " << country);
    return {};
  }
  domain::ProgressReport report(const char* commitment, const char* country, const char* id) {
    auto detail = app::getAssignment(env.ctx, as("monitor"), domain::CommitmentId(commitment), cc(country));
    for (const auto& r : ok(detail).reports)
      if (r.id.str() == id) return r;
    BOOST_FAIL("no report " << id);
    return {};
  }

  Env env;
  domain::CountryCatalog countries;
  domain::Dossier dossier;
  security::Pbkdf2PasswordHasher hasher{1000};
  security::JwtTokenService tokens{std::string(40, 's')};
  app::SessionService sessions{env.ctx, hasher, tokens, security::newTokenId};
};

domain::EndorsementAct signing(const char* signer, domain::EndorsementMethod method) {
  domain::EndorsementAct act;
  act.to = EndorsementStatus::kEndorsed;
  act.revision = 3;
  act.date = day("2016-10-28");
  act.place = "Skopje";
  act.signer = domain::Signer{signer, "National Anti-Trafficking Co-ordinator"};
  act.method = method;
  return act;
}

// Slovenia's coordinator, consulting since the morning, endorses in session.
domain::Endorsement sloveniaEndorses(Skopje& s) {
  auto act = signing("Maja Kovač", domain::EndorsementMethod::kInSession);
  return ok(app::recordEndorsement(s.env.ctx, s.as("coordinator.si"), kDeclaration, cc("SI"), act,
                                   s.endorsement("SI").version));
}

// Austria's endorsement arrives by note verbale; the secretariat records it.
domain::Endorsement austriaEndorsesByNote(Skopje& s) {
  auto act = signing("Thomas Gruber", domain::EndorsementMethod::kNoteVerbale);
  act.onBehalf = true;
  act.evidence = "Note verbale No. 47/2016 of the Embassy of Austria";
  return ok(app::recordEndorsement(s.env.ctx, s.as("secretariat"), kDeclaration, cc("AT"), act,
                                   s.endorsement("AT").version));
}

// A year on, the monitor returns North Macedonia's first report and its
// coordinator sends it again.
std::pair<domain::ProgressReport, domain::ProgressReport> reportReturnedAndResubmitted(Skopje& s) {
  s.env.clock.set(at("2017-08-01T10:00:00Z"));
  auto sent = s.report("cm-common-indicators", "MK", "rp-ci-mk-1");
  auto returned = ok(app::returnReport(s.env.ctx, s.as("monitor"), app::keyOf(sent),
                                       "Attach the list of the 48 officials trained.", sent.version));
  auto again = ok(app::submitReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), returned.version));
  return {returned, again};
}
}  // namespace

BOOST_DATA_TEST_CASE(a_coordinator_endorses_the_final_text_for_their_own_country_only, allBackends(), backend) {
  Skopje s(backend);
  domain::Actor si = s.as("coordinator.si");
  auto draft = signing("Maja Kovač", domain::EndorsementMethod::kInSession);
  draft.revision = 2;
  auto stale = app::recordEndorsement(s.env.ctx, si, kDeclaration, cc("SI"), draft, s.endorsement("SI").version);
  BOOST_TEST((codeOf(stale) == ErrorCode::kInvalidState));
  BOOST_TEST(stale.error().field == "revision");

  auto e = sloveniaEndorses(s);
  BOOST_TEST((e.status == EndorsementStatus::kEndorsed));
  BOOST_TEST(e.revision.value_or(0) == 3);
  BOOST_TEST(e.history.back().actor == "coordinator.si");
  BOOST_TEST(!e.onBehalf);

  // Austria is Slovenia's neighbour, not its coordinator's to sign for.
  auto neighbour = signing("Maja Kovač", domain::EndorsementMethod::kInSession);
  BOOST_TEST((codeOf(app::recordEndorsement(s.env.ctx, si, kDeclaration, cc("AT"), neighbour,
                                            s.endorsement("AT").version)) == ErrorCode::kForbidden));
  neighbour.onBehalf = true;
  BOOST_TEST((codeOf(app::recordEndorsement(s.env.ctx, si, kDeclaration, cc("AT"), neighbour,
                                            s.endorsement("AT").version)) == ErrorCode::kForbidden));
  BOOST_TEST((s.endorsement("AT").status == EndorsementStatus::kInvited));
  // A monitor neither endorses nor changes a text.
  BOOST_TEST((codeOf(app::recordEndorsement(s.env.ctx, s.as("monitor"), kDeclaration, cc("AT"), neighbour,
                                            s.endorsement("AT").version)) == ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::cutRevision(s.env.ctx, s.as("monitor"), kDeclaration, {}, 1)) == ErrorCode::kForbidden));
}

BOOST_DATA_TEST_CASE(the_secretariat_records_on_behalf_and_a_withdrawal_keeps_the_history, allBackends(),
                     backend) {
  Skopje s(backend);
  auto plain = signing("Thomas Gruber", domain::EndorsementMethod::kNoteVerbale);
  BOOST_TEST((codeOf(app::recordEndorsement(s.env.ctx, s.as("secretariat"), kDeclaration, cc("AT"), plain,
                                            s.endorsement("AT").version)) == ErrorCode::kForbidden));
  auto at = austriaEndorsesByNote(s);
  BOOST_TEST((at.status == EndorsementStatus::kEndorsed));
  BOOST_TEST(at.onBehalf);
  BOOST_TEST(at.recordedBy == "secretariat");
  BOOST_TEST(at.history.back().onBehalf);
  BOOST_TEST(at.revision.value_or(0) == 3);

  auto before = s.endorsement("MK");
  domain::EndorsementAct withdraw;
  withdraw.to = EndorsementStatus::kWithdrawn;
  withdraw.date = day("2016-10-28");
  withdraw.statement = "Withdrawn pending parliamentary review.";
  auto after = ok(app::recordEndorsement(s.env.ctx, s.as("coordinator.mk"), kDeclaration, cc("MK"), withdraw,
                                         before.version));
  BOOST_TEST((after.status == EndorsementStatus::kWithdrawn));
  BOOST_TEST(after.revision.value_or(0) == 3);  // what was endorsed stays on record
  BOOST_TEST_REQUIRE(after.history.size() == before.history.size() + 1);
  for (std::size_t i = 0; i < before.history.size(); ++i) {
    BOOST_TEST(after.history[i].actor == before.history[i].actor);
    BOOST_TEST(after.history[i].at.iso() == before.history[i].at.iso());
  }
  BOOST_TEST(after.history.back().actor == "coordinator.mk");
  BOOST_TEST(s.endorsement("MK").history.size() == after.history.size());
}

BOOST_DATA_TEST_CASE(a_returned_report_goes_back_to_its_author_who_resubmits, allBackends(), backend) {
  Skopje s(backend);
  s.env.clock.set(at("2017-08-01T10:00:00Z"));
  auto sent = s.report("cm-common-indicators", "MK", "rp-ci-mk-1");
  BOOST_TEST((codeOf(app::returnReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), "no", sent.version)) ==
              ErrorCode::kForbidden));
  auto [returned, again] = reportReturnedAndResubmitted(s);
  BOOST_TEST((returned.state == domain::ReportState::kReturned));
  BOOST_TEST(returned.author == "coordinator.mk");
  BOOST_TEST(returned.reviewedBy == "monitor");
  BOOST_TEST(returned.returnReason == "Attach the list of the 48 officials trained.");
  BOOST_TEST((again.state == domain::ReportState::kSubmitted));
  BOOST_TEST(again.author == "coordinator.mk");
  BOOST_TEST(again.submittedAt.value().iso() == "2017-08-01T10:00:00Z");
  BOOST_TEST((codeOf(app::submitReport(s.env.ctx, s.as("coordinator.si"), app::keyOf(sent), again.version)) ==
              ErrorCode::kForbidden));
  auto done = ok(app::validateReport(s.env.ctx, s.as("monitor"), app::keyOf(sent), again.version));
  BOOST_TEST((done.state == domain::ReportState::kValidated));
}

BOOST_DATA_TEST_CASE(a_returned_report_is_reworked_by_its_own_country_before_it_goes_back, allBackends(), backend) {
  Skopje s(backend);
  s.env.clock.set(at("2017-08-01T10:00:00Z"));
  auto sent = s.report("cm-common-indicators", "MK", "rp-ci-mk-1");
  domain::ProgressReport content = sent;
  content.narrative = "48 officials trained; the list is attached.\nSecond line kept.";
  content.percent = 60;
  content.evidence = {"https://example.org/trained-officials.pdf"};
  BOOST_TEST((codeOf(app::reworkReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), content, sent.version)) ==
              ErrorCode::kInvalidState));  // submitted: only a monitor moves it now
  auto returned = ok(app::returnReport(s.env.ctx, s.as("monitor"), app::keyOf(sent), "Attach the list.", sent.version));
  BOOST_TEST((codeOf(app::reworkReport(s.env.ctx, s.as("coordinator.si"), app::keyOf(sent), content, returned.version)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::reworkReport(s.env.ctx, s.as("monitor"), app::keyOf(sent), content, returned.version)) ==
              ErrorCode::kForbidden));
  domain::ProgressReport bad = content;
  bad.periodEnd = day("2000-01-01");
  BOOST_TEST((codeOf(app::reworkReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), bad, returned.version)) ==
              ErrorCode::kInvalidArgument));
  auto reworked = ok(app::reworkReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), content, returned.version));
  BOOST_TEST((reworked.state == domain::ReportState::kReturned));
  BOOST_TEST(reworked.narrative == content.narrative);
  BOOST_TEST(reworked.percent == 60);
  BOOST_TEST(reworked.evidence == content.evidence);
  BOOST_TEST((codeOf(app::reworkReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), content, returned.version)) ==
              ErrorCode::kConflict));
  auto stored = s.report("cm-common-indicators", "MK", "rp-ci-mk-1");
  BOOST_TEST(stored.narrative == content.narrative);
  BOOST_TEST(stored.version == reworked.version);
  auto again = ok(app::submitReport(s.env.ctx, s.as("coordinator.mk"), app::keyOf(sent), reworked.version));
  BOOST_TEST((again.state == domain::ReportState::kSubmitted));
  BOOST_TEST(again.returnReason.empty());
}

BOOST_DATA_TEST_CASE(every_act_names_who_signed_in_and_an_altered_row_breaks_the_chain, allBackends(), backend) {
  Skopje s(backend);
  sloveniaEndorses(s);
  austriaEndorsesByNote(s);
  reportReturnedAndResubmitted(s);
  auto monitor = s.as("monitor");
  app::AuditFilter endorsements;
  endorsements.entity = "endorsement";
  auto events = ok(app::listAudit(s.env.ctx, monitor, endorsements, {})).items;
  BOOST_TEST_REQUIRE(events.size() == 2u);
  BOOST_TEST(events[0].entry.actor == "coordinator.si");
  BOOST_TEST(events[0].entry.entityId == "skopje-joint-declaration/SI");
  BOOST_TEST(events[1].entry.actor == "secretariat");
  BOOST_TEST(events[1].entry.after.find("\"onBehalf\":true") != std::string::npos);
  app::AuditFilter reports;
  reports.entity = "report";
  auto reviews = ok(app::listAudit(s.env.ctx, monitor, reports, {})).items;
  BOOST_TEST_REQUIRE(reviews.size() == 2u);
  BOOST_TEST(reviews[0].entry.actor == "monitor");
  BOOST_TEST(reviews[0].entry.action == "report.returned");
  BOOST_TEST(reviews[1].entry.actor == "coordinator.mk");
  BOOST_TEST(ok(app::verifyAuditOffline(s.env.fresh.store())).ok);

  // A database administrator drops the append-only guard and re-attributes the
  // Slovenian endorsement to another coordinator.
  if (s.env.fresh.isPostgres()) {
    s.env.fresh.raw("DROP TRIGGER audit_event_no_change ON audit_event");
  } else {
    s.env.fresh.raw("DROP TRIGGER audit_event_no_update");
  }
  s.env.fresh.raw("UPDATE audit_event SET actor = 'coordinator.mk' WHERE seq = " + std::to_string(events[0].seq));
  auto verdict = ok(app::verifyAuditOffline(s.env.fresh.store()));
  BOOST_TEST(!verdict.ok);
  BOOST_TEST(verdict.brokenAt.value_or(0) == events[0].seq);
  BOOST_TEST(verdict.reason.find("altered") != std::string::npos, verdict.reason);
}

BOOST_AUTO_TEST_SUITE_END()
