// The label tables of labels_more.cpp, for labelsFor (labels.cpp) to pick from.
#pragma once

#include "labels.h"

namespace accord::render::tables {

extern const Labels kGerman, kItalian, kRussian, kSpanish;
extern const Labels kAlbanian, kBosnian, kCroatian, kMacedonian, kSerbianLatin, kSerbianCyrillic;

}  // namespace accord::render::tables
