//! Policies read from an AWS account's own answers (the preflight's report), with the checker's
//! reader: the evaluator ([`crate::core::iam`]) judges them together, as IAM does; a role's
//! trust policy is checked as a pasted one is; what a policy grants beyond the need, too.

use serde_json::Value;

use super::document::Document;
use super::findings::CheckResult;
use super::identity::{self, identity_warnings, Requirement};
use super::parse;
use super::trust::check_trust;
use super::warnings::Warning;
use crate::core::config::Config;

/// A policy document as AWS returned it, read by the checker's reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    document: Document,
}

impl Policy {
    /// The policy as the evaluator reads it.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// Reads policy text; `None` when it is not a policy the checker can read.
    pub fn read(text: &str) -> Option<Self> {
        parse::parse(text).ok().map(|document| Self { document })
    }

    /// Reads a policy from a JSON value of an AWS answer: an object (the AWS CLI decodes
    /// policies), or a string holding the JSON, URL-encoded or not (IAM's raw API form).
    pub fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Object(_) => parse::from_value(value).map(|document| Self { document }),
            Value::String(text) => Self::read(text).or_else(|| Self::read(&percent_decode(text)?)),
            _ => None,
        }
    }
}

/// `%XX` escapes decoded (and `+` as a space, as IAM's encoding writes it); `None` when the
/// result is not UTF-8 or an escape is broken.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// What one identity policy grants beyond `requirements`.
pub fn beyond_need(policy: &Policy, config: &Config, requirements: &[Requirement]) -> Vec<Warning> {
    identity_warnings(&policy.document, config, requirements)
}

/// Whether one identity policy grants beyond `requirements` something that `known` (warnings
/// without their statement numbers, such as those of the page's own policies) does not hold:
/// `None` when it grants nothing beyond the need. The same answer as reading all of
/// [`beyond_need`], found with less work.
pub fn beyond_known(
    policy: &Policy,
    config: &Config,
    requirements: &[Requirement],
    known: &[Warning],
) -> Option<bool> {
    identity::beyond_known(&policy.document, config, requirements, known)
}

/// A role's trust policy checked as a pasted one is.
pub fn trust(policy: &Policy, config: &Config) -> CheckResult {
    check_trust(&policy.document, config)
}
