#include "commitment_form.h"

#include <sstream>

#include "accord/base/number_text.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// The non-blank lines of `text`, each split at '|' and trimmed, with their line numbers.
std::vector<std::pair<int, std::vector<std::string>>> rows(const std::string& text) {
  std::vector<std::pair<int, std::vector<std::string>>> out;
  std::istringstream in(text);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (trimmed(line).empty()) continue;
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t bar; (bar = line.find('|', start)) != std::string::npos; start = bar + 1)
      cells.push_back(trimmed(line.substr(start, bar - start)));
    cells.push_back(trimmed(line.substr(start)));
    out.emplace_back(n, std::move(cells));
  }
  return out;
}

Error lineError(const char* field, int line, const std::string& message) {
  return Error::invalid(field, "line " + std::to_string(line) + ": " + message);
}

Result<double> decimal(const char* field, int line, const std::string& cell, const char* what) {
  if (auto x = parseDecimal(cell)) return *x;
  return lineError(field, line, std::string(what) + " must be a number");
}

}  // namespace

std::string milestoneLines(const std::vector<Milestone>& ms) {
  std::string out;
  for (const auto& m : ms) out += m.id.str() + " | " + m.title + " | " + m.due.iso() + " | " + toString(m.state) + "\n";
  return out;
}

std::string indicatorLines(const std::vector<Indicator>& is) {
  std::string out;
  for (const auto& i : is)
    out += i.name + " | " + base::numberText(i.baseline) + " | " + base::numberText(i.target) + " | " + i.unit + "\n";
  return out;
}

Status readCommitmentForm(const Fields& form, Commitment& c) {
  auto field = [&](const std::string& name) {
    auto it = form.find(name);
    return it == form.end() ? std::string() : it->second;
  };
  c.text = field("text");
  c.clause = ClauseId(field("clause"));
  auto deadline = Date::parse("deadline", field("deadline"));
  if (!deadline.ok()) return deadline.error();
  c.deadline = *deadline;
  c.milestones.clear();
  for (const auto& [line, cells] : rows(field("milestones"))) {
    if (cells.size() < 3 || cells.size() > 4)
      return lineError("milestones", line, "write id | title | due date (YYYY-MM-DD), optionally | state");
    auto due = Date::parse("milestones", cells[2]);
    if (!due.ok()) return lineError("milestones", line, due.error().message);
    MilestoneState state = MilestoneState::kPending;
    if (cells.size() == 4 && !cells[3].empty()) {
      auto parsed = parseMilestoneState("milestones", cells[3]);
      if (!parsed.ok()) return lineError("milestones", line, parsed.error().message);
      state = *parsed;
    }
    c.milestones.push_back({MilestoneId(cells[0]), cells[1], *due, state});
  }
  c.indicators.clear();
  for (const auto& [line, cells] : rows(field("indicators"))) {
    if (cells.size() < 3 || cells.size() > 4)
      return lineError("indicators", line, "write name | baseline | target, optionally | unit");
    auto baseline = decimal("indicators", line, cells[1], "the baseline");
    if (!baseline.ok()) return baseline.error();
    auto target = decimal("indicators", line, cells[2], "the target");
    if (!target.ok()) return target.error();
    c.indicators.push_back({cells[0], *baseline, *target, cells.size() == 4 ? cells[3] : ""});
  }
  c.countries.clear();
  const std::string prefix = "country.";
  for (const auto& [name, value] : form)
    if (name.compare(0, prefix.size(), prefix) == 0 && value == "on") {
      auto code = CountryCode::parse("countries", name.substr(prefix.size()));
      if (!code.ok()) return code.error();
      c.countries.push_back(*code);
    }
  return {};
}

}  // namespace accord::web
