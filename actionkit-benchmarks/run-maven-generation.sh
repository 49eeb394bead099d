#!/usr/bin/env bash
# Generation through Maven, as users run it: `generate-sources` of our plugin against
# jsonschema2pojo-maven-plugin's on the same parameter schemas (the projects of
# run-maven-javac.sh), each from an empty target/, the two interleaved. Prints per run the
# mojo's own time (Maven's log timestamps, its header line to BUILD SUCCESS), Maven's total and
# the CPU time of the whole Maven process (user and system, from /usr/bin/time). Needs the
# plugin in a separate local repository (never ~/.m2, which other builds share):
#
#   cp -r ~/.m2/repository /tmp/m2-bench
#   ./mvnw -B -o install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=/tmp/m2-bench -pl actionkit-maven-plugin -am
#   ./mvnw -B -q package -pl actionkit-benchmarks -am -DskipTests
#   actionkit-benchmarks/run-maven-generation.sh [size] [rounds]      # default: 10000 3
#
# BEFORE_REPO=<another local repository> adds our plugin as installed there (e.g. an earlier
# commit's, installed the same way from a worktree) to every round, as project "before": a
# before/after comparison on the same project. WORK=/dev/shm/bench puts the projects on tmpfs,
# so the disk's state (which moves both tools' times by a factor of 3 on this VM) drops out.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10000}
rounds=${2:-3}
repo=${REPO:-/tmp/m2-bench}
jar=actionkit-benchmarks/target/benchmarks.jar
work=${WORK:-target/bench}/maven-generation-$size
source actionkit-benchmarks/maven-projects.sh
make_projects "$work" "$size" "$jar"
variants=(ours plain)
[ -n "${BEFORE_REPO:-}" ] && variants=(before ours plain)
for round in $(seq 1 "$rounds"); do
  for variant in "${variants[@]}"; do
    project=$variant
    variant_repo=$repo
    [ "$variant" = before ] && project=ours && variant_repo=$BEFORE_REPO
    rm -rf "$work/$project/target"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log="$work/$variant-$round.log"
    /usr/bin/time -f "%U %S" -o "$log.cpu" ./mvnw -B -o -Dmaven.repo.local="$variant_repo" \
      -f "$work/$project/pom.xml" "${TIMED_LOG[@]}" generate-sources >"$log"
    header='--- actionkit:'
    [ "$project" = plain ] && header='--- jsonschema2pojo:'
    files=$(find "$work/$project/target/generated-sources" -name '*.java' | wc -l)
    echo "round=$round project=$variant load=$load mojo_s=$(mojo_seconds "$log" "$header")" \
      "cpu_user_s=$(cut -d' ' -f1 "$log.cpu") cpu_sys_s=$(cut -d' ' -f2 "$log.cpu")" \
      "files=$files maven_total=\"$(grep -o 'Total time: .*' "$log" | sed 's/Total time: *//')\""
  done
done
