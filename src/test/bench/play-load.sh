#!/usr/bin/env bash
# Play benchmark: packages the app, starts it on a spare port with an in-memory H2 database, prepares attempts
# through the public API, then drives wrk on loopback against
#   (a) answering questions  (target: >= 2,000 responses/s, p99 < 50 ms)
#   (b) the question page    (target: >= 5,000 pages/s)
# Usage: src/test/bench/play-load.sh [seconds per run (10)] [connections (32)]
# Env: SKIP_PACKAGE=1 reuses target/quarkus-app; PORT (default 18089); ANSWER_ATTEMPTS (default 40000);
# JAVA_OPTS for the app (e.g. -XX:StartFlightRecording=filename=/tmp/play.jfr to profile it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
BENCH=src/test/bench
DURATION=${1:-10}
CONNECTIONS=${2:-32}
PORT=${PORT:-18089}
ANSWER_ATTEMPTS=${ANSWER_ATTEMPTS:-40000}
PAGE_ATTEMPTS=${PAGE_ATTEMPTS:-500}
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk"
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi

# One question per attempt: every prepared attempt takes exactly one answer, so wrk never repeats one; each
# learner has ANSWERS_PER_LEARNER (default 10) such attempts, as in a ten-question quiz, in shuffled order.
java -Xmx1g ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.datasource.jdbc.url="${BENCH_JDBC_URL:-jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1}" \
  -Dquiz.play.cookie-secret=bench-only-secret -Dquiz.play.questions-per-quiz=1 \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 120); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The app did not start:"; tail -30 "$WORK/app.log"; exit 1; }
SET_ID=$(curl -fs "$BASE/api/sets" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "App up on $BASE, playing set $SET_ID"

java "$BENCH/PlayBenchSetup.java" "$BASE" "$SET_ID" "$PAGE_ATTEMPTS" "$WORK/pages.tsv"
java "$BENCH/PlayBenchSetup.java" "$BASE" "$SET_ID" "$ANSWER_ATTEMPTS" "$WORK/answers.tsv"

echo "Warm-up"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$BENCH/play-page.lua" "$BASE" -- "$WORK/pages.tsv" >/dev/null

# Baseline: the cheapest endpoint of the same app (no database, no template). This shared machine's speed drifts
# by a factor of two from hour to hour; the ratio of a result to this baseline is what compares across runs.
wrk -t2 -c"$CONNECTIONS" -d3s "$BASE/q/health/live" >/dev/null
BASELINE=$(wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/q/health/live" | awk '/Requests\/sec/ {printf "%.0f", $2}')
echo "RESULT baseline /q/health/live: $BASELINE req/s" | tee "$WORK/baseline.out"

echo "(b) question page: wrk -t2 -c$CONNECTIONS -d${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH/play-page.lua" "$BASE" -- "$WORK/pages.tsv" | tee "$WORK/page.out"

echo "(a) answering: wrk -t2 -c$CONNECTIONS -d${DURATION}s over $ANSWER_ATTEMPTS prepared attempts"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH/play-answers.lua" "$BASE" -- "$WORK/answers.tsv" 2 | tee "$WORK/answer.out"

echo
grep -h '^RESULT' "$WORK/baseline.out" "$WORK/page.out" "$WORK/answer.out"
echo "Targets: answers >= 2000 req/s with p99 < 50 ms; question page >= 5000 req/s. Any non-2xx counts against the run."
