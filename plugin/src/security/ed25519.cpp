#include "accord/security/ed25519.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace accord::security {

using domain::Error;
using domain::Result;

namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// Returns the file's bytes, or kInvalidArgument naming `path`.
Result<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::invalid(path, "cannot read the key file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The PEM's key if it is an Ed25519 key of the wanted half, else null.
Pkey readKey(std::string_view pem, bool isPrivate) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) return nullptr;
  Pkey key(isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                     : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
  if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) return nullptr;
  return key;
}

std::string pemOf(EVP_PKEY* key, bool isPrivate) {
  Bio bio(BIO_new(BIO_s_mem()));
  if (!bio) throw std::runtime_error("OpenSSL could not allocate a buffer");
  int ok = isPrivate ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                     : PEM_write_bio_PUBKEY(bio.get(), key);
  if (ok != 1) throw std::runtime_error("OpenSSL could not write the Ed25519 key");
  char* data = nullptr;
  long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

}  // namespace

struct Ed25519Signer::Key {
  Pkey pkey;
};
struct Ed25519Verifier::Key {
  Pkey pkey;
};

Ed25519Signer::Ed25519Signer(std::unique_ptr<Key> key) : key_(std::move(key)) {}
Ed25519Signer::Ed25519Signer(Ed25519Signer&&) noexcept = default;
Ed25519Signer::~Ed25519Signer() = default;

Result<Ed25519Signer> Ed25519Signer::fromPem(std::string_view pem, const std::string& field) {
  Pkey key = readKey(pem, true);
  if (!key) return Error::invalid(field, "holds no Ed25519 private key (PEM, as `accord audit keygen` writes it)");
  return Ed25519Signer(std::make_unique<Key>(Key{std::move(key)}));
}

Result<Ed25519Signer> Ed25519Signer::fromPemFile(const std::string& path) {
  auto pem = readFile(path);
  if (!pem.ok()) return pem.error();
  return fromPem(*pem, path);
}

Result<std::string> Ed25519Signer::sign(std::string_view message) const {
  MdCtx ctx(EVP_MD_CTX_new());
  std::string signature(64, '\0');
  std::size_t size = signature.size();
  // Ed25519 hashes internally: no digest, one-shot signing.
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_->pkey.get()) != 1 ||
      EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1)
    return Error{domain::ErrorCode::kInternal, "OpenSSL could not sign with the Ed25519 key", "key"};
  signature.resize(size);
  return signature;
}

Ed25519Verifier::Ed25519Verifier(std::unique_ptr<Key> key) : key_(std::move(key)) {}
Ed25519Verifier::Ed25519Verifier(Ed25519Verifier&&) noexcept = default;
Ed25519Verifier::~Ed25519Verifier() = default;

Result<Ed25519Verifier> Ed25519Verifier::fromPem(std::string_view pem, const std::string& field) {
  Pkey key = readKey(pem, false);
  if (!key) return Error::invalid(field, "holds no Ed25519 public key (PEM, as `accord audit keygen` writes it)");
  return Ed25519Verifier(std::make_unique<Key>(Key{std::move(key)}));
}

Result<Ed25519Verifier> Ed25519Verifier::fromPemFile(const std::string& path) {
  auto pem = readFile(path);
  if (!pem.ok()) return pem.error();
  return fromPem(*pem, path);
}

bool Ed25519Verifier::verify(std::string_view message, std::string_view signature) const {
  MdCtx ctx(EVP_MD_CTX_new());
  return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key_->pkey.get()) == 1 &&
         EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                          reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

Ed25519KeyPair generateEd25519KeyPair() {
  Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
  if (!key) throw std::runtime_error("OpenSSL could not generate an Ed25519 key");
  return {pemOf(key.get(), true), pemOf(key.get(), false)};
}

}  // namespace accord::security
