// Ed25519 signing for audit checkpoints: what the private key signs, the public key
// verifies; another key, an altered message or signature, or the wrong half of a
// key pair does not.
#include "accord/security/ed25519.h"

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <fstream>
#include <sys/stat.h>

#include "accord/security/private_file.h"

using namespace accord;
using namespace accord::security;

BOOST_AUTO_TEST_SUITE(ed25519_tests)

namespace {
struct Pair {
  Ed25519KeyPair pem = generateEd25519KeyPair();
  Ed25519Signer signer = Ed25519Signer::fromPem(pem.privatePem, "key").value();
  Ed25519Verifier verifier = Ed25519Verifier::fromPem(pem.publicPem, "public key").value();
};
}  // namespace

BOOST_AUTO_TEST_CASE(the_public_key_verifies_what_the_private_key_signed) {
  Pair p;
  auto sig = p.signer.sign("sequence: 5\n");
  BOOST_REQUIRE(sig.ok());
  BOOST_TEST(sig->size() == 64u);
  BOOST_TEST(p.verifier.verify("sequence: 5\n", *sig));
}

BOOST_AUTO_TEST_CASE(an_altered_message_or_signature_does_not_verify) {
  Pair p;
  std::string sig = *p.signer.sign("sequence: 5\n");
  BOOST_TEST(!p.verifier.verify("sequence: 6\n", sig));
  std::string flipped = sig;
  flipped[10] = static_cast<char>(flipped[10] ^ 1);
  BOOST_TEST(!p.verifier.verify("sequence: 5\n", flipped));
  BOOST_TEST(!p.verifier.verify("sequence: 5\n", sig.substr(0, 63)));
  BOOST_TEST(!p.verifier.verify("sequence: 5\n", ""));
}

BOOST_AUTO_TEST_CASE(another_key_does_not_verify) {
  Pair p, other;
  BOOST_TEST(!other.verifier.verify("m", *p.signer.sign("m")));
}

BOOST_AUTO_TEST_CASE(the_wrong_half_or_no_key_is_refused_naming_the_file) {
  Pair p;
  auto signer = Ed25519Signer::fromPem(p.pem.publicPem, "pub.pem");
  BOOST_REQUIRE(!signer.ok());
  BOOST_TEST(signer.error().field == "pub.pem");
  BOOST_TEST(!Ed25519Verifier::fromPem(p.pem.privatePem, "key.pem").ok());
  BOOST_TEST(!Ed25519Verifier::fromPem("not a key", "x").ok());
  auto missing = Ed25519Verifier::fromPemFile("/nonexistent/pub.pem");
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().message.find("/nonexistent/pub.pem") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(keys_written_to_files_read_back) {
  Pair p;
  std::string dir = "/tmp/accord-ed25519-" + std::to_string(::getpid());
  createPrivateFile(dir + "/key.pem", p.pem.privatePem);
  struct stat st {};
  BOOST_REQUIRE(::stat((dir + "/key.pem").c_str(), &st) == 0);
  BOOST_TEST((st.st_mode & 0777) == 0600u);
  BOOST_CHECK_THROW(createPrivateFile(dir + "/key.pem", "other"), std::runtime_error);
  auto signer = Ed25519Signer::fromPemFile(dir + "/key.pem");
  BOOST_REQUIRE(signer.ok());
  BOOST_TEST(p.verifier.verify("m", *signer->sign("m")));
  std::remove((dir + "/key.pem").c_str());
  ::rmdir(dir.c_str());
}

BOOST_AUTO_TEST_SUITE_END()
