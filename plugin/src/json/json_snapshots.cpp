#include "accord/json/json_snapshots.h"

#include "accord/json/consultation.h"
#include "accord/json/language_version.h"
#include "accord/json/writers.h"

namespace accord::json {

using namespace accord::domain;

std::string JsonSnapshots::of(const Conference& c) const {
  return toText([&](JsonWriter& w) { writeConference(w, c, kStandalone); });
}
std::string JsonSnapshots::of(const Declaration& d) const {
  return toText([&](JsonWriter& w) { writeDeclaration(w, d, kStandalone); });
}
// A revision event names its declaration in the event's entity id already.
std::string JsonSnapshots::of(const Revision& r) const {
  return toText([&](JsonWriter& w) { writeRevision(w, r); });
}
std::string JsonSnapshots::of(const Endorsement& e) const {
  return toText([&](JsonWriter& w) { writeEndorsement(w, e, kStandalone); });
}
std::string JsonSnapshots::of(const Commitment& c) const {
  return toText([&](JsonWriter& w) { writeCommitment(w, c, kStandalone); });
}
std::string JsonSnapshots::of(const Assignment& a) const {
  return toText([&](JsonWriter& w) { writeAssignment(w, a, kStandalone); });
}
std::string JsonSnapshots::of(const ProgressReport& r) const {
  return toText([&](JsonWriter& w) { writeReport(w, r, kStandalone); });
}
std::string JsonSnapshots::of(const Comment& c) const {
  return toText([&](JsonWriter& w) { writeComment(w, c); });
}
std::string JsonSnapshots::of(const Amendment& a) const {
  return toText([&](JsonWriter& w) { writeAmendment(w, a); });
}
std::string JsonSnapshots::of(const LanguageVersion& v) const {
  return toText([&](JsonWriter& w) { writeLanguageVersion(w, v); });
}
std::string JsonSnapshots::of(const Account& a) const {
  // Monitors read the audit trail and may not read an account's e-mail address (the
  // accounts themselves are the administrators'): as for a person, the trail keeps
  // that the account changed, not the address.
  Account shown = a;
  shown.email.clear();
  return toText([&](JsonWriter& w) { writeAccount(w, shown); });
}
std::string JsonSnapshots::of(const Person& p) const {
  // The audit trail is read by monitors, who may not read a person's e-mail address
  // (the directory shows it to the secretariat, admins and the person's own
  // coordinator only): the trail keeps that the person changed, not the address.
  Person shown = p;
  shown.email.clear();
  return toText([&](JsonWriter& w) { writePerson(w, shown); });
}
std::string JsonSnapshots::of(const Organization& o) const {
  return toText([&](JsonWriter& w) { writeOrganization(w, o); });
}

}  // namespace accord::json
