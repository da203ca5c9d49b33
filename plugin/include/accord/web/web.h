// The browser UI: server-rendered pages for the secretariat, coordinators and
// monitors, from the Mustache templates in templates/html/. Pages call the same
// use cases as the REST API, so the same authorization applies; signing in goes
// through the SessionService, and the session token travels in an HttpOnly,
// SameSite=Strict cookie with a CSRF token on every form.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "accord/app/credentials.h"
#include "accord/app/document_port.h"
#include "accord/app/record_snapshots.h"
#include "accord/app/session_service.h"
#include "accord/app/store.h"
#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::web {

// What the pages work with. The referenced objects must outlive the Web and every
// handler it created.
struct WebServices {
  app::Store& store;
  const domain::Clock& clock;
  const app::RecordSnapshots& snapshots;  // what audit events keep of a record
  const app::DocumentPort& documents;
  const domain::CountryCatalog& countries;
  app::SessionService& sessions;
  std::string templatesDir;  // holds html/*.mustache and html/static/
  Poco::Logger& logger;
  bool secureCookies = false;  // the site is served over HTTPS: cookies get Secure
  // For the account pages: the hasher of new passwords and the maker of the ones
  // an administrator leaves for the server to choose.
  const app::PasswordHasher* hasher = nullptr;
  std::function<std::string()> newPassword;
  // The organization's time zone (a name in the system's zone database): pages
  // print times in it, "28 October 2016, 09:30 (CEST)".
  std::string timeZone = "Europe/Vienna";
};

class Web {
 public:
  // Compiles every template under templatesDir/html once. Returns kNotFound or
  // kInvalidArgument naming the template file that is missing or does not parse,
  // or "web.timeZone" for a zone the system's zone database lacks.
  static domain::Result<std::unique_ptr<Web>> load(WebServices services);
  ~Web();
  Web(const Web&) = delete;
  Web& operator=(const Web&) = delete;

  // A factory answering pages under `mountPrefix` ("" or "/name"). It shares this
  // Web's state; keep the Web alive while the factory is in use.
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory(const std::string& mountPrefix);

  // Whether a page answers `path` (below the mount prefix, query ignored) under
  // some method. A host sends the paths no page knows to the API, so that one
  // place answers (and counts) unknown addresses; only a browser's request (it
  // accepts text/html) outside /api gets the pages' HTML not-found page instead.
  bool serves(const std::string& path) const;

  struct State;

 private:
  explicit Web(std::shared_ptr<State> state);
  std::shared_ptr<State> state_;
};

}  // namespace accord::web
