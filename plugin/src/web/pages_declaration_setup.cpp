// Setting a declaration up in the browser: starting one on its conference's page
// (it opens in the editor, with no text yet) and inviting or uninviting countries
// on its own page. Each form calls one use case; a refusal is shown in words.
#include "accord/app/declaration_use_cases.h"
#include "declaration_setup.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The country a form or path names, as a code the domain accepts.
Result<CountryCode> countryNamed(const std::string& text) { return CountryCode::parse("country", text); }

}  // namespace

Reply createDeclarationForm(const Site& site, Visit& v) {
  ConferenceId conference(v.param("id"));
  auto d = declarationFromForm(v, conference);
  auto created = d.ok() ? app::createDeclaration(site.ctx, v.actor(), *d) : Result<Declaration>(d.error());
  if (!created.ok()) {
    // A form error names "declaration.title"; the form's inputs are "title".
    Error e = created.error();
    if (e.field.rfind("declaration.", 0) == 0) e.field = e.field.substr(std::string("declaration.").size());
    if (e.code == ErrorCode::kForbidden || e.code == ErrorCode::kNotFound) return errorPage(site, v, e);
    showEveryError(v, e, declarationFormErrors(v));
    return conferencePageWith(site, v, &e);
  }
  return redirectTo(site, v, "/declarations/" + pathSegment(created->id.str()) + "/edit",
                    Flash{v.words("flash.declaration_started", {{"title", quoted(created->title)}})});
}

namespace {
// An invitation form: the version it was made from and the country it names
// (`countryText`) go to `change`; back to the invitations after it, saying what
// `said` makes of the declaration, its refusal shown in words.
template <class Change, class Said>
Reply invitationForm(const Site& site, Visit& v, const std::string& countryText, Change&& change, Said&& said) {
  DeclarationId id(v.param("id"));
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto country = countryNamed(countryText);
  if (!country.ok()) return errorPage(site, v, country.error());
  auto d = change(id, *country, *version);
  if (!d.ok()) return errorPage(site, v, d.error());
  return redirectTo(site, v, "/declarations/" + pathSegment(id.str()) + "#invitations-heading", said(*d, *country));
}
}  // namespace

Reply inviteCountryForm(const Site& site, Visit& v) {
  return invitationForm(site, v, v.field("country"), [&](const DeclarationId& id, const CountryCode& c, long version) {
    return app::inviteCountry(site.ctx, v.actor(), site.services.countries, id, c, version);
  }, [&](const Declaration& d, const CountryCode& c) {
    // Inviting the wrong country is undone by uninviting it, from the version just made.
    return Flash{v.words("flash.invited", {{"country", countryName(site, c)}}),
                 "/declarations/" + pathSegment(d.id.str()) + "/invitations/" + pathSegment(c.str()) + "/remove",
                 v.words("undo.uninvite"), {{"version", std::to_string(d.version)}}};
  });
}

Reply uninviteCountryForm(const Site& site, Visit& v) {
  return invitationForm(site, v, v.param("country"), [&](const DeclarationId& id, const CountryCode& c, long version) {
    return app::uninviteCountry(site.ctx, v.actor(), id, c, version);
  }, [&](const Declaration& d, const CountryCode& c) {
    // Withdrawing the wrong invitation is undone by inviting the country again.
    return Flash{v.words("flash.uninvited", {{"country", countryName(site, c)}}),
                 "/declarations/" + pathSegment(d.id.str()) + "/invitations", v.words("undo.invite"),
                 {{"version", std::to_string(d.version)}, {"country", c.str()}}};
  });
}

}  // namespace accord::web
