// A progress report as the URLs name it: under the assignment (commitment and
// country) it belongs to. The use cases refuse a report of another assignment, so
// that no adapter has to remember to.
#pragma once

#include "accord/domain/progress_report.h"

namespace accord::app {

struct ReportKey {
  domain::CommitmentId commitment;
  domain::CountryCode country;
  domain::ReportId id;
};

// The key of a report already loaded.
inline ReportKey keyOf(const domain::ProgressReport& r) { return {r.commitment, r.country, r.id}; }

// kNotFound naming "report" unless `r` belongs to the assignment `key` names.
inline domain::Status belongs(const domain::ProgressReport& r, const ReportKey& key) {
  if (r.commitment == key.commitment && r.country == key.country) return {};
  return domain::Error::notFound("report " + key.id.str() + " is not one of this assignment's", "report");
}

}  // namespace accord::app
