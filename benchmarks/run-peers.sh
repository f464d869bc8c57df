#!/usr/bin/env bash
# Measures the library against the tools analysts use instead, side by side on the same machine
# and the same generated files: R (data.table, boot, sandwich) and Python (pandas, numpy, scipy,
# statsmodels) from Debian's packages. Never run in CI; it installs nothing.
#
#   benchmarks/run-peers.sh [--rounds N] [--inputs DIR] [--out DIR] [--regenerate] [--check-only]
#                           [--appcds] [workload ...]
#
# For each workload (a folder under benchmarks/peers/ holding a workload.conf; all of them unless
# named): generate the input files once (seeded), run every implementation once and check that
# they agree (benchmarks/peers/compare.py), then time them as whole processes, alternating the
# order each round, with peak RSS from /usr/bin/time -v, and print the medians. See
# benchmarks/peers/README.md for the descriptor format and how to add a workload. With --appcds the
# library also runs as a service that starts often would be deployed ("java-appcds"): from an
# application class-data-sharing archive written by a training run, plus the workload's
# JAVA_STARTUP_OPTS (e.g. the first compiler tier only for a short computation).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PEERS="$HERE/peers"
JAR="$HERE/target/benchmarks.jar"
ROUNDS=5
INPUT_ROOT="$HERE/target/peer-inputs"
OUT="$HERE/target/peer-results"
REGENERATE=0
CHECK_ONLY=0
APPCDS=0
WORKLOADS=()
# Debian's own interpreter, not whatever python3 comes first on PATH
PYTHON=/usr/bin/python3
REQUIRED_DEBS=(r-base-core r-cran-data.table r-cran-boot r-cran-sandwich python3 python3-numpy python3-pandas
  python3-scipy python3-statsmodels time)

die() { echo "run-peers.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="${2:?--rounds needs a number}"; shift 2 ;;
    --inputs) INPUT_ROOT="${2:?--inputs needs a folder}"; shift 2 ;;
    --out) OUT="${2:?--out needs a folder}"; shift 2 ;;
    --regenerate) REGENERATE=1; shift ;;
    --check-only) CHECK_ONLY=1; shift ;;
    --appcds) APPCDS=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) WORKLOADS+=("$1"); shift ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "--rounds must be a positive whole number, not '$ROUNDS'"

missing=()
for p in "${REQUIRED_DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  die "missing Debian packages: ${missing[*]}
  install them with: apt-get update && apt-get install -y ${missing[*]}"
fi
command -v java >/dev/null || die "no java on PATH (JDK 17 needed)"
[ -x "$PYTHON" ] || die "$PYTHON not found (Debian package python3)"

if [ ${#WORKLOADS[@]} -eq 0 ]; then
  for conf in "$PEERS"/*/workload.conf; do WORKLOADS+=("$(basename "$(dirname "$conf")")"); done
fi
for w in "${WORKLOADS[@]}"; do
  [ -f "$PEERS/$w/workload.conf" ] || die "no workload '$w': $PEERS/$w/workload.conf does not exist"
done

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT" -path '*/src/main/*' -newer "$JAR" -print -quit)" ]; then
  echo "== building $JAR"
  (cd "$ROOT" && mvn -B -q -pl benchmarks -am -DskipTests -Djavadoc.skip=true package)
fi

mkdir -p "$INPUT_ROOT" "$OUT"
MEASUREMENTS="$OUT/measurements.tsv"
: > "$MEASUREMENTS"

# Reads a descriptor into DESCRIPTION, INPUTS_NAME, JAVA_MAIN, JAVA_OPTS, JAVA_WARM_REPEATS,
# PYTHON_SCRIPT, R_SCRIPT and IMPLEMENTATIONS (those defined, the library first), and the optional
# function generate.
load_workload() {
  unset DESCRIPTION INPUTS JAVA_MAIN JAVA_OPTS JAVA_STARTUP_OPTS JAVA_WARM_REPEATS PYTHON_SCRIPT R_SCRIPT
  unset -f generate 2>/dev/null || true
  # shellcheck disable=SC1090
  source "$PEERS/$1/workload.conf"
  INPUTS_NAME="${INPUTS:-$1}"
  DESCRIPTION="${DESCRIPTION:-$1}"
  JAVA_OPTS="${JAVA_OPTS:-}"
  JAVA_STARTUP_OPTS="${JAVA_STARTUP_OPTS:-}"
  JAVA_WARM_REPEATS="${JAVA_WARM_REPEATS:-0}"
  IMPLEMENTATIONS=()
  [ -n "${JAVA_MAIN:-}" ] && IMPLEMENTATIONS+=(java)
  [ -n "${JAVA_MAIN:-}" ] && [ "$APPCDS" = 1 ] && IMPLEMENTATIONS+=(java-appcds)
  [ -n "${PYTHON_SCRIPT:-}" ] && IMPLEMENTATIONS+=(python)
  [ -n "${R_SCRIPT:-}" ] && IMPLEMENTATIONS+=(r)
  [ ${#IMPLEMENTATIONS[@]} -gt 0 ] || die "$1/workload.conf names no implementation"
}

# Sets CMD to the command line of one implementation of workload $1 on input folder $3.
command_for() {
  local w="$1" impl="$2" in="$3"
  case "$impl" in
    # shellcheck disable=SC2206
    java) CMD=(java $JAVA_OPTS -cp "$JAR" "$JAVA_MAIN" "$in") ;;
    # shellcheck disable=SC2206
    java-appcds) CMD=(java -XX:SharedArchiveFile="$OUT/$w.jsa" $JAVA_STARTUP_OPTS $JAVA_OPTS -cp "$JAR" "$JAVA_MAIN" "$in") ;;
    # numpy is timed with OpenBLAS choosing its own kernel: the two overrides go together
    python) CMD=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" "$PEERS/$w/$PYTHON_SCRIPT" "$in") ;;
    r) CMD=(Rscript "$PEERS/$w/$R_SCRIPT" "$in") ;;
  esac
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "R: $(R --version | head -1)"
  echo "python: $("$PYTHON" --version 2>&1); $(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" "$PEERS/versions.py")"
 echo "OpenBLAS overrides in this environment: CORETYPE=${OPENBLAS_CORETYPE:-unset} L2_SIZE=${OPENBLAS_L2_SIZE:-unset} (unset for the Python runs)"
} | tee "$OUT/machine.txt"

status=0
for w in "${WORKLOADS[@]}"; do
  load_workload "$w"
  in="$INPUT_ROOT/$INPUTS_NAME"
  echo
  echo "== $w: $DESCRIPTION"
  if [ "$REGENERATE" = 1 ] || [ ! -f "$in/.complete" ]; then
    echo "   generating $in"
    rm -rf "$in"
    if declare -F generate >/dev/null; then
      generate "$in"
    else
      java -cp "$JAR" io.github.commissioningvfm.benchmarks.peers.PeerInputs "$INPUT_ROOT" "$INPUTS_NAME"
    fi
    touch "$in/.complete"
  fi

  if [ "$APPCDS" = 1 ] && [ -n "${JAVA_MAIN:-}" ]; then
    # the training run: the classes it loads (the library's, and the lambda forms it spins) are
    # written to an archive that later starts map instead of loading and verifying them. It runs
    # interpreted (-Xint): on JDK 17 a dynamic archive keeps the "queued for compilation" mark of any
    # method still waiting for the compiler when the training run exits, and a process started from
    # that archive then never compiles it (JDK-8306460; seen here as an outcome pipeline 1.6x slower
    # with OLS accessors left interpreted). Without a compiler nothing is queued.
    rm -f "$OUT/$w.jsa"
    # shellcheck disable=SC2086
    java -Xint -XX:ArchiveClassesAtExit="$OUT/$w.jsa" $JAVA_OPTS -cp "$JAR" "$JAVA_MAIN" "$in" > /dev/null 2> "$OUT/$w.jsa.log" \
      || { echo "   the AppCDS training run failed; see $OUT/$w.jsa.log" >&2; status=1; continue; }
  fi

  outputs=()
  for impl in "${IMPLEMENTATIONS[@]}"; do
    command_for "$w" "$impl" "$in"
    if ! "${CMD[@]}" > "$OUT/$w.$impl.out" 2> "$OUT/$w.$impl.err"; then
      echo "   $impl failed; see $OUT/$w.$impl.err" >&2
      tail -5 "$OUT/$w.$impl.err" >&2
      status=1
      continue 2
    fi
    outputs+=("$OUT/$w.$impl.out")
  done
  if [ ${#outputs[@]} -gt 1 ] && ! "$PYTHON" "$PEERS/compare.py" "${outputs[@]}" | sed 's/^/   /'; then
    echo "   $w: the implementations disagree; not timed" >&2
    status=1
    continue
  fi
  [ "$CHECK_ONLY" = 1 ] && continue

  k=${#IMPLEMENTATIONS[@]}
  for ((r = 1; r <= ROUNDS; r++)); do
    for ((j = 0; j < k; j++)); do
      impl=${IMPLEMENTATIONS[$(((r - 1 + j) % k))]}
      command_for "$w" "$impl" "$in"
      t0=$(date +%s%N)
      /usr/bin/time -v -o "$OUT/time.txt" "${CMD[@]}" > "$OUT/$w.$impl.round.out" 2> "$OUT/$w.$impl.round.err" \
        || { echo "   $impl failed in round $r; see $OUT/$w.$impl.round.err" >&2; status=1; continue; }
      t1=$(date +%s%N)
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$OUT/time.txt")
      work=$(sed -n 's/^time.work_ms=//p' "$OUT/$w.$impl.round.out")
      load=$(sed -n 's/^time.load_ms=//p' "$OUT/$w.$impl.round.out")
      cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$OUT/time.txt")
      printf '%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n' "$w" "$impl" "$r" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')" \
        "$work" "$rss" "$load" "$cpu" >> "$MEASUREMENTS"
      printf '   round %d %-11s %6.2f s  cpu %6.2f s  peak %5d MiB  load %s\n' "$r" "$impl" \
        "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print (b - a) / 1e9}')" "$cpu" "$((rss / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  if [ "$JAVA_WARM_REPEATS" -gt 0 ] && [ -n "${JAVA_MAIN:-}" ]; then
    command_for "$w" java "$in"
    warm=$("${CMD[@]}" "$JAVA_WARM_REPEATS" | sed -n 's/^time.warm_ms=//p')
    echo "   java warm in-process (best of $JAVA_WARM_REPEATS repeats in one JVM): $warm ms" | tee -a "$OUT/machine.txt"
  fi
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
if [ "$CHECK_ONLY" = 0 ] && [ -s "$MEASUREMENTS" ]; then
  echo
  "$PYTHON" "$PEERS/summarise.py" "$MEASUREMENTS" "$OUT/table.md"
  echo
  echo "Table in $OUT/table.md, machine in $OUT/machine.txt, rounds in $MEASUREMENTS"
fi
exit $status
