#include "openapi_enums.h"

#include "accord/base/json_writer.h"

namespace accord::http {

using namespace accord::domain;

std::string enumSchema(const std::vector<const char*>& names, bool typed) {
  std::string out = typed ? R"({"type":"string","enum":[)" : R"({"enum":[)";
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? "," : "") + base::jsonQuote(names[i]);
  return out + "]}";
}

std::string enumComponentSchemas() {
  // Component name → the domain enum it documents.
  const std::pair<const char*, const std::vector<const char*>&> enums[] = {
      {"ConferenceStatus", enumNames<ConferenceStatus>()},
      {"DelegateRole", enumNames<DelegateRole>()},
      {"DeclarationKind", enumNames<DeclarationKind>()},
      {"DeclarationStatus", enumNames<DeclarationStatus>()},
      {"EndorsementStatus", enumNames<EndorsementStatus>()},
      {"EndorsementMethod", enumNames<EndorsementMethod>()},
      {"MilestoneState", enumNames<MilestoneState>()},
      {"Acceptance", enumNames<Acceptance>()},
      {"ImplementationStatus", enumNames<ImplementationStatus>()},
      {"Assessment", enumNames<Assessment>()},
      {"Timeliness", enumNames<Timeliness>()},
      {"ReportState", enumNames<ReportState>()},
      {"Role", enumNames<Role>()},
  };
  std::string out;
  for (const auto& [component, names] : enums) {
    if (!out.empty()) out += ",\n";
    out += base::jsonQuote(component) + ": " + enumSchema(names, false);
  }
  return out;
}

}  // namespace accord::http
