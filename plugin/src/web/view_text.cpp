#include "view_text.h"

namespace accord::web {

namespace {
void addClauses(const std::vector<domain::Clause>& clauses, int depth, List& out, const DecorateUnit& decorate) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const domain::Clause& c = clauses[i];
    Data row;
    row.set("id", c.id.str());
    row.set("label", domain::clauseLabel(depth, i));
    row.set("depth", std::to_string(depth));
    row.set("text", c.text);
    if (decorate) decorate(c.id, row);
    out.push_back(row);
    addClauses(c.items, depth + 1, out, decorate);
  }
}
}  // namespace

Data revisionText(const domain::Revision& r, const DecorateUnit& decorate) {
  Data d;
  List recitals;
  for (const domain::Recital& rec : r.preamble) {
    Data x;
    x.set("id", rec.id.str());
    x.set("leadPhrase", text(rec.leadPhrase));
    x.set("text", rec.text);
    if (decorate) decorate(rec.id, x);
    recitals.push_back(x);
  }
  List clauses;
  addClauses(r.operative, 0, clauses, decorate);
  d.set("recitals", recitals);
  d.set("clauses", clauses);
  d.set("closingFormula", text(r.closingFormula));
  d.set("number", std::to_string(r.number));
  d.set("author", r.author);
  d.set("createdAt", r.createdAt.iso());
  d.set("changeNote", text(r.changeNote));
  return d;
}

}  // namespace accord::web
