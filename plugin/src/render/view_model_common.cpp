#include <algorithm>

#include "text_format.h"
#include "view_model.h"
#include "word_language.h"

namespace accord::render {

CountryNames::CountryNames(const domain::CountryCatalog& catalog, std::string language, domain::Date on)
    : catalog_(catalog), language_(std::move(language)), on_(on) {}

std::string CountryNames::shown(const domain::CountryCode& code) {
  const domain::Country* c = catalog_.find(code);
  if (!c) return code.str();
  if (const domain::FormerName* former = c->formerNameOn(on_)) {
    auto it = former->names.find(language_);
    return language_ != "en" && it != former->names.end() ? it->second : former->name;
  }
  std::string mark = footnoteMark(c->name, c->displayName);
  std::string name = c->shown();
  if (language_ != "en")
    if (auto it = c->names.find(language_); it != c->names.end()) name = it->second + mark;
  bool known = std::any_of(notes_.begin(), notes_.end(), [&](const auto& n) { return n.second == c; });
  if (!mark.empty() && !c->footnote.empty() && !known) notes_.emplace_back(mark, c);
  return name;
}

void CountryNames::addNotes(Node& root) const {
  root.flag("hasNotes", !notes_.empty());
  ListNode list = root.list("notes", notes_.size());
  for (const auto& [mark, country] : notes_)
    list.append().set("mark", mark).lines("text", country->footnote, "country " + country->code.str());
}

domain::Date documentDate(const ViewInput& in, bool asOfToday) {
  return asOfToday ? in.today : in.revision.createdAt.date();
}

bool isFinalText(const ViewInput& in) {
  return in.declaration.finalRevision && *in.declaration.finalRevision == in.revision.number;
}

namespace {

void collectReferences(const std::vector<domain::Clause>& clauses, int depth, const std::string& prefix,
                       std::unordered_map<std::string, std::string>& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    std::string label = domain::clauseLabel(depth, i);
    // A reference drops the full stop of "3.": "clause 3", "clause 3 (a)".
    std::string here = depth == 0 ? label.substr(0, label.size() - 1) : prefix + " " + label;
    collectReferences(clauses[i].items, depth + 1, here, out);
    out.emplace(clauses[i].id.str(), std::move(here));
  }
}

void addConference(Node& root, const ViewInput& in, const std::string& lang) {
  const domain::Conference& c = in.dossier.conference;
  std::string dates = formatDateRange(c.startDate, c.endDate, lang);
  Node n = root.object("conference");
  n.set("id", c.id.str())
      .text("title", c.title, "the conference")
      .text("city", c.city, "the conference")
      .text("venue", c.venue, "the conference")
      .set("dates", dates)
      .set("startIso", c.startDate.iso())
      .set("endIso", c.endDate.iso())
      .set("line", c.city + ", " + dates);
  ListNode organizers = n.list("organizers", c.organizers.size());
  for (const auto& id : c.organizers) {
    const domain::Organization* o = in.dossier.organization(id);
    Node item = organizers.append();
    item.set("id", id.str())
        .text("name", o ? o->name : id.str(), "organization " + id.str())
        .text("acronym", o ? o->acronym : std::string(), "organization " + id.str());
  }
}

}  // namespace

std::unordered_map<std::string, std::string> clauseReferences(const domain::Revision& revision) {
  std::unordered_map<std::string, std::string> out;
  collectReferences(revision.operative, 0, "", out);
  return out;
}

void addCommon(Node& root, const ViewInput& in, const Labels& l, const std::string& documentTitle,
               bool asOfToday) {
  const domain::Declaration& d = in.declaration;
  const domain::Revision& r = in.revision;
  const std::string lang = l.language;
  std::string revisionDate = formatDate(r.createdAt.date(), lang);
  bool final = isFinalText(in);

  root.set("lang", d.baseLanguage);
  Node labels = root.object("labels");
  std::size_t count = 0;
  const auto* keys = labelKeys(count);
  for (std::size_t i = 0; i < count; ++i) labels.set(keys[i].first, l.*(keys[i].second));

  root.object("declaration")
      .set("id", d.id.str())
      .text("title", d.title, "the declaration")
      .set("kind", labelOf(l.declarationKind, d.kind))
      .set("kindCode", domain::toString(d.kind))
      .set("status", labelOf(l.declarationStatus, d.status))
      .set("statusCode", domain::toString(d.status))
      .set("language", d.baseLanguage);
  addConference(root, in, lang);
  root.object("revision")
      .number("number", r.number)
      .set("date", revisionDate)
      .set("dateIso", r.createdAt.date().iso())
      .set("createdAt", r.createdAt.iso())
      .text("author", r.author, "revision " + std::to_string(r.number))
      .lines("changeNote", r.changeNote, "revision " + std::to_string(r.number));
  root.flag("isFinal", final).flag("isDraft", !final).set("finalFlag", final ? "true" : "false");
  // The draft marker the issue asks for: "DRAFT — revision N — date".
  root.set("headerText", final ? std::string() : std::string(l.draft) + " \u2014 " + l.revision + " " +
                                                     std::to_string(r.number) + " \u2014 " + revisionDate);
  root.set("asOf", formatDate(in.today, lang)).set("asOfIso", in.today.iso());
  root.set("documentTitle", documentTitle);

  // Document properties come from the data, never from the clock, so that the
  // same input gives the same bytes.
  std::string modified =
      asOfToday && r.createdAt.date() < in.today ? in.today.iso() + "T00:00:00Z" : r.createdAt.iso();
  root.object("docProps")
      .text("title", documentTitle, "the declaration")
      .text("subject", in.dossier.conference.title, "the conference")
      .text("creator", r.author, "revision " + std::to_string(r.number))
      .number("revision", r.number)
      .set("created", r.createdAt.iso())
      .set("modified", modified)
      .set("language", d.baseLanguage);
  // Proofing in the document's language: Word and LibreOffice know it by its locale.
  WordLanguage word = wordLanguage(d.baseLanguage);
  root.object("wordLanguage")
      .set("locale", word.locale)
      .set("bidi", word.bidi)
      .flag("rightToLeft", word.rightToLeft);
  root.flag("hasIllustrative", !in.dossier.illustrative.empty())
      .lines("illustrative", in.dossier.illustrative, "the dossier");
}

domain::Result<Data> finish(Data root, const ViewState& state) {
  if (state.unsafe) return *state.unsafe;
  // Explicitly moved: Result's by-value constructor would otherwise copy the tree.
  return domain::Result<Data>(std::move(root));
}

}  // namespace accord::render
