// The declaration as Akoma Ntoso 3.0: the keys of the declaration's own view
// (addCommon) plus what AKN adds — FRBR identification, element ids (eId, wId)
// and the references (TLC*) that signatures and authors point to.
//
// Identifiers follow the Akoma Ntoso Naming Convention: the Work is
// /akn/<jurisdiction>/statement/<date>/<declaration id>, an Expression adds
// /<language>@<version>, a Manifestation the file's format. An eId is the unit's
// place ("para_3__list_1__point_a"); a wId is its stable id, which stays the same
// across revisions and across every language version of one revision.
#include <algorithm>

#include "accord/domain/tally.h"
#include "text_format.h"
#include "view_model.h"

namespace accord::render {
namespace {

// ISO 639-2/T codes, which AKN identifiers and FRBRlanguage use, for the OSCE's
// six official languages and the Western Balkans' own. Any other code is used as
// it comes (ISO 639-1), which AKN accepts but its tools may not recognize.
const std::pair<const char*, const char*> kLanguages[] = {
    {"en", "eng"}, {"fr", "fra"}, {"de", "deu"}, {"it", "ita"}, {"ru", "rus"}, {"es", "spa"},
    {"sq", "sqi"}, {"bs", "bos"}, {"hr", "hrv"}, {"mk", "mkd"}, {"sr", "srp"}, {"cnr", "cnr"}};

std::string threeLetter(const std::string& code) {
  for (const auto& [two, three] : kLanguages)
    if (code == two) return three;
  return code;
}

// Letters and digits only, lower case: a piece of an AKN IRI.
std::string iriPiece(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

// The Work's jurisdiction (FRBRcountry). A joint declaration is no one country's
// act: the naming convention lets an international organization stand in its
// place with its own code ("un", "eu"), so the first organizer's acronym it is
// ("osce"); a national organizer gives its country; failing both, "int".
std::string jurisdiction(const ViewInput& in) {
  for (const auto& id : in.dossier.conference.organizers) {
    const domain::Organization* o = in.dossier.organization(id);
    if (!o) continue;
    if (o->country) return iriPiece(o->country->str());
    if (std::string a = iriPiece(o->acronym); !a.empty()) return a;
  }
  return "int";
}

// Text for an attribute value (showAs, FRBRname): a reader normalizes a tab or a
// line break there to a space, so it is one already. The element text beside
// it keeps every character.
std::string attributeText(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

// "(a)" -> "a", "1." -> "1": the number part of an eId.
std::string eIdNumber(const std::string& label) {
  std::string out;
  for (char c : label)
    if (c != '(' && c != ')' && c != '.' && c != ' ') out.push_back(c);
  return out;
}

// A paragraph (depth 0) or point with its sub-items: "intro" and a "list" of
// points when it has items, else "content" (the template chooses on hasItems).
void addUnits(Node& parent, const std::vector<domain::Clause>& clauses, int depth, const std::string& prefix) {
  const std::string listEId = depth == 0 ? std::string() : prefix + "__list_1";
  parent.flag("hasItems", !clauses.empty()).set("listEId", listEId);
  ListNode list = parent.list(depth == 0 ? "paragraphs" : "items", clauses.size());
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const domain::Clause& c = clauses[i];
    std::string num = domain::clauseLabel(depth, i);
    std::string eId = depth == 0 ? "para_" + eIdNumber(num) : listEId + "__point_" + eIdNumber(num);
    Node n = list.append();
    n.set("eId", eId).set("wId", c.id.str()).set("num", num).lines("text", c.text, "clause " + c.id.str());
    // Every level sets its own items, the deepest an empty list, so that Mustache
    // never finds a parent's list under "items".
    if (depth + 1 < domain::kMaxClauseDepth) {
      addUnits(n, c.items, depth + 1, eId);
    } else {
      n.flag("hasItems", false).set("listEId", "");
      n.list("items", 0);
    }
  }
}

// The signatures of the final text: every country that signed (endorsed, also
// ad referendum), with the references its signature points to. Returns whether
// there is any.
bool addSignatures(Node& root, const ViewInput& in, const Labels& l, CountryNames& names) {
  domain::EndorsementTally tally = domain::tallyEndorsements(in.dossier, in.declaration);
  std::vector<const domain::EndorsementRow*> signedRows;
  for (const auto& row : tally.rows)
    if (row.endorsement && (row.status() == domain::EndorsementStatus::kEndorsed ||
                            row.status() == domain::EndorsementStatus::kEndorsedAdReferendum))
      signedRows.push_back(&row);
  std::size_t statements = 0;
  ListNode signatures = root.list("signatures", signedRows.size());
  ListNode notes = root.list("statements", signedRows.size());
  for (const auto* row : signedRows) {
    const domain::Endorsement& e = *row->endorsement;
    std::string code = iriPiece(row->country.str());
    std::string owner = "the endorsement of " + row->country.str();
    std::string country = names.shown(row->country);
    bool hasStatement = !e.statement.empty();
    std::string marker = hasStatement ? "[" + std::to_string(++statements) + "]" : std::string();
    signatures.append()
        .set("code", row->country.str())
        .set("personEId", "signer_" + code)
        .set("roleEId", "role_" + code)
        .set("locationEId", "country_" + code)
        .text("country", country, owner)
        .flag("hasSigner", e.signer.has_value())
        .text("signer", e.signer ? e.signer->name : std::string(), owner)
        .text("signerAttribute", attributeText(e.signer ? e.signer->name : std::string()), owner)
        .flag("hasSignerTitle", e.signer && !e.signer->title.empty())
        .text("signerTitle", e.signer ? e.signer->title : std::string(), owner)
        .text("signerTitleAttribute", attributeText(e.signer ? e.signer->title : std::string()), owner)
        .text("countryAttribute", attributeText(country), owner)
        .flag("hasDate", e.date.has_value())
        .set("date", e.date ? formatDate(*e.date, l.language) : std::string())
        .set("dateIso", e.date ? e.date->iso() : std::string())
        .set("status", labelOf(l.endorsementStatus, row->status()))
        .set("statusCode", domain::toString(row->status()))
        .flag("hasStatement", hasStatement)
        .set("marker", marker);
    if (hasStatement) notes.append().set("marker", marker).text("country", country, owner).lines("text", e.statement, owner);
  }
  root.flag("hasSignatures", !signedRows.empty()).flag("hasStatements", statements > 0);
  root.set("endorsedSummary", endorsedSentence(l, tally.signedCount, tally.invited));
  return !signedRows.empty();
}

void addIdentification(Node& root, const ViewInput& in, const std::string& language) {
  const domain::Declaration& d = in.declaration;
  const domain::Revision& r = in.revision;
  const std::string workDate = in.dossier.conference.endDate.iso();
  const std::string work = "/akn/" + jurisdiction(in) + "/statement/" + workDate + "/" + d.id.str();
  // A revision is a version of the text; its number names the version, since
  // several revisions can be cut on one day.
  const std::string version = "@r" + std::to_string(r.number);
  const std::string expression = work + "/" + threeLetter(language) + version;
  const std::string& originalLanguage = d.translatedFrom.empty() ? d.baseLanguage : d.translatedFrom;
  const std::string original = work + "/" + threeLetter(originalLanguage) + version;
  const bool final = isFinalText(in);

  Node akn = root.object("akn");
  akn.object("work")
      .set("this", work + "/!main")
      .set("uri", work)
      .set("date", workDate)
      .set("country", jurisdiction(in))
      .set("subtype", domain::toString(d.kind))
      .text("name", attributeText(d.title), "the declaration");
  // One Expression per language version: the original's is the master one; a
  // translation names it in FRBRmasterExpression.
  akn.object("expression")
      .set("this", expression + "/!main")
      .set("uri", expression)
      .set("date", r.createdAt.date().iso())
      .set("dateName", final ? "adoption" : "revision")
      .set("language", threeLetter(language))
      .flag("isTranslation", language != originalLanguage)
      .set("masterUri", original)
      // showAs is required: the original's language, as the Expression's IRI names it.
      .set("masterShowAs", "original (" + threeLetter(originalLanguage) + ")");
  akn.object("manifestation")
      .set("this", expression + "/!main.akn.xml")
      .set("uri", expression + ".akn")
      // The revision's date, not the clock's: the same input gives the same bytes.
      .set("date", r.createdAt.date().iso());

  // Authors: the conference's organizers, the first one the Work's author.
  const auto& organizers = in.dossier.conference.organizers;
  akn.set("author", organizers.empty() ? std::string("accord") : "org_" + organizers.front().str());
  ListNode orgs = akn.list("organizations", organizers.size());
  for (const auto& id : organizers) {
    const domain::Organization* o = in.dossier.organization(id);
    orgs.append()
        .set("eId", "org_" + id.str())
        .set("href", "/akn/ontology/organizations/" + id.str())
        .text("showAs", attributeText(o ? o->name : id.str()), "organization " + id.str());
  }
}

}  // namespace

domain::Result<Data> aknView(const ViewInput& in, const std::string& language) {
  const Labels& l = labelsFor(language);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  addCommon(root, in, l, in.declaration.title, false);
  addIdentification(root, in, language);

  const auto& preamble = in.revision.preamble;
  root.flag("hasPreamble", !preamble.empty());
  ListNode recitals = root.list("recitals", preamble.size());
  for (std::size_t i = 0; i < preamble.size(); ++i) {
    const auto& r = preamble[i];
    recitals.append()
        .set("eId", "recs_1__rec_" + std::to_string(i + 1))
        .set("wId", r.id.str())
        .flag("hasLead", !r.leadPhrase.empty())
        .text("lead", r.leadPhrase, "recital " + r.id.str())
        .lines("text", r.text, "recital " + r.id.str());
  }
  addUnits(root, in.revision.operative, 0, "");

  CountryNames names(in.catalog, l.language, documentDate(in, false));
  bool signatures = false;
  if (isFinalText(in)) {
    signatures = addSignatures(root, in, l, names);
  } else {
    root.flag("hasSignatures", false).flag("hasStatements", false).set("endorsedSummary", "");
    root.list("signatures", 0);
    root.list("statements", 0);
  }
  const bool hasClosing = !in.revision.closingFormula.empty();
  root.flag("hasClosing", hasClosing).lines("closing", in.revision.closingFormula, "the closing formula");
  root.flag("hasConclusions", hasClosing || signatures);  // AKN has no empty conclusions
  names.addNotes(root);
  return finish(std::move(data), state);
}

}  // namespace accord::render
