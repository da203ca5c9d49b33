#include "commitment_form.h"

#include <sstream>

#include "accord/base/number_text.h"
#include "accord/domain/text.h"
#include "view_common.h"
#include "words.h"

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

namespace {
std::string fieldOf(const Fields& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// Reads the form into `c`, going on past a bad line or field so that `errors`
// gets each box's first error (what is unreadable is left out of `c`).
void readInto(const Fields& form, Commitment& c, std::vector<Error>& errors) {
  c.text = fieldOf(form, "text");
  c.clause = ClauseId(fieldOf(form, "clause"));
  auto deadline = Date::parse("deadline", fieldOf(form, "deadline"));
  if (deadline.ok()) c.deadline = *deadline;
  else errors.push_back(deadline.error());
  c.milestones.clear();
  for (const auto& [line, cells] : rows(fieldOf(form, "milestones"))) {
    if (cells.size() < 3 || cells.size() > 4) {
      errors.push_back(lineError("milestones", line, "write id | title | due date (YYYY-MM-DD), optionally | state"));
      continue;
    }
    auto due = Date::parse("milestones", cells[2]);
    if (!due.ok()) {
      errors.push_back(lineError("milestones", line, due.error().message));
      continue;
    }
    MilestoneState state = MilestoneState::kPending;
    if (cells.size() == 4 && !cells[3].empty()) {
      auto parsed = parseMilestoneState("milestones", cells[3]);
      if (!parsed.ok()) {
        errors.push_back(lineError("milestones", line, parsed.error().message));
        continue;
      }
      state = *parsed;
    }
    c.milestones.push_back({MilestoneId(cells[0]), cells[1], *due, state});
  }
  c.indicators.clear();
  for (const auto& [line, cells] : rows(fieldOf(form, "indicators"))) {
    if (cells.size() < 3 || cells.size() > 4) {
      errors.push_back(lineError("indicators", line, "write name | baseline | target, optionally | unit"));
      continue;
    }
    auto baseline = decimal("indicators", line, cells[1], "the baseline");
    auto target = decimal("indicators", line, cells[2], "the target");
    if (!baseline.ok() || !target.ok()) {
      errors.push_back(baseline.ok() ? target.error() : baseline.error());
      continue;
    }
    c.indicators.push_back({cells[0], *baseline, *target, cells.size() == 4 ? cells[3] : ""});
  }
  c.countries.clear();
  const std::string prefix = "country.";
  for (const auto& [name, value] : form)
    if (name.compare(0, prefix.size(), prefix) == 0 && value == "on") {
      auto code = CountryCode::parse("countries", name.substr(prefix.size()));
      if (code.ok()) c.countries.push_back(*code);
      else errors.push_back(code.error());
    }
}
}  // namespace

Status readCommitmentForm(const Fields& form, Commitment& c) {
  std::vector<Error> errors;
  readInto(form, c, errors);
  if (!errors.empty()) return errors.front();
  return {};
}

std::vector<Error> commitmentFormErrors(const Fields& form, bool creating) {
  std::vector<Error> errors;
  // In the form's order, so that the summary reads top to bottom.
  if (creating)
    if (Status s = validateId("id", fieldOf(form, "id")); !s.ok()) errors.push_back(s.error());
  if (auto t = validateText("text", fieldOf(form, "text"), text_rules::kClause); !t.ok()) errors.push_back(t.error());
  if (fieldOf(form, "clause").empty())
    errors.push_back(Error::invalid("clause", "choose the operative clause the commitment implements"));
  Commitment c;
  readInto(form, c, errors);
  bool hasDeadline = Date::parse("deadline", fieldOf(form, "deadline")).ok();
  // The domain's rules a form can check alone (normalize(Commitment) stops at the first).
  for (const Milestone& m : c.milestones)
    if (hasDeadline && m.due > c.deadline)
      errors.push_back(Error::invalid("milestones", "the milestone " + quoted(m.title) +
                                                        " is due after the commitment's deadline " + c.deadline.iso()));
  if (c.countries.empty()) errors.push_back(Error::invalid("countries", "must name at least one country"));
  return errors;
}

}  // namespace accord::web
