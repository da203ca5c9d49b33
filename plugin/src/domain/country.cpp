#include "accord/domain/country.h"

namespace accord::domain {

Result<CountryCode> CountryCode::parse(std::string_view field, std::string_view text) {
  bool ok = text.size() == 2;
  for (char c : text) ok = ok && c >= 'A' && c <= 'Z';
  if (!ok)
    return Error::invalid(std::string(field), "must be a two-letter upper-case country code (ISO 3166-1 "
                                              "alpha-2, e.g. 'MK'), got '" + std::string(text.substr(0, 20)) + "'");
  return CountryCode(std::string(text));
}

void CountryCatalog::put(Country country) {
  CountryCode code = country.code;
  byCode_[code] = std::move(country);
}

const Country* CountryCatalog::find(const CountryCode& code) const {
  auto it = byCode_.find(code);
  return it == byCode_.end() ? nullptr : &it->second;
}

Status CountryCatalog::require(std::string_view field, const CountryCode& code) const {
  if (find(code)) return {};
  return Error::notFound("unknown country code '" + code.str() + "'", std::string(field));
}

std::string CountryCatalog::shown(const CountryCode& code) const {
  const Country* c = find(code);
  return c ? c->shown() : code.str();
}

std::vector<Country> CountryCatalog::all() const {
  std::vector<Country> out;
  out.reserve(byCode_.size());
  for (const auto& [code, country] : byCode_) out.push_back(country);
  return out;
}

const FormerName* Country::formerNameOn(Date on) const {
  for (const auto& f : formerNames)
    if ((!f.from || !(on < *f.from)) && on < f.until) return &f;
  return nullptr;
}

}  // namespace accord::domain
