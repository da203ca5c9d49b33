#include "labels.h"

#include "label_tables.h"

namespace accord::render {
namespace {

const Labels kEnglish{
    "en",
    "DRAFT", "revision", "Page", "of", "as of", "Notes", "\u2014", "Yes",
    "Endorsements", "Endorsement status", "Country", "Signer", "Title", "Date", "Place", "Status",
    "Method", "On behalf", "recorded by", "Statement", "Interpretative statements", "Evidence", "Totals",
    "Countries",
    "Implementation report", "Commitments", "Commitment", "Clause", "Deadline", "Acceptance",
    "Lead institution", "Assessment", "Timeliness", "Latest report", "No report yet", "Not yet assigned",
    "not measured", "Milestones", "Indicators", "baseline", "target",
    "Overdue items are listed first.", "Implementation by country",
    {"Joint Declaration", "Communiqu\u00e9", "Statement"},
    {"drafting", "consultation", "final", "open for endorsement", "closed"},
    {"Invited", "In consultation", "Endorsed ad referendum", "Endorsed", "Declined", "Withdrawn"},
    {"In session", "Written notification", "Note verbale", "E-mail"},
    {"Proposed", "Accepted", "Declined"},
    {"Not started", "In progress", "Completed", "On hold", "Cancelled"},
    {"No evidence", "Not started", "Limited", "Substantial", "Complete"},
    {"On track", "At risk", "Overdue", "Completed late"},
    {"draft", "submitted", "validated", "returned"},
    {"pending", "done", "missed", "dropped"},
};

const Labels kFrench{
    "fr",
    "PROJET", "r\u00e9vision", "Page", "sur", "au", "Notes", "\u2014", "Oui",
    "Approbations", "\u00c9tat des approbations", "Pays", "Signataire", "Fonction", "Date", "Lieu",
    "Statut", "Mode", "Pour le compte", "enregistr\u00e9 par", "D\u00e9claration",
    "D\u00e9clarations interpr\u00e9tatives", "Justificatif", "Totaux", "Pays",
    "Rapport de mise en \u0153uvre", "Engagements", "Engagement", "Paragraphe", "\u00c9ch\u00e9ance",
    "Acceptation", "Institution responsable", "\u00c9valuation", "Respect des d\u00e9lais",
    "Dernier rapport", "Aucun rapport", "Pas encore attribu\u00e9", "non mesur\u00e9", "Jalons",
    "Indicateurs", "r\u00e9f\u00e9rence", "cible",
    "Les \u00e9l\u00e9ments en retard figurent en premier.", "Mise en \u0153uvre par pays",
    {"D\u00e9claration commune", "Communiqu\u00e9", "D\u00e9claration"},
    {"en r\u00e9daction", "en consultation", "d\u00e9finitive", "ouverte \u00e0 l\u2019approbation", "close"},
    {"Invit\u00e9", "En consultation", "Approuv\u00e9 ad referendum", "Approuv\u00e9", "Refus\u00e9",
     "Retir\u00e9"},
    {"En s\u00e9ance", "Notification \u00e9crite", "Note verbale", "Courriel"},
    {"Propos\u00e9", "Accept\u00e9", "Refus\u00e9"},
    {"Non commenc\u00e9", "En cours", "Achev\u00e9", "Suspendu", "Annul\u00e9"},
    {"Aucune preuve", "Non commenc\u00e9", "Limit\u00e9e", "Substantielle", "Compl\u00e8te"},
    {"Dans les d\u00e9lais", "Menac\u00e9", "En retard", "Achev\u00e9 en retard"},
    {"brouillon", "soumis", "valid\u00e9", "renvoy\u00e9"},
    {"en attente", "atteint", "manqu\u00e9", "abandonn\u00e9"},
};

// Keys are what templates write after "labels." ({{labels.page}}).
const std::pair<const char*, const char* Labels::*> kKeys[] = {
    {"draft", &Labels::draft},
    {"revision", &Labels::revision},
    {"page", &Labels::page},
    {"pageOf", &Labels::pageOf},
    {"asOf", &Labels::asOf},
    {"notes", &Labels::notes},
    {"none", &Labels::none},
    {"yes", &Labels::yes},
    {"endorsements", &Labels::endorsements},
    {"statusReport", &Labels::statusReport},
    {"country", &Labels::country},
    {"signer", &Labels::signer},
    {"signerTitle", &Labels::signerTitle},
    {"date", &Labels::date},
    {"place", &Labels::place},
    {"status", &Labels::status},
    {"method", &Labels::method},
    {"onBehalf", &Labels::onBehalf},
    {"recordedBy", &Labels::recordedBy},
    {"statement", &Labels::statement},
    {"statements", &Labels::statements},
    {"evidence", &Labels::evidence},
    {"totals", &Labels::totals},
    {"countries", &Labels::countries},
    {"implementationReport", &Labels::implementationReport},
    {"commitments", &Labels::commitments},
    {"commitment", &Labels::commitment},
    {"clause", &Labels::clause},
    {"deadline", &Labels::deadline},
    {"acceptance", &Labels::acceptance},
    {"leadInstitution", &Labels::leadInstitution},
    {"assessment", &Labels::assessment},
    {"timeliness", &Labels::timeliness},
    {"latestReport", &Labels::latestReport},
    {"noReport", &Labels::noReport},
    {"notAssigned", &Labels::notAssigned},
    {"notMeasured", &Labels::notMeasured},
    {"milestones", &Labels::milestones},
    {"indicators", &Labels::indicators},
    {"baseline", &Labels::baseline},
    {"target", &Labels::target},
    {"overdueFirst", &Labels::overdueFirst},
    {"byCountry", &Labels::byCountry},
};

}  // namespace

const Labels& labelsFor(std::string_view language) {
  using namespace tables;
  static const std::pair<std::string_view, const Labels*> kByTag[] = {
      {"en", &kEnglish},   {"fr", &kFrench},       {"de", &kGerman},          {"it", &kItalian},
      {"ru", &kRussian},   {"es", &kSpanish},      {"sq", &kAlbanian},        {"bs", &kBosnian},
      {"hr", &kCroatian},  {"mk", &kMacedonian},   {"sr", &kSerbianCyrillic}, {"sr-Latn", &kSerbianLatin},
      {"cnr", &kBosnian},  {"sr-Cyrl", &kSerbianCyrillic}};
  for (const auto& [tag, labels] : kByTag)
    if (tag == language) return *labels;
  // "sr-Latn-RS": the language with its script ("sr-Latn") before the language alone.
  if (std::size_t first = language.find('-'); first != std::string_view::npos) {
    std::string_view withScript = language.substr(0, language.find('-', first + 1));
    for (const auto& [tag, labels] : kByTag)
      if (tag == withScript) return *labels;
  }
  std::string_view primary = language.substr(0, language.find('-'));
  for (const auto& [tag, labels] : kByTag)
    if (tag == primary) return *labels;
  return kEnglish;
}

namespace {
std::string fill(const char* pattern, std::size_t n, std::size_t of) {
  std::string out = pattern;
  for (auto [key, value] : {std::pair<std::string, std::size_t>{"{n}", n}, {"{of}", of}})
    if (auto at = out.find(key); at != std::string::npos) out.replace(at, key.size(), std::to_string(value));
  return out;
}
}  // namespace

const std::pair<const char*, const char* Labels::*>* labelKeys(std::size_t& count) {
  count = sizeof kKeys / sizeof kKeys[0];
  return kKeys;
}

std::string endorsedSentence(const Labels& l, std::size_t signedCount, std::size_t invited) {
  if (l.endorsedPattern) return fill(l.endorsedPattern, signedCount, invited);
  std::string n = std::to_string(signedCount), of = std::to_string(invited);
  if (l.language == std::string_view("fr"))
    return n + (invited == 1 ? " sur 1 pays invit\u00e9 " : " des " + of + " pays invit\u00e9s ") +
           (signedCount > 1 ? "ont approuv\u00e9" : "a approuv\u00e9");
  return n + " of " + of + (invited == 1 ? " invited country " : " invited countries ") +
         (signedCount == 1 || invited == 1 ? "has endorsed" : "have endorsed");
}

std::string overdueSentence(const Labels& l, std::size_t overdue, std::size_t total) {
  if (l.overduePattern) return fill(l.overduePattern, overdue, total);
  std::string n = std::to_string(overdue), of = std::to_string(total);
  if (l.language == std::string_view("fr"))
    return n + " des " + of + " engagements par pays " + (overdue > 1 ? "sont en retard" : "est en retard");
  return n + " of " + of + (total == 1 ? " assignment " : " assignments ") +
         (overdue == 1 ? "is overdue" : "are overdue");
}

}  // namespace accord::render
