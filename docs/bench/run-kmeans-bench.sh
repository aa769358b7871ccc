#!/usr/bin/env bash
# k-means fit benchmark for issue 4: Personae vs scikit-learn (100k, 1M, 4M rows) vs Smile (1M),
# n_init 1 and 4, the same generated file for every tool, all in one run.
#
#   docs/bench/run-kmeans-bench.sh [REPEATS]        (from the repository root, default 3)
#
# Needs the command-line jar (./mvnw -pl analytics -am package -DskipTests), Debian's
# python3-sklearn, and about 700 MB free in $DATA for the 4M-row file, which is deleted at the end.
# Environment: JAR (default analytics/target/personae-cli.jar), DATA (default /tmp), K (default 6),
# SMILE_REPEATS (default REPEATS), SIZES (default "100000 1000000 4000000"), SMILE_N_INIT (default "1 4").
# Prints every raw line, then the medians and ratios. A shorter run, 1M rows only, Smile with one start:
#   SIZES=1000000 SMILE_N_INIT=1 docs/bench/run-kmeans-bench.sh 3
set -euo pipefail

REPEATS=${1:-3}
JAR=${JAR:-analytics/target/personae-cli.jar}
DATA=${DATA:-/tmp}
K=${K:-6}
SMILE_REPEATS=${SMILE_REPEATS:-$REPEATS}
SIZES=${SIZES:-100000 1000000 4000000}
SMILE_N_INIT=${SMILE_N_INIT:-1 4}
BENCH=/work/shared/bench
LOG=$(mktemp)

[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -pl analytics -am package -DskipTests" >&2; exit 1; }

echo "== machine"
echo "nproc: $(nproc)"
java -version 2>&1 | head -1
/usr/bin/python3 -c 'import sklearn, numpy; print("scikit-learn", sklearn.__version__, "numpy", numpy.__version__)'
df -h "$DATA" | tail -1

echo "== data"
for n in $SIZES; do
  file="$DATA/blobs$n.csv"
  if [ ! -f "$file" ]; then
    python3 "$BENCH/gen_blobs.py" "$n" 8 "$K" "$file.part" && mv "$file.part" "$file"
  fi
  echo "$file: $(wc -l < "$file") lines"
done

run() { # label, command...
  local label=$1; shift
  local line
  line=$("$@" 2>/dev/null | tail -1)
  echo "$label load=$(cut -d' ' -f1 /proc/loadavg) $line" | tee -a "$LOG"
}

echo "== runs (load = 1-minute load average just before each run)"
for rep in $(seq 1 "$REPEATS"); do
  for n in $SIZES; do
    file="$DATA/blobs$n.csv"
    for r in 1 4; do
      run "rep=$rep" java -jar "$JAR" bench kmeans "$file" "$K" --n-init "$r"
      run "rep=$rep" /usr/bin/python3 "$BENCH/sklearn_kmeans.py" "$file" "$K" --n-init "$r"
      if [ "$n" = 1000000 ] && [ "$rep" -le "$SMILE_REPEATS" ] && [[ " $SMILE_N_INIT " == *" $r "* ]]; then
        run "rep=$rep" java -jar "$JAR" bench kmeans "$file" "$K" --n-init "$r" --peer smile
      fi
    done
  done
done
rm -f "$DATA/blobs4000000.csv"

echo "== medians"
/usr/bin/python3 - "$LOG" <<'EOF'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.search(r"load=(\S+) (\w+) k=\d+ n=(\d+) d=\d+ n_init=(\d+) fit_ms=(\S+) iterations=(\d+) inertia=(\S+)", line)
    if m:
        load, tool, n, r, ms, it, inertia = m.groups()
        runs.setdefault((int(n), int(r), tool), []).append((float(ms), int(it), float(inertia), float(load)))
def median(key):
    got = runs.get(key)
    return statistics.median(ms for ms, *_ in got) if got else None
print("| n | n_init | personae ms | sklearn ms | smile ms | personae/sklearn | smile/personae | inertia personae / sklearn / smile | iterations personae / sklearn / smile |")
print("|---|---|---|---|---|---|---|---|---|")
for n, r in sorted({(n, r) for n, r, _ in runs}):
    ours, sk, sm = (median((n, r, t)) for t in ("personae", "sklearn", "smile"))
    def first(t, i):
        got = runs.get((n, r, t))
        return f"{got[0][i]:.6g}" if got else "-"
    fmt = lambda v: f"{v:.0f}" if v is not None else "-"
    ratio = lambda a, b: f"{a / b:.2f}" if a and b else "-"
    print(f"| {n:,} | {r} | {fmt(ours)} | {fmt(sk)} | {fmt(sm)} | {ratio(ours, sk)} | {ratio(sm, ours)} | "
          f"{first('personae', 2)} / {first('sklearn', 2)} / {first('smile', 2)} | "
          f"{first('personae', 1)} / {first('sklearn', 1)} / {first('smile', 1)} |")
loads = [l for v in runs.values() for *_, l in v]
print(f"\nload average during the runs: min {min(loads)}, median {statistics.median(loads)}, max {max(loads)}")
EOF
rm -f "$LOG"
