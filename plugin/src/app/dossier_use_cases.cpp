#include "accord/app/dossier_use_cases.h"

#include "accord/app/authorization.h"
#include "accord/base/json_writer.h"
#include "support.h"

namespace accord::app {

using base::JsonWriter;

using namespace accord::domain;

namespace {
ImportSummary summarize(const Dossier& d) {
  return {d.conference.id, d.declarations.size(), d.endorsements.size(), d.commitments.size(), d.assignments.size(),
          d.reports.size()};
}

// The audit event of an import records what arrived, not the records themselves:
// they are in the tables, and a 100 MB event would help nobody.
std::string summaryJson(const ImportSummary& s) {
  JsonWriter w;
  w.beginObject()
      .field("conference", s.conference.str())
      .field("declarations", static_cast<std::int64_t>(s.declarations))
      .field("endorsements", static_cast<std::int64_t>(s.endorsements))
      .field("commitments", static_cast<std::int64_t>(s.commitments))
      .field("assignments", static_cast<std::int64_t>(s.assignments))
      .field("reports", static_cast<std::int64_t>(s.reports))
      .endObject();
  return w.str();
}
}  // namespace

Result<ImportSummary> importDossier(const Context& ctx, const Actor& actor, Dossier dossier,
                                    const CountryCatalog& catalog) {
  if (Status s = authorize(actor, Action::kImportExport); !s.ok()) return s.error();
  std::vector<Error> problems = normalize(dossier, catalog);
  if (!problems.empty()) {
    Error first = problems.front();
    if (problems.size() > 1) first.message += " (and " + std::to_string(problems.size() - 1) + " more problems)";
    return first;
  }
  ImportSummary summary = summarize(dossier);
  return transact<ImportSummary>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ImportSummary> {
    if (Status s = r.dossiers().insert(dossier); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "conference.imported", "conference", dossier.conference.id.str(), "",
                                 summaryJson(summary));
        !s.ok())
      return s.error();
    return summary;
  });
}

Result<Dossier> exportDossier(const Context& ctx, const Actor& actor, const ConferenceId& id) {
  if (Status s = authorize(actor, Action::kImportExport); !s.ok()) return s.error();
  return transact<Dossier>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) { return r.dossiers().load(id); });
}

Result<std::vector<ConferenceId>> storedConferences(const Context& ctx, std::size_t limit) {
  return transact<std::vector<ConferenceId>>(
      ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<std::vector<ConferenceId>> {
        std::vector<ConferenceId> ids;
        PageRequest page{kMaxPageSize, {}};
        while (ids.size() < limit) {
          auto p = r.conferences().list(page);
          if (!p.ok()) return p.error();
          for (auto& c : p->items)
            if (ids.size() < limit) ids.push_back(c.id);
          if (p->next.empty()) break;
          page.after = p->next;
        }
        return ids;
      });
}

}  // namespace accord::app
