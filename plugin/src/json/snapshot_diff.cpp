#include "accord/json/snapshot_diff.h"

#include <map>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace accord::json {

namespace {

using Flat = std::map<std::string, std::string>;

void flatten(const Poco::Dynamic::Var& value, const std::string& path, Flat& out) {
  if (value.isEmpty()) {
    out[path] = "";
  } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, member] : *object) flatten(member, path.empty() ? key : path + "." + key, out);
  } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i) flatten(array->get(i), path + "[" + std::to_string(i) + "]", out);
  } else {
    out[path] = value.convert<std::string>();
  }
}

Flat flat(const std::string& snapshot) {
  Flat out;
  if (snapshot.empty()) return out;
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var root = parser.parse(snapshot);
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) throw Poco::Exception("not an object");
    flatten(root, "", out);
  } catch (const Poco::Exception&) {
    out["(record)"] = snapshot;  // not what the trail writes; shown whole rather than lost
  }
  return out;
}

}  // namespace

std::vector<FieldChange> changedFields(const std::string& before, const std::string& after) {
  Flat a = flat(before), b = flat(after);
  std::vector<FieldChange> out;
  auto ia = a.begin();
  auto ib = b.begin();
  while (ia != a.end() || ib != b.end()) {
    if (ib == b.end() || (ia != a.end() && ia->first < ib->first)) {
      if (!ia->second.empty()) out.push_back({ia->first, ia->second, ""});
      ++ia;
    } else if (ia == a.end() || ib->first < ia->first) {
      if (!ib->second.empty()) out.push_back({ib->first, "", ib->second});
      ++ib;
    } else {
      if (ia->second != ib->second) out.push_back({ia->first, ia->second, ib->second});
      ++ia;
      ++ib;
    }
  }
  return out;
}

}  // namespace accord::json
