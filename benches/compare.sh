#!/bin/sh
# Races the release binary against python3 on ../shared/bench (ratio < 1.0 = faster than CPython).
#   benches/compare.sh [--runs N] [--only fib,loops]
set -e
cd "$(dirname "$0")/.."
cargo build --release --quiet
BENCH="${CELLAR_BENCH_DIR:-../shared/bench}"
exec python3 "$BENCH/compare.py" "$@" -- "$(pwd)/target/release/cellar"
