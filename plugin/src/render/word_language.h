// The language a DOCX names for Word's and LibreOffice's proofing tools. They know
// a language by its locale ("fr-FR", "sr-Latn-RS"), not by a bare tag ("fr"), and
// a right-to-left language also as the complex-script language (w:bidi) with its
// paragraphs running right to left.
#pragma once

#include <string>
#include <string_view>

namespace accord::render {

struct WordLanguage {
  std::string locale;     // w:lang w:val: "fr-FR"; a tag with a region is kept ("fr-CA")
  std::string bidi;       // w:lang w:bidi: the locale itself for a right-to-left language, else "ar-SA"
  bool rightToLeft = false;
};

// The locale of `tag` (a BCP 47 tag as the domain checks it): its usual country for
// the OSCE's and the region's languages and the common others; a tag that names a
// region already, or a language not listed, is kept as it is.
WordLanguage wordLanguage(std::string_view tag);

}  // namespace accord::render
