// The storage ports the use cases are written against. Adapters (SQLite,
// PostgreSQL) implement them; nothing here knows SQL or Poco. Every mutable record
// carries a version: insert stores version 1, update succeeds only if the stored
// version still equals `expectedVersion` and returns the new one, else kConflict.
// kNotFound when the record is absent; kUnavailable when the database cannot be
// reached, with the cause in the message.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "accord/app/audit_event.h"
#include "accord/app/outbox.h"
#include "accord/app/page.h"
#include "accord/app/reminder_repository.h"
#include "accord/domain/account.h"
#include "accord/domain/amendment.h"
#include "accord/domain/dossier.h"
#include "accord/domain/language_version.h"
#include "accord/domain/notification_choice.h"

namespace accord::app {

using domain::Result;
using domain::Status;

// The people, organizations and country display overrides a conference's records
// refer to, and its "illustrative" note: the parts of a bundle besides the records.
struct Directory {
  std::string illustrative;
  std::vector<domain::Country> countries;
  std::vector<domain::Organization> organizations;
  std::vector<domain::Person> people;
};

class ConferenceRepository {
 public:
  virtual ~ConferenceRepository() = default;
  virtual Result<domain::Conference> get(const domain::ConferenceId& id) = 0;
  // Ordered by id.
  virtual Result<Page<domain::Conference>> list(const PageRequest& page) = 0;
  virtual Result<Directory> directory(const domain::ConferenceId& id) = 0;
  // Stores the directory first, so that organizers and delegates can refer to it.
  virtual Status insert(const domain::Conference& c, const Directory& directory) = 0;
  virtual Result<long> update(const domain::Conference& c, long expectedVersion) = 0;
  // Appends `p` to the conference's directory (after the people already in it).
  // The caller makes sure the id is free and the conference exists.
  virtual Status addPerson(const domain::ConferenceId& conference, const domain::Person& p) = 0;
  // Rewrites the directory entry with `p`'s id (or `o`'s); kNotFound when there is none.
  virtual Status updatePerson(const domain::ConferenceId& conference, const domain::Person& p) = 0;
  // Appends `o` to the conference's organizations; the caller makes sure the id is free.
  virtual Status addOrganization(const domain::ConferenceId& conference, const domain::Organization& o) = 0;
  virtual Status updateOrganization(const domain::ConferenceId& conference, const domain::Organization& o) = 0;
  // Deletes the conference with its directory. kConflict when `expectedVersion` is
  // stale, kNotFound when absent; the caller makes sure no declaration refers to it.
  virtual Status remove(const domain::ConferenceId& id, long expectedVersion) = 0;
};

class DeclarationRepository {
 public:
  virtual ~DeclarationRepository() = default;
  // With every revision.
  virtual Result<domain::Declaration> get(const domain::DeclarationId& id) = 0;
  // Ordered by id; revisions are not loaded (the list shows headers).
  virtual Result<Page<domain::Declaration>> listByConference(const domain::ConferenceId& c,
                                                             const PageRequest& page) = 0;
  virtual Status insert(const domain::Declaration& d) = 0;
  // Stores the header and appends the revisions numbered above the stored ones;
  // stored revisions are immutable and never rewritten.
  virtual Result<long> update(const domain::Declaration& d, long expectedVersion) = 0;
};

class EndorsementRepository {
 public:
  virtual ~EndorsementRepository() = default;
  // nullopt when nothing is recorded for the country yet (it is merely invited).
  virtual Result<std::optional<domain::Endorsement>> find(const domain::DeclarationId& d,
                                                          const domain::CountryCode& country) = 0;
  virtual Result<std::vector<domain::Endorsement>> listByDeclaration(const domain::DeclarationId& d) = 0;
  virtual Status insert(const domain::Endorsement& e) = 0;
  // Appends the history events beyond those stored; stored events are never rewritten.
  virtual Result<long> update(const domain::Endorsement& e, long expectedVersion) = 0;
};

class CommitmentRepository {
 public:
  virtual ~CommitmentRepository() = default;
  virtual Result<domain::Commitment> get(const domain::CommitmentId& id) = 0;
  // Ordered by id.
  virtual Result<Page<domain::Commitment>> listByDeclaration(const domain::DeclarationId& d,
                                                             const PageRequest& page) = 0;
  virtual Status insert(const domain::Commitment& c) = 0;
  virtual Result<long> update(const domain::Commitment& c, long expectedVersion) = 0;
};

class AssignmentRepository {
 public:
  virtual ~AssignmentRepository() = default;
  virtual Result<domain::Assignment> get(const domain::CommitmentId& c, const domain::CountryCode& country) = 0;
  virtual Result<std::vector<domain::Assignment>> listByCommitment(const domain::CommitmentId& c) = 0;
  virtual Status insert(const domain::Assignment& a) = 0;
  virtual Result<long> update(const domain::Assignment& a, long expectedVersion) = 0;
};

class ReportRepository {
 public:
  virtual ~ReportRepository() = default;
  virtual Result<domain::ProgressReport> get(const domain::ReportId& id) = 0;
  // Ordered by period end, then id.
  virtual Result<std::vector<domain::ProgressReport>> listByAssignment(const domain::CommitmentId& c,
                                                                       const domain::CountryCode& country) = 0;
  // One page of the same, oldest first or (newestFirst) newest first: an
  // assignment's reports grow without bound, so views read them a page at a time.
  // The cursor is opaque; kInvalidArgument naming "cursor" when it is not one.
  virtual Result<Page<domain::ProgressReport>> pageByAssignment(const domain::CommitmentId& c,
                                                                const domain::CountryCode& country,
                                                                const PageRequest& page, bool newestFirst) = 0;
  // The reports on the declaration's commitments that wait for a monitor (state
  // submitted), whatever newer reports their assignments have.
  virtual Result<std::vector<domain::ProgressReport>> listSubmitted(const domain::DeclarationId& d) = 0;
  virtual Status insert(const domain::ProgressReport& r) = 0;
  virtual Result<long> update(const domain::ProgressReport& r, long expectedVersion) = 0;
};

// The comments and amendments of a declaration's consultation. Numbers are given
// per declaration (comments and amendments each from 1) when a record is inserted.
class ConsultationRepository {
 public:
  virtual ~ConsultationRepository() = default;
  // In number order; only those on `revision` when given.
  virtual Result<std::vector<domain::Comment>> comments(const domain::DeclarationId& d,
                                                        std::optional<int> revision) = 0;
  virtual Result<std::vector<domain::Amendment>> amendments(const domain::DeclarationId& d,
                                                            std::optional<int> revision) = 0;
  // kNotFound naming "comment" / "amendment" when absent.
  virtual Result<domain::Comment> comment(const domain::DeclarationId& d, int number) = 0;
  virtual Result<domain::Amendment> amendment(const domain::DeclarationId& d, int number) = 0;
  // Stores `c` under the next free number and returns it.
  virtual Result<int> insert(const domain::Comment& c) = 0;
  // Stores `a` at version 1 under the next free number and returns it.
  virtual Result<int> insert(const domain::Amendment& a) = 0;
  // Its state, decision and incorporation (the proposal itself never changes).
  virtual Result<long> update(const domain::Amendment& a, long expectedVersion) = 0;
};

// The language versions of a declaration's revisions, one per (revision, language).
class LanguageVersionRepository {
 public:
  virtual ~LanguageVersionRepository() = default;
  // Every version of the declaration, by revision then language.
  virtual Result<std::vector<domain::LanguageVersion>> list(const domain::DeclarationId& d) = 0;
  // kNotFound naming "language" when revision `revision` has no version in `language`.
  virtual Result<domain::LanguageVersion> get(const domain::DeclarationId& d, int revision,
                                              const std::string& language) = 0;
  // Stores `v` at version 1.
  virtual Status insert(const domain::LanguageVersion& v) = 0;
  // Everything but its key; kConflict when `expectedVersion` is stale.
  virtual Result<long> update(const domain::LanguageVersion& v, long expectedVersion) = 0;
};

// Whole conferences at once: import, export, and the slices the status views read.
// Which cells of the implementation matrix a reader asks for: those of one
// country, those whose assignment has one status, or every cell.
struct MatrixFilter {
  std::optional<domain::CountryCode> country;
  std::optional<domain::ImplementationStatus> status;
  bool overdueOnly = false;  // only cells overdue as of the page's today
};

// One page of the matrix's rows (commitments in stored order, those with at least
// one cell the filter keeps) with what their cells show, and the count over all rows.
struct MatrixPage {
  domain::Dossier slice;      // the declaration's header, the page's commitments, their
                              // assignments and each assignment's latest report (what a
                              // cell shows of it: no narrative, evidence or review)
  std::size_t overdue = 0;    // overdue cells the filter keeps, over every row
  std::string next;           // the last row's commitment id; empty on the last page
};

// What the matrix's totals count for one country over every row the filter keeps.
struct CountryTotals {
  domain::CountryCode country;
  std::size_t assigned = 0, accepted = 0, completed = 0, overdue = 0;
  std::size_t atRisk = 0;  // domain::Timeliness::kAtRisk as of the totals' day
};

// The matrix's totals under a filter: the rows it keeps (and how many of them come
// before a cursor, to say "commitments 51–100 of 1,000"), and per country.
struct MatrixTotals {
  std::size_t rows = 0;
  std::size_t before = 0;
  std::vector<CountryTotals> countries;  // every applicable country the filter keeps, by code
};

// Something waiting for someone, with what an inbox shows of it.
struct WaitingItem {
  domain::DeclarationId declaration;
  std::string declarationTitle;
  domain::CommitmentId commitment;  // empty for declaration-level items
  std::string commitmentText;
  std::optional<domain::CountryCode> country;
  domain::ReportId report;                // submitted reports only
  std::optional<domain::Date> deadline;   // the commitment's, for assignments
  std::string state;                      // the stored state that makes it wait
  int amendment = 0;                      // amendments to consolidate: its number
  std::string clause;                     // the commitment's clause, or the amendment's unit
  long invited = 0, unanswered = 0;       // endorsement progress: countries invited, not answered
};

// Narrows a monitor's lists of late and nearly late assignments; an empty member
// keeps every value. Applied in the query, so that a filtered list is as complete
// as an unfiltered one.
struct WaitingFilter {
  std::optional<domain::CountryCode> country;
  std::optional<domain::DeclarationId> declaration;
  std::optional<domain::ImplementationStatus> status;
};

class DossierRepository {
 public:
  virtual ~DossierRepository() = default;
  // Bulk insert of a complete dossier, every record at version 1.
  virtual Status insert(const domain::Dossier& d) = 0;
  // Everything stored about the conference, in stored order: export is lossless.
  virtual Result<domain::Dossier> load(const domain::ConferenceId& id) = 0;
  // What the status views of one declaration need, in a bounded number of queries
  // whatever the size: the conference header, the declaration with its revisions,
  // its endorsements, commitments and assignments, and for each assignment only
  // its latest report by period end.
  virtual Result<domain::Dossier> loadDeclarationSlice(const domain::DeclarationId& id) = 0;
  // A page of the implementation matrix of `id` as of `today`, costing the page and
  // one indexed count, whatever the declaration's size. kNotFound for an unknown
  // declaration; kInvalidArgument naming "cursor" for a cursor that is not one of
  // its commitments.
  virtual Result<MatrixPage> loadMatrixPage(const domain::DeclarationId& id, const MatrixFilter& filter,
                                            domain::Date today, const PageRequest& page) = 0;
  // The totals of the matrix of `id` under `filter` as of `today`: indexed aggregates
  // over its assignments, never its reports. `after` is a page's cursor (or empty);
  // kInvalidArgument naming "cursor" for one that is not one of its commitments.
  virtual Result<MatrixTotals> loadMatrixTotals(const domain::DeclarationId& id, const MatrixFilter& filter,
                                                domain::Date today, const std::string& after) = 0;
  // What waits for a monitor across every declaration, found by index whatever the
  // portfolio's size, at most `limit` of each: submitted reports (by assignment), and
  // assignments overdue as of `today` (oldest deadline first).
  virtual Result<std::vector<WaitingItem>> submittedReports(std::size_t limit) = 0;
  virtual Result<std::vector<WaitingItem>> overdueAssignments(domain::Date today, const WaitingFilter& filter,
                                                              std::size_t limit) = 0;
  // Assignments that will be overdue if nothing changes (domain timeliness at_risk
  // as of `today`): open, deadline not passed, and either a milestone past due still
  // pending or missed, or not started within kAtRiskWindowDays of the deadline.
  // Nearest deadline first, at most `limit`.
  virtual Result<std::vector<WaitingItem>> atRiskAssignments(domain::Date today, const WaitingFilter& filter,
                                                             std::size_t limit) = 0;
  // What waits for one country's coordinator, each by an index on the country, at
  // most `limit` of each: open declarations the country is invited to and has not
  // endorsed for good (state: the endorsement's, "invited" without a row);
  // commitments proposed to it; accepted, unfinished commitments whose latest report
  // is missing, a draft or returned (state: that report's, "no report" without one).
  virtual Result<std::vector<WaitingItem>> pendingEndorsements(const domain::CountryCode& country,
                                                               std::size_t limit) = 0;
  virtual Result<std::vector<WaitingItem>> proposedAssignments(const domain::CountryCode& country,
                                                               std::size_t limit) = 0;
  virtual Result<std::vector<WaitingItem>> reportsDue(const domain::CountryCode& country, std::size_t limit) = 0;
  // What waits for the secretariat, by index on the declaration's status or the
  // amendment's state, at most `limit` of each: declarations being drafted or
  // consulted on; declarations open for endorsement with how many invited countries
  // have not answered (invited or consulting); accepted amendments not yet
  // incorporated in a revision.
  virtual Result<std::vector<WaitingItem>> draftDeclarations(std::size_t limit) = 0;
  virtual Result<std::vector<WaitingItem>> endorsementProgress(std::size_t limit) = 0;
  virtual Result<std::vector<WaitingItem>> amendmentsToConsolidate(std::size_t limit) = 0;
};

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  // Appends `entry` at `at` after the current head, serialised against every other
  // writer of the same database, and returns the sealed event.
  virtual Result<AuditEvent> append(const AuditEntry& entry, domain::Timestamp at) = 0;
  // Appends `entries` in order, each at its time, exactly as that many append()
  // calls would (the same chain), under one lock of the head and in batched
  // inserts (COPY on PostgreSQL): bulk loads of history. Returns the new head.
  virtual Result<AuditHead> appendAll(const std::vector<std::pair<AuditEntry, domain::Timestamp>>& entries) = 0;
  virtual Result<AuditHead> head() = 0;
  // Events with seq > afterSeq in sequence order, at most `limit`.
  virtual Result<std::vector<AuditEvent>> range(std::int64_t afterSeq, std::size_t limit) = 0;
  // Matching events in sequence order; the cursor is a sequence number.
  virtual Result<Page<AuditEvent>> list(const AuditFilter& filter, const PageRequest& page) = 0;
  // The conferences, declarations, commitments and accounts the trail has events
  // for, each once with its name, by kind then id, at most `limit` (by the index on
  // (entity, entity_id): the cost is the objects, not the events).
  virtual Result<std::vector<AuditObject>> objects(std::size_t limit) = 0;
};

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;
  // `name` as parseUserName folds it. kNotFound naming "name" when absent.
  virtual Result<domain::Account> get(const std::string& name) = 0;
  // Ordered by name; the cursor is a user name.
  virtual Result<Page<domain::Account>> list(const PageRequest& page) = 0;
  // The accounts among `names` (folded user names), in one query, ordered by
  // name; names no account holds are left out.
  virtual Result<std::vector<domain::Account>> named(const std::vector<std::string>& names) = 0;
  // Active accounts holding `role`: lets the last admin be kept.
  virtual Result<long> countActive(domain::Role role) = 0;
  // kAlreadyExists when the name is taken.
  virtual Status insert(const domain::Account& a) = 0;
  // Every field but the name.
  virtual Result<long> update(const domain::Account& a, long expectedVersion) = 0;
  // Notes that `name` signed in at `at`. Not an administrator's change: the
  // account's version stays, so that no admin's open form turns stale.
  virtual Status recordSignIn(const std::string& name, domain::Timestamp at) = 0;
  // Active accounts that have never signed in, by name, at most `limit`.
  virtual Result<std::vector<domain::Account>> neverSignedIn(std::size_t limit) = 0;
  // How `name` wants their notifications; topics never changed are left out (the
  // default). The account's version is the caller's to bump.
  virtual Result<domain::NotificationChoices> notificationChoices(const std::string& name) = 0;
  // Replaces them: a topic with the default choice is stored as no row.
  virtual Status setNotificationChoices(const std::string& name, const domain::NotificationChoices& c) = 0;
};

// One signed-in session: the token's id, whose it is, and when it ends. Only the
// id is stored, never the token itself.
struct SessionRecord {
  std::string tokenId;
  std::string account;
  domain::Timestamp issuedAt;
  domain::Timestamp expiresAt;
  std::optional<domain::Timestamp> revokedAt;  // signed out, or cut off by an admin
  std::string address;                         // where the sign-in came from
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Status insert(const SessionRecord& s) = 0;
  // nullopt when no session has that id.
  virtual Result<std::optional<SessionRecord>> find(const std::string& tokenId) = 0;
  // Marks the session revoked at `at`; false if it was unknown or already revoked.
  virtual Result<bool> revoke(const std::string& tokenId, domain::Timestamp at) = 0;
  // Revokes every live session of `account`; returns how many.
  virtual Result<long> revokeAll(const std::string& account, domain::Timestamp at) = 0;
  // Forgets sessions that expired before `before`; returns how many.
  virtual Result<long> purgeExpired(domain::Timestamp before) = 0;
};

// Failed sign-ins counted under one key (an account, an address, or both), shared
// by every server on the database. The policy that reads and writes it is
// app/login_throttle.h; the store only keeps the numbers.
struct LoginThrottleState {
  int failures = 0;
  domain::Timestamp windowStart;  // the first failure of the current window
  domain::Timestamp nextAllowed;  // no attempt under this key before then
  domain::Timestamp expiresAt;    // after this the record says nothing: it may be purged
};

class LoginThrottleRepository {
 public:
  virtual ~LoginThrottleRepository() = default;
  // The stored state of each of `keys` that has one (absent keys are absent). With
  // `lock` (in a read-write transaction) the rows are locked where the backend has
  // row locks, so that a failure's update is not lost to a concurrent one.
  virtual Result<std::map<std::string, LoginThrottleState>> find(const std::vector<std::string>& keys,
                                                                 bool lock = false) = 0;
  // Inserts or replaces the state of `key`.
  virtual Status save(const std::string& key, const LoginThrottleState& s) = 0;
  virtual Status forget(const std::string& key) = 0;
  // The keys starting with `prefix` whose state refuses attempts at `now`, by key,
  // at most `limit`: what an administrator sees as locked.
  virtual Result<std::map<std::string, LoginThrottleState>> refusing(const std::string& prefix, domain::Timestamp now,
                                                                     std::size_t limit) = 0;
  // Forgets every state that expired before `before`; returns how many.
  virtual Result<long> purgeExpired(domain::Timestamp before) = 0;
};

// Everything one transaction can touch.
// Each account's calendar feed, known by the SHA-256 of its secret address only.
class CalendarFeedRepository {
 public:
  virtual ~CalendarFeedRepository() = default;
  // Gives `account` the feed `tokenHash`, replacing any it had.
  virtual Status replace(const std::string& account, const std::string& tokenHash, domain::Timestamp at) = 0;
  // Ends `account`'s feed; false when it had none.
  virtual Result<bool> revoke(const std::string& account) = 0;
  // Whose feed `tokenHash` is; nullopt when nobody's.
  virtual Result<std::optional<std::string>> accountOf(const std::string& tokenHash) = 0;
  // When `account`'s feed was made; nullopt when it has none.
  virtual Result<std::optional<domain::Timestamp>> since(const std::string& account) = 0;
};

class Repositories {
 public:
  virtual ~Repositories() = default;
  virtual ConferenceRepository& conferences() = 0;
  virtual DeclarationRepository& declarations() = 0;
  virtual EndorsementRepository& endorsements() = 0;
  virtual CommitmentRepository& commitments() = 0;
  virtual AssignmentRepository& assignments() = 0;
  virtual ReportRepository& reports() = 0;
  virtual DossierRepository& dossiers() = 0;
  virtual ConsultationRepository& consultation() = 0;
  virtual LanguageVersionRepository& languageVersions() = 0;
  virtual AuditLog& audit() = 0;
  virtual AccountRepository& accounts() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual LoginThrottleRepository& loginThrottle() = 0;
  virtual OutboxRepository& outbox() = 0;
  virtual ReminderRepository& reminders() = 0;
  virtual CalendarFeedRepository& calendarFeeds() = 0;
};

}  // namespace accord::app
