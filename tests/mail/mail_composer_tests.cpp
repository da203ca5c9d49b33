// Composing notification mail from templates/mail: the sentences of the kind, the
// link below the base address, user text as data (never a template, escaped in
// HTML, one line in the subject), and the checks that stop a broken replacement.
#include <filesystem>
#include <fstream>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/mail/mail.h"

using namespace accord;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(mail_composer_tests)

namespace {
domain::CountryCatalog countries() {
  domain::CountryCatalog c;
  domain::Country mk;
  mk.code = *domain::CountryCode::parse("country", "MK");
  mk.name = "North Macedonia";
  c.put(mk);
  return c;
}

app::OutboxItem item(domain::NotificationKind kind, const std::string& title) {
  app::OutboxItem i;
  i.notification.id = 42;
  i.notification.recipient = "coordinator.mk";
  i.notification.event = {kind, "cm-1", *domain::CountryCode::parse("country", "MK"), title,
                          "/commitments/cm-1/countries/MK", ""};
  i.email = "mk@example.org";
  i.displayName = "Aleksandar Trajkovski";
  return i;
}

std::string copyTemplates() {
  fs::path dir = fs::temp_directory_path() / ("accord-mail-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy("templates/mail", dir);
  return dir.string();
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_proposal_names_the_country_and_links_to_the_assignment_page) {
  auto catalog = countries();
  auto composer = mail::MailComposer::load("templates/mail", catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  auto m = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "Open shelters"), "en",
                                "https://accord.example.org");
  BOOST_TEST(m.subject == "Commitment proposed to North Macedonia: Open shelters");
  BOOST_TEST(m.link == "https://accord.example.org/commitments/cm-1/countries/MK");
  BOOST_TEST(m.text.find("Dear Aleksandar Trajkovski,") != std::string::npos);
  BOOST_TEST(m.text.find(m.link) != std::string::npos);
  BOOST_TEST(m.html.find("<a href=\"" + m.link + "\">Accept or decline the commitment</a>") != std::string::npos);
  // No catalogue for Macedonian: English.
  auto mk = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "Open shelters"), "mk", "");
  BOOST_TEST(mk.subject == m.subject);
}

// The French catalogue: every kind has its sentences (the load checks it), and a
// message asked in French is French in both parts, its HTML saying so.
BOOST_AUTO_TEST_CASE(a_message_in_french_uses_the_french_catalogue) {
  auto catalog = countries();
  auto composer = mail::MailComposer::load("templates/mail", catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  auto m = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "Ouvrir des refuges"), "fr",
                                "https://accord.example.org");
  BOOST_TEST(m.subject == "Engagement proposé au pays North Macedonia : Ouvrir des refuges");
  BOOST_TEST(m.text.find("Bonjour Aleksandar Trajkovski,") != std::string::npos);
  BOOST_TEST(m.html.find("<html lang=\"fr\">") != std::string::npos);
  BOOST_TEST(m.html.find(">Accepter ou refuser l&apos;engagement</a>") != std::string::npos);
}

// The Russian catalogue, with the country named in Russian where the list has the
// name; a country without one keeps its English name; a marked name ("Kosovo*")
// keeps its mark whatever the language.
BOOST_AUTO_TEST_CASE(a_message_in_russian_names_the_country_in_russian) {
  auto catalog = countries();
  domain::Country mk = *catalog.find(*domain::CountryCode::parse("country", "MK"));
  mk.names["ru"] = "Северная Македония";
  catalog.put(mk);
  domain::Country xk;
  xk.code = *domain::CountryCode::parse("country", "XK");
  xk.name = "Kosovo";
  xk.displayName = "Kosovo*";
  xk.names["ru"] = "Косово";
  catalog.put(xk);
  auto composer = mail::MailComposer::load("templates/mail", catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  auto m = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "Открыть приюты"), "ru",
                                "https://accord.example.org");
  BOOST_TEST(m.subject == "Стране Северная Македония предложено обязательство: Открыть приюты");
  BOOST_TEST(m.text.find("Здравствуйте, Aleksandar Trajkovski!") != std::string::npos);
  BOOST_TEST(m.html.find("<html lang=\"ru\">") != std::string::npos);
  BOOST_TEST(m.html.find(">Принять или отклонить обязательство</a>") != std::string::npos);
  auto i = item(domain::NotificationKind::kEndorsementOpened, "Joint Declaration");
  i.notification.event.country = xk.code;
  BOOST_TEST((*composer)->compose(i, "ru", "").subject == "Открыто для одобрения: Joint Declaration");
  BOOST_TEST((*composer)->compose(i, "ru", "").text.find("страна Kosovo* приглашена") != std::string::npos);
  // German has no catalogue: English, and the English name.
  auto de = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "X"), "de", "");
  BOOST_TEST(de.html.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(de.subject.find("North Macedonia") != std::string::npos);
}

// A reminder carries the secretariat's own words as its body: kept as written in
// the text part, escaped in the HTML part, never read as a template.
BOOST_AUTO_TEST_CASE(a_reminder_carries_the_secretariats_text) {
  auto catalog = countries();
  auto composer = mail::MailComposer::load("templates/mail", catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  auto i = item(domain::NotificationKind::kReminder, "Joint Declaration");
  i.notification.event.message = "Please answer by <Friday> {{country}}.\nThank you.";
  auto m = (*composer)->compose(i, "en", "https://accord.example.org");
  BOOST_TEST(m.subject == "Reminder for North Macedonia: Joint Declaration");
  BOOST_TEST(m.text.find("Please answer by <Friday> {{country}}.\nThank you.") != std::string::npos);
  BOOST_TEST(m.html.find("Please answer by &lt;Friday&gt; {{country}}.") != std::string::npos);
  BOOST_TEST(m.html.find("<a href=\"" + m.link + "\">Answer now</a>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(user_text_is_data_escaped_in_html_and_one_line_in_the_subject) {
  auto catalog = countries();
  auto composer = mail::MailComposer::load("templates/mail", catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  std::string title = "<b>{{country}}</b> & \"more\"\r\nBcc: victim@example.org";
  auto m = (*composer)->compose(item(domain::NotificationKind::kEndorsementOpened, title), "en", "");
  BOOST_TEST(m.subject.find('\n') == std::string::npos);
  BOOST_TEST(m.subject.find('\r') == std::string::npos);
  BOOST_TEST(m.subject.find("<b>{{country}}</b>") != std::string::npos);
  BOOST_TEST(m.text.find("\"<b>{{country}}</b> & \"more\"  Bcc: victim@example.org\"") != std::string::npos, m.text);
  BOOST_TEST(m.html.find("&lt;b&gt;{{country}}&lt;/b&gt; &amp; &quot;more&quot;") != std::string::npos, m.html);
  BOOST_TEST(m.html.find("<b>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_replacement_catalogue_in_another_language_is_used_and_must_be_complete) {
  std::string dir = copyTemplates();
  {
    std::ifstream in(dir + "/messages.en.json");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    auto at = text.find("Commitment proposed to");
    text.replace(at, 22, "Engagement proposé à");
    std::ofstream(dir + "/messages.fr.json") << text;
  }
  auto catalog = countries();
  auto composer = mail::MailComposer::load(dir, catalog);
  BOOST_TEST_REQUIRE(composer.ok());
  auto m = (*composer)->compose(item(domain::NotificationKind::kCommitmentProposed, "X"), "fr", "");
  BOOST_TEST(m.subject == "Engagement proposé à North Macedonia: X");
  std::ofstream(dir + "/messages.de.json") << R"({"greeting":"Hallo","footer":"","kinds":{}})";
  auto broken = mail::MailComposer::load(dir, catalog);
  BOOST_TEST_REQUIRE(!broken.ok());
  BOOST_TEST(broken.error().field == "mail.templates");
  BOOST_TEST(broken.error().message.find("messages.de.json: no sentences for kind") != std::string::npos,
             broken.error().message);
  std::ofstream(dir + "/html.mustache") << "{{#unclosed}}";
  BOOST_TEST(!mail::MailComposer::load(dir, catalog).ok());
  fs::remove_all(dir);
}

const char* kBadUris[] = {"", "smtp://", "http://mail.example.org", "smtp://mail.example.org:0",
                          "smtp://mail.example.org:70000", "smtp://user@mail.example.org", "smtp://host:2x5",
                          "smtp://a b"};

BOOST_DATA_TEST_CASE(a_bad_smtp_uri_is_refused_naming_the_setting, boost::unit_test::data::make(kBadUris), uri) {
  mail::SmtpSettings s;
  auto st = mail::parseSmtpUri("mail.smtp", uri, s);
  BOOST_TEST_REQUIRE(!st.ok());
  BOOST_TEST(st.error().field == "mail.smtp");
}

BOOST_AUTO_TEST_CASE(an_smtp_uri_gives_host_and_port) {
  mail::SmtpSettings s;
  BOOST_TEST(mail::parseSmtpUri("mail.smtp", "smtp://mail.example.org:587", s).ok());
  BOOST_TEST(s.host == "mail.example.org");
  BOOST_TEST(s.port == 587);
  mail::SmtpSettings d;
  BOOST_TEST(mail::parseSmtpUri("mail.smtp", "smtp://127.0.0.1", d).ok());
  BOOST_TEST(d.port == 25);
}

BOOST_AUTO_TEST_CASE(the_password_is_the_first_line_of_its_file) {
  fs::path file = fs::temp_directory_path() / ("accord-smtp-" + std::to_string(::getpid()));
  std::ofstream(file) << "s3cret pass\r\nignored\n";
  mail::SmtpSettings s;
  BOOST_TEST(mail::readPasswordFile("mail.passwordFile", file.string(), s).ok());
  BOOST_TEST(s.password == "s3cret pass");
  std::ofstream(file) << "";
  BOOST_TEST(mail::readPasswordFile("mail.passwordFile", file.string(), s).error().field == "mail.passwordFile");
  fs::remove(file);
  BOOST_TEST(!mail::readPasswordFile("mail.passwordFile", file.string(), s).ok());
}

BOOST_AUTO_TEST_SUITE_END()
