//! Google Cloud Storage: Braze writes Currents, dashboard data exports and message archives to
//! a bucket with a service account's JSON key (the method Braze's page gives; for Currents the
//! only one: Workload Identity Federation is not supported there). Everything here is pure data and text, tested
//! natively, and depends only on the core's lowest floors (messages, the YAML and HCL printers
//! and shell quoting, the shared preflight report reader): nothing of Amazon S3's guide,
//! snippets or checker.
//!
//! - [`setup`]: the reader's values and the fields ([`GcsSetup`], [`GcsField`]); [`rules`]
//!   their input rules; [`secret`] the secrets refused everywhere.
//! - [`role`], [`cli`], [`terraform`], through [`snippets`] (ids in [`snippet_id`], values in
//!   [`plan`]): the generated files.
//! - [`checker`]: a pasted role or bucket policy judged; [`iam`] how Google evaluates them.
//! - [`preflight`]: the read-only gcloud script, its report, the findings.
//! - [`braze_error`], [`rotation`]: Braze's error read, and the key's rotation.
//!
//! The facts, with their sources: docs/facts.md, "Google Cloud Storage".

pub mod braze_error;
pub mod checker;
pub mod cli;
pub mod facts;
pub mod iam;
pub mod plan;
pub mod preflight;
pub mod role;
pub mod rotation;
pub mod rules;
pub mod secret;
pub mod setup;
pub mod snippet_id;
pub mod snippets;
pub mod terraform;

pub use rules::GcsReport;
pub use setup::{GcsField, GcsSetup};
pub use snippet_id::GcsSnippet;
