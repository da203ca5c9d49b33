// The configuration keys of notification delivery (accord-server maps its options
// onto them):
//
//   mail.smtp            empty     smtp://host[:port]; empty: notifications stay in the UI only
//   mail.from            Accord <accord@localhost>
//   mail.replyTo         empty
//   mail.user            empty     log in as this user (with mail.passwordFile)
//   mail.passwordFile    empty     the file whose first line is the SMTP password
//   mail.startTls        false     STARTTLS before logging in
//   mail.baseUrl         http://127.0.0.1:8080   the site's address, for the links in messages
//   mail.templates       <templates.dir>/mail    the templates and message catalogues
//   mail.retrySeconds    30        first wait after a temporary failure (doubles, at most 1 h)
//   mail.giveUpSeconds   172800    a notification undelivered for this long is failed
//   mail.pollMs          1000      how often the outbox is looked at besides after each change
//   reminders.daysBefore 14        deadline reminders this many days before (a commitment may say otherwise)
//   reminders.checkSeconds 3600    how often deadline reminders are looked for; 0: never
//   mail.digestHour      6         the hour (UTC) from which each day's digests are sent; 24: never
//                                  (held notifications wait for a server that sends them)
#pragma once

#include <optional>
#include <string>

#include <Poco/Util/AbstractConfiguration.h>

#include "accord/domain/notification.h"
#include "accord/mail/mail.h"

namespace accord::plugin {

struct MailSettings {
  std::optional<mail::SmtpSettings> smtp;  // nullopt: no mail is sent
  std::string templatesDir;
  domain::RetryPolicy retry;
  long pollMs = 1000;
  int reminderDays = 14;
  long reminderCheckSeconds = 3600;
  int digestHour = 6;  // UTC
};

// Returns kInvalidArgument naming the key of a value that does not parse, or of
// a password file that cannot be read.
domain::Result<MailSettings> readMailSettings(const Poco::Util::AbstractConfiguration& c,
                                              const std::string& templatesDir);

}  // namespace accord::plugin
