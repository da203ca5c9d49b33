// Bundle JSON → Dossier. Every field is read through Node so that each problem is
// recorded with its JSON path; the domain's own normalize() then checks the rules
// and the references between records.
#include <fstream>
#include <map>
#include <sstream>

#include "accord/bundle/bundle.h"
#include "accord/json/consultation.h"
#include "accord/json/language_version.h"
#include "accord/json/node.h"
#include "accord/json/records.h"

namespace accord::bundle {

using namespace json;

namespace {

using namespace domain;
namespace tr = text_rules;

inline constexpr int kFormatVersion = 1;

// The bundle nests endorsements, commitments, assignments and reports under their
// parents while the Dossier keeps them in flat lists; this remembers where each
// flat record came from so that domain errors can name the bundle's JSON path.
struct SourcePaths {
  std::map<std::string, std::vector<std::string>> byList;  // "endorsements" -> paths

  void note(const std::string& list, const std::string& path) { byList[list].push_back(path); }
  // "endorsements[3].date" -> "$.declarations[0].endorsements[1].date".
  std::string translate(const std::string& field) const {
    auto bracket = field.find('[');
    auto close = field.find(']');
    if (bracket != std::string::npos && close != std::string::npos) {
      auto it = byList.find(field.substr(0, bracket));
      if (it != byList.end()) {
        std::size_t index = std::stoul(field.substr(bracket + 1, close - bracket - 1));
        if (index < it->second.size()) return it->second[index] + field.substr(close + 1);
      }
    }
    return field.empty() || field[0] == '$' ? field : "$." + field;
  }
};

// The records themselves are read by the shared readers (accord/json/records.h);
// this file reads the nesting, and notes where each nested record came from.

void readCommitment(Node n, const DeclarationId& declaration, Dossier& out, SourcePaths& paths) {
  paths.note("commitments", n.path());
  Commitment c = readCommitmentFields(n, declaration, std::nullopt);
  for (auto& a : n.objects("assignments")) {
    paths.note("assignments", a.path());
    Assignment as = readAssignmentFields(a, c.id);
    for (auto& r : a.objects("reports")) {
      paths.note("reports", r.path());
      out.reports.push_back(readReportFields(r, c.id, as.country, true));
      r.finish();
    }
    a.finish();
    out.assignments.push_back(std::move(as));
  }
  n.finish();
  out.commitments.push_back(std::move(c));
}

void readDeclaration(Node n, const ConferenceId& conference, Dossier& out, SourcePaths& paths) {
  Declaration d = readDeclarationFields(n, conference, true);
  for (auto& r : n.objects("revisions", true)) {
    Revision rev = readRevisionFields(r, true);
    r.finish();
    d.revisions.push_back(std::move(rev));
  }
  for (auto& e : n.objects("endorsements")) {
    paths.note("endorsements", e.path());
    CountryCode country = e.country("country");
    Endorsement endorsement = readEndorsementFields(e, true);
    endorsement.declaration = d.id;
    endorsement.country = country;
    e.finish();
    out.endorsements.push_back(std::move(endorsement));
  }
  for (auto& c : n.objects("commitments")) readCommitment(c, d.id, out, paths);
  for (auto& a : n.objects("amendments")) {
    paths.note("amendments", a.path());
    out.amendments.push_back(readAmendmentRecord(a, d.id));
    a.finish();
  }
  for (auto& c : n.objects("comments")) {
    paths.note("comments", c.path());
    out.comments.push_back(readCommentRecord(c, d.id));
    c.finish();
  }
  for (auto& v : n.objects("languageVersions")) {
    paths.note("languageVersions", v.path());
    out.languageVersions.push_back(readLanguageVersionRecord(v, d.id));
    v.finish();
  }
  n.finish();
  out.declarations.push_back(std::move(d));
}

std::string readFile(const std::string& path, Errors& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back(Error::notFound("cannot open '" + path + "'", path));
    return {};
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

ReadResult readBundle(std::string_view json, const CountryCatalog& reference) {
  ReadResult result;
  auto parsed = ::accord::json::parseObject(json);
  if (!parsed.ok()) {
    result.errors.push_back(parsed.error());
    return result;
  }
  Node root(parsed.value(), "$", result.errors);
  Dossier& d = result.dossier;
  auto format = root.text("format", tr::kName);
  if (!format.empty() && format != "accord-bundle") root.fail("format", "must be \"accord-bundle\"");
  int version = root.integer("formatVersion", 1, 1000);
  if (version > kFormatVersion)
    root.fail("formatVersion", "is " + std::to_string(version) + "; this Accord reads version " +
                                   std::to_string(kFormatVersion) + " (upgrade Accord)");
  d.illustrative = root.text("illustrative", tr::kNote);
  for (auto& c : root.objects("countries")) d.countries.push_back(readCountry(c));
  for (auto& o : root.objects("organizations")) d.organizations.push_back(readOrganization(o));
  for (auto& p : root.objects("people")) d.people.push_back(readPerson(p));
  if (auto c = root.object("conference", true)) {
    d.conference = readConferenceFields(*c, std::nullopt, false);
    c->finish();
  }
  SourcePaths paths;
  for (auto& decl : root.objects("declarations")) readDeclaration(decl, d.conference.id, d, paths);
  root.finish();
  // Cross-record rules only make sense on a structurally sound document.
  if (result.errors.empty()) {
    for (auto& e : normalize(d, catalogFor(d, reference))) {
      e.field = paths.translate(e.field);
      result.errors.push_back(std::move(e));
    }
  }
  return result;
}

ReadResult readBundleFile(const std::string& path, const CountryCatalog& reference) {
  ReadResult result;
  std::string json = readFile(path, result.errors);
  if (!result.errors.empty()) return result;
  return readBundle(json, reference);
}

Result<CountryCatalog> readCountries(std::string_view json) {
  auto parsed = ::accord::json::parseObject(json);
  if (!parsed.ok()) return parsed.error();
  Errors errors;
  Node root(parsed.value(), "$", errors);
  auto format = root.text("format", tr::kName);
  if (!format.empty() && format != "accord-countries") root.fail("format", "must be \"accord-countries\"");
  root.integer("formatVersion", 1, kFormatVersion);
  CountryCatalog catalog;
  for (auto& n : root.objects("countries", true)) {
    Country c = readCountryFields(n);
    c.userDefined = n.boolean("userDefined", false);
    n.boolean("osce", false);
    for (auto& former : n.objects("formerNames")) {
      FormerName f;
      f.name = former.text("name", tr::kName);
      f.names = former.stringMap("names", tr::kName);
      f.from = former.optionalDate("from");
      f.until = former.date("until");
      if (f.from && !(*f.from < f.until)) former.fail("from", "must be before until");
      former.finish();
      c.formerNames.push_back(std::move(f));
    }
    n.finish();
    catalog.put(std::move(c));
  }
  root.finish();
  if (!errors.empty()) return errors.front();
  return catalog;
}

Result<CountryCatalog> readCountriesFile(const std::string& path) {
  Errors errors;
  std::string json = readFile(path, errors);
  if (!errors.empty()) return errors.front();
  return readCountries(json);
}

}  // namespace accord::bundle
