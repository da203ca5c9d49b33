// The secretariat's CSV import of delegates: a page with the columns in words and
// a text box to paste the file into (page forms are url-encoded only, so there is
// no file upload), a preview of every row with what it would do or why it is
// refused, and "Import", which stores every row or none (app/delegate_import.h).
#include "accord/app/authorization.h"
#include "accord/app/delegate_import.h"
#include "accord/app/read_models.h"
#include "delegates_view.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The catalogue key of what importing a row does.
const char* outcomeInWords(app::ImportOutcome o) {
  switch (o) {
    case app::ImportOutcome::kNewPerson: return "import.outcome.new_person";
    case app::ImportOutcome::kJoins: return "import.outcome.joins";
    case app::ImportOutcome::kRoleChanged: return "import.outcome.role_changed";
    case app::ImportOutcome::kUnchanged: return "import.outcome.unchanged";
    case app::ImportOutcome::kRefused: return "import.outcome.refused";
  }
  return "import.outcome.refused";
}

Data previewView(const Wording& w, const app::DelegateImport& preview) {
  List rows;
  for (const app::ImportRow& r : preview.rows) {
    Data row;
    row.set("line", std::to_string(r.line));
    row.set("country", r.country);
    row.set("name", r.name);
    row.set("title", r.title);
    row.set("organization", r.organization);
    row.set("email", r.email);
    row.set("role", r.role);
    row.set("outcome", w(outcomeInWords(r.outcome)));
    row.set("refused", r.outcome == app::ImportOutcome::kRefused);
    List problems;
    for (const app::ImportProblem& p : r.problems) {
      Data problem;
      problem.set("text", "row " + std::to_string(r.line) + (p.column.empty() ? "" : ", " + p.column) + ": " +
                              p.message);
      problems.push_back(problem);
    }
    row.set("problems", problems);
    rows.push_back(row);
  }
  Data out;
  out.set("rows", rows);
  out.set("rowCount", std::to_string(preview.rows.size()));
  out.set("refusedCount", std::to_string(preview.refused));
  out.set("changeCount", std::to_string(preview.changes));
  out.set("importable", preview.refused == 0 && preview.changes > 0);
  out.set("nothingToDo", preview.refused == 0 && preview.changes == 0);
  return out;
}

// The page: the form, with the pasted text, the preview of it and a refusal when given.
Reply importPageWith(const Site& site, Visit& v, const std::string& csv, const app::DelegateImport* preview,
                     const Error* formError, long version) {
  ConferenceId id(v.param("id"));
  if (Status s = app::authorize(v.actor(), app::Action::kManageConference); !s.ok()) return errorPage(site, v, s.error());
  auto c = app::getConference(site.ctx, v.actor(), id);
  if (!c.ok()) return errorPage(site, v, c.error());
  Data view = baseView(site, v, v.words("title.import_delegates", {{"title", c->title}}));
  view.set("conferenceTitle", c->title);
  view.set("conferenceHref", link(v, "/conferences/" + pathSegment(id.str()) + "#delegations"));
  view.set("action", link(v, "/conferences/" + pathSegment(id.str()) + "/delegates/import"));
  view.set("version", std::to_string(version ? version : c->version));
  view.set("csv", csv);
  view.set("roles", roleChoices(v.words, DelegateRole::kExpert));
  view.set("maxRows", std::to_string(app::kMaxImportRows));
  view.set("maxKiB", std::to_string(app::kMaxImportBytes / 1024));
  view.set("preview", preview ? previewView(v.words, *preview) : Data(false));
  if (formError) putError(v.words, view, *formError);
  return renderPage(site, v, "delegate_import", view, formError ? statusOf(formError->code) : 200);
}

}  // namespace

Reply delegateImportPage(const Site& site, Visit& v) { return importPageWith(site, v, "", nullptr, nullptr, 0); }

Reply delegateImportForm(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  std::string csv = v.field("csv");
  auto version = formVersion(v);
  if (!version.ok()) return importPageWith(site, v, csv, nullptr, &version.error(), 0);
  if (v.field("step") == "import") {
    auto imported = app::importDelegates(site.ctx, v.actor(), site.services.countries, id, csv, *version);
    if (imported.ok()) return redirectTo(v, "/conferences/" + pathSegment(id.str()) + "#delegations");
    Error e = imported.error();
    if (e.code == ErrorCode::kConflict)
      e.message = v.words("import.changed_since_preview");
    // "row 3.country" names a cell, not a field of this form: said as the preview says it.
    if (std::size_t dot = e.field.find('.'); e.field.rfind("row ", 0) == 0 && dot != std::string::npos) {
      e.message = e.field.substr(0, dot) + ", " + e.field.substr(dot + 1) + ": " + e.message;
      e.field.clear();
    }
    // The preview again, against the conference as it is now, under its new version.
    auto preview = app::previewDelegateImport(site.ctx, v.actor(), site.services.countries, id, csv);
    return importPageWith(site, v, csv, preview.ok() ? &*preview : nullptr, &e,
                          e.code == ErrorCode::kConflict ? 0 : *version);
  }
  auto preview = app::previewDelegateImport(site.ctx, v.actor(), site.services.countries, id, csv);
  if (!preview.ok()) {
    if (preview.error().code == ErrorCode::kForbidden || preview.error().code == ErrorCode::kNotFound)
      return errorPage(site, v, preview.error());
    return importPageWith(site, v, csv, nullptr, &preview.error(), *version);
  }
  return importPageWith(site, v, csv, &*preview, nullptr, *version);
}

}  // namespace accord::web
