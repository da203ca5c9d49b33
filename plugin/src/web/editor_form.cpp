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

Data clauseRows(const std::vector<domain::Clause>& clauses, const std::string& parent, int depth,
                const std::map<std::string, std::string>& errors, const Fields* posted) {
  List rows;
  auto row = [&](const std::string& path, const domain::Clause* c, std::size_t i) {
    Data d;
    d.set("path", path);
    d.set("id", c ? c->id.str() : "");
    d.set("label", c ? domain::clauseLabel(depth, i) : depth == 0 ? "New clause" : "New sub-item");
    d.set("isNew", c == nullptr);
    d.set("order", get(posted, path + ".order", std::to_string(i + 1)));
    d.set("text", get(posted, path + ".text", c ? c->text : ""));
    d.set("deleted", get(posted, path + ".delete", "") == "1");
    auto e = errors.find(path);
    d.set("error", text(e == errors.end() ? "" : e->second));
    d.set("depth", std::to_string(depth));
    static const std::vector<domain::Clause> none;
    // Sub-items: existing ones and, under clauses and sub-items that exist, a blank one to add.
    bool deeper = depth + 1 < domain::kMaxClauseDepth && c != nullptr;
    d.set("items", deeper ? clauseRows(c->items, path, depth + 1, errors, posted) : Data(List()));
    rows.push_back(d);
  };
  for (std::size_t i = 0; i < clauses.size(); ++i) row(parent + "." + std::to_string(i), &clauses[i], i);
  row(parent + ".new", nullptr, clauses.size());
  return rows;
}

}  // namespace

Data editorRows(const domain::Revision& r, const std::map<std::string, std::string>& errors, const Fields* posted) {
  Data out;
  List recitals;
  for (std::size_t i = 0; i <= r.preamble.size(); ++i) {
    const domain::Recital* rec = i < r.preamble.size() ? &r.preamble[i] : nullptr;
    std::string path = rec ? "r." + std::to_string(i) : "r.new";
    Data d;
    d.set("path", path);
    d.set("id", rec ? rec->id.str() : "");
    d.set("isNew", rec == nullptr);
    d.set("order", get(posted, path + ".order", std::to_string(i + 1)));
    d.set("lead", get(posted, path + ".lead", rec ? rec->leadPhrase : ""));
    d.set("text", get(posted, path + ".text", rec ? rec->text : ""));
    d.set("deleted", get(posted, path + ".delete", "") == "1");
    auto e = errors.find(path);
    d.set("error", text(e == errors.end() ? "" : e->second));
    recitals.push_back(d);
  }
  out.set("recitals", recitals);
  out.set("clauses", clauseRows(r.operative, "c", 0, errors, posted));
  out.set("closingFormula", get(posted, "closingFormula", r.closingFormula));
  out.set("changeNote", get(posted, "changeNote", ""));
  return out;
}

namespace {

// One posted row before it is placed: its form path and its fields.
struct Row {
  std::string path;
  double order = 0;
  std::size_t seen = 0;  // form order, to keep equal positions stable
};

// The form paths of rows directly under `parent` ("c" or "c.1") that were posted.
std::vector<Row> childrenOf(const Fields& form, const std::string& parent) {
  std::vector<Row> rows;
  std::size_t seen = 0;
  for (const auto& [key, value] : form) {
    const std::string suffix = ".text";
    if (key.size() <= parent.size() + 1 + suffix.size() || key.compare(0, parent.size() + 1, parent + ".") != 0 ||
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string path = key.substr(0, key.size() - suffix.size());
    if (path.find('.', parent.size() + 1) != std::string::npos) continue;  // deeper
    Row r;
    r.path = path;
    r.order = std::atof(get(&form, path + ".order", "0").c_str());
    r.seen = seen++;
    rows.push_back(r);
  }
  // "new" rows go last among equal positions; otherwise by the position typed.
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.order != b.order) return a.order < b.order;
    bool an = a.path.size() >= 4 && a.path.compare(a.path.size() - 4, 4, ".new") == 0;
    bool bn = b.path.size() >= 4 && b.path.compare(b.path.size() - 4, 4, ".new") == 0;
    return !an && bn;
  });
  return rows;
}

bool dropped(const Fields& form, const std::string& path) {
  std::string id = get(&form, path + ".id", "");
  std::string text = get(&form, path + ".text", "");
  if (get(&form, path + ".delete", "") == "1") return true;
  return id.empty() && text.find_first_not_of(" \t\r\n") == std::string::npos;  // an unused blank row
}

std::vector<domain::Clause> parseClauses(const Fields& form, const std::string& parent, const std::string& fieldPath,
                                         const std::function<std::string()>& newId,
                                         std::map<std::string, std::string>& pathOf) {
  std::vector<domain::Clause> out;
  for (const Row& row : childrenOf(form, parent)) {
    if (dropped(form, row.path)) continue;
    domain::Clause c;
    std::string id = get(&form, row.path + ".id", "");
    c.id = domain::ClauseId(id.empty() ? newId() : id);
    c.text = get(&form, row.path + ".text", "");
    std::string here = fieldPath + "[" + std::to_string(out.size()) + "]";
    pathOf[here] = row.path;
    c.items = parseClauses(form, row.path, here + ".items", newId, pathOf);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

ParsedText parseEditorForm(const Fields& form, const std::function<std::string()>& newId) {
  ParsedText out;
  for (const Row& row : childrenOf(form, "r")) {
    if (dropped(form, row.path)) continue;
    domain::Recital rec;
    std::string id = get(&form, row.path + ".id", "");
    rec.id = domain::ClauseId(id.empty() ? newId() : id);
    rec.leadPhrase = get(&form, row.path + ".lead", "");
    rec.text = get(&form, row.path + ".text", "");
    out.pathOf["revision.preamble[" + std::to_string(out.revision.preamble.size()) + "]"] = row.path;
    out.revision.preamble.push_back(std::move(rec));
  }
  out.revision.operative = parseClauses(form, "c", "revision.operative", newId, out.pathOf);
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
