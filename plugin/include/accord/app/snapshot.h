// The JSON an audit event keeps of a record before and after a change. One
// function per record kind; the text is stable (fixed key order), because it is
// hashed into the audit chain.
#pragma once

#include <string>

#include "accord/domain/dossier.h"

namespace accord::app {

std::string snapshot(const domain::Conference& c);
// The declaration's header: lifecycle and invitations, without the revision texts.
std::string snapshot(const domain::Declaration& d);
// One revision in full: the text that was cut.
std::string snapshot(const domain::Revision& r);
std::string snapshot(const domain::Endorsement& e);
std::string snapshot(const domain::Commitment& c);
std::string snapshot(const domain::Assignment& a);
std::string snapshot(const domain::ProgressReport& r);

}  // namespace accord::app
