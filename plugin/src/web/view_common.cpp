#include "view_common.h"

#include <Poco/UUIDGenerator.h>
#include <cmath>
#include <stdexcept>

#include "accord/app/consultation_rules.h"
#include "accord/app/read_models.h"

#include "labels.h"
#include "words.h"
#include "page.h"

namespace accord::web {

Data choice(const std::string& value, const std::string& label, bool selected) {
  Data c;
  c.set("value", value);
  c.set("label", label);
  c.set("selected", selected);
  return c;
}

std::string madeUpId(const std::string& prefix) {
  return prefix + Poco::UUIDGenerator::defaultGenerator().createRandom().toString().substr(0, 8);
}

domain::Result<long> formVersion(const Visit& v) {
  auto version = parseNumber(v.field("version"));
  if (!version) return domain::Error::invalid("version", "the form lacks the version it was made from");
  return *version;
}

Data conferenceSummary(const Visit& v, const domain::Conference& c) {
  Data d;
  d.set("title", c.title);
  d.set("href", link(v, "/conferences/" + pathSegment(c.id.str())));
  d.set("city", c.city);
  d.set("dates", v.words.date(c.startDate) + " – " + v.words.date(c.endDate));
  d.set("status", badge(v.words, c.status).label);
  return d;
}

Data countryData(const Site& site, const domain::CountryCode& code) {
  Data d;
  d.set("code", code.str());
  d.set("name", countryName(site, code));
  return d;
}

std::string countryName(const Site& site, const domain::CountryCode& code) {
  return site.services.countries.shown(code);
}

Data crumb(const std::string& label, const std::string& href) {
  Data c;
  c.set("label", label);
  c.set("href", href.empty() ? Data(false) : Data(href));
  c.set("current", href.empty());
  return c;
}

Data illustrativeNote(const Site& site, const Visit& v, const domain::ConferenceId& conference) {
  // A directory the reader may not open shows no banner: the page itself will say why.
  auto directory = app::getDirectory(site.ctx, v.actor(), conference);
  return directory.ok() ? text(directory->illustrative) : Data(false);
}

List conferenceCrumbs(const Visit& v, const std::string& conferenceId, const std::string& conferenceTitle) {
  List crumbs;
  crumbs.push_back(crumb(v.words("nav.conferences"), link(v, "/conferences")));
  crumbs.push_back(crumb(conferenceTitle.empty() ? v.words("crumb.conference") : conferenceTitle,
                         link(v, "/conferences/" + pathSegment(conferenceId))));
  return crumbs;
}

Data declarationHeader(const Site& site, const Visit& v, const domain::Declaration& d, const std::string& tab) {
  std::string base = "/declarations/" + pathSegment(d.id.str());
  Data h;
  h.set("id", d.id.str());
  h.set("title", d.title);
  h.set("status", badgeData(badge(v.words, d.status)));
  h.set("conferenceLink", link(v, "/conferences/" + pathSegment(d.conference.str())));
  h.set("conference", d.conference.str());
  List tabs;
  // Each tab's words are tab.<key> in the catalogue.
  const char* const all[] = {"text", "consultation", "endorsements", "implementation", "history"};
  const bool readsConsultation = app::consultationPermissionsFor(v.actor(), d).read;
  for (const char* key : all) {
    const std::string label = v.words(std::string("tab.") + key);
    // Comparing needs two revisions the reader may read (a viewer reads one).
    if (std::string(key) == "history" && d.revisions.size() < 2) continue;
    if (std::string(key) == "consultation" && !readsConsultation) continue;
    std::string path = base;
    if (std::string(key) == "consultation") path += "/consultation";
    if (std::string(key) == "endorsements") path += "/endorsements";
    if (std::string(key) == "implementation") path += "/implementation";
    if (std::string(key) == "history") path += "/compare";
    Data t;
    t.set("label", label);
    t.set("href", link(v, path));
    t.set("current", tab == key);
    tabs.push_back(t);
  }
  h.set("tabs", tabs);
  // Conferences › the conference › the declaration › this tab.
  h.set("illustrative", illustrativeNote(site, v, d.conference));
  std::string tabLabel;
  for (const char* key : all)
    if (tab == key && tab != "text") tabLabel = v.words(std::string("tab.") + key);
  List crumbs = declarationCrumbs(site, v, d, tabLabel.empty() && tab == "text");
  if (!tabLabel.empty()) crumbs.push_back(crumb(tabLabel, ""));
  h.set("crumbs", crumbs);
  return h;
}

List declarationCrumbs(const Site& site, const Visit& v, const domain::Declaration& d, bool current) {
  // A conference the reader may not open still shows as a step, by the word "Conference".
  auto conference = app::getConference(site.ctx, v.actor(), d.conference);
  List crumbs = conferenceCrumbs(v, d.conference.str(), conference.ok() ? conference->title : "");
  crumbs.push_back(crumb(d.title, current ? "" : link(v, "/declarations/" + pathSegment(d.id.str()))));
  return crumbs;
}

std::optional<long> parseNumber(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  long n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

domain::Result<int> revisionOfPath(const Visit& v) {
  if (auto n = parseNumber(v.param("n"))) return static_cast<int>(*n);
  return domain::Error::notFound("This declaration has no such revision.", "revision");
}

std::optional<double> parseDecimal(const std::string& text) {
  std::size_t used = 0;
  double x = 0;
  try {
    x = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  // "nan", "inf" and hexadecimal are what stod reads but no person types as a measurement.
  if (text.empty() || used != text.size() || !std::isfinite(x) || text.find_first_of("xXnN") != std::string::npos)
    return std::nullopt;
  return x;
}

}  // namespace accord::web
