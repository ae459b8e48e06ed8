#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ (a package of its own, so the normal build never compiles them)
# with -sanitize=fuzzer,address into Fuzz/.build-fuzz, then runs each harness for FUZZ_SECONDS seconds on
# its committed seed corpus (Fuzz/Corpus/<harness>). Prints one line per harness with the executions and
# the rate, and exits non-zero when any harness found a crash (the input is kept in
# Fuzz/.build-fuzz/artifacts/ and printed).
#
# Environment:
#   FUZZ_SECONDS    seconds per harness (default 60)
#   FUZZ_HARNESSES  space-separated subset to run (default: every harness)
#   FUZZ_JOBS_ARGS  extra libFuzzer flags (e.g. "-rss_limit_mb=4096")
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/Fuzz"
build="$fuzz/.build-fuzz"
seconds="${FUZZ_SECONDS:-60}"
harnesses="${FUZZ_HARNESSES:-enrollment-requests group-contracts idcard-requests billing-cycles payments reference-csv x12-834}"
export SWIFT_BACKTRACE=enable=no

echo "fuzz: building the harnesses (-sanitize=fuzzer,address) in $build ..."
swift build --package-path "$fuzz" --build-path "$build" -c debug \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld --product MembershipFuzz
binary="$build/debug/MembershipFuzz"

failed=0
summary=()
for harness in $harnesses; do
  seeds="$fuzz/Corpus/$harness"
  work="$build/corpus/$harness"
  artifacts="$build/artifacts/$harness/"
  log="$build/logs/$harness.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  echo "fuzz: $harness for ${seconds}s (seeds: ${seeds#$root/})"
  set +e
  # New inputs go to the working corpus (first directory); the committed seeds are only read.
  "$binary" "$harness" "$work" "$seeds" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts" -timeout=10 ${FUZZ_JOBS_ARGS:-} >"$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | awk '{print $2}')
  corpus=$(find "$work" -type f | wc -l)
  if [[ $status -eq 0 ]]; then
    result="no crash"
  else
    result="CRASH (exit $status): $(ls "$artifacts" | head -n1)"
    failed=1
    grep -E "ERROR|SUMMARY|Fatal error|deadly signal" "$log" | head -n 5 || true
  fi
  summary+=("$(printf '| %-20s | %5ss | %12s | %8s | %6s | %6s | %s |' "$harness" "$seconds" "${runs:-?}" "${rate:-?}" "${coverage:-?}" "$corpus" "$result")")
done

echo
echo "| harness              |  time |   executions |  exec/s |  cov  | corpus | result |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
exit $failed
