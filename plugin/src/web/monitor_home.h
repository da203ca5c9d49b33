// The monitor's home page part: the overdue and at-risk assignments grouped by
// country or by commitment (a switch), most days late first, filtered by country,
// declaration and implementation status in the query itself, each with what the
// monitor can do about it.
#pragma once

#include "accord/app/overview.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// The filter of the address (?country=XX&declaration=ID&status=S); empty values
// keep all. Returns kInvalidArgument naming the field for a malformed one.
domain::Result<app::WaitingFilter> monitorFilter(const Visit& v);

// The "monitor" view of `box`: the filter form and one section per kind (overdue,
// at risk), each in groups.
Data monitorHome(const Site& site, const Visit& v, const app::Inbox& box, const app::WaitingFilter& f);

}  // namespace accord::web
