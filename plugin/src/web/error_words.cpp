#include "error_words.h"

#include <cctype>
#include <set>
#include <vector>

#include "words.h"

namespace accord::web {

namespace {

// The labels the forms print, by the last part of a field path. Paths differ by
// prefix between use cases ("report.narrative", "narrative"); the last part is
// what the form's input is named. Each label is field.<name> in the catalogue.
const std::set<std::string>& knownLabels() {
  static const std::set<std::string> labels = {
      "password",
      "name",
      "periodStart",
      "periodEnd",
      "narrative",
      "percent",
      "evidence",
      "returnReason",
      "reason",
      "signer",
      "signer.name",
      "signer.title",
      "signer_name",
      "signer_title",
      "date",
      "place",
      "method",
      "statement",
      "to",
      "changeNote",
      "closingFormula",
      "operative",
      "happenedOn",
      "title",
      "city",
      "venue",
      "startDate",
      "endDate",
      "languages",
      "organizers",
      "speakers",
      "status",
      "assessment",
      "kind",
      "baseLanguage",
      "id",
      "text",
      "commitment.text",
      "clause",
      "deadline",
      "milestones",
      "indicators",
      "countries",
      "country",
      "decision",
      "lead_institution",
      "leadInstitution",
      "state",
      "indicator",
      "value",
      "source",
      "justification",
      "newUnit",
      "quote",
      "translator",
      "role",
      "version",
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
std::string unitLabel(const Wording& w, const std::vector<Step>& path, std::size_t& used) {
  std::string label;
  for (used = 0; used < path.size(); ++used) {
    const Step& s = path[used];
    if (s.name == "preamble" && s.index >= 0 && label.empty()) label = w("field.recital_n", {{"n", std::to_string(s.index + 1)}});
    else if (s.name == "operative" && s.index >= 0 && label.empty()) label = w("field.clause_n", {{"n", std::to_string(s.index + 1)}});
    else if (s.name == "items" && s.index >= 0 && !label.empty()) label += " (" + letter(s.index) + ")";
    else if (s.name == "revision" && label.empty()) continue;
    else break;
  }
  return label;
}

}  // namespace

std::string fieldLabel(const Wording& w, const std::string& field) {
  if (field.empty()) return {};
  std::vector<Step> path = steps(field);
  std::size_t used = 0;
  std::string unit = unitLabel(w, path, used);
  if (!unit.empty()) {
    if (used >= path.size() || path[used].name == "text") return unit;
    if (path[used].name == "leadPhrase") return w("field.unit_lead_phrase", {{"unit", unit}});
    if (path[used].name == "id") return w("field.unit_identifier", {{"unit", unit}});
    return w("field.unit_part", {{"unit", unit}, {"part", fieldLabel(w, path[used].name)}});
  }
  const auto& labels = knownLabels();
  // The last two parts first ("signer.name"), then the last ("report.narrative" → "narrative").
  if (path.size() >= 2) {
    std::string two = path[path.size() - 2].name + "." + path.back().name;
    if (labels.count(two)) return w("field." + two);
  }
  return labels.count(path.back().name) ? w("field." + path.back().name) : inWords(path.back().name);
}

std::string messageInWords(const Wording& w, const std::string& message) {
  std::string m = message;
  // The rule most forms break, said in the page's language; the domain's other
  // rules are English sentences (the catalogue does not reach into the domain).
  if (m == "must not be empty") return w("error.must_not_be_empty");
  // An empty input is missing, whatever shape it should have had.
  for (const char* empty : {", got ''", ", got \"\""}) {
    std::size_t at = m.find(empty);
    if (at != std::string::npos && at + std::string(empty).size() == m.size()) return w("error.must_not_be_empty");
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

std::string errorInWords(const Wording& w, const domain::Error& e) {
  std::string message = messageInWords(w, e.message);
  // A capital (Latin, Latin-1 or Cyrillic: the catalogue's scripts) starts a sentence of its own.
  if (lowered(message) != message) return message;
  if (e.field.empty()) {
    if (!message.empty()) message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    return message;
  }
  std::string label = fieldLabel(w, e.field);
  // "must …", "is …", "may …", "contains …" continue the label; anything else follows a colon.
  for (const char* verb : {"must ", "is ", "may ", "contains ", "repeats ", "names ", "has "})
    if (message.rfind(verb, 0) == 0) return w("error.field_verb", {{"field", label}, {"message", message}});
  return w("error.field_colon", {{"field", label}, {"message", message}});
}

}  // namespace accord::web
