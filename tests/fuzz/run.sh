#!/usr/bin/env bash
# tests/fuzz/run.sh — long fuzzing runs of the libFuzzer targets (tests/fuzz/).
set -euo pipefail
usage() {
  cat <<'TEXT'
Usage: tests/fuzz/run.sh [--seconds N | --hours H] [--jobs J] [TARGET...]

Builds the fuzz targets (clang-14, ASan + UBSan + libFuzzer) in build/fuzz and runs
each TARGET (default: all of them) for the given time, one after another; with
--jobs J, J targets at a time. ./test runs each for 15 s; this is for hours.

  --seconds N   fuzz each target N seconds (default 3600)
  --hours H     the same in hours
  --jobs J      how many targets run at once (default 1; mind the cores)
  --list        print the targets and exit
  -h, --help    this text

The corpus each target grows is kept in build/fuzz/tests/fuzz/corpus/TARGET/ (the
committed seeds in tests/fuzz/corpus/TARGET/ are only read), so a second run starts
where the first stopped. A crash, leak, undefined behaviour or timeout stops that
target and leaves its input in build/fuzz/tests/fuzz/crashes/TARGET-*; replay it with
  build/fuzz/tests/fuzz/TARGET_fuzz build/fuzz/tests/fuzz/crashes/TARGET-crash-...
then make it a regression test in the normal suite and fix the code. Each run's log
is build/fuzz/tests/fuzz/TARGET.log; the last lines give the inputs executed
(stat::number_of_executed_units).
TEXT
}

cd "$(dirname "$0")/../.."
seconds=3600 jobs=1 list=false targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --hours) seconds=$(( $2 * 3600 )); shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --list) list=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done

# The one list of targets is ACCORD_FUZZ_TARGETS in tests/fuzz/CMakeLists.txt.
all=$(sed -n 's/^set(ACCORD_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt)
if $list; then echo "$all" | tr ' ' '\n'; exit 0; fi
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<< "$all"
for t in "${targets[@]}"; do
  case " $all " in *" $t "*) ;; *) echo "run.sh: no fuzz target '$t' (targets: $all)" >&2; exit 2 ;; esac
done

source .ci/setup.sh
accord_install "${ACCORD_FUZZ_PACKAGES[@]}" "${ACCORD_BUILD_PACKAGES[@]}"
accord_configure_fuzz build/fuzz
accord_build build/fuzz Debug accord_fuzz_targets

out=build/fuzz/tests/fuzz
export ACCORD_HOME=$PWD
run_one() {
  local t=$1
  echo "==> fuzzing $t for $seconds s (log: $out/$t.log)"
  mkdir -p "$out/corpus/$t" "$out/crashes"
  if "$out/${t}_fuzz" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
       -artifact_prefix="$out/crashes/$t-" "$out/corpus/$t" "tests/fuzz/corpus/$t" > "$out/$t.log" 2>&1; then
    echo "$t: $(grep -o 'number_of_executed_units: [0-9]*' "$out/$t.log" | tail -1), no crash"
  else
    echo "$t: FAILED, see $out/$t.log and $out/crashes/" >&2
    return 1
  fi
}
export -f run_one
export out seconds
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
