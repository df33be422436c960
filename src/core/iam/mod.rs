//! The one evaluator of Braze's requests: IAM's evaluation logic in one place, used by the
//! policy checker, the preflight and the diagram (docs/facts.md, "How AWS evaluates a request,
//! and how the widget follows it"; docs/decisions/0001-own-iam-evaluator.md).
//!
//! - [`request`]: Braze's requests for the reader's case: an action on the bucket, or on
//!   every key Braze writes under a folder;
//! - [`evaluate`]: AWS's steps for a request within one account (explicit deny, AWS
//!   Organizations, resource-based policy, identity-based policies, permissions boundary,
//!   session policy), over every key of the request;
//! - `shortcut`: the literal tests that set aside, before any wildcard search, the statements
//!   of a large report that cannot touch the request;
//! - [`condition`], [`principal`]: the `Condition` and `Principal` elements;
//! - [`trust`]: Braze assuming the role, and whether the external ID guards it;
//! - [`document`], [`verdict`]: the policies read and the answers given, as data.
//!
//! Wildcards are the wildcard floor's ([`crate::core::wildcard`]).

mod combine;
pub mod condition;
pub mod document;
pub mod evaluate;
pub mod principal;
pub mod request;
mod shortcut;
pub mod trust;
pub mod verdict;

pub use evaluate::{context_for, evaluate, Evaluation, Policies};
pub use principal::Caller;
pub use request::{requests, Request, Scope};
pub use verdict::{Access, Applies, Dependency, Reason};
