// Endorsement status by country, and the form with which a coordinator endorses
// or declines for their own country, or the secretariat records on behalf.
#include "accord/app/endorsement_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "history_words.h"
#include "labels.h"
#include "names_shown.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// Every input of the endorsement form; errors use the same keys (see fieldKey).
const char* const kFormFields[] = {"to", "signer_name", "signer_title", "date", "place", "method", "statement",
                                   "evidence", "happenedOn"};
const char* const kErrorKeys[] = {"to",     "signer_name", "signer_title", "signer",  "date",   "place",
                                  "method", "statement",   "evidence",     "country", "revision", "happenedOn"};

struct Failed {
  CountryCode country;
  Error error;
  const Fields* form;
};

// The statuses a form may move `from` to, with the one chosen before. An
// endorsement is a legal act: nothing is preselected, the first entry asks.
List targetChoices(const Wording& w, EndorsementStatus from, const std::string& chosen) {
  const EndorsementStatus order[] = {EndorsementStatus::kEndorsed, EndorsementStatus::kEndorsedAdReferendum,
                                     EndorsementStatus::kDeclined, EndorsementStatus::kConsulting,
                                     EndorsementStatus::kWithdrawn};
  List out;
  out.push_back(choice("", w("endorsement.choose_a_decision"), chosen.empty()));
  for (EndorsementStatus to : order)
    if (isLegalTransition(from, to)) out.push_back(choice(toString(to), badge(w, to).label, chosen == toString(to)));
  return out;
}

List methodChoices(const Wording& w, const std::string& chosen) {
  List out;
  for (EndorsementMethod m : {EndorsementMethod::kInSession, EndorsementMethod::kWrittenNotification,
                              EndorsementMethod::kNoteVerbale, EndorsementMethod::kEmail})
    out.push_back(choice(toString(m), methodLabel(w, m), chosen == toString(m)));
  return out;
}

// The signer a coordinator's form starts with: the person signed in, by their
// account's name, with the title their country's delegation gives a person of that
// name (when the conference's directory has one). Empty when the account has no name.
Signer knownSigner(const Site& site, const Visit& v, const Declaration& d) {
  Signer s;
  if (!v.who || v.actor().role != Role::kCoordinator) return s;
  s.name = v.who->account.displayName;
  if (s.name.empty()) return s;
  auto o = app::conferenceOverview(site.ctx, v.actor(), d.conference);
  if (!o.ok()) return s;
  for (const Person& p : o->directory.people)
    if (p.name == s.name && p.country == v.actor().country) s.title = p.title;
  return s;
}

// The act the form describes, read past a bad field so that `errors` gets every
// field that does not parse (not only the first). `withRules` adds the domain's
// rules a form can check alone (a decision to endorse needs a signer and a date),
// for the list a refused form shows: the use case itself judges them, since a
// signer or date already on record satisfies them.
// `onBehalf` is not a form field: it is what the actor's permissions say.
EndorsementAct readAct(const Fields& form, bool onBehalf, std::vector<Error>& errors, bool withRules) {
  auto field = [&form](const char* name) { return form.count(name) ? form.at(name) : std::string(); };
  EndorsementAct act;
  std::optional<EndorsementStatus> to;
  if (field("to").empty()) {
    errors.push_back(Error::invalid("to", "choose a decision: nothing is recorded without one"));
  } else if (auto parsed = parseEndorsementStatus("to", field("to")); parsed.ok()) {
    to = *parsed;
    act.to = *parsed;
  } else {
    errors.push_back(parsed.error());
  }
  bool endorsing = withRules && (to == EndorsementStatus::kEndorsed || to == EndorsementStatus::kEndorsedAdReferendum);
  bool withdrawing = withRules && to == EndorsementStatus::kWithdrawn;
  if (!field("signer_name").empty() || !field("signer_title").empty())
    act.signer = Signer{field("signer_name"), field("signer_title")};
  else if (endorsing)
    errors.push_back(Error::invalid("signer", "is required to endorse: name and title"));
  auto day = [&](const char* name, std::optional<Date>& into) {
    if (field(name).empty()) return;
    if (auto d = Date::parse(name, field(name)); d.ok()) into = *d;
    else errors.push_back(d.error());
  };
  day("date", act.date);
  if (field("date").empty() && (endorsing || withdrawing))
    errors.push_back(Error::invalid("date", endorsing ? "is required to endorse" : "is required to withdraw"));
  if (!field("method").empty()) {
    if (auto method = parseEndorsementMethod("method", field("method")); method.ok()) act.method = *method;
    else errors.push_back(method.error());
  }
  act.place = field("place");
  act.statement = field("statement");
  act.evidence = field("evidence");
  act.onBehalf = onBehalf;
  day("happenedOn", act.happenedOn);
  return act;
}

// The form for one country's row: the values sent back when it failed, else blank
// with today's date and the signer known for the person signed in.
Data rowForm(const Site& site, const Visit& v, const DeclarationId& id, const EndorsementRow& row,
             const app::DeclarationPermissions& may, const Failed* failed, const Signer& known) {
  bool mine = failed && failed->country == row.country;
  Data f;
  for (const char* key : kFormFields) f.set(key, mine ? failed->form->count(key) ? failed->form->at(key) : "" : "");
  if (!mine) {
    f.set("date", site.ctx.clock.today().iso());
    f.set("signer_name", known.name);
    f.set("signer_title", known.title);
  }
  for (const char* key : kErrorKeys) f.set(std::string("error_") + key, false);
  f.set("formError", false);
  if (mine) {
    // Every field to correct at once, beside each (the form is one row's, not the page's).
    std::vector<Error> checks;
    readAct(*failed->form, may.recordsOnBehalf, checks, true);
    putErrors(v.words, f, everyError(failed->error, checks));
  }
  std::string chosen = mine && failed->form->count("to") ? failed->form->at("to") : "";
  f.set("targets", targetChoices(v.words, row.status(), chosen));
  f.set("methods", methodChoices(v.words, mine && failed->form->count("method") ? failed->form->at("method") : "in_session"));
  f.set("action", link(v, "/declarations/" + pathSegment(id.str()) + "/endorsements/" + row.country.str()));
  f.set("version", std::to_string(row.endorsement ? row.endorsement->version : 0));
  f.set("onBehalf", may.recordsOnBehalf);
  f.set("open", mine);
  return f;
}

Reply page(const Site& site, Visit& v, const Failed* failed) {
  DeclarationId id(v.param("id"));
  auto t = app::endorsementTally(site.ctx, v.actor(), id);
  if (!t.ok()) return errorPage(site, v, t.error());
  const Declaration& d = *t->declaration;
  const Actor& actor = v.actor();
  Data view = baseView(site, v, v.words("title.endorsements", {{"title", d.title}}));
  view.set("decl", declarationHeader(site, v, d, "endorsements"));
  app::DeclarationPermissions may = app::permissionsFor(actor, d);
  const Signer known = knownSigner(site, v, d);
  std::vector<std::string> recorders;
  for (const EndorsementRow& row : t->tally.rows)
    if (row.endorsement) recorders.push_back(row.endorsement->recordedBy);
  const NamesShown who = namesShown(site, v, recorders);
  List rows;
  for (const EndorsementRow& row : t->tally.rows) {
    const Endorsement* e = row.endorsement;
    Data r = countryData(site, row.country);
    r.set("status", badgeData(badge(v.words, row.status())));
    r.set("statusName", toString(row.status()));
    r.set("date", e && e->date ? e->date->iso() : "");
    r.set("dateShown", e && e->date ? v.words.date(*e->date) : "");
    r.set("signer", e && e->signer ? e->signer->name : "");
    r.set("signerTitle", text(e && e->signer ? e->signer->title : ""));
    r.set("method", e && e->method ? methodLabel(v.words, *e->method) : "");
    r.set("onBehalf", e && e->onBehalf);
    r.set("recordedBy", text(e && !e->recordedBy.empty() ? who(e->recordedBy) : ""));
    r.set("hasStatement", e && !e->statement.empty());
    r.set("statement", e ? e->statement : "");
    List history = e ? endorsementHistory(v.words, *e) : List();
    r.set("hasHistory", !history.empty());
    r.set("historyCount", std::to_string(history.size()));
    r.set("history", history);
    bool anyMove = !targetChoices(v.words, row.status(), "").empty();
    r.set("mine", may.isOwnCountry(row.country));
    if (may.mayEndorseFor(row.country) && anyMove) r.set("form", rowForm(site, v, id, row, may, failed, known));
    else r.set("form", false);
    rows.push_back(r);
  }
  view.set("rows", rows);
  const auto& tally = t->tally;
  std::size_t endorsed = tally.counts.count(EndorsementStatus::kEndorsed) ? tally.counts.at(EndorsementStatus::kEndorsed) : 0;
  view.set("signedCount", std::to_string(tally.signedCount));
  view.set("invited", std::to_string(tally.invited));
  // Counts, not a percentage: "8 of 12" says what a rounded 66 % does not, and adds up.
  view.set("invitedCountries", v.words.count("endorsements.invited_countries", static_cast<long long>(tally.invited)));
  view.set("signedSentence", v.words.count("endorsements.have_signed", static_cast<long long>(tally.signedCount),
                                            {{"endorsed", std::to_string(endorsed)}}));
  view.set("progressMax", std::to_string(tally.invited ? tally.invited : 1));  // max="0" is not a valid <progress>
  view.set("endorsedCount", std::to_string(endorsed));
  List totals;
  for (const auto& [status, count] : tally.counts) {
    Data c;
    c.set("status", badgeData(badge(v.words, status)));
    c.set("count", std::to_string(count));
    totals.push_back(c);
  }
  view.set("totals", totals);
  view.set("notOpen", !may.endorsementsOpen);
  // The secretariat reminds those who have not answered while it is open (app::sendReminder).
  view.set("remindHref", may.recordsOnBehalf && d.status == DeclarationStatus::kOpenForEndorsement
                             ? Data(link(v, "/declarations/" + pathSegment(id.str()) + "/reminders"))
                             : Data(false));
  // Also at the top: a refusal for a row without a form (a forged or stale post) must still be said.
  if (failed) view.set("formError", failed->error.message);
  std::string base = "/declarations/" + pathSegment(id.str());
  view.set("docxHref", link(v, base + "/download?document=status&format=docx"));
  view.set("xmlHref", link(v, base + "/download?document=status&format=xml"));
  view.set("pdfHref", link(v, base + "/download?document=status&format=pdf"));
  view.set("csvHref", link(v, base + "/endorsements.csv"));
  return renderPage(site, v, "endorsements", view, failed ? statusOf(failed->error.code) : 200);
}

}  // namespace

Reply endorsementPage(const Site& site, Visit& v) { return page(site, v, nullptr); }

Reply recordEndorsementForm(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  auto version = parseNumber(v.field("version"));
  std::vector<Error> errors;
  EndorsementAct act = readAct(v.form, app::recordsOnBehalf(v.actor()), errors, false);
  Result<Endorsement> done = !errors.empty() ? Result<Endorsement>(errors.front())
                             : !version ? Result<Endorsement>(Error::invalid("version", "the form lacks its version"))
                                        : app::recordEndorsement(site.ctx, v.actor(), id, *country, act, *version);
  if (!done.ok()) {
    Failed failed{*country, done.error(), &v.form};
    return page(site, v, &failed);
  }
  // "North Macedonia: endorsed on 28 October 2016".
  std::string state = lowered(badge(v.words, done->status).label);
  std::string said = done->date ? v.words("flash.endorsement_on", {{"country", countryName(site, *country)}, {"state", state},
                                                                 {"date", v.words.date(*done->date)}})
                                : v.words("flash.country_said", {{"country", countryName(site, *country)}, {"said", state}});
  return redirectTo(site, v, "/declarations/" + pathSegment(id.str()) + "/endorsements#country-" + country->str(),
                    Flash{said});
}

}  // namespace accord::web
