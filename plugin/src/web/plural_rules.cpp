#include "plural_rules.h"

namespace accord::web {

namespace {

// The South Slavic languages written in Latin or Cyrillic (bs, hr, sr, and
// Montenegrin, "cnr"/"sh"), and Russian: one/few by the last digits; Russian calls
// the rest "many", the others "other" (CLDR 43, integer counts).
std::string slavic(long long n, const char* rest) {
  long long mod10 = n % 10, mod100 = n % 100;
  if (mod10 == 1 && mod100 != 11) return "one";
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "few";
  return rest;
}

}  // namespace

std::string pluralCategory(const std::string& language, long long n) {
  if (n < 0) n = -n;
  if (language == "ru" || language == "uk" || language == "be") return slavic(n, "many");
  if (language == "bs" || language == "hr" || language == "sr" || language == "sh" || language == "cnr")
    return slavic(n, "other");
  if (language == "fr") return n <= 1 ? "one" : "other";  // "0 pays", "1 pays" are both singular
  if (language == "mk") return n % 10 == 1 && n % 100 != 11 ? "one" : "other";
  if (language == "sl") {
    long long mod100 = n % 100;
    if (mod100 == 1) return "one";
    if (mod100 == 2) return "two";
    if (mod100 == 3 || mod100 == 4) return "few";
    return "other";
  }
  // en, de, it, es, sq and the rest.
  return n == 1 ? "one" : "other";
}

}  // namespace accord::web
