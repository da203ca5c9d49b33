// The audit trail from the command line: verify the hash chain (optionally against
// a signed checkpoint), take a signed checkpoint of its head, and make the
// Ed25519 key pair that signs checkpoints. The private key stays with whoever takes
// checkpoints; the checkpoints and the public key are kept away from the database.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "accord/app/audit_use_cases.h"
#include "accord/security/ed25519.h"
#include "accord/security/private_file.h"
#include "args.h"
#include "command.h"
#include "storage_access.h"

namespace accord::cli {
namespace {

int runAuditVerify(const std::vector<std::string>& argv) {
  Args args("accord audit verify [--storage URI] [--checkpoint FILE --public-key PUBFILE]",
            "Recomputes the audit trail's hash chain and reports the first broken link.\n"
            "With a checkpoint (accord audit checkpoint), also proves that the stored chain still\n"
            "extends it: the event it signed still has the hash it signed, so the trail was not\n"
            "rewritten or cut back since, even by someone who could write the database.\n"
            "Exit status: 0 intact (and extends the checkpoint), 1 broken, rewritten, cut back or\n"
            "unreadable, 2 bad usage, 3 the checkpoint cannot be trusted (altered, not a checkpoint,\n"
            "or signed with another key than PUBFILE's).");
  withStorage(args)
      .option("checkpoint", "FILE", "a signed checkpoint the chain must extend")
      .option("public-key", "PUBFILE", "the Ed25519 public key (PEM) that checks the checkpoint's signature");
  if (!args.parse(argv)) return args.exitCode();
  if (args.has("checkpoint") != args.has("public-key")) {
    std::cerr << "accord audit verify: --checkpoint and --public-key go together\n";
    return kExitUsage;
  }
  std::optional<app::AuditCheckpoint> checkpoint;
  if (args.has("checkpoint")) {
    auto verifier = security::Ed25519Verifier::fromPemFile(*args.get("public-key"));
    if (!verifier.ok()) {
      fail("audit verify", verifier.error());
      return kExitUntrusted;
    }
    std::string path = *args.get("checkpoint");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "accord audit verify: cannot read the checkpoint " << path << "\n";
      return kExitUntrusted;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto read = app::readCheckpoint(text.str(), *verifier);
    if (!read.ok()) {
      std::cerr << "accord audit verify: " << path << ": " << read.error().message << "\n";
      return kExitUntrusted;
    }
    checkpoint = *read;
  }
  auto store = openStorage("audit verify", args);
  if (!store) return kExitFailure;
  auto report = checkpoint ? app::verifyAuditAgainst(*store, *checkpoint) : app::verifyAuditOffline(*store);
  if (!report.ok()) return fail("audit verify", report.error());
  if (!report->ok) {
    std::cout << "audit chain BROKEN at event " << report->brokenAt.value_or(0) << ": " << report->reason << "\n";
    return kExitFailure;
  }
  std::cout << "audit chain intact: " << report->checked << " events verified in " << store->describe() << "\n";
  if (checkpoint)
    std::cout << "it extends the checkpoint of " << checkpoint->takenAt.iso() << ": event " << checkpoint->seq
              << " still has hash " << checkpoint->hash << "\n";
  return kExitOk;
}

int runAuditCheckpoint(const std::vector<std::string>& argv) {
  Args args("accord audit checkpoint [--storage URI] --key KEYFILE [-o FILE]",
            "Verifies the audit trail, then prints its head (sequence, hash, time) signed with the\n"
            "Ed25519 private key KEYFILE (accord audit keygen). Keep the checkpoint away from the\n"
            "database (a file elsewhere, a mail, a ticket): `accord audit verify --checkpoint`\n"
            "later proves the trail still extends it.\n"
            "Exit status: 0 written, 1 the chain is broken or unreadable or the key unusable, 2 bad usage.");
  withStorage(args)
      .option("key", "KEYFILE", "the Ed25519 private key (PEM) that signs")
      .option("output", "FILE", "where to write the checkpoint (-o); default: standard output");
  if (!args.parse(withShortOutput(argv))) return args.exitCode();
  if (!args.has("key")) {
    std::cerr << "accord audit checkpoint: missing --key KEYFILE (make one with accord audit keygen)\n";
    return kExitUsage;
  }
  auto signer = security::Ed25519Signer::fromPemFile(*args.get("key"));
  if (!signer.ok()) return fail("audit checkpoint", signer.error());
  auto store = openStorage("audit checkpoint", args);
  if (!store) return kExitFailure;
  domain::SystemClock clock;
  auto taken = app::takeAuditCheckpoint(*store, *signer, clock.now());
  if (!taken.ok()) return fail("audit checkpoint", taken.error());
  std::string out = args.get("output", "-");
  if (!writeOutput("audit checkpoint", out, taken->file)) return kExitFailure;
  if (out != "-")
    std::cerr << "checkpoint of event " << taken->checkpoint.seq << " written to " << out
              << "; keep it away from the database\n";
  return kExitOk;
}

int runAuditKeygen(const std::vector<std::string>& argv) {
  Args args("accord audit keygen --private-key KEYFILE --public-key PUBFILE",
            "Makes the Ed25519 key pair that signs audit checkpoints. KEYFILE is created with mode\n"
            "0600 and never replaced; keep it with whoever takes checkpoints, not beside the\n"
            "database. PUBFILE is what verifiers need. (`openssl genpkey -algorithm ed25519` and\n"
            "`openssl pkey -pubout` make the same files.)\n"
            "Exit status: 0 written, 1 a file exists or cannot be written, 2 bad usage.");
  args.option("private-key", "KEYFILE", "where to write the private key (PEM, mode 0600)")
      .option("public-key", "PUBFILE", "where to write the public key (PEM)");
  if (!args.parse(argv)) return args.exitCode();
  if (!args.has("private-key") || !args.has("public-key")) {
    std::cerr << "accord audit keygen: --private-key KEYFILE and --public-key PUBFILE are both needed\n";
    return kExitUsage;
  }
  std::string privatePath = *args.get("private-key"), publicPath = *args.get("public-key");
  if (std::filesystem::exists(publicPath)) {
    std::cerr << "accord audit keygen: " << publicPath << " exists; not replacing a key\n";
    return kExitFailure;
  }
  security::Ed25519KeyPair pair = security::generateEd25519KeyPair();
  try {
    security::createPrivateFile(privatePath, pair.privatePem);
  } catch (const std::runtime_error& e) {
    std::cerr << "accord audit keygen: " << e.what() << "\n";
    return kExitFailure;
  }
  if (!writeOutput("audit keygen", publicPath, pair.publicPem)) return kExitFailure;
  std::cout << "wrote the private key " << privatePath << " (mode 0600) and the public key " << publicPath << "\n";
  return kExitOk;
}

CommandRegistrar auditVerifyCommand({"audit verify", "verify the audit trail's hash chain (and a checkpoint)",
                                     runAuditVerify});
CommandRegistrar auditCheckpointCommand({"audit checkpoint", "sign the audit trail's head with a key kept elsewhere",
                                         runAuditCheckpoint});
CommandRegistrar auditKeygenCommand({"audit keygen", "make the key pair that signs audit checkpoints",
                                     runAuditKeygen});

}  // namespace
}  // namespace accord::cli
