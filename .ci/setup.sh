# Shared by ./run and ./test (sourced, not run): installing Debian packages and
# configuring + building with CMake. Kept here so the two entry points stay short.

# The packages the product builds against.
ACCORD_BUILD_PACKAGES=(build-essential cmake pkg-config libpoco-dev libxml2-dev libkainjow-mustache-dev
  libboost-test-dev libsqlite3-dev libpq-dev libssl-dev)
# What the server needs at run time for PDF downloads: LibreOffice headless and
# fonts that cover every script a declaration may hold. Times New Roman (the
# documents' font) is Liberation Serif here: Latin Extended, Greek, Cyrillic;
# DejaVu Sans, named in the DOCX for complex scripts, covers Hebrew and Arabic;
# Noto Color Emoji keeps emoji (without it LibreOffice drops them from the PDF).
ACCORD_RUN_PACKAGES=(libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core fonts-noto-color-emoji tzdata)
# What the tests use besides: a PostgreSQL server, independent document readers,
# and for the browser UI suite Debian's Chromium with its driver and Selenium.
ACCORD_TEST_PACKAGES=(postgresql nginx python3 python3-docx python3-jsonschema libreoffice-writer-nogui poppler-utils
  fonts-liberation2 pandoc unzip chromium chromium-driver python3-selenium python3-uno libreoffice-calc-nogui
  python3-openpyxl python3-aiosmtpd python3-icalendar "${ACCORD_RUN_PACKAGES[@]}")
# npm installs the pinned axe-core for the accessibility check. Machines that have
# Node.js from NodeSource have npm with it, and Debian's npm package conflicts with
# that nodejs: it is installed only where no npm is found (accord_install_npm).

accord_install_npm() {
  command -v npm >/dev/null 2>&1 || accord_install npm
}

# accord_install PKG... — installs the packages not yet installed. As root it runs
# apt-get; otherwise it prints the exact command and fails.
accord_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Accord needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
  echo "==> installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What the sanitizer and fuzz builds add: clang with libFuzzer (tests/fuzz/).
ACCORD_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# accord_configure_fuzz DIR — configures the fuzz tree (clang-14, ASan + UBSan +
# libFuzzer, only the fuzz targets) once; accord_build then builds it.
accord_configure_fuzz() {
  local dir=$1
  [ -f "$dir/CMakeCache.txt" ] && return 0
  echo "==> configuring the fuzz targets (clang-14) in $dir"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DACCORD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
}

# accord_configure_sanitized DIR — configures the whole suite with
# -fsanitize=address,undefined once (.ci/run builds and runs it after ./test).
accord_configure_sanitized() {
  local dir=$1
  [ -f "$dir/CMakeCache.txt" ] && return 0
  echo "==> configuring the sanitizer build in $dir"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DACCORD_SANITIZE=ON >/dev/null
}

# accord_build DIR BUILD_TYPE [TARGET...] — configures once, then builds incrementally.
accord_build() {
  local dir=$1 type=$2
  shift 2
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    echo "==> configuring ($type) in $dir"
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" >/dev/null
  fi
  echo "==> building"
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$dir" -j "$(nproc)" "${targets[@]}"
}
