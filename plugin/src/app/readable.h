// Applying the read rules of authorization.h to what the repositories return:
// what `actor` may not read is answered as if it did not exist (the repositories'
// own kNotFound), and lists leave it out, so that a refusal never confirms that a
// record exists. Every read use case goes through these.
#pragma once

#include <string>
#include <vector>

#include "accord/app/repositories.h"
#include "accord/domain/actor.h"
#include "accord/domain/dossier.h"

namespace accord::app::detail {

// Ok if `actor` may read `d`; otherwise the kNotFound an unknown declaration gets.
domain::Status expectReadable(const domain::Actor& actor, const domain::Declaration& d);
// Ok if `actor` may read the declaration `c` belongs to (loaded only when the
// actor's reading depends on its state, see readsDrafts); otherwise the kNotFound
// an unknown commitment gets, naming neither the declaration nor its state. Its
// assignments follow it. Other lookup failures are returned as they are.
domain::Status expectReadable(Repositories& r, const domain::Actor& actor, const domain::Commitment& c);
// Ok if `actor` may read `report` (its state, then its commitment's declaration);
// otherwise the kNotFound an unknown report gets.
domain::Status expectReadable(Repositories& r, const domain::Actor& actor, const domain::ProgressReport& report);

// Leave out what `actor` may not read: the revisions of a declaration, reports,
// and both in a declaration's slice.
void keepReadable(const domain::Actor& actor, domain::Declaration& d);
void keepReadable(const domain::Actor& actor, std::vector<domain::ProgressReport>& reports);
void keepReadable(const domain::Actor& actor, domain::Dossier& slice);

// One page of what `keep` lets through: asks `fetch` for pages from `page.after`
// on until `page`'s limit is filled, so a page is short only at the end, and its
// cursor is the last item's key (`key`), as the repositories' are.
template <class T, class Fetch, class Keep, class Key>
domain::Result<Page<T>> readablePage(const PageRequest& page, Fetch&& fetch, Keep&& keep, Key&& key) {
  Page<T> out;
  PageRequest ask{page.clampedLimit(), page.after};
  for (;;) {
    domain::Result<Page<T>> got = fetch(ask);
    if (!got.ok()) return got.error();
    for (T& item : got->items) {
      if (!keep(item)) continue;
      if (out.items.size() == ask.limit) {  // one more exists: the page ends before it
        out.next = key(out.items.back());
        return out;
      }
      out.items.push_back(std::move(item));
    }
    if (got->next.empty()) return out;
    ask.after = got->next;
  }
}

}  // namespace accord::app::detail
