#!/usr/bin/env bash
# Generation benchmarks: ours and plain jsonschema2pojo over the same schemas, then javac over
# what each emitted. One JVM per tool and size. Figures go to stdout, one line each.
#
#   ./mvnw -B -q package -pl actionkit-benchmarks -am -DskipTests
#   actionkit-benchmarks/run-generation.sh [sizes...]        # default: 100 1000 5000 10000
#
# HEAP (default 512m) is the -Xmx of our generation runs: the 512 MB target is checked by
# running in it; BASELINE_HEAP (default 4g) that of jsonschema2pojo's. RUNS (default 5) measured
# runs follow 2 warm-up runs; medians are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=actionkit-benchmarks/target/benchmarks.jar
work=${WORK:-target/bench}
sizes=${*:-100 1000 5000 10000}
for size in $sizes; do
  for tool in baseline ours; do
    heap=${HEAP:-512m}
    [ "$tool" = baseline ] && heap=${BASELINE_HEAP:-4g}
    java -Xmx"$heap" -cp "$jar" dev.actionkit.benchmarks.GenerationHarness \
      "$tool" "$size" "${RUNS:-5}" "$work" || echo "tool=$tool actions=$size FAILED (see above)"
  done
done
for tool in baseline ours; do
  if [ -d "$work/$tool-1000/out" ]; then
    java -cp "$jar" dev.actionkit.benchmarks.CompileHarness "$work/$tool-1000/out" "${RUNS:-3}"
  fi
done
