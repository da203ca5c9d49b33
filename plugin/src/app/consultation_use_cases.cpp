#include "accord/app/consultation_use_cases.h"

#include <algorithm>
#include <set>

#include "accord/app/authorization.h"
#include "accord/app/consultation_rules.h"
#include "incorporation.h"
#include "readable.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
std::string remarkId(const DeclarationId& d, int number) { return d.str() + "/" + std::to_string(number); }

// The declaration and the revision `number` of it, or kNotFound naming "revision".
Result<const Revision*> revisionOf(const Declaration& d, int number) {
  if (const Revision* r = d.revision(number)) return r;
  return Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(number), "revision");
}

Result<Declaration> readable(Repositories& r, const Actor& actor, const DeclarationId& id) {
  auto d = r.declarations().get(id);
  if (!d.ok()) return d.error();
  // A declaration the actor may not read is unknown to them (404); one they read
  // whose consultation is closed to them is refused (403).
  if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
  if (Status s = authorizeConsultationRead(actor, *d); !s.ok()) return s.error();
  return d;
}

// The declaration whose consultation `actor` reads, with its revision `revision`
// (when given); kNotFound naming "revision" if it has none such.
Result<Declaration> readableAt(Repositories& r, const Actor& actor, const DeclarationId& id,
                               std::optional<int> revision) {
  auto d = readable(r, actor, id);
  if (!d.ok() || !revision) return d;
  if (auto rev = revisionOf(*d, *revision); !rev.ok()) return rev.error();
  return d;
}

template <class Remark>
bool passes(const Remark& x, const RemarkFilter& f) {
  return (!f.unit || x.anchor.unit == *f.unit) && (!f.country || x.country == f.country);
}

AmendmentView view(const Declaration& d, Amendment a) {
  AmendmentView v;
  const Revision* anchored = d.revision(a.anchor.revision);
  const Revision* latest = d.latest();
  if (anchored && latest) {
    v.fate = unitFate(*anchored, *latest, a.anchor.unit);
    v.outdated = isOutdated(a, *anchored, *latest);
  }
  v.amendment = std::move(a);
  return v;
}

// Checks what a new remark of `actor` is on and fills in who wrote it when. A
// reply takes its parent's anchor. Returns the declaration.
template <class Remark>
Result<Declaration> prepare(Repositories& r, const Context& ctx, const Actor& actor, const DeclarationId& id,
                            Remark& x, std::optional<CountryCode> country, const std::string& path) {
  // A coordinator who names no country writes for their own.
  if (!country && actor.role == Role::kCoordinator) country = actor.country;
  auto d = r.declarations().get(id);
  if (!d.ok()) return d.error();
  if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
  if (Status s = authorizeContribution(actor, *d, country); !s.ok()) return s.error();
  x.declaration = id;
  x.author = actor.name;
  x.country = country;
  x.createdAt = ctx.clock.now();
  auto rev = revisionOf(*d, x.anchor.revision);
  if (!rev.ok()) return rev.error();
  if (Status s = checkAnchor(**rev, x.anchor, path); !s.ok()) return s.error();
  return d;
}
}  // namespace

Result<std::vector<Comment>> listComments(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                          std::optional<int> revision, const RemarkFilter& filter) {
  return transact<std::vector<Comment>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r)
                                                                           -> Result<std::vector<Comment>> {
    auto d = readableAt(r, actor, id, revision);
    if (!d.ok()) return d.error();
    auto all = r.consultation().comments(id, revision);
    if (!all.ok()) return all.error();
    std::vector<Comment> out;
    for (auto& c : *all)
      if (passes(c, filter) && seesRemarkOf(actor, *d, c.country)) out.push_back(std::move(c));
    return out;
  });
}

Result<std::vector<AmendmentView>> listAmendments(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                  std::optional<int> revision, const RemarkFilter& filter) {
  return transact<std::vector<AmendmentView>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r)
                                                                               -> Result<std::vector<AmendmentView>> {
    auto d = readableAt(r, actor, id, revision);
    if (!d.ok()) return d.error();
    auto all = r.consultation().amendments(id, revision);
    if (!all.ok()) return all.error();
    std::vector<AmendmentView> out;
    for (auto& a : *all)
      if (passes(a, filter) && (!filter.state || a.state == *filter.state) && seesRemarkOf(actor, *d, a.country))
        out.push_back(view(*d, std::move(a)));
    return out;
  });
}

Result<AmendmentView> getAmendment(const Context& ctx, const Actor& actor, const DeclarationId& id, int revision,
                                   int number) {
  return transact<AmendmentView>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<AmendmentView> {
    auto d = readable(r, actor, id);
    if (!d.ok()) return d.error();
    auto a = r.consultation().amendment(id, number);
    if (!a.ok()) return a.error();
    if (a->anchor.revision != revision || !seesRemarkOf(actor, *d, a->country))
      return Error::notFound("revision " + std::to_string(revision) + " has no amendment " + std::to_string(number),
                             "amendment");
    return view(*d, std::move(a).value());
  });
}

Result<Comment> addComment(const Context& ctx, const Actor& actor, const DeclarationId& id, Comment c,
                           std::optional<CountryCode> country) {
  return transact<Comment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Comment> {
    // A reply answers a remark the author can see, and sits where its parent does.
    if (c.replyToComment || c.replyToAmendment) {
      const int asked = c.anchor.revision;
      auto d = readable(r, actor, id);
      if (!d.ok()) return d.error();
      std::optional<CountryCode> parentCountry;
      if (c.replyToComment) {
        auto parent = r.consultation().comment(id, *c.replyToComment);
        if (!parent.ok()) return Error::notFound("there is no comment " + std::to_string(*c.replyToComment), "replyTo");
        c.anchor = parent->anchor;
        parentCountry = parent->country;
      } else {
        auto parent = r.consultation().amendment(id, *c.replyToAmendment);
        if (!parent.ok())
          return Error::notFound("there is no amendment " + std::to_string(*c.replyToAmendment), "replyTo");
        c.anchor = parent->anchor;
        parentCountry = parent->country;
      }
      if (c.anchor.revision != asked || !seesRemarkOf(actor, *d, parentCountry))
        return Error::notFound("there is no such remark to reply to", "replyTo");
    }
    if (Status s = normalize(c); !s.ok()) return s.error();
    auto d = prepare(r, ctx, actor, id, c, country, "comment");
    if (!d.ok()) return d.error();
    auto number = r.consultation().insert(c);
    if (!number.ok()) return number.error();
    c.number = *number;
    if (Status s = detail::audit(r, ctx, actor, "comment.created", "comment", remarkId(id, c.number), "",
                                 ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Result<AmendmentView> proposeAmendment(const Context& ctx, const Actor& actor, const DeclarationId& id, Amendment a,
                                       std::optional<CountryCode> country) {
  a.state = AmendmentState::kProposed;
  a.decidedBy.clear();
  a.decidedAt.reset();
  a.reason.clear();
  a.incorporatedIn.reset();
  a.version = 1;
  if (Status s = normalize(a); !s.ok()) return s.error();
  return transact<AmendmentView>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<AmendmentView> {
    auto d = prepare(r, ctx, actor, id, a, country, "amendment");
    if (!d.ok()) return d.error();
    if (a.kind == AmendmentKind::kInsertAfter && unitText(*d->revision(a.anchor.revision), a.newUnit))
      return Error::invalid("amendment.newUnit", "revision " + std::to_string(a.anchor.revision) +
                                                     " already has a unit '" + a.newUnit.str() + "'");
    auto number = r.consultation().insert(a);
    if (!number.ok()) return number.error();
    a.number = *number;
    if (Status s = detail::audit(r, ctx, actor, "amendment.proposed", "amendment", remarkId(id, a.number), "",
                                 ctx.snapshots.of(a));
        !s.ok())
      return s.error();
    return view(*d, a);
  });
}

Result<AmendmentView> decideAmendment(const Context& ctx, const Actor& actor, const DeclarationId& id, int revision,
                                      int number, AmendmentState to, const std::string& reason, long expectedVersion) {
  return transact<AmendmentView>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<AmendmentView> {
    auto d = readable(r, actor, id);
    if (!d.ok()) return d.error();
    auto a = r.consultation().amendment(id, number);
    if (!a.ok()) return a.error();
    if (a->anchor.revision != revision || !seesRemarkOf(actor, *d, a->country))
      return Error::notFound("revision " + std::to_string(revision) + " has no amendment " + std::to_string(number),
                             "amendment");
    if (Status s = authorizeAmendmentDecision(actor, *d, *a, to); !s.ok()) return s.error();
    if (Status s = detail::expectVersion("amendment " + std::to_string(number), a->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*a);
    if (Status s = a->decide(to, actor.name, reason, ctx.clock.now()); !s.ok()) return s.error();
    auto version = r.consultation().update(*a, expectedVersion);
    if (!version.ok()) return version.error();
    a->version = *version;
    if (Status s = detail::audit(r, ctx, actor, std::string("amendment.") + toString(to), "amendment",
                                 remarkId(id, number), before, ctx.snapshots.of(*a));
        !s.ok())
      return s.error();
    return view(*d, std::move(a).value());
  });
}

Result<std::vector<AmendmentView>> incorporableAmendments(const Context& ctx, const Actor& actor,
                                                          const DeclarationId& id) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  RemarkFilter accepted;
  accepted.state = AmendmentState::kAccepted;
  return listAmendments(ctx, actor, id, std::nullopt, accepted);
}

namespace detail {

Result<std::vector<Amendment>> applyAccepted(Repositories& r, const DeclarationId& d, Revision& next,
                                             const std::vector<int>& numbers) {
  std::vector<Amendment> out;
  std::set<int> seen;
  for (int n : numbers) {
    if (!seen.insert(n).second) return Error::invalid("incorporate", "names amendment " + std::to_string(n) + " twice");
    auto a = r.consultation().amendment(d, n);
    if (!a.ok()) return Error::notFound("there is no amendment " + std::to_string(n), "incorporate");
    if (a->state != AmendmentState::kAccepted)
      return Error::state("amendment " + std::to_string(n) + " is " + toString(a->state) +
                              "; only accepted amendments are incorporated",
                          "incorporate");
    if (Status s = applyAmendment(next, *a); !s.ok()) return s.error();
    out.push_back(std::move(a).value());
  }
  return out;
}

Status markIncorporated(Repositories& r, const Context& ctx, const Actor& actor, std::vector<Amendment>& amendments,
                        int revision) {
  for (auto& a : amendments) {
    std::string before = ctx.snapshots.of(a);
    if (Status s = a.incorporate(revision); !s.ok()) return s;
    auto version = r.consultation().update(a, a.version);
    if (!version.ok()) return version.error();
    a.version = *version;
    if (Status s = audit(r, ctx, actor, "amendment.incorporated", "amendment", remarkId(a.declaration, a.number),
                         before, ctx.snapshots.of(a));
        !s.ok())
      return s;
  }
  return {};
}

}  // namespace detail
}  // namespace accord::app
