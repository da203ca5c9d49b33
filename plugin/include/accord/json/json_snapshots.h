// The audit trail's record snapshots (app::RecordSnapshots) written by the shared
// record writers, in the standalone shape the API also serves.
#pragma once

#include "accord/app/record_snapshots.h"

namespace accord::json {

class JsonSnapshots final : public app::RecordSnapshots {
 public:
  std::string of(const domain::Conference& c) const override;
  std::string of(const domain::Declaration& d) const override;
  std::string of(const domain::Revision& r) const override;
  std::string of(const domain::Endorsement& e) const override;
  std::string of(const domain::Commitment& c) const override;
  std::string of(const domain::Assignment& a) const override;
  std::string of(const domain::ProgressReport& r) const override;
  std::string of(const domain::Comment& c) const override;
  std::string of(const domain::Amendment& a) const override;
  std::string of(const domain::LanguageVersion& v) const override;
  std::string of(const domain::Account& a) const override;
  std::string of(const domain::Person& p) const override;
  std::string of(const domain::Organization& o) const override;
};

}  // namespace accord::json
