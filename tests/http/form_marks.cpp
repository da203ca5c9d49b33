#include "form_marks.h"

#include <boost/test/unit_test.hpp>

namespace accord::test {

namespace {

// The opening tag of the element with `id`.
std::string tagOf(const Response& r, const std::string& id) {
  std::size_t at = r.body.find("id=\"" + id + "\"");
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, id);
  std::size_t open = r.body.rfind('<', at);
  return r.body.substr(open, r.body.find('>', at) - open);
}

}  // namespace

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

Response postTo(BrowserPage& page, const std::string& path, const Form& form) {
  return page.browser.send("POST", path, urlEncoded(form), "application/x-www-form-urlencoded", page.cookie);
}

void marked(const Response& r, const std::string& id) {
  std::string tag = tagOf(r, id);
  BOOST_TEST(tag.find("aria-describedby=\"" + id + "-error\"") != std::string::npos, id << ": " << tag);
  BOOST_TEST((tag.find("aria-invalid=\"true\"") != std::string::npos || tag.rfind("<fieldset", 0) == 0),
             id << ": " << tag);
  BOOST_TEST(shows(r, "<span class=\"error\" id=\"" + id + "-error\">"), id);
}

void unmarked(const Response& r, const std::string& id) {
  BOOST_TEST(tagOf(r, id).find("aria-invalid") == std::string::npos, id << " is valid and not marked");
}

}  // namespace accord::test
