#include "accord/security/private_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace accord::security {

namespace {

// Opens `path` with `flags` and mode 0600 (also forced on an existing file) and
// writes `text`. Throws std::runtime_error naming the path and the reason.
void writePrivate(const std::string& path, const std::string& text, int flags) {
  auto fail = [&](const char* what) {
    throw std::runtime_error(std::string("cannot ") + what + " '" + path + "': " + std::strerror(errno));
  };
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  int fd = ::open(path.c_str(), flags | O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
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

}  // namespace

void appendPrivateFile(const std::string& path, const std::string& text) { writePrivate(path, text, O_APPEND); }

void createPrivateFile(const std::string& path, const std::string& text) { writePrivate(path, text, O_EXCL); }

}  // namespace accord::security
