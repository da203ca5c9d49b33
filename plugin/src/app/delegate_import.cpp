#include "accord/app/delegate_import.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "accord/app/authorization.h"
#include "accord/base/csv.h"
#include "accord/base/sha256.h"
#include "accord/domain/party.h"
#include "conference_replace.h"

namespace accord::app {

using namespace accord::domain;

const char* toString(ImportOutcome o) {
  switch (o) {
    case ImportOutcome::kNewPerson: return "new_person";
    case ImportOutcome::kJoins: return "joins";
    case ImportOutcome::kRoleChanged: return "role_changed";
    case ImportOutcome::kUnchanged: return "unchanged";
    case ImportOutcome::kRefused: return "refused";
  }
  return "refused";
}

namespace {

constexpr std::size_t kMaxCellChars = 1000;  // no field of a delegate is longer; longer is refused unread
constexpr std::size_t kShownChars = 200;     // what the preview echoes of a cell

const std::array<const char*, 6> kColumns = {"country", "name", "title", "organization", "role", "email"};
const std::array<const char*, 3> kRequired = {"country", "name", "role"};

// At most kShownChars code points of valid UTF-8 `s`, marked when cut.
std::string shown(const std::string& s) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars++ == kShownChars) return s.substr(0, i) + "…";
  }
  return s;
}

std::string lowered(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Where each known column is in the file, from its header row.
Result<std::map<std::string, std::size_t>> columnsOf(const base::csv::Row& header) {
  std::map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name = lowered(header[i]);
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
      return Error::invalid("file.header", "column " + std::to_string(i + 1) + " of the header row (\"" +
                                               shown(header[i]) +
                                               "\") is not one of country, name, title, organization, role, email");
    if (at.count(name)) return Error::invalid("file.header", "the header row names the column " + name + " twice");
    at[name] = i;
  }
  for (const char* required : kRequired)
    if (!at.count(required))
      return Error::invalid("file.header", std::string("the header row has no column ") + required);
  return at;
}

// The id a person new to the directory gets: the same for the same country and
// name, so that an import that failed half-way (never stored) and is retried, or two
// secretaries importing the same file, make one person, not two.
PersonId newPersonId(const CountryCode& country, const std::string& name) {
  std::string code = country.str();
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return PersonId("p-" + code + "-" + base::sha256Hex(name).substr(0, 16));
}

// The organization of the directory `text` names by id, acronym or name.
const Organization* organizationNamed(const Directory& d, const std::string& text) {
  for (const Organization& o : d.organizations)
    if (o.id.str() == text || (!o.acronym.empty() && o.acronym == text) || o.name == text) return &o;
  return nullptr;
}

struct Plan {
  DelegateImport report;
  std::vector<Person> newPeople;
  Conference after;
};

// Puts `person` in `country`'s delegation of `c` with `role`, saying what changed.
ImportOutcome place(Conference& c, const CountryCode& country, const PersonId& person, DelegateRole role,
                    bool newToDirectory) {
  auto d = std::find_if(c.delegations.begin(), c.delegations.end(),
                        [&](const Delegation& x) { return x.country == country; });
  if (d == c.delegations.end()) d = c.delegations.insert(c.delegations.end(), Delegation{country, {}});
  auto m = std::find_if(d->members.begin(), d->members.end(),
                        [&](const DelegationMember& x) { return x.person == person; });
  if (m == d->members.end()) {
    d->members.push_back({person, role});
    return newToDirectory ? ImportOutcome::kNewPerson : ImportOutcome::kJoins;
  }
  if (m->role == role) return ImportOutcome::kUnchanged;
  m->role = role;
  return ImportOutcome::kRoleChanged;
}

// One row checked and matched against the directory and the delegations as they
// stand after the rows above it (so a name twice in a file is one change, not two).
void planRow(Plan& plan, const CountryCatalog& countries, const Directory& directory,
             const std::map<std::string, std::size_t>& at, const base::csv::Row& cells, std::size_t line) {
  ImportRow row;
  row.line = line;
  auto cell = [&](const char* column) -> std::string {
    auto it = at.find(column);
    return it == at.end() ? std::string() : cells[it->second];
  };
  auto refuse = [&](std::string column, std::string message) {
    row.problems.push_back({std::move(column), std::move(message)});
  };
  std::string* shownOf[] = {&row.country, &row.name, &row.title, &row.organization, &row.role, &row.email};
  bool readable = true;
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    std::string text = cell(kColumns[i]);
    *shownOf[i] = shown(text);
    if (countChars(text) > kMaxCellChars) {
      refuse(kColumns[i], "is longer than " + std::to_string(kMaxCellChars) + " characters");
      readable = false;
    }
  }
  if (readable) {
    auto country = CountryCode::parse("country", cell("country"));
    if (!country.ok() || !countries.require("country", *country).ok())
      refuse("country", "is not a known country code (two capital letters, e.g. MK)");
    auto role = parseDelegateRole("role", lowered(cell("role")));
    if (!role.ok()) refuse("role", "is not one of head_of_delegation, national_coordinator, expert, observer");
    Person p;
    p.name = cell("name");
    p.title = cell("title");
    p.email = cell("email");  // checked as the directory checks it (normalize below)
    const Organization* org = nullptr;
    if (!cell("organization").empty()) {
      org = organizationNamed(directory, cell("organization"));
      if (!org) refuse("organization", "is not an organization of this conference's directory (id, acronym or name)");
    }
    if (country.ok()) p.id = newPersonId(*country, p.name);
    else p.id = PersonId("p-unknown");
    if (Status s = normalize(p, "person"); !s.ok()) {
      std::string field = s.error().field.rfind("person.", 0) == 0 ? s.error().field.substr(7) : s.error().field;
      refuse(field, s.error().message);
    }
    if (row.problems.empty()) {
      row.name = shown(p.name);
      row.title = shown(p.title);
      row.email = shown(p.email);
      if (org) p.organization = org->id;
      p.country = *country;
      auto sameOne = [&](const Person& k) { return k.name == p.name && k.country == p.country; };
      auto known = std::find_if(directory.people.begin(), directory.people.end(), sameOne);
      bool inDirectory = known != directory.people.end();
      auto earlier = std::find_if(plan.newPeople.begin(), plan.newPeople.end(), sameOne);
      if (inDirectory) {
        row.person = known->id;
      } else if (earlier != plan.newPeople.end()) {
        row.person = earlier->id;
      } else if (std::any_of(directory.people.begin(), directory.people.end(),
                             [&](const Person& k) { return k.id == p.id; })) {
        refuse("name", "makes the id " + p.id.str() + ", which someone else in the directory has");
      } else {
        row.person = p.id;
        plan.newPeople.push_back(p);
      }
      if (row.problems.empty()) row.outcome = place(plan.after, *country, row.person, *role, !inDirectory);
    }
  }
  if (!row.problems.empty()) {
    row.outcome = ImportOutcome::kRefused;
    ++plan.report.refused;
  } else if (row.outcome != ImportOutcome::kUnchanged) {
    ++plan.report.changes;
  }
  plan.report.rows.push_back(std::move(row));
}

// The whole file planned against the stored conference and directory.
Result<Plan> planImport(Repositories& r, const CountryCatalog& countries, const Conference& c, std::string_view csv) {
  base::csv::ReadOptions options;
  options.maxBytes = kMaxImportBytes;
  auto read = base::csv::read(csv, options);
  if (!read.ok())
    return Error::invalid("file", read.error->line ? "line " + std::to_string(read.error->line) + ": " +
                                                         read.error->message
                                                   : read.error->message);
  const auto& rows = read.table.rows;
  if (rows.size() < 2) return Error::invalid("file", "the file has no delegates under its header row");
  if (rows.size() - 1 > kMaxImportRows)
    return Error::invalid("file", "the file has more than " + std::to_string(kMaxImportRows) +
                                      " delegates; split it into smaller files");
  auto at = columnsOf(rows.front());
  if (!at.ok()) return at.error();
  auto directory = r.conferences().directory(c.id);
  if (!directory.ok()) return directory.error();
  Plan plan{{}, {}, c};
  // Rows are numbered as records, the header being 1: the reader skips blank
  // lines, and a cell with quoted line breaks is one row, whatever a text editor shows.
  for (std::size_t i = 1; i < rows.size(); ++i) planRow(plan, countries, *directory, *at, rows[i], i + 1);
  return plan;
}

Result<Conference> stored(Repositories& r, const ConferenceId& id) { return r.conferences().get(id); }

}  // namespace

Result<DelegateImport> previewDelegateImport(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                             const ConferenceId& id, std::string_view csv) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  return transact<DelegateImport>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<DelegateImport> {
    auto c = stored(r, id);
    if (!c.ok()) return c.error();
    auto plan = planImport(r, countries, *c, csv);
    if (!plan.ok()) return plan.error();
    return std::move(plan->report);
  });
}

Result<ImportedDelegates> importDelegates(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                   const ConferenceId& id, std::string_view csv, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  return transact<ImportedDelegates>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ImportedDelegates> {
    auto before = stored(r, id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("conference " + id.str(), before->version, expectedVersion); !s.ok())
      return s.error();
    auto plan = planImport(r, countries, *before, csv);
    if (!plan.ok()) return plan.error();
    for (const ImportRow& row : plan->report.rows)
      if (!row.problems.empty()) {
        const ImportProblem& p = row.problems.front();
        return Error::invalid("row " + std::to_string(row.line) + (p.column.empty() ? "" : "." + p.column),
                              p.message + "; nothing was imported");
      }
    if (plan->report.changes == 0) return ImportedDelegates{*before, std::move(plan->report)};
    for (const Person& p : plan->newPeople)
      if (Status s = r.conferences().addPerson(id, p); !s.ok()) return s.error();
    auto after = detail::replaceConference(r, ctx, actor, *before, std::move(plan->after), expectedVersion);
    if (!after.ok()) return after.error();
    return ImportedDelegates{std::move(*after), std::move(plan->report)};
  });
}

}  // namespace accord::app
