// Every API body decoder on arbitrary bytes, through one target: the first byte
// picks the decoder, the rest is the body, parsed as the API parses it (Poco's JSON
// parser with the server's depth limit, an object required). Each decoder must
// give a value or errors naming fields, never a crash or an escaping exception.
#include <cstdlib>
#include <functional>
#include <iostream>
#include <vector>

#include <Poco/JSON/Parser.h>

#include "accord/bundle/bundle.h"
#include "accord/http/limits.h"
#include "decode.h"
#include "fuzz_support.h"

using namespace accord;
namespace decode = accord::http::decode;
using Body = Poco::JSON::Object::Ptr;

namespace {

// The current records a merge patch applies to: the sample conference's.
const domain::Dossier& sample() {
  static const domain::Dossier d = [] {
    auto countries = bundle::readCountriesFile(fuzz::shipped("samples/reference/countries.json"));
    if (!countries.ok()) std::abort();
    auto read = bundle::readBundleFile(fuzz::shipped("samples/skopje-2016/skopje-2016.json"), *countries);
    if (!read.ok() || read.dossier.commitments.empty()) {
      std::cerr << "http_decode_fuzz: cannot read the sample bundle (set ACCORD_HOME)\n";
      std::abort();
    }
    return read.dossier;
  }();
  return d;
}

const std::vector<std::function<void(Body)>>& decoders() {
  static const std::vector<std::function<void(Body)>> all = {
      [](Body b) { (void)decode::newConference(b); },
      [](Body b) { (void)decode::conferencePatch(b, sample().conference); },
      [](Body b) { (void)decode::delegation(b); },
      [](Body b) { (void)decode::newDeclaration(b, std::nullopt); },
      [](Body b) { (void)decode::newDeclaration(b, std::string("skopje-2016")); },
      [](Body b) { (void)decode::declarationPatch(b); },
      [](Body b) { (void)decode::newRevision(b); },
      [](Body b) { (void)decode::endorsementAct(b); },
      [](Body b) { (void)decode::newCommitment(b, domain::DeclarationId("skopje-joint-declaration")); },
      [](Body b) { (void)decode::commitmentPatch(b, sample().commitments.front()); },
      [](Body b) { (void)decode::assignmentChange(b); },
      [](Body b) {
        (void)decode::newReport(b, domain::CommitmentId("cm-1"), *domain::CountryCode::parse("country", "MK"));
      },
      [](Body b) { (void)decode::reportChange(b); },
      [](Body b) { (void)decode::signIn(b); },
      [](Body b) { (void)decode::newAccount(b); },
      [](Body b) { (void)decode::accountChange(b); },
      [](Body b) { (void)decode::passwordReset(b); },
  };
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& all = decoders();
  const auto& decoder = all[data[0] % all.size()];
  Body body;
  try {
    Poco::JSON::Parser parser;
    parser.setDepth(http::Limits{}.maxJsonDepth);
    Poco::Dynamic::Var v = parser.parse(std::string(fuzz::text(data + 1, size - 1)));
    if (v.type() != typeid(Body)) return 0;
    body = v.extract<Body>();
  } catch (const Poco::Exception&) {
    return 0;  // the API answers 400 "is not valid JSON"; the decoders never see it
  }
  decoder(body);
  return 0;
}
