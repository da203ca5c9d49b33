// The words and tones the pages show for the domain's states: a text label
// always (colour is never the only signal), a tone the stylesheet colours, and a
// glyph for a quick scan.
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
#include "templates.h"

namespace accord::web {

enum class Tone { kNeutral, kPending, kGood, kWarn, kBad };

struct Badge {
  std::string label;  // "Endorsed ad referendum"
  Tone tone = Tone::kNeutral;
};

Badge badge(domain::DeclarationStatus s);
Badge badge(domain::EndorsementStatus s);
Badge badge(domain::Acceptance a);
Badge badge(domain::ImplementationStatus s);
Badge badge(domain::Assessment a);
Badge badge(domain::Timeliness t);
Badge badge(domain::ReportState s);
Badge badge(domain::MilestoneState s);
Badge badge(domain::AmendmentState s);
Badge badge(domain::ConferenceStatus s);
std::string methodLabel(domain::EndorsementMethod m);

// A role in words: "Secretariat", "National coordinator", "Monitor", "Viewer",
// "Administrator"; with `country` (a coordinator's, by name) "National coordinator
// — North Macedonia".
std::string roleLabel(domain::Role r);
std::string roleLabel(domain::Role r, const std::string& country);

// A state stored as its code ("open_for_endorsement", "returned") in the words of
// the first table that knows it (declaration, report, implementation status);
// a code none knows ("no report") is kept as it is.
std::string stateLabel(const std::string& code);

// {label, tone: "good", glyph: "✓"} for templates/html/badge usage.
Data badgeData(const Badge& b);

}  // namespace accord::web
