#include "openapi_enums.h"

#include <string_view>

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
      {"ConsultationVisibility", enumNames<ConsultationVisibility>()},
      {"AmendmentKind", enumNames<AmendmentKind>()},
      {"AmendmentState", enumNames<AmendmentState>()},
      {"TranslationState", enumNames<TranslationState>()},
      {"UnitTranslationStatus", enumNames<UnitTranslationStatus>()},
      {"Role", enumNames<Role>()},
      {"UnitKind", enumNames<UnitKind>()},
      {"ChangeKind", enumNames<ChangeKind>()},
      {"DiffOp", enumNames<TextSpan::Op>()},
      {"DocumentKind", enumNames<DocumentKind>()},
      {"NotificationKind", enumNames<NotificationKind>()},
      {"DeliveryState", enumNames<DeliveryState>()},
      {"NotificationTopic", enumNames<NotificationTopic>()},
      {"MailTiming", enumNames<MailTiming>()},
      {"ReminderTopic", enumNames<ReminderTopic>()},
      {"PendingReason", enumNames<PendingReason>()},
      {"OrganizationKind", enumNames<OrganizationKind>()},
  };
  std::string out;
  for (const auto& [component, names] : enums) {
    if (!out.empty()) out += ",\n";
    out += base::jsonQuote(component) + ": " + enumSchema(names, false);
  }
  // The states a report can be moved to by PATCH: all but draft, which only
  // POST makes.
  std::vector<const char*> moves;
  for (const char* name : enumNames<ReportState>())
    if (name != std::string_view(toString(ReportState::kDraft))) moves.push_back(name);
  return out + ",\n\"ReportMove\": " + enumSchema(moves, false);
}

}  // namespace accord::http
