// Files only their owner may read: where Accord keeps what must not leak (the
// passwords of freshly made sample accounts).
#pragma once

#include <string>

namespace accord::security {

// Appends `text` to `path`, creating it and its parent folders as needed. The file
// is created with mode 0600 and forced back to 0600 if it existed, so that
// appending never leaves secrets readable by others. Throws std::runtime_error
// naming the path if it cannot be written.
void appendPrivateFile(const std::string& path, const std::string& text);

// Writes `text` to a new file `path` with mode 0600 (a private key), creating its
// parent folders as needed. Never replaces a file: throws std::runtime_error
// naming the path if it exists or cannot be written.
void createPrivateFile(const std::string& path, const std::string& text);

}  // namespace accord::security
