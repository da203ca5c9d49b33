// Who may read and write a declaration's consultation (comments and amendments),
// and what a page may offer one person: the rules in one place, which the use
// cases enforce and the pages ask, so that both say the same.
#pragma once

#include <optional>

#include "accord/domain/actor.h"
#include "accord/domain/amendment.h"
#include "accord/domain/declaration.h"

namespace accord::app {

// Returns ok if `actor` may read the consultation of `d` at all: the secretariat;
// a coordinator of an invited country; a monitor while the visibility is open.
// kForbidden otherwise (viewers and admins never: consultation is not published).
domain::Status authorizeConsultationRead(const domain::Actor& actor, const domain::Declaration& d);

// Whether `actor` (who may read the consultation) sees a remark written for
// `country` (none: by the secretariat). Under secretariat_only a coordinator sees
// their own country's and the secretariat's remarks only.
bool seesRemarkOf(const domain::Actor& actor, const domain::Declaration& d,
                  const std::optional<domain::CountryCode>& country);

// Returns ok if `actor` may comment or propose on `d` for `country` (the
// coordinator's own; none for the secretariat). kForbidden for other roles, for a
// coordinator writing for another country or not invited; kInvalidState when the
// declaration is not in consultation (the secretariat: nor drafting).
domain::Status authorizeContribution(const domain::Actor& actor, const domain::Declaration& d,
                                     const std::optional<domain::CountryCode>& country);

// Returns ok if `actor` may move `a` to `to`: accept or reject, the secretariat;
// withdraw, its author. kForbidden otherwise; kInvalidState when the text of `d`
// is no longer editable (the consultation is over).
domain::Status authorizeAmendmentDecision(const domain::Actor& actor, const domain::Declaration& d,
                                          const domain::Amendment& a, domain::AmendmentState to);

// What a page offers one person on the consultation of `d`; never fails.
struct ConsultationPermissions {
  bool read = false;        // see the comments and amendments
  bool contribute = false;  // comment and propose now
  bool decide = false;      // accept or reject proposals now (the secretariat)
  bool mayWithdraw(const domain::Actor& actor, const domain::Amendment& a) const;
  bool open = false;        // the text is still editable, so proposals may still move
};
ConsultationPermissions consultationPermissionsFor(const domain::Actor& actor, const domain::Declaration& d);

}  // namespace accord::app
