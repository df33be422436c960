//! braze-s3-companion: the Braze "Amazon S3" guide for the reader's own bucket.
//!
//! [`core`] is plain Rust (tested on the host); [`i18n`] turns its messages into text;
//! `app` is the Yew widget, built for the browser only.

pub mod core;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
