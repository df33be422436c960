//! braze-s3-companion: the Braze "Amazon S3" guide for the reader's own bucket.
//!
//! [`core`] is plain Rust (tested on the host); [`i18n`] turns its messages into text;
//! `app` is the Yew widget, built for the browser, and natively for the pre-render (feature
//! `prerender`: its first view as HTML, at build time).

pub mod core;
pub mod i18n;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;

// Talc instead of the default dlmalloc: about 2 KB less of the compressed wasm, and faster.
// (lol_alloc, tried too, broke a browser test and halved allocation speed.) The memory figure
// of BENCHMARKS.md, heap after 10 and 1,000 keystrokes, watches for fragmentation.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
