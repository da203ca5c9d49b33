#include <fstream>

#include "accord/mail/mail.h"

namespace accord::mail {

using namespace accord::domain;

Status parseSmtpUri(std::string_view field, std::string_view uri, SmtpSettings& s) {
  constexpr std::string_view kScheme = "smtp://";
  auto bad = [&] { return Error::invalid(std::string(field), "must be smtp://host[:port], e.g. smtp://mail.example.org:587"); };
  if (uri.substr(0, kScheme.size()) != kScheme) return bad();
  std::string_view rest = uri.substr(kScheme.size());
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  std::string_view host = rest, port;
  if (auto colon = rest.rfind(':'); colon != std::string_view::npos) {
    host = rest.substr(0, colon);
    port = rest.substr(colon + 1);
  }
  if (host.empty() || host.find_first_of("/@ ?#") != std::string_view::npos) return bad();
  s.host = std::string(host);
  if (port.empty()) return {};
  if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos) return bad();
  int p = std::stoi(std::string(port));
  if (p < 1 || p > 65535) return bad();
  s.port = static_cast<std::uint16_t>(p);
  return {};
}

Status readPasswordFile(std::string_view field, const std::string& path, SmtpSettings& s) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) return Error::invalid(std::string(field), "cannot read the password file " + path);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) return Error::invalid(std::string(field), "the password file " + path + " is empty");
  s.password = std::move(line);
  return {};
}

}  // namespace accord::mail
