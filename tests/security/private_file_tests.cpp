#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "accord/security/jwt_token_service.h"
#include "accord/security/private_file.h"

namespace fs = std::filesystem;

namespace {
unsigned mode(const fs::path& p) {
  struct stat st {};
  BOOST_TEST_REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}
std::string contents(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(private_file_tests)

BOOST_AUTO_TEST_CASE(a_private_file_is_created_owner_only_and_appended_to) {
  fs::path dir = fs::temp_directory_path() / ("accord-private-" + accord::security::newTokenId());
  fs::path file = dir / "var" / "sample-accounts.txt";
  accord::security::appendPrivateFile(file.string(), "admin\tfirst\n");
  BOOST_TEST(mode(file) == 0600u);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::others_read);
  accord::security::appendPrivateFile(file.string(), "viewer\tsecond\n");
  BOOST_TEST(mode(file) == 0600u);
  BOOST_TEST(contents(file) == "admin\tfirst\nviewer\tsecond\n");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(an_unwritable_path_is_an_error_naming_it) {
  BOOST_CHECK_EXCEPTION(accord::security::appendPrivateFile("/proc/accord/nope.txt", "x"), std::runtime_error,
                        [](const std::runtime_error& e) {
                          return std::string(e.what()).find("/proc/accord/nope.txt") != std::string::npos;
                        });
}

BOOST_AUTO_TEST_SUITE_END()
