// The UI's words for the states that documents print too (issue 15: "the same
// catalogue serves the documents' labels where they coincide"): an endorsement
// method, an assignment's acceptance, implementation status, assessment and
// timeliness read the same on a page and in the DOCX/PDF of that language. The
// documents' tables (render/labels.*) are the reference; the catalogue's entries
// for these states must say exactly what they say.
#include <boost/test/unit_test.hpp>

#include "labels.h"
#include "render/labels.h"  // the documents' tables: plugin/src on this test's include path
#include "shipped_words.h"

using namespace accord::web;
using namespace accord::domain;
namespace render = accord::render;

BOOST_AUTO_TEST_SUITE(document_words_tests)

BOOST_AUTO_TEST_CASE(states_read_the_same_on_pages_and_in_documents) {
  for (const std::string& lang : shippedCatalogue().languages()) {
    const Wording w = shippedWords(lang);
    const render::Labels& doc = render::labelsFor(lang);
    BOOST_TEST_CONTEXT(lang) {
      for (int i = 0; i < 4; ++i)
        BOOST_TEST(methodLabel(w, static_cast<EndorsementMethod>(i)) == doc.endorsementMethod[i]);
      for (int i = 0; i < 3; ++i)
        BOOST_TEST(badge(w, static_cast<Acceptance>(i)).label == doc.acceptanceName[i]);
      for (int i = 0; i < 5; ++i)
        BOOST_TEST(badge(w, static_cast<ImplementationStatus>(i)).label == doc.implementationStatus[i]);
      for (int i = 0; i < 5; ++i)
        BOOST_TEST(badge(w, static_cast<Assessment>(i)).label == doc.assessmentName[i]);
      for (int i = 0; i < 4; ++i)
        BOOST_TEST(badge(w, static_cast<Timeliness>(i)).label == doc.timelinessName[i]);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
