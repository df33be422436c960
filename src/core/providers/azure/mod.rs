//! Microsoft Azure Blob Storage, a self-contained provider core: its facts ([`facts`]), the
//! reader's case and fields ([`setup`], [`rules`]), the screen's labels ([`labels`]), the
//! generated files ([`snippets`]: [`cli`], [`certificate`], [`terraform`]), the role-assignment
//! checker ([`checker`]), the read-only preflight ([`preflight`]), the update path
//! ([`update`]), and the secrets it refuses ([`secret`]).
//!
//! It depends only on the core's floors (`text`, the shell quoting and HCL printer of
//! `iac`, the preflight report's shared reader, `config::Integration`); nothing of Amazon
//! S3's guide, snippets or checker reads it, and it reads none of them.

pub mod certificate;
pub mod checker;
pub mod cli;
pub mod facts;
pub mod labels;
pub mod plan;
pub mod preflight;
pub mod rules;
pub mod secret;
pub mod setup;
pub mod snippets;
pub mod terraform;
pub mod update;

pub use setup::{AzureAuth, AzureField, AzureSetup};
