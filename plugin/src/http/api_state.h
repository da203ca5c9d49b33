// What every handler of one Api shares: the services it was given, the routes,
// the metrics and the read cache.
#pragma once

#include <memory>

#include "accord/http/api.h"
#include "cors.h"
#include "counting_store.h"
#include "metrics.h"
#include "read_cache.h"
#include "router.h"
#include "session_cache.h"

namespace accord::http {

struct Api::State {
  explicit State(ApiServices s);

  ApiServices services;
  Router router;
  std::unique_ptr<Metrics> metrics;      // built once the routes are known
  std::unique_ptr<CountingStore> store;  // services.store, counting storage failures
  std::unique_ptr<ReadCache> cache;
  mutable SessionCache sessions;  // checked tokens, valid while the read cache's generation holds
  Cors cors;
};

// Each file of handlers adds its routes here (one function per resource).
void addCountryRoutes(Router& r);
void addConferenceRoutes(Router& r);
void addDelegateRoutes(Router& r);
void addDirectoryRoutes(Router& r);
void addDeclarationRoutes(Router& r);
void addRevisionRoutes(Router& r);
void addConsultationRoutes(Router& r);
void addLanguageVersionRoutes(Router& r);
void addEndorsementRoutes(Router& r);
void addCommitmentRoutes(Router& r);
void addAssignmentRoutes(Router& r);
void addReportRoutes(Router& r);
void addStatusRoutes(Router& r);
void addDocumentRoutes(Router& r);
void addAuditRoutes(Router& r);
void addInboxRoutes(Router& r);
void addNotificationRoutes(Router& r);
void addPreferenceRoutes(Router& r);
void addReminderRoutes(Router& r);
void addOperationsRoutes(Router& r);
void addSessionRoutes(Router& r);
void addUserRoutes(Router& r);

}  // namespace accord::http
