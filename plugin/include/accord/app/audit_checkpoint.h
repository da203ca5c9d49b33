// Signed checkpoints of the audit trail. The chain's head is stored beside the
// chain, so whoever can write the database can rewrite both. A checkpoint is the
// head (sequence, hash, time) signed with a key kept outside the database and kept
// elsewhere (a file, a mail, a ticket); later, the stored chain must still extend
// it: the event at that sequence still has that hash and the chain verifies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "accord/app/audit_event.h"
#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::app {

struct AuditCheckpoint {
  std::int64_t seq = 0;                  // the head event; 0 for an empty trail
  std::string hash = kGenesisHash;       // its hash (hex)
  domain::Timestamp eventAt;             // when that event happened (epoch for an empty trail)
  domain::Timestamp takenAt;             // when the checkpoint was signed
};

struct SignedCheckpoint {
  AuditCheckpoint checkpoint;
  std::string file;  // formatCheckpoint's text, to keep elsewhere
};

// The port to a signature scheme whose verification needs only a public key
// (Ed25519 in the security adapter).
class CheckpointSigner {
 public:
  virtual ~CheckpointSigner() = default;
  // Returns the signature of `message` (raw bytes), or kInternal if signing failed.
  virtual domain::Result<std::string> sign(std::string_view message) const = 0;
};
class CheckpointVerifier {
 public:
  virtual ~CheckpointVerifier() = default;
  // True only if `signature` (raw bytes) is this key's signature of `message`.
  virtual bool verify(std::string_view message, std::string_view signature) const = 0;
};

// The bytes that are signed: the checkpoint file's text up to its signature line.
std::string checkpointMessage(const AuditCheckpoint& c);

// The checkpoint file: checkpointMessage, then "signature: ed25519:<hex>".
std::string formatCheckpoint(const AuditCheckpoint& c, std::string_view signature);

// Reads a checkpoint file (blank lines around it and CR line ends tolerated, as a
// mail or ticket may add them) and checks its signature with `verifier`. Returns
// kInvalidArgument (field "checkpoint") naming the line for text that is not a
// checkpoint, kUnauthenticated (field "checkpoint") when the signature does not
// verify: the file was altered, or it was signed with another key.
domain::Result<AuditCheckpoint> readCheckpoint(std::string_view text, const CheckpointVerifier& verifier);

}  // namespace accord::app
