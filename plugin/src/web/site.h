// The state every page shares: the services the Web was built with, the compiled
// templates, and the use-case context.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "accord/app/context.h"
#include "accord/web/web.h"
#include "templates.h"
#include "time_zone.h"

namespace accord::web {

struct Web::State {
  WebServices services;
  Templates templates;
  app::Context ctx;
  std::string assetVersion;  // hash of the static files: their URLs change when they do
  TimeZone zone;             // WebServices::timeZone, loaded once
  // Each country name printed with a mark and the note it refers to: {"Kosovo*", "This
  // designation is without prejudice ..."}, from the catalog at start.
  std::vector<std::pair<std::string, std::string>> footnotes;
};
using Site = Web::State;

}  // namespace accord::web
