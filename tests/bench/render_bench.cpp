// render_bench: how fast the renderer turns a declaration into DOCX and XML, warm
// (templates compiled once, as a server holds them), in memory. The base dossier
// has 10 recitals, 40 operative clauses (3 with sub-items (a)-(c)), 10 endorsing
// countries and 30 commitments; the x10 dossier has ten times each. Targets:
// <= 0.5 ms per DOCX declaration, and linear scaling. The redline compares that
// text with a second revision in which every fifth clause (20 %) is reworded
// (target <= 2 ms warm); and a 20,000-word clause with three edits is diffed
// word by word on its own. The declaration as Akoma Ntoso (validated against the
// OASIS schema, as every render does) targets <= 1 ms warm. With LibreOffice
// installed, the x1 declaration's PDF is timed cold (a converter whose profile
// does not exist yet), warm (the profile made, the document not converted yet)
// and from the cache.
//
// usage: render_bench [ITERATIONS [SCALE]]   (SCALE 1 or 10; finds templates/ and
// schema/ via ACCORD_HOME)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "accord/base/data_dir.h"
#include "accord/domain/word_diff.h"
#include "accord/render/pdf_converter.h"
#include "accord/render/renderer.h"
#include "accord/render/xml_validator.h"
#include "docx_package.h"
#include "template_set.h"
#include "view_model.h"

using namespace accord;
using Clock = std::chrono::steady_clock;

namespace {

std::string sentence(const char* what, int i) {
  return std::string(what) + " " + std::to_string(i) +
         ": the participating States undertake to strengthen co-ordinated responses, enhance the capacity "
         "of national authorities and increase awareness among migrant and refugee populations.";
}

domain::CountryCode code(int i) {
  std::string c{static_cast<char>('A' + i / 26 % 26), static_cast<char>('A' + i % 26)};
  return domain::CountryCode::parse("code", c).value();
}

struct Synthetic {
  domain::Dossier dossier;
  domain::CountryCatalog catalog;
};

Synthetic synthetic(int scale) {
  Synthetic s;
  auto day = [](const char* iso) { return domain::Date::parse("d", iso).value(); };
  s.dossier.conference.id = domain::ConferenceId("conf");
  s.dossier.conference.title = "Regional Conference on Combating Trafficking in Human Beings";
  s.dossier.conference.city = "Skopje";
  s.dossier.conference.startDate = day("2016-10-27");
  s.dossier.conference.endDate = day("2016-10-28");

  domain::Declaration d;
  d.id = domain::DeclarationId("decl");
  d.title = "Joint Declaration on Combating Trafficking in Human Beings";
  d.status = domain::DeclarationStatus::kOpenForEndorsement;
  d.finalRevision = 1;
  domain::Revision r;
  r.number = 1;
  r.author = "secretariat";
  r.createdAt = domain::Timestamp::parse("t", "2016-10-28T07:30:00Z").value();
  for (int i = 0; i < 10 * scale; ++i)
    r.preamble.push_back({domain::ClauseId("rec-" + std::to_string(i)), "Recognizing", sentence("recital", i)});
  for (int i = 0; i < 40 * scale; ++i) {
    domain::Clause c{domain::ClauseId("op-" + std::to_string(i)), sentence("clause", i), {}};
    if (i % 13 == 2)  // three clauses in forty carry sub-items (a)-(c)
      for (int k = 0; k < 3; ++k)
        c.items.push_back({domain::ClauseId("op-" + std::to_string(i) + "-" + std::to_string(k)), sentence("item", k), {}});
    r.operative.push_back(c);
  }
  r.closingFormula = "Adopted in Skopje on 28 October 2016.";
  d.revisions.push_back(r);
  // Revision 2 for the redline: every fifth clause reworded at its start, middle and end.
  domain::Revision r2 = r;
  r2.number = 2;
  r2.createdAt = domain::Timestamp::parse("t", "2016-10-29T09:00:00Z").value();
  for (std::size_t i = 0; i < r2.operative.size(); i += 5) {
    std::string& t = r2.operative[i].text;
    t.replace(0, 6, "Amended clause");
    t.replace(t.find("enhance"), 7, "substantially improve");
    t.insert(t.size() - 1, ", reporting annually");
  }
  d.revisions.push_back(r2);

  for (int i = 0; i < 10 * scale; ++i) {
    domain::CountryCode cc = code(i);
    s.catalog.put({cc, "Country " + std::to_string(i), "", "", {}, false});
    d.invitedCountries.push_back(cc);
    domain::Endorsement e;
    e.declaration = d.id;
    e.country = cc;
    e.status = domain::EndorsementStatus::kEndorsed;
    e.revision = 1;
    e.date = day("2016-10-28");
    e.signer = domain::Signer{"Signer " + std::to_string(i), "National Anti-Trafficking Co-ordinator"};
    e.method = domain::EndorsementMethod::kInSession;
    s.dossier.endorsements.push_back(e);
  }
  for (int i = 0; i < 30 * scale; ++i) {
    domain::Commitment c;
    c.id = domain::CommitmentId("cm-" + std::to_string(i));
    c.declaration = d.id;
    c.text = sentence("commitment", i);
    c.clause = domain::ClauseId("op-" + std::to_string(i % (40 * scale)));
    c.deadline = day(i % 2 ? "2017-06-30" : "2018-12-31");
    for (int k = 0; k < 3; ++k) c.countries.push_back(code((i + k) % (10 * scale)));
    for (const auto& cc : c.countries) {
      domain::Assignment a;
      a.commitment = c.id;
      a.country = cc;
      a.acceptance = domain::Acceptance::kAccepted;
      a.status = domain::ImplementationStatus::kInProgress;
      s.dossier.assignments.push_back(a);
    }
    s.dossier.commitments.push_back(c);
  }
  s.dossier.declarations.push_back(d);
  return s;
}

template <class F>
double msPer(int iterations, F&& f) {
  for (int i = 0; i < iterations / 10 + 1; ++i) f();  // warm caches and allocators
  auto start = Clock::now();
  for (int i = 0; i < iterations; ++i) f();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count() / iterations;
}

void bench(const render::Renderer& renderer, int scale, int iterations) {
  Synthetic s = synthetic(scale);
  std::printf("\nx%d: %d recitals, %d clauses, %d endorsement rows, %d commitments\n", scale, 10 * scale,
              40 * scale, 10 * scale, 30 * scale);
  for (auto kind : {render::DocumentKind::kDeclaration, render::DocumentKind::kEndorsementStatus,
                    render::DocumentKind::kImplementation, render::DocumentKind::kRedline})
    for (auto format : {render::Format::kDocx, render::Format::kXml, render::Format::kAkn}) {
      if (!domain::checkRendition(kind, format).ok()) continue;
      bool redline = kind == render::DocumentKind::kRedline;
      render::RenderRequest request{s.dossier, s.catalog, domain::DeclarationId("decl"), kind, format,
                                    redline ? std::optional<int>(2) : std::nullopt,
                                    domain::Date::parse("d", "2017-09-01").value(),
                                    redline ? std::optional<int>(1) : std::nullopt};
      std::size_t bytes = 0;
      double ms = msPer(iterations / scale, [&] {
        auto out = renderer.render(request);
        if (!out.ok()) {
          std::fprintf(stderr, "render failed: %s\n", out.error().message.c_str());
          std::exit(1);
        }
        bytes = out->size();
      });
      std::printf("  %-15s %-4s %8.3f ms/doc %9.0f docs/s %8zu bytes\n", domain::toString(kind),
                  domain::toString(format), ms, 1000.0 / ms, bytes);
    }

  // Where a DOCX declaration's time goes, step by step as Renderer::render does it.
  const auto& d = s.dossier.declarations.front();
  render::ViewInput in{s.dossier, s.catalog, d, d.revisions.front(), domain::Date(), true};
  double view = msPer(iterations / scale, [&] { (void)render::declarationView(in); });
  auto set = render::TemplateSet::loadDocx(base::dataPath("templates/docx/declaration"));
  auto data = render::declarationView(in);
  std::vector<std::pair<std::string, std::string>> texts;
  double text = msPer(iterations / scale, [&] {
    texts.clear();
    for (const auto& p : set->parts())
      if (p.rendered()) {
        texts.emplace_back(p.name, std::string());
        p.renderTo(data.value(), texts.back().second);
      }
  });
  std::vector<render::DeflatedPart> deflated;
  double deflate = msPer(iterations / scale, [&] {
    deflated.clear();
    for (const auto& [name, content] : texts) deflated.push_back(render::deflatePart(name, content, 1));
  });
  std::vector<const render::DeflatedPart*> parts;
  for (const auto& p : set->parts())
    if (!p.rendered()) parts.push_back(&p.deflated);
  for (const auto& p : deflated) parts.push_back(&p);
  double zip = msPer(iterations / scale, [&] { (void)render::packDocx(parts); });
  std::printf("  declaration docx steps: view model %.3f ms, templates %.3f ms, deflate %.3f ms, zip %.3f ms\n",
              view, text, deflate, zip);
  // And an Akoma Ntoso declaration's: the view, the template, the OASIS schema.
  auto aknSet = render::TemplateSet::loadXml(base::dataPath("templates/akn/declaration.xml.mustache"));
  auto validator = render::XmlValidator::load(base::dataPath("schema"));
  std::string akn;
  double aknViewMs = msPer(iterations / scale, [&] { (void)render::aknView(in, "en"); });
  auto aknData = render::aknView(in, "en");
  double aknText = msPer(iterations / scale, [&] {
    akn.clear();
    aknSet->parts().front().renderTo(aknData.value(), akn);
  });
  double aknValidate = msPer(iterations / scale, [&] {
    if (!validator->validateWith(akn, "akoma-ntoso/akomantoso30.xsd").ok()) std::exit(1);
  });
  std::printf("  declaration akn steps: view model %.3f ms, template %.3f ms, schema validation %.3f ms\n",
              aknViewMs, aknText, aknValidate);
  render::ViewInput newer{s.dossier, s.catalog, d, d.revisions.back(), domain::Date(), true};
  double redlineView = msPer(iterations / scale, [&] { (void)render::redlineView(newer, d.revisions.front()); });
  std::printf("  redline docx view model (word diff included): %.3f ms\n", redlineView);
}

// One clause of 20,000 words with a word replaced, one deleted and one inserted.
void benchLongClause(int iterations) {
  std::string before, after;
  for (int i = 0; i < 20000; ++i) {
    std::string word = "word" + std::to_string(i) + (i % 17 == 16 ? ", " : " ");
    before += word;
    if (i == 5000) after += "changed ";
    else if (i != 12000) after += word;
    if (i == 17000) after += "inserted ";
  }
  std::size_t spans = 0;
  double ms = msPer(iterations, [&] { spans = domain::diffWords(before, after).size(); });
  std::printf("\n20,000-word clause (%zu bytes), 3 edits: %.3f ms per word diff (%zu spans)\n", before.size(), ms,
              spans);
}

// The x1 declaration's PDF through the managed converter: cold, warm, cached.
void benchPdf(const render::Renderer& renderer) {
  Synthetic s = synthetic(1);
  auto docx = renderer.render(render::RenderRequest{s.dossier, s.catalog, domain::DeclarationId("decl"),
                                                    render::DocumentKind::kDeclaration, render::Format::kDocx,
                                                    std::nullopt, domain::Date::parse("d", "2017-09-01").value(),
                                                    std::nullopt});
  render::PdfSettings settings;
  settings.maxParallel = 1;
  settings.workDir = (std::filesystem::temp_directory_path() / "accord-pdf-bench").string();
  std::error_code ec;
  std::filesystem::remove_all(settings.workDir, ec);
  auto time = [&](const render::PdfConverter& converter, const char* what) {
    auto start = Clock::now();
    auto pdf = converter.convert(*docx);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!pdf.ok()) {
      std::printf("  pdf %s: failed: %s\n", what, pdf.error().message.c_str());
      return;
    }
    std::printf("  declaration pdf %-32s %10.3f ms %8zu bytes\n", what, ms, pdf->size());
  };
  std::printf("\nx1 declaration as PDF (LibreOffice headless, %zu bytes of DOCX):\n", docx->size());
  {
    render::PdfConverter cold(settings);
    if (!cold.available()) {
      std::printf("  LibreOffice is not installed: no PDF figures\n");
      return;
    }
    time(cold, "cold");
  }
  render::PdfConverter warm(settings);  // the same profile folder, a fresh cache
  time(warm, "warm");
  time(warm, "cache hit");
  // A resident LibreOffice (--pdf-resident yes): started by the first conversion,
  // then each PDF is only LibreOffice's work; no cache, so every call converts.
  render::PdfSettings kept = settings;
  kept.resident = true;
  kept.cacheBytes = 0;
  std::filesystem::remove_all(settings.workDir, ec);
  render::PdfConverter resident(kept);
  if (!resident.stats().resident) {
    std::printf("  python3-uno is not installed: no resident figures\n");
  } else {
    time(resident, "resident, starting LibreOffice");
    for (int i = 0; i < 3; ++i) time(resident, "resident, warm");
  }
  std::filesystem::remove_all(settings.workDir, ec);
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;
  auto start = Clock::now();
  auto renderer = render::Renderer::load({"", base::dataPath("templates")}, base::dataPath("schema"));
  if (!renderer.ok()) {
    std::fprintf(stderr, "cannot load templates: %s\n", renderer.error().message.c_str());
    return 1;
  }
  std::printf("load (compile 8 templates, 3 schemas; AKN's compiled when first used): %.2f ms\n",
              std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  int scales[] = {1, 10};
  for (int scale : scales)
    if (argc <= 2 || std::atoi(argv[2]) == scale) bench(renderer.value(), scale, iterations);
  benchLongClause(iterations / 100 + 1);
  benchPdf(renderer.value());
  return 0;
}
