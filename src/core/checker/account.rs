//! Policies read from an AWS account's own answers (the preflight's report), evaluated with the
//! same evaluator as a pasted policy: several identity policies together, as IAM evaluates
//! them; a permissions boundary; a role's trust policy; a bucket policy against one request.

use serde_json::Value;

use super::document::{Condition, Document, PrincipalSpec, Statement};
use super::eval::{
    access, action_applies, condition_reason, identity_applies, names_account, resource_applies,
    Applies,
};
use super::findings::{Access, CheckResult, Dependency, Reason};
use super::identity::{identity_warnings, Requirement};
use super::parse;
use super::trust::check_trust;
use super::warnings::Warning;
use crate::core::config::Config;
use crate::core::policy::Effect;

/// A policy document as AWS returned it, read by the checker's reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    document: Document,
}

impl Policy {
    /// Reads policy text; `None` when it is not a policy the checker can read.
    pub fn read(text: &str) -> Option<Self> {
        parse::parse(text).ok().map(|document| Self { document })
    }

    /// Reads a policy from a JSON value of an AWS answer: an object (the AWS CLI decodes
    /// policies), or a string holding the JSON, URL-encoded or not (IAM's raw API form).
    pub fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Object(_) => Self::read(&value.to_string()),
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

/// What `policies`, all attached to one identity, allow for `requirement`: IAM evaluates
/// every identity policy of a principal together (any `Deny` wins, any `Allow` grants).
pub fn identity_access(policies: &[&Policy], requirement: &Requirement) -> Access {
    let mut merged = Document {
        version: super::document::Version::V2012,
        statements: Vec::new(),
    };
    let mut versions = Vec::new();
    for policy in policies {
        for statement in &policy.document.statements {
            let mut statement = statement.clone();
            statement.number = merged.statements.len() + 1;
            merged.statements.push(statement);
            versions.push(policy.document.version);
        }
    }
    access(&merged, |s| {
        let version = versions[s.number - 1];
        identity_applies(s, version, &requirement.action, &requirement.resource)
    })
}

/// What one identity policy grants beyond `requirements`.
pub fn beyond_need(policy: &Policy, config: &Config, requirements: &[Requirement]) -> Vec<Warning> {
    identity_warnings(&policy.document, config, requirements)
}

/// A role's trust policy checked as a pasted one is.
pub fn trust(policy: &Policy, config: &Config) -> CheckResult {
    check_trust(&policy.document, config)
}

/// One request Braze makes, as a bucket policy sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
    /// The ARN of the IAM user or role Braze signs in as, when the report gives it.
    pub principal: Option<&'a str>,
    /// The reader's AWS account ID, when known.
    pub account: Option<&'a str>,
    pub action: &'a str,
    pub resource: &'a str,
    /// The `x-amz-server-side-encryption` header Braze sends, if any.
    pub sse_header: Option<&'a str>,
}

/// Whether a bucket policy's `Deny` statements refuse `request`: [`Access::Denied`] (a `Deny`
/// applies), [`Access::DependsOnCondition`] (one may), or [`Access::Granted`] meaning that
/// nothing in the bucket policy refuses it (the identity's own policies grant it).
pub fn bucket_policy_denial(policy: &Policy, request: &Request) -> Access {
    let document = &policy.document;
    let mut deps = Vec::new();
    for s in document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Deny)
    {
        match deny_applies(s, document, request) {
            Applies::No => {}
            Applies::Yes => {
                return Access::Denied {
                    statement: s.number,
                }
            }
            Applies::Maybe(reasons) => deps.extend(reasons.into_iter().map(|reason| Dependency {
                statement: s.number,
                effect: Effect::Deny,
                reason,
            })),
        }
    }
    if deps.is_empty() {
        Access::Granted
    } else {
        Access::DependsOnCondition(deps)
    }
}

fn deny_applies(s: &Statement, document: &Document, request: &Request) -> Applies {
    if !action_applies(&s.action, request.action) {
        return Applies::No;
    }
    let resource = match &s.resource {
        Some(patterns) => resource_applies(patterns, request.resource, document.version),
        None => Applies::No,
    };
    let principal = match s.principal() {
        Some((spec, negated)) => {
            let applies = principal_matches(spec, request);
            if negated {
                applies.negate()
            } else {
                applies
            }
        }
        None => Applies::No,
    };
    let conditions = s
        .conditions
        .iter()
        .map(|c| condition_applies(c, request))
        .fold(Applies::Yes, Applies::and);
    resource.and(principal).and(conditions)
}

fn principal_matches(spec: &PrincipalSpec, request: &Request) -> Applies {
    let PrincipalSpec::Map(entries) = spec else {
        return Applies::Yes;
    };
    let mut result = Applies::No;
    for value in entries
        .iter()
        .filter(|(kind, _)| kind == "AWS")
        .flat_map(|(_, values)| values)
    {
        let this = if value == "*"
            || request.principal == Some(value.as_str())
            || request
                .account
                .is_some_and(|account| names_account(value, account))
        {
            Applies::Yes
        } else if request.principal.is_none() || request.account.is_none() {
            Applies::Maybe(vec![Reason::Principal {
                principal: value.clone(),
            }])
        } else {
            Applies::No
        };
        result = result.or(this);
    }
    result
}

/// The keys whose value this check knows for Braze's requests: the SSE header (present or
/// not), and `aws:SecureTransport` (Braze calls S3 over HTTPS).
fn known_key(key: &str, request: &Request) -> Option<Option<String>> {
    if key.eq_ignore_ascii_case(crate::core::facts::SSE_HEADER)
        || key.eq_ignore_ascii_case("s3:x-amz-server-side-encryption")
    {
        Some(request.sse_header.map(str::to_owned))
    } else if key.eq_ignore_ascii_case("aws:SecureTransport") {
        Some(Some("true".to_owned()))
    } else {
        None
    }
}

/// A condition against what is known of the request; anything else is "maybe".
fn condition_applies(condition: &Condition, request: &Request) -> Applies {
    let maybe = || Applies::Maybe(vec![condition_reason(condition)]);
    let Some(value) = known_key(&condition.key, request) else {
        return maybe();
    };
    let (operator, if_exists) = match condition.operator.strip_suffix("IfExists") {
        Some(op) => (op, true),
        None => (condition.operator.as_str(), false),
    };
    let values = &condition.values;
    if operator == "Null" {
        let absent = value.is_none();
        return Applies::from_bool(values.iter().any(|v| (v == "true") == absent));
    }
    let negated = operator.contains("Not");
    let Some(value) = value else {
        // IAM: an absent key matches nothing, so a negated operator is true; `…IfExists` too.
        return Applies::from_bool(if_exists || negated);
    };
    let matches = match operator {
        "StringEquals" | "StringNotEquals" | "Bool" => values.contains(&value),
        "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" => {
            values.iter().any(|v| v.eq_ignore_ascii_case(&value))
        }
        "StringLike" | "StringNotLike" => values
            .iter()
            .any(|v| super::glob::Glob::plain(v).matches(&value)),
        _ => return maybe(),
    };
    Applies::from_bool(matches != negated)
}
