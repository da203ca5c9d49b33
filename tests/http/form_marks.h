// What the web suites check of a refused form in the server's HTML: each bad field
// marked invalid and described by its printed error, the good ones left alone.
#pragma once

#include <string>

#include "browser_form.h"

namespace accord::test {

bool shows(const Response& r, const std::string& text);

// Posts `form` as `page`'s browser to `path` (not below the page's own path).
Response postTo(BrowserPage& page, const std::string& path, const Form& form);

// The control with `id` is marked invalid (aria-invalid) and described by its error
// (aria-describedby "<id>-error"), which is printed beside it.
void marked(const Response& r, const std::string& id);

// The control with `id` carries no aria-invalid.
void unmarked(const Response& r, const std::string& id);

}  // namespace accord::test
