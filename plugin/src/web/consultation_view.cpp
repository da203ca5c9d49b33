#include "consultation_view.h"

#include <algorithm>

#include "labels.h"
#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {
void addClauses(const std::vector<Clause>& clauses, int depth, const std::string& parent, std::vector<UnitRow>& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    std::string label = (parent.empty() ? "" : parent + " ") + clauseLabel(depth, i);
    out.push_back({clauses[i].id, label, clauses[i].text});
    addClauses(clauses[i].items, depth + 1, label, out);
  }
}

// The catalogue key of what an amendment does.
const char* kindLabel(AmendmentKind k) {
  switch (k) {
    case AmendmentKind::kReplace: return "amendment.kind.replace";
    case AmendmentKind::kInsertAfter: return "amendment.kind.insert_after";
    case AmendmentKind::kDelete: return "amendment.kind.delete";
  }
  return "amendment.kind.replace";
}
}  // namespace

std::vector<UnitRow> unitsOf(const Revision& r) {
  std::vector<UnitRow> out;
  for (std::size_t i = 0; i < r.preamble.size(); ++i)
    out.push_back({r.preamble[i].id, "Preamble " + std::to_string(i + 1), r.preamble[i].text});
  addClauses(r.operative, 0, "", out);
  return out;
}

namespace {
std::string unitPath(const DeclarationId& d, int revision, const ClauseId& unit) {
  return "/declarations/" + pathSegment(d.str()) + "/revisions/" + std::to_string(revision) + "/units/" +
         pathSegment(unit.str());
}
}  // namespace

std::string unitHref(const Visit& v, const DeclarationId& d, int revision, const ClauseId& unit) {
  return link(v, unitPath(d, revision, unit));
}

std::string remarkBy(const Site& site, const Wording& w, const std::string& author,
                     const std::optional<CountryCode>& country) {
  if (!country) return w("remark.by_secretariat", {{"author", author}});
  return w("remark.by_for_country", {{"author", author}, {"country", countryName(site, *country)}});
}

Data commentData(const Site& site, const Wording& w, const Comment& c) {
  Data x;
  x.set("number", std::to_string(c.number));
  x.set("text", c.text);
  x.set("supports", c.supports);
  x.set("quote", text(c.anchor.quote));
  x.set("by", remarkBy(site, w, c.author, c.country));
  x.set("createdAt", longDateTime(c.createdAt, site.zone, w.language()));
  return x;
}

Data amendmentData(const Site& site, const Visit& v, const app::AmendmentView& view,
                   const app::ConsultationPermissions& may, const std::vector<Comment>& replies,
                   const std::string& back) {
  const Amendment& a = view.amendment;
  Data x;
  x.set("number", std::to_string(a.number));
  x.set("revision", std::to_string(a.anchor.revision));
  x.set("kindLabel", v.words(kindLabel(a.kind)));
  x.set("text", text(a.text));
  x.set("quote", text(a.anchor.quote));
  x.set("newUnit", text(a.newUnit.str()));
  x.set("justification", a.justification);
  x.set("by", remarkBy(site, v.words, a.author, a.country));
  x.set("createdAt", longDateTime(a.createdAt, site.zone, v.language));
  x.set("state", badgeData(badge(v.words, a.state)));
  x.set("stateName", toString(a.state));
  x.set("outdated", view.outdated);
  x.set("fate", v.words(view.fate == UnitFate::kDeleted ? "amendment.fate.deleted" : "amendment.fate.changed"));
  x.set("reason", text(a.reason));
  x.set("decidedBy", text(a.decidedBy));
  x.set("incorporatedIn", a.incorporatedIn ? Data(std::to_string(*a.incorporatedIn)) : Data(false));
  x.set("version", std::to_string(a.version));
  x.set("decide", may.decide && a.state == AmendmentState::kProposed);
  x.set("withdraw", may.mayWithdraw(v.actor(), a));
  x.set("stateAction", link(v, "/declarations/" + pathSegment(a.declaration.str()) + "/revisions/" +
                                   std::to_string(a.anchor.revision) + "/amendments/" + std::to_string(a.number) +
                                   "/state"));
  x.set("back", back);
  // Replies and support go to the amendment's unit, whichever page shows it.
  x.set("replyAction", link(v, unitPath(a.declaration, a.anchor.revision, a.anchor.unit) + "/comments"));
  // Who supports it: its own country, and whoever replied in support.
  List rs;
  std::vector<std::string> supporters;
  auto addSupporter = [&](const std::optional<CountryCode>& c) {
    std::string who = c ? countryName(site, *c) : v.words("amendment.the_secretariat");
    if (std::find(supporters.begin(), supporters.end(), who) == supporters.end()) supporters.push_back(who);
  };
  addSupporter(a.country);
  bool supportedByActor = v.actor().role == Role::kCoordinator ? a.country == v.actor().country : !a.country;
  for (const auto& c : replies) {
    if (c.replyToAmendment != a.number) continue;
    rs.push_back(commentData(site, v.words, c));
    if (!c.supports) continue;
    addSupporter(c.country);
    if (c.author == v.actor().name) supportedByActor = true;
  }
  std::string supportedBy;
  for (const auto& s : supporters) supportedBy += (supportedBy.empty() ? "" : ", ") + s;
  x.set("replies", rs);
  x.set("supportedBy", supportedBy);
  x.set("support", may.contribute && !supportedByActor &&
                       (a.state == AmendmentState::kProposed || a.state == AmendmentState::kAccepted));
  return x;
}

}  // namespace accord::web
