// The implementation report: the commitments, then one item per commitment and
// country (acceptance, status, assessment, timeliness, latest report), overdue
// items first.
#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "accord/domain/tally.h"
#include "text_format.h"
#include "view_model.h"

namespace accord::render {
namespace {

// Longest report summary printed in the matrix; the full narrative is in the XML.
constexpr std::size_t kSummaryChars = 240;

std::string decimal(double v) {
  std::ostringstream out;  // the classic locale: "2.5" whatever the process locale
  out.imbue(std::locale::classic());
  out.precision(15);
  out << v;
  return out.str();
}

std::string percent(int p, const Labels& l) {
  // French sets a narrow no-break space before the percent sign.
  return std::to_string(p) + (l.language == std::string_view("fr") ? "\u202f%" : "%");
}

void addCommitment(Node n, const domain::Commitment& c, std::size_t index,
                   const std::unordered_map<std::string, std::string>& clauses, const Labels& l) {
  std::string owner = "commitment " + c.id.str();
  auto found = clauses.find(c.clause.str());
  std::string clause = found == clauses.end() ? std::string() : found->second;
  n.set("ref", "C" + std::to_string(index + 1))
      .set("id", c.id.str())
      .lines("text", c.text, owner)
      .set("clauseId", c.clause.str())
      .set("clause", clause.empty() ? std::string(l.none) : clause)
      .set("deadline", formatDate(c.deadline, l.language))
      .set("deadlineIso", c.deadline.iso())
      .number("countryCount", static_cast<long long>(c.countries.size()))
      .flag("hasMilestones", !c.milestones.empty())
      .flag("hasIndicators", !c.indicators.empty());
  ListNode milestones = n.list("milestones", c.milestones.size());
  for (const auto& m : c.milestones)
    milestones.append()
        .set("id", m.id.str())
        .text("title", m.title, owner)
        .set("due", formatDate(m.due, l.language))
        .set("dueIso", m.due.iso())
        .set("state", labelOf(l.milestoneState, m.state))
        .set("stateCode", domain::toString(m.state));
  ListNode indicators = n.list("indicators", c.indicators.size());
  for (const auto& i : c.indicators)
    indicators.append()
        .text("name", i.name, owner)
        .set("baseline", decimal(i.baseline))
        .set("target", decimal(i.target))
        .text("unit", i.unit, owner);
}

void addReport(Node item, const domain::ProgressReport* r, const Labels& l) {
  item.flag("hasReport", r != nullptr);
  Node n = item.object("report");
  std::string owner = r ? "report " + r->id.str() : std::string();
  n.set("id", r ? r->id.str() : "")
      .set("period", r ? formatDateRange(r->periodStart, r->periodEnd, l.language) : "")
      .set("periodStartIso", r ? r->periodStart.iso() : "")
      .set("periodEndIso", r ? r->periodEnd.iso() : "")
      .set("percent", r ? percent(r->percent, l) : "")
      .number("percentValue", r ? r->percent : 0)
      .set("state", r ? labelOf(l.reportState, r->state) : "")
      .set("stateCode", r ? domain::toString(r->state) : "")
      .text("summary", r ? summarize(r->narrative, kSummaryChars) : std::string(), owner)
      .lines("narrative", r ? r->narrative : std::string(), owner);
}

void addItem(Node n, const domain::MatrixCell& cell, const std::string& ref, const Labels& l,
             CountryNames& names) {
  const domain::Assignment* a = cell.assignment;
  std::string owner = "the assignment of " + cell.commitment->id.str() + " to " + cell.country.str();
  bool dated = a && a->acceptanceDate;
  n.set("ref", ref)
      .set("commitmentId", cell.commitment->id.str())
      .set("code", cell.country.str())
      .text("country", names.shown(cell.country), owner)
      .flag("assigned", a != nullptr)
      .set("acceptance", a ? labelOf(l.acceptanceName, a->acceptance) : l.notAssigned)
      .set("acceptanceCode", a ? domain::toString(a->acceptance) : "")
      .flag("hasAcceptanceDate", dated)
      .set("acceptanceDate", dated ? formatDate(*a->acceptanceDate, l.language) : "")
      .set("acceptanceDateIso", dated ? a->acceptanceDate->iso() : "")
      .text("leadInstitution", a ? a->leadInstitution : std::string(), owner)
      .flag("hasLeadInstitution", a && !a->leadInstitution.empty())
      .set("status", a ? labelOf(l.implementationStatus, a->status) : l.none)
      .set("statusCode", a ? domain::toString(a->status) : "")
      .set("assessment", a ? labelOf(l.assessmentName, a->assessment) : l.none)
      .set("assessmentCode", a ? domain::toString(a->assessment) : "")
      .flag("hasTimeliness", cell.timeliness.has_value())
      .set("timeliness", cell.timeliness ? labelOf(l.timelinessName, *cell.timeliness) : l.notMeasured)
      .set("timelinessCode", cell.timeliness ? domain::toString(*cell.timeliness) : "")
      .flag("overdue", cell.timeliness == domain::Timeliness::kOverdue);
  addReport(n, cell.latestReport, l);
}

}  // namespace

domain::Result<Data> implementationView(const ViewInput& in) {
  const Labels& l = labelsFor(in.declaration.baseLanguage);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  addCommon(root, in, l, std::string(l.implementationReport) + ": " + in.declaration.title, true);

  domain::ImplementationMatrix m = domain::implementationMatrix(in.dossier, in.declaration, in.today);
  std::unordered_map<const domain::Commitment*, std::string> refs;
  auto clauses = clauseReferences(in.revision);
  ListNode commitments = root.list("commitments", m.commitments.size());
  for (std::size_t i = 0; i < m.commitments.size(); ++i) {
    addCommitment(commitments.append(), *m.commitments[i], i, clauses, l);
    refs.emplace(m.commitments[i], "C" + std::to_string(i + 1));
  }
  root.flag("hasCommitments", !m.commitments.empty());

  // Overdue first, otherwise in matrix order (commitment, then country).
  std::vector<const domain::MatrixCell*> cells;
  for (const auto& c : m.cells) cells.push_back(&c);
  std::stable_partition(cells.begin(), cells.end(),
                        [](const domain::MatrixCell* c) { return c->timeliness == domain::Timeliness::kOverdue; });
  CountryNames names(in.catalog, l.language, documentDate(in, true));
  ListNode items = root.list("items", cells.size());
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const auto* c : cells) {
    addItem(items.append(), *c, refs.at(c->commitment), l, names);
    if (c->timeliness) ++counts[static_cast<std::size_t>(*c->timeliness)];
  }
  root.flag("hasItems", !cells.empty())
      .number("itemCount", static_cast<long long>(cells.size()))
      .number("overdueCount", static_cast<long long>(m.overdue))
      .number("atRiskCount", static_cast<long long>(counts[static_cast<int>(domain::Timeliness::kAtRisk)]))
      .number("onTrackCount", static_cast<long long>(counts[static_cast<int>(domain::Timeliness::kOnTrack)]))
      .number("completedLateCount",
              static_cast<long long>(counts[static_cast<int>(domain::Timeliness::kCompletedLate)]))
      .set("overdueSummary", overdueSentence(l, m.overdue, cells.size()));
  ListNode timeliness = root.list("timelinessTotals", 4);
  for (auto t : {domain::Timeliness::kOverdue, domain::Timeliness::kAtRisk, domain::Timeliness::kOnTrack,
                 domain::Timeliness::kCompletedLate})
    timeliness.append()
        .set("timeliness", labelOf(l.timelinessName, t))
        .set("timelinessCode", domain::toString(t))
        .number("count", static_cast<long long>(counts[static_cast<int>(t)]));
  names.addNotes(root);
  return finish(std::move(data), state);
}

}  // namespace accord::render
