#include "view_builder.h"

#include "accord/domain/text.h"

namespace accord::render {
namespace {

Data& childOf(Data& parent, const std::string& key) {
  return const_cast<Data&>(*parent.get(key));
}

void appendRuns(Data& list, const std::string& value) {
  auto& items = const_cast<kainjow::mustache::list&>(list.list_value());
  std::size_t separators = 0;
  for (char c : value) separators += (c == '\n' || c == '\t') ? 1 : 0;
  items.reserve(2 * separators + 1);
  std::size_t start = 0;
  auto flushText = [&](std::size_t end) {
    if (end > start) {
      items.emplace_back(Data::type::object);
      items.back().set("t", value.substr(start, end - start));
    }
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c != '\n' && c != '\t') continue;
    flushText(i);
    items.emplace_back(Data::type::object);
    items.back().set(c == '\n' ? "br" : "tab", Data(true));
    start = i + 1;
  }
  flushText(value.size());
}

}  // namespace

Node& Node::set(const char* key, const std::string& value) {
  data_->set(key, value);
  return *this;
}

Node& Node::set(const char* key, const char* value) {
  data_->set(key, Data(std::string(value)));
  return *this;
}

Node& Node::flag(const char* key, bool value) {
  data_->set(key, Data(value));
  return *this;
}

Node& Node::number(const char* key, long long value) {
  data_->set(key, std::to_string(value));
  return *this;
}

void Node::checkSafe(const char* key, const std::string& value, const std::string& owner) {
  if (state_->unsafe || domain::isXmlSafe(value)) return;
  state_->unsafe = domain::Error{domain::ErrorCode::kInternal,
                                 std::string("the ") + key + " of " + owner +
                                     " holds a character XML cannot hold; the domain should have refused it",
                                 owner};
}

Node& Node::text(const char* key, const std::string& value, const std::string& owner) {
  checkSafe(key, value, owner);
  data_->set(key, value);
  return *this;
}

Node& Node::lines(const char* key, const std::string& value, const std::string& owner) {
  text(key, value, owner);
  if (state_->wordprocessing) {
    std::string runsKey = std::string(key) + "Runs";
    data_->set(runsKey, Data(Data::type::list));
    appendRuns(childOf(*data_, runsKey), value);
  }
  return *this;
}

Node Node::object(const char* key) {
  data_->set(key, Data(Data::type::object));
  return Node(childOf(*data_, key), *state_);
}

ListNode Node::list(const char* key, std::size_t expected) {
  data_->set(key, Data(Data::type::list));
  Data& list = childOf(*data_, key);
  const_cast<kainjow::mustache::list&>(list.list_value()).reserve(expected);
  return ListNode(list, *state_);
}

Node ListNode::append() {
  auto& items = const_cast<kainjow::mustache::list&>(data_->list_value());
  items.emplace_back(Data::type::object);
  return Node(items.back(), *state_);
}

}  // namespace accord::render
