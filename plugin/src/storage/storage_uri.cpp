#include "accord/storage/storage_uri.h"

#include <cctype>
#include <map>

namespace accord::storage {

using domain::Error;

namespace {
Error bad(const std::string& why) {
  return Error::invalid("storage", why + " (expected sqlite:PATH or postgresql://user@host:port/db)");
}

std::optional<std::string> percentDecode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out.push_back(s[i]);
      continue;
    }
    if (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(s[i + 2])))
      return std::nullopt;
    out.push_back(static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16)));
    i += 2;
  }
  return out;
}

// A libpq conninfo value, quoted so that spaces and quotes survive.
std::string conninfoValue(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

bool isIdentifier(const std::string& s) {
  if (s.empty() || s.size() > 63 || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
      return false;
  return true;
}

domain::Result<StorageUri> parsePostgres(const std::string& uri, std::size_t schemeEnd) {
  StorageUri out;
  out.backend = Backend::kPostgresql;
  out.connector = "PostgreSQL";
  std::string rest = uri.substr(schemeEnd);
  std::string query;
  if (auto q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  auto slash = rest.find('/');
  if (slash == std::string::npos || slash + 1 >= rest.size()) return bad("no database name in '" + uri + "'");
  std::string authority = rest.substr(0, slash), db = rest.substr(slash + 1);
  std::string user, password, hostport = authority;
  if (auto at = authority.rfind('@'); at != std::string::npos) {
    user = authority.substr(0, at);
    hostport = authority.substr(at + 1);
    if (auto colon = user.find(':'); colon != std::string::npos) {
      password = user.substr(colon + 1);
      user = user.substr(0, colon);
    }
  }
  std::string host = hostport, port;
  if (auto colon = hostport.rfind(':'); colon != std::string::npos && hostport.find(']') == std::string::npos) {
    host = hostport.substr(0, colon);
    port = hostport.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
      return bad("bad port '" + port + "'");
  }
  auto dUser = percentDecode(user), dPassword = percentDecode(password), dDb = percentDecode(db);
  if (!dUser || !dPassword || !dDb) return bad("bad %-escape in '" + uri + "'");

  std::map<std::string, std::string> params;
  if (!host.empty()) params["host"] = host;
  if (!port.empty()) params["port"] = port;
  if (!dUser->empty()) params["user"] = *dUser;
  if (!dPassword->empty()) params["password"] = *dPassword;
  params["dbname"] = *dDb;
  for (std::size_t p = 0; p < query.size();) {
    auto amp = query.find('&', p);
    std::string kv = query.substr(p, amp == std::string::npos ? std::string::npos : amp - p);
    p = amp == std::string::npos ? query.size() : amp + 1;
    auto eq = kv.find('=');
    if (eq == std::string::npos) return bad("parameter '" + kv + "' has no value");
    std::string k = kv.substr(0, eq);
    auto v = percentDecode(kv.substr(eq + 1));
    if (!v) return bad("bad %-escape in parameter '" + k + "'");
    if (k == "schema") {
      if (!isIdentifier(*v)) return bad("schema '" + *v + "' must be lower-case letters, digits and _");
      out.schema = *v;
    } else if (k == "pool") {
      if (v->empty() || v->size() > 4 || v->find_first_not_of("0123456789") != std::string::npos || std::stoul(*v) == 0)
        return bad("pool '" + *v + "' must be a number from 1 to 9999");
      out.pool = std::stoul(*v);
    } else {
      params[k] = *v;
    }
  }
  for (const auto& [k, v] : params) {
    if (!out.connectionString.empty()) out.connectionString += ' ';
    out.connectionString += k + "=" + conninfoValue(v);
  }
  out.redacted = uri.substr(0, schemeEnd) + (user.empty() ? "" : user + "@") + hostport + "/" + db;
  if (!out.schema.empty()) out.redacted += "?schema=" + out.schema;
  return out;
}
}  // namespace

domain::Result<StorageUri> parseStorageUri(const std::string& uri) {
  if (uri.rfind("sqlite:", 0) == 0) {
    StorageUri out;
    out.connector = "SQLite";
    std::string path = uri.substr(7);
    if (path.rfind("//", 0) == 0) path = path.substr(2);  // sqlite:///abs/path
    if (path.empty()) return bad("no file in '" + uri + "'");
    out.connectionString = path;
    if (path.rfind("file:", 0) != 0) out.sqlitePath = path;
    out.redacted = uri;
    return out;
  }
  for (const char* scheme : {"postgresql://", "postgres://"}) {
    std::string s = scheme;
    if (uri.rfind(s, 0) == 0) return parsePostgres(uri, s.size());
  }
  return bad("unknown storage '" + uri + "'");
}

}  // namespace accord::storage
