// A language version's body: what a translator writes.
#include "accord/json/language_version.h"
#include "decode.h"

namespace accord::http::decode {

Decoded<app::LanguageVersionChange> languageVersionChange(Poco::JSON::Object::Ptr body) {
  Decoded<app::LanguageVersionChange> out;
  json::Node n(body, "$", out.errors);
  out.value = json::readLanguageVersionChange(n);
  n.finish();
  return out;
}

}  // namespace accord::http::decode
