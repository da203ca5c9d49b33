#include "translation_form.h"

#include "accord/domain/revision.h"
#include "accord/domain/text.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// "Translation of 3.: must not be empty": the unit named, so the summary reads alone.
Error aboutUnit(Error e, const std::string& box, const std::string& key,
                const std::map<std::string, std::string>& labels) {
  auto label = labels.find(key);
  std::string unit = key == "closing" ? "the closing formula" : label != labels.end() ? label->second : key;
  const bool lead = box == "lead";
  e.field = box + ":" + key;
  e.message = std::string(lead ? "Lead phrase of the translation of " : "Translation of ") + unit + ": " + e.message;
  return e;
}

}  // namespace

app::LanguageVersionChange translationChange(const Fields& form) {
  app::LanguageVersionChange change;
  change.translator = formField(form, "translator");
  change.authentic = formField(form, "authentic") == "1";
  change.title = formField(form, "versionTitle");
  for (const auto& [name, value] : form) {
    if (name.rfind("text:", 0) != 0) continue;
    const std::string key = name.substr(5);
    const bool changed =
        value != formField(form, "was:" + key) || formField(form, "lead:" + key) != formField(form, "waslead:" + key);
    const bool confirmed = formField(form, "confirm:" + key) == "1";
    if ((!changed && !confirmed) || value.empty()) continue;
    if (key == "closing") change.closingFormula = value;
    else change.units.push_back({ClauseId(key), formField(form, "lead:" + key), value, 0});
  }
  return change;
}

Error onTranslationForm(Error e, const Fields& form, const std::map<std::string, std::string>& labels) {
  const std::string& f = e.field;
  // "units[2].text": the third unit the form sent, in translationChange's order.
  if (f.rfind("units[", 0) == 0) {
    std::size_t close = f.find(']');
    std::size_t index = std::stoul(f.substr(6, close - 6));
    std::string part = close + 2 <= f.size() ? f.substr(close + 2) : "";
    app::LanguageVersionChange change = translationChange(form);
    if (index < change.units.size() && (part == "text" || part == "leadPhrase"))
      return aboutUnit(std::move(e), part == "text" ? "text" : "lead", change.units[index].unit.str(), labels);
    return e;
  }
  std::string last = f.substr(f.rfind('.') == std::string::npos ? 0 : f.rfind('.') + 1);
  if (last == "closingFormula") return aboutUnit(std::move(e), "text", "closing", labels);
  if (last == "title") e.field = "versionTitle";
  if (last == "translator") e.field = "translator";
  return e;
}

std::vector<Error> translationFormErrors(const Fields& form, const std::map<std::string, std::string>& labels) {
  std::vector<Error> errors;
  if (auto t = validateText("translator", formField(form, "translator"), text_rules::kOptionalName); !t.ok())
    errors.push_back(t.error());
  if (auto t = validateText("versionTitle", formField(form, "versionTitle"), text_rules::kOptionalName); !t.ok())
    errors.push_back(t.error());
  app::LanguageVersionChange change = translationChange(form);
  for (const UnitTranslation& u : change.units) {
    if (auto t = validateText("text", u.text, kUnitText); !t.ok())
      errors.push_back(aboutUnit(t.error(), "text", u.unit.str(), labels));
    if (auto t = validateText("leadPhrase", u.leadPhrase, text_rules::kLeadPhrase); !t.ok())
      errors.push_back(aboutUnit(t.error(), "lead", u.unit.str(), labels));
  }
  if (change.closingFormula)
    if (auto t = validateText("closingFormula", *change.closingFormula, text_rules::kLongText); !t.ok())
      errors.push_back(aboutUnit(t.error(), "text", "closing", labels));
  return errors;
}

}  // namespace accord::web
