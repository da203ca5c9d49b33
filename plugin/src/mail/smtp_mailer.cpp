// Sending composed messages by SMTP with Poco::Net, on one session kept open. Replies decide
// what happens next: 4xx and network trouble (refused, reset, timed out) are
// temporary, so the outbox retries; 5xx is permanent, so it gives up.
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Net/Context.h>
#include <Poco/Timestamp.h>

#include "accord/mail/mail.h"

namespace accord::mail {

using app::Delivery;
using app::DeliveryOutcome;
using Poco::Net::MailMessage;

namespace {
// The SMTP reply code a Poco exception carries: its code, or the three digits its
// text starts with; 0 when it is not an SMTP reply at all.
int replyCode(const Poco::Exception& e) {
  if (e.code() >= 200 && e.code() < 600) return e.code();
  for (const std::string& text : {e.message(), e.displayText()}) {
    std::size_t at = text.find_first_of("0123456789");
    if (at != std::string::npos && at + 3 <= text.size() && text.find_first_not_of("0123456789", at) == at + 3) {
      int code = std::stoi(text.substr(at, 3));
      if (code >= 200 && code < 600) return code;
    }
  }
  return 0;
}

class SmtpMailer final : public app::NotificationMailer {
 public:
  SmtpMailer(SmtpSettings s, const MailComposer& composer) : s_(std::move(s)), composer_(composer) {}
  ~SmtpMailer() override {
    if (!session_) return;
    try {
      session_->close();
    } catch (...) {
      // QUIT is a courtesy; the server times the session out anyway.
    }
  }

  Delivery deliver(const app::OutboxItem& item) override {
    if (item.email.empty()) return {DeliveryOutcome::kPermanentFailure, "the account has no e-mail address"};
    // The delivery key: a message made twice for one notification (a sender that
    // stopped between the server's 250 and recording it) carries the same id, so
    // that the receiving side can drop the copy.
    return send(composer_.compose(item, item.language, s_.baseUrl), item.email, item.displayName,
                "notification-" + std::to_string(item.notification.id));
  }

  Delivery deliverDigest(const app::DigestItem& digest) override {
    if (digest.email.empty()) return {DeliveryOutcome::kPermanentFailure, "the account has no e-mail address"};
    // "digest:<user>:<day>": the day is the key's last part.
    std::string day = digest.key.substr(digest.key.rfind(':') + 1);
    std::string id = digest.key;
    for (char& c : id)
      if (c == ':') c = '.';
    return send(composer_.composeDigest(digest, day, s_.baseUrl), digest.email, digest.displayName, id);
  }

 private:
  // Sends `mail` to `email` under the Message-ID `messageId`, on the kept session.
  Delivery send(const ComposedMail& mail, const std::string& email, const std::string& displayName,
                const std::string& messageId) {
    MailMessage m;
    m.setSender(s_.from);
    m.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, email,
                                            MailMessage::encodeWord(displayName, "UTF-8")));
    m.setSubject(MailMessage::encodeWord(mail.subject, "UTF-8"));
    m.setDate(Poco::Timestamp());
    m.set("Message-ID", "<" + messageId + "." + s_.host + "@accord>");
    if (!s_.replyTo.empty()) m.set("Reply-To", s_.replyTo);
    m.setContentType("multipart/alternative");
    m.addContent(new Poco::Net::StringPartSource(mail.text, "text/plain; charset=UTF-8"),
                 MailMessage::ENCODING_QUOTED_PRINTABLE);
    m.addContent(new Poco::Net::StringPartSource(mail.html, "text/html; charset=UTF-8"),
                 MailMessage::ENCODING_QUOTED_PRINTABLE);
    // Twice at most: a session kept from the last message may have been closed by
    // the server meanwhile, which says nothing about this message.
    for (int attempt = 0;; ++attempt) {
      bool reused = session_ != nullptr;
      try {
        if (!session_) session_ = open();
        session_->sendMessage(m);
        return {DeliveryOutcome::kSent, "250"};
      } catch (const Poco::Net::SMTPException& e) {
        drop();
        int code = replyCode(e);
        if (code == 0 && reused && attempt == 0) continue;
        // The password never appears here: Poco's exceptions carry the server's reply.
        return {code >= 500 ? DeliveryOutcome::kPermanentFailure : DeliveryOutcome::kTemporaryFailure,
                e.displayText()};
      } catch (const Poco::Exception& e) {
        drop();
        if (reused && attempt == 0) continue;
        return {DeliveryOutcome::kTemporaryFailure, e.displayText()};
      } catch (const std::exception& e) {
        drop();
        return {DeliveryOutcome::kTemporaryFailure, e.what()};
      }
    }
  }

  // A logged-in session, kept for the next message: the sender delivers a batch
  // one message after another on its one thread, and a new session per message
  // (connect, EHLO, STARTTLS, AUTH) would cost more than the message.
  std::unique_ptr<Poco::Net::SecureSMTPClientSession> open() {
    std::unique_ptr<Poco::Net::SecureSMTPClientSession> session;
    if (s_.startTls) {
      // Made from the host name, which STARTTLS checks the certificate against.
      session = std::make_unique<Poco::Net::SecureSMTPClientSession>(s_.host, s_.port);
    } else {
      Poco::Net::StreamSocket socket;
      socket.connect(Poco::Net::SocketAddress(s_.host, s_.port), Poco::Timespan(s_.timeoutSeconds, 0));
      // Commands and the message go out in small writes, each waiting for a reply:
      // with Nagle's algorithm every one would wait for the server's delayed ACK
      // (17 messages/s instead of 138 in notify_bench).
      socket.setNoDelay(true);
      session = std::make_unique<Poco::Net::SecureSMTPClientSession>(socket);
    }
    session->setTimeout(Poco::Timespan(s_.timeoutSeconds, 0));
    session->login();
    if (s_.startTls) {
      Poco::Net::Context::Ptr tls(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, ""));
      if (!session->startTLS(tls)) throw Poco::Net::SMTPException("the server does not offer STARTTLS", 530);
    }
    if (!s_.user.empty()) session->login(Poco::Net::SMTPClientSession::AUTH_LOGIN, s_.user, s_.password);
    return session;
  }
  void drop() { session_.reset(); }

  SmtpSettings s_;
  const MailComposer& composer_;
  std::unique_ptr<Poco::Net::SecureSMTPClientSession> session_;
};
}  // namespace

std::unique_ptr<app::NotificationMailer> makeSmtpMailer(SmtpSettings settings, const MailComposer& composer) {
  return std::make_unique<SmtpMailer>(std::move(settings), composer);
}

}  // namespace accord::mail
