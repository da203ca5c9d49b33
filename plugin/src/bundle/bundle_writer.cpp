// Dossier → bundle JSON, nesting records under their parents as the format does.
// Each record is spelled by the shared writers (accord/json/writers.h); this file
// only decides the nesting. Key order is fixed so that the same dossier always
// gives the same text, indented for people to read.
#include "accord/bundle/bundle.h"
#include "accord/json/consultation.h"
#include "accord/json/language_version.h"
#include "accord/json/writers.h"

namespace accord::bundle {
namespace {

using namespace domain;
using namespace json;

void writeCommitmentTree(JsonWriter& w, const Dossier& d, const Commitment& c) {
  writeCommitment(w, c, kNested, [&](JsonWriter& w) {
    w.key("assignments").beginArray();
    for (const Assignment* a : d.assignmentsOf(c.id))
      writeAssignment(w, *a, kNested, [&](JsonWriter& w) {
        w.key("reports").beginArray();
        for (const ProgressReport* r : d.reportsOf(c.id, a->country)) writeReport(w, *r, kNested);
        w.endArray();
      });
    w.endArray();
  });
}

void writeDeclarationTree(JsonWriter& w, const Dossier& d, const Declaration& decl) {
  writeDeclaration(w, decl, kNested, [&](JsonWriter& w) {
    w.key("revisions").beginArray();
    for (const auto& r : decl.revisions) writeRevision(w, r);
    w.endArray().key("endorsements").beginArray();
    for (const Endorsement* e : d.endorsementsOf(decl.id)) writeEndorsement(w, *e, kNested);
    w.endArray().key("commitments").beginArray();
    for (const Commitment* c : d.commitmentsOf(decl.id)) writeCommitmentTree(w, d, *c);
    w.endArray();
    // The consultation's records only when there are any, so that a bundle without
    // them reads as it always did.
    auto comments = d.commentsOf(decl.id);
    auto amendments = d.amendmentsOf(decl.id);
    if (!amendments.empty()) {
      w.key("amendments").beginArray();
      for (const Amendment* a : amendments) writeAmendment(w, *a, kNested);
      w.endArray();
    }
    if (!comments.empty()) {
      w.key("comments").beginArray();
      for (const Comment* c : comments) writeComment(w, *c, kNested);
      w.endArray();
    }
    auto versions = d.languageVersionsOf(decl.id);
    if (!versions.empty()) {
      w.key("languageVersions").beginArray();
      for (const LanguageVersion* v : versions) writeLanguageVersion(w, *v, kNested);
      w.endArray();
    }
  });
}

}  // namespace

std::string writeBundle(const Dossier& d) {
  JsonWriter w(2);
  w.beginObject().field("format", "accord-bundle").field("formatVersion", 1);
  if (!d.illustrative.empty()) w.field("illustrative", d.illustrative);
  w.key("countries").beginArray();
  for (const auto& c : d.countries) writeCountry(w, c, false);
  w.endArray().key("organizations").beginArray();
  for (const auto& o : d.organizations) writeOrganization(w, o);
  w.endArray().key("people").beginArray();
  for (const auto& p : d.people) writePerson(w, p);
  w.endArray().key("conference");
  writeConference(w, d.conference, kNested);
  w.key("declarations").beginArray();
  for (const auto& decl : d.declarations) writeDeclarationTree(w, d, decl);
  w.endArray().endObject();
  return w.str() + "\n";
}

}  // namespace accord::bundle
