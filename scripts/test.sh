#!/usr/bin/env bash
# Runs every test of the project, installing what is missing first. CI runs exactly this.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
cd "$ROOT"

step() { printf '\n\033[1;34m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
# The tests that read every language need them built in (Cargo.toml, `required-features`).
cargo clippy --all-targets --features all-locales -q -- -D warnings
cargo clippy --target wasm32-unknown-unknown -q -- -D warnings
# The views built natively for the pre-render (src/bin/prerender.rs).
cargo clippy --features prerender --lib --bins --tests -q -- -D warnings

step "core and locales (native)"
cargo test -q --features all-locales
cargo test -q --features prerender --bin prerender

step "generated documents, checked by linters no one here wrote"
rm -rf target/generated
cargo run -q --example generate -- target/generated
.venv/bin/python tests/lint/check_generated.py target/generated
cargo build -q --example gcs
.venv/bin/python tests/lint/gcs_check_generated.py "${CARGO_TARGET_DIR:-target}/debug/examples/gcs"
# The evaluator's wildcard intersection, against parliament's is_arn_match.
cargo build -q --example wildcards
.venv/bin/python tests/lint/wildcards_parliament.py "${CARGO_TARGET_DIR:-target}/debug/examples/wildcards"

step "preflight script against moto's AWS emulator, its reports judged by the core"
cargo build -q --example preflight
.venv/bin/python tests/lint/preflight_moto.py "${CARGO_TARGET_DIR:-target}/debug/examples/preflight"
.venv/bin/python tests/lint/gcs_preflight.py "${CARGO_TARGET_DIR:-target}/debug/examples/gcs"

step "Azure Blob Storage: generated files and preflight, Azure CLI against Azurite and a recording az stub"
cargo build -q --example azure
CHECKOV="${CHECKOV:-$ROOT/.venv-checkov/bin/checkov}" \
  .venv/bin/python tests/lint/azure_check.py "${CARGO_TARGET_DIR:-target}/debug/examples/azure"

step "widget in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --features all-locales --test browser

step "release build (its post_build hook writes the pre-render: scripts/prerender.sh)"
trunk build --release

step "end to end (Playwright against dist/)"
node --test --test-concurrency=1 tests/e2e/
