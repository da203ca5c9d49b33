// The redline: what changed from one revision to another as Word's tracked
// changes. Every paragraph of both texts is here once (a moved unit twice: deleted
// where it stood, inserted where it stands), so that accepting every change gives
// the newer text exactly and rejecting every one the older. Clause numbers are
// printed as text, not Word numbering, so that a renumbered clause shows its old
// number deleted and its new one inserted, and each side reads its own numbers.
#include "accord/domain/revision_diff.h"
#include "view_model.h"

namespace accord::render {
namespace {

using domain::ChangeKind;
using domain::ClauseChange;
using domain::RedlineParagraph;
using domain::TextSpan;
using Op = TextSpan::Op;

// Hanging indent per depth, in twentieths of a point: the label hangs in the
// first 567 (1 cm), the text starts after it.
constexpr int kIndentStep = 567;

struct Piece {
  Op op;
  std::string text;
  bool italic;
};

class RedlineBuilder {
 public:
  RedlineBuilder(Node root, std::size_t expected) : list_(root.list("paragraphs", expected)) {}

  // A paragraph whose mark is kept, inserted (the whole paragraph is new) or deleted.
  void paragraph(const char* style, int depth, bool indented, Op mark, const std::vector<Piece>& pieces,
                 const std::string& owner) {
    Node p = list_.append();
    p.set("style", style)
        .flag("indented", indented)
        .number("indentLeft", static_cast<long long>(kIndentStep) * (depth + 1))
        .number("indentHanging", kIndentStep)
        .flag("markInserted", mark == Op::kInserted)
        .flag("markDeleted", mark == Op::kDeleted)
        .number("markId", mark == Op::kSame ? 0 : nextId_++);
    ListNode list = p.list("pieces", pieces.size());
    for (const Piece& piece : pieces) {
      list.append()
          .flag("same", piece.op == Op::kSame)
          .flag("ins", piece.op == Op::kInserted)
          .flag("del", piece.op == Op::kDeleted)
          .flag("italic", piece.italic)
          .number("id", piece.op == Op::kSame ? 0 : nextId_++)
          .lines("text", piece.text, owner);
    }
  }

 private:
  ListNode list_;
  long long nextId_ = 1;  // w:id of each insertion and deletion, unique in the document
};

// Appends a piece, joined to the one before when it reads alike, so that an
// unchanged paragraph is one run, not a label, a tab and a text.
void add(std::vector<Piece>& out, Op op, const std::string& text, bool italic) {
  if (text.empty()) return;
  if (!out.empty() && out.back().op == op && out.back().italic == italic) out.back().text += text;
  else out.push_back({op, text, italic});
}

// The spans of a text as one side of the change shows them: for a paragraph
// wholly inserted or deleted, every span becomes that.
void addSpans(std::vector<Piece>& out, const std::vector<TextSpan>& spans, bool italic, std::optional<Op> whole) {
  for (const TextSpan& s : spans) {
    if (whole && s.op != Op::kSame && s.op != *whole) continue;  // the other side's text
    add(out, whole ? *whole : s.op, s.text, italic);
  }
}

// Text present on one side only (a label, a separator): kept when both have it
// alike, else deleted and/or inserted.
void addEither(std::vector<Piece>& out, const std::string& before, const std::string& after, bool italic,
               std::optional<Op> whole) {
  if (whole) {
    add(out, *whole, *whole == Op::kDeleted ? before : after, italic);
  } else if (before == after) {
    add(out, Op::kSame, before, italic);
  } else {
    add(out, Op::kDeleted, before, italic);
    add(out, Op::kInserted, after, italic);
  }
}

void addUnit(RedlineBuilder& b, const ClauseChange& c, RedlineParagraph::Place place) {
  std::optional<Op> whole;
  if (c.kind == ChangeKind::kAdded || place == RedlineParagraph::Place::kNewPlace) whole = Op::kInserted;
  if (c.kind == ChangeKind::kDeleted || place == RedlineParagraph::Place::kOldPlace) whole = Op::kDeleted;
  std::vector<Piece> pieces;
  std::string owner = (c.unit == domain::UnitKind::kRecital ? "recital " : "clause ") + c.id.str();
  // A lead phrase (recitals) in italics and the space after it, whichever side has one.
  auto hasLead = [&](Op skip) {
    for (const TextSpan& s : c.leadPhrase)
      if (s.op != skip && !s.text.empty()) return true;
    return false;
  };
  addSpans(pieces, c.leadPhrase, true, whole);
  addEither(pieces, hasLead(Op::kInserted) ? " " : "", hasLead(Op::kDeleted) ? " " : "", false, whole);
  // A clause's label, then a tab to the hanging indent; a recital has none.
  auto tabbed = [](const std::string& label) { return label.empty() ? label : label + "\t"; };
  addEither(pieces, tabbed(c.labelBefore), tabbed(c.labelAfter), false, whole);
  addSpans(pieces, c.text, false, whole);
  bool recital = c.unit == domain::UnitKind::kRecital;
  // Where it stood, a moved unit keeps its old depth.
  int depth = place == RedlineParagraph::Place::kOldPlace ? c.depthBefore : c.depth;
  b.paragraph(recital ? "Recital" : "Clause", depth, !recital, whole.value_or(Op::kSame), pieces, owner);
}

}  // namespace

domain::Result<Data> redlineView(const ViewInput& in, const domain::Revision& older) {
  const Labels& l = labelsFor(in.declaration.baseLanguage);
  ViewState state{in.wordprocessing, std::nullopt};
  Data data = makeRoot();
  Node root(data, state);
  const domain::Revision& newer = in.revision;
  addCommon(root, in, l, in.declaration.title, false);
  // A redline is a working document whatever the revisions' state: it always says what it compares.
  root.flag("isDraft", true).flag("isFinal", false);
  root.set("headerText", std::string(l.revision) + " " + std::to_string(older.number) + " \u2192 " +
                             std::to_string(newer.number));
  root.object("change")
      .text("author", newer.author, "revision " + std::to_string(newer.number))
      .set("date", newer.createdAt.iso());

  domain::RevisionComparison cmp = domain::compareRevisions(older, newer);
  RedlineBuilder b(root, cmp.redline.size() + 1);
  for (const RedlineParagraph& p : cmp.redline) addUnit(b, cmp.changes[p.change], p.place);
  if (!older.closingFormula.empty() || !newer.closingFormula.empty()) {
    std::optional<Op> whole;
    if (older.closingFormula.empty()) whole = Op::kInserted;
    if (newer.closingFormula.empty()) whole = Op::kDeleted;
    std::vector<Piece> pieces;
    addSpans(pieces, cmp.closingFormula, false, whole);
    b.paragraph("Closing", 0, false, whole.value_or(Op::kSame), pieces, "the closing formula");
  }
  root.flag("hasIllustrative", false);
  return finish(std::move(data), state);
}

}  // namespace accord::render
