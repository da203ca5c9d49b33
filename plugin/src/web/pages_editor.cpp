// The secretariat's editor: the latest text as a form; saving cuts a new
// revision with a change note (app::cutRevision), or shows the error beside
// the row it names.
#include <Poco/UUIDGenerator.h>

#include "accord/app/declaration_use_cases.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "editor_form.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string newClauseId() {
  return "c-" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString().substr(0, 8);
}

Reply editor(const Site& site, Visit& v, const Declaration& d, const Error* error,
             const std::map<std::string, std::string>& rowErrors, const Fields* posted) {
  Data view = baseView(site, v, "Edit: " + d.title);
  view.set("decl", declarationHeader(site, v, d, "text"));
  view.set("form", editorRows(*d.latest(), rowErrors, posted));
  view.set("latest", std::to_string(d.latest()->number));
  view.set("version", posted ? v.field("version") : std::to_string(d.version));
  view.set("action", link(v, "/declarations/" + pathSegment(d.id.str()) + "/edit"));
  view.set("cancelHref", link(v, "/declarations/" + pathSegment(d.id.str())));
  view.set("error_changeNote", false);
  view.set("error_closingFormula", false);
  if (error) putError(view, *error);
  if (error) {
    // A field outside the rows ("revision.changeNote") goes by its last part.
    std::string f = error->field;
    if (auto dot = f.find_last_of('.'); dot != std::string::npos) f = f.substr(dot + 1);
    if (f == "changeNote" || f == "closingFormula") view.set("error_" + f, error->message);
  }
  return renderPage(site, v, "editor", view, error ? statusOf(error->code) : 200);
}

// The declaration, if this person may edit it now; else the error of reading it,
// or why not (app::DeclarationPermissions::whyNotEditText): kForbidden for anyone
// but the secretariat, kInvalidState once the text can no longer change.
Result<Declaration> editable(const Site& site, const Visit& v) {
  auto d = app::getDeclaration(site.ctx, v.actor(), DeclarationId(v.param("id")));
  if (!d.ok()) return d.error();
  if (app::DeclarationPermissions may = app::permissionsFor(v.actor(), *d); !may.editText)
    return may.whyNotEditText.error();
  return d;
}

}  // namespace

Reply editorPage(const Site& site, Visit& v) {
  auto d = editable(site, v);
  if (!d.ok()) return errorPage(site, v, d.error());
  return editor(site, v, *d, nullptr, {}, nullptr);
}

Reply saveRevision(const Site& site, Visit& v) {
  auto d = editable(site, v);
  if (!d.ok()) return errorPage(site, v, d.error());
  auto version = parseNumber(v.field("version"));
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks its version"));
  ParsedText parsed = parseEditorForm(v.form, &newClauseId);
  auto cut = app::cutRevision(site.ctx, v.actor(), d->id, parsed.revision, *version);
  if (!cut.ok()) {
    std::map<std::string, std::string> rowErrors;
    if (std::string row = rowOfError(parsed, cut.error().field); !row.empty()) rowErrors[row] = cut.error().message;
    return editor(site, v, *d, &cut.error(), rowErrors, &v.form);
  }
  return redirectTo(v, "/declarations/" + pathSegment(d->id.str()) + "/compare?from=" +
                           std::to_string(d->latest()->number) + "&to=" + std::to_string(cut->latest()->number));
}

}  // namespace accord::web
