// The port through which the use cases write the JSON an audit event keeps of a
// record before and after a change. The json layer implements it with the same
// writers as the bundle and the API (app may not include json), so a record has
// one spelling everywhere. The text must be stable (fixed key order, compact):
// it is hashed into the audit chain. Old events keep verifying whatever this
// writes today, because verification reads the stored text.
#pragma once

#include <string>

#include "accord/domain/account.h"
#include "accord/domain/amendment.h"
#include "accord/domain/dossier.h"
#include "accord/domain/language_version.h"

namespace accord::app {

class RecordSnapshots {
 public:
  virtual ~RecordSnapshots() = default;
  virtual std::string of(const domain::Conference& c) const = 0;
  // The declaration's header: lifecycle and invitations, without the revision texts.
  virtual std::string of(const domain::Declaration& d) const = 0;
  // One revision in full: the text that was cut.
  virtual std::string of(const domain::Revision& r) const = 0;
  virtual std::string of(const domain::Endorsement& e) const = 0;
  virtual std::string of(const domain::Commitment& c) const = 0;
  virtual std::string of(const domain::Assignment& a) const = 0;
  virtual std::string of(const domain::ProgressReport& r) const = 0;
  virtual std::string of(const domain::Comment& c) const = 0;
  virtual std::string of(const domain::Amendment& a) const = 0;
  virtual std::string of(const domain::LanguageVersion& v) const = 0;
  // Every field but the password hash.
  virtual std::string of(const domain::Account& a) const = 0;
  // A directory entry (the conference it belongs to is the audit event's context).
  virtual std::string of(const domain::Person& p) const = 0;
  virtual std::string of(const domain::Organization& o) const = 0;
};

}  // namespace accord::app
