// Strong id types: a DeclarationId cannot be passed where a CommitmentId is meant.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace accord::domain {

template <class Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string value) : value_(std::move(value)) {}
  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }

  friend bool operator==(const Id& a, const Id& b) { return a.value_ == b.value_; }
  friend bool operator!=(const Id& a, const Id& b) { return a.value_ != b.value_; }
  friend bool operator<(const Id& a, const Id& b) { return a.value_ < b.value_; }
  friend std::ostream& operator<<(std::ostream& os, const Id& id) { return os << id.value_; }

 private:
  std::string value_;
};

using ConferenceId = Id<struct ConferenceTag>;
using DeclarationId = Id<struct DeclarationTag>;
using ClauseId = Id<struct ClauseTag>;
using CommitmentId = Id<struct CommitmentTag>;
using MilestoneId = Id<struct MilestoneTag>;
using ReportId = Id<struct ReportTag>;
using PersonId = Id<struct PersonTag>;
using OrganizationId = Id<struct OrganizationTag>;

}  // namespace accord::domain

template <class Tag>
struct std::hash<accord::domain::Id<Tag>> {
  std::size_t operator()(const accord::domain::Id<Tag>& id) const noexcept {
    return std::hash<std::string>{}(id.str());
  }
};
