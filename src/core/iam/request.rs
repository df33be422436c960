//! Braze's requests for the reader's case: each action on the bucket itself, and each object
//! action on every key Braze writes, as a set of ARNs (docs/facts.md, "The requests Braze
//! makes"):
//! - Currents writes every file under the connector's folder path (Braze, "Event delivery
//!   semantics": `<your-bucket-prefix>/dataexport.…/…avro`), one set per connector;
//! - dashboard export writes under prefixes Braze names for some exports only
//!   (`segment-export/…`), and its policy grants every object: every key of the bucket;
//! - message archiving writes `sent_messages/…` (Braze, "Message archiving"), but is set up
//!   as dashboard export (the same policy, link and credential test), so it needs what
//!   dashboard export needs: every key, `sent_messages/…` among them.
//!
//! A folder that breaks the input rules is taken as the whole bucket: more keys, never fewer.

use super::super::config::{AuthMethod, Config, Integration};
use super::super::policy::{bucket_arn, identity_policy};
use super::super::rules::{self, Graded};
use super::super::wildcard::Glob;

/// What a request is about: one ARN, or every key under a prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Exactly the request's `resource`.
    One,
    /// Every object ARN that starts with `prefix` and goes on (`arn:aws:s3:::BUCKET/currents/`
    /// then at least one character): the keys Braze may write there.
    Keys { prefix: String },
}

/// One of Braze's requests: an action, on a resource as the reader sees it (an ARN, or a
/// folder's keys written `arn:aws:s3:::BUCKET/currents/*`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub action: String,
    pub resource: String,
    pub scope: Scope,
}

impl Request {
    fn one(action: &str, arn: String) -> Self {
        Self {
            action: action.to_owned(),
            resource: arn,
            scope: Scope::One,
        }
    }

    fn keys(action: &str, prefix: String) -> Self {
        Self {
            action: action.to_owned(),
            resource: format!("{prefix}*"),
            scope: Scope::Keys { prefix },
        }
    }

    /// The ARNs the request covers, as a pattern of the wildcard floor.
    pub fn arns(&self) -> Glob {
        match &self.scope {
            Scope::One => Glob::exact(&self.resource),
            Scope::Keys { prefix } => Glob::under(prefix),
        }
    }

    /// Whether the request writes or reads objects (it then carries the SSE header on uploads).
    pub fn is_upload(&self) -> bool {
        self.action == "s3:PutObject"
    }
}

/// The object-key prefixes Braze writes under: the folder of each Currents connector, or the
/// whole bucket (`BUCKET/`) for dashboard export and message archiving.
fn key_prefixes(config: &Config) -> Vec<String> {
    let bucket = bucket_arn(&config.bucket);
    let whole = format!("{bucket}/");
    if config.integration != Integration::Currents {
        return vec![whole];
    }
    let mut prefixes: Vec<String> = Vec::new();
    for folder in config.folders() {
        let usable = rules::folder(folder)
            .iter()
            .all(|p| p.severity() == rules::Severity::Warning);
        let prefix = if usable {
            format!("{whole}{folder}/")
        } else {
            whole.clone()
        };
        if !prefixes.contains(&prefix) {
            prefixes.push(prefix);
        }
    }
    prefixes
}

/// Braze's requests for the case, bucket requests first, each action in the order Braze's
/// page lists it (the secret-key policy of the case).
pub fn requests(config: &Config) -> Vec<Request> {
    // The one policy that covers the case (with both integrations, the combined one).
    let kind = config.integration.covering_policy();
    // The policy of the case names the actions; its first statement is about the bucket,
    // the second about the objects.
    let listed = identity_policy(kind, &config.bucket, AuthMethod::SecretKey);
    let mut requests = Vec::new();
    let mut statements = listed.statement.iter();
    if let Some(bucket) = statements.next() {
        for action in &bucket.action {
            requests.push(Request::one(action, bucket_arn(&config.bucket)));
        }
    }
    let prefixes = key_prefixes(config);
    for objects in statements {
        for prefix in &prefixes {
            for action in &objects.action {
                requests.push(Request::keys(action, prefix.clone()));
            }
        }
    }
    requests
}
