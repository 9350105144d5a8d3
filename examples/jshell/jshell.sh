#!/usr/bin/env bash
# Starts JShell with Evident and its dependencies on the class path.
# Usage (from the project root): examples/jshell/jshell.sh [jshell options and scripts]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B -q -pl examples -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
exec jshell --class-path "examples/target/classes:$(cat examples/target/classpath.txt)" "$@"
