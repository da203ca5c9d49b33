#include "accord/web/web.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include "accord/app/delegate_import.h"
#include "accord/base/sha256.h"
#include "accord/domain/revision.h"
#include "accord/http/security_headers.h"
#include "flash.h"
#include "language_choice.h"
#include "page.h"
#include "router.h"
#include "session_cookie.h"
#include "site.h"

namespace accord::web {

namespace {

// The largest form is the editor's with the largest revision a writer may save
// (domain/revision.h): every character percent-encoded (up to 4 bytes, 3 form
// bytes each), and per unit its fields (id, order, delete, lead phrase, text) with
// their names. Anything larger is refused before it is parsed.
constexpr std::size_t kFieldsPerUnit = 5;
constexpr std::streamsize kMaxFormBytes =
    static_cast<std::streamsize>(4 * 3 * domain::kMaxRevisionChars + 512 * domain::kMaxRevisionUnits + (64 << 10));
constexpr int kMaxFormFields = static_cast<int>(kFieldsPerUnit * domain::kMaxRevisionUnits + 100);

Visit readVisit(Poco::Net::HTTPServerRequest& request, const std::string& prefix) {
  Visit v;
  v.method = request.getMethod();
  v.prefix = prefix;
  v.address = request.clientAddress().host().toString();
  v.host = request.getHost();
  Poco::URI uri(request.getURI());
  v.path = uri.getPath().substr(prefix.size());
  if (v.path.empty()) v.path = "/";
  for (auto& [k, val] : uri.getQueryParameters()) v.query[k] = val;
  if (v.method == "POST") {
    // The url-encoded body only. HTMLForm::load would add the query string's
    // fields as well, and a link (which anyone can make) would then carry a
    // form's fields, the CSRF token among them.
    Poco::Net::HTMLForm form;
    form.setFieldLimit(kMaxFormFields);
    // One field may be a pasted CSV file (the delegate import): let twice the
    // largest one through, so that the import refuses a larger one in words
    // rather than the form reader with "malformed".
    form.setValueLengthLimit(static_cast<int>(2 * app::kMaxImportBytes));
    form.read(request.stream());
    for (const auto& [k, val] : form) v.form[k] = val;
  }
  return v;
}

// Who the cookie speaks for, if anyone; an invalid cookie is treated as none.
void authenticate(const Site& site, const Poco::Net::HTTPServerRequest& request, Visit& v) {
  auto token = cookieValue(request.get("Cookie", ""), kSessionCookie);
  if (!token || token->empty()) return;
  auto who = site.services.sessions.authenticate(*token);
  if (!who.ok()) return;
  v.who = std::move(who).value();
  v.sessionToken = *token;
  v.csrf = csrfToken(*token);
  // Only a page read after a form shows its message (and clears it).
  if (v.method != "GET") return;
  if (auto flash = cookieValue(request.get("Cookie", ""), kFlashCookie); flash && !flash->empty())
    v.flash = decodeFlash(*flash, v.sessionToken);
}

// A POST must come from our own pages. Browsers say where a form came from in
// Sec-Fetch-Site; the Origin header is "null" under our no-referrer policy, so it
// only counts when it names a real, different origin. A signed-in POST must also
// carry the session's CSRF token (checked by the caller).
bool sameOrigin(const Poco::Net::HTTPServerRequest& request) {
  std::string site = request.get("Sec-Fetch-Site", "");
  if (!site.empty() && site != "same-origin" && site != "none") return false;
  std::string origin = request.get("Origin", "");
  if (origin.empty() || origin == "null") return true;
  return Poco::URI(origin).getAuthority() == request.getHost();
}

// Our pages send url-encoded forms only (no file uploads); a body of any other
// type would otherwise be parsed as if it were one.
bool urlEncodedForm(const Poco::Net::HTTPServerRequest& request) {
  std::string type = Poco::toLower(request.getContentType());
  std::string bare = type.substr(0, type.find(';'));
  Poco::trimInPlace(bare);
  return bare.empty() || bare == "application/x-www-form-urlencoded";
}

// The CSRF token a POST carries: in its form body, or in the X-CSRF-Token header
// (a script's request). Never from the query string (see readVisit).
std::string csrfGiven(const Poco::Net::HTTPServerRequest& request, const Visit& v) {
  std::string inForm = v.field(kCsrfField);
  return inForm.empty() ? request.get(kCsrfHeader, "") : inForm;
}

class PageHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  PageHandler(std::shared_ptr<Site> site, std::string prefix) : site_(std::move(site)), prefix_(std::move(prefix)) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    Reply reply;
    try {
      reply = answer(request);
    } catch (const std::exception& e) {
      site_->services.logger.error("page %s failed: %s", request.getURI(), std::string(e.what()));
      reply = Reply{};
      reply.status = 500;
      reply.contentType = "text/plain; charset=utf-8";
      reply.body = "Accord could not show this page. The error is in the server log.";
    }
    send(reply, response);
  }

 private:
  Reply answer(Poco::Net::HTTPServerRequest& request) {
    if (request.getContentLength() > kMaxFormBytes) return plain(413, "That form is too large.");
    if (request.getMethod() == "POST" && !urlEncodedForm(request))
      return plain(415, "Accord's pages accept forms sent as application/x-www-form-urlencoded only.");
    Visit v;
    try {
      v = readVisit(request, prefix_);
    } catch (const Poco::Exception& e) {
      // A form or address that cannot be decoded (a bad %-escape, too many
      // fields, broken multipart) is the client's mistake, said to the client;
      // the log notes it once, at info level.
      site_->services.logger.information("page %s: unreadable request: %s", request.getURI().substr(0, 200),
                                         e.displayText());
      return plain(400, "This request could not be read: the address or the form is malformed.");
    }
    authenticate(*site_, request, v);
    v.acceptLanguage = request.get("Accept-Language", "").substr(0, 1000);
    v.language = chooseLanguage(v.who ? v.who->account.language : "", v.acceptLanguage,
                                site_->templates.languages());
    v.words = Wording(site_->templates.catalogue(), v.language);
    Match m = matchRoute(pageRoutes(), v.method, v.path);
    if (!m.route) {
      if (m.otherMethod) return plain(405, "This page does not accept that method.");
      return errorPage(*site_, v, domain::Error::notFound("There is no page at this address."));
    }
    v.params = std::move(m.params);
    if (m.route->access == Access::kSignedIn && !v.who) {
      if (v.method != "GET") return plain(401, "Your session has ended; sign in again.");
      std::string next;
      Poco::URI::encode(request.getURI(), "&=?#+", next);
      return redirectTo(v, "/signin?next=" + next);
    }
    if (v.method == "POST") {
      if (!sameOrigin(request)) return plain(403, "This form was sent from another site.");
      if (v.who && !csrfMatches(v.sessionToken, csrfGiven(request, v)))
        return plain(403, "This form has expired or was not sent from Accord; reload the page and try again.");
    }
    return m.route->page(*site_, v);
  }

  static Reply plain(int status, std::string text) {
    Reply r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = std::move(text);
    return r;
  }

  void send(const Reply& reply, Poco::Net::HTTPServerResponse& response) {
    http::applySecurityHeaders(response);
    bool cacheable = false;
    for (const auto& [name, value] : reply.headers) {
      if (name == "Set-Cookie") response.add(name, value);
      else response.set(name, value);
      cacheable = cacheable || name == "Cache-Control";
    }
    // Pages show one person's data: never kept by a shared cache or the back button.
    if (!cacheable) response.set("Cache-Control", "no-store");
    if (!reply.location.empty()) {
      response.set("Location", reply.location);
      response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SEE_OTHER);
      response.setContentLength(0);
      response.send();
      return;
    }
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
    response.setContentType(reply.contentType);
    response.sendBuffer(reply.body.data(), reply.body.size());
  }

  std::shared_ptr<Site> site_;
  std::string prefix_;
};

class PageFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  PageFactory(std::shared_ptr<Site> site, std::string prefix) : site_(std::move(site)), prefix_(std::move(prefix)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new PageHandler(site_, prefix_);
  }

 private:
  std::shared_ptr<Site> site_;
  std::string prefix_;
};

// The static files are served with a year's cache life, so their links carry a
// hash of their content: a changed file gets a new URL.
std::string staticVersion(const std::string& dir) {
  std::vector<std::string> files;
  if (Poco::File(dir).exists()) Poco::File(dir).list(files);
  std::sort(files.begin(), files.end());
  std::string all;
  for (const std::string& f : files) {
    std::ifstream in(dir + "/" + f, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    all += f + '\n' + bytes.str();
  }
  return base::sha256Hex(all).substr(0, 12);
}

}  // namespace

domain::Result<std::unique_ptr<Web>> Web::load(WebServices services) {
  auto templates = Templates::load(services.templatesDir + "/html");
  if (!templates.ok()) return templates.error();
  app::Context ctx{services.store, services.clock, services.snapshots};
  std::string assetVersion = staticVersion(services.templatesDir + "/html/static");
  auto zone = TimeZone::load(services.timeZone);
  if (!zone.ok()) return zone.error();
  auto state = std::make_shared<State>(
      State{std::move(services), std::move(templates).value(), ctx, assetVersion, std::move(zone).value(), {}});
  for (const domain::Country& c : state->services.countries.all())
    if (!c.footnote.empty())
      state->footnotes.emplace_back(c.shown(), (c.shown().back() == '*' ? "* " : c.shown() + ": ") + c.footnote);
  return std::unique_ptr<Web>(new Web(std::move(state)));
}

Web::Web(std::shared_ptr<State> state) : state_(std::move(state)) {}
Web::~Web() = default;

bool Web::serves(const std::string& path) const {
  std::string p = path.substr(0, path.find_first_of("?#"));
  if (p.empty()) p = "/";
  Match m = matchRoute(pageRoutes(), "GET", p);
  return m.route != nullptr || m.otherMethod;
}

Poco::Net::HTTPRequestHandlerFactory::Ptr Web::factory(const std::string& mountPrefix) {
  return new PageFactory(state_, mountPrefix);
}

}  // namespace accord::web
