#!/usr/bin/env bash
# The floor under Tollgate's relay, measured by the same harness: ../shared/bench/run-peers.sh with bench/floor/Floor.java
# as the extra target, a Javalin server on virtual threads relaying chat calls to the mock upstream and doing nothing
# else. Its JSON cells beside nginx's (and beside a run of bench/run-tollgate.sh) say how much of a relayed call's cost
# is the server and the upstream exchange, and how much is Tollgate's own. Everything stays on 127.0.0.1; every load
# run is bounded.
# Usage (from the project root, after `mvn -q -DskipTests package`):  bash bench/run-floor.sh
#   FLOOR_MODE=httpclient (Tollgate's client, Apache HttpClient 5) | raw (a bare keep-alive socket) | canned (no upstream)
# The JVM gets the flags bench/run-tollgate.sh measures with (the README's), or TOLLGATE_JVM_FLAGS as there; TARGETS,
# MODES, DURATION ... pass through.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=admin-console/target/tollgate.jar
JDK=${JDK:-$(ls -d /usr/lib/jvm/*/ | grep -E '(-|/)(2[1-9]|[3-9][0-9])[.-]' | head -n1)}
MODE=${FLOOR_MODE:-httpclient}
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
FLAGS=${TOLLGATE_JVM_FLAGS:-$(sed -n 's/^JVM_FLAGS=\${TOLLGATE_JVM_FLAGS:-\(.*\)}$/\1/p' bench/run-tollgate.sh)}
mkdir -p target/floor
"$JDK/bin/javac" -cp "$JAR" -d target/floor bench/floor/*.java

EXTRA_TARGET_NAME="floor-$MODE" EXTRA_TARGET_URL="http://127.0.0.1:${FLOOR_PORT:-8090}/v1" EXTRA_TARGET_AUTH=none \
  EXTRA_TARGET_STREAM=0 EXTRA_TARGET_WARMUP=${EXTRA_TARGET_WARMUP:-40s} \
  EXTRA_TARGET_START="MALLOC_ARENA_MAX=2 '$JDK/bin/java' $FLAGS -Dfloor.mode=$MODE -cp '$JAR:target/floor' Floor ${FLOOR_PORT:-8090} \$MOCK_LLM_URL" \
  TARGETS=${TARGETS:-nginx} MODES=${MODES:-"c_low c_high"} \
  bash ../shared/bench/run-peers.sh
