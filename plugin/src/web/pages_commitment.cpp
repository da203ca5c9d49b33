// The secretariat defines and edits a declaration's commitments: text, the
// operative clause it implements, deadline, milestones, indicators and the
// invited countries it applies to (app::defineCommitment, app::updateCommitment).
#include "accord/app/authorization.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/read_models.h"
#include "commitment_form.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

const char* const kFields[] = {"id", "text", "clause", "deadline", "milestones", "indicators", "countries"};

std::string implementationPath(const DeclarationId& d) {
  return "/declarations/" + pathSegment(d.str()) + "/implementation";
}

// The form for `c` (new when `isNew`), showing what was posted and `error` when
// a save failed.
Reply form(const Site& site, Visit& v, const Declaration& d, const Commitment& c, bool isNew, const Error* error) {
  Data view = baseView(site, v, isNew ? "New commitment" : "Edit commitment " + c.id.str());
  view.set("decl", declarationHeader(site, v, d, "implementation"));
  for (const char* key : kFields) view.set(std::string("error_") + key, false);
  if (error) {
    putError(v.words, view, *error);
    showEveryError(v, *error, commitmentFormErrors(v.form, isNew));
  }
  bool posted = error != nullptr;
  auto typed = [&](const char* name, const std::string& stored) { return posted ? v.field(name) : stored; };
  view.set("isNew", isNew);
  view.set("id", isNew ? typed("id", c.id.str()) : c.id.str());
  view.set("text", typed("text", c.text));
  view.set("deadline", typed("deadline", c.id.str().empty() && !posted ? "" : c.deadline.iso()));
  view.set("milestones", typed("milestones", milestoneLines(c.milestones)));
  view.set("indicators", typed("indicators", indicatorLines(c.indicators)));
  view.set("version", std::to_string(c.version));
  std::string clause = typed("clause", c.clause.str());
  List clauses;
  if (const Revision* latest = d.latest())
    for (std::size_t i = 0; i < latest->operative.size(); ++i) {
      const Clause& op = latest->operative[i];
      std::string label = clauseLabel(0, i) + " " + op.text.substr(0, 80) + (op.text.size() > 80 ? "…" : "");
      clauses.push_back(choice(op.id.str(), label, op.id.str() == clause));
    }
  view.set("clauses", clauses);
  view.set("noClauses", clauses.empty());
  // The countries invited to the declaration; one already assigned stays (its
  // assignment is on record), so it is shown ticked and cannot be unticked.
  List countries;
  for (const CountryCode& code : d.invitedCountries) {
    Data x = countryData(site, code);
    bool assigned = !isNew && c.appliesTo(code);
    x.set("checked", posted ? v.field("country." + code.str()) == "on" || assigned : assigned);
    x.set("locked", assigned);
    countries.push_back(x);
  }
  view.set("countries", countries);
  std::string action = isNew ? "/declarations/" + pathSegment(d.id.str()) + "/commitments"
                             : "/commitments/" + pathSegment(c.id.str()) + "/edit";
  view.set("action", link(v, action));
  view.set("cancelHref", link(v, implementationPath(d.id)));
  return renderPage(site, v, "commitment_form", view, error ? statusOf(error->code) : 200);
}

// The use cases name fields from the commitment ("commitment.milestones[1].due");
// the form has one box per list.
Error onForm(Error e) {
  std::string f = e.field;
  if (f.rfind("commitment.", 0) == 0) f = f.substr(11);
  if (auto cut = f.find_first_of(".["); cut != std::string::npos) f = f.substr(0, cut);
  e.field = f;
  return e;
}

// The commitment the path names and its declaration, for the secretariat only.
struct Editing {
  Commitment commitment;
  Declaration declaration;
};
Result<Editing> editing(const Site& site, const Visit& v) {
  if (Status s = app::authorize(v.actor(), app::Action::kDefineCommitment); !s.ok()) return s.error();
  auto c = app::getCommitment(site.ctx, v.actor(), CommitmentId(v.param("id")));
  if (!c.ok()) return c.error();
  auto d = app::getDeclaration(site.ctx, v.actor(), c->declaration);
  if (!d.ok()) return d.error();
  return Editing{std::move(c).value(), std::move(d).value()};
}

}  // namespace

Reply newCommitmentPage(const Site& site, Visit& v) {
  if (Status s = app::authorize(v.actor(), app::Action::kDefineCommitment); !s.ok()) return errorPage(site, v, s.error());
  auto d = app::getDeclaration(site.ctx, v.actor(), DeclarationId(v.param("id")));
  if (!d.ok()) return errorPage(site, v, d.error());
  Commitment c;
  c.declaration = d->id;
  return form(site, v, *d, c, true, nullptr);
}

Reply defineCommitmentForm(const Site& site, Visit& v) {
  // Before anything of the form is read: someone else is never shown it back.
  if (Status s = app::authorize(v.actor(), app::Action::kDefineCommitment); !s.ok()) return errorPage(site, v, s.error());
  auto d = app::getDeclaration(site.ctx, v.actor(), DeclarationId(v.param("id")));
  if (!d.ok()) return errorPage(site, v, d.error());
  Commitment c;
  c.declaration = d->id;
  c.id = CommitmentId(v.field("id"));
  Status read = readCommitmentForm(v.form, c);
  Result<Commitment> done = read.ok() ? app::defineCommitment(site.ctx, v.actor(), c) : Result<Commitment>(read.error());
  if (!done.ok()) {
    Error e = onForm(done.error());
    return form(site, v, *d, c, true, &e);
  }
  return redirectTo(site, v, implementationPath(d->id), Flash{v.words("flash.commitment_defined", {{"text", quoted(done->text)}})});
}

Reply editCommitmentPage(const Site& site, Visit& v) {
  auto e = editing(site, v);
  if (!e.ok()) return errorPage(site, v, e.error());
  return form(site, v, e->declaration, e->commitment, false, nullptr);
}

Reply updateCommitmentForm(const Site& site, Visit& v) {
  auto e = editing(site, v);
  if (!e.ok()) return errorPage(site, v, e.error());
  const Commitment& stored = e->commitment;
  const Declaration& d = e->declaration;
  Commitment c = stored;
  auto version = parseNumber(v.field("version"));
  Status read = version ? readCommitmentForm(v.form, c) : Status(Error::invalid("", "the form lacks its version"));
  Result<Commitment> done =
      read.ok() ? app::updateCommitment(site.ctx, v.actor(), c, *version) : Result<Commitment>(read.error());
  if (!done.ok()) {
    Error error = onForm(done.error());
    return form(site, v, d, stored, false, &error);
  }
  return redirectTo(site, v, implementationPath(d.id), Flash{v.words("flash.commitment_saved", {{"text", quoted(done->text)}})});
}

}  // namespace accord::web
