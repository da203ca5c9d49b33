// CSV downloads of the status views and the delegation list (`?format=csv`):
// UTF-8 with a BOM, formulas neutralised (base/csv.h), as an attachment.
#pragma once

#include <initializer_list>
#include <string>

#include "accord/app/status_tables.h"
#include "call.h"
#include "reply.h"

namespace accord::http {

inline constexpr const char* kCsvView = "csv";

// Whether the request asks for `?format=csv`.
bool wantsCsv(const Call& call);

// A CSV table is whole: kInvalidArgument naming the first of `jsonOnly` (filters,
// paging) the request has, or ok.
domain::Status refuseJsonOnly(const Call& call, std::initializer_list<const char*> jsonOnly);

// 200 text/csv with `rows`, as the attachment `fileName`.
Reply csvReply(const app::TableRows& rows, const std::string& fileName);

}  // namespace accord::http
