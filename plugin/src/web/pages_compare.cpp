// Revision history and the comparison of any two revisions, clause by clause,
// with insertions and deletions marked in place (domain/revision_diff.h).
#include "accord/app/compare_revisions.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// A page of the comparison holds units until it has this many marked spans (each
// becomes a view object of its own, far larger than its text), or this many
// units: the page's cost is bounded whatever the revisions' size. A unit is
// never split, so a page may run over by the spans of its last unit.
constexpr std::size_t kSpansPerPage = 2000;
constexpr std::size_t kUnitsPerPage = 200;

// Where each page of `changes` starts (the first is 0), filled greedily.
std::vector<std::size_t> pageStarts(const std::vector<ClauseChange>& changes) {
  std::vector<std::size_t> starts{0};
  std::size_t spans = 0, units = 0;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (units > 0 && (spans >= kSpansPerPage || units >= kUnitsPerPage)) {
      starts.push_back(i);
      spans = units = 0;
    }
    spans += changes[i].text.size() + changes[i].leadPhrase.size();
    ++units;
  }
  return starts;
}

List spans(const std::vector<TextSpan>& text) {
  List out;
  for (const TextSpan& s : text) {
    Data d;
    d.set("t", s.text);
    d.set("same", s.op == TextSpan::Op::kSame);
    d.set("ins", s.op == TextSpan::Op::kInserted);
    d.set("del", s.op == TextSpan::Op::kDeleted);
    out.push_back(d);
  }
  return out;
}

// The catalogue key of a change's kind.
const char* kindWords(ChangeKind k) {
  switch (k) {
    case ChangeKind::kUnchanged: return "compare.kind.unchanged";
    case ChangeKind::kAdded: return "compare.kind.added";
    case ChangeKind::kDeleted: return "compare.kind.deleted";
    case ChangeKind::kChanged: return "compare.kind.changed";
    case ChangeKind::kMoved: return "compare.kind.moved";
  }
  return "compare.kind.changed";
}

List revisionOptions(const Declaration& d, int chosen) {
  List out;
  for (const Revision& r : d.revisions) {
    Data o;
    o.set("value", std::to_string(r.number));
    o.set("label", "Revision " + std::to_string(r.number) + " — " + r.createdAt.date().iso() +
                       (r.changeNote.empty() ? "" : " — " + r.changeNote.substr(0, 60)));
    o.set("selected", r.number == chosen);
    out.push_back(o);
  }
  return out;
}

}  // namespace

Reply comparePage(const Site& site, Visit& v) {
  auto number = [&](const char* name) -> std::optional<int> {
    if (auto n = parseNumber(v.queryOr(name))) return static_cast<int>(*n);
    return std::nullopt;
  };
  auto compared = app::compareRevisions(site.ctx, v.actor(), DeclarationId(v.param("id")), number("from"),
                                        number("to"));
  if (!compared.ok()) return errorPage(site, v, compared.error());
  const Declaration* d = &compared->declaration;
  const RevisionComparison& cmp = compared->comparison;

  Data view = baseView(site, v, v.words("title.compare", {{"title", d->title}}));
  view.set("decl", declarationHeader(site, v, *d, "history"));
  view.set("fromOptions", revisionOptions(*d, cmp.from));
  view.set("toOptions", revisionOptions(*d, cmp.to));
  view.set("action", link(v, "/declarations/" + pathSegment(d->id.str()) + "/compare"));
  view.set("redlineHref", link(v, "/declarations/" + pathSegment(d->id.str()) + "/download?document=redline&from=" +
                                      std::to_string(cmp.from) + "&to=" + std::to_string(cmp.to)));
  view.set("from", std::to_string(cmp.from));
  view.set("to", std::to_string(cmp.to));
  view.set("added", std::to_string(cmp.added));
  view.set("removed", std::to_string(cmp.deleted));
  view.set("modified", std::to_string(cmp.changed));
  view.set("moved", std::to_string(cmp.moved));
  std::vector<std::size_t> starts = pageStarts(cmp.changes);
  std::size_t pageNo = static_cast<std::size_t>(parseNumber(v.queryOr("page")).value_or(1));
  if (pageNo < 1 || pageNo > starts.size())
    return errorPage(site, v, Error::notFound("The comparison has no such page."));
  std::size_t first = starts[pageNo - 1];
  std::size_t end = pageNo < starts.size() ? starts[pageNo] : cmp.changes.size();
  std::string here = "/declarations/" + pathSegment(d->id.str()) + "/compare?from=" + std::to_string(cmp.from) +
                     "&to=" + std::to_string(cmp.to) + "&page=";
  view.set("paged", starts.size() > 1);
  view.set("page", std::to_string(pageNo));
  view.set("pages", std::to_string(starts.size()));
  view.set("previousHref", pageNo > 1 ? Data(link(v, here + std::to_string(pageNo - 1))) : Data(false));
  view.set("nextHref", pageNo < starts.size() ? Data(link(v, here + std::to_string(pageNo + 1))) : Data(false));
  List changes;
  for (std::size_t i = first; i < end; ++i) {
    const ClauseChange& c = cmp.changes[i];
    Data x;
    x.set("recital", c.unit == UnitKind::kRecital);
    x.set("depth", std::to_string(c.depth));
    x.set("kind", toString(c.kind));
    x.set("kindWords", v.words(kindWords(c.kind)));
    x.set("changed", c.kind != ChangeKind::kUnchanged);
    x.set("label", c.labelAfter.empty() ? c.labelBefore : c.labelAfter);
    x.set("relabelled", !c.labelBefore.empty() && !c.labelAfter.empty() && c.labelBefore != c.labelAfter);
    x.set("labelBefore", c.labelBefore);
    x.set("leadPhrase", spans(c.leadPhrase));
    x.set("text", spans(c.text));
    changes.push_back(x);
  }
  view.set("changes", changes);
  view.set("closingFormula", spans(cmp.closingFormula));
  List history;
  for (auto it = d->revisions.rbegin(); it != d->revisions.rend(); ++it) {
    Data h;
    h.set("number", std::to_string(it->number));
    h.set("author", it->author);
    h.set("createdAt", it->createdAt.iso());
    h.set("changeNote", text(it->changeNote));
    h.set("href", link(v, "/declarations/" + pathSegment(d->id.str()) + "?revision=" + std::to_string(it->number)));
    history.push_back(h);
  }
  view.set("history", history);
  return renderPage(site, v, "compare", view);
}

}  // namespace accord::web
