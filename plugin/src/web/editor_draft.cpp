#include "editor_draft.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace accord::web {

using namespace accord::domain;

namespace {

std::string get(const Fields& f, const std::string& key) {
  auto it = f.find(key);
  return it == f.end() ? std::string() : it->second;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::vector<DraftRow> clausesOf(const std::vector<Clause>& clauses) {
  std::vector<DraftRow> out;
  for (const Clause& c : clauses) {
    DraftRow r;
    r.id = c.id.str();
    r.text = c.text;
    r.items = clausesOf(c.items);
    out.push_back(std::move(r));
  }
  return out;
}

// The rows posted directly under `parent` ("c", "c.1"), by the position each was
// posted with, a blank "new" row last.
// Rows go one level deeper than a text may, so that the domain names the row that
// is too deep; no further, so that a hostile form cannot recurse without end.
std::vector<DraftRow> rowsUnder(const Fields& form, const std::string& parent, int depth = 0) {
  struct Posted {
    std::string path;
    double order;
    bool isNew;
  };
  std::vector<Posted> posted;
  const std::string suffix = ".text", prefix = parent + ".";
  for (const auto& [key, value] : form) {
    if (key.size() <= prefix.size() + suffix.size() || key.compare(0, prefix.size(), prefix) != 0 ||
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string path = key.substr(0, key.size() - suffix.size());
    if (path.find('.', prefix.size()) != std::string::npos) continue;  // deeper
    posted.push_back({path, std::atof(get(form, path + ".order").c_str()), path == prefix + "new"});
  }
  std::stable_sort(posted.begin(), posted.end(), [](const Posted& a, const Posted& b) {
    if (a.order != b.order) return a.order < b.order;
    return !a.isNew && b.isNew;
  });
  std::vector<DraftRow> out;
  for (const Posted& p : posted) {
    DraftRow r;
    r.formPath = p.path;
    r.id = get(form, p.path + ".id");
    r.lead = get(form, p.path + ".lead");
    r.text = get(form, p.path + ".text");
    r.deleted = get(form, p.path + ".delete") == "1";
    if (parent != "r" && depth < kMaxClauseDepth) r.items = rowsUnder(form, p.path, depth + 1);
    if (r.id.empty() && blank(r.text) && blank(r.lead) && r.items.empty()) continue;  // an unused blank row
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Draft draftOf(const Revision& r) {
  Draft d;
  for (const Recital& rec : r.preamble) {
    DraftRow row;
    row.id = rec.id.str();
    row.lead = rec.leadPhrase;
    row.text = rec.text;
    d.recitals.push_back(std::move(row));
  }
  d.clauses = clausesOf(r.operative);
  return d;
}

Draft draftOfForm(const Fields& form) {
  Draft d;
  d.recitals = rowsUnder(form, "r");
  d.clauses = rowsUnder(form, "c");
  return d;
}

Result<std::string> applyEdit(Draft& d, const std::string& op) {
  auto bad = [&] { return Error::invalid("op", "is not a change this editor offers; reload the page and try again"); };
  std::istringstream in(op);
  std::string verb, path, rest;
  if (!(in >> verb >> path) || (in >> rest)) return bad();
  // The path's list and index at each level: "c.6.1" -> clauses[6].items[1].
  std::vector<std::size_t> at;
  std::istringstream parts(path);
  std::string head, part;
  std::getline(parts, head, '.');
  if (head != "r" && head != "c") return bad();
  while (std::getline(parts, part, '.')) {
    if (part.empty() || part.size() > 6 || part.find_first_not_of("0123456789") != std::string::npos) return bad();
    at.push_back(static_cast<std::size_t>(std::stoul(part)));
  }
  if (at.empty() || (head == "r" && at.size() != 1) || at.size() > static_cast<std::size_t>(kMaxClauseDepth))
    return bad();
  std::vector<DraftRow>* list = head == "r" ? &d.recitals : &d.clauses;
  for (std::size_t level = 0; level + 1 < at.size(); ++level) {
    if (at[level] >= list->size()) return bad();
    list = &(*list)[at[level]].items;
  }
  std::size_t i = at.back();
  if (i >= list->size()) return bad();
  std::string parent = path.substr(0, path.find_last_of('.'));
  auto pathAt = [&](std::size_t j) { return parent + "." + std::to_string(j); };
  if (verb == "up" || verb == "down") {
    std::size_t j = verb == "up" ? i - 1 : i + 1;
    if ((verb == "up" && i == 0) || j >= list->size()) return bad();
    std::swap((*list)[i], (*list)[j]);
    return verb + " " + pathAt(j);
  }
  if (verb == "add-after") {
    list->insert(list->begin() + static_cast<long>(i) + 1, DraftRow{});
    return "text " + pathAt(i + 1);
  }
  if (verb == "add-sub" && head == "c" && at.size() < static_cast<std::size_t>(kMaxClauseDepth)) {
    auto& items = (*list)[i].items;
    items.push_back(DraftRow{});
    return "text " + path + "." + std::to_string(items.size() - 1);
  }
  return bad();
}

}  // namespace accord::web
