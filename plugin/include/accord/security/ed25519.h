// Ed25519 signatures (OpenSSL EVP) for the audit checkpoints: the private key
// signs where the checkpoint is taken; verifying needs only the public key, so the
// people who check the trail never hold anything that could forge it. Keys are PEM
// files (PKCS#8 private, SubjectPublicKeyInfo public), as `openssl genpkey
// -algorithm ed25519` writes them.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "accord/app/audit_checkpoint.h"
#include "accord/domain/result.h"

namespace accord::security {

class Ed25519Signer final : public app::CheckpointSigner {
 public:
  // Reads a PEM private key. Returns kInvalidArgument (field `path`) if the file
  // cannot be read or holds no Ed25519 private key.
  static domain::Result<Ed25519Signer> fromPemFile(const std::string& path);
  static domain::Result<Ed25519Signer> fromPem(std::string_view pem, const std::string& field);
  Ed25519Signer(Ed25519Signer&&) noexcept;
  ~Ed25519Signer() override;

  domain::Result<std::string> sign(std::string_view message) const override;

 private:
  struct Key;
  explicit Ed25519Signer(std::unique_ptr<Key> key);
  std::unique_ptr<Key> key_;
};

class Ed25519Verifier final : public app::CheckpointVerifier {
 public:
  // Reads a PEM public key. Returns kInvalidArgument (field `path`) if the file
  // cannot be read or holds no Ed25519 public key.
  static domain::Result<Ed25519Verifier> fromPemFile(const std::string& path);
  static domain::Result<Ed25519Verifier> fromPem(std::string_view pem, const std::string& field);
  Ed25519Verifier(Ed25519Verifier&&) noexcept;
  ~Ed25519Verifier() override;

  bool verify(std::string_view message, std::string_view signature) const override;

 private:
  struct Key;
  explicit Ed25519Verifier(std::unique_ptr<Key> key);
  std::unique_ptr<Key> key_;
};

struct Ed25519KeyPair {
  std::string privatePem;
  std::string publicPem;
};
// A new key pair from OpenSSL's CSPRNG. Throws std::runtime_error if OpenSSL fails.
Ed25519KeyPair generateEd25519KeyPair();

}  // namespace accord::security
