// The conference page's speaker forms (see conference.mustache): a speaker is
// someone of the conference's directory with their role at it.
#include "accord/app/conference_use_cases.h"
#include "conference_change.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

// The conference page's speaker forms: someone of the directory added with their
// role, or a speaker removed (by position), each an update of the conference
// under the version the page showed; a refusal is shown in words.
Reply speakerForm(const Site& site, Visit& v) {
  auto target = conferenceToChange(site, v);
  if (!target.ok()) return errorPage(site, v, target.error());
  Conference changed = target->conference;
  std::string said;
  if (v.path.size() < 7 || v.path.compare(v.path.size() - 7, 7, "/remove") != 0) {
    changed.speakers.push_back({PersonId(v.field("person")), v.field("role")});
    said = v.words("flash.speaker_added");
  } else {
    auto at = parseNumber(v.field("index"));
    if (!at || *at < 0 || static_cast<std::size_t>(*at) >= changed.speakers.size())
      return errorPage(site, v, Error::notFound("there is no such speaker", "speaker"));
    changed.speakers.erase(changed.speakers.begin() + *at);
    said = v.words("flash.speaker_removed");
  }
  auto saved = app::updateConference(site.ctx, v.actor(), changed, target->version);
  if (!saved.ok()) return errorPage(site, v, saved.error());
  return redirectTo(site, v, "/conferences/" + pathSegment(changed.id.str()), Flash{said});
}

}  // namespace accord::web
