#include "sql_store.h"

#include <Poco/Data/Session.h>

#include <algorithm>
#include <vector>

#include "account_repository.h"
#include "assignment_repository.h"
#include "audit_log.h"
#include "calendar_feed_repository.h"
#include "commitment_repository.h"
#include "conference_repository.h"
#include "consultation_repository.h"
#include "language_version_repository.h"
#include "declaration_repository.h"
#include "dossier_repository.h"
#include "endorsement_repository.h"
#include "login_throttle_repository.h"
#include "outbox_repository.h"
#include "reminder_repository.h"
#include "report_repository.h"
#include "session_repository.h"
#include "tx_state.h"

namespace accord::storage::detail {

namespace {
constexpr int kAttempts = 3;

class SqlRepositories final : public app::Repositories {
 public:
  SqlRepositories(Sql& sql, TxState& tx)
      : conferences_(sql, tx), declarations_(sql, tx), endorsements_(sql, tx), commitments_(sql, tx),
        assignments_(sql, tx), reports_(sql, tx), dossiers_(sql, tx), consultation_(sql, tx), languageVersions_(sql, tx),
        audit_(sql, tx), accounts_(sql, tx), sessions_(sql, tx), loginThrottle_(sql, tx), outbox_(sql, tx),
        reminders_(sql, tx), calendarFeeds_(sql, tx) {}
  app::ConferenceRepository& conferences() override { return conferences_; }
  app::DeclarationRepository& declarations() override { return declarations_; }
  app::EndorsementRepository& endorsements() override { return endorsements_; }
  app::CommitmentRepository& commitments() override { return commitments_; }
  app::AssignmentRepository& assignments() override { return assignments_; }
  app::ReportRepository& reports() override { return reports_; }
  app::DossierRepository& dossiers() override { return dossiers_; }
  app::ConsultationRepository& consultation() override { return consultation_; }
  app::LanguageVersionRepository& languageVersions() override { return languageVersions_; }
  app::AuditLog& audit() override { return audit_; }
  app::AccountRepository& accounts() override { return accounts_; }
  app::SessionRepository& sessions() override { return sessions_; }
  app::LoginThrottleRepository& loginThrottle() override { return loginThrottle_; }
  app::OutboxRepository& outbox() override { return outbox_; }
  app::ReminderRepository& reminders() override { return reminders_; }
  app::CalendarFeedRepository& calendarFeeds() override { return calendarFeeds_; }

 private:
  SqlConferenceRepository conferences_;
  SqlDeclarationRepository declarations_;
  SqlEndorsementRepository endorsements_;
  SqlCommitmentRepository commitments_;
  SqlAssignmentRepository assignments_;
  SqlReportRepository reports_;
  SqlDossierRepository dossiers_;
  SqlConsultationRepository consultation_;
  SqlLanguageVersionRepository languageVersions_;
  SqlAuditLog audit_;
  SqlAccountRepository accounts_;
  SqlSessionRepository sessions_;
  SqlLoginThrottleRepository loginThrottle_;
  SqlOutboxRepository outbox_;
  SqlReminderRepository reminders_;
  SqlCalendarFeedRepository calendarFeeds_;
};

// The part of an SQLite file reads map (SQLite caps it at its own compile-time limit).
constexpr long long kSqliteMmapBytes = 1LL << 30;

std::string quoteIdentifier(const std::string& name) { return "\"" + name + "\""; }

SessionPool::Setup setupFor(const StorageUri& uri, const StoreOptions& options) {
  return [uri, options](Poco::Data::Session& s) {
    using Poco::Data::Keywords::now;
    if (uri.backend == Backend::kSqlite) {
      // WAL lets readers run beside the writer; synchronous=FULL syncs the WAL at
      // every commit, so an acknowledged commit survives a process kill and a
      // power cut alike. Foreign keys are off by default in SQLite.
      s << "PRAGMA busy_timeout = " + std::to_string(options.busyTimeout.count()), now;
      s << "PRAGMA journal_mode = WAL", now;
      s << "PRAGMA synchronous = FULL", now;
      s << "PRAGMA foreign_keys = ON", now;
      // Reads map the file instead of copying each page into the connection's cache
      // (2 MB by default): a matrix page touches 2,850 reports, one page each, and a
      // new connection starts with an empty cache (tests/bench/README.md). Writes
      // still go through the WAL as before.
      s << "PRAGMA mmap_size = " + std::to_string(kSqliteMmapBytes), now;
    } else {
      // NOTICEs ("relation exists, skipping") would otherwise go to stderr.
      s << "SET client_min_messages TO warning", now;
      if (!uri.schema.empty()) s << "SET search_path TO " + quoteIdentifier(uri.schema), now;
    }
    for (const auto& statement : options.sessionSetup) s << statement, now;
  };
}
}  // namespace

SqlStore::SqlStore(const StorageUri& uri, const StoreOptions& options)
    : uri_(uri),
      dialect_(uri.backend == Backend::kSqlite ? Dialect::kSqlite : Dialect::kPostgresql),
      pool_(uri.connector, uri.connectionString, uri.pool.value_or(options.maxSessions), options.acquireTimeout,
            setupFor(uri, options)) {
  pool_.acquire();  // fail now, not at the first request, if the database is unreachable
}

void SqlStore::warm(std::size_t sessions) {
  if (dialect_ != Dialect::kPostgresql || sessions == 0) return;
  // Only ever an optimisation: a database that refuses more connections, a table
  // this account may not read or a lock held elsewhere must not stop the start.
  // What was opened stays in the pool; the rest opens on demand, as without it.
  std::vector<SessionPool::Lease> leases;  // held together: each one another connection
  try {
    for (std::size_t i = 0; i < std::min(sessions, pool_.capacity()); ++i) leases.push_back(pool_.acquire());
  } catch (...) {  // no more connections now: warm the ones opened
  }
  std::atomic<std::uint64_t> uncounted{0};  // not the requests' statements
  for (auto& lease : leases) {
    try {
      Sql sql(lease.session(), dialect_, uncounted);
      Rows tables = sql.query(
          "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
          "AND has_table_privilege(quote_ident(schemaname) || '.' || quote_ident(tablename), 'SELECT') "
          "ORDER BY tablename");
      // One statement naming every table: planning it opens each table and its
      // indexes, which fills this connection's catalog caches; it reads no row.
      std::string statement;
      for (std::size_t i = 0; i < tables.size(); ++i)
        statement += std::string(i ? " UNION ALL " : "") + "SELECT 1 FROM " + quoteIdentifier(tables.str(i, 0)) +
                     " WHERE false";
      if (statement.empty()) continue;
      sql.exec("SET lock_timeout = 1000");  // an ACCESS EXCLUSIVE lock elsewhere: give up, not hang
      sql.query(statement);
      sql.exec("RESET lock_timeout");
    } catch (...) {
      lease.discard();  // its state is unknown (lock_timeout may still be set)
      return;           // the others would most likely wait on the same lock
    }
  }
}

void SqlStore::begin(Sql& sql, app::TxMode mode) {
  if (dialect_ == Dialect::kSqlite) {
    // IMMEDIATE takes the write lock up front: two writers never both read and
    // then fail to upgrade, which SQLite would report as SQLITE_BUSY mid-transaction.
    sql.exec(mode == app::TxMode::kReadWrite ? "BEGIN IMMEDIATE" : "BEGIN");
    return;
  }
  sql.session().begin();
  if (mode == app::TxMode::kReadOnly) sql.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

void SqlStore::finish(Sql& sql, bool commit) {
  if (dialect_ == Dialect::kSqlite) {
    sql.exec(commit ? "COMMIT" : "ROLLBACK");
  } else if (commit) {
    sql.session().commit();
  } else {
    sql.session().rollback();
  }
}

domain::Status SqlStore::run(app::TxMode mode, const std::function<domain::Status(app::Repositories&)>& work) {
  domain::Status last;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    TxState tx;
    tx.where = uri_.redacted;
    bool started = false;
    try {
      SessionPool::Lease lease = pool_.acquire();
      Sql sql(lease.session(), dialect_, statements_);
      try {
        begin(sql, mode);
        started = true;
        SqlRepositories repos(sql, tx);
        domain::Status s = work(repos);
        bool commit = s.ok() && !tx.faulted;
        finish(sql, commit);
        if (commit || !tx.retryable) {
          if (tx.connectionLost) lease.discard();
          // A use case that carried on after a fault still gets it reported.
          return s.ok() && tx.faulted ? domain::Status(tx.firstError) : s;
        }
        last = s;
      } catch (...) {
        lease.discard();  // its state is unknown: never hand it out again
        throw;
      }
    } catch (...) {
      Fault fault = classifyCurrentException(uri_.redacted);
      // A connection found dead before any work ran is replaced at once: the pool
      // kept it idle while the server went away (restart, failover, idle timeout).
      bool retry = fault.retryable || (fault.connectionLost && !started);
      if (!retry || attempt + 1 == kAttempts) return fault.error;
      last = fault.error;
    }
  }
  return last;
}

}  // namespace accord::storage::detail
