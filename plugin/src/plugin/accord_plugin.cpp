#include "accord_plugin.h"

#include <Poco/Environment.h>
#include <Poco/Process.h>

#include "accord/app/digest_sender.h"
#include "accord/app/notifying_store.h"
#include "accord/bundle/bundle.h"
#include "accord/http/api.h"
#include "accord/json/json_snapshots.h"
#include "accord/mail/mail.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "accord/security/random_password.h"
#include "accord/storage/storage.h"
#include "accord/web/web.h"
#include "mail_settings.h"
#include "outbox_worker.h"
#include "reminder_worker.h"
#include "page_or_api_factory.h"
#include "render_adapter.h"
#include "seed.h"
#include "settings.h"

#ifndef ACCORD_VERSION
#define ACCORD_VERSION "0"
#endif

namespace accord::plugin {

namespace {

// The domain's clock, read from the host's.
class HostClock final : public domain::Clock {
 public:
  explicit HostClock(const platform::Clock& host) : host_(host) {}
  domain::Timestamp now() const override { return domain::Timestamp::fromSeconds(host_.now().epochTime()); }

 private:
  const platform::Clock& host_;
};

platform::Outcome fail(const std::string& what, const domain::Error& e) {
  std::string message = what + ": " + e.message;
  if (!e.field.empty()) message += " (" + e.field + ")";
  return platform::Outcome::failure(message);
}

}  // namespace

// Declared in the order they are built; destroyed in reverse, so the API goes
// before the storage it uses.
struct AccordPlugin::Parts {
  Poco::Logger* logger = nullptr;
  std::unique_ptr<HostClock> clock;
  domain::CountryCatalog countries;
  std::unique_ptr<app::Store> store;
  // The store everything below writes through: its commits refresh the API's read
  // cache, whether the API, a page or the session service made them.
  std::unique_ptr<app::NotifyingStore> changes;
  json::JsonSnapshots snapshots;  // audit snapshots by the bundle's and the API's writers
  std::unique_ptr<RenderAdapter> documents;
  std::unique_ptr<security::Pbkdf2PasswordHasher> hasher;
  std::unique_ptr<security::JwtTokenService> tokens;
  std::unique_ptr<app::SessionService> sessions;
  std::unique_ptr<http::Api> api;
  std::unique_ptr<web::Web> web;
  // Notification delivery, when mail.smtp is set; stopped first.
  std::unique_ptr<mail::MailComposer> composer;
  std::unique_ptr<app::NotificationMailer> mailer;
  std::unique_ptr<OutboxWorker> outbox;
  // Deadline reminders, unless reminders.checkSeconds is 0; stopped before the store.
  std::unique_ptr<ReminderWorker> reminders;
};

AccordPlugin::AccordPlugin() = default;
AccordPlugin::~AccordPlugin() { shutdown(); }

std::string AccordPlugin::name() const { return "accord"; }
std::string AccordPlugin::version() const { return ACCORD_VERSION; }

platform::Outcome AccordPlugin::initialize(const platform::HostServices& host) {
  if (parts_) return platform::Outcome::failure("the accord plugin is already initialized");
  auto settings = readSettings(host.config);
  if (!settings.ok()) return fail("configuration", settings.error());
  auto parts = std::make_unique<Parts>();
  parts->logger = &host.logger;
  parts->clock = std::make_unique<HostClock>(host.clock);

  auto countries = bundle::readCountriesFile(settings->countriesFile);
  if (!countries.ok()) return fail("countries " + settings->countriesFile, countries.error());
  parts->countries = std::move(countries).value();

  storage::StoreOptions options;
  options.maxSessions = settings->storagePool;
  options.warmSessions = settings->storagePool;  // the first requests find warm connections
  auto store = storage::openStore(settings->storageUri, options);
  if (!store.ok()) return fail("storage", store.error());
  parts->store = std::move(store).value();
  host.logger.information("storage %s is open (schema version %d)", parts->store->describe(),
                          storage::latestSchemaVersion());

  parts->changes = std::make_unique<app::NotifyingStore>(*parts->store);
  app::Context ctx{*parts->changes, *parts->clock, parts->snapshots};
  if (domain::Status s = seedIfEmpty(ctx, settings->seed, parts->countries, host.logger); !s.ok())
    return fail("seeding", s.error());

  auto documents =
      RenderAdapter::load(settings->templatesDir, settings->templateSets, settings->schemaDir, parts->countries,
                          settings->pdf, settings->countryFootnotes);
  if (!documents.ok()) return fail("templates", documents.error());
  parts->documents = std::move(documents).value();

  if (domain::Status s = startSessions(*parts, settings->secretFile, host.logger); !s.ok())
    return fail("sessions", s.error());

  parts->api = std::make_unique<http::Api>(http::ApiServices{
      *parts->changes, *parts->clock, parts->snapshots, *parts->documents, parts->countries, *parts->sessions,
      *parts->hasher,
      &security::randomPassword, settings->limits, host.logger, settings->cache, settings->corsOrigins});
  if (domain::Status s = startMail(*parts, host, settings->templatesDir); !s.ok()) return fail("mail", s.error());
  parts->changes->onCommit([api = parts->api.get(), outbox = parts->outbox.get()] {
    api->dataChanged();
    if (outbox) outbox->wake();
  });
  if (domain::Status s = startReminders(*parts, host, settings->templatesDir); !s.ok()) return fail("reminders", s.error());
  // web.secureCookies: set when the site is reached over HTTPS (behind a proxy), so
  // that the session cookie is never sent in clear. web.timeZone: the organization's
  // zone, in which pages print times (Europe/Vienna unless set).
  web::WebServices pages{*parts->changes, *parts->clock, parts->snapshots, *parts->documents, parts->countries,
                         *parts->sessions, settings->templatesDir, host.logger,
                         host.config.getBool("web.secureCookies", false), parts->hasher.get(),
                         &security::randomPassword, host.config.getString("web.timeZone", "Europe/Vienna")};
  auto web = web::Web::load(std::move(pages));
  if (!web.ok()) return fail("page templates", web.error());
  parts->web = std::move(web).value();
  parts_ = std::move(parts);
  return platform::Outcome::success();
}

Poco::Net::HTTPRequestHandlerFactory::Ptr AccordPlugin::requestHandlerFactory(const std::string& mountPrefix) {
  poco_assert_msg(parts_, "requestHandlerFactory() before a successful initialize()");
  web::Web* pages = parts_->web.get();
  return new PageOrApiFactory(mountPrefix, parts_->api->factory(mountPrefix), pages->factory(mountPrefix),
                              [pages](const std::string& path) { return pages->serves(path); });
}

std::vector<platform::DocumentType> AccordPlugin::documentTypes() const {
  std::vector<platform::DocumentType> out;
  const std::pair<render::DocumentKind, const char*> kinds[] = {
      {render::DocumentKind::kDeclaration, "a declaration's text, draft or final with its endorsement table"},
      {render::DocumentKind::kEndorsementStatus, "where endorsement of a declaration stands, country by country"},
      {render::DocumentKind::kImplementation, "commitments x countries: acceptance, status, assessment, timeliness"},
      {render::DocumentKind::kRedline, "what changed from one revision to another, as Word tracked changes"}};
  for (const auto& [kind, description] : kinds)
    for (render::Format format : {render::Format::kDocx, render::Format::kXml, render::Format::kAkn, render::Format::kPdf})
      if (domain::checkRendition(kind, format).ok())
        out.push_back({domain::toString(kind), domain::toString(format), render::mediaType(format), description});
  return out;
}

// The signing key is read (or made) at start, so that a key file that cannot be
// written stops the server before it takes requests rather than at first sign-in.
domain::Status AccordPlugin::startSessions(Parts& parts, const std::string& secretFile, Poco::Logger& logger) {
  std::string secret;
  try {
    secret = security::loadOrCreateSecret(secretFile);
  } catch (const std::exception& e) {
    return domain::Error::invalid("auth.secretFile", e.what());
  }
  logger.information("session tokens are signed with the key in %s", secretFile);
  parts.hasher = std::make_unique<security::Pbkdf2PasswordHasher>();
  parts.tokens = std::make_unique<security::JwtTokenService>(std::move(secret));
  parts.sessions = std::make_unique<app::SessionService>(app::Context{*parts.changes, *parts.clock, parts.snapshots}, *parts.hasher,
                                                         *parts.tokens, &security::newTokenId);
  return {};
}

// Without mail.smtp notifications are still written (and listed in the UI); with
// it, a background sender delivers them. The templates are checked at start, so
// that a broken replacement stops the server rather than the first message.
domain::Status AccordPlugin::startMail(Parts& parts, const platform::HostServices& host,
                                      const std::string& templatesDir) {
  auto mailSettings = readMailSettings(host.config, templatesDir);
  if (!mailSettings.ok()) return mailSettings.error();
  if (!mailSettings->smtp) {
    host.logger.information("notifications are kept and shown in the browser only: no mail is sent without --smtp");
    return {};
  }
  auto composer = mail::MailComposer::load(mailSettings->templatesDir, parts.countries);
  if (!composer.ok()) return composer.error();
  parts.composer = std::move(composer).value();
  const mail::SmtpSettings& smtp = *mailSettings->smtp;
  host.logger.information("notifications are sent by mail through smtp://%s:%hu as %s%s", smtp.host, smtp.port,
                          smtp.from, std::string(smtp.user.empty() ? "" : " (logging in as " + smtp.user + ")"));
  parts.mailer = mail::makeSmtpMailer(smtp, *parts.composer);
  app::SenderOptions options;
  // Unique per process, so that a restarted server does not take its former
  // claims for its own: they are retried when their lease runs out.
  options.claimer = Poco::Environment::nodeName() + "/" + std::to_string(Poco::Process::id()) + "/" +
                    parts.clock->now().iso();
  options.retry = mailSettings->retry;
  // Through the inner store: recording a delivery changes nothing the API caches.
  auto sender = std::make_unique<app::OutboxSender>(*parts.store, *parts.clock, *parts.mailer, options);
  app::DigestOptions digestOptions;
  digestOptions.claimer = options.claimer;
  digestOptions.hour = mailSettings->digestHour;
  digestOptions.retry = options.retry;
  auto digests = std::make_unique<app::DigestSender>(*parts.store, *parts.clock, *parts.mailer, digestOptions);
  if (digestOptions.hour < 24)
    host.logger.information("daily digests are sent from %d:00 UTC", digestOptions.hour);
  else
    host.logger.information("daily digests are not sent by this server (mail.digestHour is 24)");
  parts.outbox = std::make_unique<OutboxWorker>(std::move(sender), std::move(digests), options.batch,
                                                std::chrono::milliseconds(mailSettings->pollMs), host.logger);
  return {};
}

// Through the notifying store, so that what it enqueues wakes the sender at once.
domain::Status AccordPlugin::startReminders(Parts& parts, const platform::HostServices& host,
                                           const std::string& templatesDir) {
  auto mailSettings = readMailSettings(host.config, templatesDir);
  if (!mailSettings.ok()) return mailSettings.error();
  if (mailSettings->reminderCheckSeconds == 0) {
    host.logger.information("deadline reminders are off (reminders.checkSeconds is 0)");
    return {};
  }
  parts.reminders = std::make_unique<ReminderWorker>(app::Context{*parts.changes, *parts.clock, parts.snapshots},
                                                     mailSettings->reminderDays,
                                                     std::chrono::seconds(mailSettings->reminderCheckSeconds),
                                                     host.logger);
  return {};
}

void AccordPlugin::shutdown() {
  if (!parts_) return;
  Poco::Logger* logger = parts_->logger;
  std::string storage = parts_->store->describe();
  if (parts_->changes) parts_->changes->onCommit({});  // the API goes first
  parts_->reminders.reset();
  parts_->outbox.reset();
  parts_.reset();
  logger->information("storage %s is closed", storage);
}

}  // namespace accord::plugin
