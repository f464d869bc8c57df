#!/usr/bin/env bash
# Proves the build is reproducible: builds the committed HEAD twice, in two different folders
# (target/reproducible/a and b), and fails unless every jar of every module is byte-identical.
# Uncommitted changes are not included: commit first. Extra arguments go to both Maven builds
# (e.g. -o). Nothing is installed into the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/target/reproducible
rm -rf "$out" && mkdir -p "$out"
commit=$(git rev-parse HEAD)
echo "check-reproducible: building $commit twice"

for run in a b; do
  mkdir -p "$out/$run"
  git archive --format=tar "$commit" | tar -x -C "$out/$run"
  if ! mvn -B -f "$out/$run/pom.xml" -DskipTests package "$@" > "$out/$run.log" 2>&1; then
    tail -n 100 "$out/$run.log" >&2
    echo "check-reproducible: build $run failed; log in $out/$run.log" >&2
    exit 1
  fi
done

jars() { (cd "$out/$1" && find . -path '*/target/*' -name '*.jar' -not -path '*/target/reproducible/*' | sort); }
if [ "$(jars a)" != "$(jars b)" ]; then
  diff <(jars a) <(jars b) >&2 || true
  echo "check-reproducible: the two builds made different sets of jars" >&2
  exit 1
fi

count=0
different=()
while read -r jar; do
  count=$((count + 1))
  cmp -s "$out/a/$jar" "$out/b/$jar" || different+=("$jar")
done < <(jars a)
[ "$count" -gt 0 ] || { echo "check-reproducible: no jars were built" >&2; exit 1; }

if [ ${#different[@]} -gt 0 ]; then
  for jar in "${different[@]}"; do
    echo "differs: $jar" >&2
    diff <(cd "$out/a" && jar tvf "$jar") <(cd "$out/b" && jar tvf "$jar") | head -n 10 >&2 || true
  done
  echo "check-reproducible: ${#different[@]} of $count jars differ between two builds of $commit" >&2
  exit 1
fi
echo "check-reproducible: OK: $count jars byte-identical across two builds of $commit"
(cd "$out/a" && sha256sum $(jars a)) > "$out/sha256sums.txt"
