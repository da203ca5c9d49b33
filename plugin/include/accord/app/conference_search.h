// Finding conferences by what people remember of them: words of the title, the
// city, the year. The API's list and the conferences page share it.
#pragma once

#include <optional>
#include <string>

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

struct ConferenceSearch {
  std::string title;        // part of the title, any case (ASCII letters folded); "" any
  std::string city;         // part of the city, the same way; "" any
  std::optional<int> year;  // held in that year (between its start and end dates)

  bool matches(const domain::Conference& c) const;
  bool empty() const { return title.empty() && city.empty() && !year; }
};

// Reads `year` as the search asks it: absent or "" is none; else kInvalidArgument
// naming "year" unless it is a whole year 1900..2200.
Result<std::optional<int>> parseSearchYear(const std::optional<std::string>& text);

// The conferences `search` matches, by id, one page at a time (the cursor is the
// last one's id, as listConferences'). Every signed-in role reads conferences.
Result<Page<domain::Conference>> searchConferences(const Context& ctx, const domain::Actor& actor,
                                                   const ConferenceSearch& search, const PageRequest& page);

}  // namespace accord::app
