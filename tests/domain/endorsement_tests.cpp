#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/endorsement.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using S = EndorsementStatus;

BOOST_AUTO_TEST_SUITE(endorsement_tests)

const S kAll[] = {S::kInvited, S::kConsulting, S::kEndorsedAdReferendum, S::kEndorsed, S::kDeclined, S::kWithdrawn};
const std::pair<S, S> kLegal[] = {
    {S::kInvited, S::kConsulting},   {S::kInvited, S::kEndorsedAdReferendum},    {S::kInvited, S::kEndorsed},
    {S::kInvited, S::kDeclined},     {S::kConsulting, S::kEndorsedAdReferendum}, {S::kConsulting, S::kEndorsed},
    {S::kConsulting, S::kDeclined},  {S::kEndorsedAdReferendum, S::kEndorsed},   {S::kEndorsedAdReferendum, S::kWithdrawn},
    {S::kEndorsed, S::kWithdrawn},   {S::kDeclined, S::kConsulting},             {S::kDeclined, S::kEndorsedAdReferendum},
    {S::kDeclined, S::kEndorsed}};

bool legal(S from, S to) {
  for (auto [f, t] : kLegal)
    if (f == from && t == to) return true;
  return false;
}

// A complete act for `to`: signer, date, method and place.
EndorsementAct act(S to) {
  EndorsementAct a;
  a.to = to;
  a.date = day("2016-10-28");
  a.place = "Skopje";
  a.signer = Signer{"Mirela Dervishi", "National Co-ordinator"};
  a.method = EndorsementMethod::kInSession;
  return a;
}

// Brings an endorsement to `status` along a legal path.
Endorsement reach(const Declaration& d, S status) {
  Endorsement e = invitation(d, cc("AL"));
  const std::vector<S> path = status == S::kWithdrawn ? std::vector<S>{S::kEndorsed, S::kWithdrawn}
                              : status == S::kInvited  ? std::vector<S>{}
                                                       : std::vector<S>{status};
  for (S s : path) BOOST_REQUIRE(e.apply(d, act(s), "coordinator.al", at("2016-10-29T10:00:00Z")).ok());
  return e;
}

BOOST_DATA_TEST_CASE(every_transition_is_allowed_exactly_when_the_table_says, bdata::make(kAll) * bdata::make(kAll),
                     from, to) {
  Declaration d = openDeclaration();
  Endorsement e = reach(d, from);
  std::size_t before = e.history.size();
  Status s = e.apply(d, act(to), "coordinator.al", at("2016-10-30T10:00:00Z"));
  BOOST_TEST(isLegalTransition(from, to) == legal(from, to));
  BOOST_TEST(s.ok() == legal(from, to), toString(from) << " -> " << toString(to));
  if (s.ok()) {
    BOOST_TEST((e.status == to));
    BOOST_TEST(e.history.size() == before + 1);
    BOOST_TEST((e.history.back().from == from));
    BOOST_TEST(normalize(e, d, "e").ok());
  } else {
    BOOST_TEST(s.error().code == ErrorCode::kInvalidState);
    BOOST_TEST((e.status == from));
    BOOST_TEST(e.history.size() == before);
  }
}

BOOST_AUTO_TEST_CASE(endorsing_records_the_final_revision_and_the_event) {
  Declaration d = openDeclaration();
  Endorsement e = invitation(d, cc("AL"));
  EndorsementAct a = act(S::kEndorsed);
  a.statement = "Interpretative statement.";
  BOOST_REQUIRE(e.apply(d, a, "coordinator.al", at("2016-10-28T11:00:00Z")).ok());
  BOOST_TEST(*e.revision == 2);
  BOOST_TEST(e.history.back().actor == "coordinator.al");
  BOOST_TEST(e.history.back().at.iso() == "2016-10-28T11:00:00Z");
  BOOST_TEST(e.statement == "Interpretative statement.");
  BOOST_TEST(!e.onBehalf);
}

BOOST_AUTO_TEST_CASE(only_the_final_revision_can_be_endorsed) {
  Declaration d = openDeclaration();
  Endorsement e = invitation(d, cc("AL"));
  EndorsementAct a = act(S::kEndorsed);
  a.revision = 1;
  Status s = e.apply(d, a, "coordinator.al", at("2016-10-28T11:00:00Z"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "revision");
  BOOST_TEST((e.status == S::kInvited));
}

BOOST_AUTO_TEST_CASE(nothing_is_endorsed_before_the_text_is_open) {
  Declaration d = draftDeclaration();
  d.status = DeclarationStatus::kConsultation;
  Endorsement e = invitation(d, cc("AL"));
  BOOST_TEST(!e.apply(d, act(S::kEndorsed), "x", at("2016-10-28T11:00:00Z")).ok());
  BOOST_TEST(e.apply(d, act(S::kConsulting), "x", at("2016-10-28T11:00:00Z")).ok());
}

BOOST_AUTO_TEST_CASE(a_country_not_invited_cannot_endorse) {
  Declaration d = openDeclaration();
  Endorsement e = invitation(d, cc("HU"));
  Status s = e.apply(d, act(S::kEndorsed), "x", at("2016-10-28T11:00:00Z"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "country");
}

BOOST_AUTO_TEST_CASE(endorsing_needs_signer_date_and_method) {
  Declaration d = openDeclaration();
  for (const char* missing : {"signer", "date", "method"}) {
    EndorsementAct a = act(S::kEndorsed);
    if (std::string(missing) == "signer") a.signer.reset();
    if (std::string(missing) == "date") a.date.reset();
    if (std::string(missing) == "method") a.method.reset();
    Endorsement e = invitation(d, cc("AL"));
    Status s = e.apply(d, a, "x", at("2016-10-28T11:00:00Z"));
    BOOST_REQUIRE(!s.ok());
    BOOST_TEST(s.error().field == missing);
  }
}

BOOST_AUTO_TEST_CASE(dates_in_the_future_or_before_the_final_text_are_refused) {
  Declaration d = openDeclaration();
  Endorsement e = invitation(d, cc("AL"));
  EndorsementAct a = act(S::kEndorsed);
  a.date = day("2016-10-29");
  BOOST_TEST(e.apply(d, a, "x", at("2016-10-28T23:00:00Z")).error().field == "date");
  a.date = day("2016-10-01");
  BOOST_TEST(e.apply(d, a, "x", at("2016-10-28T23:00:00Z")).error().field == "date");
}

BOOST_AUTO_TEST_CASE(on_behalf_records_who_recorded_it) {
  Declaration d = openDeclaration();
  Endorsement e = invitation(d, cc("AL"));
  EndorsementAct a = act(S::kEndorsed);
  a.onBehalf = true;
  a.method = EndorsementMethod::kNoteVerbale;
  BOOST_REQUIRE(e.apply(d, a, "secretariat.osce", at("2016-11-14T10:00:00Z")).ok());
  BOOST_TEST(e.onBehalf);
  BOOST_TEST(e.recordedBy == "secretariat.osce");
  BOOST_TEST(e.history.back().onBehalf);
}

BOOST_AUTO_TEST_CASE(withdrawing_keeps_the_history_and_the_revision) {
  Declaration d = openDeclaration();
  Endorsement e = reach(d, S::kWithdrawn);
  BOOST_TEST(e.history.size() == 2u);
  BOOST_TEST((e.history.front().to == S::kEndorsed));
  BOOST_TEST(*e.revision == 2);
  BOOST_TEST(normalize(e, d, "e").ok());
}

BOOST_AUTO_TEST_CASE(a_stored_history_must_be_a_legal_chain) {
  Declaration d = openDeclaration();
  Endorsement e = reach(d, S::kEndorsed);
  e.history.front().from = S::kDeclined;
  BOOST_TEST(normalize(e, d, "e").error().field == "e.history[0].from");
  e = reach(d, S::kEndorsed);
  e.status = S::kWithdrawn;
  BOOST_TEST(normalize(e, d, "e").error().field == "e.history");
}

BOOST_AUTO_TEST_SUITE_END()
