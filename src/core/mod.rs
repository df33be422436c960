//! The pure core: everything the widget knows about Braze and AWS, with no browser in sight.
//!
//! Data flows one way: a [`config::Config`] (from the URL, attributes or storage) is checked by
//! [`rules`], turned into documents by [`policy`], and into the reader's guide by [`guide`].
//! Every sentence is a [`text::Msg`] (a Fluent message id plus arguments), never prose.

pub mod braze_error;
pub mod checker;
pub mod checklist;
pub mod config;
pub mod diagram;
pub mod facts;
pub mod field;
pub mod findings;
pub mod guide;
pub mod iac;
pub mod iam;
pub mod invisible;
pub mod markdown;
pub mod merge;
pub mod outputs;
pub mod persist;
pub mod policy;
pub mod preflight;
pub mod provider;
pub mod providers;
pub mod query;
pub mod rules;
pub mod shown;
pub mod snippet_id;
pub mod snippets;
pub mod text;
pub mod troubleshoot;
pub mod update_credentials;
pub mod wildcard;
pub mod wildcard_note;
