#include "word_language.h"

#include <cctype>

namespace accord::render {

namespace {

// Primary tag (or tag with script) → locale. The OSCE's six, the region's, then the
// participating States' other languages and the usual right-to-left ones.
const std::pair<std::string_view, std::string_view> kLocales[] = {
    {"en", "en-GB"},      {"fr", "fr-FR"},           {"de", "de-DE"},      {"it", "it-IT"},
    {"ru", "ru-RU"},      {"es", "es-ES"},           {"sq", "sq-AL"},      {"bs", "bs-Latn-BA"},
    {"hr", "hr-HR"},      {"mk", "mk-MK"},           {"sr", "sr-Cyrl-RS"}, {"sr-Cyrl", "sr-Cyrl-RS"},
    {"sr-Latn", "sr-Latn-RS"}, {"cnr", "sr-Latn-ME"}, {"sl", "sl-SI"},     {"tr", "tr-TR"},
    {"uk", "uk-UA"},      {"be", "be-BY"},           {"pl", "pl-PL"},      {"cs", "cs-CZ"},
    {"sk", "sk-SK"},      {"hu", "hu-HU"},           {"ro", "ro-RO"},      {"bg", "bg-BG"},
    {"el", "el-GR"},      {"lt", "lt-LT"},           {"lv", "lv-LV"},      {"et", "et-EE"},
    {"fi", "fi-FI"},      {"sv", "sv-SE"},           {"da", "da-DK"},      {"nb", "nb-NO"},
    {"nl", "nl-NL"},      {"pt", "pt-PT"},           {"hy", "hy-AM"},      {"ka", "ka-GE"},
    {"az", "az-Latn-AZ"}, {"kk", "kk-KZ"},           {"ky", "ky-KG"},      {"uz", "uz-Latn-UZ"},
    {"tg", "tg-Cyrl-TJ"}, {"tk", "tk-TM"},           {"mn", "mn-MN"},      {"ar", "ar-SA"},
    {"he", "he-IL"},      {"fa", "fa-IR"},           {"ur", "ur-PK"},      {"ps", "ps-AF"},
    {"yi", "yi-001"},     {"ckb", "ckb-IQ"},         {"ug", "ug-CN"},      {"dv", "dv-MV"},
};

// Languages written right to left, and the scripts that are.
const std::string_view kRightToLeft[] = {"ar", "he", "fa", "ur", "ps", "yi", "ckb", "ug", "dv", "sd", "syr"};
const std::string_view kRightToLeftScripts[] = {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"};

bool isRegion(std::string_view subtag) {
  auto all = [&](auto pred) {
    for (char c : subtag)
      if (!pred(static_cast<unsigned char>(c))) return false;
    return true;
  };
  return (subtag.size() == 2 && all(::isalpha)) || (subtag.size() == 3 && all(::isdigit));
}

}  // namespace

WordLanguage wordLanguage(std::string_view tag) {
  WordLanguage out;
  std::string_view primary = tag.substr(0, tag.find('-'));
  bool region = false;
  std::string_view script;
  for (std::size_t at = tag.find('-'); at != std::string_view::npos;) {
    std::size_t next = tag.find('-', at + 1);
    std::string_view subtag = tag.substr(at + 1, next == std::string_view::npos ? next : next - at - 1);
    region = region || isRegion(subtag);
    if (subtag.size() == 4 && std::isalpha(static_cast<unsigned char>(subtag[0])) && script.empty()) script = subtag;
    at = next;
  }
  out.locale = std::string(tag);
  // "sr-Latn" is looked up whole: a script changes the locale ("sr-Latn-RS", not "sr-Cyrl-RS").
  std::string_view key = script.empty() ? primary : tag.substr(0, primary.size() + 1 + script.size());
  if (!region)
    for (const auto& [name, locale] : kLocales)
      if (name == key) out.locale = std::string(locale);
  if (script.empty()) {
    for (std::string_view rtl : kRightToLeft) out.rightToLeft = out.rightToLeft || primary == rtl;
  } else {
    for (std::string_view rtl : kRightToLeftScripts) out.rightToLeft = out.rightToLeft || script == rtl;
  }
  out.bidi = out.rightToLeft ? out.locale : "ar-SA";
  return out;
}

}  // namespace accord::render
