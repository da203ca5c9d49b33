// The declaration in two languages side by side: one table row per unit (title,
// each recital, each clause and sub-item, the closing formula), so that a unit and
// its translation stay on the same row across pages whatever their lengths. The
// two declarations are the same revision in two languages (domain::inLanguage),
// so their units correspond one to one, in order. A cell whose text starts in a
// right-to-left script is marked so, for <w:bidi/> and <w:rtl/>.
#include <cstdint>

#include "text_format.h"
#include "view_model.h"
#include "word_language.h"

namespace accord::render {
namespace {

// Whether the first letter of `text` with a direction is Hebrew, Arabic, Syriac,
// Thaana or N'Ko (the right-to-left blocks of the BMP), or from their
// presentation forms.
bool startsRightToLeft(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += n;
    if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
      return true;
    bool letter = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0x00C0 && cp <= 0x058F) ||
                  (cp >= 0x0900 && cp <= 0xFB1C);
    if (letter) return false;
  }
  return false;
}

struct Unit {
  std::string label;  // "1.", "(a)"; empty for recitals and the title
  int depth = 0;
  std::string lead;
  std::string text;
  std::string owner;  // for error messages
};

void flatten(const std::vector<domain::Clause>& clauses, int depth, std::vector<Unit>& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    out.push_back({domain::clauseLabel(depth, i), depth, "", clauses[i].text, "clause " + clauses[i].id.str()});
    flatten(clauses[i].items, depth + 1, out);
  }
}

std::vector<Unit> unitsOf(const domain::Declaration& d, const domain::Revision& r) {
  std::vector<Unit> out{{"", 0, "", d.title, "the declaration"}};
  for (const auto& rec : r.preamble) out.push_back({"", 0, rec.leadPhrase, rec.text, "recital " + rec.id.str()});
  flatten(r.operative, 0, out);
  if (!r.closingFormula.empty()) out.push_back({"", 0, "", r.closingFormula, "the closing formula"});
  return out;
}

void cell(Node n, const Unit& u, const std::string& language) {
  n.set("lang", wordLanguage(language).locale)
      .flag("rtl", startsRightToLeft(u.lead + u.text))
      .set("label", u.label)
      .flag("hasLabel", !u.label.empty())
      .flag("hasLead", !u.lead.empty())
      .text("lead", u.lead, u.owner)
      .lines("text", u.text, u.owner);
}

}  // namespace

domain::Result<Data> parallelView(const ViewInput& in, const domain::Declaration& right) {
  const Labels& l = labelsFor(in.declaration.baseLanguage);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  addCommon(root, in, l, in.declaration.title + " / " + right.title, false);
  const domain::Revision* other = right.revision(in.revision.number);
  if (!other) return domain::Error::invalid("parallel", "the second language has no revision " +
                                                            std::to_string(in.revision.number));
  std::vector<Unit> left = unitsOf(in.declaration, in.revision), rightUnits = unitsOf(right, *other);
  if (left.size() != rightUnits.size())
    return domain::Error::invalid("parallel", "the two languages do not have the same units");
  root.set("rightLang", right.baseLanguage);
  ListNode rows = root.list("rows", left.size());
  for (std::size_t i = 0; i < left.size(); ++i) {
    Node row = rows.append();
    row.flag("isTitle", i == 0).number("indent", 360LL * left[i].depth);
    cell(row.object("left"), left[i], in.declaration.baseLanguage);
    cell(row.object("right"), rightUnits[i], right.baseLanguage);
  }
  return finish(std::move(data), state);
}

}  // namespace accord::render
