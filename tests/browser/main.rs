//! Browser tests (issue 2): the widget mounted in headless Chromium, checked by what the reader
//! sees for each integration × auth method, its validation messages, and its snippets as the
//! reader types.
//!
//! Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.
//! Each test mounts its own `<div data-braze-s3-companion data-lang="fr">` and removes it.
//! Expected documents and steps come from docs/facts.md (see `expected.rs`), not from the
//! widget's code.

#![cfg(target_arch = "wasm32")]

mod expected;
// The fixture the native tests share, one folder up.
#[path = "../fixtures/mod.rs"]
mod fixtures;
mod harness;

mod checks;

mod assistant;
mod cases;
mod checker;
mod lazy;
mod text;
mod typing;
mod validation;

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

pub const BUCKET: &str = "braze-exports-2024";
pub const OTHER_BUCKET: &str = "acme-currents-archive";
pub const ACCOUNT: &str = "123456789012";
pub const EXTERNAL_ID: &str = "Braze+ext=42,a.b@c:d/e-f_g";
pub const OWN_ACCOUNT: &str = "210987654321";
pub const POLICY_IDS: [&str; 3] = [
    "policy-currents",
    "policy-dashboard-export",
    "policy-combined",
];
