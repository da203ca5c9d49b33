#include "accord/domain/endorsement.h"

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
using S = EndorsementStatus;
const std::pair<S, const char*> kStatuses[] = {
    {S::kInvited, "invited"},   {S::kConsulting, "consulting"},
    {S::kEndorsedAdReferendum, "endorsed_ad_referendum"},
    {S::kEndorsed, "endorsed"}, {S::kDeclined, "declined"},
    {S::kWithdrawn, "withdrawn"},
};
const std::pair<EndorsementMethod, const char*> kMethods[] = {
    {EndorsementMethod::kInSession, "in_session"},
    {EndorsementMethod::kWrittenNotification, "written_notification"},
    {EndorsementMethod::kNoteVerbale, "note_verbale"},
    {EndorsementMethod::kEmail, "email"},
};

// Which declaration states allow a move to `to`.
bool declarationAllows(DeclarationStatus d, S to) {
  using D = DeclarationStatus;
  switch (to) {
    case S::kConsulting: return d == D::kConsultation || d == D::kFinal || d == D::kOpenForEndorsement;
    case S::kWithdrawn: return d == D::kOpenForEndorsement || d == D::kClosed;
    case S::kInvited: return false;
    default: return d == D::kOpenForEndorsement;
  }
}

// The fields the target status needs, with what the endorsement already holds
// filling gaps (a confirmation of an ad referendum signature need not repeat the signer).
Status checkAct(const Declaration& d, const Endorsement& e, EndorsementAct& act, Timestamp at) {
  Checks checks;
  checks.text("place", act.place, text_rules::kOptionalName)
      .text("statement", act.statement, text_rules::kLongText)
      .text("evidence", act.evidence, text_rules::kNote);
  if (act.signer)
    checks.text("signer.name", act.signer->name, text_rules::kName)
        .text("signer.title", act.signer->title, text_rules::kOptionalName);
  if (act.date) {
    checks.that(*act.date <= at.date(), "date", "is in the future (" + act.date->iso() + ")");
    const Revision* final = d.finalRevision ? d.revision(*d.finalRevision) : nullptr;
    if (final && isSigned(act.to))
      checks.that(final->createdAt.date() <= *act.date, "date",
                  "is before the final text existed (" + final->createdAt.date().iso() + ")");
  }
  if (isSigned(act.to)) {
    checks.that(act.signer.has_value() || e.signer.has_value(), "signer", "is required to endorse: name and title")
        .that(act.date.has_value() || e.date.has_value(), "date", "is required to endorse")
        .that(act.method.has_value() || e.method.has_value(), "method",
              "is required to endorse: one of " + enumChoices(kMethods));
  }
  if (act.to == S::kWithdrawn) checks.that(act.date.has_value(), "date", "is required to withdraw");
  return checks.status();
}

}  // namespace

const char* toString(EndorsementStatus s) { return enumName(kStatuses, s); }
template <>
const std::vector<const char*>& enumNames<EndorsementStatus>() {
  static const auto names = enumNameList(kStatuses);
  return names;
}
Result<EndorsementStatus> parseEndorsementStatus(std::string_view field, std::string_view text) {
  return parseEnum(kStatuses, field, text);
}
const char* toString(EndorsementMethod m) { return enumName(kMethods, m); }
template <>
const std::vector<const char*>& enumNames<EndorsementMethod>() {
  static const auto names = enumNameList(kMethods);
  return names;
}
Result<EndorsementMethod> parseEndorsementMethod(std::string_view field, std::string_view text) {
  return parseEnum(kMethods, field, text);
}

bool isLegalTransition(EndorsementStatus from, EndorsementStatus to) {
  switch (from) {
    case S::kInvited: return to == S::kConsulting || to == S::kEndorsedAdReferendum || to == S::kEndorsed || to == S::kDeclined;
    case S::kConsulting: return to == S::kEndorsedAdReferendum || to == S::kEndorsed || to == S::kDeclined;
    case S::kEndorsedAdReferendum: return to == S::kEndorsed || to == S::kWithdrawn;
    case S::kEndorsed: return to == S::kWithdrawn;
    case S::kDeclined: return to == S::kConsulting || to == S::kEndorsedAdReferendum || to == S::kEndorsed;
    case S::kWithdrawn: return false;
  }
  return false;
}

bool isSigned(EndorsementStatus s) { return s == S::kEndorsed || s == S::kEndorsedAdReferendum; }

bool awaitsAnswer(EndorsementStatus s) { return s == S::kInvited || s == S::kConsulting; }

Endorsement invitation(const Declaration& d, const CountryCode& country) {
  Endorsement e;
  e.declaration = d.id;
  e.country = country;
  return e;
}

Status Endorsement::apply(const Declaration& d, EndorsementAct act, const std::string& actor, Timestamp at) {
  if (!d.isInvited(country))
    return Error::state(country.str() + " is not invited to endorse this declaration", "country");
  if (!isLegalTransition(status, act.to))
    return Error::state("an endorsement cannot go from " + std::string(toString(status)) + " to " +
                            toString(act.to),
                        "status");
  if (!declarationAllows(d.status, act.to))
    return Error::state("the declaration is " + std::string(toString(d.status)) + ", which does not allow " +
                            toString(act.to),
                        "status");
  if (isSigned(act.to) && act.revision && act.revision != d.finalRevision)
    return Error::state("only the final text, revision " + std::to_string(d.finalRevision.value_or(0)) +
                            ", can be endorsed; revision " + std::to_string(*act.revision) + " is not it",
                        "revision");
  if (Status s = checkAct(d, *this, act, at); !s.ok()) return s;

  history.push_back({at, actor, status, act.to, act.method, act.onBehalf, act.statement, act.evidence});
  status = act.to;
  if (isSigned(act.to)) revision = d.finalRevision;
  if (act.to == S::kDeclined) revision.reset();
  if (act.date) date = act.date;
  if (!act.place.empty()) place = act.place;
  if (act.signer) signer = act.signer;
  if (act.method) method = act.method;
  onBehalf = act.onBehalf;
  recordedBy = act.onBehalf ? actor : std::string();
  if (!act.statement.empty()) statement = act.statement;
  if (!act.evidence.empty()) evidence = act.evidence;
  return {};
}

Status normalize(Endorsement& e, const Declaration& d, const std::string& path) {
  Checks checks;
  checks.text(path + ".place", e.place, text_rules::kOptionalName)
      .text(path + ".statement", e.statement, text_rules::kLongText)
      .text(path + ".evidence", e.evidence, text_rules::kNote)
      .text(path + ".recordedBy", e.recordedBy, text_rules::kOptionalName)
      .that(d.isInvited(e.country), path + ".country", e.country.str() + " is not invited to this declaration")
      .that(!e.onBehalf || !e.recordedBy.empty(), path + ".recordedBy",
            "must name who recorded an endorsement made on behalf of the country");
  if (e.signer)
    checks.text(path + ".signer.name", e.signer->name, text_rules::kName)
        .text(path + ".signer.title", e.signer->title, text_rules::kOptionalName);
  bool needsRevision = isSigned(e.status) || e.status == S::kWithdrawn;
  checks.that(!needsRevision || (e.revision && e.revision == d.finalRevision), path + ".revision",
              "must be the final revision (" + std::to_string(d.finalRevision.value_or(0)) + ") for status " +
                  toString(e.status))
      .that(needsRevision || !e.revision, path + ".revision",
            "must be empty for status " + std::string(toString(e.status)));
  if (isSigned(e.status))
    checks.that(e.signer.has_value(), path + ".signer", "is required for status " + std::string(toString(e.status)))
        .that(e.date.has_value(), path + ".date", "is required for status " + std::string(toString(e.status)))
        .that(e.method.has_value(), path + ".method", "is required for status " + std::string(toString(e.status)));
  S at = S::kInvited;
  for (std::size_t i = 0; i < e.history.size(); ++i) {
    auto& ev = e.history[i];
    std::string p = path + ".history[" + std::to_string(i) + "]";
    checks.that(ev.from == at, p + ".from", "must be " + std::string(toString(at)) + ", where the previous event left it")
        .that(isLegalTransition(ev.from, ev.to), p + ".to",
              "is not a legal move from " + std::string(toString(ev.from)))
        .that(i == 0 || e.history[i - 1].at <= ev.at, p + ".at", "is earlier than the event before it")
        .text(p + ".actor", ev.actor, text_rules::kName)
        .text(p + ".statement", ev.statement, text_rules::kLongText)
        .text(p + ".evidence", ev.evidence, text_rules::kNote);
    at = ev.to;
  }
  checks.that(at == e.status, path + ".history",
              "must end in the current status " + std::string(toString(e.status)) + " (it ends in " + toString(at) + ")");
  return checks.status();
}

}  // namespace accord::domain
