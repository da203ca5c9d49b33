#include "names_shown.h"

#include "labels.h"
#include "words.h"

namespace accord::web {

std::string NamesShown::operator()(const std::string& userName) const {
  auto it = names_.find(userName);
  if (it == names_.end() || it->second.displayName.empty()) return userName;
  return it->second.displayName + " (" + lowered(roleLabel(words_, it->second.role)) + ")";
}

NamesShown namesShown(const Site& site, const Visit& v, const std::vector<std::string>& userNames) {
  std::vector<std::string> wanted;
  for (const auto& n : userNames)
    if (!n.empty()) wanted.push_back(n);
  auto found = app::accountNames(site.ctx, v.actor(), wanted);
  if (!found.ok()) return NamesShown();
  return NamesShown(std::move(found).value(), v.words);
}

}  // namespace accord::web
