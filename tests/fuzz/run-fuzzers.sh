#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build directory and
# runs each for N seconds. Fails when any target finds a crash, a sanitizer report, a leak
# or a timeout; the input is kept in build-fuzz/fuzz-artifacts/<target>/.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     (default: 60 s each, every target)
#   FUZZ_BUILD_DIR=build-fuzz FUZZ_CC=clang-14 FUZZ_CXX=clang++-14
#
# The seed corpora under tests/fuzz/corpus are only read: new inputs go to a temporary
# directory (listed first, so libFuzzer writes there) that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_smtpreply fuzz_mime fuzz_pdfcheck fuzz_validators fuzz_csv fuzz_previewreply)
build=${FUZZ_BUILD_DIR:-build-fuzz}

CC=${FUZZ_CC:-clang-14} CXX=${FUZZ_CXX:-clang++-14} \
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADINTAKE_FUZZ=ON \
    -DLEADINTAKE_BUILD_TESTS=OFF -DLEADINTAKE_WERROR=ON ${FUZZ_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# Inputs above the default 4096 bytes reach the mail layer's 998-octet line and 900-octet
# encoding budgets in more ways.
max_len() {
    case $1 in
    fuzz_mime) echo 8192 ;;
    fuzz_pdfcheck) echo 16384 ;;
    fuzz_previewreply) echo 16384 ;; # a small page's pixels and its words
    *) echo 4096 ;;
    esac
}

failed=()
for t in "${targets[@]}"; do
    seeds=tests/fuzz/corpus/$t
    artifacts=$build/fuzz-artifacts/$t/
    mkdir -p "$scratch/$t" "$artifacts"
    dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    echo "== $t: ${seconds}s, seeds $seeds"
    log=$scratch/$t.log
    if "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=20 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" \
        "$scratch/$t" "$seeds" >"$log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | tr '\n' ' ' || true
        echo
    else
        tail -n 60 "$log"
        echo "!! $t failed; the input is in $artifacts"
        failed+=("$t")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzers that failed: ${failed[*]}"
    exit 1
fi
echo "All fuzzers ran ${seconds}s without a finding."
