#include "conference_change.h"

#include "accord/app/read_models.h"
#include "view_common.h"

namespace accord::web {

domain::Result<ConferenceChange> conferenceToChange(const Site& site, const Visit& v) {
  auto version = formVersion(v);
  if (!version.ok()) return version.error();
  auto c = app::getConference(site.ctx, v.actor(), domain::ConferenceId(v.param("id")));
  if (!c.ok()) return c.error();
  return ConferenceChange{std::move(c).value(), *version};
}

}  // namespace accord::web
