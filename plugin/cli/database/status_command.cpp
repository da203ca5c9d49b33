// accord status: where a declaration stands — endorsement by country, then the
// commitments each country has taken on and how implementation is going.
#include <iostream>

#include "accord/domain/tally.h"
#include "args.h"
#include "bundle_loading.h"
#include "command.h"
#include "storage_access.h"
#include "table.h"

namespace accord::cli {
namespace {

using namespace domain;

std::string countryCell(const CountryCatalog& catalog, const CountryCode& c) {
  return catalog.shown(c) + " (" + c.str() + ")";
}

void printEndorsements(const LoadedBundle& b, const Declaration& decl) {
  EndorsementTally t = tallyEndorsements(b.dossier, decl);
  std::cout << "Endorsement status: " << t.signedCount << " of " << t.invited
            << " invited countries have signed (" << t.counts[EndorsementStatus::kEndorsed] << " endorsed, "
            << t.counts[EndorsementStatus::kEndorsedAdReferendum] << " ad referendum)\n\n";
  Table table({"Country", "Status", "Date", "Signer", "Method", "Note"});
  std::vector<CountryCode> footnoted;
  for (const auto& row : t.rows) {
    const Endorsement* e = row.endorsement;
    std::string note;
    if (e && e->onBehalf) note += "on behalf, recorded by " + e->recordedBy;
    if (e && !e->statement.empty()) note += std::string(note.empty() ? "" : "; ") + "statement";
    if (const Country* c = b.catalog.find(row.country); c && !c->footnote.empty()) footnoted.push_back(row.country);
    table.add({countryCell(b.catalog, row.country), toString(row.status()),
               e && e->date ? e->date->iso() : "",
               e && e->signer ? e->signer->name : "",
               e && e->method ? toString(*e->method) : "", note});
  }
  table.print(std::cout);
  for (const auto& c : footnoted) std::cout << "  " << b.catalog.shown(c) << " " << b.catalog.find(c)->footnote << "\n";
}

void printCommitments(const LoadedBundle& b, const Declaration& decl, Date today) {
  ImplementationMatrix m = implementationMatrix(b.dossier, decl, today);
  std::cout << "\nCommitments per country (timeliness as of " << today.iso() << "): " << m.commitments.size()
            << " commitments, " << m.cells.size() << " country assignments, " << m.overdue << " overdue\n\n";
  Table table({"Country", "Commitment", "Deadline", "Acceptance", "Status", "Assessment", "Timeliness",
               "Latest report"});
  for (const auto& country : m.countries)
    for (const auto& cell : m.cells) {
      if (cell.country != country) continue;
      const Assignment* a = cell.assignment;
      const ProgressReport* r = cell.latestReport;
      table.add({countryCell(b.catalog, country), cell.commitment->id.str(), cell.commitment->deadline.iso(),
                 a ? toString(a->acceptance) : "not assigned", a ? toString(a->status) : "",
                 a ? toString(a->assessment) : "", cell.timeliness ? toString(*cell.timeliness) : "-",
                 r ? r->periodEnd.iso() + " " + toString(r->state) + " " + std::to_string(r->percent) + "%" : ""});
    }
  table.print(std::cout);
}

int run(const std::vector<std::string>& argv) {
  Args args("accord status [BUNDLE.json] [--storage URI] [--declaration ID] [--today YYYY-MM-DD]",
            "Prints a declaration's endorsement status by country and the commitments per\n"
            "country with their implementation status and timeliness, from a bundle file or,\n"
            "without one, from the database.");
  args.positional("BUNDLE.json", "a conference bundle (see schema/bundle-format.md); omit to read the database",
                  false)
      .option("conference", "ID", "with the database: which conference (default: the only one stored)")
      .option("declaration", "ID", "the declaration to report on (default: the conference's first)")
      .option("today", "YYYY-MM-DD", "the date timeliness is judged against (default: today)")
      .option("countries", "FILE", "reference country list (default: samples/reference/countries.json)");
  withStorage(args);
  if (!args.parse(argv)) return args.exitCode();

  Date today = SystemClock().today();
  if (auto t = args.get("today")) {
    auto parsed = Date::parse("--today", *t);
    if (!parsed.ok()) {
      std::cerr << "error: --today " << parsed.error().message << "\n";
      return kExitUsage;
    }
    today = parsed.value();
  }
  std::optional<LoadedBundle> loaded;
  if (args.count() > 0) {
    loaded = loadBundle(args.at(0), args.get("countries", ""));
  } else if (auto store = openStorage("status", args)) {
    if (auto dossier = loadStoredConference("status", *store, args.get("conference", "")))
      loaded = withCatalog(std::move(*dossier), args.get("countries", ""));
  }
  if (!loaded) return kExitFailure;
  const Declaration* decl = pickDeclaration(loaded->dossier, args.get("declaration", ""));
  if (!decl) return kExitFailure;

  const Conference& c = loaded->dossier.conference;
  std::cout << c.title << "\n" << c.city << ", " << c.startDate.iso() << " to " << c.endDate.iso() << "\n\n"
            << decl->title << "\n"
            << "Status: " << toString(decl->status) << "; "
            << (decl->finalRevision ? "final text is revision " + std::to_string(*decl->finalRevision)
                                    : std::to_string(decl->revisions.size()) + " draft revision(s)")
            << "\n\n";
  printEndorsements(*loaded, *decl);
  printCommitments(*loaded, *decl, today);
  return kExitOk;
}

const CommandRegistrar kRegistrar({"status", "endorsement status and commitments per country of a bundle", run});

}  // namespace
}  // namespace accord::cli
