// Dates as each document language writes them: "28 October 2016", "28 octobre
// 2016" ("1er octobre"), "28. Oktober 2016", "28 ottobre 2016" ("1º ottobre"),
// "28 октября 2016 г.", "28 de octubre de 2016", "28 tetor 2016", "28. oktobra
// 2016." (bs, sr-Latn), "28. listopada 2016." (hr), "28 октомври 2016",
// "28. октобра 2016." (sr). Months are in the case a date takes (genitive in
// Russian, Croatian, Bosnian and Serbian).
#include "text_format.h"

namespace accord::render {
namespace {

struct DateStyle {
  const char* language;
  const char* months[12];
  const char* firstDay;  // how day 1 is written when it differs ("1er"); null: "1" + daySuffix
  const char* daySuffix;     // "." after the day number (German, South Slavic)
  const char* beforeMonth;   // between day and month: " " or " de "
  const char* beforeYear;    // between month and year
  const char* afterYear;     // " г." (Russian), "." (South Slavic)
};

const DateStyle kStyles[] = {
    {"en", {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"}, nullptr, "", " ", " ", ""},
    {"fr", {"janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre",
            "octobre", "novembre", "d\u00e9cembre"}, "1er", "", " ", " ", ""},
    {"de", {"Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"}, nullptr, ".", " ", " ", ""},
    {"it", {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"}, "1\u00ba", "", " ", " ", ""},
    {"ru", {"\u044f\u043d\u0432\u0430\u0440\u044f", "\u0444\u0435\u0432\u0440\u0430\u043b\u044f", "\u043c\u0430\u0440\u0442\u0430",
            "\u0430\u043f\u0440\u0435\u043b\u044f", "\u043c\u0430\u044f", "\u0438\u044e\u043d\u044f", "\u0438\u044e\u043b\u044f",
            "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f",
            "\u043e\u043a\u0442\u044f\u0431\u0440\u044f", "\u043d\u043e\u044f\u0431\u0440\u044f", "\u0434\u0435\u043a\u0430\u0431\u0440\u044f"},
     nullptr, "", " ", " ", " \u0433."},
    {"es", {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"}, nullptr, "", " de ", " de ", ""},
    {"sq", {"janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "n\u00ebntor",
            "dhjetor"}, nullptr, "", " ", " ", ""},
    {"bs", {"januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra",
            "novembra", "decembra"}, nullptr, ".", " ", " ", "."},
    {"hr", {"sije\u010dnja", "velja\u010de", "o\u017eujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
            "rujna", "listopada", "studenoga", "prosinca"}, nullptr, ".", " ", " ", "."},
    {"mk", {"\u0458\u0430\u043d\u0443\u0430\u0440\u0438", "\u0444\u0435\u0432\u0440\u0443\u0430\u0440\u0438", "\u043c\u0430\u0440\u0442",
            "\u0430\u043f\u0440\u0438\u043b", "\u043c\u0430\u0458", "\u0458\u0443\u043d\u0438", "\u0458\u0443\u043b\u0438",
            "\u0430\u0432\u0433\u0443\u0441\u0442", "\u0441\u0435\u043f\u0442\u0435\u043c\u0432\u0440\u0438",
            "\u043e\u043a\u0442\u043e\u043c\u0432\u0440\u0438", "\u043d\u043e\u0435\u043c\u0432\u0440\u0438", "\u0434\u0435\u043a\u0435\u043c\u0432\u0440\u0438"},
     nullptr, "", " ", " ", ""},
    {"sr", {"\u0458\u0430\u043d\u0443\u0430\u0440\u0430", "\u0444\u0435\u0431\u0440\u0443\u0430\u0440\u0430", "\u043c\u0430\u0440\u0442\u0430",
            "\u0430\u043f\u0440\u0438\u043b\u0430", "\u043c\u0430\u0458\u0430", "\u0458\u0443\u043d\u0430", "\u0458\u0443\u043b\u0430",
            "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0441\u0435\u043f\u0442\u0435\u043c\u0431\u0440\u0430",
            "\u043e\u043a\u0442\u043e\u0431\u0440\u0430", "\u043d\u043e\u0432\u0435\u043c\u0431\u0440\u0430", "\u0434\u0435\u0446\u0435\u043c\u0431\u0440\u0430"},
     nullptr, ".", " ", " ", "."},
    {"sr-Latn", {"januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
                 "novembra", "decembra"}, nullptr, ".", " ", " ", "."},
};

const DateStyle& styleFor(std::string_view language) {
  for (const auto& s : kStyles)
    if (language == s.language) return s;
  return kStyles[0];
}

std::string dayText(domain::Date d, const DateStyle& s) {
  if (d.day() == 1 && s.firstDay) return s.firstDay;
  return std::to_string(d.day()) + s.daySuffix;
}

std::string dayAndMonth(domain::Date d, const DateStyle& s) {
  return dayText(d, s) + s.beforeMonth + s.months[d.month() - 1];
}

std::string full(domain::Date d, const DateStyle& s) {
  return dayAndMonth(d, s) + s.beforeYear + std::to_string(d.year()) + s.afterYear;
}

}  // namespace

std::string formatDate(domain::Date date, std::string_view language) { return full(date, styleFor(language)); }

std::string formatDateRange(domain::Date from, domain::Date to, std::string_view language) {
  const DateStyle& s = styleFor(language);
  if (from == to) return full(from, s);
  if (from.year() == to.year() && from.month() == to.month()) return dayText(from, s) + "\u2013" + full(to, s);
  if (from.year() == to.year()) return dayAndMonth(from, s) + " \u2013 " + full(to, s);
  return full(from, s) + " \u2013 " + full(to, s);
}

}  // namespace accord::render
