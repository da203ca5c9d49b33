// Builds kainjow::mustache::data trees for the view models.
//
// kainjow's set() and push_back() copy their argument, subtree and all, so a tree
// built bottom-up is copied once per level. These helpers insert an empty child
// first and then fill it in place through a reference, which keeps building the
// view model a small share of a render. The trees are owned and non-const, so the
// const_casts in view_builder.cpp only undo kainjow's read-only accessors.
//
// Conventions every view model keeps (templates rely on them):
//  - every object sets every key its template may ask for, because Mustache looks a
//    missing key up in the enclosing objects and would print their value instead;
//  - user text passes through text() or lines(), which check that XML may hold it;
//  - multi-line user text "x" also comes as "xRuns" in DOCX views: a list of
//    {t: "piece"} | {br: true} | {tab: true}, so a newline becomes <w:br/> and a
//    tab <w:tab/> while the template stays logic-less. "t", "br" and "tab" are used
//    for nothing else.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

#include "accord/domain/result.h"

namespace accord::render {

using Data = kainjow::mustache::data;

struct ViewState {
  bool wordprocessing = false;          // DOCX: also split multi-line text into runs
  std::optional<domain::Error> unsafe;  // the first text XML cannot hold, if any
};

class ListNode;

class Node {
 public:
  Node(Data& data, ViewState& state) : data_(&data), state_(&state) {}

  // Text Accord itself produced (labels, dates, numbers, enum names).
  Node& set(const char* key, const std::string& value);
  Node& set(const char* key, const char* value);
  Node& flag(const char* key, bool value);
  Node& number(const char* key, long long value);

  // Single-line user text. `owner` names the record for the error message.
  Node& text(const char* key, const std::string& value, const std::string& owner);
  // Multi-line user text: "key" verbatim, and "keyRuns" in DOCX views.
  Node& lines(const char* key, const std::string& value, const std::string& owner);

  Node object(const char* key);
  // A list that will hold `expected` items (reserved, so that growing it never
  // copies the items already in it).
  ListNode list(const char* key, std::size_t expected);

  ViewState& state() const { return *state_; }

 private:
  void checkSafe(const char* key, const std::string& value, const std::string& owner);
  Data* data_;
  ViewState* state_;
};

class ListNode {
 public:
  ListNode(Data& data, ViewState& state) : data_(&data), state_(&state) {}
  Node append();  // a new object at the end

 private:
  Data* data_;
  ViewState* state_;
};

// A fresh object to be the root of a view.
inline Data makeRoot() { return Data(Data::type::object); }

}  // namespace accord::render
