// The state every page shares: the services the Web was built with, the compiled
// templates, and the use-case context.
#pragma once

#include "accord/app/context.h"
#include "accord/web/web.h"
#include "templates.h"

namespace accord::web {

struct Web::State {
  WebServices services;
  Templates templates;
  app::Context ctx;
  std::string assetVersion;  // hash of the static files: their URLs change when they do
};
using Site = Web::State;

}  // namespace accord::web
