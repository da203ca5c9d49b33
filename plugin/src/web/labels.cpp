#include "labels.h"

namespace accord::web {

using namespace accord::domain;

Badge badge(DeclarationStatus s) {
  switch (s) {
    case DeclarationStatus::kDrafting: return {"Drafting", Tone::kPending};
    case DeclarationStatus::kConsultation: return {"In consultation", Tone::kPending};
    case DeclarationStatus::kFinal: return {"Final text", Tone::kNeutral};
    case DeclarationStatus::kOpenForEndorsement: return {"Open for endorsement", Tone::kGood};
    case DeclarationStatus::kClosed: return {"Closed", Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(EndorsementStatus s) {
  switch (s) {
    case EndorsementStatus::kInvited: return {"Invited, no answer yet", Tone::kNeutral};
    case EndorsementStatus::kConsulting: return {"Consulting capital", Tone::kPending};
    case EndorsementStatus::kEndorsedAdReferendum: return {"Endorsed ad referendum", Tone::kWarn};
    case EndorsementStatus::kEndorsed: return {"Endorsed", Tone::kGood};
    case EndorsementStatus::kDeclined: return {"Declined", Tone::kBad};
    case EndorsementStatus::kWithdrawn: return {"Withdrawn", Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(Acceptance a) {
  switch (a) {
    case Acceptance::kProposed: return {"Proposed", Tone::kPending};
    case Acceptance::kAccepted: return {"Accepted", Tone::kGood};
    case Acceptance::kDeclined: return {"Declined", Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(ImplementationStatus s) {
  switch (s) {
    case ImplementationStatus::kNotStarted: return {"Not started", Tone::kNeutral};
    case ImplementationStatus::kInProgress: return {"In progress", Tone::kPending};
    case ImplementationStatus::kCompleted: return {"Completed", Tone::kGood};
    case ImplementationStatus::kOnHold: return {"On hold", Tone::kWarn};
    case ImplementationStatus::kCancelled: return {"Cancelled", Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(Assessment a) {
  switch (a) {
    case Assessment::kNoEvidence: return {"No evidence", Tone::kNeutral};
    case Assessment::kNotStarted: return {"Not started", Tone::kBad};
    case Assessment::kLimited: return {"Limited", Tone::kWarn};
    case Assessment::kSubstantial: return {"Substantial", Tone::kPending};
    case Assessment::kComplete: return {"Complete", Tone::kGood};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(Timeliness t) {
  switch (t) {
    case Timeliness::kOnTrack: return {"On track", Tone::kGood};
    case Timeliness::kAtRisk: return {"At risk", Tone::kWarn};
    case Timeliness::kOverdue: return {"Overdue", Tone::kBad};
    case Timeliness::kCompletedLate: return {"Completed late", Tone::kWarn};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(ReportState s) {
  switch (s) {
    case ReportState::kDraft: return {"Draft", Tone::kNeutral};
    case ReportState::kSubmitted: return {"Submitted, awaiting review", Tone::kPending};
    case ReportState::kValidated: return {"Validated", Tone::kGood};
    case ReportState::kReturned: return {"Returned", Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(ConferenceStatus s) {
  switch (s) {
    case ConferenceStatus::kPlanned: return {"Planned", Tone::kNeutral};
    case ConferenceStatus::kOngoing: return {"Ongoing", Tone::kGood};
    case ConferenceStatus::kConcluded: return {"Concluded", Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

std::string roleLabel(Role r) {
  switch (r) {
    case Role::kAdmin: return "Administrator";
    case Role::kSecretariat: return "Secretariat";
    case Role::kCoordinator: return "National coordinator";
    case Role::kMonitor: return "Monitor";
    case Role::kViewer: return "Viewer";
  }
  return "?";
}

std::string roleLabel(Role r, const std::string& country) {
  return country.empty() ? roleLabel(r) : roleLabel(r) + " \u2014 " + country;
}

std::string stateLabel(const std::string& code) {
  if (auto d = parseDeclarationStatus("state", code); d.ok()) return badge(*d).label;
  if (auto r = parseReportState("state", code); r.ok()) return badge(*r).label;
  if (auto i = parseImplementationStatus("state", code); i.ok()) return badge(*i).label;
  return code;
}

Badge badge(AmendmentState s) {
  switch (s) {
    case AmendmentState::kProposed: return {"Proposed", Tone::kPending};
    case AmendmentState::kAccepted: return {"Accepted", Tone::kGood};
    case AmendmentState::kRejected: return {"Rejected", Tone::kBad};
    case AmendmentState::kWithdrawn: return {"Withdrawn", Tone::kNeutral};
    case AmendmentState::kIncorporated: return {"Incorporated", Tone::kGood};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(MilestoneState s) {
  switch (s) {
    case MilestoneState::kPending: return {"Pending", Tone::kPending};
    case MilestoneState::kDone: return {"Done", Tone::kGood};
    case MilestoneState::kMissed: return {"Missed", Tone::kBad};
    case MilestoneState::kDropped: return {"Dropped", Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

std::string methodLabel(EndorsementMethod m) {
  switch (m) {
    case EndorsementMethod::kInSession: return "In session";
    case EndorsementMethod::kWrittenNotification: return "Written notification";
    case EndorsementMethod::kNoteVerbale: return "Note verbale";
    case EndorsementMethod::kEmail: return "E-mail";
  }
  return "?";
}

Data badgeData(const Badge& b) {
  static const char* tones[] = {"neutral", "pending", "good", "warn", "bad"};
  // The glyph repeats the meaning in shape, for readers who cannot tell the colours apart.
  static const char* glyphs[] = {"\u25CB", "\u25D4", "\u2713", "!", "\u2717"};
  auto i = static_cast<std::size_t>(b.tone);
  Data d;
  d.set("label", b.label);
  d.set("tone", tones[i]);
  d.set("glyph", glyphs[i]);
  return d;
}

}  // namespace accord::web
