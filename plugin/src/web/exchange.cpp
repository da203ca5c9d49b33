#include "exchange.h"

namespace accord::web {

namespace {
std::string lookup(const Fields& fields, const std::string& name, const std::string& otherwise) {
  auto it = fields.find(name);
  return it == fields.end() ? otherwise : it->second;
}
}  // namespace

std::string Visit::param(const std::string& name) const { return lookup(params, name, {}); }
std::string Visit::queryOr(const std::string& name, const std::string& otherwise) const {
  return lookup(query, name, otherwise);
}
std::string Visit::field(const std::string& name) const { return lookup(form, name, {}); }
std::string formField(const Fields& fields, const std::string& name) { return lookup(fields, name, {}); }

}  // namespace accord::web
