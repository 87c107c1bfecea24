#!/usr/bin/env bash
# Batch throughput of the annotate example on 1 and 2 threads, with peak memory.
#
#   scripts/bench-batch.sh          # batches of 10 MB and 100 MB
#   scripts/bench-batch.sh 10       # one batch of 10 MB (what CI runs)
#
# Each batch is the bench corpus as JSON lines (examples/bench_corpus.rs, about
# 1.2 KB a document). annotate's own closing line gives MB/s, documents/s and the
# peak RSS; each run is repeated three times and the median MB/s is taken, then
# the 2-thread median is divided by the 1-thread one. Reports, never judges.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --example annotate --example bench_corpus
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

for mb in "${sizes[@]}"; do
    target/release/examples/bench_corpus $((mb * 1000000)) > "$dir/batch.jsonl"
    declare -A speed=()
    for threads in 1 2; do
        rates=()
        for _ in 1 2 3; do
            line=$(target/release/examples/annotate --threads "$threads" "$dir/batch.jsonl" 2>&1 >/dev/null | tail -n 1)
            echo "batch ${mb} MB, ${threads} thread(s): ${line#annotate: }"
            rates+=("$(sed -E 's/.*\(([0-9.]+) MB\/s.*/\1/' <<<"$line")")
        done
        speed[$threads]=$(printf '%s\n' "${rates[@]}" | median)
    done
    awk -v mb="$mb" -v one="${speed[1]}" -v two="${speed[2]}" 'BEGIN {
        printf "batch %s MB: median %.1f MB/s on 1 thread, %.1f MB/s on 2, speedup %.2f\n", mb, one, two, two / one }'
done
