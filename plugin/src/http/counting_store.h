// A Store that counts the transactions that failed because the database did
// (kUnavailable, kInternal), for the accord_storage_errors_total metric. Every
// other outcome passes through untouched.
#pragma once

#include "accord/app/store.h"
#include "metrics.h"

namespace accord::http {

class CountingStore final : public app::Store {
 public:
  CountingStore(app::Store& inner, Metrics& metrics) : inner_(inner), metrics_(metrics) {}

  domain::Status run(app::TxMode mode, const std::function<domain::Status(app::Repositories&)>& work) override {
    domain::Status s = inner_.run(mode, work);
    if (!s.ok() && (s.error().code == domain::ErrorCode::kUnavailable || s.error().code == domain::ErrorCode::kInternal))
      metrics_.storageError(s.error().code);
    return s;
  }
  std::string describe() const override { return inner_.describe(); }

 private:
  app::Store& inner_;
  Metrics& metrics_;
};

}  // namespace accord::http
