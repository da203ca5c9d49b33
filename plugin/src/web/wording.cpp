#include "wording.h"

#include <utility>

#include "accord/render/date_words.h"

namespace accord::web {

Wording::Wording(const Catalogue& catalogue, std::string language)
    : catalogue_(&catalogue), language_(std::move(language)) {}

std::string Wording::operator()(const std::string& key) const {
  return catalogue_ ? catalogue_->text(language_, key) : key;
}

std::string Wording::operator()(const std::string& key, const Catalogue::Args& args) const {
  return catalogue_ ? catalogue_->format(language_, key, args) : key;
}

std::string Wording::count(const std::string& key, long long n, const Catalogue::Args& args) const {
  return catalogue_ ? catalogue_->count(language_, key, n, args) : key;
}

std::string Wording::date(const domain::Date& d) const { return render::formatDate(d, language_); }

}  // namespace accord::web
