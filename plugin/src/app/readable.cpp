#include "readable.h"

#include <algorithm>

#include "accord/app/authorization.h"

namespace accord::app::detail {

using namespace accord::domain;

// The messages below are the repositories' for an unknown record, word for word:
// a hidden record must not be told apart from a missing one.

Status expectReadable(const Actor& actor, const Declaration& d) {
  if (mayReadDeclaration(actor, d.status)) return {};
  return Error::notFound("declaration " + d.id.str() + " does not exist", "declaration");
}

namespace {
Status reportNotFound(const ProgressReport& report) {
  return Error::notFound("report " + report.id.str() + " does not exist", "report");
}
}  // namespace

Status expectReadable(Repositories& r, const Actor& actor, const Commitment& c) {
  if (readsDrafts(actor)) return {};
  auto d = r.declarations().get(c.declaration);
  if (!d.ok()) return d.error();
  if (mayReadDeclaration(actor, d->status)) return {};
  return Error::notFound("commitment " + c.id.str() + " does not exist", "commitment");
}

Status expectReadable(Repositories& r, const Actor& actor, const ProgressReport& report) {
  if (!mayReadReport(actor, report)) return reportNotFound(report);
  if (readsDrafts(actor)) return {};
  auto c = r.commitments().get(report.commitment);
  if (!c.ok()) return c.error();
  if (!expectReadable(r, actor, *c).ok()) return reportNotFound(report);
  return {};
}

void keepReadable(const Actor& actor, Declaration& d) {
  auto& revs = d.revisions;
  revs.erase(std::remove_if(revs.begin(), revs.end(),
                            [&](const Revision& r) { return !mayReadRevision(actor, d, r.number); }),
             revs.end());
}

void keepReadable(const Actor& actor, std::vector<ProgressReport>& reports) {
  reports.erase(std::remove_if(reports.begin(), reports.end(),
                               [&](const ProgressReport& r) { return !mayReadReport(actor, r); }),
                reports.end());
}

void keepReadable(const Actor& actor, Dossier& slice) {
  for (Declaration& d : slice.declarations) keepReadable(actor, d);
  keepReadable(actor, slice.reports);
}

}  // namespace accord::app::detail
