// What every form of the conference page that changes the conference starts
// from: the conference as stored and the version the page showed.
#pragma once

#include "accord/domain/conference.h"
#include "exchange.h"
#include "site.h"

namespace accord::web {

struct ConferenceChange {
  domain::Conference conference;  // as stored: the form changes a copy of it
  long version = 0;               // the page's, for app::updateConference's check
};

// The conference {id} of the visit and its form's "version". Returns the error of
// formVersion (no version) or of app::getConference (unknown, not readable).
domain::Result<ConferenceChange> conferenceToChange(const Site& site, const Visit& v);

}  // namespace accord::web
