#include "accord/security/private_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace accord::security {

void appendPrivateFile(const std::string& path, const std::string& text) {
  auto fail = [&](const char* what) {
    throw std::runtime_error(std::string("cannot ") + what + " '" + path + "': " + std::strerror(errno));
  };
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) fail("create");
  if (::fchmod(fd, 0600) != 0) {
    ::close(fd);
    fail("restrict the permissions of");
  }
  for (std::size_t done = 0; done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      fail("write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) fail("write");
}

}  // namespace accord::security
