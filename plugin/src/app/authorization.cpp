#include "accord/app/authorization.h"

#include <string>

namespace accord::app {
namespace {

using domain::Actor;
using domain::CountryCode;
using domain::Error;
using domain::Role;
using domain::Status;

bool anyOf(Role r, std::initializer_list<Role> roles) {
  for (Role x : roles)
    if (x == r) return true;
  return false;
}

Status deny(const Actor& actor, const std::string& who) {
  return Error::forbidden(std::string("a ") + domain::toString(actor.role) + " may not do this: " + who);
}

// Actions a coordinator performs for their own country only.
Status ownCountry(const Actor& actor, const std::optional<CountryCode>& country, const char* what) {
  std::string c = country ? country->str() : std::string("a country");
  if (actor.role != Role::kCoordinator || !country || !actor.actsFor(*country))
    return Error::forbidden("only the coordinator of " + c + " may " + what + " for " + c);
  return {};
}

}  // namespace

const char* toString(Action a) {
  switch (a) {
    case Action::kRead: return "read";
    case Action::kManageConference: return "manage_conference";
    case Action::kDraft: return "draft";
    case Action::kComment: return "comment";
    case Action::kTranslate: return "translate";
    case Action::kEndorse: return "endorse";
    case Action::kDefineCommitment: return "define_commitment";
    case Action::kDecideAssignment: return "decide_assignment";
    case Action::kUpdateImplementation: return "update_implementation";
    case Action::kWriteReport: return "write_report";
    case Action::kAssess: return "assess";
    case Action::kReviewReport: return "review_report";
    case Action::kReadAudit: return "read_audit";
    case Action::kImportExport: return "import_export";
    case Action::kManageAccounts: return "manage_accounts";
    case Action::kRecordPast: return "record_past";
  }
  return "?";
}

Status authorize(const Actor& actor, Action action, const std::optional<CountryCode>& country) {
  const Role r = actor.role;
  switch (action) {
    case Action::kRead:
      return {};
    case Action::kManageConference:
    case Action::kDraft:
    case Action::kDefineCommitment:
      return r == Role::kSecretariat ? Status() : deny(actor, "only the secretariat drafts and defines");
    case Action::kTranslate:
      return r == Role::kSecretariat ? Status() : deny(actor, "only the secretariat writes and verifies translations");
    case Action::kComment:
      return anyOf(r, {Role::kSecretariat, Role::kCoordinator}) ? Status()
                                                                : deny(actor, "the secretariat and coordinators comment");
    case Action::kEndorse:
      if (r == Role::kSecretariat) return {};  // on behalf only: see authorizeEndorsement
      return ownCountry(actor, country, "endorse");
    case Action::kDecideAssignment:
      return ownCountry(actor, country, "accept or decline commitments");
    case Action::kUpdateImplementation:
      return ownCountry(actor, country, "update implementation");
    case Action::kWriteReport:
      return ownCountry(actor, country, "write progress reports");
    case Action::kAssess:
    case Action::kReviewReport:
      return r == Role::kMonitor ? Status() : deny(actor, "only monitors assess and review reports");
    case Action::kReadAudit:
      return anyOf(r, {Role::kAdmin, Role::kSecretariat, Role::kMonitor})
                 ? Status()
                 : deny(actor, "the audit trail is for admins, the secretariat and monitors");
    case Action::kImportExport:
      return anyOf(r, {Role::kAdmin, Role::kSecretariat}) ? Status()
                                                          : deny(actor, "only admins and the secretariat import or export");
    case Action::kManageAccounts:
      return r == Role::kAdmin ? Status() : deny(actor, "only admins manage accounts");
    case Action::kRecordPast:
      return r == Role::kSecretariat ? Status()
                                     : deny(actor, "only the secretariat records what happened on an earlier day");
  }
  return deny(actor, "unknown action");
}

Status authorizeAny(const Actor& actor, const std::vector<Action>& actions, const std::optional<CountryCode>& country) {
  Status first;
  for (Action a : actions) {
    Status s = authorize(actor, a, country);
    if (s.ok()) return s;
    if (first.ok()) first = s;
  }
  return first;
}

Status authorizeEndorsement(const Actor& actor, const CountryCode& country, bool onBehalf) {
  if (actor.role == Role::kSecretariat) {
    if (!onBehalf)
      return Error::forbidden("the secretariat records endorsements only on behalf of a country: set onBehalf");
    return {};
  }
  if (onBehalf) return Error::forbidden("only the secretariat records an endorsement on behalf of a country");
  return authorize(actor, Action::kEndorse, country);
}

bool readsDrafts(const Actor& actor) { return actor.role != Role::kViewer; }

bool mayReadDeclaration(const Actor& actor, domain::DeclarationStatus status) {
  using domain::DeclarationStatus;
  if (readsDrafts(actor)) return true;
  return status == DeclarationStatus::kFinal || status == DeclarationStatus::kOpenForEndorsement ||
         status == DeclarationStatus::kClosed;
}

bool mayReadRevision(const Actor& actor, const domain::Declaration& d, int number) {
  if (readsDrafts(actor)) return true;
  return mayReadDeclaration(actor, d.status) && d.finalRevision && *d.finalRevision == number;
}

bool mayReadReport(const Actor& actor, const domain::ProgressReport& r) {
  using domain::ReportState;
  bool own = actor.role == Role::kCoordinator && actor.actsFor(r.country);
  switch (r.state) {
    case ReportState::kDraft:
      return own;
    case ReportState::kSubmitted:
    case ReportState::kReturned:
      return own || anyOf(actor.role, {Role::kSecretariat, Role::kMonitor, Role::kAdmin});
    case ReportState::kValidated:
      return true;
  }
  return false;
}

}  // namespace accord::app
