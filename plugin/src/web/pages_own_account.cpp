// "My account": what a person may set for themselves, whatever their role; for now
// the language of their mail and calendar feed (Account::language).
#include "accord/app/account_use_cases.h"
#include "accounts_view.h"
#include "language_choice.h"
#include "notification_choices_view.h"
#include "page.h"
#include "pages.h"

namespace accord::web {

namespace {
Reply ownAccountPageWith(const Site& site, Visit& v, const domain::Error* formError) {
  auto p = app::getOwnPreferences(site.ctx, v.actor());
  if (!p.ok()) return errorPage(site, v, p.error());
  const domain::Account* a = &p->account;
  Data view = baseView(site, v, v.words("nav.my_account"));
  view.set("displayName", a->displayName);
  view.set("email", a->email);
  // After a refusal the select shows what was stored: the posted value was not a choice.
  view.set("languages", languageChoices(v.words, a->language));
  view.set("languageAction", link(v, "/account/language"));
  view.set("calendarHref", link(v, "/calendar"));
  putNotificationChoices(site, v, *p, view);
  if (formError) putError(v.words, view, *formError);
  return renderPage(site, v, "own_account", view, formError ? statusOf(formError->code) : 200);
}
}  // namespace

Reply ownAccountPage(const Site& site, Visit& v) { return ownAccountPageWith(site, v, nullptr); }

Reply ownLanguageForm(const Site& site, Visit& v) {
  auto a = app::setOwnLanguage(site.ctx, v.actor(), v.field("language"));
  if (!a.ok()) {
    if (a.error().code != domain::ErrorCode::kInvalidArgument) return errorPage(site, v, a.error());
    return ownAccountPageWith(site, v, &a.error());
  }
  // The message is read on the next page, whose language follows the setting just saved.
  v.words = Wording(site.templates.catalogue(),
                    chooseLanguage(a->language, v.acceptLanguage, site.templates.languages()));
  return redirectTo(site, v, "/account", Flash{a->language.empty() ? v.words("flash.language_none")
                                                                   : v.words("flash.language_saved", {{"language", a->language}})});
}

}  // namespace accord::web
