#!/usr/bin/env bash
# Starts JShell with Evident and its dependencies on the class path.
# Usage (from anywhere): examples/jshell/jshell.sh [jshell options and scripts]
#   SKIP_BUILD=1 reuses the last build instead of building first (about half a minute)
# JShell runs in the project root, so paths such as examples/data/seed-review.json resolve.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f examples/target/classpath.txt ]]; then
  ./mvnw -B -q -pl examples -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt
fi
exec jshell --class-path "examples/target/classes:$(cat examples/target/classpath.txt)" "$@"
