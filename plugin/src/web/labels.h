// The words and tones the pages show for the domain's states: a text label
// always (colour is never the only signal), a tone the stylesheet colours, and a
// glyph for a quick scan. The words come from the message catalogue
// (label.<type>.<state>), in the page's language.
#pragma once

#include <string>

#include "accord/domain/amendment.h"
#include "accord/domain/assignment.h"
#include "accord/domain/declaration.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/progress_report.h"
#include "accord/domain/commitment.h"
#include "accord/domain/actor.h"
#include "accord/domain/conference.h"
#include "accord/domain/party.h"
#include "templates.h"
#include "wording.h"

namespace accord::web {

enum class Tone { kNeutral, kPending, kGood, kWarn, kBad };

struct Badge {
  std::string label;  // "Endorsed ad referendum"
  Tone tone = Tone::kNeutral;
};

Badge badge(const Wording& w, domain::DeclarationStatus s);
Badge badge(const Wording& w, domain::EndorsementStatus s);
Badge badge(const Wording& w, domain::Acceptance a);
Badge badge(const Wording& w, domain::ImplementationStatus s);
Badge badge(const Wording& w, domain::Assessment a);
Badge badge(const Wording& w, domain::Timeliness t);
Badge badge(const Wording& w, domain::ReportState s);
Badge badge(const Wording& w, domain::MilestoneState s);
Badge badge(const Wording& w, domain::AmendmentState s);
Badge badge(const Wording& w, domain::ConferenceStatus s);
std::string methodLabel(const Wording& w, domain::EndorsementMethod m);
// "Head of delegation", "International organization": label.delegate_role.<code>,
// label.organization_kind.<code>.
std::string delegateRoleLabel(const Wording& w, domain::DelegateRole r);
std::string organizationKindLabel(const Wording& w, domain::OrganizationKind k);

// A role in words: "Secretariat", "National coordinator", "Monitor", "Viewer",
// "Administrator"; with `country` (a coordinator's, by name) "National coordinator
// — North Macedonia".
std::string roleLabel(const Wording& w, domain::Role r);
std::string roleLabel(const Wording& w, domain::Role r, const std::string& country);

// A state stored as its code ("open_for_endorsement", "returned") in the words of
// the first table that knows it (declaration, report, implementation status);
// a code none knows ("no report") is kept as it is.
std::string stateLabel(const Wording& w, const std::string& code);

// {label, tone: "good", glyph: "✓"} for templates/html/badge usage.
Data badgeData(const Badge& b);

}  // namespace accord::web
