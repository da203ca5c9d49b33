#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/app/consultation_rules.h"

using namespace accord::app;
using namespace accord::domain;
namespace bdata = boost::unit_test::data;

namespace {
CountryCode cc(const char* c) { return CountryCode::parse("t", c).value(); }

Declaration declaration(DeclarationStatus status, ConsultationVisibility visibility = ConsultationVisibility::kOpen) {
  Declaration d;
  d.id = DeclarationId("d");
  d.invitedCountries = {cc("MK"), cc("AL")};
  d.status = status;
  d.consultationVisibility = visibility;
  return d;
}

const Actor kSecretariat{"sec", Role::kSecretariat, std::nullopt};
const Actor kMk{"coordinator.mk", Role::kCoordinator, cc("MK")};
const Actor kRs{"coordinator.rs", Role::kCoordinator, cc("RS")};  // not invited
const Actor kMonitor{"monitor", Role::kMonitor, std::nullopt};
const Actor kViewer{"viewer", Role::kViewer, std::nullopt};
const Actor kAdmin{"admin", Role::kAdmin, std::nullopt};

// Who writes for which country in which state: ok, or the code refused with.
struct WriteCase {
  const char* name;
  Actor actor;
  std::optional<CountryCode> writesFor;
  DeclarationStatus status;
  std::optional<ErrorCode> refused;
};
std::ostream& operator<<(std::ostream& os, const WriteCase& c) { return os << c.name; }

const WriteCase kWrites[] = {
    {"coordinator for own country in consultation", kMk, cc("MK"), DeclarationStatus::kConsultation, std::nullopt},
    {"coordinator for another country", kMk, cc("AL"), DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"coordinator naming no country", kMk, std::nullopt, DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"coordinator of an uninvited country", kRs, cc("RS"), DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"coordinator while drafting", kMk, cc("MK"), DeclarationStatus::kDrafting, ErrorCode::kInvalidState},
    {"coordinator after consultation closed", kMk, cc("MK"), DeclarationStatus::kFinal, ErrorCode::kInvalidState},
    {"secretariat while drafting", kSecretariat, std::nullopt, DeclarationStatus::kDrafting, std::nullopt},
    {"secretariat in consultation", kSecretariat, std::nullopt, DeclarationStatus::kConsultation, std::nullopt},
    {"secretariat for a country", kSecretariat, cc("MK"), DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"secretariat once final", kSecretariat, std::nullopt, DeclarationStatus::kFinal, ErrorCode::kInvalidState},
    {"monitor", kMonitor, std::nullopt, DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"viewer", kViewer, std::nullopt, DeclarationStatus::kConsultation, ErrorCode::kForbidden},
    {"admin", kAdmin, std::nullopt, DeclarationStatus::kConsultation, ErrorCode::kForbidden},
};

// Who reads under which visibility.
struct ReadCase {
  const char* name;
  Actor actor;
  ConsultationVisibility visibility;
  bool reads;
};
std::ostream& operator<<(std::ostream& os, const ReadCase& c) { return os << c.name; }

const ReadCase kReads[] = {
    {"secretariat, open", kSecretariat, ConsultationVisibility::kOpen, true},
    {"secretariat, secretariat_only", kSecretariat, ConsultationVisibility::kSecretariatOnly, true},
    {"invited coordinator, open", kMk, ConsultationVisibility::kOpen, true},
    {"invited coordinator, secretariat_only", kMk, ConsultationVisibility::kSecretariatOnly, true},
    {"uninvited coordinator", kRs, ConsultationVisibility::kOpen, false},
    {"monitor, open", kMonitor, ConsultationVisibility::kOpen, true},
    {"monitor, secretariat_only", kMonitor, ConsultationVisibility::kSecretariatOnly, false},
    {"viewer, open", kViewer, ConsultationVisibility::kOpen, false},
    {"admin, open", kAdmin, ConsultationVisibility::kOpen, false},
};
}  // namespace

BOOST_AUTO_TEST_SUITE(consultation_rules_tests)

BOOST_DATA_TEST_CASE(who_may_comment_and_propose, bdata::make(kWrites), c) {
  Status s = authorizeContribution(c.actor, declaration(c.status), c.writesFor);
  BOOST_TEST(s.ok() == !c.refused.has_value());
  if (!s.ok() && c.refused) BOOST_TEST((s.error().code == *c.refused));
}

BOOST_DATA_TEST_CASE(who_may_read_the_consultation, bdata::make(kReads), c) {
  Declaration d = declaration(DeclarationStatus::kConsultation, c.visibility);
  Status s = authorizeConsultationRead(c.actor, d);
  BOOST_TEST(s.ok() == c.reads);
  if (!s.ok()) BOOST_TEST((s.error().code == ErrorCode::kForbidden));
  BOOST_TEST(consultationPermissionsFor(c.actor, d).read == c.reads);
}

BOOST_AUTO_TEST_CASE(secretariat_only_hides_other_countries_remarks_from_coordinators) {
  Declaration open = declaration(DeclarationStatus::kConsultation);
  Declaration closed = declaration(DeclarationStatus::kConsultation, ConsultationVisibility::kSecretariatOnly);
  BOOST_TEST(seesRemarkOf(kMk, open, cc("AL")));
  BOOST_TEST(!seesRemarkOf(kMk, closed, cc("AL")));
  BOOST_TEST(seesRemarkOf(kMk, closed, cc("MK")));
  BOOST_TEST(seesRemarkOf(kMk, closed, std::nullopt));
  BOOST_TEST(seesRemarkOf(kSecretariat, closed, cc("AL")));
  BOOST_TEST(!seesRemarkOf(kViewer, open, cc("AL")));
}

BOOST_AUTO_TEST_CASE(the_secretariat_decides_and_only_the_author_withdraws) {
  Declaration d = declaration(DeclarationStatus::kConsultation);
  Amendment a;
  a.author = "coordinator.mk";
  a.country = cc("MK");
  BOOST_TEST(authorizeAmendmentDecision(kSecretariat, d, a, AmendmentState::kAccepted).ok());
  BOOST_TEST((authorizeAmendmentDecision(kMk, d, a, AmendmentState::kAccepted).error().code == ErrorCode::kForbidden));
  BOOST_TEST(authorizeAmendmentDecision(kMk, d, a, AmendmentState::kWithdrawn).ok());
  Actor otherMk{"deputy.mk", Role::kCoordinator, cc("MK")};
  BOOST_TEST(
      (authorizeAmendmentDecision(otherMk, d, a, AmendmentState::kWithdrawn).error().code == ErrorCode::kForbidden));
  BOOST_TEST((authorizeAmendmentDecision(kSecretariat, declaration(DeclarationStatus::kFinal), a,
                                         AmendmentState::kRejected)
                  .error()
                  .code == ErrorCode::kInvalidState));
  ConsultationPermissions may = consultationPermissionsFor(kMk, d);
  BOOST_TEST(may.contribute);
  BOOST_TEST(!may.decide);
  BOOST_TEST(may.mayWithdraw(kMk, a));
  BOOST_TEST(consultationPermissionsFor(kSecretariat, d).decide);
}

BOOST_AUTO_TEST_SUITE_END()
