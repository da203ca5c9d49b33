#include "editor_form.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

namespace accord::web {

namespace {

std::string get(const Fields* f, const std::string& key, const std::string& otherwise) {
  if (!f) return otherwise;
  auto it = f->find(key);
  return it == f->end() ? otherwise : it->second;
}

// What a row shows whatever its kind: its path, position, text, error and focus.
Data rowData(const DraftRow& row, const std::string& path, std::size_t i,
             const std::map<std::string, std::string>& errors, const std::string& focus) {
  Data d;
  d.set("path", path);
  d.set("id", row.id);
  d.set("isNew", false);
  d.set("order", std::to_string(i + 1));
  d.set("text", row.text);
  d.set("deleted", row.deleted);
  auto e = row.formPath.empty() ? errors.end() : errors.find(row.formPath);
  d.set("error", text(e == errors.end() ? "" : e->second));
  d.set("focusText", focus == "text " + path);
  return d;
}

// The buttons of row `i` of `n` at `path`, named with `name` ("clause 7").
// `kind` is "clause", "sub-item" or "recital", each named in the catalogue (editor.kind.*,
// editor.name.* with the number).
void buttons(const Wording& w, Data& d, const std::string& path, const std::string& kind, const std::string& number,
             std::size_t i, std::size_t n, const std::string& focus) {
  d.set("name", w("editor.name." + kind, {{"n", number}}));
  d.set("kind", w("editor.kind." + kind));
  d.set("upOp", "up " + path);
  d.set("downOp", "down " + path);
  d.set("addAfterOp", "add-after " + path);
  d.set("canUp", i > 0);
  d.set("canDown", i + 1 < n);
  d.set("focusUp", focus == "up " + path);
  d.set("focusDown", focus == "down " + path);
}

Data blankRow(const std::string& path, std::size_t n, int depth, const std::string& label) {
  Data d;
  d.set("path", path);
  d.set("id", "");
  d.set("isNew", true);
  d.set("label", label);
  d.set("order", std::to_string(n + 1));
  d.set("text", "");
  d.set("deleted", false);
  d.set("error", false);
  d.set("depth", std::to_string(depth));
  d.set("items", List());
  return d;
}

// `number` is the parent's printed number ("7", "7(a)"), empty at the top.
List clauseRows(const Wording& w, const std::vector<DraftRow>& rows, const std::string& parent, const std::string& number,
                int depth, const std::map<std::string, std::string>& errors, const std::string& focus) {
  List out;
  std::size_t shown = 0;  // deleted rows keep their place on screen but not a number
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string path = parent + "." + std::to_string(i);
    Data d = rowData(rows[i], path, i, errors, focus);
    std::string label = rows[i].deleted ? w("editor.deleted") : domain::clauseLabel(depth, shown++);
    std::string printed = depth == 0 ? label.substr(0, label.size() - 1) : number + label;
    d.set("label", label);
    d.set("depth", std::to_string(depth));
    buttons(w, d, path, depth == 0 ? "clause" : "sub_item", printed, i, rows.size(), focus);
    bool deeper = depth + 1 < domain::kMaxClauseDepth;
    d.set("canAddSub", deeper);
    d.set("addSubOp", "add-sub " + path);
    d.set("items", deeper ? clauseRows(w, rows[i].items, path, printed, depth + 1, errors, focus) : List());
    out.push_back(d);
  }
  // One blank row to add at the end of the clauses; sub-items come by "Add a sub-item".
  if (depth == 0) out.push_back(blankRow(parent + ".new", rows.size(), 0, w("editor_row.new_clause")));
  return out;
}

}  // namespace

Data editorRows(const Wording& w, const Draft& draft, const std::map<std::string, std::string>& errors,
                const std::string& focus) {
  Data out;
  List recitals;
  for (std::size_t i = 0; i < draft.recitals.size(); ++i) {
    const std::string path = "r." + std::to_string(i);
    Data d = rowData(draft.recitals[i], path, i, errors, focus);
    d.set("lead", draft.recitals[i].lead);
    buttons(w, d, path, "recital", std::to_string(i + 1), i, draft.recitals.size(), focus);
    recitals.push_back(d);
  }
  Data blank = blankRow("r.new", draft.recitals.size(), 0, w("editor.new_recital"));
  blank.set("lead", "");
  recitals.push_back(blank);
  out.set("recitals", recitals);
  out.set("clauses", clauseRows(w, draft.clauses, "c", "", 0, errors, focus));
  return out;
}

namespace {

// The clauses of `rows` that stay (not ticked "Delete"), with ids made for new ones;
// `pathOf` learns each one's form path under its place in the text (`fieldPath`).
std::vector<domain::Clause> clausesOf(const std::vector<DraftRow>& rows, const std::string& fieldPath,
                                      const std::function<std::string()>& newId,
                                      std::map<std::string, std::string>& pathOf) {
  std::vector<domain::Clause> out;
  for (const DraftRow& row : rows) {
    if (row.deleted) continue;
    domain::Clause c;
    c.id = domain::ClauseId(row.id.empty() ? newId() : row.id);
    c.text = row.text;
    std::string here = fieldPath + "[" + std::to_string(out.size()) + "]";
    pathOf[here] = row.formPath;
    c.items = clausesOf(row.items, here + ".items", newId, pathOf);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

ParsedText parseEditorForm(const Fields& form, const std::function<std::string()>& newId) {
  ParsedText out;
  Draft draft = draftOfForm(form);
  for (const DraftRow& row : draft.recitals) {
    if (row.deleted) continue;
    domain::Recital rec;
    rec.id = domain::ClauseId(row.id.empty() ? newId() : row.id);
    rec.leadPhrase = row.lead;
    rec.text = row.text;
    out.pathOf["revision.preamble[" + std::to_string(out.revision.preamble.size()) + "]"] = row.formPath;
    out.revision.preamble.push_back(std::move(rec));
  }
  out.revision.operative = clausesOf(draft.clauses, "revision.operative", newId, out.pathOf);
  out.revision.closingFormula = get(&form, "closingFormula", "");
  out.revision.changeNote = get(&form, "changeNote", "");
  return out;
}

std::string rowOfError(const ParsedText& parsed, const std::string& field) {
  // The longest known row path that prefixes the field: "revision.operative[2].items[0].text".
  std::string best;
  for (const auto& [fieldPath, formPath] : parsed.pathOf)
    if (field.compare(0, fieldPath.size(), fieldPath) == 0 &&
        (field.size() == fieldPath.size() || field[fieldPath.size()] == '.') && fieldPath.size() > best.size())
      best = fieldPath;
  return best.empty() ? "" : parsed.pathOf.at(best);
}

}  // namespace accord::web
