//! The account's policies as the report shows them, judged together by the evaluator
//! ([`crate::core::iam`]) for each of Braze's requests: the identity's policies (its own, its
//! groups'), its permissions boundary, the bucket policy, for the user or role the report read.
//! The findings of [`super::bucket`] and [`super::identity`] each read their part of it.

use std::collections::HashMap;

use super::report::{CallStatus, PreflightReport, Record};
use crate::core::checker::account::Policy;
use crate::core::checker::{required, Requirement};
use crate::core::config::{AuthMethod, Config};
use crate::core::iam::document::Document;
use crate::core::iam::{context_for, evaluate, Caller, Evaluation, Policies};
use crate::core::wildcard::sets::Budget;

/// The calls that read the identity's own policies (not its boundary).
const POLICY_READS: [&str; 4] = [
    "get-policy-version",
    "get-user-policy",
    "get-role-policy",
    "get-group-policy",
];

/// What the report says of the user or role Braze signs in as.
struct Identity {
    pub arn: String,
    pub account: String,
}

/// The policies a report holds, converted once per report text (a report of 2 MB holds
/// ~2,000 of them; each judging reads them all): what every judging of it starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ReadPolicies {
    /// The identity's policies the report holds (their subject: ARN or inline name).
    policies: Vec<(String, Policy)>,
    /// The identity's policies that could not be read, by subject.
    unread: Vec<String>,
    /// For each of `policies`, the index of the first one with the same document: a policy
    /// attached twice (to the user and to one of its groups) is judged once.
    first: Vec<usize>,
    /// The boundary's policy, when the report read one.
    boundary: Option<Policy>,
    /// The bucket policy, when there is one and it could be read.
    bucket_policy: Option<Policy>,
}

impl ReadPolicies {
    pub(super) fn of(report: &PreflightReport) -> Self {
        let (policies, unread) = policies(report);
        let mut seen: HashMap<&Document, usize> = HashMap::new();
        let first = policies
            .iter()
            .enumerate()
            .map(|(i, (_, policy))| *seen.entry(policy.document()).or_insert(i))
            .collect();
        Self {
            first,
            policies,
            unread,
            boundary: boundary_policy(report),
            bucket_policy: bucket_policy(report),
        }
    }
}

/// Everything the findings judge from.
pub(super) struct Judged<'a> {
    /// The permissions boundary's ARN, when `get-user` / `get-role` says one is set.
    pub boundary_arn: Option<String>,
    /// The identity's policies the report holds (their subject: ARN or inline name).
    pub policies: &'a [(String, Policy)],
    /// For each of `policies`, the index of the first one with the same document.
    pub first: &'a [usize],
    /// The identity's policies that could not be read, by subject.
    pub unread: &'a [String],
    /// The boundary's policy, when set and read.
    pub boundary: Option<&'a Policy>,
    /// The bucket policy, when there is one and it could be read.
    pub bucket_policy: Option<&'a Policy>,
    /// Each of Braze's requests with what the evaluator says of it.
    pub answers: Vec<(Requirement, Evaluation)>,
    /// The same, as if the bucket policy granted nothing (`None` without a bucket policy):
    /// whether the identity's own policies grant alone.
    pub without_bucket_grants: Option<Vec<Evaluation>>,
}

/// The `get-user` / `get-role` record.
pub(super) fn identity_record<'a>(
    report: &'a PreflightReport,
    config: &Config,
) -> Option<&'a Record> {
    match config.auth {
        AuthMethod::SecretKey => report.find("get-user", "user"),
        AuthMethod::RoleArn => report.find("get-role", "role"),
    }
}

fn entity<'a>(report: &'a PreflightReport, config: &Config) -> Option<&'a serde_json::Value> {
    let record = identity_record(report, config).filter(|r| r.status == CallStatus::Ok)?;
    record.data.get(match config.auth {
        AuthMethod::SecretKey => "User",
        AuthMethod::RoleArn => "Role",
    })
}

fn identity(report: &PreflightReport, config: &Config) -> Option<Identity> {
    let arn = entity(report, config)?.get("Arn")?.as_str()?.to_owned();
    let account = arn.split(':').nth(4).filter(|a| !a.is_empty())?.to_owned();
    Some(Identity { arn, account })
}

fn boundary_arn(report: &PreflightReport, config: &Config) -> Option<String> {
    entity(report, config)?
        .pointer("/PermissionsBoundary/PermissionsBoundaryArn")?
        .as_str()
        .map(str::to_owned)
}

/// The identity's policies: read, or why not. A policy the script could only describe with
/// `get-policy` (its fallback when the version cannot be read) has no document: unread.
fn policies(report: &PreflightReport) -> (Vec<(String, Policy)>, Vec<String>) {
    let mut read = Vec::new();
    let mut unread = Vec::new();
    for r in report
        .records
        .iter()
        .filter(|r| r.via != "boundary" && r.via != "bucket")
    {
        let document = r
            .data
            .pointer("/PolicyVersion/Document")
            .or_else(|| r.data.get("PolicyDocument"));
        match (r.status, POLICY_READS.contains(&r.call.as_str())) {
            (CallStatus::Ok, true) => match document.and_then(Policy::from_value) {
                Some(policy) => read.push((r.subject.clone(), policy)),
                None => unread.push(r.subject.clone()),
            },
            (CallStatus::Ok, false) if r.call != "get-policy" => {}
            // Listing or reading failed, or `get-policy` stood in for the version.
            _ => unread.push(r.subject.clone()),
        }
    }
    (read, unread)
}

fn boundary_policy(report: &PreflightReport) -> Option<Policy> {
    report
        .records
        .iter()
        .find(|r| r.via == "boundary")
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.pointer("/PolicyVersion/Document"))
        .and_then(Policy::from_value)
}

fn bucket_policy(report: &PreflightReport) -> Option<Policy> {
    report
        .find("get-bucket-policy", "bucket")
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.get("Policy"))
        .and_then(Policy::from_value)
}

/// The report's policies judged together for `config`'s requests; `read` is
/// [`ReadPolicies::of`] this report.
pub(super) fn judge<'a>(
    report: &PreflightReport,
    read: &'a ReadPolicies,
    config: &Config,
) -> Judged<'a> {
    let identity = identity(report, config);
    let boundary_arn = boundary_arn(report, config);
    let boundary = boundary_arn.as_ref().and(read.boundary.as_ref());
    let bucket_policy = read.bucket_policy.as_ref();
    let caller = match (&identity, config.auth) {
        (None, _) => Caller::Unknown,
        (Some(i), AuthMethod::SecretKey) => Caller::User {
            arn: &i.arn,
            account: &i.account,
            boundary: boundary_arn.is_some(),
        },
        (Some(i), AuthMethod::RoleArn) => Caller::Role {
            arn: &i.arn,
            name: i.arn.rsplit('/').next().unwrap_or(""),
            account: &i.account,
            boundary: boundary_arn.is_some(),
        },
    };
    // A document the identity holds twice changes no answer the second time: its statements
    // apply or not as the first's do, under the same numbers.
    let documents: Vec<&_> = read
        .policies
        .iter()
        .zip(&read.first)
        .enumerate()
        .filter(|(i, (_, first))| i == *first)
        .map(|(_, ((_, policy), _))| policy.document())
        .collect();
    let all = Policies {
        identity: &documents,
        boundary: boundary.map(Policy::document),
        bucket: bucket_policy.map(Policy::document),
    };
    let sse = config.sse.then_some("AES256");
    let budget = Budget::default();
    let requests = required(config);
    let judge_all = |policies: &Policies| -> Vec<Evaluation> {
        requests
            .iter()
            .map(|r| {
                let context = context_for(r, &caller, sse);
                evaluate(policies, &caller, &context, r, &budget)
            })
            .collect()
    };
    let answers = judge_all(&all);
    let without_bucket_grants = all.bucket.is_some().then(|| {
        judge_all(&Policies {
            bucket: None,
            ..all
        })
    });
    Judged {
        answers: requests.into_iter().zip(answers).collect(),
        without_bucket_grants,
        boundary_arn,
        policies: &read.policies,
        first: &read.first,
        unread: &read.unread,
        boundary,
        bucket_policy,
    }
}
