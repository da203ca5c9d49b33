// What every use case needs besides its arguments: the store to work in and the
// clock that says when it happened.
#pragma once

#include "accord/app/store.h"
#include "accord/domain/date.h"

namespace accord::app {

struct Context {
  Store& store;
  const domain::Clock& clock;
};

}  // namespace accord::app
