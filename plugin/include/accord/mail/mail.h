// Notifications by e-mail: messages composed from the Mustache templates and the
// message catalogue of templates/mail/ (replaceable by an organization), sent by
// SMTP with Poco::Net. Implements app::NotificationMailer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "accord/app/outbox_sender.h"
#include "accord/domain/country.h"

namespace accord::mail {

struct SmtpSettings {
  std::string host;
  std::uint16_t port = 25;
  bool startTls = false;       // STARTTLS before logging in
  std::string user;            // log in when set
  std::string password;        // read from a file, never from the command line, never logged
  std::string from;            // "Accord <accord@example.org>"
  std::string replyTo;         // empty: none
  std::string baseUrl;         // the site's address, before each notification's link
  int timeoutSeconds = 30;
};

// The host and port of "smtp://host[:port]" into `s` (port 25 by default).
// Returns kInvalidArgument naming `field` for anything else.
domain::Status parseSmtpUri(std::string_view field, std::string_view uri, SmtpSettings& s);

// Reads the password (the file's first line) into `s`. kInvalidArgument naming
// `field` when the file cannot be read or is empty.
domain::Status readPasswordFile(std::string_view field, const std::string& path, SmtpSettings& s);

// One message, both parts.
struct ComposedMail {
  std::string subject;
  std::string text;
  std::string html;
  std::string link;  // absolute: baseUrl + the notification's link
};

class MailComposer {
 public:
  virtual ~MailComposer() = default;
  // Loads text.mustache, html.mustache, digest.text.mustache, digest.html.mustache
  // and the catalogues messages.<lang>.json
  // (English at least) from `dir`. Returns kInvalidArgument naming the file that
  // is missing or does not parse, or a kind the English catalogue lacks.
  static domain::Result<std::unique_ptr<MailComposer>> load(const std::string& dir,
                                                           const domain::CountryCatalog& countries);
  // The message for `item` in `language` where a catalogue exists, else English.
  virtual ComposedMail compose(const app::OutboxItem& item, const std::string& language,
                               const std::string& baseUrl) const = 0;
  // The daily digest of `day` ("2026-12-07"): digest.text.mustache and
  // digest.html.mustache with the catalogue's "digest" sentences, in the
  // recipient's language; each notification by its subject line and its link.
  virtual ComposedMail composeDigest(const app::DigestItem& digest, const std::string& day,
                                     const std::string& baseUrl) const = 0;
};

// A mailer sending through the server of `settings`, one SMTP session per message.
std::unique_ptr<app::NotificationMailer> makeSmtpMailer(SmtpSettings settings, const MailComposer& composer);

}  // namespace accord::mail
