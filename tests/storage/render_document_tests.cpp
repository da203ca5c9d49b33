// app::renderDocument through the real stores: which revision it picks, what it
// loads for each document, how it names the file, and what it refuses. The
// renderer is a stand-in that records what it was asked.
#include "accord/app/dossier_use_cases.h"
#include "accord/app/render_document.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(render_document_tests)

namespace {

// Remembers the last request's shape; refuses a template set like the real one.
class RecordingPort final : public app::DocumentPort {
 public:
  mutable int calls = 0;
  mutable std::optional<int> revision, from;
  mutable std::string document;
  mutable std::size_t declarations = 0, endorsements = 0, commitments = 0;

  domain::Result<app::RenderedDocument> render(const app::DocumentRequest& r) const override {
    ++calls;
    revision = r.revision;
    from = r.from;
    document = domain::toString(r.document);
    declarations = r.dossier.declarations.size();
    endorsements = r.dossier.endorsements.size();
    commitments = r.dossier.commitments.size();
    if (!r.templateSet.empty()) return domain::Error::invalid("template", "no template set named '" + r.templateSet + "'");
    return app::RenderedDocument{"bytes", "application/xml", r.format == domain::DocumentFormat::kXml ? ".xml" : ".docx", ""};
  }
};

struct Imported {
  explicit Imported(const std::string& backend) : env(backend), sample(sampleDossier()) {
    ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  }
  app::DocumentAsk ask(domain::DocumentKind kind, domain::DocumentFormat format = domain::DocumentFormat::kDocx) const {
    return {sample.declarations[0].id, kind, format, std::nullopt, ""};
  }
  Env env;
  domain::Dossier sample;
  RecordingPort port;
};

}  // namespace

BOOST_DATA_TEST_CASE(an_unknown_revision_is_not_found_naming_revision, allBackends(), backend) {
  Imported s(backend);
  auto what = s.ask(domain::DocumentKind::kDeclaration);
  what.revision = 99;
  auto r = app::renderDocument(s.env.ctx, s.port, monitor(), what);
  BOOST_TEST((codeOf(r) == ErrorCode::kNotFound));
  BOOST_TEST(r.error().field == "revision");
  BOOST_TEST(s.port.calls == 0);
}

BOOST_DATA_TEST_CASE(the_text_shows_the_rule_revision_and_loads_no_commitments, allBackends(), backend) {
  Imported s(backend);
  const domain::Declaration& d = s.sample.declarations[0];
  const domain::Revision* shown = d.shownRevision();
  BOOST_TEST_REQUIRE(shown != nullptr);
  auto doc = ok(app::renderDocument(s.env.ctx, s.port, monitor(), s.ask(domain::DocumentKind::kDeclaration)));
  BOOST_TEST(s.port.revision.value_or(0) == shown->number);
  BOOST_TEST(s.port.document == "declaration");
  BOOST_TEST(s.port.declarations == 1u);
  BOOST_TEST(s.port.endorsements == s.sample.endorsementsOf(d.id).size());
  BOOST_TEST(s.port.commitments == 0u);
  bool final = d.finalRevision && *d.finalRevision == shown->number;
  BOOST_TEST(doc.fileName == d.id.str() + "-r" + std::to_string(shown->number) + (final ? "-final" : "-draft") + ".docx");
  BOOST_TEST(doc.bytes == "bytes");
}

BOOST_DATA_TEST_CASE(a_revision_asked_for_is_rendered_and_named_a_draft, allBackends(), backend) {
  Imported s(backend);
  auto what = s.ask(domain::DocumentKind::kDeclaration, domain::DocumentFormat::kXml);
  what.revision = 1;
  auto doc = ok(app::renderDocument(s.env.ctx, s.port, monitor(), what));
  BOOST_TEST(s.port.revision.value_or(0) == 1);
  const domain::Declaration& d = s.sample.declarations[0];
  bool final = d.finalRevision && *d.finalRevision == 1;
  BOOST_TEST(doc.fileName == d.id.str() + "-r1" + (final ? "-final" : "-draft") + ".xml");
}

BOOST_DATA_TEST_CASE(only_the_implementation_report_reads_the_commitments, allBackends(), backend) {
  Imported s(backend);
  const std::string id = s.sample.declarations[0].id.str();
  auto status = ok(app::renderDocument(s.env.ctx, s.port, monitor(), s.ask(domain::DocumentKind::kEndorsementStatus)));
  BOOST_TEST(s.port.document == "status");
  BOOST_TEST(s.port.commitments == 0u);
  BOOST_TEST(s.port.endorsements > 0u);
  BOOST_TEST(status.fileName == id + "-endorsement-status-2017-08-01.docx");
  auto matrix =
      ok(app::renderDocument(s.env.ctx, s.port, monitor(), s.ask(domain::DocumentKind::kImplementation, domain::DocumentFormat::kXml)));
  BOOST_TEST(s.port.document == "implementation");
  BOOST_TEST(s.port.commitments == s.sample.commitmentsOf(s.sample.declarations[0].id).size());
  BOOST_TEST(matrix.fileName == id + "-implementation-2017-08-01.xml");
}

BOOST_DATA_TEST_CASE(a_redline_passes_both_revisions_and_is_named_for_them, allBackends(), backend) {
  Imported s(backend);
  auto what = s.ask(domain::DocumentKind::kRedline);
  what.from = 1;
  what.revision = 2;
  auto doc = ok(app::renderDocument(s.env.ctx, s.port, monitor(), what));
  BOOST_TEST(s.port.from.value_or(0) == 1);
  BOOST_TEST(s.port.revision.value_or(0) == 2);
  BOOST_TEST(s.port.document == "redline");
  BOOST_TEST(s.port.commitments == 0u);
  BOOST_TEST(doc.fileName == s.sample.declarations[0].id.str() + "-r1-r2-redline.docx");
}

BOOST_DATA_TEST_CASE(a_redline_without_both_revisions_or_as_xml_is_refused_by_field, allBackends(), backend) {
  Imported s(backend);
  struct Bad {
    std::optional<int> from, to;
    domain::DocumentFormat format;
    ErrorCode code;
    const char* field;
  };
  const auto docx = domain::DocumentFormat::kDocx;
  for (const Bad& bad : {Bad{1, 2, domain::DocumentFormat::kXml, ErrorCode::kInvalidArgument, "format"},
                         Bad{1, 2, domain::DocumentFormat::kAkn, ErrorCode::kInvalidArgument, "format"},
                         Bad{std::nullopt, 2, docx, ErrorCode::kInvalidArgument, "from"},
                         Bad{1, std::nullopt, docx, ErrorCode::kInvalidArgument, "to"},
                         Bad{9, 2, docx, ErrorCode::kNotFound, "from"}, Bad{1, 9, docx, ErrorCode::kNotFound, "to"}}) {
    auto what = s.ask(domain::DocumentKind::kRedline, bad.format);
    what.from = bad.from;
    what.revision = bad.to;
    auto r = app::renderDocument(s.env.ctx, s.port, monitor(), what);
    BOOST_TEST((codeOf(r) == bad.code));
    BOOST_TEST(r.error().field == bad.field);
  }
  BOOST_TEST(s.port.calls == 0);
}

BOOST_DATA_TEST_CASE(bad_asks_are_refused_by_field, allBackends(), backend) {
  Imported s(backend);
  // A format is a DocumentFormat by the time it reaches the use case: its name is
  // refused where it is read, naming the same field.
  auto odt = domain::parseDocumentFormat("format", "odt");
  BOOST_TEST((codeOf(odt) == ErrorCode::kInvalidArgument));
  BOOST_TEST(odt.error().field == "format");
  BOOST_TEST(odt.error().message == "must be one of docx|xml|akn|pdf, got 'odt'");
  // Akoma Ntoso is the declaration's text only.
  auto akn = app::renderDocument(s.env.ctx, s.port, monitor(),
                                 s.ask(domain::DocumentKind::kEndorsementStatus, domain::DocumentFormat::kAkn));
  BOOST_TEST((codeOf(akn) == ErrorCode::kInvalidArgument));
  BOOST_TEST(akn.error().field == "format");
  auto custom = s.ask(domain::DocumentKind::kDeclaration);
  custom.templateSet = "corporate";
  auto r = app::renderDocument(s.env.ctx, s.port, monitor(), custom);
  BOOST_TEST((codeOf(r) == ErrorCode::kInvalidArgument));
  BOOST_TEST(r.error().field == "template");
  auto nowhere = s.ask(domain::DocumentKind::kDeclaration);
  nowhere.declaration = domain::DeclarationId("nowhere");
  BOOST_TEST((codeOf(app::renderDocument(s.env.ctx, s.port, monitor(), nowhere)) == ErrorCode::kNotFound));
  auto kind = domain::parseDocumentKind("document", "minutes");
  BOOST_TEST((codeOf(kind) == ErrorCode::kInvalidArgument));
  BOOST_TEST(kind.error().field == "document");
}

BOOST_AUTO_TEST_SUITE_END()
