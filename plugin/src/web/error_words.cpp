#include "error_words.h"

#include <cctype>
#include <map>
#include <vector>

namespace accord::web {

namespace {

// The labels the forms print, by the last part of a field path. Paths differ by
// prefix between use cases ("report.narrative", "narrative"); the last part is
// what the form's input is named.
const std::map<std::string, std::string>& knownLabels() {
  static const std::map<std::string, std::string> labels = {
      {"password", "Password"},
      {"name", "User name"},
      {"periodStart", "Period from"},
      {"periodEnd", "Period to"},
      {"narrative", "What was done"},
      {"percent", "Percent done"},
      {"evidence", "Evidence"},
      {"returnReason", "Reason"},
      {"reason", "Reason"},
      {"signer", "Signer"},
      {"signer.name", "Signer's name"},
      {"signer.title", "Signer's title"},
      {"signer_name", "Signer's name"},
      {"signer_title", "Signer's title"},
      {"date", "Date"},
      {"place", "Place"},
      {"method", "Method"},
      {"statement", "Interpretative statement"},
      {"to", "Decision"},
      {"changeNote", "Change note"},
      {"closingFormula", "Closing formula"},
      {"operative", "Operative clauses"},
      {"happenedOn", "Happened on"},
      {"title", "Title"},
      {"city", "City"},
      {"venue", "Venue"},
      {"startDate", "First day"},
      {"endDate", "Last day"},
      {"languages", "Languages"},
      {"organizers", "Organizers"},
      {"speakers", "Speakers"},
      {"status", "Status"},
      {"assessment", "Completion"},
      {"kind", "Kind"},
      {"baseLanguage", "Base language"},
      {"id", "Identifier"},
      {"text", "Text"},
      {"commitment.text", "What the countries commit to"},
      {"clause", "Operative clause it implements"},
      {"deadline", "Deadline"},
      {"milestones", "Milestones"},
      {"indicators", "Indicators"},
      {"countries", "Countries"},
      {"country", "Country"},
      {"decision", "Decision"},
      {"lead_institution", "Lead institution"},
      {"leadInstitution", "Lead institution"},
      {"state", "State"},
      {"indicator", "Indicator"},
      {"value", "Value"},
      {"source", "Source"},
      {"justification", "Justification"},
      {"newUnit", "Id of the new unit"},
      {"quote", "Quoted words"},
      {"translator", "Translator"},
      {"role", "Role"},
      {"version", "Version"},
  };
  return labels;
}

// "fooBar_baz" → "Foo bar baz".
std::string inWords(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == '_') out += ' ';
    else if (std::isupper(static_cast<unsigned char>(c)) && !out.empty()) out += std::string(" ") + static_cast<char>(std::tolower(c));
    else out += c;
  }
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// "operative[1].items[0].text" → {"operative", 1}, {"items", 0}, {"text", -1}.
struct Step {
  std::string name;
  long index = -1;
};
std::vector<Step> steps(const std::string& path) {
  std::vector<Step> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t dot = path.find('.', start);
    std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    Step s;
    std::size_t open = part.find('[');
    s.name = part.substr(0, open);
    if (open != std::string::npos) {
      try {
        s.index = std::stol(part.substr(open + 1));
      } catch (const std::exception&) {
        s.index = -1;
      }
    }
    out.push_back(s);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return out;
}

// A sub-item's letter as the text prints it: 0 → "a", 25 → "z", 26 → "aa".
std::string letter(long index) {
  std::string s;
  for (long i = index; i >= 0; i = i / 26 - 1) s.insert(s.begin(), static_cast<char>('a' + i % 26));
  return s;
}

// The unit a revision path names: "Clause 2 (a)", "Recital 3"; "" when it names none.
std::string unitLabel(const std::vector<Step>& path, std::size_t& used) {
  std::string label;
  for (used = 0; used < path.size(); ++used) {
    const Step& s = path[used];
    if (s.name == "preamble" && s.index >= 0 && label.empty()) label = "Recital " + std::to_string(s.index + 1);
    else if (s.name == "operative" && s.index >= 0 && label.empty()) label = "Clause " + std::to_string(s.index + 1);
    else if (s.name == "items" && s.index >= 0 && !label.empty()) label += " (" + letter(s.index) + ")";
    else if (s.name == "revision" && label.empty()) continue;
    else break;
  }
  return label;
}

}  // namespace

std::string fieldLabel(const std::string& field) {
  if (field.empty()) return {};
  std::vector<Step> path = steps(field);
  std::size_t used = 0;
  std::string unit = unitLabel(path, used);
  if (!unit.empty()) {
    if (used >= path.size() || path[used].name == "text") return unit;
    if (path[used].name == "leadPhrase") return unit + ", lead phrase";
    if (path[used].name == "id") return unit + ", identifier";
    return unit + ", " + fieldLabel(path[used].name);
  }
  const auto& labels = knownLabels();
  // The last two parts first ("signer.name"), then the last ("report.narrative" → "narrative").
  if (path.size() >= 2) {
    auto two = labels.find(path[path.size() - 2].name + "." + path.back().name);
    if (two != labels.end()) return two->second;
  }
  auto one = labels.find(path.back().name);
  return one != labels.end() ? one->second : inWords(path.back().name);
}

std::string messageInWords(const std::string& message) {
  std::string m = message;
  // An empty input is missing, whatever shape it should have had.
  for (const char* empty : {", got ''", ", got \"\""}) {
    std::size_t at = m.find(empty);
    if (at != std::string::npos && at + std::string(empty).size() == m.size()) return "must not be empty";
  }
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"written YYYY-MM-DD", "such as 2016-10-28"},
                                  {"written YYYY-MM-DDTHH:MM:SSZ", "such as 2016-10-28T09:30:00Z"}}) {
    if (std::size_t at = m.find(from); at != std::string::npos) m.replace(at, from.size(), to);
  }
  // snake_case codes outside quoted text: "open_for_endorsement" → "open for endorsement".
  bool quoted = false;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (m[i] == '\'') quoted = !quoted;
    if (!quoted && m[i] == '_' && i > 0 && i + 1 < m.size() && std::islower(static_cast<unsigned char>(m[i - 1])) &&
        std::islower(static_cast<unsigned char>(m[i + 1])))
      m[i] = ' ';
  }
  return m;
}

std::string errorInWords(const domain::Error& e) {
  std::string message = messageInWords(e.message);
  if (!message.empty() && std::isupper(static_cast<unsigned char>(message[0]))) return message;
  if (e.field.empty()) {
    if (!message.empty()) message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    return message;
  }
  std::string label = fieldLabel(e.field);
  // "must …", "is …", "may …", "contains …" continue the label; anything else follows a colon.
  for (const char* verb : {"must ", "is ", "may ", "contains ", "repeats ", "names ", "has "})
    if (message.rfind(verb, 0) == 0) return label + " " + message;
  return label + ": " + message;
}

}  // namespace accord::web
