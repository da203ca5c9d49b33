// The endorsement status report: one row per invited country, totals per status
// and the sentence with the count of countries that have endorsed.
#include "accord/domain/tally.h"
#include "text_format.h"
#include "view_model.h"

namespace accord::render {
namespace {

const domain::EndorsementStatus kStatusOrder[] = {
    domain::EndorsementStatus::kEndorsed, domain::EndorsementStatus::kEndorsedAdReferendum,
    domain::EndorsementStatus::kConsulting, domain::EndorsementStatus::kInvited,
    domain::EndorsementStatus::kDeclined, domain::EndorsementStatus::kWithdrawn};

void addRow(Node n, const domain::EndorsementRow& row, const Labels& l, CountryNames& names) {
  const domain::Endorsement* e = row.endorsement;
  std::string owner = "the endorsement of " + row.country.str();
  bool hasMethod = e && e->method;
  bool onBehalf = e && e->onBehalf;
  n.set("code", row.country.str())
      .text("country", names.shown(row.country), owner)
      .set("status", labelOf(l.endorsementStatus, row.status()))
      .set("statusCode", domain::toString(row.status()))
      .flag("hasDate", e && e->date)
      .set("date", e && e->date ? formatDate(*e->date, l.language) : std::string())
      .set("dateIso", e && e->date ? e->date->iso() : std::string())
      .flag("hasPlace", e && !e->place.empty())
      .text("place", e ? e->place : std::string(), owner)
      .flag("hasSigner", e && e->signer)
      .text("signer", e && e->signer ? e->signer->name : std::string(), owner)
      .text("signerTitle", e && e->signer ? e->signer->title : std::string(), owner)
      .flag("hasMethod", hasMethod)
      .set("method", hasMethod ? labelOf(l.endorsementMethod, *e->method) : "")
      .set("methodCode", hasMethod ? domain::toString(*e->method) : "")
      .flag("onBehalf", onBehalf)
      .set("onBehalfCode", onBehalf ? "true" : "false")
      .text("recordedBy", onBehalf ? e->recordedBy : std::string(), owner)
      .flag("hasRecordedBy", onBehalf && !e->recordedBy.empty())
      .flag("hasRevision", e && e->revision)
      .set("revision", e && e->revision ? std::to_string(*e->revision) : std::string())
      .flag("hasStatement", e && !e->statement.empty())
      .lines("statement", e ? e->statement : std::string(), owner)
      .flag("hasEvidence", e && !e->evidence.empty())
      .text("evidence", e ? e->evidence : std::string(), owner);
}

}  // namespace

domain::Result<Data> statusView(const ViewInput& in) {
  const Labels& l = labelsFor(in.declaration.baseLanguage);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  addCommon(root, in, l, std::string(l.statusReport) + ": " + in.declaration.title, true);

  domain::EndorsementTally tally = domain::tallyEndorsements(in.dossier, in.declaration);
  CountryNames names(in.catalog, l.language, documentDate(in, true));
  ListNode rows = root.list("rows", tally.rows.size());
  for (const auto& row : tally.rows) addRow(rows.append(), row, l, names);

  ListNode totals = root.list("totals", std::size(kStatusOrder));
  for (auto s : kStatusOrder) {
    auto it = tally.counts.find(s);
    totals.append()
        .set("status", labelOf(l.endorsementStatus, s))
        .set("statusCode", domain::toString(s))
        .number("count", it == tally.counts.end() ? 0 : static_cast<long long>(it->second));
  }
  root.number("invitedCount", static_cast<long long>(tally.invited))
      .number("signedCount", static_cast<long long>(tally.signedCount))
      .set("endorsedSummary", endorsedSentence(l, tally.signedCount, tally.invited));
  names.addNotes(root);
  return finish(std::move(data), state);
}

}  // namespace accord::render
