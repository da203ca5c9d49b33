// The secretariat's editor: the latest text as a form; saving cuts a new
// revision with a change note (app::cutRevision), or shows the error beside
// the row it names.
#include <Poco/UUIDGenerator.h>

#include <algorithm>

#include "accord/app/consultation_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "consultation_view.h"
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

// The accepted amendments the new revision may incorporate, as checkboxes named
// "incorporate.<number>"; ticked again when the posted form ticked them.
List incorporable(const Site& site, const Visit& v, const Declaration& d, const Fields* posted) {
  List out;
  auto accepted = app::incorporableAmendments(site.ctx, v.actor(), d.id);
  if (!accepted.ok()) return out;
  for (const auto& a : *accepted) {
    const Amendment& am = a.amendment;
    std::string n = std::to_string(am.number);
    Data x;
    x.set("number", n);
    x.set("unit", am.anchor.unit.str());
    x.set("revision", std::to_string(am.anchor.revision));
    x.set("kind", toString(am.kind));
    x.set("text", text(am.text));
    x.set("by", remarkBy(site, v.words, am.author, am.country));
    x.set("outdated", a.outdated);
    x.set("checked", posted && posted->count("incorporate." + n) > 0);
    out.push_back(x);
  }
  return out;
}

// The amendments the posted form ticks, in number order.
std::vector<int> ticked(const Fields& form) {
  std::vector<int> out;
  const std::string prefix = "incorporate.";
  for (const auto& [name, value] : form)
    if (name.rfind(prefix, 0) == 0 && !value.empty())
      if (auto n = parseNumber(name.substr(prefix.size()))) out.push_back(static_cast<int>(*n));
  std::sort(out.begin(), out.end());
  return out;
}

// The editor on `draft`: the latest revision's rows, or the posted ones (after an
// error, or a move or an added row); `focus` as editorRows takes it.
Reply editor(const Site& site, Visit& v, const Declaration& d, const Draft& draft, const Error* error,
             const std::map<std::string, std::string>& rowErrors, const Fields* posted, const std::string& focus = {}) {
  Data view = baseView(site, v, v.words("title.edit", {{"title", d.title}}));
  view.set("decl", declarationHeader(site, v, d, "text"));
  Data form = editorRows(v.words, draft, rowErrors, focus);
  form.set("closingFormula", posted ? v.field("closingFormula") : d.latest() ? d.latest()->closingFormula : "");
  form.set("changeNote", posted ? v.field("changeNote") : "");
  view.set("form", form);
  view.set("latest", std::to_string(d.latest() ? d.latest()->number : 0));
  view.set("first", d.latest() == nullptr);
  view.set("version", posted ? v.field("version") : std::to_string(d.version));
  view.set("action", link(v, "/declarations/" + pathSegment(d.id.str()) + "/edit"));
  view.set("cancelHref", link(v, "/declarations/" + pathSegment(d.id.str())));
  view.set("incorporable", incorporable(site, v, d, posted));
  view.set("error_changeNote", false);
  view.set("error_closingFormula", false);
  view.set("error_happenedOn", false);
  view.set("happenedOn", posted ? v.field("happenedOn") : "");
  if (error) putError(v.words, view, *error);
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

// The draft the page shows: the posted form's rows, or the latest revision's (an
// empty one for a new declaration).
Draft draftFor(const Declaration& d, const Fields* posted) {
  if (posted) return draftOfForm(*posted);
  static const Revision kEmpty;
  return draftOf(d.latest() ? *d.latest() : kEmpty);
}

}  // namespace

Reply editorPage(const Site& site, Visit& v) {
  auto d = editable(site, v);
  if (!d.ok()) return errorPage(site, v, d.error());
  return editor(site, v, *d, draftFor(*d, nullptr), nullptr, {}, nullptr);
}

Reply saveRevision(const Site& site, Visit& v) {
  auto d = editable(site, v);
  if (!d.ok()) return errorPage(site, v, d.error());
  auto version = parseNumber(v.field("version"));
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks its version"));
  // A move or an added row: the same form back, renumbered, nothing stored.
  if (std::string op = v.field("op"); !op.empty()) {
    Draft draft = draftOfForm(v.form);
    auto focus = applyEdit(draft, op);
    if (!focus.ok()) return editor(site, v, *d, draftFor(*d, &v.form), &focus.error(), {}, &v.form);
    return editor(site, v, *d, draft, nullptr, {}, &v.form, *focus);
  }
  ParsedText parsed = parseEditorForm(v.form, &newClauseId);
  std::optional<Date> happenedOn;
  if (!v.field("happenedOn").empty()) {
    auto day = Date::parse("happenedOn", v.field("happenedOn"));
    if (!day.ok()) return editor(site, v, *d, draftFor(*d, &v.form), &day.error(), {}, &v.form);
    happenedOn = *day;
  }
  auto cut = app::cutRevision(site.ctx, v.actor(), d->id, parsed.revision, *version, ticked(v.form), happenedOn);
  if (!cut.ok()) {
    std::map<std::string, std::string> rowErrors;
    if (std::string row = rowOfError(parsed, cut.error().field); !row.empty()) rowErrors[row] = cut.error().message;
    return editor(site, v, *d, draftFor(*d, &v.form), &cut.error(), rowErrors, &v.form);
  }
  std::string base = "/declarations/" + pathSegment(d->id.str());
  Flash saved{v.words("flash.revision_saved", {{"number", std::to_string(cut->latest()->number)}})};
  // The first revision has nothing to compare with: its page shows it.
  if (!d->latest()) return redirectTo(site, v, base, saved);
  return redirectTo(site, v,
                    base + "/compare?from=" + std::to_string(d->latest()->number) +
                        "&to=" + std::to_string(cut->latest()->number),
                    saved);
}

}  // namespace accord::web
