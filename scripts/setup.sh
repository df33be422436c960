#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian 12 machine, and nothing twice:
# each step first checks whether its tool is already there at the right version.
# Sourced by serve.sh and test.sh so that either command works on a new machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen version in Cargo.lock (pinned with `=` in Cargo.toml).
WASM_BINDGEN_VERSION="0.2.130"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# --- Debian packages: headless browsers for tests (Chromium; Firefox ESR and WebKitGTK for the
# other engines' end-to-end smoke), brotli for size figures ---
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
# Safari's engine: WebKitWebDriver and MiniBrowser (webkit2gtk-driver), run in a virtual X
# display by xvfb-run, which needs xauth (only recommended by xvfb). MiniBrowser also needs
# Mesa's software GL driver (only recommended too): without it, it aborts at start with
# "Could not create surfaceless EGL display" and the driver's new session never answers.
command -v WebKitWebDriver >/dev/null 2>&1 || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
command -v xauth >/dev/null 2>&1 || need_apt+=(xauth)
dpkg-query -W -f='${Status}' libgl1-mesa-dri 2>/dev/null | grep -q 'ok installed' || need_apt+=(libgl1-mesa-dri)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- Rust: wasm target, Trunk, wasm-bindgen CLI (+ its test runner) ---
if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "cargo install trunk@$TRUNK_VERSION (about 5 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lock file names a crate version the registry no longer has.
  cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# --- npm: wasm-opt (binaryen 132 understands today's wasm), Playwright driver, axe-core,
# puppeteer-core (drives Firefox ESR over WebDriver BiDi), selenium-webdriver (speaks W3C
# WebDriver to WebKitGTK's driver); neither ever downloads a browser ---
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] \
  || [ ! -d node_modules/selenium-webdriver ] || [ package.json -nt node_modules/.stamp ]; then
  say "npm ci"
  export PUPPETEER_SKIP_DOWNLOAD=1
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.stamp
fi

# --- Python tools that no one here wrote: parliament (IAM), cfn-lint, python-hcl2; moto and the AWS CLI (preflight) ---
if [ ! -x .venv/bin/parliament ] || [ ! -x .venv/bin/moto_server ] || [ ! -x .venv/bin/aws ] || [ requirements-dev.txt -nt .venv/.stamp ]; then
  say "python venv with requirements-dev.txt"
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  touch .venv/.stamp
fi

# --- Google Cloud Storage linters (tests/lint/gcs_*.py): shellcheck (Debian), and checkov in a
# venv of its own, since it pins older boto3/botocore than the AWS CLI of .venv
# (docs/decisions/0007-providers-gcs-strict-role-reader.md) ---
if ! command -v shellcheck >/dev/null 2>&1; then
  say "apt-get install shellcheck"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends shellcheck >/dev/null
fi
if [ ! -x .venv-checkov/bin/checkov ] || [ requirements-checkov.txt -nt .venv-checkov/.stamp ]; then
  say "python venv .venv-checkov with requirements-checkov.txt"
  python3 -m venv .venv-checkov
  .venv-checkov/bin/python -m pip install -q --disable-pip-version-check -r requirements-checkov.txt
  touch .venv-checkov/.stamp
fi

# --- crates, so that Trunk's offline build finds them ---
cargo fetch -q
say "ready"
