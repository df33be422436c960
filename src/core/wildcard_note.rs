//! Which bucket names a resource pattern reaches, shown on a few examples around the reader's
//! bucket: under the guide's note on Braze's published `arn:aws:s3:::BUCKET*`, and under the
//! checker's warning about a pasted pattern that reaches other buckets.

use super::config::{AuthMethod, Config};
use super::policy::bucket_arn;
use super::rules::{self, Graded, Severity};
use super::text::Msg;
use super::wildcard::{Glob, Variables};
use crate::msg;

/// A few bucket names around the reader's: itself, names that start with it, names that
/// do not. Only valid bucket names are kept (a very long name leaves fewer examples).
fn example_buckets(bucket: &str) -> Vec<String> {
    let different = ["reports-archive", "analytics-data"]
        .into_iter()
        .find(|name| !name.starts_with(bucket))
        .unwrap_or("analytics-data");
    [
        bucket.to_owned(),
        format!("{bucket}-backup"),
        format!("{bucket}2"),
        format!("{bucket}logs"),
        format!("other-{bucket}"),
        different.to_owned(),
    ]
    .into_iter()
    .filter(|name| valid_bucket(name))
    .collect()
}

fn valid_bucket(name: &str) -> bool {
    rules::bucket(name)
        .iter()
        .all(|p| p.severity() == Severity::Warning)
}

/// The example bucket names around `bucket`, and whether `glob` matches each (the bucket
/// itself or any of its objects).
pub(crate) fn bucket_examples(bucket: &str, glob: &Glob) -> Vec<(String, bool)> {
    example_buckets(bucket)
        .into_iter()
        .map(|name| {
            let arn = bucket_arn(&name);
            let matched = glob.matches(&arn) || glob.matches(&format!("{arn}/example-object"));
            (name, matched)
        })
        .collect()
}

/// The example bucket names and whether `arn:aws:s3:::BUCKET*` (the resource of Braze's
/// published dashboard-export policy for the secret-key method) matches each.
pub fn prefix_wildcard_examples(bucket: &str) -> Vec<(String, bool)> {
    let (glob, _) = Glob::arn(&prefix_wildcard(bucket), Variables::Literal);
    bucket_examples(bucket, &glob)
}

fn prefix_wildcard(bucket: &str) -> String {
    format!("{}*", bucket_arn(bucket))
}

/// The note on Braze's published dashboard-export policy for the secret-key method: its
/// `arn:aws:s3:::BUCKET*` also matches every bucket whose name starts with the reader's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrefixWildcardNote {
    pub pattern: String,
    pub examples: Vec<(String, bool)>,
}

/// The note, where it applies: dashboard export (alone, with Currents, or for message
/// archiving), secret-key
/// method, a valid bucket name. It explains; it does not offer another policy.
pub fn published_policy_note(config: &Config) -> Option<PrefixWildcardNote> {
    let applies = config.integration.has_dashboard_export()
        && config.auth == AuthMethod::SecretKey
        && valid_bucket(&config.bucket);
    applies.then(|| PrefixWildcardNote {
        pattern: prefix_wildcard(&config.bucket),
        examples: prefix_wildcard_examples(&config.bucket),
    })
}

/// What an example bucket name reads as under a pattern: in the guide's note on Braze's
/// published `BUCKET*` and in the checker's warnings.
pub fn example_label(matched: bool) -> Msg {
    if matched {
        msg!("checker-example-matches")
    } else {
        msg!("checker-example-no-match")
    }
}
