#!/usr/bin/env bash
# Scale benchmark of batch screening (a script, not a test): writes N distinct reports made from the fixtures
# (default 10,000: other bodies, years and numbers; some defective, some web pages and Word files, a few that are no
# reports and a few copies) under target/batch-bench, runs `java -Xmx1g -jar target/xxgk-checker.jar check DIR --out
# OUT` on them twice, and prints the wall time, reports/s, peak RSS and peak heap of each run, and whether the two
# runs wrote byte-identical outputs (org.xxgk.checker.bench.BatchBench). It builds nothing: run
# `mvn -B -q package -DskipTests` first (it compiles the test classes too). Linux only (RSS from /proc).
#
#   src/test/sh/batch-bench.sh            # 10,000 reports
#   src/test/sh/batch-bench.sh 1000       # a quicker run
set -euo pipefail
cd "$(dirname "$0")/../../.."
[[ -f target/xxgk-checker.jar && -f target/test-classes/org/xxgk/checker/bench/BatchBench.class ]] || {
  echo "build first: mvn -B -q package -DskipTests" >&2
  exit 2
}
exec java -cp target/test-classes org.xxgk.checker.bench.BatchBench "$@"
