#!/usr/bin/env bash
# Runs ../shared/bench/run-peers.sh with Tollgate as the extra target, keys and billing on:
# a fresh data dir, a user with a large balance, a priced model routed to an "openai" account whose base URL
# is the harness's mock upstream, and an API key. Everything stays on 127.0.0.1; every load run is bounded.
# Usage (from the project root, after `mvn -q -DskipTests package`):  bash bench/run-tollgate.sh
# The JVM runs with the README's recommended flags ("Memory"); TOLLGATE_JVM_FLAGS replaces them and
# TOLLGATE_JAVA_OPTS adds to them (e.g. -XX:StartFlightRecording=filename=/tmp/tg.jfr to profile); other settings of
# run-peers.sh (TARGETS, MODES, DURATION, ...) pass through.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=admin-console/target/tollgate.jar
PORT=${TOLLGATE_BENCH_PORT:-8080}
MOCK_PORT=${MOCK_PORT:-18080}
ADMIN=bench-admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
DATA=$(mktemp -d /tmp/tollgate-bench-XXXXXX)
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*/ | grep -E '(-|/)(2[1-9]|[3-9][0-9])[.-]' | head -n1)bin/java}
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

# The flags (and glibc's arena limit) the README recommends for a node of two cores ("Memory"); TOLLGATE_JVM_FLAGS
# replaces the flags.
JVM_FLAGS=${TOLLGATE_JVM_FLAGS:--Xms112m -Xmx112m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000 -Djdk.virtualThreadScheduler.parallelism=1}
TOLLGATE_PORT=$PORT TOLLGATE_DATA_DIR=$DATA TOLLGATE_ADMIN_TOKEN=$ADMIN TOLLGATE_MOCK_PLATFORM=false \
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$JAVA" $JVM_FLAGS ${TOLLGATE_JAVA_OPTS:-} -jar "$JAR" >"$DATA/tollgate.log" 2>&1 &
TG_PID=$!
# The gateway's resident memory, sampled every second for the whole run: its peak is printed at the end.
( peak=0; while kill -0 $TG_PID 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' /proc/$TG_PID/status 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$DATA/peak-rss-kb"
    sleep 1
  done ) &
RSS_PID=$!
# The node's database and settlement journal (about 1.7 GB after a run) go with it; its log stays. KEEP_DATA=1 keeps them.
trap 'kill $TG_PID $RSS_PID 2>/dev/null; wait $TG_PID 2>/dev/null || true; [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$DATA/postgres" "$DATA/settlements"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done

api() { curl -sf -X "$1" "http://127.0.0.1:$PORT$2" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d "$3"; }
USER_ID=$(api POST /admin/api/users '{"username":"bench","password":"bench-password","balance":100000000}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
api POST /admin/api/models '{"name":"gpt-4o-mini","routes":[{"platform":"openai","upstreamModel":"gpt-4o-mini"}],"inputPrice":0.15,"outputPrice":0.6}' >/dev/null
api POST /admin/api/accounts "{\"platform\":\"openai\",\"name\":\"mock-llm\",\"baseUrl\":\"http://127.0.0.1:$MOCK_PORT/v1\",\"credential\":\"sk-test\",\"models\":[\"gpt-4o-mini\"]}" >/dev/null
KEY=$(api POST /admin/api/keys "{\"userId\":\"$USER_ID\",\"name\":\"bench\"}" | sed -E 's/.*"key":"([^"]+)".*/\1/')

# PEERS=0 skips the shared harness and runs only the passes below.
if [ "${PEERS:-1}" = 1 ]; then
  EXTRA_TARGET_NAME=tollgate EXTRA_TARGET_URL="http://127.0.0.1:$PORT/v1" EXTRA_TARGET_AUTH="$KEY" \
    EXTRA_TARGET_PID=$TG_PID EXTRA_TARGET_WARMUP=${EXTRA_TARGET_WARMUP:-40s} \
    bash ../shared/bench/run-peers.sh
  cp "$DATA/peak-rss-kb" "$DATA/peak-rss-peers-kb" 2>/dev/null || true
fi

# The other doors that reach the OpenAI family's chat: Anthropic Messages, and Responses on a platform without a
# Responses API of its own (translated to chat). DOORS=0 skips this pass and the next.
if [ "${DOORS:-1}" = 1 ]; then
  node ../shared/bench/mock-llm.js --host=127.0.0.1 --port="$MOCK_PORT" --chunks=20 --chunk-delay-ms=0 --workers=1 >"$DATA/mock-doors.log" 2>&1 &
  MOCK_PID=$!
  for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$MOCK_PORT/health" >/dev/null && break; sleep 0.5; done
  # The account failed while the mock was down between the passes: wait until its breaker lets a call through again.
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$PORT/v1/chat/completions" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      -d @../shared/bench/wrk/chat.json >/dev/null && break
    sleep 1
  done
  api POST /admin/api/models '{"name":"bench-responses","routes":[{"platform":"dashscope","upstreamModel":"gpt-4o-mini"}],"inputPrice":0.15,"outputPrice":0.6}' >/dev/null
  api POST /admin/api/accounts "{\"platform\":\"dashscope\",\"name\":\"mock-llm-compatible\",\"baseUrl\":\"http://127.0.0.1:$MOCK_PORT/v1\",\"credential\":\"sk-test\",\"models\":[\"bench-responses\"]}" >/dev/null
  printf '%s' '{"model":"gpt-4o-mini","max_tokens":256,"messages":[{"role":"user","content":"Say hello"}]}' >"$DATA/messages.json"
  printf '%s' '{"model":"bench-responses","max_output_tokens":256,"input":"Say hello"}' >"$DATA/responses.json"
  echo "| target | door | conc | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for door in messages responses; do
    for phase in warmup measured; do
      BENCH_BODY_FILE="$DATA/$door.json" BENCH_AUTH="$KEY" BENCH_HEADERS="anthropic-version: 2023-06-01" \
        wrk -t2 -c16 -d"$([ $phase = warmup ] && echo 5s || echo 10s)" -s ../shared/bench/wrk/chat.lua \
        "http://127.0.0.1:$PORT/v1/$door" >"$DATA/wrk-$door-$phase.txt" 2>&1 || true
    done
    awk -v door="$door" '/^BENCH_RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); r[kv[1]] = kv[2] }
      printf "| tollgate | %s json | 16 | %.0f | %.3f | %.3f | %d |\n", door, r["rps"], r["p50_us"] / 1000, r["p99_us"] / 1000,
        r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"] }' "$DATA/wrk-$door-measured.txt"
  done
  kill "$MOCK_PID" 2>/dev/null; wait "$MOCK_PID" 2>/dev/null || true
fi

# Embeddings, rerank, speech and transcription against bench/mock-kinds.js (the shared mock serves chat only):
# each door through Tollgate and straight to the mock, 16 connections, with priced models of each kind.
if [ "${DOORS:-1}" = 1 ]; then
  KINDS_PORT=${KINDS_PORT:-18081}
  node bench/mock-kinds.js --port="$KINDS_PORT" >"$DATA/mock-kinds.log" 2>&1 &
  KINDS_PID=$!
  for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$KINDS_PORT/health" >/dev/null && break; sleep 0.5; done
  api POST /admin/api/models '{"name":"bench-embed","kind":"embedding","routes":[{"platform":"openai"}],"inputPrice":0.02}' >/dev/null
  api POST /admin/api/models '{"name":"bench-rerank","kind":"rerank","routes":[{"platform":"openai"}],"inputPrice":0.02}' >/dev/null
  api POST /admin/api/models '{"name":"bench-tts","kind":"speech","routes":[{"platform":"openai"}],"speechPrice":15}' >/dev/null
  api POST /admin/api/models '{"name":"bench-stt","kind":"transcription","routes":[{"platform":"openai"}],"transcriptionPrice":0.006}' >/dev/null
  api POST /admin/api/accounts "{\"platform\":\"openai\",\"name\":\"mock-kinds\",\"baseUrl\":\"http://127.0.0.1:$KINDS_PORT/v1\",\"credential\":\"sk-test\",\"models\":[\"bench-embed\",\"bench-rerank\",\"bench-tts\",\"bench-stt\"]}" >/dev/null
  printf '%s' '{"model":"bench-embed","input":["The quick brown fox","jumps over the lazy dog"]}' >"$DATA/embeddings.json"
  printf '%s' '{"model":"bench-rerank","query":"green tea","documents":["green tea","black coffee","oolong tea","water"],"top_n":2}' >"$DATA/rerank.json"
  mkdir -p "$DATA/audio"
  printf '%s' '{"model":"bench-tts","input":"Hello from the bench.","voice":"alloy"}' >"$DATA/audio/speech.json"
  # Half a second of 8 kHz 8-bit mono WAV, in a multipart form.
  node -e 'const rate = 8000, n = 4000, h = Buffer.alloc(44); h.write("RIFF", 0); h.writeUInt32LE(36 + n, 4); h.write("WAVEfmt ", 8);
    h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22); h.writeUInt32LE(rate, 24); h.writeUInt32LE(rate, 28);
    h.writeUInt16LE(1, 32); h.writeUInt16LE(8, 34); h.write("data", 36); h.writeUInt32LE(n, 40);
    const b = "bench-b0undary", head = `--${b}\r\nContent-Disposition: form-data; name="model"\r\n\r\nbench-stt\r\n--${b}\r\n`
      + `Content-Disposition: form-data; name="file"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n`;
    process.stdout.write(Buffer.concat([Buffer.from(head), h, Buffer.alloc(n, 128), Buffer.from(`\r\n--${b}--\r\n`)]));' \
    >"$DATA/audio/transcriptions.form"
  echo "| door | conc | Tollgate req/s | p50 ms | mock alone req/s | p50 ms | ratio | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for door in embeddings rerank audio/speech audio/transcriptions; do
    body="$DATA/$door.json"; type="application/json"
    [ "$door" = audio/transcriptions ] && body="$DATA/$door.form" && type="multipart/form-data; boundary=bench-b0undary"
    for run in warmup tollgate direct; do
      base="http://127.0.0.1:$PORT/v1"; [ $run = direct ] && base="http://127.0.0.1:$KINDS_PORT/v1"
      BENCH_BODY_FILE="$body" BENCH_AUTH="$KEY" BENCH_HEADERS="Content-Type: $type" \
        wrk -t2 -c16 -d"$([ $run = warmup ] && echo 5s || echo 10s)" -s ../shared/bench/wrk/chat.lua \
        "$base/$door" >"$DATA/wrk-kinds-${door//\//-}-$run.txt" 2>&1 || true
    done
    awk -v door="$door" '/^BENCH_RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); r[FILENAME, kv[1]] = kv[2] } f[++n] = FILENAME }
      END { t = f[1]; d = f[2]; printf "| %s | 16 | %.0f | %.3f | %.0f | %.3f | %.2f× | %d |\n", door, r[t, "rps"], r[t, "p50_us"] / 1000,
        r[d, "rps"], r[d, "p50_us"] / 1000, r[t, "rps"] / r[d, "rps"],
        r[t, "err_connect"] + r[t, "err_read"] + r[t, "err_write"] + r[t, "err_status"] + r[t, "err_timeout"] }' \
      "$DATA/wrk-kinds-${door//\//-}-tollgate.txt" "$DATA/wrk-kinds-${door//\//-}-direct.txt"
  done
  kill "$KINDS_PID" 2>/dev/null; wait "$KINDS_PID" 2>/dev/null || true
fi

echo "Tollgate JVM flags: $JVM_FLAGS"
echo "Tollgate peak RSS: $(( $(cat "$DATA/peak-rss-kb" 2>/dev/null || echo 0) / 1024 )) MB (the JVM; its PostgreSQL runs apart)"
[ -f "$DATA/peak-rss-peers-kb" ] && echo "Tollgate peak RSS in the shared harness's cells: $(( $(cat "$DATA/peak-rss-peers-kb") / 1024 )) MB"
echo "Tollgate log: $DATA/tollgate.log"
curl -s "http://127.0.0.1:$PORT/admin/api/users/$USER_ID/ledger?limit=1" -H "Authorization: Bearer $ADMIN"; echo
