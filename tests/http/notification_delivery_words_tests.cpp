// What became of each notification's e-mail, on /notifications in words (issue 16
// item 3, issue 19): waiting, sent when, held for the digest, not mailed by the
// person's choice, or why it could not be sent; never the internal state names or
// the mail server's raw reply.
#include <boost/test/unit_test.hpp>

#include <ctime>
#include <string>

#include "accord/app/repositories.h"
#include "accord/app/store.h"
#include "accord/storage/storage.h"
#include "browser_form.h"
#include "plugin_server.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(notification_delivery_words_tests)

BOOST_AUTO_TEST_CASE(each_notification_says_what_became_of_its_email_in_words) {
  PluginServer server;
  Client coordinator = server.client().as("coordinator.mk;coordinator;MK");
  BOOST_TEST_REQUIRE(coordinator.get("/api/v1/preferences").status == 200);  // the account exists
  auto store = storage::openStore(server.storageUri());
  BOOST_TEST_REQUIRE(store.ok());
  auto now = domain::Timestamp::fromSeconds(static_cast<std::int64_t>(std::time(nullptr)));
  auto event = [](domain::NotificationKind kind, const std::string& title) {
    return domain::NotificationEvent{kind, "cm-words", *domain::CountryCode::parse("country", "MK"), title, "/commitments/cm-words", ""};
  };
  domain::Audience mk{{}, std::nullopt, "coordinator.mk"};
  auto s = (*store)->run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    auto& outbox = r.outbox();
    for (const char* title : {"Sent one", "Refused one", "No address one", "Waiting one"})
      if (auto n = outbox.enqueue(event(domain::NotificationKind::kDeadlinePassed, title), mk, now); !n.ok())
        return n.error();
    auto claimed = outbox.claim("words-test", now, domain::Timestamp::fromSeconds(now.seconds() + 60), 3);
    if (!claimed.ok()) return claimed.error();
    if (claimed->size() != 3u) return domain::Error::invalid("claim", "expected 3");
    (void)outbox.markSent((*claimed)[0].notification.id, "words-test", now);
    (void)outbox.markFailed((*claimed)[1].notification.id, "words-test", "550 5.1.1 <x@y>: Recipient address rejected");
    (void)outbox.markFailed((*claimed)[2].notification.id, "words-test", "the account has no e-mail address");
    domain::NotificationChoices c;
    c.topics[domain::NotificationTopic::kCommitments] = {true, domain::MailTiming::kDigest};
    c.topics[domain::NotificationTopic::kReminders] = {false, domain::MailTiming::kImmediate};
    if (auto st = r.accounts().setNotificationChoices("coordinator.mk", c); !st.ok()) return st;
    for (auto kind : {domain::NotificationKind::kCommitmentProposed, domain::NotificationKind::kReminder})
      if (auto n = outbox.enqueue(event(kind, "Chosen one"), mk, now); !n.ok()) return n.error();
    return {};
  });
  BOOST_TEST_REQUIRE(s.ok(), (s.ok() ? "" : s.error().message));
  BrowserPage page(server, coordinator, "/notifications");
  Response shown = page.browser.get("/notifications", page.cookie);
  BOOST_TEST_REQUIRE(shown.status == 200, shown.body.substr(0, 300));
  const std::string& html = shown.body;
  for (const char* words : {"E-mail: waiting to be sent", "E-mail: sent ", "E-mail: will go in your next daily digest",
                            "Not mailed (your settings)", "E-mail: could not be sent: the mail server refused it",
                            "E-mail: could not be sent: your account has no e-mail address"})
    BOOST_TEST(html.find(words) != std::string::npos, words);
  for (const char* code : {"not_mailed", "· mail held", "mail pending", "mail failed", "Recipient address rejected"})
    BOOST_TEST(html.find(code) == std::string::npos, code);
  // The same page in French, for a person who chose French.
  BOOST_TEST_REQUIRE(coordinator.put("/api/v1/preferences", R"({"language":"fr"})").status == 200);
  Response fr = page.browser.get("/notifications", page.cookie);
  BOOST_TEST(fr.body.find("Pas envoyé par courriel (vos réglages)") != std::string::npos);
  // French typography: a no-break space before the colon.
  BOOST_TEST(fr.body.find("Courriel\u00a0: partira dans votre prochain résumé quotidien") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
