#include "invitations_view.h"

#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

Data invitationsView(const Site& site, const Visit& v, const Declaration& d, const app::DeclarationPermissions& may) {
  std::string base = "/declarations/" + pathSegment(d.id.str()) + "/invitations";
  Data out;
  List invited;
  for (const CountryCode& c : d.invitedCountries) {
    Data row = countryData(site, c);
    if (may.uninvite) row.set("removeAction", link(v, base + "/" + pathSegment(c.str()) + "/remove"));
    invited.push_back(row);
  }
  out.set("countries", invited);
  out.set("count", std::to_string(d.invitedCountries.size()));
  out.set("none", d.invitedCountries.empty());
  out.set("mayInvite", may.invite);
  out.set("inviteAction", link(v, base));
  List choices;
  if (may.invite)
    for (const Country& c : site.services.countries.all())
      if (!d.isInvited(c.code)) choices.push_back(choice(c.code.str(), countryName(site, c.code), false));
  out.set("choices", choices);
  return out;
}

}  // namespace accord::web
