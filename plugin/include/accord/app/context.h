// What every use case needs besides its arguments: the store to work in, the
// clock that says when it happened, and the writer of the record snapshots its
// audit events keep.
#pragma once

#include "accord/app/record_snapshots.h"
#include "accord/app/store.h"
#include "accord/domain/date.h"

namespace accord::app {

struct Context {
  Store& store;
  const domain::Clock& clock;
  const RecordSnapshots& snapshots;
};

}  // namespace accord::app
