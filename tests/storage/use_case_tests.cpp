// Use cases through the real stores: each change is one transaction with its
// audit event; stale versions, duplicates and forbidden acts change nothing.
#include "accord/app/audit_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/delegation_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/endorsement_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(use_case_tests)

namespace {
domain::Revision draftText(const std::string& note) {
  domain::Revision r;
  r.changeNote = note;
  r.operative = {{domain::ClauseId("op-1"), "Improve identification.", {}}};
  return r;
}

// A conference with a drafting declaration created through the use cases.
domain::Declaration drafted(Env& env) {
  auto sample = sampleDossier();
  ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  domain::Declaration d;
  d.id = domain::DeclarationId("decl");
  d.conference = sample.conference.id;
  d.title = "Joint Declaration";
  d.invitedCountries = {cc("AL"), cc("MK")};
  ok(app::createDeclaration(env.ctx, secretariat(), d));
  return ok(app::cutRevision(env.ctx, secretariat(), d.id, draftText("First draft"), 1));
}
}  // namespace

BOOST_DATA_TEST_CASE(a_declaration_goes_from_draft_to_endorsement_with_one_audit_event_per_change, allBackends(),
                     backend) {
  Env env(backend);
  auto d = drafted(env);
  BOOST_TEST(d.version == 2);
  d = ok(app::cutRevision(env.ctx, secretariat(), d.id, draftText("Second draft"), d.version));
  for (auto to : {domain::DeclarationStatus::kConsultation, domain::DeclarationStatus::kFinal,
                  domain::DeclarationStatus::kOpenForEndorsement})
    d = ok(app::moveDeclaration(env.ctx, secretariat(), d.id, to, d.version));
  BOOST_TEST(d.finalRevision.value_or(0) == 2);

  domain::EndorsementAct act;
  act.to = domain::EndorsementStatus::kEndorsed;
  act.date = day("2017-08-01");
  act.signer = domain::Signer{"Arta", "Co-ordinator"};
  act.method = domain::EndorsementMethod::kInSession;
  auto e = ok(app::recordEndorsement(env.ctx, coordinator("AL"), d.id, cc("AL"), act, 0));
  BOOST_TEST(e.version == 1);
  BOOST_TEST(e.history.size() == 1u);
  act.to = domain::EndorsementStatus::kWithdrawn;
  e = ok(app::recordEndorsement(env.ctx, coordinator("AL"), d.id, cc("AL"), act, 1));
  BOOST_TEST(e.history.size() == 2u);

  auto stored = ok(app::listEndorsements(env.ctx, monitor(), d.id));
  BOOST_TEST_REQUIRE(stored.size() == 1u);
  BOOST_TEST(stored[0].history.size() == 2u);
  BOOST_TEST(stored[0].version == 2);
  auto full = ok(app::getDeclaration(env.ctx, monitor(), d.id));
  BOOST_TEST(full.revisions.size() == 2u);
  BOOST_TEST(full.revisions[1].changeNote == "Second draft");
  BOOST_TEST(full.revisions[1].author == "sec.user");
  // conference, declaration, 2 revisions, 3 moves, 2 endorsement acts
  BOOST_TEST(auditCount(env.fresh.store()) == 9);
}

BOOST_DATA_TEST_CASE(a_stale_version_is_a_conflict_and_changes_nothing, allBackends(), backend) {
  Env env(backend);
  auto d = drafted(env);
  auto before = auditCount(env.fresh.store());
  auto stale = app::cutRevision(env.ctx, secretariat(), d.id, draftText("late"), d.version - 1);
  BOOST_TEST((codeOf(stale) == ErrorCode::kConflict));
  auto now = ok(app::getDeclaration(env.ctx, monitor(), d.id));
  BOOST_TEST(now.revisions.size() == 1u);
  BOOST_TEST(now.version == d.version);
  BOOST_TEST(auditCount(env.fresh.store()) == before);
}

BOOST_DATA_TEST_CASE(a_duplicate_id_is_already_exists_and_rolls_back_the_whole_change, allBackends(), backend) {
  Env env(backend);
  auto d = drafted(env);
  domain::Commitment c;
  c.id = domain::CommitmentId("cm-1");
  c.declaration = d.id;
  c.text = "Refer victims";
  c.clause = domain::ClauseId("op-1");
  c.deadline = day("2018-12-31");
  c.countries = {cc("AL"), cc("MK")};
  ok(app::defineCommitment(env.ctx, secretariat(), c));
  auto before = auditCount(env.fresh.store());
  c.countries = {cc("AL")};
  BOOST_TEST((codeOf(app::defineCommitment(env.ctx, secretariat(), c)) == ErrorCode::kAlreadyExists));
  auto a = ok(app::getAssignment(env.ctx, monitor(), c.id, cc("MK")));
  BOOST_TEST(a.assignment.version == 1);
  BOOST_TEST(auditCount(env.fresh.store()) == before);
}

BOOST_DATA_TEST_CASE(a_coordinator_acts_only_for_their_own_country, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& cm = sample.commitments[0].id;
  app::AssignmentChange accept;
  accept.acceptance = domain::Acceptance::kAccepted;
  auto foreign = app::changeAssignment(env.ctx, coordinator("AL"), cm, cc("MK"), accept, 1);
  BOOST_TEST((codeOf(foreign) == ErrorCode::kForbidden));
  accept.leadInstitution = "Ministry of Justice";
  auto own = ok(app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), accept, 1));
  BOOST_TEST(own.version == 2);
  BOOST_TEST(own.leadInstitution == "Ministry of Justice");
  BOOST_TEST(own.acceptanceDate.has_value());
}

BOOST_DATA_TEST_CASE(a_stale_assignment_version_is_refused_inside_the_change_and_nothing_is_written, allBackends(),
                     backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& cm = sample.commitments[0].id;
  long seen = ok(app::getAssignment(env.ctx, monitor(), cm, cc("MK"))).assignment.version;
  // Someone else changes the assignment after this caller read it.
  app::AssignmentChange assess;
  assess.assessment = domain::Assessment::kLimited;
  ok(app::changeAssignment(env.ctx, monitor(), cm, cc("MK"), assess, seen));
  auto before = auditCount(env.fresh.store());
  app::AssignmentChange accept;
  accept.acceptance = domain::Acceptance::kAccepted;
  auto stale = app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), accept, seen);
  BOOST_TEST((codeOf(stale) == ErrorCode::kConflict));
  // Asking for what is stored with a stale version is refused too.
  BOOST_TEST((codeOf(app::changeAssignment(env.ctx, monitor(), cm, cc("MK"), assess, seen)) == ErrorCode::kConflict));
  auto now = ok(app::getAssignment(env.ctx, monitor(), cm, cc("MK"))).assignment;
  BOOST_TEST(now.version == seen + 1);
  BOOST_TEST((now.acceptance == domain::Acceptance::kProposed));
  BOOST_TEST(auditCount(env.fresh.store()) == before);
}

BOOST_DATA_TEST_CASE(an_assignment_change_asks_one_thing_of_someone_who_may_make_it, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& cm = sample.commitments[0].id;
  auto a = ok(app::getAssignment(env.ctx, monitor(), cm, cc("MK"))).assignment;
  auto before = auditCount(env.fresh.store());
  app::AssignmentChange two;
  two.acceptance = domain::Acceptance::kAccepted;
  two.assessment = domain::Assessment::kComplete;
  BOOST_TEST((codeOf(app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), two, a.version)) ==
              ErrorCode::kInvalidArgument));
  app::AssignmentChange lead;
  lead.leadInstitution = "Ministry of Interior";
  auto leadOnly = app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), lead, a.version);
  BOOST_TEST((codeOf(leadOnly) == ErrorCode::kInvalidState));
  BOOST_TEST(leadOnly.error().field == "leadInstitution");
  // Nothing differs: answered as a success only to someone who may make the change.
  app::AssignmentChange same;
  same.assessment = a.assessment;
  BOOST_TEST((codeOf(app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), same, a.version)) ==
              ErrorCode::kForbidden));
  auto unchanged = ok(app::changeAssignment(env.ctx, monitor(), cm, cc("MK"), same, a.version));
  BOOST_TEST(unchanged.version == a.version);
  BOOST_TEST(auditCount(env.fresh.store()) == before);
}

BOOST_DATA_TEST_CASE(the_audit_chain_is_verified_only_for_who_may_read_the_trail, allBackends(), backend) {
  Env env(backend);
  drafted(env);
  auto forbidden = app::verifyAudit(env.ctx, coordinator("AL"));
  BOOST_TEST((codeOf(forbidden) == ErrorCode::kForbidden));
  auto report = ok(app::verifyAudit(env.ctx, monitor()));
  BOOST_TEST(report.ok);
  BOOST_TEST(report.checked == auditCount(env.fresh.store()));
  BOOST_TEST(report.checked > 0);
}

BOOST_DATA_TEST_CASE(one_endorsement_is_read_as_recorded_or_as_invited, allBackends(), backend) {
  Env env(backend);
  auto d = drafted(env);
  for (auto to : {domain::DeclarationStatus::kConsultation, domain::DeclarationStatus::kFinal,
                  domain::DeclarationStatus::kOpenForEndorsement})
    d = ok(app::moveDeclaration(env.ctx, secretariat(), d.id, to, d.version));
  domain::EndorsementAct act;
  act.to = domain::EndorsementStatus::kEndorsed;
  act.date = day("2017-08-01");
  act.signer = domain::Signer{"Arta", "Co-ordinator"};
  act.method = domain::EndorsementMethod::kInSession;
  ok(app::recordEndorsement(env.ctx, coordinator("AL"), d.id, cc("AL"), act, 0));
  auto al = ok(app::getEndorsement(env.ctx, monitor(), d.id, cc("AL")));
  BOOST_TEST((al.status == domain::EndorsementStatus::kEndorsed));
  BOOST_TEST(al.version == 1);
  BOOST_TEST(al.history.size() == 1u);
  // Nothing recorded yet: invited, at the version the first recording names.
  auto mk = ok(app::getEndorsement(env.ctx, monitor(), d.id, cc("MK")));
  BOOST_TEST((mk.status == domain::EndorsementStatus::kInvited));
  BOOST_TEST(mk.version == 0);
  BOOST_TEST(mk.history.empty());
  BOOST_TEST(mk.country.str() == "MK");
  // The tally lists the same rows, the placeholder included.
  auto rows = ok(app::endorsementTally(env.ctx, monitor(), d.id)).endorsements();
  BOOST_TEST_REQUIRE(rows.size() == 2u);
  for (const auto& row : rows)
    BOOST_TEST(row.version == (row.country.str() == "AL" ? al.version : mk.version));
  auto uninvited = app::getEndorsement(env.ctx, monitor(), d.id, cc("RS"));
  BOOST_TEST((codeOf(uninvited) == ErrorCode::kNotFound));
  BOOST_TEST(uninvited.error().field == "country");
  BOOST_TEST((codeOf(app::getEndorsement(env.ctx, monitor(), domain::DeclarationId("nowhere"), cc("AL"))) ==
              ErrorCode::kNotFound));
}

BOOST_DATA_TEST_CASE(lists_page_with_a_cursor, allBackends(), backend) {
  Env env(backend);
  for (int i = 0; i < 5; ++i) {
    auto d = sampleDossier("-" + std::to_string(i));
    ok(app::createConference(env.ctx, secretariat(), d.conference, directoryOf(d)));
  }
  app::PageRequest page{2, {}};
  std::vector<std::string> seen;
  for (int guard = 0; guard < 10; ++guard) {
    auto p = ok(app::listConferences(env.ctx, monitor(), page));
    for (const auto& c : p.items) seen.push_back(c.id.str());
    if (p.next.empty()) break;
    page.after = p.next;
  }
  BOOST_TEST(seen == (std::vector<std::string>{"conf-0", "conf-1", "conf-2", "conf-3", "conf-4"}),
             boost::test_tools::per_element());
}

BOOST_DATA_TEST_CASE(a_commitment_update_proposes_to_added_countries_and_never_drops_one, allBackends(), backend) {
  Env env(backend);
  auto d = drafted(env);
  domain::Commitment c;
  c.id = domain::CommitmentId("cm");
  c.declaration = d.id;
  c.text = "Train border staff.";
  c.clause = domain::ClauseId("op-1");
  c.deadline = day("2018-12-31");
  c.countries = {cc("AL")};
  c = ok(app::defineCommitment(env.ctx, secretariat(), c));
  c.text = "Train border and police staff.";
  c.countries = {cc("AL"), cc("MK")};
  auto changed = ok(app::updateCommitment(env.ctx, secretariat(), c, 1));
  BOOST_TEST(changed.version == 2);
  auto mk = ok(app::getAssignment(env.ctx, monitor(), c.id, cc("MK")));
  BOOST_TEST((mk.assignment.acceptance == domain::Acceptance::kProposed));
  changed.countries = {cc("MK")};
  auto dropped = app::updateCommitment(env.ctx, secretariat(), changed, 2);
  BOOST_TEST((codeOf(dropped) == ErrorCode::kInvalidState));
  BOOST_TEST((codeOf(app::updateCommitment(env.ctx, secretariat(), c, 1)) == ErrorCode::kConflict));
  BOOST_TEST((codeOf(app::updateCommitment(env.ctx, monitor(), changed, 2)) == ErrorCode::kForbidden));
  auto stored = ok(app::listCommitments(env.ctx, monitor(), d.id, {}));
  BOOST_TEST_REQUIRE(stored.items.size() == 1u);
  BOOST_TEST(stored.items[0].countries.size() == 2u);
  BOOST_TEST(stored.items[0].text == "Train border and police staff.");
}

BOOST_DATA_TEST_CASE(a_commitment_patch_merges_in_its_transaction_and_a_stale_one_writes_nothing, allBackends(),
                     backend) {
  Env env(backend);
  auto d = drafted(env);
  domain::Commitment c;
  c.id = domain::CommitmentId("cm");
  c.declaration = d.id;
  c.text = "Train border staff.";
  c.clause = domain::ClauseId("op-1");
  c.deadline = day("2018-12-31");
  c.countries = {cc("AL")};
  c = ok(app::defineCommitment(env.ctx, secretariat(), c));
  int merges = 0;
  auto addMk = [&](const domain::Commitment& current) -> domain::Result<domain::Commitment> {
    ++merges;
    domain::Commitment next = current;
    next.text = "Train border and police staff.";
    next.countries.push_back(cc("MK"));
    return next;
  };
  BOOST_TEST((codeOf(app::patchCommitment(env.ctx, monitor(), c.id, addMk, c.version)) == ErrorCode::kForbidden));
  BOOST_TEST(merges == 0);
  auto before = auditCount(env.fresh.store());
  BOOST_TEST((codeOf(app::patchCommitment(env.ctx, secretariat(), c.id, addMk, c.version + 1)) ==
              ErrorCode::kConflict));
  BOOST_TEST(merges == 1);
  BOOST_TEST(auditCount(env.fresh.store()) == before);
  BOOST_TEST((codeOf(app::getAssignment(env.ctx, monitor(), c.id, cc("MK"))) == ErrorCode::kNotFound));
  BOOST_TEST(ok(app::getCommitment(env.ctx, monitor(), c.id)).text == "Train border staff.");

  auto changed = ok(app::patchCommitment(env.ctx, secretariat(), c.id, addMk, c.version));
  BOOST_TEST(changed.version == c.version + 1);
  BOOST_TEST(ok(app::getCommitment(env.ctx, monitor(), c.id)).text == "Train border and police staff.");
  auto mk = ok(app::getAssignment(env.ctx, monitor(), c.id, cc("MK")));
  BOOST_TEST((mk.assignment.acceptance == domain::Acceptance::kProposed));
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
}

BOOST_DATA_TEST_CASE(only_a_conference_without_declarations_is_deleted_and_the_audit_keeps_it, allBackends(),
                     backend) {
  Env env(backend);
  drafted(env);  // the sample conference now has a declaration
  auto sample = sampleDossier();
  auto kept = app::deleteConference(env.ctx, secretariat(), sample.conference.id, 1);
  BOOST_TEST((codeOf(kept) == ErrorCode::kInvalidState));
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), sample.conference.id)).id == sample.conference.id);

  domain::Conference empty = sample.conference;
  empty.id = domain::ConferenceId("empty-conf");
  ok(app::createConference(env.ctx, secretariat(), empty, directoryOf(sample)));
  BOOST_TEST((codeOf(app::deleteConference(env.ctx, coordinator("AL"), empty.id, 1)) == ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::deleteConference(env.ctx, secretariat(), empty.id, 2)) == ErrorCode::kConflict));
  auto before = auditCount(env.fresh.store());
  ok(app::deleteConference(env.ctx, secretariat(), empty.id, 1));
  BOOST_TEST((codeOf(app::getConference(env.ctx, monitor(), empty.id)) == ErrorCode::kNotFound));
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
  // Its directory went with it: the id can be used again.
  ok(app::createConference(env.ctx, secretariat(), empty, directoryOf(sample)));
}


BOOST_DATA_TEST_CASE(a_declaration_starts_from_nothing_and_invites_countries_one_by_one, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  domain::Declaration d;
  d.id = domain::DeclarationId("bare");
  d.conference = sample.conference.id;
  d.title = "Joint Declaration";
  d = ok(app::createDeclaration(env.ctx, secretariat(), d));
  BOOST_TEST(d.invitedCountries.empty());
  BOOST_TEST(d.revisions.empty());
  auto catalog = sampleCatalog();
  // Nobody invited: the text may be written, but consultation waits for a country.
  auto early = app::moveDeclaration(env.ctx, secretariat(), d.id, domain::DeclarationStatus::kConsultation, d.version);
  BOOST_TEST((codeOf(early) == ErrorCode::kInvalidState));
  BOOST_TEST(early.error().field == "invitedCountries");
  d = ok(app::cutRevision(env.ctx, secretariat(), d.id, draftText("First draft"), d.version));
  BOOST_TEST(d.latest()->number == 1);
  d = ok(app::inviteCountry(env.ctx, secretariat(), catalog, d.id, cc("MK"), d.version));
  d = ok(app::inviteCountry(env.ctx, secretariat(), catalog, d.id, cc("AL"), d.version));
  auto twice = app::inviteCountry(env.ctx, secretariat(), catalog, d.id, cc("AL"), d.version);
  BOOST_TEST((codeOf(twice) == ErrorCode::kInvalidArgument));
  BOOST_TEST(twice.error().field == "country");
  auto unknown = app::inviteCountry(env.ctx, secretariat(), catalog, d.id, cc("QQ"), d.version);
  BOOST_TEST(unknown.error().field == "country");
  auto foreign = app::inviteCountry(env.ctx, coordinator("RS"), catalog, d.id, cc("RS"), d.version);
  BOOST_TEST((codeOf(foreign) == ErrorCode::kForbidden));
  auto stale = app::uninviteCountry(env.ctx, secretariat(), d.id, cc("MK"), d.version - 1);
  BOOST_TEST((codeOf(stale) == ErrorCode::kConflict));
  d = ok(app::uninviteCountry(env.ctx, secretariat(), d.id, cc("MK"), d.version));
  BOOST_TEST((d.invitedCountries == std::vector<domain::CountryCode>{cc("AL")}));
  BOOST_TEST((codeOf(app::uninviteCountry(env.ctx, secretariat(), d.id, cc("MK"), d.version)) ==
              ErrorCode::kInvalidArgument));
  d = ok(app::moveDeclaration(env.ctx, secretariat(), d.id, domain::DeclarationStatus::kConsultation, d.version));
  // In consultation the last invited country stays: someone must be consulted.
  auto last = app::uninviteCountry(env.ctx, secretariat(), d.id, cc("AL"), d.version);
  BOOST_TEST(last.error().field == "declaration.invitedCountries");
  auto stored = ok(app::getDeclaration(env.ctx, monitor(), d.id));
  BOOST_TEST((stored.invitedCountries == std::vector<domain::CountryCode>{cc("AL")}));
  // conference, declaration, revision, 2 invitations, 1 uninvitation, 1 move
  BOOST_TEST(auditCount(env.fresh.store()) == 7);
}

BOOST_DATA_TEST_CASE(a_delegate_new_to_the_directory_joins_an_existing_conference, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  auto c = ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  auto catalog = sampleCatalog();
  app::NewDelegate d;
  d.country = cc("XK");
  d.role = domain::DelegateRole::kHeadOfDelegation;
  domain::Person p;
  p.id = domain::PersonId("p-new");
  p.name = "Drita New";
  p.title = "Deputy Minister";
  p.country = cc("XK");
  d.newPerson = p;
  auto stale = app::addDelegate(env.ctx, secretariat(), catalog, c.id, d, c.version - 1);
  BOOST_TEST((codeOf(stale) == ErrorCode::kConflict));
  BOOST_TEST(ok(app::getDirectory(env.ctx, monitor(), c.id)).people.size() == sample.people.size(),
             "a refused change leaves the directory as it was");
  BOOST_TEST((codeOf(app::addDelegate(env.ctx, coordinator("XK"), catalog, c.id, d, c.version)) ==
              ErrorCode::kForbidden));
  c = ok(app::addDelegate(env.ctx, secretariat(), catalog, c.id, d, c.version));
  const domain::Delegation* xk = c.delegation(cc("XK"));
  BOOST_TEST_REQUIRE(xk != nullptr);
  BOOST_TEST(xk->members.back().person.str() == "p-new");
  auto directory = ok(app::getDirectory(env.ctx, monitor(), c.id));
  BOOST_TEST(directory.people.back().name == "Drita New");
  // The same id again is taken; someone already in it is added by id; twice is refused.
  BOOST_TEST((codeOf(app::addDelegate(env.ctx, secretariat(), catalog, c.id, d, c.version)) ==
              ErrorCode::kAlreadyExists));
  app::NewDelegate known;
  known.country = cc("AL");
  known.person = domain::PersonId("p-head");
  c = ok(app::addDelegate(env.ctx, secretariat(), catalog, c.id, known, c.version));
  BOOST_TEST(app::addDelegate(env.ctx, secretariat(), catalog, c.id, known, c.version).error().field == "person");
  known.person = domain::PersonId("nobody");
  BOOST_TEST((codeOf(app::addDelegate(env.ctx, secretariat(), catalog, c.id, known, c.version)) ==
              ErrorCode::kNotFound));
  // Roles change and members go; a delegation left empty goes with them.
  c = ok(app::changeDelegate(env.ctx, secretariat(), c.id, cc("XK"), domain::PersonId("p-new"),
                             domain::DelegateRole::kObserver, c.version));
  BOOST_TEST((c.delegation(cc("XK"))->members.back().role == domain::DelegateRole::kObserver));
  std::size_t delegations = c.delegations.size();
  for (const auto& m : std::vector<domain::DelegationMember>(c.delegation(cc("XK"))->members))
    c = ok(app::changeDelegate(env.ctx, secretariat(), c.id, cc("XK"), m.person, std::nullopt, c.version));
  BOOST_TEST(c.delegation(cc("XK")) == nullptr);
  BOOST_TEST(c.delegations.size() == delegations - 1);
  BOOST_TEST(app::changeDelegate(env.ctx, secretariat(), c.id, cc("XK"), domain::PersonId("p-new"), std::nullopt,
                                 c.version)
                 .error()
                 .field == "person");
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).version == c.version);
}

// Issue 19: a revision says why it was cut; a blank note is refused, naming it,
// and nothing is stored.
BOOST_DATA_TEST_CASE(a_revision_without_a_change_note_is_refused_naming_it, allBackends(), backend) {
  Env env(backend);
  auto d = drafted(env);
  for (const char* blank : {"", "   ", "\r\n\t"}) {
    auto refused = app::cutRevision(env.ctx, secretariat(), d.id, draftText(blank), d.version);
    BOOST_TEST((codeOf(refused) == ErrorCode::kInvalidArgument));
    if (!refused.ok()) BOOST_TEST(refused.error().field == "revision.changeNote");
  }
  BOOST_TEST(ok(app::getDeclaration(env.ctx, secretariat(), d.id)).revisions.size() == 1u);
  BOOST_TEST(ok(app::cutRevision(env.ctx, secretariat(), d.id, draftText("Why: tighter wording"), d.version))
                 .revisions.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
