#include "thin_reads.h"

#include "accord/app/authorization.h"

namespace accord::http::reads {

using namespace accord::domain;
using app::Repositories;
using app::TxMode;

namespace {
template <class T, class Work>
Result<T> read(const app::Context& ctx, const Actor& actor, app::Action action, Work&& work) {
  if (Status s = app::authorize(actor, action); !s.ok()) return s.error();
  return app::transact<T>(ctx.store, TxMode::kReadOnly, std::forward<Work>(work));
}
}  // namespace

Result<Commitment> commitment(const app::Context& ctx, const Actor& actor, const CommitmentId& id) {
  return read<Commitment>(ctx, actor, app::Action::kRead, [&](Repositories& r) { return r.commitments().get(id); });
}

Result<ProgressReport> report(const app::Context& ctx, const Actor& actor, const ReportId& id) {
  return read<ProgressReport>(ctx, actor, app::Action::kRead, [&](Repositories& r) { return r.reports().get(id); });
}

Result<app::Directory> directory(const app::Context& ctx, const Actor& actor, const ConferenceId& id) {
  return read<app::Directory>(ctx, actor, app::Action::kRead,
                              [&](Repositories& r) { return r.conferences().directory(id); });
}

Result<app::AuditHead> auditHead(const app::Context& ctx, const Actor& actor) {
  return read<app::AuditHead>(ctx, actor, app::Action::kReadAudit, [&](Repositories& r) { return r.audit().head(); });
}

}  // namespace accord::http::reads
