// What every page does around its own view model: the layout's data (who is
// signed in, the CSRF token, links), rendering, redirects, and error pages that
// say what went wrong in words.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/result.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// The data the layout needs: title, the person signed in, csrf, prefix.
Data baseView(const Site& site, const Visit& v, const std::string& title);

// `page` rendered into the layout.
Reply renderPage(const Site& site, const Visit& v, const std::string& page, const Data& view, int status = 200);

// 303 See Other to `to` below the mount prefix: the POST-redirect-GET step.
Reply redirectTo(const Visit& v, const std::string& to);
// The same, with `flash` shown on the page it leads to (flash.h): what the form
// did, in words, and how to take it back where the domain allows.
Reply redirectTo(const Site& site, const Visit& v, const std::string& to, const Flash& flash);

// The HTTP status of a page showing this error: the API's table (error_status.h),
// but 422 for a form whose input breaks a rule, as browsers and tools expect.
int statusOf(domain::ErrorCode code);

// A page that says what went wrong: not found, forbidden, conflict, ...
Reply errorPage(const Site& site, const Visit& v, const domain::Error& e);
// The same with the status chosen by the caller: a download, which is no form,
// answers with the API's status for the same error.
Reply errorPage(const Site& site, const Visit& v, const domain::Error& e, int status);

// The path of a page: prefix + "/declarations/" + escaped id. Ids are checked
// by the domain, but they still go through URL escaping.
std::string link(const Visit& v, const std::string& path);
std::string pathSegment(const std::string& s);

// The template key of a use case's Error.field: "signer.name" → "signer_name",
// "revision.operative[2].text" → "revision_operative_2_text". Form inputs carry
// the same names, so an error lands next to the field it names.
std::string fieldKey(const std::string& field);

// Adds the error for its field to `view` (as "error_<key>") and the form-wide
// "formError" sentence.
void putError(const Wording& w, Data& view, const domain::Error& e);
// The same for every error of a form (the first per field counts): each beside its
// field, and a summary ("2 fields need correcting:") with "errorList" [{key, sentence}]
// linking to the fields.
void putErrors(const Wording& w, Data& view, const std::vector<domain::Error>& errors);
// A refused form names every field to correct at once: `checks` (the form's own
// checks of what was posted, each field that breaks a rule) with `refusal` (the use
// case's first error) in front when they do not name its field. Sets v.formErrors,
// which renderPage puts beside each field with a summary; the page focuses the
// first (accord.js). A refusal that is no bad input (conflict, forbidden) stays alone.
void showEveryError(Visit& v, const domain::Error& refusal, std::vector<domain::Error> checks);
// The list showEveryError shows, for a form that is one part of a page (a row's):
// `checks` with `refusal` in front unless they name its field; `refusal` alone when
// it is no bad input.
std::vector<domain::Error> everyError(const domain::Error& refusal, std::vector<domain::Error> checks);
// That sentence in the form's words: "Period start must be a date such as 2016-10-28".
std::string errorSentence(const Wording& w, const domain::Error& e);

}  // namespace accord::web
