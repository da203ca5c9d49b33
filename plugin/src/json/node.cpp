#include "accord/json/node.h"

#include <cmath>
#include <limits>

#include <Poco/Exception.h>

namespace accord::json {

using domain::Error;

Node::Node(Poco::JSON::Object::Ptr object, std::string path, Errors& errors)
    : object_(std::move(object)), path_(std::move(path)), errors_(errors) {}

bool Node::has(const std::string& key) const { return object_->has(key) && !object_->isNull(key); }

void Node::fail(const std::string& key, const std::string& message) {
  errors_.push_back(Error::invalid(key.empty() ? path_ : pathOf(key), message));
}

void Node::forbid(const std::string& key, const std::string& why) {
  if (!object_->has(key)) return;
  fail(key, why);
  object_->remove(key);
}

std::optional<std::string> Node::rawString(const std::string& key, bool required) {
  seen_.insert(key);
  if (!has(key)) {
    if (required) fail(key, "is required");
    return std::nullopt;
  }
  Poco::Dynamic::Var v = object_->get(key);
  if (!v.isString()) {
    fail(key, "must be a string");
    return std::nullopt;
  }
  return v.extract<std::string>();
}

std::string Node::text(const std::string& key, domain::TextRule rule) {
  auto raw = rawString(key, rule.minChars > 0);
  if (!raw) return {};
  auto r = domain::validateText(pathOf(key), *raw, rule);
  if (!r.ok()) {
    errors_.push_back(r.error());
    return {};
  }
  return r.value();
}

std::string Node::id(const std::string& key) {
  auto raw = rawString(key, true);
  if (!raw) return {};
  if (auto s = domain::validateId(pathOf(key), *raw); !s.ok()) errors_.push_back(s.error());
  return *raw;
}

std::optional<std::string> Node::optionalId(const std::string& key) {
  if (!has(key)) {
    seen_.insert(key);
    return std::nullopt;
  }
  return id(key);
}

std::optional<int> Node::optionalInt(const std::string& key, int min, int max) {
  seen_.insert(key);
  if (!has(key)) return std::nullopt;
  Poco::Dynamic::Var v = object_->get(key);
  // Poco counts a boolean as an integer (true is 1): a whole number is a number.
  if (v.isBoolean() || !v.isInteger()) {
    fail(key, "must be a whole number");
    return std::nullopt;
  }
  auto n = v.convert<long long>();
  if (n < min || n > max) {
    fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(n);
}

int Node::integer(const std::string& key, int min, int max) {
  if (!has(key)) {
    seen_.insert(key);
    fail(key, "is required");
    return min;
  }
  return optionalInt(key, min, max).value_or(min);
}

double Node::number(const std::string& key) {
  seen_.insert(key);
  if (!has(key)) {
    fail(key, "is required");
    return 0;
  }
  Poco::Dynamic::Var v = object_->get(key);
  if (v.isBoolean() || !v.isNumeric()) {  // see optionalInt
    fail(key, "must be a number");
    return 0;
  }
  double d = v.convert<double>();
  if (!std::isfinite(d)) fail(key, "must be a finite number");
  return d;
}

bool Node::boolean(const std::string& key, bool fallback) {
  seen_.insert(key);
  if (!has(key)) return fallback;
  Poco::Dynamic::Var v = object_->get(key);
  if (!v.isBoolean()) {
    fail(key, "must be true or false");
    return fallback;
  }
  return v.extract<bool>();
}

std::optional<domain::Date> Node::optionalDate(const std::string& key) {
  auto raw = rawString(key, false);
  if (!raw) return std::nullopt;
  auto r = domain::Date::parse(pathOf(key), *raw);
  if (!r.ok()) {
    errors_.push_back(r.error());
    return std::nullopt;
  }
  return r.value();
}

domain::Date Node::date(const std::string& key) {
  if (!has(key)) fail(key, "is required");
  return optionalDate(key).value_or(domain::Date());
}

std::optional<domain::Timestamp> Node::optionalTime(const std::string& key) {
  auto raw = rawString(key, false);
  if (!raw) return std::nullopt;
  auto r = domain::Timestamp::parse(pathOf(key), *raw);
  if (!r.ok()) {
    errors_.push_back(r.error());
    return std::nullopt;
  }
  return r.value();
}

domain::Timestamp Node::time(const std::string& key) {
  if (!has(key)) fail(key, "is required");
  return optionalTime(key).value_or(domain::Timestamp());
}

std::optional<domain::CountryCode> Node::optionalCountry(const std::string& key) {
  auto raw = rawString(key, false);
  if (!raw) return std::nullopt;
  auto r = domain::CountryCode::parse(pathOf(key), *raw);
  if (!r.ok()) {
    errors_.push_back(r.error());
    return std::nullopt;
  }
  return r.value();
}

domain::CountryCode Node::country(const std::string& key) {
  if (!has(key)) fail(key, "is required");
  return optionalCountry(key).value_or(domain::CountryCode());
}

Poco::JSON::Array::Ptr Node::array(const std::string& key, bool required) {
  seen_.insert(key);
  if (!has(key)) {
    if (required) fail(key, "is required");
    return nullptr;
  }
  if (!object_->isArray(key)) {
    fail(key, "must be an array");
    return nullptr;
  }
  return object_->getArray(key);
}

std::vector<domain::CountryCode> Node::countries(const std::string& key, bool required) {
  std::vector<domain::CountryCode> out;
  auto arr = array(key, required);
  for (std::size_t i = 0; arr && i < arr->size(); ++i) {
    std::string at = pathOf(key) + "[" + std::to_string(i) + "]";
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isString()) {
      errors_.push_back(Error::invalid(at, "must be a country code string"));
      continue;
    }
    auto r = domain::CountryCode::parse(at, v.extract<std::string>());
    if (r.ok()) out.push_back(r.value());
    else errors_.push_back(r.error());
  }
  return out;
}

std::vector<std::string> Node::strings(const std::string& key, domain::TextRule rule) {
  std::vector<std::string> out;
  auto arr = array(key, false);
  for (std::size_t i = 0; arr && i < arr->size(); ++i) {
    std::string at = pathOf(key) + "[" + std::to_string(i) + "]";
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isString()) {
      errors_.push_back(Error::invalid(at, "must be a string"));
      continue;
    }
    auto r = domain::validateText(at, v.extract<std::string>(), rule);
    if (r.ok()) out.push_back(r.value());
    else errors_.push_back(r.error());
  }
  return out;
}

std::vector<int> Node::integers(const std::string& key, int min, int max) {
  std::vector<int> out;
  auto arr = array(key, false);
  for (std::size_t i = 0; arr && i < arr->size(); ++i) {
    std::string at = pathOf(key) + "[" + std::to_string(i) + "]";
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isInteger() || v.convert<long long>() < min || v.convert<long long>() > max) {
      errors_.push_back(Error::invalid(at, "must be a whole number between " + std::to_string(min) + " and " +
                                               std::to_string(max)));
      continue;
    }
    out.push_back(static_cast<int>(v.convert<long long>()));
  }
  return out;
}

std::map<std::string, std::string> Node::stringMap(const std::string& key, domain::TextRule rule) {
  std::map<std::string, std::string> out;
  auto child = object(key, false);
  if (!child) return out;
  for (const auto& [k, v] : *child->object_) {
    std::string at = child->pathOf(k);
    if (!v.isString()) {
      errors_.push_back(Error::invalid(at, "must be a string"));
      continue;
    }
    auto r = domain::validateText(at, v.extract<std::string>(), rule);
    if (r.ok()) out[k] = r.value();
    else errors_.push_back(r.error());
  }
  return out;
}

std::optional<Node> Node::object(const std::string& key, bool required) {
  seen_.insert(key);
  if (!has(key)) {
    if (required) fail(key, "is required");
    return std::nullopt;
  }
  if (!object_->isObject(key)) {
    fail(key, "must be an object");
    return std::nullopt;
  }
  return Node(object_->getObject(key), pathOf(key), errors_);
}

std::vector<Node> Node::objects(const std::string& key, bool required) {
  std::vector<Node> out;
  auto arr = array(key, required);
  for (std::size_t i = 0; arr && i < arr->size(); ++i) {
    std::string at = pathOf(key) + "[" + std::to_string(i) + "]";
    if (!arr->isObject(static_cast<unsigned>(i))) {
      errors_.push_back(Error::invalid(at, "must be an object"));
      continue;
    }
    out.emplace_back(arr->getObject(static_cast<unsigned>(i)), at, errors_);
  }
  return out;
}

void Node::finish() {
  for (const auto& [key, value] : *object_)
    if (!seen_.count(key)) fail(key, "is not a known field here");
}

}  // namespace accord::json
