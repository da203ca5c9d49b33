#include "render_fixtures.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

namespace accord::test {
namespace fs = std::filesystem;
using namespace domain;

CountryCode cc(const char* code) { return CountryCode::parse("code", code).value(); }
Date day(const char* iso) { return Date::parse("date", iso).value(); }
Timestamp at(const char* iso) { return Timestamp::parse("at", iso).value(); }

CountryCatalog renderCatalog() {
  CountryCatalog c;
  c.put({cc("AL"), "Albania", "", "", {{"fr", "Albanie"}}, false});
  c.put({cc("HR"), "Croatia", "", "", {{"fr", "Croatie"}}, false});
  c.put({cc("RS"), "Serbia", "", "", {{"fr", "Serbie"}}, false});
  c.put({cc("XK"), "Kosovo", "Kosovo*", "This designation is without prejudice to positions on status.",
         {{"fr", "Kosovo"}}, true});
  return c;
}

namespace {

Revision revision(int number, const char* when, bool final) {
  Revision r;
  r.number = number;
  r.author = "secretariat";
  r.createdAt = at(when);
  r.changeNote = final ? "Final text" : "First draft";
  r.preamble = {{ClauseId("rec-1"), "", "We, the national co-ordinators,"},
                {ClauseId("rec-2"), "Recognizing", "that we share a responsibility,"}};
  if (!final) {
    r.operative = {{ClauseId("op-1"), "Commit to assess the risks;", {}},
                   {ClauseId("op-2"), "Agree to co-operate.", {}}};
  } else {
    Clause sub1{ClauseId("op-1-a"), "establish common indicators;", {{ClauseId("op-1-a-i"), "for border crossings;", {}}}};
    Clause sub2{ClauseId("op-1-b"), "train first-line officials;", {}};
    r.operative = {{ClauseId("op-1"), "Agree to develop common approaches, and to:", {sub1, sub2}},
                   {ClauseId("op-2"), "Agree to co-operate in transnational referral.", {}}};
  }
  r.closingFormula = "Adopted in Skopje on 28 October 2016.";
  return r;
}

Endorsement endorsement(const char* country, EndorsementStatus status, const char* signer) {
  Endorsement e;
  e.declaration = DeclarationId("decl");
  e.country = cc(country);
  e.status = status;
  if (status != EndorsementStatus::kInvited) {
    e.revision = 2;
    e.date = day("2016-10-28");
    e.place = "Skopje";
    e.signer = Signer{signer, "National Co-ordinator"};
    e.method = EndorsementMethod::kInSession;
    e.history.push_back({at("2016-10-28T11:00:00Z"), "secretariat", EndorsementStatus::kInvited, status,
                         EndorsementMethod::kInSession, false, "", ""});
  }
  return e;
}

}  // namespace

Dossier renderDossier() {
  Dossier d;
  d.organizations.push_back({OrganizationId("osce"), "OSCE Mission to Skopje", "OSCE", std::nullopt});
  d.conference.id = ConferenceId("conf");
  d.conference.title = "Regional Conference on Human Trafficking";
  d.conference.city = "Skopje";
  d.conference.venue = "Hotel";
  d.conference.startDate = day("2016-10-27");
  d.conference.endDate = day("2016-10-28");
  d.conference.organizers = {OrganizationId("osce")};
  d.conference.languages = {"en"};
  d.conference.status = ConferenceStatus::kConcluded;

  Declaration decl;
  decl.id = DeclarationId("decl");
  decl.conference = d.conference.id;
  decl.title = "Joint Declaration on Combating Trafficking";
  decl.invitedCountries = {cc("AL"), cc("HR"), cc("RS"), cc("XK")};
  decl.status = DeclarationStatus::kOpenForEndorsement;
  decl.finalRevision = 2;
  decl.revisions = {revision(1, "2016-10-20T09:00:00Z", false), revision(2, "2016-10-28T07:30:00Z", true)};
  d.declarations.push_back(decl);

  d.endorsements.push_back(endorsement("AL", EndorsementStatus::kEndorsed, "Mirela Dervishi"));
  Endorsement hr = endorsement("HR", EndorsementStatus::kEndorsedAdReferendum, "Ivana Marković");
  hr.statement = "Subject to confirmation by the Government.";
  d.endorsements.push_back(hr);
  d.endorsements.push_back(endorsement("XK", EndorsementStatus::kEndorsed, "Arben Krasniqi"));

  Commitment c;
  c.id = CommitmentId("cm-1");
  c.declaration = decl.id;
  c.text = "Designate a national contact point.";
  c.clause = ClauseId("op-2");
  c.deadline = day("2017-06-30");
  c.milestones = {{MilestoneId("ms-1"), "Contact points designated", day("2017-01-31"), MilestoneState::kDone}};
  c.indicators = {{"Contact points", 0, 1, "contact point"}};
  c.countries = {cc("AL"), cc("RS")};
  d.commitments.push_back(c);

  Assignment al;
  al.commitment = c.id;
  al.country = cc("AL");
  al.acceptance = Acceptance::kAccepted;
  al.acceptanceDate = day("2016-11-21");
  al.acceptedBy = "al-coordinator";
  al.leadInstitution = "Ministry of Interior";
  al.status = ImplementationStatus::kInProgress;
  al.assessment = Assessment::kLimited;
  d.assignments.push_back(al);
  Assignment rs = al;
  rs.country = cc("RS");
  rs.acceptance = Acceptance::kProposed;
  rs.acceptanceDate.reset();
  rs.acceptedBy.clear();
  rs.status = ImplementationStatus::kNotStarted;
  rs.assessment = Assessment::kNoEvidence;
  d.assignments.push_back(rs);

  ProgressReport r;
  r.id = ReportId("rp-1");
  r.commitment = c.id;
  r.country = cc("AL");
  r.periodStart = day("2017-01-01");
  r.periodEnd = day("2017-06-30");
  r.narrative = "Contact point designated at the Ministry.\nSecond paragraph.";
  r.percent = 40;
  r.state = ReportState::kValidated;
  r.author = "al-coordinator";
  d.reports.push_back(r);
  return d;
}

std::string templatesDir() { return "templates"; }
std::string schemaDir() { return "schema"; }

const render::Renderer& builtinRenderer() {
  static const render::Renderer renderer = [] {
    auto loaded = render::Renderer::load({"", templatesDir()}, schemaDir());
    if (!loaded.ok()) throw std::runtime_error("built-in templates do not load: " + loaded.error().message);
    return std::move(loaded).value();
  }();
  return renderer;
}

const render::XmlValidator& shippedValidator() {
  static const render::XmlValidator validator = [] {
    auto loaded = render::XmlValidator::load(schemaDir());
    if (!loaded.ok()) throw std::runtime_error("shipped schemas do not load: " + loaded.error().message);
    return std::move(loaded).value();
  }();
  return validator;
}

std::string renderOrFail(const Dossier& d, render::DocumentKind document, render::Format format,
                         std::optional<int> revision) {
  CountryCatalog catalog = renderCatalog();
  render::RenderRequest request{d, catalog, DeclarationId("decl"), document, format, revision, day("2017-09-01")};
  auto out = builtinRenderer().render(request);
  if (!out.ok()) throw std::runtime_error("render failed: " + out.error().field + ": " + out.error().message);
  return out.value();
}

std::map<std::string, std::string> unzip(const std::string& archive) {
  std::map<std::string, std::string> out;
  std::istringstream in(archive);
  Poco::Zip::ZipArchive zip(in);
  for (auto it = zip.headerBegin(); it != zip.headerEnd(); ++it) {
    std::istringstream again(archive);
    Poco::Zip::ZipInputStream entry(again, it->second);
    std::ostringstream content;
    content << entry.rdbuf();
    out[it->first] = content.str();
  }
  return out;
}

std::vector<std::string> zipEntryOrder(const std::string& archive) {
  // Walks the local file headers (signature PK\3\4) from the start of the archive.
  std::vector<std::string> names;
  std::size_t pos = 0;
  auto u16 = [&](std::size_t p) {
    return static_cast<std::size_t>(static_cast<unsigned char>(archive[p]) |
                                    static_cast<unsigned char>(archive[p + 1]) << 8);
  };
  auto u32 = [&](std::size_t p) { return u16(p) | u16(p + 2) << 16; };
  while (pos + 30 <= archive.size() && archive.compare(pos, 4, "PK\x03\x04") == 0) {
    std::size_t nameLength = u16(pos + 26), extraLength = u16(pos + 28), compressed = u32(pos + 18);
    names.push_back(archive.substr(pos + 30, nameLength));
    pos += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

namespace {

// Akoma Ntoso text as a reader sees it: text nodes, and <eol/> as a line break.
void collectAknText(xmlNodePtr node, std::string& out) {
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      out += c->content ? reinterpret_cast<const char*>(c->content) : "";
    } else if (c->type == XML_ELEMENT_NODE) {
      if (xmlStrEqual(c->name, reinterpret_cast<const xmlChar*>("eol")))
        out += '\n';
      else
        collectAknText(c, out);
    }
  }
}

// The matches of `xpath` in `xml`, each turned into text by `textOf`.
template <class TextOf>
std::vector<std::string> xpathTexts(const std::string& xml, const std::string& xpath, TextOf textOf) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "test.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) throw std::runtime_error("not well-formed XML");
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  const std::pair<const char*, const char*> ns[] = {
      {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
      {"d", "urn:accord:declaration:1"},
      {"s", "urn:accord:endorsement-status:1"},
      {"i", "urn:accord:implementation:1"},
      {"a", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"},
      {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
      {"dc", "http://purl.org/dc/elements/1.1/"}};
  for (const auto& [prefix, uri] : ns)
    xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>(prefix), reinterpret_cast<const xmlChar*>(uri));
  xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx);
  std::vector<std::string> out;
  if (result && result->nodesetval)
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) out.push_back(textOf(result->nodesetval->nodeTab[i]));
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  return out;
}

}  // namespace

std::vector<std::string> xpathValues(const std::string& xml, const std::string& xpath) {
  return xpathTexts(xml, xpath, [](xmlNodePtr node) {
    xmlChar* s = xmlNodeGetContent(node);
    std::string out = s ? reinterpret_cast<const char*>(s) : "";
    xmlFree(s);
    return out;
  });
}

std::vector<std::string> aknTexts(const std::string& xml, const std::string& xpath) {
  return xpathTexts(xml, xpath, [](xmlNodePtr node) {
    std::string out;
    if (node->type == XML_ATTRIBUTE_NODE || node->type == XML_TEXT_NODE) {
      xmlChar* s = xmlNodeGetContent(node);
      out = s ? reinterpret_cast<const char*>(s) : "";
      xmlFree(s);
    } else {
      collectAknText(node, out);
    }
    return out;
  });
}

namespace {
void collectRunText(xmlNodePtr node, std::string& out) {
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string name = reinterpret_cast<const char*>(c->name);
    if (name == "t") {
      xmlChar* s = xmlNodeGetContent(c);
      out += s ? reinterpret_cast<const char*>(s) : "";
      xmlFree(s);
    } else if (name == "br") {
      out += '\n';
    } else if (name == "tab" && std::string(reinterpret_cast<const char*>(node->name)) == "r") {
      out += '\t';  // a run's tab; w:tab inside w:tabs is a tab stop, not text
    } else if (name != "pPr" && name != "rPr" && name != "instrText") {
      collectRunText(c, out);
    }
  }
}
}  // namespace

std::vector<std::string> paragraphTexts(const std::string& documentXml) {
  xmlDocPtr doc = xmlReadMemory(documentXml.data(), static_cast<int>(documentXml.size()), "document.xml",
                                nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) throw std::runtime_error("document.xml is not well-formed XML");
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>("w"),
                     reinterpret_cast<const xmlChar*>("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
  xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>("//w:p"), ctx);
  std::vector<std::string> out;
  if (result && result->nodesetval)
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      std::string text;
      collectRunText(result->nodesetval->nodeTab[i], text);
      out.push_back(text);
    }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  return out;
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = (fs::temp_directory_path() / ("accord-render-" + std::to_string(rd()))).string();
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempDir::write(const std::string& relative, const std::string& content) const {
  fs::path p = fs::path(path_) / relative;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

}  // namespace accord::test
