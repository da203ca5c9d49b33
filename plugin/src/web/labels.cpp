#include "labels.h"

namespace accord::web {

using namespace accord::domain;

Badge badge(const Wording& w, DeclarationStatus s) {
  switch (s) {
    case DeclarationStatus::kDrafting: return {w("label.declaration_status.drafting"), Tone::kPending};
    case DeclarationStatus::kConsultation: return {w("label.declaration_status.consultation"), Tone::kPending};
    case DeclarationStatus::kFinal: return {w("label.declaration_status.final"), Tone::kNeutral};
    case DeclarationStatus::kOpenForEndorsement: return {w("label.declaration_status.open_for_endorsement"), Tone::kGood};
    case DeclarationStatus::kClosed: return {w("label.declaration_status.closed"), Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, EndorsementStatus s) {
  switch (s) {
    case EndorsementStatus::kInvited: return {w("label.endorsement_status.invited"), Tone::kNeutral};
    case EndorsementStatus::kConsulting: return {w("label.endorsement_status.consulting"), Tone::kPending};
    case EndorsementStatus::kEndorsedAdReferendum: return {w("label.endorsement_status.endorsed_ad_referendum"), Tone::kWarn};
    case EndorsementStatus::kEndorsed: return {w("label.endorsement_status.endorsed"), Tone::kGood};
    case EndorsementStatus::kDeclined: return {w("label.endorsement_status.declined"), Tone::kBad};
    case EndorsementStatus::kWithdrawn: return {w("label.endorsement_status.withdrawn"), Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, Acceptance a) {
  switch (a) {
    case Acceptance::kProposed: return {w("label.acceptance.proposed"), Tone::kPending};
    case Acceptance::kAccepted: return {w("label.acceptance.accepted"), Tone::kGood};
    case Acceptance::kDeclined: return {w("label.acceptance.declined"), Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, ImplementationStatus s) {
  switch (s) {
    case ImplementationStatus::kNotStarted: return {w("label.implementation_status.not_started"), Tone::kNeutral};
    case ImplementationStatus::kInProgress: return {w("label.implementation_status.in_progress"), Tone::kPending};
    case ImplementationStatus::kCompleted: return {w("label.implementation_status.completed"), Tone::kGood};
    case ImplementationStatus::kOnHold: return {w("label.implementation_status.on_hold"), Tone::kWarn};
    case ImplementationStatus::kCancelled: return {w("label.implementation_status.cancelled"), Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, Assessment a) {
  switch (a) {
    case Assessment::kNoEvidence: return {w("label.assessment.no_evidence"), Tone::kNeutral};
    case Assessment::kNotStarted: return {w("label.assessment.not_started"), Tone::kBad};
    case Assessment::kLimited: return {w("label.assessment.limited"), Tone::kWarn};
    case Assessment::kSubstantial: return {w("label.assessment.substantial"), Tone::kPending};
    case Assessment::kComplete: return {w("label.assessment.complete"), Tone::kGood};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, Timeliness t) {
  switch (t) {
    case Timeliness::kOnTrack: return {w("label.timeliness.on_track"), Tone::kGood};
    case Timeliness::kAtRisk: return {w("label.timeliness.at_risk"), Tone::kWarn};
    case Timeliness::kOverdue: return {w("label.timeliness.overdue"), Tone::kBad};
    case Timeliness::kCompletedLate: return {w("label.timeliness.completed_late"), Tone::kWarn};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, ReportState s) {
  switch (s) {
    case ReportState::kDraft: return {w("label.report_state.draft"), Tone::kNeutral};
    case ReportState::kSubmitted: return {w("label.report_state.submitted"), Tone::kPending};
    case ReportState::kValidated: return {w("label.report_state.validated"), Tone::kGood};
    case ReportState::kReturned: return {w("label.report_state.returned"), Tone::kBad};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, ConferenceStatus s) {
  switch (s) {
    case ConferenceStatus::kPlanned: return {w("label.conference_status.planned"), Tone::kNeutral};
    case ConferenceStatus::kOngoing: return {w("label.conference_status.ongoing"), Tone::kGood};
    case ConferenceStatus::kConcluded: return {w("label.conference_status.concluded"), Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

std::string roleLabel(const Wording& w, Role r) {
  switch (r) {
    case Role::kAdmin: return w("label.role.admin");
    case Role::kSecretariat: return w("label.role.secretariat");
    case Role::kCoordinator: return w("label.role.coordinator");
    case Role::kMonitor: return w("label.role.monitor");
    case Role::kViewer: return w("label.role.viewer");
  }
  return "?";
}

std::string roleLabel(const Wording& w, Role r, const std::string& country) {
  return country.empty() ? roleLabel(w, r) : roleLabel(w, r) + " \u2014 " + country;
}

std::string stateLabel(const Wording& w, const std::string& code) {
  if (auto d = parseDeclarationStatus("state", code); d.ok()) return badge(w, *d).label;
  if (auto r = parseReportState("state", code); r.ok()) return badge(w, *r).label;
  if (auto i = parseImplementationStatus("state", code); i.ok()) return badge(w, *i).label;
  if (code == "no report") return w("label.no_report");  // an assignment's report state before its first report
  return code;
}

Badge badge(const Wording& w, AmendmentState s) {
  switch (s) {
    case AmendmentState::kProposed: return {w("label.amendment_state.proposed"), Tone::kPending};
    case AmendmentState::kAccepted: return {w("label.amendment_state.accepted"), Tone::kGood};
    case AmendmentState::kRejected: return {w("label.amendment_state.rejected"), Tone::kBad};
    case AmendmentState::kWithdrawn: return {w("label.amendment_state.withdrawn"), Tone::kNeutral};
    case AmendmentState::kIncorporated: return {w("label.amendment_state.incorporated"), Tone::kGood};
  }
  return {"?", Tone::kNeutral};
}

Badge badge(const Wording& w, MilestoneState s) {
  switch (s) {
    case MilestoneState::kPending: return {w("label.milestone_state.pending"), Tone::kPending};
    case MilestoneState::kDone: return {w("label.milestone_state.done"), Tone::kGood};
    case MilestoneState::kMissed: return {w("label.milestone_state.missed"), Tone::kBad};
    case MilestoneState::kDropped: return {w("label.milestone_state.dropped"), Tone::kNeutral};
  }
  return {"?", Tone::kNeutral};
}

std::string methodLabel(const Wording& w, EndorsementMethod m) {
  switch (m) {
    case EndorsementMethod::kInSession: return w("label.endorsement_method.in_session");
    case EndorsementMethod::kWrittenNotification: return w("label.endorsement_method.written_notification");
    case EndorsementMethod::kNoteVerbale: return w("label.endorsement_method.note_verbale");
    case EndorsementMethod::kEmail: return w("label.endorsement_method.email");
  }
  return "?";
}

std::string delegateRoleLabel(const Wording& w, DelegateRole r) {
  return w(std::string("label.delegate_role.") + toString(r));
}

std::string organizationKindLabel(const Wording& w, OrganizationKind k) {
  return w(std::string("label.organization_kind.") + toString(k));
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
