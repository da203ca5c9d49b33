#include "accord/app/conference_search.h"

#include "accord/app/authorization.h"
#include "readable.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// ASCII letters folded; other bytes (Cyrillic, Greek, ...) compared as written,
// which is what a person types who copies a name.
std::string folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}
bool contains(const std::string& haystack, const std::string& needle) {
  return needle.empty() || folded(haystack).find(folded(needle)) != std::string::npos;
}
}  // namespace

bool ConferenceSearch::matches(const Conference& c) const {
  if (!contains(c.title, title) || !contains(c.city, city)) return false;
  return !year || (c.startDate.year() <= *year && *year <= c.endDate.year());
}

Result<std::optional<int>> parseSearchYear(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::optional<int>();
  const std::string& t = *text;
  bool digits = t.size() == 4;
  for (char c : t) digits = digits && c >= '0' && c <= '9';
  int y = digits ? std::stoi(t) : 0;
  if (!digits || y < 1900 || y > 2200) return Error::invalid("year", "must be a year such as 2016");
  return std::optional<int>(y);
}

Result<Page<Conference>> searchConferences(const Context& ctx, const Actor& actor, const ConferenceSearch& search,
                                           const PageRequest& page) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  return transact<Page<Conference>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return detail::readablePage<Conference>(
        page, [&](const PageRequest& p) { return r.conferences().list(p); },
        [&](const Conference& c) { return search.matches(c); }, [](const Conference& c) { return c.id.str(); });
  });
}

}  // namespace accord::app
