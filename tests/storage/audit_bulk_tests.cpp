// AuditLog::appendAll, the bulk load of history (COPY on PostgreSQL from 64 rows):
// the same chain as append() one event at a time, hostile text stored byte for
// byte (COPY's text format escapes tab, newline, carriage return and backslash).
#include <string>
#include <utility>
#include <vector>

#include "accord/app/audit_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(audit_bulk_tests)

namespace {
using Entries = std::vector<std::pair<app::AuditEntry, domain::Timestamp>>;

Entries hostileEntries(int n) {
  const std::vector<std::string> texts = {
      "tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\.", "{{name}}", "<b>markup</b>",
      "Кириллица & 中文 & عربى", "quote ' and \" both", std::string(5000, 'x'), "", "\x01\x1f control"};
  Entries out;
  for (int i = 0; i < n; ++i)
    out.push_back({app::AuditEntry{"actor." + std::to_string(i), "report.changed", "report", texts[i % texts.size()],
                                   texts[(i + 3) % texts.size()], "{\"text\":\"" + texts[(i + 5) % texts.size()] + "\"}"},
                   domain::Timestamp::fromSeconds(1262304000 + i * 60)});
  return out;
}

std::vector<app::AuditEvent> stored(Env& env) {
  return ok(app::transact<std::vector<app::AuditEvent>>(
      env.fresh.store(), app::TxMode::kReadOnly, [](app::Repositories& r) { return r.audit().range(0, 100000); }));
}
}  // namespace

BOOST_DATA_TEST_CASE(a_bulk_append_stores_the_chain_one_append_at_a_time_would, allBackends(), backend) {
  const Entries entries = hostileEntries(150);
  Env bulk(backend);
  auto head = ok(app::transact<app::AuditHead>(bulk.fresh.store(), app::TxMode::kReadWrite, [&](app::Repositories& r) {
    auto first = r.audit().appendAll(Entries(entries.begin(), entries.begin() + 100));  // COPY on PostgreSQL
    if (!first.ok()) return first;
    return r.audit().appendAll(Entries(entries.begin() + 100, entries.end()));  // 50 rows: INSERT
  }));
  Env single(backend);
  ok(app::transact<long>(single.fresh.store(), app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Result<long> {
    for (const auto& [entry, at] : entries)
      if (auto e = r.audit().append(entry, at); !e.ok()) return e.error();
    return 0L;
  }));

  auto a = stored(bulk), b = stored(single);
  BOOST_TEST_REQUIRE(a.size() == entries.size());
  BOOST_TEST_REQUIRE(b.size() == entries.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    BOOST_TEST(a[i].seq == static_cast<std::int64_t>(i + 1));
    BOOST_TEST(a[i].entry.entityId == entries[i].first.entityId, "stored byte for byte, event " << i + 1);
    BOOST_TEST(a[i].entry.before == entries[i].first.before);
    BOOST_TEST(a[i].entry.after == b[i].entry.after);
    BOOST_TEST(a[i].at.iso() == b[i].at.iso());
    BOOST_TEST(a[i].prevHash == b[i].prevHash);
    BOOST_TEST(a[i].hash == b[i].hash, "the same chain, event " << i + 1);
  }
  BOOST_TEST(head.seq == 150);
  BOOST_TEST(head.hash == b.back().hash);
  BOOST_TEST(ok(app::verifyAuditOffline(bulk.fresh.store())).ok);
  BOOST_TEST(ok(app::verifyAuditOffline(bulk.fresh.store())).checked == 150);
}

BOOST_DATA_TEST_CASE(a_bulk_append_of_nothing_leaves_the_head, allBackends(), backend) {
  Env env(backend);
  auto head = ok(app::transact<app::AuditHead>(env.fresh.store(), app::TxMode::kReadWrite,
                                                [](app::Repositories& r) { return r.audit().appendAll({}); }));
  BOOST_TEST(head.seq == 0);
  BOOST_TEST(head.hash == app::kGenesisHash);
}

BOOST_AUTO_TEST_SUITE_END()
