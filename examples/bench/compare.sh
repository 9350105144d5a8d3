#!/usr/bin/env bash
# Times R metafor (rma, confint; leave1out, influence, rma.mh) and Evident on the same generated
# data in one run and prints both throughputs, their ratio, the largest relative difference
# between their numbers, Evident's cost per study from k = 10^4 to 10^6, and its leave-one-out
# and influence at k = 10^4.
#
# Usage (from anywhere): examples/bench/compare.sh [DIR]
#   DIR: where the data and metafor's timings go (default examples/target/bench)
#   SKIP_BUILD=1 reuses an existing examples/target/benchmarks.jar
#   MIN_SECONDS=3 sets how long each metafor measurement lasts at least
# Needs Rscript with metafor (Debian: apt-get install r-cran-metafor).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
dir="${1:-examples/target/bench}"
jar=examples/target/benchmarks.jar
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  ./mvnw -B -q -pl examples -am -DskipTests package
fi
mkdir -p "$dir"
java -cp "$jar" io.github.evident.examples.bench.SideBySide generate "$dir"
Rscript examples/bench/metafor-timing.R "$dir" "${MIN_SECONDS:-3}"
echo
java -cp "$jar" io.github.evident.examples.bench.SideBySide compare "$dir"
