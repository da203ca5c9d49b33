#include "view_text.h"

namespace accord::web {

namespace {
void addClauses(const std::vector<domain::Clause>& clauses, int depth, List& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const domain::Clause& c = clauses[i];
    Data row;
    row.set("id", c.id.str());
    row.set("label", domain::clauseLabel(depth, i));
    row.set("depth", std::to_string(depth));
    row.set("text", c.text);
    out.push_back(row);
    addClauses(c.items, depth + 1, out);
  }
}
}  // namespace

Data revisionText(const domain::Revision& r) {
  Data d;
  List recitals;
  for (const domain::Recital& rec : r.preamble) {
    Data x;
    x.set("leadPhrase", text(rec.leadPhrase));
    x.set("text", rec.text);
    recitals.push_back(x);
  }
  List clauses;
  addClauses(r.operative, 0, clauses);
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
