#include "mail_settings.h"

#include <Poco/Exception.h>

namespace accord::plugin {

using domain::Error;

namespace {
// A whole number in [min, max] under `key`, or `fallback` when unset.
domain::Result<long> number(const Poco::Util::AbstractConfiguration& c, const std::string& key, long fallback,
                            long min, long max) {
  std::string text = c.getString(key, std::to_string(fallback));
  std::string why = "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", got '" +
                    text.substr(0, 40) + "'";
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
    return Error::invalid(key, why);
  long n = std::stol(text);
  if (n < min || n > max) return Error::invalid(key, why);
  return n;
}
}  // namespace

domain::Result<MailSettings> readMailSettings(const Poco::Util::AbstractConfiguration& c,
                                              const std::string& templatesDir) {
  MailSettings m;
  m.templatesDir = c.getString("mail.templates", templatesDir + "/mail");
  auto retry = number(c, "mail.retrySeconds", 30, 1, 86400);
  if (!retry.ok()) return retry.error();
  auto giveUp = number(c, "mail.giveUpSeconds", 2 * 86400, 1, 90L * 86400);
  if (!giveUp.ok()) return giveUp.error();
  auto poll = number(c, "mail.pollMs", 1000, 10, 3600000);
  if (!poll.ok()) return poll.error();
  m.retry = {*retry, std::max<long>(*retry, 3600), *giveUp};
  m.pollMs = *poll;
  auto days = number(c, "reminders.daysBefore", 14, 0, 365);
  if (!days.ok()) return days.error();
  auto check = number(c, "reminders.checkSeconds", 3600, 0, 86400);
  if (!check.ok()) return check.error();
  m.reminderDays = static_cast<int>(*days);
  m.reminderCheckSeconds = *check;
  auto digestHour = number(c, "mail.digestHour", 6, 0, 24);
  if (!digestHour.ok()) return digestHour.error();
  m.digestHour = static_cast<int>(*digestHour);
  std::string uri = c.getString("mail.smtp", "");
  if (uri.empty()) return m;
  mail::SmtpSettings s;
  if (domain::Status st = mail::parseSmtpUri("mail.smtp", uri, s); !st.ok()) return st.error();
  s.from = c.getString("mail.from", "Accord <accord@localhost>");
  s.replyTo = c.getString("mail.replyTo", "");
  s.baseUrl = c.getString("mail.baseUrl", "http://127.0.0.1:8080");
  while (!s.baseUrl.empty() && s.baseUrl.back() == '/') s.baseUrl.pop_back();
  s.user = c.getString("mail.user", "");
  try {
    s.startTls = c.getBool("mail.startTls", false);
  } catch (const Poco::Exception&) {
    return Error::invalid("mail.startTls", "must be true or false");
  }
  std::string passwordFile = c.getString("mail.passwordFile", "");
  if (!s.user.empty() && passwordFile.empty())
    return Error::invalid("mail.passwordFile", "is needed with mail.user: the password is read from a file");
  if (!passwordFile.empty())
    if (domain::Status st = mail::readPasswordFile("mail.passwordFile", passwordFile, s); !st.ok()) return st.error();
  m.smtp = std::move(s);
  return m;
}

}  // namespace accord::plugin
