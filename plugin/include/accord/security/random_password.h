// Passwords Accord makes up itself: for accounts created without one and for the
// sample accounts of a first start.
#pragma once

#include <string>

namespace accord::security {

// 20 characters from a 57-symbol alphabet without look-alikes (no 0/O, 1/l/I),
// drawn from OpenSSL's CSPRNG without modulo bias: about 116 bits, and easy to
// copy from a terminal. Throws std::runtime_error if no randomness is available.
std::string randomPassword();

}  // namespace accord::security
