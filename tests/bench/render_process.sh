#!/bin/sh
# Times `accord render` as a whole process (start, read the bundle and the
# reference countries, compile the templates and schemas, render, write), the way
# a script or a cron job runs it. Target: <= 30 ms for the Skopje declaration.
#
# usage: tests/bench/render_process.sh BUILD_DIR [RUNS]   (from the source tree)
set -eu
build=${1:?usage: render_process.sh BUILD_DIR [RUNS]}
runs=${2:-50}
accord="$build/plugin/cli/accord"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
export ACCORD_HOME="${ACCORD_HOME:-$(pwd)}"
bundle="$ACCORD_HOME/samples/skopje-2016/skopje-2016.json"

# `accord render --help` is the floor: starting the binary and loading its shared
# libraries, before any rendering work. (`accord --help` also loads the database
# commands module to list them, so it is not the floor.)
for format in help docx xml; do
  cmd="$accord render $bundle --today 2017-10-15 --format $format -o $out/declaration.$format"
  label="render $format"
  [ "$format" = help ] && cmd="$accord render --help" && label="start-up (render --help)"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" --style basic "$cmd"
  else
    $cmd >/dev/null  # warm the page cache
    start=$(date +%s%N)
    i=0
    while [ "$i" -lt "$runs" ]; do
      $cmd >/dev/null
      i=$((i + 1))
    done
    end=$(date +%s%N)
    echo "accord ${label}: $(( (end - start) / runs / 1000 )) us per process (mean of $runs)"
  fi
done
