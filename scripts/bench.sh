#!/usr/bin/env bash
# Builds, in this one run and with the same settings, the widget (dist/), the widget with every
# locale embedded (cargo feature `all-locales`), a Yew hello world and the Yew "echo" (the least
# app doing the widget's per-key job, bench/echo); then measures them with bench/measure.mjs
# (bench/out/results.json) and writes BENCHMARKS.md from the results with bench/report.mjs
# (printed only, for --quick); bench/phone.mjs adds the phone's figures (bench/out/phone.json).
#
#   bash scripts/bench.sh            # full run: builds (minutes on 2 cores), then about 2 min
#   bash scripts/bench.sh --quick    # fewer samples; BENCHMARKS.md is left alone
#   BENCH_SKIP_BUILD=1 bash scripts/bench.sh   # measure what the last run built
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Everything but dist/ stays in bench/out (git-ignored). The extra builds have target dirs of
# their own, so they neither wait on nor overwrite the widget's artifacts in target/.
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*"; }

for tool in trunk wasm-opt wasm-bindgen gzip brotli node; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup.sh" >&2; exit 1; }
done

# build <name> <dir> [env...]: trunk build --release in <dir>, log in bench/out/build-<name>.log
build() {
  local name="$1" dir="$2"
  shift 2
  local start=$SECONDS
  say "trunk build --release: $name"
  if ! (cd "$dir" && env "$@" trunk build --release) >"$OUT/build-$name.log" 2>&1; then
    tail -40 "$OUT/build-$name.log" >&2
    echo "build of $name failed (log: $OUT/build-$name.log)" >&2
    exit 1
  fi
  say "$name built in $((SECONDS - start)) s"
}

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  # The locales the widget is built from, for the localization figures (the team edits them).
  rm -rf "$OUT/locales-at-build" && cp -r "$ROOT/locales" "$OUT/locales-at-build"
  git -C "$ROOT" rev-parse --short HEAD >"$OUT/built-rev" 2>/dev/null || echo unknown >"$OUT/built-rev"
  git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | wc -l | tr -d ' ' >"$OUT/built-dirty"
  build widget "$ROOT"
  node "$ROOT/bench/prepare-builds.mjs" "$OUT"
  build all-locales "$OUT/all-locales-src" CARGO_TARGET_DIR="$OUT/all-locales-target"
  build baseline "$OUT/baseline-src" CARGO_TARGET_DIR="$OUT/baseline-target"
  build echo "$OUT/echo-src" CARGO_TARGET_DIR="$OUT/echo-target"
else
  say "BENCH_SKIP_BUILD=1: measuring the builds already there"
fi

REV="$(cat "$OUT/built-rev" 2>/dev/null || echo unknown)"
DIRTY="$(cat "$OUT/built-dirty" 2>/dev/null || echo 0)"
NOTE="commit $REV"
[ "$DIRTY" != 0 ] && NOTE="$NOTE plus uncommitted changes to $DIRTY tracked files (the team's work in progress)"
export BENCH_BUILD_NOTE="$NOTE."

ARGS=(--widget "$ROOT/dist" --baseline "$OUT/baseline-dist" --echo "$OUT/echo-dist")
[ -d "$OUT/all-locales-dist" ] && ARGS+=(--all-locales "$OUT/all-locales-dist")
[ -d "$OUT/locales-at-build" ] && ARGS+=(--locales "$OUT/locales-at-build")
say "measuring: node bench/measure.mjs ${ARGS[*]} $*"
node "$ROOT/bench/measure.mjs" "${ARGS[@]}" "$@"
# The phone (issue 21): throttled, cold, brotli-served; medians of 3 loads (1 for --quick).
PHONE_RUNS=3
[[ " $* " == *" --quick "* ]] && PHONE_RUNS=1
say "measuring: node bench/phone.mjs (runs $PHONE_RUNS)"
node "$ROOT/bench/phone.mjs" --widget "$ROOT/dist" --baseline "$OUT/baseline-dist" --runs "$PHONE_RUNS"
say "report: node bench/report.mjs"
node "$ROOT/bench/report.mjs" --results "$OUT/results.json"
