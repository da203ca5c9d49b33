// What became of a notification's e-mail, in the reader's words (issue 19): waiting,
// sent when, held for the digest, not mailed by their choice, or why it failed.
#pragma once

#include <string>

#include "accord/domain/notification.h"
#include "exchange.h"
#include "site.h"

namespace accord::web {

std::string deliveryWords(const Site& site, const Visit& v, const domain::Notification& n);

}  // namespace accord::web
