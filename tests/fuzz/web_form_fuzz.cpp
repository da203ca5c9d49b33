// The pages' form decoding on arbitrary bytes: an url-encoded POST body read as
// the pages read it (Poco's HTMLForm with the pages' field limit), then the
// richest form reader, the editor's, which turns fields into a revision (and
// applies its move and add buttons to them).
#include <sstream>

#include <Poco/Net/HTMLForm.h>

#include "editor_form.h"
#include "fuzz_support.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  web::Fields fields;
  try {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(2000);
    std::istringstream in{std::string(fuzz::text(data, size))};
    form.read(in);
    for (const auto& [k, v] : form) fields[k] = v;
  } catch (const Poco::Exception&) {
    return 0;  // the pages answer a malformed form with an error page
  }
  int next = 0;
  web::ParsedText parsed = web::parseEditorForm(fields, [&] { return "new-" + std::to_string(++next); });
  for (const auto& [path, row] : parsed.pathOf) (void)web::rowOfError(parsed, path);
  // The editor's buttons: a move or an added row applied to the posted rows, shown again.
  web::Draft draft = web::draftOfForm(fields);
  auto focus = web::applyEdit(draft, fields.count("op") ? fields.at("op") : "");
  // No catalogue: the words are their keys, which is all the rows' structure needs.
  (void)web::editorRows(web::Wording(), draft, {}, focus.ok() ? *focus : "");
  return 0;
}
