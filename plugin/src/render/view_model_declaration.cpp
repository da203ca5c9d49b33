// The declaration: preamble, operative clauses with their labels, closing formula
// and, for the final text, the endorsement table with its statements and notes.
#include "accord/domain/tally.h"
#include "text_format.h"
#include "view_model.h"

namespace accord::render {
namespace {

void addClauses(Node& parent, const std::vector<domain::Clause>& clauses, int depth) {
  parent.flag("hasItems", !clauses.empty());
  ListNode list = parent.list(depth == 0 ? "clauses" : "items", clauses.size());
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const domain::Clause& c = clauses[i];
    Node n = list.append();
    n.set("id", c.id.str())
        .set("label", domain::clauseLabel(depth, i))
        .number("level", depth)
        .lines("text", c.text, "clause " + c.id.str());
    // Below the deepest level an empty list, so that "items" never resolves to a
    // parent's list (Mustache looks missing keys up in enclosing objects).
    if (depth + 1 < domain::kMaxClauseDepth) {
      addClauses(n, c.items, depth + 1);
    } else {
      n.flag("hasItems", false);
      n.list("items", 0);
    }
  }
}

void addEndorsementTable(Node& root, const ViewInput& in, const Labels& l, CountryNames& names) {
  domain::EndorsementTally tally = domain::tallyEndorsements(in.dossier, in.declaration);
  std::size_t statements = 0;
  for (const auto& row : tally.rows)
    if (row.endorsement && !row.endorsement->statement.empty()) ++statements;

  ListNode rows = root.list("endorsements", tally.rows.size());
  ListNode notes = root.list("statements", statements);
  std::size_t marker = 0;
  for (const auto& row : tally.rows) {
    const domain::Endorsement* e = row.endorsement;
    std::string country = names.shown(row.country);
    std::string owner = "the endorsement of " + row.country.str();
    Node n = rows.append();
    n.set("code", row.country.str())
        .text("country", country, owner)
        .set("status", labelOf(l.endorsementStatus, row.status()))
        .set("statusCode", domain::toString(row.status()))
        .flag("hasSigner", e && e->signer)
        .text("signer", e && e->signer ? e->signer->name : std::string(), owner)
        .text("signerTitle", e && e->signer ? e->signer->title : std::string(), owner)
        .flag("hasDate", e && e->date)
        .set("date", e && e->date ? formatDate(*e->date, l.language) : std::string())
        .set("dateIso", e && e->date ? e->date->iso() : std::string());
    bool hasStatement = e && !e->statement.empty();
    std::string mark = hasStatement ? "[" + std::to_string(++marker) + "]" : std::string();
    n.flag("hasStatement", hasStatement).set("marker", mark);
    if (hasStatement)
      notes.append().set("marker", mark).text("country", country, owner).lines("text", e->statement, owner);
  }
  root.flag("hasStatements", statements > 0);
  root.flag("hasEndorsements", !tally.rows.empty());
  root.set("endorsedSummary", endorsedSentence(l, tally.signedCount, tally.invited));
  root.number("invitedCount", static_cast<long long>(tally.invited));
  root.number("signedCount", static_cast<long long>(tally.signedCount));
}

}  // namespace

domain::Result<Data> declarationView(const ViewInput& in) {
  const Labels& l = labelsFor(in.declaration.baseLanguage);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  addCommon(root, in, l, in.declaration.title, false);

  const auto& preamble = in.revision.preamble;
  root.flag("hasPreamble", !preamble.empty());
  ListNode recitals = root.list("recitals", preamble.size());
  for (const auto& r : preamble)
    recitals.append()
        .set("id", r.id.str())
        .flag("hasLead", !r.leadPhrase.empty())
        .text("lead", r.leadPhrase, "recital " + r.id.str())
        .lines("text", r.text, "recital " + r.id.str());
  addClauses(root, in.revision.operative, 0);
  root.flag("hasClosing", !in.revision.closingFormula.empty())
      .lines("closing", in.revision.closingFormula, "the closing formula");

  // The endorsement table belongs to the final text only; a draft has nothing to endorse.
  CountryNames names(in.catalog, l.language, documentDate(in, false));
  if (isFinalText(in)) {
    addEndorsementTable(root, in, l, names);
  } else {
    root.flag("hasEndorsements", false).flag("hasStatements", false);
    root.list("endorsements", 0);
    root.list("statements", 0);
    root.set("endorsedSummary", "").number("invitedCount", 0).number("signedCount", 0);
  }
  names.addNotes(root);
  return finish(std::move(data), state);
}

}  // namespace accord::render
