#!/usr/bin/env bash
# Load benchmark of the HTTP service (a script, not a test): POST /api/v1/check with the seed report, measured with
# wrk against 127.0.0.1 only. It builds nothing: run `mvn -B -q package -DskipTests` first. It starts the jar's
# `serve` on a free port, waits for /health, runs wrk (every run bounded to at most 30 s), prints requests/s and
# p50/p99 latency with the count of answers other than 200, and stops the server.
#
#   src/test/sh/http-load.sh                 # 60 s warm-up; 30 s of GET /health (the HTTP layer alone), then 30 s
#                                            # of checks at 16 and 30 s at 64 connections
#   src/test/sh/http-load.sh soak 10         # overload: 10 runs of 30 s back to back at 64 connections, with the
#                                            # server's RSS and live heap (after a full GC) after each run
#   src/test/sh/http-load.sh soak 1 5600     # the same at a fixed offered rate (here 5,600 requests/s: each of the
#                                            # 64 connections paced), rather than re-sending at once after each 503
# Environment: DURATION (seconds per run, at most 30), WARMUP (seconds, default 60), JAVA_OPTS (default -Xmx512m),
# SEED (the report to send), SERVE_OPTS (more options for serve, e.g. "--max-pending 64").
# Needs wrk and curl (Debian: apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/../../.."

MODE=${1:-standard}
SOAK_RUNS=${2:-10}
OFFERED=${3:-}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-60}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SEED=${SEED:-fixtures/reports/2024-laocheng.txt}
JAR=target/xxgk-checker.jar

if (( DURATION > 30 )); then
  echo "DURATION is at most 30 seconds per run" >&2
  exit 2
fi
for tool in wrk curl java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl)" >&2; exit 2; }
done
[[ -f "$JAR" ]] || { echo "no $JAR: build it first with mvn -B -q package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The POST body and a count of answers by status, summed over wrk's threads.
cat > "$work/check.lua" <<'LUA'
local seed = os.getenv("XXGK_SEED")
if seed ~= "" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
  local file = assert(io.open(seed, "rb"))
  wrk.body = file:read("*a")
  file:close()
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local pace = tonumber(os.getenv("XXGK_PACE_MS") or "")

function init()
  ok, busy, other = 0, 0, 0
end

-- Paced runs offer a fixed rate (connections / pace) instead of sending again the moment an answer arrives.
if pace then
  function delay()
    return pace
  end
end

function response(status)
  if status == 200 then ok = ok + 1 elseif status == 503 then busy = busy + 1 else other = other + 1 end
end

function done(summary, latency)
  local ok_total, busy_total, other_total = 0, 0, 0
  for _, thread in ipairs(threads) do
    ok_total = ok_total + thread:get("ok")
    busy_total = busy_total + thread:get("busy")
    other_total = other_total + thread:get("other")
  end
  local errors = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, ok_total, busy_total, other_total,
    errors.connect + errors.read + errors.write + errors.timeout))
end
LUA

java $JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port 0 ${SERVE_OPTS:-} > "$work/serve.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 600); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f3 || true)
  if [[ -n "$port" ]] && curl -fs "http://127.0.0.1:$port/health" >/dev/null; then
    break
  fi
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }
url="http://127.0.0.1:$port/api/v1/check"

# run CONNECTIONS SECONDS [URL]: one bounded wrk run (a POST of the seed, or a GET of another URL); prints
# "rps p50 p99 max ok 503 other socket-errors". With PACE_MS set, each connection waits that long between requests.
run() {
  local target=${3:-$url} seed=$SEED
  [[ "$target" == "$url" ]] || seed=""
  XXGK_SEED="$seed" XXGK_PACE_MS="${PACE_MS:-}" timeout $(( $2 + 15 )) wrk -t2 -c"$1" -d"$2s" --timeout 5s --latency -s "$work/check.lua" \
    "$target" | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

memory() {
  local rss heap
  rss=$(( $(ps -o rss= -p "$server") / 1024 ))
  heap=$(jcmd "$server" GC.run >/dev/null 2>&1 && jcmd "$server" GC.heap_info 2>/dev/null \
    | awk '/total/ { for (i = 1; i <= NF; i++) if ($i == "used") { print int($(i + 1) / 1024); exit } }' || echo "?")
  echo "$rss $heap"
}

echo "$(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1); server: java $JAVA_OPTS ${SERVE_OPTS:-}"
echo "seed: $SEED ($(wc -c < "$SEED") bytes); wrk -t2, $DURATION s per run after a ${WARMUP}-s warm-up"
# The check path needs tens of seconds of JIT compilation to reach its steady speed: warm up in bounded runs.
for (( left = WARMUP; left > 0; left -= 30 )); do
  run 16 $(( left < 30 ? left : 30 )) >/dev/null
done
printf '%-12s %9s %9s %9s %9s %8s %8s %6s %6s %9s %9s\n' \
  run requests/s p50_ms p99_ms max_ms 200 503 other socket rss_MB heap_MB
case "$MODE" in
  standard)
    read -r rps p50 p99 max ok busy other socket < <(run 16 "$DURATION" "http://127.0.0.1:$port/health")
    printf '%-12s %9s %9s %9s %9s %8s %8s %6s %6s\n' "health,c=16" "$rps" "$p50" "$p99" "$max" "$ok" "$busy" \
      "$other" "$socket"
    for connections in 16 64; do
      read -r rps p50 p99 max ok busy other socket < <(run "$connections" "$DURATION")
      read -r rss heap < <(memory)
      printf '%-12s %9s %9s %9s %9s %8s %8s %6s %6s %9s %9s\n' \
        "c=$connections" "$rps" "$p50" "$p99" "$max" "$ok" "$busy" "$other" "$socket" "$rss" "$heap"
    done
    ;;
  soak)
    if [[ -n "$OFFERED" ]]; then
      PACE_MS=$(( 64 * 1000 / OFFERED ))
      echo "offered: about $OFFERED requests/s (64 connections, one request every $PACE_MS ms each)"
    fi
    for round in $(seq 1 "$SOAK_RUNS"); do
      read -r rps p50 p99 max ok busy other socket < <(run 64 "$DURATION")
      read -r rss heap < <(memory)
      printf '%-12s %9s %9s %9s %9s %8s %8s %6s %6s %9s %9s\n' \
        "soak#$round" "$rps" "$p50" "$p99" "$max" "$ok" "$busy" "$other" "$socket" "$rss" "$heap"
    done
    ;;
  *)
    echo "usage: $0 [standard | soak RUNS]" >&2
    exit 2
    ;;
esac
