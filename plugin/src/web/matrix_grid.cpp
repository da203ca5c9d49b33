#include "matrix_grid.h"

#include <algorithm>

namespace accord::web {

using namespace accord::domain;

namespace {
// Symbols distinct in shape, so that colour is never the only signal.
const CellMark kNotAssigned{"\u00B7", "matrix.mark.not_assigned", "neutral"};
const CellMark kNothingDue{"\u2013", "matrix.mark.nothing_due", "neutral"};
const CellMark kOnTrack{"\u2713", "label.timeliness.on_track", "good"};
const CellMark kAtRisk{"!", "label.timeliness.at_risk", "warn"};
const CellMark kOverdue{"\u2715", "label.timeliness.overdue", "bad"};
const CellMark kCompleted{"\u25CF", "label.implementation_status.completed", "good"};
const CellMark kCompletedLate{"\u25D0", "label.timeliness.completed_late", "warn"};
}  // namespace

CellMark cellMark(const MatrixCell& cell) {
  if (!cell.assignment) return kNotAssigned;
  if (!cell.timeliness) return kNothingDue;
  switch (*cell.timeliness) {
    case Timeliness::kOverdue: return kOverdue;
    case Timeliness::kAtRisk: return kAtRisk;
    case Timeliness::kCompletedLate: return kCompletedLate;
    case Timeliness::kOnTrack: break;
  }
  return cell.assignment->status == ImplementationStatus::kCompleted ? kCompleted : kOnTrack;
}

List matrixLegend(const Wording& w) {
  List out;
  for (const CellMark* m : {&kOnTrack, &kAtRisk, &kOverdue, &kCompleted, &kCompletedLate, &kNothingDue, &kNotAssigned}) {
    Data d;
    d.set("symbol", m->symbol);
    d.set("label", w(m->label));
    d.set("tone", m->tone);
    out.push_back(d);
  }
  return out;
}

ColumnOrder parseColumnOrder(const std::string& text) {
  return text == "overdue" ? ColumnOrder::kOverdue : ColumnOrder::kName;
}

void orderColumns(std::vector<GridColumn>& columns, ColumnOrder order) {
  std::stable_sort(columns.begin(), columns.end(), [order](const GridColumn& a, const GridColumn& b) {
    if (order == ColumnOrder::kOverdue && a.totals.overdue != b.totals.overdue)
      return a.totals.overdue > b.totals.overdue;
    return a.name < b.name;
  });
}

std::string withThousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string rowRange(const Wording& w, std::size_t before, std::size_t shown, std::size_t total) {
  if (total == 0 || shown == 0) return w("matrix.range.none");
  if (total == 1) return w("matrix.range.one");
  return w("matrix.range", {{"first", withThousands(before + 1)}, {"last", withThousands(before + shown)},
                            {"total", withThousands(total)}});
}

}  // namespace accord::web
