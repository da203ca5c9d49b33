#include "accord/app/read_models.h"

#include "accord/app/authorization.h"
#include "readable.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Every read: authorize, then one read-only transaction.
template <class T, class Work>
Result<T> read(const Context& ctx, const Actor& actor, Work&& work, Action action = Action::kRead) {
  if (Status s = authorize(actor, action); !s.ok()) return s.error();
  return transact<T>(ctx.store, TxMode::kReadOnly, std::forward<Work>(work));
}

Result<std::shared_ptr<const Dossier>> slice(const Context& ctx, const Actor& actor, const DeclarationId& id) {
  auto d = read<Dossier>(ctx, actor, [&](Repositories& r) -> Result<Dossier> {
    auto got = r.dossiers().loadDeclarationSlice(id);
    if (!got.ok()) return got.error();
    if (Status s = detail::expectReadable(actor, got->declarations.front()); !s.ok()) return s.error();
    detail::keepReadable(actor, *got);
    return got;
  });
  if (!d.ok()) return d.error();
  return std::shared_ptr<const Dossier>(std::make_shared<Dossier>(std::move(d).value()));
}
}  // namespace

Result<Conference> getConference(const Context& ctx, const Actor& actor, const ConferenceId& id) {
  return read<Conference>(ctx, actor, [&](Repositories& r) { return r.conferences().get(id); });
}

Result<Page<Conference>> listConferences(const Context& ctx, const Actor& actor, const PageRequest& page) {
  return read<Page<Conference>>(ctx, actor, [&](Repositories& r) { return r.conferences().list(page); });
}

Result<Page<Declaration>> listDeclarations(const Context& ctx, const Actor& actor, const ConferenceId& conference,
                                           const PageRequest& page) {
  return read<Page<Declaration>>(ctx, actor, [&](Repositories& r) -> Result<Page<Declaration>> {
    if (auto c = r.conferences().get(conference); !c.ok()) return c.error();
    return detail::readablePage<Declaration>(
        page, [&](const PageRequest& p) { return r.declarations().listByConference(conference, p); },
        [&](const Declaration& d) { return mayReadDeclaration(actor, d.status); },
        [](const Declaration& d) { return d.id.str(); });
  });
}

Result<Declaration> getDeclaration(const Context& ctx, const Actor& actor, const DeclarationId& id) {
  return read<Declaration>(ctx, actor, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
    detail::keepReadable(actor, *d);
    return d;
  });
}

Result<std::vector<Endorsement>> listEndorsements(const Context& ctx, const Actor& actor, const DeclarationId& id) {
  return read<std::vector<Endorsement>>(ctx, actor, [&](Repositories& r) -> Result<std::vector<Endorsement>> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
    return r.endorsements().listByDeclaration(id);
  });
}

Result<Endorsement> getEndorsement(const Context& ctx, const Actor& actor, const DeclarationId& declaration,
                                   const CountryCode& country) {
  return read<Endorsement>(ctx, actor, [&](Repositories& r) -> Result<Endorsement> {
    auto d = r.declarations().get(declaration);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
    if (!d->isInvited(country))
      return Error::notFound(country.str() + " is not invited to endorse " + declaration.str(), "country");
    auto recorded = r.endorsements().find(declaration, country);
    if (!recorded.ok()) return recorded.error();
    if (*recorded) return std::move(**recorded);
    return invitation(*d, country);
  });
}

Result<Page<Commitment>> listCommitments(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                         const PageRequest& page) {
  return read<Page<Commitment>>(ctx, actor, [&](Repositories& r) -> Result<Page<Commitment>> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
    return r.commitments().listByDeclaration(id, page);
  });
}

Result<Commitment> getCommitment(const Context& ctx, const Actor& actor, const CommitmentId& id) {
  return read<Commitment>(ctx, actor, [&](Repositories& r) -> Result<Commitment> {
    auto c = r.commitments().get(id);
    if (!c.ok()) return c.error();
    if (Status s = detail::expectReadable(r, actor, *c); !s.ok()) return s.error();
    return c;
  });
}

Result<ProgressReport> getReport(const Context& ctx, const Actor& actor, const ReportKey& report) {
  return read<ProgressReport>(ctx, actor, [&](Repositories& r) -> Result<ProgressReport> {
    auto got = r.reports().get(report.id);
    if (!got.ok()) return got.error();
    // Readable first: "not one of this assignment's" would confirm that it exists.
    if (Status s = detail::expectReadable(r, actor, *got); !s.ok()) return s.error();
    if (Status s = belongs(*got, report); !s.ok()) return s.error();
    return got;
  });
}

Result<Directory> getDirectory(const Context& ctx, const Actor& actor, const ConferenceId& id) {
  return read<Directory>(ctx, actor, [&](Repositories& r) { return r.conferences().directory(id); });
}

Result<AssignmentDetail> getAssignment(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                       const CountryCode& country) {
  return read<AssignmentDetail>(ctx, actor, [&](Repositories& r) -> Result<AssignmentDetail> {
    auto c = r.commitments().get(commitment);
    if (!c.ok()) return c.error();
    if (Status s = detail::expectReadable(r, actor, *c); !s.ok()) return s.error();
    auto a = r.assignments().get(commitment, country);
    if (!a.ok()) return a.error();
    auto reports = r.reports().listByAssignment(commitment, country);
    if (!reports.ok()) return reports.error();
    detail::keepReadable(actor, *reports);
    return AssignmentDetail{std::move(a).value(), std::move(reports).value()};
  });
}

Result<Page<ProgressReport>> listReports(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                         const CountryCode& country, const PageRequest& page) {
  return read<Page<ProgressReport>>(ctx, actor, [&](Repositories& r) -> Result<Page<ProgressReport>> {
    auto c = r.commitments().get(commitment);
    if (!c.ok()) return c.error();
    if (Status s = detail::expectReadable(r, actor, *c); !s.ok()) return s.error();
    if (auto a = r.assignments().get(commitment, country); !a.ok()) return a.error();
    return detail::readablePage<ProgressReport>(
        page, [&](const PageRequest& p) { return r.reports().pageByAssignment(commitment, country, p, false); },
        [&](const ProgressReport& report) { return mayReadReport(actor, report); },
        [](const ProgressReport& report) { return report.id.str(); });
  });
}

Result<TallyView> endorsementTally(const Context& ctx, const Actor& actor, const DeclarationId& id) {
  // The tally needs the declaration and its endorsements only, not the
  // commitments' slice, which can be a hundred thousand rows.
  auto s = read<Dossier>(ctx, actor, [&](Repositories& r) -> Result<Dossier> {
    Dossier d;
    auto decl = r.declarations().get(id);
    if (!decl.ok()) return decl.error();
    if (Status s = detail::expectReadable(actor, *decl); !s.ok()) return s.error();
    detail::keepReadable(actor, *decl);
    auto endorsements = r.endorsements().listByDeclaration(id);
    if (!endorsements.ok()) return endorsements.error();
    d.declarations.push_back(std::move(decl).value());
    d.endorsements = std::move(endorsements).value();
    return d;
  });
  if (!s.ok()) return s.error();
  auto shared = std::make_shared<const Dossier>(std::move(s).value());
  const Declaration* d = shared->declaration(id);
  return TallyView{shared, d, tallyEndorsements(*shared, *d)};
}

std::vector<Endorsement> TallyView::endorsements() const {
  std::vector<Endorsement> out;
  for (const auto& row : tally.rows)
    out.push_back(row.endorsement ? *row.endorsement : invitation(*declaration, row.country));
  return out;
}

Result<MatrixView> implementationMatrix(const Context& ctx, const Actor& actor, const DeclarationId& id) {
  auto s = slice(ctx, actor, id);
  if (!s.ok()) return s.error();
  const Declaration* d = (*s)->declaration(id);
  return MatrixView{*s, d, domain::implementationMatrix(**s, *d, ctx.clock.today())};
}

namespace {
// A matrix page as read (and made readable for `actor`), with its totals when asked.
struct GridRead {
  MatrixPage page;
  MatrixTotals totals;
};

Result<GridRead> readGrid(const Context& ctx, const Actor& actor, const DeclarationId& id, const MatrixFilter& filter,
                          const PageRequest& page, Date today, bool withTotals) {
  return read<GridRead>(ctx, actor, [&](Repositories& r) -> Result<GridRead> {
    auto p = r.dossiers().loadMatrixPage(id, filter, today, page);
    if (!p.ok()) return p.error();
    if (Status s = detail::expectReadable(actor, p->slice.declarations.front()); !s.ok()) return s.error();
    detail::keepReadable(actor, p->slice);
    GridRead out{std::move(p).value(), {}};
    if (withTotals) {
      auto t = r.dossiers().loadMatrixTotals(id, filter, today, page.after);
      if (!t.ok()) return t.error();
      out.totals = std::move(t).value();
    }
    return out;
  });
}

MatrixPageView pageView(MatrixPage&& got, const DeclarationId& id, Date today) {
  auto slice = std::make_shared<const Dossier>(std::move(got.slice));
  const Declaration* d = slice->declaration(id);
  return MatrixPageView{slice, d, domain::implementationMatrix(*slice, *d, today), got.overdue, got.next};
}
}  // namespace

Result<MatrixPageView> implementationMatrixPage(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                const MatrixFilter& filter, const PageRequest& page) {
  Date today = ctx.clock.today();
  auto got = readGrid(ctx, actor, id, filter, page, today, false);
  if (!got.ok()) return got.error();
  return pageView(std::move(got->page), id, today);
}

Result<MatrixGridView> implementationMatrixGrid(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                const MatrixFilter& filter, const PageRequest& page) {
  Date today = ctx.clock.today();
  auto got = readGrid(ctx, actor, id, filter, page, today, true);
  if (!got.ok()) return got.error();
  return MatrixGridView{pageView(std::move(got->page), id, today), std::move(got->totals)};
}

}  // namespace accord::app
