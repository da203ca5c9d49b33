#include "accord/app/happened_on.h"

#include "accord/app/authorization.h"

namespace accord::app {

using namespace accord::domain;

Result<Timestamp> happenedAt(const Actor& actor, const std::optional<Date>& happenedOn, Timestamp now) {
  if (!happenedOn) return now;
  if (Status s = authorize(actor, Action::kRecordPast); !s.ok()) {
    Error e = s.error();
    e.field = "happenedOn";
    return e;
  }
  if (*happenedOn > now.date())
    return Error::invalid("happenedOn", "is after today; record what already happened, not what is planned");
  if (*happenedOn == now.date()) return now;
  constexpr std::int64_t kNoon = 12 * 3600;
  return Timestamp::fromSeconds(happenedOn->days() * 86400 + kNoon);
}

}  // namespace accord::app
